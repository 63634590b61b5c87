"""Key rotation: the new key opens, the old one no longer does; an interruption leaves a register that opens."""

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.secrets import MemoryKeyStore
from etsoft_desk.services import register as reg
from etsoft_desk.services import unlock as unlocking
from etsoft_desk.services.backup import check_backup
from etsoft_desk.services.rekey import PENDING, rekey
from etsoft_desk.store import database
from tests.conftest import fixed_clock
from tests.helpers.cards import card, distinctive_card
from tests.helpers.sqlcipher_pages import decrypted_pages


class Crash(BaseException):
    """The process dies here."""


@pytest.fixture
def keyed(new_register):
    store = MemoryKeyStore()
    register = new_register.register
    store.save(register.register_id, new_register.key)
    register.settings.staff_initials = "JV"
    return register, new_register.key, store


def unlocked(path, store):
    return unlocking.unlock(path, keystore=lambda: store, ask=None, env={}, clock=fixed_clock).register


def test_rekey_swaps_the_key_everywhere_and_old_backups_keep_the_old_one(keyed, register_path, tmp_path):
    register, old, store = keyed
    cid = register.customers.create(distinctive_card())
    before = register.backups.backup(tmp_path / "voor.db").path
    gone = register.customers.create(card(first_name="Weg", infix="", last_name="Ermee", emails=["weg@example.com"],
                                          phones=[]))
    register.erasure.erase(gone)
    result = rekey(register, lambda: store, sheet=tmp_path / "herstel.pdf")
    new = store.load(register.register_id)
    assert result.in_keyring and new != old and store.load(register.register_id + PENDING) is None
    assert result.recovery_key.replace("-", "").replace(" ", "") and (tmp_path / "herstel.pdf").exists()
    after = register.backups.backup(tmp_path / "na.db").path
    # The erasure ledger still recognises the erased person under the new key.
    assert register.ledger.match(card(first_name="Weg", infix="", last_name="Ermee", emails=["weg@example.com"],
                                      phones=[])) is not None
    register.close()
    with pytest.raises(UserError) as err:
        database.open_register(register_path, old)
    assert err.value.template == Msg.WRONG_KEY
    pages = b"".join(decrypted_pages(register_path, new))  # every page verifies under the new key
    assert b"Zebulonia" in pages
    assert check_backup(after, new)["customer"] == 1
    assert check_backup(before, old)["customer"] == 1  # the old sheet opens the old backups
    with pytest.raises(UserError) as err:
        check_backup(before, new)
    assert err.value.template == Msg.BACKUP_OTHER_KEY
    with unlocked(register_path, store) as again:
        assert again.customers.open(cid, log_view=False).card.first_name == "Zebulonia"


@pytest.mark.parametrize("where", ["before the register changes", "after the register changed"])
def test_an_interrupted_rekey_still_opens(keyed, register_path, monkeypatch, where):
    register, old, store = keyed
    register.customers.create(distinctive_card())
    if where == "before the register changes":
        def crash(self, key):
            raise Crash()
        monkeypatch.setattr(reg.Register, "rekey", crash)
    else:
        original = store.save

        def save_then_crash(rid, key):
            if not rid.endswith(PENDING):
                raise Crash()  # the register is re-encrypted; the keyring still has the old key
            original(rid, key)
        monkeypatch.setattr(store, "save", save_then_crash)
    with pytest.raises(Crash):
        rekey(register, lambda: store)
    monkeypatch.undo()
    database.close_register(register._db)
    with unlocked(register_path, store) as again:
        assert again.customers.count() == 1
    assert store.load(register.register_id + PENDING) is None or where == "before the register changes"
    opens_with = store.load(register.register_id)
    assert (opens_with == old) == (where == "before the register changes")


def test_after_a_rekey_every_service_is_made_anew_and_backups_use_the_new_key(keyed, tmp_path):
    register, old, store = keyed
    services = {name: getattr(register, name) for name in ("consent", "requests", "erasure", "backups", "pin")}
    result = rekey(register, lambda: store)
    assert all(getattr(register, name) is not made for name, made in services.items())
    backup = register.backups.backup(tmp_path / "na.db").path
    assert check_backup(backup, register.key)["customer"] == 0 and register.key != old
    with pytest.raises(UserError):
        check_backup(backup, old)
    assert result.in_keyring


def test_a_rekey_the_disk_refuses_changes_nothing_and_takes_its_void_sheet_back(keyed, tmp_path, monkeypatch):
    import peewee

    register, old, store = keyed
    sheet = tmp_path / "nieuw-herstelblad.pdf"

    def full(db, key):
        raise peewee.OperationalError("database or disk is full")
    monkeypatch.setattr(database, "rekey", full)
    with pytest.raises(UserError) as told:
        rekey(register, lambda: store, sheet=sheet)
    assert told.value.template == Msg.REKEY_NOT_DONE_DISK_FULL
    assert not sheet.exists() and store.load(register.register_id + PENDING) is None
    assert register.key == old and database.key_opens(register.path, old)
