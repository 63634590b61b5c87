"""What a hostile tester did to the data folder, and what the owner reads then: one sentence that says what to
do, exit 1, never a traceback. A register file made immutable, a data folder that is a file or read-only,
tables dropped with a raw SQLCipher connection; ``check`` names a missing table. Real processes, real files."""

import os
import shutil
import subprocess
import sys

import pytest
import sqlcipher3

from etsoft_desk.domain.recovery_key import parse_key


def etsoft(*args, data_dir, key=None):
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data_dir))
    env.pop("ETSOFT_DESK_KEY", None)
    if key:
        env["ETSOFT_DESK_KEY"] = key
    return subprocess.run([sys.executable, "-m", "etsoft_desk", *args], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


def one_sentence(run, *words):
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "Traceback" not in run.stderr, run.stderr
    lines = [line for line in run.stderr.strip().splitlines() if line]
    assert len(lines) == 1, run.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def immutable(path, on: bool) -> bool:
    """chattr +i (as root on ext4): not even root may write the file. False where that cannot be done."""
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True).returncode == 0


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """One register made by the command line (init, import, initials), copied for each test."""
    base = tmp_path_factory.mktemp("made")
    data = base / "data"
    run = etsoft("init", data_dir=data)
    assert run.returncode == 0, run.stderr
    key = run.stdout.strip().splitlines()[-1]
    csv = base / "klanten.csv"
    csv.write_text("voornaam;achternaam;e-mail;postcode;plaats\nAnna;Zwart;anna@example.com;4561 ZH;Hulst\n"
                   "Bert;Aalst;bert@example.com;4571 AB;Axel\n", encoding="utf-8")
    for args in (("import", str(csv)), ("settings", "set", "staff_initials", "JV")):
        assert etsoft(*args, data_dir=data, key=key).returncode == 0
    return data, key


@pytest.fixture
def shop(made, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(made[0], data)
    return data, made[1]


def drop(data, key, table):
    conn = sqlcipher3.connect(str(data / "register.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{parse_key(key).hex()}'\"")
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"DROP TABLE {table}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


COMMANDS = {
    "list": ("list",),
    "show": ("show", "1"),
    "consent": ("consent", "1", "email", "grant", "--how", "counter", "--by", "JV"),
    "erase": ("erase", "2", "--yes"),
    "backup": ("backup", "{stick}"),
}
DROPPED = {  # what the tester found failing with a traceback, table by table
    "ledger_line": ("list", "show", "consent", "erase", "backup"),
    "erasure_applied": ("list", "consent", "erase", "backup"),
    "audit_subject": ("consent", "backup"),
    "audit_entry": ("backup",),
}


@pytest.mark.parametrize("table", sorted(DROPPED))
def test_a_dropped_table_is_one_sentence_in_every_command_and_check_names_it(shop, tmp_path, table):
    data, key = shop
    drop(data, key, table)
    stick = tmp_path / "stick"
    stick.mkdir()
    checked = etsoft("check", data_dir=data, key=key)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr, checked.stderr
    named = "audit log is missing" if table == "audit_entry" else f"its table “{table}” is missing"
    assert named in checked.stderr, checked.stderr
    verified = etsoft("audit", "verify", data_dir=data, key=key)
    assert verified.returncode == 1 and "Traceback" not in verified.stderr, verified.stderr
    assert "audit log is intact" not in verified.stdout
    for name in DROPPED[table]:
        args = [a.format(stick=stick) for a in COMMANDS[name]]
        told = one_sentence(etsoft(*args, data_dir=data, key=key))
        assert table in told or (table == "audit_entry" and "audit log is missing" in told), (name, told)
        assert "Restore it from a backup" in told or "audit log is missing" in told, (name, told)
    assert list(stick.glob("*.db")) == []  # no backup of a register that lacks a table


def test_check_of_a_sound_register_names_no_missing_table(shop):
    data, key = shop
    checked = etsoft("check", data_dir=data, key=key)
    assert checked.returncode == 0 and checked.stderr == "", checked.stderr
    assert "missing" not in checked.stdout


def test_an_immutable_register_file_is_one_sentence_that_says_what_to_do(shop):
    data, key = shop
    path = data / "register.db"
    if not immutable(path, True):
        pytest.skip("chattr +i needs root on a file system that has it")
    try:
        # what only reads still works (every start's checks write only when something is due) …
        listed = etsoft(*COMMANDS["list"], data_dir=data, key=key)
        assert listed.returncode == 0 and "Anna Zwart" in listed.stdout, listed.stderr
        for name in ("consent", "erase"):  # … what writes is told in one sentence
            told = one_sentence(etsoft(*COMMANDS[name], data_dir=data, key=key), str(path))
            assert "cannot be opened for writing" in told and "writable again" in told, (name, told)
    finally:
        immutable(path, False)
    assert etsoft("list", data_dir=data, key=key).returncode == 0  # made writable, it works again


def test_init_where_the_data_folder_is_a_file_is_one_sentence(tmp_path):
    data = tmp_path / "data"
    data.write_text("not a folder")
    told = one_sentence(etsoft("init", data_dir=data), "cannot be used", "a folder where a folder is meant")
    assert data.read_text() == "not a folder"  # left as it was
    assert "Errno" not in told


def test_init_in_a_read_only_folder_is_one_sentence(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    if not immutable(data, True):
        if os.geteuid() == 0:
            pytest.skip("root writes into any folder it may not lock with chattr")
        data.chmod(0o555)
    try:
        told = one_sentence(etsoft("init", data_dir=data))
        assert "cannot be" in told and str(data) in told, told
    finally:
        immutable(data, False)
        data.chmod(0o755)
    assert list(data.iterdir()) == []  # nothing left behind


@pytest.mark.parametrize("code, words", [("ENOSPC", "is full: free some space"), ("EROFS", "may not be used"),
                                         ("EACCES", "may not be used"), ("ENOTDIR", "cannot be used")])
def test_every_oserror_at_the_edge_is_a_sentence_that_says_what_to_do(code, words, tmp_path):
    import errno

    from etsoft_desk.services.recovery import boundary_error

    exc = OSError(getattr(errno, code), os.strerror(getattr(errno, code)), str(tmp_path / "x"))
    told = boundary_error(exc, tmp_path / "register.db")
    assert told is not None and words in str(told) and str(tmp_path / "x") in str(told)


def test_a_full_disk_at_the_opening_says_so_and_not_restore_a_backup(made, tmp_path):
    """SQLite says "disk I/O error" when the WAL's side files cannot be made on a full disk; it was told as
    "check the disk and the file, or restore the register from a backup" (a restore would lose today's work).
    Now: the disk is full, free some space. A real full disk: a small tmpfs (root only)."""
    data, key = made
    disk = tmp_path / "stick"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        shutil.copytree(data, disk / "data")
        with open(disk / "filler", "wb") as fh, pytest.raises(OSError):
            while True:
                fh.write(b"\0" * 65536)
        told = one_sentence(etsoft("list", data_dir=disk / "data", key=key), "is full")
        assert "restore" not in told and str(disk / "data") in told
        (disk / "filler").unlink()
        assert etsoft("list", data_dir=disk / "data", key=key).returncode == 0  # room again: it opens
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)
