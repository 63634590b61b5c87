"""One lock beside the register, shared by every process that opens it.

``register.db.lock`` is an empty file (it holds no personal data and is never swept or backed up). Every open
register holds a SHARED ``flock`` on it until it is closed; what replaces or re-encrypts the file (a restore,
a rekey, making a register) needs it EXCLUSIVE and asks without waiting: while another window or command has
the register open, it is refused with one sentence and nothing changes. Without this a restore from the
command line renamed the file under an open window, whose later changes went to the set-aside copy.

``flock`` locks belong to an open file description: two opens in one process each hold their own shared
lock, and an exclusive request from a third fails while they are held. (POSIX record locks would drop when
any descriptor of the file closes.) Where there is no ``fcntl`` (Windows) there is no lock: Windows refuses to
rename or replace a file that is open anyway.
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
WAIT_SECONDS = 20.0  # an opening waits this long for a restore or rekey elsewhere to finish


def lock_path(register_path: Path) -> Path:
    register_path = Path(register_path)
    return register_path.with_name(register_path.name + SUFFIX)


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


class RegisterLock:
    """This process's hold on one register (its own open file description of the lock file)."""

    def __init__(self, register_path: Path, fd: int | None) -> None:
        self.register_path = Path(register_path)
        self._fd = fd

    @classmethod
    def shared(cls, register_path: Path, wait: float | None = None) -> RegisterLock:
        """Held while a register is open. A restore or rekey under way elsewhere is waited for (``wait``
        seconds at most), so that this opening sees the file as it is afterwards."""
        # no lock file is left where there is no register (opening it fails anyway)
        lock = cls(register_path, _open_lock_file(register_path, make=Path(register_path).is_file()))
        try:
            lock._take_shared(WAIT_SECONDS if wait is None else wait)
        except BaseException:
            lock.release()
            raise
        return lock

    @classmethod
    def exclusive(cls, register_path: Path) -> RegisterLock:
        """Held while the file is replaced; refused at once (nothing changed) while anyone has it open."""
        lock = cls(register_path, _open_lock_file(register_path))
        try:
            lock._take_exclusive()
        except BaseException:
            lock.release()
            raise
        return lock

    def _take_shared(self, wait: float) -> None:
        if self._fd is None:
            return
        import fcntl

        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise UserError(Msg.REGISTER_BEING_REPLACED) from None
                time.sleep(0.1)

    def _take_exclusive(self) -> None:
        if self._fd is None:
            return
        import fcntl

        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
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
        if self._fd is not None:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the last descriptor of the description drops its lock
            self._fd = None
