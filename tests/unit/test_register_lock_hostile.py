"""The register-wide lock against a lock file that is not what it should be: one that cannot be opened (mode 000,
another user's) must not be taken as "no lock" (a restore then replaced the file under an open window), and a
FIFO of that name must not hold an opening up for ever. Real processes, real SQLCipher files. As root the
commands run without the capability to override file permissions (setpriv), as the shop's own user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services import register as reg
from tests.unit.test_register_lock import ROOT, Holder, etsoft, names_in, snapshot, with_backup  # noqa: F401

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no flock: Windows refuses the rename itself")

NO_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
               "--inh-caps=-dac_override,-dac_read_search"]


def as_the_shop(args: list[str], *, data_dir: Path, key: bytes, timeout: float = 60):
    """An etsoft-desk command that the file's permissions apply to (root: through setpriv)."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root without setpriv: permissions do not apply")
        prefix = NO_OVERRIDE
    from etsoft_desk.domain.recovery_key import format_recovery_key

    env = dict(os.environ, ETSOFT_DESK_DATA=str(data_dir), ETSOFT_DESK_KEY=format_recovery_key(key),
               PYTHONPATH=str(ROOT))
    return subprocess.run([*prefix, sys.executable, "-m", "etsoft_desk", *args], env=env, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def test_a_lock_file_nobody_may_open_refuses_a_restore_under_an_open_window(with_backup):
    path, key, backup = with_backup
    lock = path.with_name("register.db.lock")
    holder = Holder(path, key)  # the window, opened before the lock file lost its permissions
    try:
        lock.chmod(0)
        before = snapshot(path)
        refused = as_the_shop(["restore", str(backup), "--confirm"], data_dir=path.parent, key=key)
        assert refused.returncode == 1, refused.stdout
        assert refused.stderr.strip() == Msg.REGISTER_LOCK_UNUSABLE.format(path=str(lock))
        assert snapshot(path) == before  # same bytes, same file: nothing renamed under the window
        assert not list(path.parent.glob("register.db.set-aside-*"))
        assert not list(path.parent.glob("register.db.restoring*"))
        holder.finish()
    finally:
        holder.kill()
        lock.chmod(0o600)
    assert "Later Toegevoegd" in names_in(path, key)  # the window's change is in the register, not lost


def test_a_fifo_named_as_the_lock_file_does_not_hold_an_opening_up(with_backup):
    path, key, _backup = with_backup
    lock = path.with_name("register.db.lock")
    lock.unlink()
    os.mkfifo(lock, 0o400)  # read-only: opened for reading, a FIFO waits for a writer that never comes
    listed = as_the_shop(["list"], data_dir=path.parent, key=key, timeout=30)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip()  # the customer is listed


def test_a_dangling_link_named_as_the_lock_file_is_told_in_one_sentence(with_backup, tmp_path):
    path, key, _backup = with_backup
    lock = path.with_name("register.db.lock")
    lock.unlink()
    lock.symlink_to(tmp_path / "no-such-folder" / "lock")
    with pytest.raises(UserError) as refused:
        reg.open_with_key(path, key)
    assert refused.value.template == Msg.REGISTER_LOCK_UNUSABLE
    assert not (tmp_path / "no-such-folder").exists()


@pytest.mark.parametrize("command", [["restore", "BACKUP", "--confirm"], ["rekey", "--recovery-sheet", "SHEET"]])
def test_a_lock_file_deleted_under_an_open_window_still_refuses_a_restore_or_rekey(with_backup, tmp_path, command):
    """A lock file swept by hand (or by a tool that cleans up ``*.lock``) while a window holds it: the next command
    makes a new one that the window does not hold. The register's folder is the second anchor."""
    path, key, backup = with_backup
    sheet = tmp_path / "nieuw-herstelblad.pdf"
    args = [str(backup) if a == "BACKUP" else str(sheet) if a == "SHEET" else a for a in command]
    lock = path.with_name("register.db.lock")
    holder = Holder(path, key)
    try:
        lock.unlink()
        before = snapshot(path)
        refused = etsoft(*args, data_dir=path.parent, key=key)
        assert refused.returncode == 1, refused.stdout
        assert refused.stderr.strip() == Msg.REGISTER_IN_USE
        assert snapshot(path) == before  # same bytes, same file: nothing replaced under the window
        assert not list(path.parent.glob("register.db.set-aside-*")) and not sheet.exists()
        holder.finish()
    finally:
        holder.kill()
    assert "Later Toegevoegd" in names_in(path, key)  # the window's change is in the register, not lost
    done = etsoft(*args, data_dir=path.parent, key=key)
    assert done.returncode == 0, done.stderr  # once the window has closed, it goes ahead


def test_a_register_reached_through_a_linked_file_is_locked_where_every_opening_locks_it(with_backup, tmp_path):
    """A window opened on ``elsewhere/register.db``, a link to the register: a restore of the register itself
    must see it (the lock file and the folder are those of the file, not of the link)."""
    path, key, backup = with_backup
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "register.db").symlink_to(path)
    holder = Holder(elsewhere / "register.db", key)
    try:
        before = snapshot(path)
        refused = etsoft("restore", str(backup), "--confirm", data_dir=path.parent, key=key)
        assert refused.returncode == 1, refused.stdout
        assert refused.stderr.strip() == Msg.REGISTER_IN_USE
        assert snapshot(path) == before
        holder.finish()
    finally:
        holder.kill()
    assert "Later Toegevoegd" in names_in(path, key)
    assert not (elsewhere / "register.db.lock").exists()  # beside the file itself, not beside the link


def test_a_restore_that_cannot_open_the_registers_folder_is_refused_not_let_through(with_backup):
    """The folder made unreadable (mode 0300) under an open window, its lock file gone: a restore that cannot
    open the folder cannot tell whether the register is open, and is refused in one sentence."""
    path, key, backup = with_backup
    holder = Holder(path, key)  # opened while the folder could be read: it holds the folder
    try:
        path.with_name("register.db.lock").unlink()
        path.parent.chmod(0o300)
        before = snapshot(path)
        refused = as_the_shop(["restore", str(backup), "--confirm"], data_dir=path.parent, key=key)
        assert refused.returncode == 1, refused.stdout
        assert refused.stderr.strip() == Msg.REGISTER_FOLDER_UNREADABLE.format(path=str(path.parent))
        assert snapshot(path) == before
        path.parent.chmod(0o700)
        holder.finish()
    finally:
        path.parent.chmod(0o700)
        holder.kill()
    assert "Later Toegevoegd" in names_in(path, key)


def test_a_register_that_is_a_link_to_a_disk_not_connected_is_not_replaced(with_backup, tmp_path):
    """``register.db`` a link to a disk that is not connected: a restore replaced the link with a file here (the
    register silently moved off that disk), with no lock held, two at once. Now refused in one sentence."""
    path, key, backup = with_backup
    disk = tmp_path / "usb-disk-not-connected" / "register.db"
    path.unlink()
    path.with_name("register.db.lock").unlink()
    path.symlink_to(disk)
    refused = etsoft("restore", str(backup), "--confirm", data_dir=path.parent, key=key)
    assert refused.returncode == 1, refused.stdout
    assert refused.stderr.strip() == Msg.REGISTER_LINK_DANGLING.format(path=str(path), value=str(disk))
    assert path.is_symlink() and os.readlink(path) == str(disk)  # the link is left as it was


def test_an_opening_in_a_folder_it_cannot_read_is_refused_in_one_sentence(with_backup):
    """A window opened with the folder unreadable held no folder anchor, and a later restore (the folder made
    readable again, the lock file deleted) went ahead under it: the opening is refused instead."""
    path, key, _backup = with_backup
    path.parent.chmod(0o300)
    try:
        listed = as_the_shop(["list"], data_dir=path.parent, key=key)
    finally:
        path.parent.chmod(0o700)
    assert listed.returncode == 1, listed.stdout
    assert listed.stderr.strip() == Msg.REGISTER_FOLDER_UNREADABLE.format(path=str(path.parent))


def test_a_register_that_links_to_itself_is_told_in_one_sentence(with_backup):
    """``register.db`` a link to itself: a restore raised Python's "Symlink loop" as a traceback (resolving the
    lock's path through it). Now refused as a link to nothing there; nothing changed."""
    path, key, backup = with_backup
    path.unlink()
    path.symlink_to(path.name)
    for command in (["restore", str(backup), "--confirm"], ["list"]):
        ran = etsoft(*command, data_dir=path.parent, key=key)
        assert ran.returncode == 1 and "Traceback" not in ran.stderr, ran.stderr
        assert len(ran.stderr.strip().splitlines()) == 1, ran.stderr
    assert path.is_symlink()  # nothing changed
