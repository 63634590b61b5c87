"""One lock beside the register, shared by every process that opens it.

``register.db.lock`` is an empty file (it holds no personal data and is never swept or backed up). Every open
register holds a SHARED ``flock`` on it until it is closed; what replaces or re-encrypts the file (a restore,
a rekey, making a register) needs it EXCLUSIVE and asks without waiting: while another window or command has
the register open, it is refused with one sentence and nothing changes. Without this a restore from the
command line renamed the file under an open window, whose later changes went to the set-aside copy.

The program's own register (``register.db`` in its data folder, the only register there) is locked twice, in
the same way: its lock file and its folder. A lock file deleted by hand, or by a tool that sweeps ``*.lock``,
while a window held it, let the next command make a new one that the window did not hold; the folder cannot go
while the register is in it. (The folder alone would not do: a test, or a backup verified beside it, may keep
other registers in the same folder.)

``flock`` locks belong to an open file description: two opens in one process each hold their own shared
lock, and an exclusive request from a third fails while they are held. (POSIX record locks would drop when
any descriptor of the file closes.) Where there is no ``fcntl`` (Windows) there is no lock: Windows refuses to
rename or replace a file that is open anyway. Where a folder cannot be locked (some network shares), the lock
file alone holds.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ..domain.errors import UserError
from ..domain.messages import Msg

SUFFIX = ".lock"
OWN_REGISTER = "register.db"  # services/register.REGISTER_FILE: the one register of a data folder
WAIT_SECONDS = 20.0  # an opening waits this long for a restore or rekey elsewhere to finish


def _real(register_path: Path) -> Path:
    """The register file itself, through any links; as given where the links loop (what then opens it says so)."""
    try:
        return Path(register_path).resolve()
    except (RuntimeError, OSError):  # "Symlink loop" (RuntimeError before Python 3.13)
        return Path(register_path)


def lock_path(register_path: Path) -> Path:
    """Beside the register file itself: a register reached through a link (another spelling of its folder, a
    linked folder or file) is locked where every other opening locks it."""
    real = _real(register_path)
    return real.with_name(real.name + SUFFIX)


def _open_lock_file(register_path: Path, *, make: bool = True) -> int | None:
    """A descriptor of the (empty) lock file, made if need be (``make``); None where there is none and none can be
    made (no fcntl, a read-only folder): then there is no lock, and the file system's own refusals remain. A lock
    file that is there but cannot be opened (mode 000, another user's) is refused with one sentence: taken as no
    lock, a restore went ahead under an open window. ``O_NONBLOCK``: a FIFO of that name never holds an opening up."""
    try:
        import fcntl  # noqa: F401
    except ImportError:
        return None
    path = lock_path(register_path)
    there = path.exists() or path.is_symlink()
    if not make and not there:
        return None
    flags = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | flags, 0o600)
    except OSError:
        try:
            return os.open(path, os.O_RDONLY | flags)  # flock works on a read-only open
        except OSError:
            if there:
                raise UserError(Msg.REGISTER_LOCK_UNUSABLE, path=str(path)) from None
            return None


def _open_folder(register_path: Path, *, required: bool = False) -> int | None:
    """A descriptor of the program's own register's folder, the lock's second anchor; None for any other
    register file, or where folders cannot be locked (some network shares). A folder that cannot be opened is
    refused where the lock is ``required`` (every opening, restore and rekey: taken as no lock, a restore went
    ahead under a window, and a window that held no anchor let a later restore through)."""
    real = _real(register_path)
    if OWN_REGISTER not in (Path(register_path).name, real.name):
        return None
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fd = os.open(real.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        if required:
            raise UserError(Msg.REGISTER_FOLDER_UNREADABLE, path=str(real.parent)) from None
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)  # only to learn that this folder can be locked at all
        fcntl.flock(fd, fcntl.LOCK_UN)
    except BlockingIOError:
        return fd  # held exclusive elsewhere: lockable, and waited for like the lock file
    except OSError:
        os.close(fd)
        return None
    return fd


class RegisterLock:
    """This process's hold on one register (its own open file descriptions of the lock file and the folder)."""

    def __init__(self, register_path: Path, fd: int | None, folder: int | None = None) -> None:
        self.register_path = Path(register_path)
        self._fd = fd
        self._folder = folder if fd is not None else None  # no lock file, no lock (no fcntl, a read-only folder)

    @property
    def _fds(self) -> list[int]:
        return [fd for fd in (self._fd, self._folder) if fd is not None]

    @classmethod
    def shared(cls, register_path: Path, wait: float | None = None) -> RegisterLock:
        """Held while a register is open. A restore or rekey under way elsewhere is waited for (``wait``
        seconds at most), so that this opening sees the file as it is afterwards."""
        # no lock file is left where there is no register (opening it fails anyway)
        fd = _open_lock_file(register_path, make=Path(register_path).is_file())
        lock = cls(register_path, fd)
        try:
            if fd is not None:  # a folder that cannot be read is refused here too: a window without its anchor
                lock._folder = _open_folder(register_path, required=True)  # let a later restore through
            lock._take_shared(WAIT_SECONDS if wait is None else wait)
        except BaseException:
            lock.release()
            raise
        return lock

    @classmethod
    def exclusive(cls, register_path: Path) -> RegisterLock:
        """Held while the file is replaced; refused at once (nothing changed) while anyone has it open."""
        link = Path(register_path)
        if link.is_symlink() and not link.exists():  # a disk not connected: not replaced by a file here
            raise UserError(Msg.REGISTER_LINK_DANGLING, path=str(link), value=os.readlink(link))
        lock = cls(register_path, _open_lock_file(register_path))
        try:
            lock._take_exclusive()
        except BaseException:
            lock.release()
            raise
        return lock

    def _take_shared(self, wait: float) -> None:
        if not self._fds:
            return
        import fcntl

        deadline = time.monotonic() + wait
        for fd in self._fds:  # the lock file first, then the folder: always in this order
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise UserError(Msg.REGISTER_BEING_REPLACED) from None
                    time.sleep(0.1)

    def _take_exclusive(self) -> None:
        if not self._fds:
            return
        import fcntl

        if self._folder is None:  # a lock made without it (a new register), or folders cannot be locked here
            self._folder = _open_folder(self.register_path, required=True)

        for fd in self._fds:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise UserError(Msg.REGISTER_IN_USE) from None

    @contextlib.contextmanager
    def exclusively(self) -> Iterator[None]:
        """This open register's shared lock made exclusive for the work inside (a rekey), then shared again.
        Refused (UserError, the shared lock kept) while another window or command has the register open."""
        try:
            self._take_exclusive()
        except UserError:
            self._take_shared(WAIT_SECONDS)  # a refused conversion drops the shared lock (Linux): take it back
            raise
        try:
            yield
        finally:
            self.downgrade()

    def downgrade(self) -> None:
        """Exclusive to shared (never refused: nobody else holds it)."""
        if self._fds:
            import fcntl

            for fd in self._fds:
                fcntl.flock(fd, fcntl.LOCK_SH)

    def release(self) -> None:
        for fd in self._fds:
            with contextlib.suppress(OSError):
                os.close(fd)  # closing the last descriptor of the description drops its lock
        self._fd = self._folder = None
