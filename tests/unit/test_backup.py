"""Backup and restore: encrypted, verified, consistent while the window writes; a bad file changes nothing."""

import contextlib
import os
import sqlite3

import pytest
import sqlcipher3

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services import register as reg
from etsoft_desk.services.backup import check_backup, restore
from etsoft_desk.store.backup import TABLES
from tests.conftest import fixed_clock
from tests.helpers.cards import DISTINCTIVE_VALUES, card, distinctive_card
from tests.helpers.full_customer import fill_every_category
from tests.helpers.sqlcipher_pages import decrypted_pages


def dump(db) -> dict[str, list]:
    return {t: sorted(map(repr, db.execute_sql(f'SELECT * FROM "{t}"').fetchall())) for t in TABLES
            if t != "customer_search"}


def open_again(path, key):
    return reg.open_with_key(path, key, clock=fixed_clock)


@pytest.fixture
def filled(new_register):
    register = new_register.register
    fill_every_category(register)
    register.customers.create(card(first_name="Tweede", last_name="Klant"))
    return register, new_register.key


def test_a_backup_taken_while_the_window_writes_restores_to_the_committed_register(filled, register_path, tmp_path):
    register, key = filled
    # The window holds a transaction open (another connection, as another thread would) with a new customer.
    window = sqlcipher3.connect(str(register_path), isolation_level=None)
    window.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    window.execute("BEGIN IMMEDIATE")
    window.execute("INSERT INTO customer (first_name, last_name, sort_key, created_at, updated_at) "
                   "VALUES ('Half', 'Geschreven', 'geschreven, half', '2026-11-25', '2026-11-25')")
    committed = dump(register._db)
    result = register.backups.backup(tmp_path)
    assert not result.recorded  # the window still holds its transaction: the time is not noted, the copy is fine
    window.execute("ROLLBACK")
    window.close()
    assert result.path.parent == tmp_path and result.path.name.startswith("etsoft-desk-backup-20261125-")
    assert result.counts["customer"] == 2 and not list(tmp_path.glob("*.partial"))
    assert register.backups.last_backup() is None
    raw = result.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and not any(v.encode() in raw for v in DISTINCTIVE_VALUES)
    assert b"Zebulonia" in b"".join(decrypted_pages(result.path, key))  # the same key opens it
    register.backups.backup(tmp_path / "tweede.db")
    assert register.backups.last_backup() == fixed_clock().replace(microsecond=0)
    register.close()

    restored, outcome = restore(register_path, result.path, key, open_again, fixed_clock)
    with restored:
        now = dump(restored._db)
        audit_now, audit_then = now.pop("audit_entry"), committed.pop("audit_entry")
        now.pop("ledger_line"), committed.pop("ledger_line")  # a restore merges every ledger line it finds
        settings_now = [s for s in now.pop("register_setting") if "audit" not in s and "ledger_salt" not in s]
        settings_then = [s for s in committed.pop("register_setting") if "audit" not in s and "ledger_salt" not in s]
        assert now == committed and settings_now == settings_then
        entries = restored._db.execute_sql("SELECT action FROM audit_entry ORDER BY id").fetchall()
        assert entries[-1] == ("register.restore",) and len(audit_now) == len(audit_then) + 1
        assert set(audit_then) < set(audit_now)
        restored.audit.verify()  # the chain goes on unbroken from the backup
        assert restored.customers.count("quaxelbrink") == 1  # the search index came along
    assert outcome.customers == 2 and outcome.replayed == 0
    assert outcome.set_aside.exists() and outcome.set_aside.name.startswith("register.db.set-aside-")


def test_a_damaged_or_foreign_file_changes_nothing(filled, register_path, tmp_path):
    register, key = filled
    backup = register.backups.backup(tmp_path / "goed.db").path
    before = dump(register._db)
    register.close()
    damaged = tmp_path / "kapot.db"
    data = bytearray(backup.read_bytes())
    data[5000:9000] = bytes(4000)
    damaged.write_bytes(bytes(data))
    plain = tmp_path / "gewoon.db"
    with contextlib.closing(sqlite3.connect(plain)) as db:  # closed: Python 3.13 warns of one left open
        db.execute("CREATE TABLE t (x)").connection.commit()
    junk = tmp_path / "foto.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + bytes(4093))
    other = reg.create(tmp_path / "ander" / "register.db", clock=fixed_clock)
    other.register.close()
    cases = [(damaged, key, Msg.BACKUP_DAMAGED), (plain, key, Msg.PLAIN_SQLITE), (junk, key, Msg.BACKUP_OTHER_KEY),
             (tmp_path / "ander" / "register.db", key, Msg.BACKUP_OTHER_KEY), (tmp_path / "weg.db", key,
                                                                          Msg.IMPORT_FILE_MISSING)]
    for path, k, template in cases:
        with pytest.raises(UserError) as err:
            restore(register_path, path, k, open_again, fixed_clock)
        assert err.value.template == template, path
    # the ledger is there since the first close (the audit log's head is anchored in it)
    # (and the register's empty lock file, services/register_lock.py)
    assert sorted(p.name for p in register_path.parent.iterdir()) == ["erasure-ledger.jsonl", "register.db",
                                                                      "register.db.lock"]
    assert (register_path.parent / "register.db.lock").stat().st_size == 0
    with open_again(register_path, key) as same:
        assert dump(same._db) == before


def test_erasures_after_the_backup_are_applied_again(filled, register_path, tmp_path):
    register, key = filled
    backup = register.backups.backup(tmp_path).path
    cid = next(c for c in range(1, 10) if register.customers.open(c, log_view=False).card.last_name == "Quaxelbrink")
    register.erasure.erase(cid)
    register.close()
    restored, outcome = restore(register_path, backup, key, open_again, fixed_clock)
    with restored:
        assert outcome.replayed == 1 and restored.customers.count() == 1
    pages = b"".join(decrypted_pages(register_path, key))
    assert not any(v.encode() in pages for v in ("Kwispelkoppeling", "zebulonia.quax@example.org", "Pyroclastische"))


def test_backup_refuses_to_overwrite_or_to_write_nowhere(filled, register_path, tmp_path):
    register, _ = filled
    (tmp_path / "bestaat.db").write_bytes(b"x")
    for target, template in ((tmp_path / "bestaat.db", Msg.BACKUP_EXISTS),
                             (tmp_path / "geen-stick" / "b.db", Msg.BACKUP_FOLDER_MISSING),
                             (register_path, Msg.BACKUP_EXISTS)):
        with pytest.raises(UserError) as err:
            register.backups.backup(target)
        assert err.value.template == template
    assert (tmp_path / "bestaat.db").read_bytes() == b"x"


def test_a_backup_to_a_folder_that_is_not_there_writes_nothing(filled, tmp_path):
    register, _ = filled
    for typed in (f"{tmp_path}/geen-stick/", f"{tmp_path}/geen-stick{os.sep}"):
        with pytest.raises(UserError) as err:
            register.backups.backup(typed)
        assert err.value.template == Msg.BACKUP_FOLDER_MISSING
        assert str(err.value) == f"The folder {tmp_path}/geen-stick does not exist: no backup was written (is the USB stick in?)."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no file named like the folder


def test_two_backups_to_one_folder_in_the_same_second_are_both_kept(filled, tmp_path):
    register, key = filled  # its clock stands still: every backup is made in the same second
    stick = tmp_path / "stick"
    stick.mkdir()
    first, second, third = (register.backups.backup(stick).path for _ in range(3))
    assert [first.name, second.name, third.name] == [
        "etsoft-desk-backup-20261125-103000.db", "etsoft-desk-backup-20261125-103000-2.db",
        "etsoft-desk-backup-20261125-103000-3.db"]
    for path in (first, second, third):
        assert check_backup(path, key)["customer"] == 2  # each a whole backup, none written over another
    register.settings.set_values({"backup_folder": str(stick), "backup_keep": "2"})
    register.backups.auto_backup(every_hours=0)  # the fourth; the automatic clean-up keeps the newest two
    assert sorted(p.name for p in stick.glob("*.db")) == ["etsoft-desk-backup-20261125-103000-3.db",
                                                          "etsoft-desk-backup-20261125-103000-4.db"]


def test_a_backup_opens_with_the_recovery_key_after_a_restore_elsewhere(new_register, tmp_path):
    register = new_register.register
    register.customers.create(distinctive_card())
    backup = register.backups.backup(tmp_path).path
    register.close()
    new_place = tmp_path / "nieuwe-pc" / "register.db"
    restored, outcome = restore(new_place, backup, new_register.key, open_again, fixed_clock)
    with restored:
        assert restored.customers.count() == 1 and outcome.set_aside.exists() is False


def test_a_backup_whose_bytes_went_bad_on_the_way_is_not_kept(filled, tmp_path, monkeypatch):
    register, key = filled
    from etsoft_desk.store import backup as store
    original = store.copy_to

    def copy_then_flip_a_byte(db, target, k):
        seen = original(db, target, k)
        data = bytearray(target.read_bytes())
        data[6000] ^= 0xFF  # a bad sector on the stick
        target.write_bytes(bytes(data))
        return seen
    monkeypatch.setattr(store, "copy_to", copy_then_flip_a_byte)
    stick = tmp_path / "usb"
    stick.mkdir()
    with pytest.raises(UserError) as err:
        register.backups.backup(stick / "b.db")
    assert err.value.template == Msg.BACKUP_DAMAGED
    assert list(stick.iterdir()) == []  # neither the bad copy nor its .partial


def test_automatic_backups_keep_the_newest_n(new_register, tmp_path):
    import datetime as dt
    register = new_register.register
    assert register.backups.auto_backup() is None  # no folder chosen: nothing
    stick = tmp_path / "usb"
    stick.mkdir()
    register.settings.set_values({"backup_folder": str(stick), "backup_keep": "2"})
    clock = [dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)]
    register.backups._clock = lambda: clock[0]
    made = []
    for hours in (0, 1, 24, 48, 72):
        clock[0] = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC) + dt.timedelta(hours=hours)
        result = register.backups.auto_backup()
        made.append(result is not None)
    assert made == [True, False, True, True, True]  # not twice within 20 hours
    assert sorted(p.name for p in stick.iterdir()) == ["erasure-ledger.jsonl",  # the newest ledger, beside them
                                                       "etsoft-desk-backup-20261127-090000.db",
                                                       "etsoft-desk-backup-20261128-090000.db"]
    with pytest.raises(UserError) as err:
        register.settings.set_value("backup_keep", "0")
    assert err.value.template == Msg.BACKUP_KEEP_INVALID


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_backup_to_a_pipe_or_under_a_file_says_what_it_is_not_a_missing_folder(register, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    pipe = folder / "pijp"
    os.mkfifo(pipe)
    afile = tmp_path / "notities.txt"
    afile.write_text("mijn aantekeningen\n")
    cases = [(str(pipe), Msg.BACKUP_NOT_A_FILE, pipe), (str(afile / "kopie.db"), Msg.OUTPUT_UNDER_A_FILE, afile),
             (f"{afile}/", Msg.OUTPUT_UNDER_A_FILE, afile), (f"{pipe}/", Msg.OUTPUT_UNDER_A_FILE, pipe),
             (str(tmp_path / "geen-stick" / "kopie.db"), Msg.BACKUP_FOLDER_MISSING, tmp_path / "geen-stick")]
    for target, template, named in cases:
        with pytest.raises(UserError) as told:
            register.backups.backup(target)
        assert told.value.template == template, target
        assert told.value.params["path"] == str(named), target
    assert sorted(p.name for p in folder.iterdir()) == ["pijp"] and afile.read_text() == "mijn aantekeningen\n"
    assert register.backups.backup(folder).path.parent == folder  # a folder is still a place for a backup
