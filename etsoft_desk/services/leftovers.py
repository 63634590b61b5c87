"""No copy of erased people outlives the erasure on this PC.

Beside the register, a restore leaves ``register.db.set-aside-<time>`` (the register as it was) and, when it
was interrupted, ``register.db.restoring``; an interrupted backup leaves ``<name>.partial``, in the data folder
or in the automatic backup folder. Each of them can hold people erased since. At every start, after each
erasure and when a restore is confirmed they are securely removed (overwritten, synced, unlinked); a set-aside
register is kept only while every erasure of the ledger is carried out in it too, as a way back for the owner.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import backup as store

CHUNK = 1 << 20
SIDE = ("-wal", "-shm", "-journal")


def secure_remove(path: Path) -> None:
    """Overwrite the file's bytes with zeros, sync, then unlink it (and sync its folder)."""
    with contextlib.suppress(FileNotFoundError):
        # A second name of the live register (a restore killed half-way) is only unlinked: overwriting it would
        # overwrite the register itself.
        if path.is_file() and not path.is_symlink() and path.stat().st_nlink == 1:
            size = path.stat().st_size
            with open(path, "r+b") as fh:
                left = size
                while left > 0:
                    n = min(CHUNK, left)
                    fh.write(b"\0" * n)
                    left -= n
                fh.flush()
                os.fsync(fh.fileno())
        path.unlink()
        from .outputs import fsync_dir

        fsync_dir(path.parent)


@contextlib.contextmanager
def claim(path: Path) -> Iterator[None]:
    """Mark ``path`` as being written by this process (an exclusive advisory lock on it, created empty if need
    be), so that a sweep in another process (a command-line start while the window makes a backup) leaves it.
    Close it only after every SQLite connection to the file is closed (POSIX locks go with any close)."""
    try:
        fh = open(path, "ab")
    except OSError:  # a read-only folder (or stick): one sentence, nothing left
        raise UserError(Msg.BACKUP_FOLDER_UNWRITABLE, path=str(path.parent)) from None
    try:
        with contextlib.suppress(ImportError, OSError):
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        fh.close()


def in_use(path: Path) -> bool:
    """Whether another process is writing ``path`` (see :func:`claim`). On Windows an open file cannot be
    removed anyway: the removal fails and the sweep leaves it."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        with open(path, "rb") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    except OSError:
        return False
    return False


def _remove_with_side_files(path: Path) -> None:
    for suffix in SIDE:
        secure_remove(Path(str(path) + suffix))
    secure_remove(path)


def _main_files(folder: Path, pattern: str) -> list[Path]:
    return sorted(p for p in folder.glob(pattern) if p.is_file() and not p.name.endswith(SIDE))


SQLITE_HEADER = b"SQLite format 3\0"
LEDGER_PARTIAL = "erasure-ledger.jsonl.partial"  # services/ledger.write_atomically


def ours(path: Path) -> bool:
    """Whether a ``.partial`` looks like one this program made: the ledger's temporary file by its exact name, or
    an encrypted copy being written (empty, or whole 512-byte sectors without the plain SQLite header). A file of
    the owner's that merely ends in .partial is left alone."""
    if path.name == LEDGER_PARTIAL:
        return True
    try:
        size = path.stat().st_size
        if size == 0:
            return True
        if size % 512:
            return False
        with open(path, "rb") as fh:
            return fh.read(16) != SQLITE_HEADER
    except OSError:
        return False


def _partials(folder: Path) -> list[Path]:
    """Our leftover ``.partial`` files in ``folder`` (and those whose side file alone was left)."""
    found = {p for p in _main_files(folder, "*.partial") if ours(p)}
    for suffix in SIDE:  # killed between removing the side files and the main one, or before the main one was made
        for side in folder.glob("*.partial" + suffix):
            main = Path(str(side)[:-len(suffix)])
            if side.is_file() and not main.exists():
                found.add(main)
    return sorted(found)


def _restoring(folder: Path, register_name: str) -> list[Path]:
    """The copy a restore writes beside the register, by its exact name (with its side files)."""
    main = folder / (register_name + ".restoring")
    return [main] if main.is_file() or any(Path(str(main) + s).is_file() for s in SIDE) else []


def sweep_partials(folder: Path) -> list[UserError]:
    """Remove our leftover ``.partial`` files in a folder a backup is about to write to (a killed backup there)."""
    return _remove_interrupted(_partials(folder)) if folder.is_dir() else []


def _remove_interrupted(paths: Iterable[Path]) -> list[UserError]:
    told: list[UserError] = []
    for path in paths:
        if path.exists() and in_use(path):
            continue  # a backup or restore under way in another process: not a leftover
        try:
            _remove_with_side_files(path)
        except PermissionError:  # Windows: still open in another process
            continue
        except OSError:  # a read-only folder: the next backup that can write there removes it
            continue
        told.append(UserError(Msg.LEFTOVER_INTERRUPTED, name=str(path)))
    return told


def sweep(register_path: Path, key: bytes | None, erasure_ids: Callable[[], Iterable[str]], *, backup_folder: str = "",
          confirmed: bool = False, erased_since: Callable[[str], bool] | None = None) -> list[UserError]:
    """Remove the leftover copies; returns one sentence per file removed (names only, no personal data).
    ``erased_since(stamp)``: whether anyone was erased at or after the time a set-aside register's name gives
    (``YYYYmmdd-HHMMSS``): one the key does not open (a restore of a backup made before a key rotation) is
    kept as the owner's way back until someone is erased after the restore, since it cannot be checked."""
    folder = register_path.parent
    told: list[UserError] = []
    interrupted = _restoring(folder, register_path.name) + _partials(folder)
    if backup_folder and Path(backup_folder).is_dir() and Path(backup_folder).resolve() != folder.resolve():
        interrupted += _partials(Path(backup_folder))
    told += _remove_interrupted(interrupted)
    wanted = None
    for path in _main_files(folder, register_path.name + ".set-aside-*"):
        if confirmed:
            why = Msg.LEFTOVER_SET_ASIDE_CONFIRMED
        else:
            applied = store.applied_in(path, key) if key is not None else None
            if wanted is None and applied is not None:
                wanted = set(erasure_ids())
            if applied is not None and wanted <= applied:
                continue  # nobody erased since: the owner's way back stays
            stamp = path.name.rsplit(".set-aside-", 1)[-1]
            if applied is None and erased_since is not None and not erased_since(stamp):
                continue  # another key's register, and nobody erased since it was set aside: it stays too
            why = Msg.LEFTOVER_SET_ASIDE_OTHER_KEY if applied is None else Msg.LEFTOVER_SET_ASIDE_STALE
        _remove_with_side_files(path)
        told.append(UserError(why, name=path.name))
    if told:
        logging.getLogger(__name__).info("leftover copies removed: %d", len(told))
    return told


def sweep_register(register, *, confirmed: bool = False) -> list[UserError]:
    """:func:`sweep` for an open register: what its erasure ledger says was erased, and when."""
    from ..store import erasure as erasure_store
    from .ledger import ERASURE_KINDS, LEDGER_NAME

    def wanted() -> set[str]:  # only read when there is a set-aside register to check
        if not (register.path.parent / LEDGER_NAME).exists() and not erasure_store.has_ledger_records():
            return set()  # nobody was ever erased here
        entries = register.ledger.entries()
        cancelled = {e["erasure_id"] for e in entries if e.get("kind") == "cancelled"}
        return {e["erasure_id"] for e in entries if e.get("kind") in ERASURE_KINDS} - cancelled

    def erased_since(stamp: str) -> bool:  # stamp: YYYYmmdd-HHMMSS in the register's clock, as the name has it
        if not wanted():
            return False
        import datetime as dt

        return any(dt.datetime.fromisoformat(e["at"]).strftime("%Y%m%d-%H%M%S") >= stamp
                   for e in register.ledger.entries() if e.get("kind") in ERASURE_KINDS and e.get("at"))
    return sweep(register.path, register.key, wanted, backup_folder=register.settings.backup_folder,
                 confirmed=confirmed, erased_since=erased_since)
