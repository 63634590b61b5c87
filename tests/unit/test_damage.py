"""Damage is found when it matters: bytes flipped in the middle of the file or in page 1, and a foreign SQLCipher
database that opens with the same key. Real processes, real files."""

import hashlib
import os
import subprocess
import sys

import pytest
import sqlcipher3

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.recovery_key import format_recovery_key
from etsoft_desk.services import register as reg
from etsoft_desk.store.database import PAGE_SIZE, pages_verify, register_id
from tests.helpers.cards import card
from tests.helpers.sqlcipher_pages import PageDecryptor


def etsoft(*args, data_dir, key):
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data_dir), ETSOFT_DESK_KEY=key)
    return subprocess.run([sys.executable, "-m", "etsoft_desk", *args], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "data" / "register.db"
    new = reg.create(path)
    for i in range(150):
        new.register.customers.create(card(first_name=f"Klant{i}", last_name="Aalst",
                                           emails=[f"klant{i}@example.com"]))
    new.register.close()
    return path, new.key, format_recovery_key(new.key)


def flip(path, offset, count=4):
    with open(path, "r+b") as fh:
        fh.seek(offset)
        data = fh.read(count)
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in data))


def test_check_looks_at_the_pages_before_anything_reads_them(filled):
    """Damage in a table that opening reads (the ledger's copy in the register): ``check`` still
    names the page, since it opens the register plainly and looks first."""
    path, key, recovery = filled
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    [root] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ledger_line'").fetchone()
    conn.close()
    flip(path, (root - 1) * PAGE_SIZE + 1000)
    checked = etsoft("check", data_dir=path.parent, key=recovery)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert f"page(s) fail the encryption check (the first is page {root})" in checked.stderr, checked.stderr


def test_four_bytes_flipped_mid_file_are_found_and_no_backup_is_written(filled, tmp_path):
    path, key, recovery = filled
    pages = path.stat().st_size // PAGE_SIZE
    middle = pages * 3 // 4  # among the customers' pages, past the schema's (sqlite_master grows with every table)
    flip(path, middle * PAGE_SIZE + 1000)
    checked = etsoft("check", data_dir=path.parent, key=recovery)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert f"page(s) fail the encryption check (the first is page {middle + 1})" in checked.stderr
    assert all(line.endswith(".") for line in checked.stderr.strip().splitlines())
    verified = etsoft("audit", "verify", data_dir=path.parent, key=recovery)
    assert verified.returncode == 1 and "damaged" in verified.stderr and "Traceback" not in verified.stderr
    assert "audit log is intact" not in verified.stdout + verified.stderr  # only when everything is
    stick = tmp_path / "stick"
    stick.mkdir()
    backed = etsoft("backup", str(stick), data_dir=path.parent, key=recovery)
    assert backed.returncode == 1 and "damaged" in backed.stderr, backed.stderr
    assert "Traceback" not in backed.stderr and len(backed.stderr.strip().splitlines()) == 1
    assert list(stick.iterdir()) == []  # neither under its final name nor as .partial


def test_backup_checks_the_registers_pages_before_copying(filled, tmp_path):
    """SQLCipher hands the backup a page whose HMAC fails as zeros, and the copy encrypts them afresh: the copy's
    own check would pass, and only a restore would find out. So the register is checked first."""
    path, key, _ = filled
    register = reg.open_with_key(path, key)
    try:
        pages = path.stat().st_size // PAGE_SIZE
        flip(path, (pages // 2) * PAGE_SIZE + 1000)  # under the open register, in a page it has not read
        stick = tmp_path / "stick"
        stick.mkdir()
        with pytest.raises(UserError) as err:
            register.backups.backup(stick)
        assert err.value.template == Msg.BACKUP_SOURCE_DAMAGED and "1 page(s)" in str(err.value)
        assert list(stick.iterdir()) == []
    finally:
        register.close()


def test_a_sound_register_passes_check_with_one_sentence_per_check(filled):
    path, key, recovery = filled
    checked = etsoft("check", data_dir=path.parent, key=recovery)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines() == [
        "Every page of the register passes the encryption check (SQLCipher).",
        "The database structure is sound (SQLite's integrity check).",
        checked.stdout.splitlines()[2]]
    assert checked.stdout.splitlines()[2].startswith("The audit log is intact: ")


def test_a_damaged_first_page_is_told_as_damage_not_as_a_wrong_key(filled):
    path, key, recovery = filled
    flip(path, 2000)  # page 1, after the salt
    for args in (("list",), ("check",)):
        run = etsoft(*args, data_dir=path.parent, key=recovery)
        assert run.returncode == 1 and "is damaged" in run.stderr and "does not open" not in run.stderr, run.stderr
    other = format_recovery_key(bytes(32))
    assert "This key does not open this register." in etsoft("list", data_dir=path.parent, key=other).stderr


def test_the_page_check_agrees_with_the_reference_decryptor(filled):
    path, key, _ = filled
    data = path.read_bytes()
    reference = PageDecryptor(key, data[:16])
    for number in range(2, 6):
        reference.decrypt(data[(number - 1) * PAGE_SIZE:number * PAGE_SIZE], number)  # raises on a bad HMAC
    assert pages_verify(path, key) and not pages_verify(path, bytes(32))
    flip(path, PAGE_SIZE + 100)  # page 2
    assert pages_verify(path, key)  # pages 3 to 5 still prove the key
    for number in (3, 4, 5):
        flip(path, (number - 1) * PAGE_SIZE + 100)
    assert not pages_verify(path, key)


@pytest.mark.parametrize("application_id", [0, 1234])
def test_a_foreign_database_with_the_same_key_is_refused_and_left_unchanged(tmp_path, application_id):
    key = os.urandom(32)
    data = tmp_path / "data"
    data.mkdir()
    path = data / "register.db"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE boekhouding (regel TEXT)")
    conn.execute("INSERT INTO boekhouding VALUES ('kas 12,50')")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for args in (("list",), ("check",), ("audit", "verify")):
        run = etsoft(*args, data_dir=data, key=format_recovery_key(key))
        assert run.returncode == 1 and "is not an ETSoft Desk register" in run.stderr, run.stderr
        assert "Traceback" not in run.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in data.iterdir()) == ["register.db", "register.db.lock"]  # the lock: empty
    assert (data / "register.db.lock").stat().st_size == 0
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("boekhouding",)]
    conn.close()


def test_audit_verify_says_intact_only_when_everything_is(filled):
    """A damaged page outside the audit log's tables: ``audit verify`` names the damage and does not also
    print that the log is intact."""
    path, key, recovery = filled
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    [root] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visit'").fetchone()
    conn.close()
    flip(path, (root - 1) * PAGE_SIZE + 1000)
    verified = etsoft("audit", "verify", data_dir=path.parent, key=recovery)
    assert verified.returncode == 1 and "damaged" in verified.stderr and "Traceback" not in verified.stderr
    assert "audit log is intact" not in verified.stdout + verified.stderr, verified.stdout


def test_a_backup_with_a_damaged_first_page_is_told_as_damaged_not_as_made_with_another_key(filled, tmp_path):
    from etsoft_desk.services.backup import check_backup

    path, key, recovery = filled
    with reg.open_with_key(path, key) as register:
        backup = register.backups.backup(tmp_path / "kopie.db").path
    flip(backup, 2000)  # page 1, after the salt: the key still proves itself on the later pages
    with pytest.raises(UserError) as told:
        check_backup(backup, key)
    assert told.value.template == Msg.BACKUP_DAMAGED
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    run = etsoft("restore", str(backup), data_dir=path.parent, key=recovery)
    assert run.returncode == 1 and "is damaged" in run.stderr and "another key" not in run.stderr, run.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    with pytest.raises(UserError) as other:
        check_backup(backup, bytes(32))
    assert other.value.template == Msg.BACKUP_OTHER_KEY  # a wrong key is still told as such


def test_a_register_whose_id_bytes_are_damaged_says_damaged_or_another_key_with_what_to_do(filled):
    """The first 16 bytes are the register's id (the keyring's name for its key) and the key's salt: damaged,
    the keyring finds no key and the right recovery key looks wrong. The last sentence names both causes."""
    from etsoft_desk.secrets import MemoryKeyStore
    from etsoft_desk.services.unlock import unlock

    path, key, recovery = filled
    store = MemoryKeyStore()
    store.save(register_id(path), key)
    flip(path, 0)
    asked = []
    with pytest.raises(UserError) as told:
        unlock(path, keystore=lambda: store, ask=lambda reason: asked.append(reason.template) or recovery, env={})
    assert asked == [Msg.KEY_NOT_IN_KEYRING, Msg.WRONG_KEY, Msg.WRONG_KEY]
    assert told.value.template == Msg.WRONG_KEY_OR_DAMAGED and "restore it from a backup" in str(told.value)
