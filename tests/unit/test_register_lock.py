"""The register-wide lock: while another process (a window, a command) has the register open, a restore or a
rekey from the command line is refused with one sentence and changes nothing; once it has closed, they go
ahead. Real processes, real SQLCipher files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.recovery_key import format_recovery_key
from etsoft_desk.services import register as reg
from tests.conftest import fixed_clock
from tests.helpers.cards import card

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no flock: Windows refuses the rename itself")

ROOT = Path(__file__).resolve().parents[2]

# Another ETSoft Desk process holding the register open (as the window does): it says "open", waits for a line
# on stdin, then saves one more customer and closes.
HOLDER = """
import sys
from pathlib import Path
from etsoft_desk.services import register as reg
from tests.helpers.cards import card
register = reg.open_with_key(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
print("open", flush=True)
sys.stdin.readline()
register.customers.create(card(first_name="Later", infix="", last_name="Toegevoegd", emails=[], phones=[]))
register.close()
"""


def etsoft(*args, data_dir: Path, key: bytes):
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data_dir), ETSOFT_DESK_KEY=format_recovery_key(key),
               PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "etsoft_desk", *args], env=env, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


class Holder:
    def __init__(self, path: Path, key: bytes) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), key.hex()], cwd=ROOT,
                                     env=dict(os.environ, PYTHONPATH=str(ROOT)), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line.strip() == "open", self.proc.stderr.read() if self.proc.stderr else line

    def finish(self) -> None:
        _out, err = self.proc.communicate("\n", timeout=60)
        assert self.proc.returncode == 0, err

    def kill(self) -> None:
        if self.proc.returncode is None:
            self.proc.kill()
            self.proc.communicate(timeout=30)


@pytest.fixture
def with_backup(register_path, tmp_path):
    """A register of one customer, closed, and a backup of it on a 'stick'."""
    new = reg.create(register_path, clock=fixed_clock)
    with new.register as register:
        register.customers.create(card())
        stick = tmp_path / "usb"
        stick.mkdir()
        backup = register.backups.backup(stick).path
    return register_path, new.key, backup


def names_in(path: Path, key: bytes) -> list[str]:
    with reg.open_with_key(path, key) as register:
        return sorted(r.name for r in register.customers.every_row(""))


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_ino


def test_a_restore_from_the_command_line_waits_for_the_window_that_has_the_register_open(with_backup):
    path, key, backup = with_backup
    holder = Holder(path, key)
    try:
        before = snapshot(path)
        refused = etsoft("restore", str(backup), "--confirm", data_dir=path.parent, key=key)
        assert refused.returncode == 1
        assert refused.stderr.strip() == Msg.REGISTER_IN_USE
        assert snapshot(path) == before  # same bytes, same file: nothing renamed under the window
        assert not list(path.parent.glob("register.db.set-aside-*"))
        assert not list(path.parent.glob("register.db.restoring*"))
        holder.finish()  # the window's later change lands in the register, not in a set-aside copy
    finally:
        holder.kill()
    assert "Later Toegevoegd" in names_in(path, key)
    done = etsoft("restore", str(backup), "--confirm", data_dir=path.parent, key=key)
    assert done.returncode == 0, done.stderr
    assert "Restored" in done.stdout and "1 customer(s)" in done.stdout
    assert "Later Toegevoegd" not in names_in(path, key)


def test_a_rekey_from_the_command_line_waits_for_the_window_that_has_the_register_open(with_backup, tmp_path):
    path, key, _backup = with_backup
    sheet = tmp_path / "nieuw-herstelblad.pdf"
    holder = Holder(path, key)
    try:
        before = snapshot(path)
        refused = etsoft("rekey", "--recovery-sheet", str(sheet), data_dir=path.parent, key=key)
        assert refused.returncode == 1
        assert refused.stderr.strip() == Msg.REGISTER_IN_USE
        assert snapshot(path) == before
        assert not sheet.exists()  # no sheet of a key that was never used
        holder.finish()
    finally:
        holder.kill()
    assert "Later Toegevoegd" in names_in(path, key)  # still the old key: the window's change is there
    done = etsoft("rekey", "--recovery-sheet", str(sheet), data_dir=path.parent, key=key)
    assert done.returncode == 0, done.stderr
    assert sheet.read_bytes().startswith(b"%PDF")
    with pytest.raises(UserError) as wrong:
        names_in(path, key)
    assert wrong.value.template == Msg.WRONG_KEY


def test_in_one_process_two_openings_each_hold_the_register(with_backup):
    """Two openings in one process each hold their own share: closing one leaves the other's in force."""
    from etsoft_desk.services.operations import restore_register

    path, key, backup = with_backup
    first = reg.open_with_key(path, key)
    second = reg.open_with_key(path, key)
    first.close()
    try:
        with pytest.raises(UserError) as refused:
            restore_register(path, backup, key, None)
        assert refused.value.template == Msg.REGISTER_IN_USE
        with pytest.raises(UserError) as again:
            from etsoft_desk.services.rekey import rekey

            second2 = reg.open_with_key(path, key)
            try:
                rekey(second2, None, sheet_confirmed=True)
            finally:
                second2.close()
        assert again.value.template == Msg.REGISTER_IN_USE
        assert second.customers.count() == 1  # the refused rekey took its own share back: still open, still read
    finally:
        second.close()
    restored = restore_register(path, backup, key, None)
    restored.register.close()


def test_an_opening_waits_for_a_restore_elsewhere_then_says_so(with_backup, monkeypatch):
    from etsoft_desk.services import register_lock

    path, key, _backup = with_backup
    monkeypatch.setattr(register_lock, "WAIT_SECONDS", 0.3)
    replacing = register_lock.RegisterLock.exclusive(path)
    try:
        with pytest.raises(UserError) as busy:
            reg.open_with_key(path, key)
        assert busy.value.template == Msg.REGISTER_BEING_REPLACED
    finally:
        replacing.release()
    with reg.open_with_key(path, key) as register:
        assert register.customers.count() == 1


def test_the_lock_file_is_empty_and_never_swept(with_backup):
    path, key, _backup = with_backup
    with reg.open_with_key(path, key) as register:
        register.remove_leftovers(confirmed=True)
        lock = path.with_name("register.db.lock")
        assert lock.is_file() and lock.stat().st_size == 0
    assert lock.is_file() and lock.stat().st_size == 0


def test_making_a_register_where_one_is_still_open_is_refused(with_backup):
    """A register removed by hand while a window still has it open: a new one made in its place would be
    written beside the window's (which keeps the old file), so it is refused until the window is closed."""
    path, key, _backup = with_backup
    window = reg.open_with_key(path, key)
    try:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        with pytest.raises(UserError) as refused:
            reg.create(path)
        assert refused.value.template == Msg.REGISTER_IN_USE and not path.exists()
    finally:
        window.close()
    made = reg.create(path)
    made.register.close()
    assert path.is_file()
