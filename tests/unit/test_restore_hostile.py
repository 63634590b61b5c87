"""What a hostile tester did to restore: a backup made before a key rotation, and a disk that fills up while
the backup is copied in. Real registers, real files."""

import datetime as dt
import errno

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.secrets import MemoryKeyStore
from etsoft_desk.services import register as reg
from etsoft_desk.services.operations import restore_register
from etsoft_desk.services.rekey import rekey
from tests.conftest import FIXED_NOW
from tests.helpers.cards import card


class Clock:
    def __init__(self):
        self.now = FIXED_NOW

    def __call__(self):
        return self.now

    def later(self, minutes=1):
        self.now += dt.timedelta(minutes=minutes)


def test_the_register_set_aside_under_a_newer_key_stays_until_someone_is_erased(register_path, tmp_path):
    clock, store = Clock(), MemoryKeyStore()
    new = reg.create(register_path, clock=clock)
    register, old_key = new.register, new.key
    register.settings.staff_initials = "JV"
    for name in ("Anna", "Bert"):
        register.customers.create(card(first_name=name, last_name="Zwart"))
    backup = register.backups.backup(tmp_path / "stick").path
    clock.later()
    rekey(register, lambda: store)
    register.customers.create(card(first_name="Na", last_name="DeSleutel"))
    register.close()
    clock.later()
    restored = restore_register(register_path, backup, old_key, lambda: store, clock=clock)
    aside = sorted(p.name for p in register_path.parent.glob("register.db.set-aside-*") if p.name.count("-") == 3)
    with restored.register as again:
        assert again.customers.count() == 2 and restored.set_aside is not None
        assert aside, "the register of the newer key is the owner's way back: not removed at the restore"
        assert not [t for t in restored.told if "set-aside" in str(t)]
        clock.later()
        again.erasure.erase(1)  # someone erased after the restore: the copy that cannot be checked goes
    assert not list(register_path.parent.glob("register.db.set-aside-*"))


def test_a_disk_that_fills_while_the_backup_is_copied_in_names_the_registers_disk_and_leaves_nothing(
        new_register, register_path, tmp_path, monkeypatch):
    from etsoft_desk.services import backup as backup_module

    register, key = new_register.register, new_register.key
    register.customers.create(card(first_name="Anna", last_name="Zwart"))
    backup = register.backups.backup(tmp_path / "stick").path
    register.close()
    before = {p.name: p.read_bytes() for p in register_path.parent.iterdir() if p.is_file()}

    def full(source, target):
        with open(target, "wb") as half:
            half.write(b"\0" * 4096)
        raise OSError(errno.ENOSPC, "No space left on device", str(source))
    monkeypatch.setattr(backup_module.shutil, "copyfile", full)
    with pytest.raises(UserError) as told:
        restore_register(register_path, backup, key, None)
    assert str(register_path.parent) in str(told.value) and "is full" in str(told.value)
    assert str(backup) not in str(told.value)
    after = {p.name: p.read_bytes() for p in register_path.parent.iterdir() if p.is_file()}
    assert not [name for name in after if "restoring" in name]  # no half copy beside the register
    assert after["register.db"] == before["register.db"]  # the register untouched


def test_a_backup_of_another_register_is_refused_where_this_one_has_erased_people(register_path, tmp_path):
    from etsoft_desk.domain.messages import Msg

    here = reg.create(register_path, clock=Clock())
    here.register.settings.staff_initials = "JV"
    gone = here.register.customers.create(card(first_name="Jan", last_name="Jansen"))
    here.register.erasure.erase(gone)
    here.register.close()
    other = reg.create(tmp_path / "elders" / "register.db", clock=Clock())
    other.register.customers.create(card(first_name="Ander", last_name="Register"))
    backup = other.register.backups.backup(tmp_path / "stick").path
    other.register.close()
    ledger = (register_path.parent / "erasure-ledger.jsonl").read_bytes()
    before = register_path.read_bytes()
    with pytest.raises(UserError) as told:
        restore_register(register_path, backup, other.key, None)
    assert told.value.template == Msg.RESTORE_ANOTHER_REGISTER and "Nothing was changed" in str(told.value)
    assert (register_path.parent / "erasure-ledger.jsonl").read_bytes() == ledger
    assert register_path.read_bytes() == before and not list(register_path.parent.glob("*.set-aside-*"))
    with reg.open_with_key(register_path, here.key) as again:
        assert again.customers.count() == 0  # Jan Jansen stays erased


def test_a_sweep_elsewhere_leaves_the_copy_a_restore_is_writing(new_register, register_path, tmp_path, monkeypatch):
    """An erasure in another process during a restore sweeps leftovers: the copy being written is not one."""
    import shutil

    from etsoft_desk.services import backup as backup_module
    from etsoft_desk.services.leftovers import sweep

    register, key = new_register.register, new_register.key
    register.customers.create(card(first_name="Anna", last_name="Zwart"))
    backup = register.backups.backup(tmp_path / "stick").path
    register.close()
    swept, copy = [], shutil.copyfile

    def copy_then_sweep(source, target):
        copy(source, target)
        swept.extend(sweep(register_path, key, lambda: set()))  # as a command started meanwhile would
        assert (register_path.parent / "register.db.restoring").exists()
    monkeypatch.setattr(backup_module.shutil, "copyfile", copy_then_sweep)
    restored = restore_register(register_path, backup, key, None)
    with restored.register as again:
        assert again.customers.count() == 1
    assert swept == []


def test_a_place_under_a_file_is_named_as_a_file_not_a_missing_folder(tmp_path):
    from etsoft_desk.domain.messages import Msg
    from etsoft_desk.services import outputs

    (tmp_path / "afile").write_text("x")
    with pytest.raises(UserError) as told:
        outputs.check(tmp_path / "afile" / "sub" / "x.pdf")
    assert told.value.template == Msg.OUTPUT_UNDER_A_FILE and str(tmp_path / "afile") in str(told.value)
    with pytest.raises(UserError) as missing:
        outputs.check(tmp_path / "nothing" / "x.pdf")
    assert missing.value.template == Msg.OUTPUT_FOLDER_MISSING
