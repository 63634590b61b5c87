"""Backup and restore of the register.

A backup is an encrypted copy under the same key (the recovery sheet opens it), taken with SQLite's online
backup from one read snapshot, so it is consistent while the window is open; it is written beside its target
as ``.partial`` (encrypted too), checked (every page's HMAC with the key, and the row counts against the
snapshot) and only then renamed.

A restore checks the file first (a wrong key, a damaged file or a file that is not a register changes
nothing), sets the current register aside (renamed, not deleted), puts the checked copy in its place and opens
it; opening replays the erasure ledger, so whoever was erased after the backup was made is erased again.
"""

from __future__ import annotations

import logging

import contextlib
import datetime as dt
import errno
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import backup as store
from ..store import database
from . import leftovers
from .outputs import fsync_dir
from .audit import Action, AuditLog, announce_rewind
from .settings import RESTORE_PENDING, Settings

LAST_BACKUP = "last_backup_at"


@dataclass
class BackupResult:
    path: Path
    counts: dict[str, int]
    seconds: float
    recorded: bool = True  # False: the register was busy writing, so the time of this backup is not noted

@dataclass
class RestoreResult:
    set_aside: Path
    customers: int
    replayed: int
    report: list = field(default_factory=list)  # the ledger's cross-check and the leftovers removed (sentences)


class BackupService:
    def __init__(self, db, path: Path, key: bytes, audit: AuditLog, settings: Settings,
                 clock: Callable[[], dt.datetime], ledger: Callable[[], object] | None = None) -> None:
        self._db = db
        self._ledger = ledger  # the erasure ledger, carried beside every backup
        self._path = path
        self._key = key
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def default_name(self, folder: Path) -> str:
        """``etsoft-desk-backup-<date>-<time>.db``; a second backup to the same folder within the same second
        gets ``-2`` (then ``-3``, …) rather than the first one's name."""
        stamp = f"etsoft-desk-backup-{self._clock():%Y%m%d-%H%M%S}"
        name, n = f"{stamp}.db", 1
        while (folder / name).exists() or (folder / f"{name}.partial").exists():
            n += 1
            name = f"{stamp}-{n}.db"
        return name

    def backup(self, target: str | Path) -> BackupResult:
        """Write a verified encrypted copy to ``target`` (a file, or a folder to put one in). A name ending in a
        slash names a folder: when that folder does not exist, nothing is written (not a file named like it)."""
        as_folder = isinstance(target, str) and target.endswith(tuple(filter(None, ("/", os.sep, os.altsep))))
        target = Path(target)
        if target.is_dir():
            target = target / self.default_name(target)
        elif as_folder:
            _refuse_missing_folder(target)
        if not target.parent.is_dir():
            _refuse_missing_folder(target.parent)
        if target.exists() and not target.is_file():  # a pipe, a device, a socket: no place for a file
            raise UserError(Msg.BACKUP_NOT_A_FILE, path=str(target))
        if target.exists():
            raise UserError(Msg.BACKUP_EXISTS, path=str(target))
        if target.resolve() == self._path.resolve():
            raise UserError(Msg.RESTORE_IS_REGISTER)
        partial = target.with_name(target.name + ".partial")
        leftovers.sweep_partials(target.parent)  # what a killed backup to this folder left (not in use now)
        partial.unlink(missing_ok=True)
        start = time.perf_counter()
        try:
            with database.user_errors(partial), leftovers.claim(partial):  # a sweep elsewhere leaves it be
                seen = store.copy_to(self._db, partial, self._key)
                _, found = store.inspect(partial, self._key, thorough=False)
                if found != seen:
                    differ = sorted(t for t in seen if found.get(t) != seen[t])
                    raise UserError(Msg.BACKUP_NOT_VERIFIED, detail="different counts in " + ", ".join(differ))
                with open(partial, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.replace(partial, target)
            fsync_dir(target.parent)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        self._leave_ledger_beside(target.parent)
        seconds = time.perf_counter() - start
        logging.getLogger(__name__).info("backup %s written and verified: %d customers, %.1f s", target.name,
                                         seen["customer"], seconds)
        try:  # the copy is made and verified; noting it must not wait long on a transaction left open
            with database.user_errors(self._path), database.busy_timeout(self._db, 1000), self._db.atomic():
                self._settings.mark(LAST_BACKUP, self._clock().isoformat(timespec="seconds"))
                self._audit.record(Action.BACKUP, None, f"backup {target.name}: {seen['customer']} customers")
        except UserError as exc:
            if exc.template != Msg.REGISTER_LOCKED:
                raise
            return BackupResult(target, seen, seconds, recorded=False)
        self._audit.anchor()
        return BackupResult(target, seen, seconds)

    def _leave_ledger_beside(self, folder: Path) -> None:
        """The newest ledger beside the backup (merged with the one already there), so that a restore on another
        PC erases again whoever was erased here, even when this PC and its data folder are lost."""
        from ..store import erasure as erasure_store
        from .ledger import LEDGER_NAME, write_atomically

        here = self._path.parent / LEDGER_NAME
        if self._ledger is None or not (here.exists() or erasure_store.has_ledger_records()):
            return  # nobody was ever erased: nothing to carry
        beside = folder / LEDGER_NAME
        if beside.resolve() == here.resolve() or beside.is_dir():
            return
        ledger = self._ledger()
        lines = ledger.lines()
        if beside.is_file():  # every line already there stays: another register's (backed up to the same
            lines = list(dict.fromkeys(_entry_lines(beside.read_bytes()) + lines))  # folder) too, sealed by its own
        write_atomically(beside, lines)

    def auto_backup(self, *, every_hours: int = 20) -> BackupResult | None:
        """The automatic backup at start: to the folder in the settings, when the last good one is older than
        ``every_hours``; afterwards only the newest N automatic backups stay in that folder."""
        folder = self._settings.backup_folder
        if not folder:
            return None
        last = self.last_backup()
        if last is not None and self._clock() - last < dt.timedelta(hours=every_hours):
            return None
        if not Path(folder).is_dir():  # the stick is not in: say so, never write a file named like the folder
            raise UserError(Msg.BACKUP_FOLDER_MISSING, path=folder)
        result = self.backup(Path(folder))
        ours = sorted((p for p in Path(folder).glob("etsoft-desk-backup-*.db") if _made_order(p)),
                      key=lambda p: _made_order(p) or ("", 0))
        for old in ours[:-self._settings.backup_keep]:
            old.unlink()
        return result

    def last_backup(self) -> dt.datetime | None:
        value = self._settings.marked(LAST_BACKUP)
        return dt.datetime.fromisoformat(value) if value else None


def _refuse_missing_folder(folder: Path) -> None:
    """The sentence for a folder that is not there: a file (or a pipe, a device) where a folder of the path was
    meant is named as such, not as a USB stick that is not in."""
    above = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if above is not None and not above.is_dir():
        raise UserError(Msg.OUTPUT_UNDER_A_FILE, path=str(above))
    raise UserError(Msg.BACKUP_FOLDER_MISSING, path=str(folder))


def _made_order(path: Path) -> tuple[str, int] | None:
    """Automatic backups oldest first: by their time, then by the counter of one made in the same second
    (``…-101500.db`` before ``…-101500-2.db``, which plain name order would not give). None: not one of ours."""
    import re

    found = re.fullmatch(r"etsoft-desk-backup-(\d{8}-\d{6})(?:-(\d+))?\.db", path.name)
    return (found.group(1), int(found.group(2) or 1)) if found else None


def check_backup(source: Path, key: bytes) -> dict[str, int]:
    """Counts of a backup file, after checking that ``key`` opens it and that it is a sound register."""
    source = Path(source)
    if not source.is_file():
        raise UserError(Msg.IMPORT_FILE_MISSING, path=str(source))
    try:
        return store.inspect(source, key)[1]
    except UserError as exc:
        if exc.template == Msg.WRONG_KEY:  # an encrypted file and random bytes look the same without the key
            raise UserError(Msg.BACKUP_OTHER_KEY, path=str(source)) from None
        raise


def restore(register_path: Path, source: Path, key: bytes, open_register: Callable[[Path, bytes], object],
            clock: Callable[[], dt.datetime]) -> tuple[object, RestoreResult]:
    """Replace the (closed) register at ``register_path`` with the backup ``source``. The current file is
    renamed to ``register.db.set-aside-<time>``; if anything fails, it is put back and nothing has changed.
    Refused first while another window or command has the register open (its later changes would go to the
    set-aside copy). Returns the opened register (the ledger replayed) and what happened."""
    from .register_lock import RegisterLock

    register_path, source = Path(register_path), Path(source)
    if register_path.exists() and source.resolve() == register_path.resolve():
        raise UserError(Msg.RESTORE_IS_REGISTER)
    checked = not register_path.parent.is_dir()  # a first register on this PC: nobody can have it open
    if checked:
        check_backup(source, key)  # before a data folder is made for it
        register_path.parent.mkdir(parents=True, exist_ok=True)
    lock = RegisterLock.exclusive(register_path)  # held until the restored register holds its own
    try:
        return _restore_locked(register_path, source, key, open_register, clock, lock, checked=checked)
    finally:
        lock.release()


def _restore_locked(register_path: Path, source: Path, key: bytes, open_register: Callable[[Path, bytes], object],
                    clock: Callable[[], dt.datetime], lock, *, checked: bool) -> tuple[object, RestoreResult]:
    if not checked:
        check_backup(source, key)
    _check_writable(register_path)  # what the restore writes after the swap: refused before anything changes
    _refuse_another_registers_ledger(register_path, source, key)
    _merge_ledgers(register_path, source, key)
    incoming = register_path.with_name(register_path.name + ".restoring")
    for leftover in (incoming, Path(str(incoming) + "-wal"), Path(str(incoming) + "-shm")):
        leftover.unlink(missing_ok=True)
    register_path.parent.mkdir(parents=True, exist_ok=True)
    claimed = contextlib.ExitStack()  # a sweep in another process (an erasure meanwhile) leaves the copy alone
    claimed.enter_context(leftovers.claim(incoming))
    try:
        shutil.copyfile(source, incoming)  # the encrypted bytes; the source on the stick is never written to
        store.inspect(incoming, key)  # the copy, as it landed on this disk
        # killed after the swap, before the restore's audit entry: the next opening writes it (finish_restore)
        store.put_setting_in(incoming, key, "program." + RESTORE_PENDING, source.name)
        announce_rewind(register_path, incoming, key, clock)  # killed after the swap, its chain still verifies
    except BaseException as exc:  # nothing has changed yet: the half copy goes, the failure is the register's disk's
        claimed.close()
        for leftover in (incoming, Path(str(incoming) + "-wal"), Path(str(incoming) + "-shm")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise UserError(Msg.DISK_FULL_AT, path=str(register_path.parent)) from None
        raise
    set_aside = register_path.with_name(f"{register_path.name}.set-aside-{clock():%Y%m%d-%H%M%S}")
    kept = []
    try:
        # The current register gets a second name first (a hard link: no copy), then the checked copy replaces
        # it in one rename: killed at any moment, a register is in its place.
        for suffix in ("", "-wal", "-shm"):
            current = Path(str(register_path) + suffix)
            if current.exists():
                _second_name(current, Path(str(set_aside) + suffix))
                kept.append(suffix)
        for suffix in ("-wal", "-shm"):  # the register was closed (checkpointed); these belong to it, not the copy
            Path(str(register_path) + suffix).unlink(missing_ok=True)
        os.replace(incoming, register_path)
        fsync_dir(register_path.parent)
        claimed.close()  # before SQLite opens the file: closing it later would drop SQLite's own locks on it
        lock.downgrade()  # the new file is in place: the restored register's own shared lock joins this one
        register = open_register(register_path, key)
    except BaseException:
        claimed.close()
        for suffix in kept:
            os.replace(Path(str(set_aside) + suffix), Path(str(register_path) + suffix))
        incoming.unlink(missing_ok=True)
        raise
    customers = register.customers.count()
    logging.getLogger(__name__).info("restored %s: %d customers, %d erased again", source.name, customers,
                                     register.replayed)
    finish_restore(register)  # unless opening it did already (register_open.open_with_key)
    return register, RestoreResult(set_aside, customers, register.replayed,
                                   list(register.ledger_report) + list(register.removed))


def finish_restore(register) -> bool:
    """The audit entry of a restore whose copy is in place, when it is not written yet: right after the swap, or
    at the next opening when the restore was killed in between (the copy carries the mark from before the swap).
    The restored (older) chain is the one to hold from then on. False when no restore was pending."""
    source = register.settings.marked(RESTORE_PENDING)
    if not source:
        return False
    customers = register.customers.count()
    with register.transaction():
        register.audit.record(Action.RESTORE, None, f"restored {source}: {customers} customers; "
                                                    f"erased again from the ledger: {register.replayed}")
        register.settings.unmark(RESTORE_PENDING)
    register.audit.anchor(rewind=True)
    return True


def _check_writable(register_path: Path) -> None:
    """The restored register writes the erasure ledger (its cross-check, the audit's anchor) and files in the
    data folder once it is in place: when it could not, the restore would fail after the swap, with erased
    people back. Refuse first, changing nothing."""
    import tempfile

    from .ledger import LEDGER_NAME

    folder = register_path.parent
    ledger = folder / LEDGER_NAME
    if ledger.is_dir():
        raise UserError(Msg.RESTORE_CANNOT_WRITE, path=str(ledger))
    if ledger.exists():
        try:
            with open(ledger, "ab"):  # opened to add, nothing added: refused when immutable or read-only
                pass
        except OSError:
            raise UserError(Msg.RESTORE_CANNOT_WRITE, path=str(ledger)) from None
    if folder.is_dir():
        try:
            fd, probe = tempfile.mkstemp(dir=folder, prefix=".etsoft-desk-probe-")
        except OSError:
            raise UserError(Msg.RESTORE_CANNOT_WRITE, path=str(folder)) from None
        os.close(fd)
        os.unlink(probe)


def _second_name(path: Path, other: Path) -> None:
    try:
        os.link(path, other)
    except OSError:  # a file system without hard links: a copy
        shutil.copy2(path, other)


def _refuse_another_registers_ledger(register_path: Path, source: Path, key: bytes) -> None:
    """A backup of another register, restored over this one, would read every line of this register's erasure
    ledger as altered and drop it: whoever was erased here could come back. Refused when no sealed line of the
    ledger in the data folder is the backup's register's (one altered line is the ledger's own problem)."""
    from .ledger import LEDGER_NAME, ErasureLedger, ledger_salt

    here = register_path.parent / LEDGER_NAME
    if not here.is_file():
        return
    kept = store.setting_in(source, key, "program.ledger_salt")
    scan = ErasureLedger(here, bytes.fromhex(kept) if kept else ledger_salt(key)).scan(here.read_bytes())
    altered = [p for p in scan.problems if p.template == Msg.LEDGER_LINE_ALTERED]
    if altered and not scan.entries:
        raise UserError(Msg.RESTORE_ANOTHER_REGISTER, path=str(here), count=len(altered))


def _merge_ledgers(register_path: Path, source: Path, key: bytes) -> None:
    """Before a restore, gather every ledger line found: the current register's own copy (if the key opens it)
    and the ledger beside the backup; the authenticated ones are merged into the data folder's ledger, which
    the restored register then cross-checks with its own copy (the backup's) and carries out."""
    from .ledger import LEDGER_NAME, ErasureLedger, ledger_salt, write_atomically

    kept = store.setting_in(source, key, "program.ledger_salt")
    ledger = ErasureLedger(register_path.parent / LEDGER_NAME, bytes.fromhex(kept) if kept else ledger_salt(key))
    found = store.ledger_lines_in(register_path, key) if register_path.is_file() else []
    beside = source.parent / LEDGER_NAME
    if beside.is_file() and beside.resolve() != ledger.path.resolve():
        found += ledger.scan(beside.read_bytes()).lines
    found = [t for t in found if ledger.authentic(_as_entry(t))]
    if not found or ledger.path.is_dir():
        return
    current = ledger.path.read_bytes() if ledger.path.is_file() else b""
    have = current.decode("utf-8", "replace").splitlines()
    new = [t for t in dict.fromkeys(found) if t not in have]
    if new:
        register_path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(ledger.path, [*have, *new])  # the existing lines as they were: the open names bad ones


def _entry_lines(raw: bytes) -> list[str]:
    """The lines of a ledger file that are ledger entries (JSON objects), whichever register sealed them; only
    the debris of a cut-off write is left out."""
    import json

    out = []
    for text in raw.decode("utf-8", "replace").splitlines():
        text = text.strip()
        try:
            if text and isinstance(json.loads(text), dict):
                out.append(text)
        except ValueError:
            continue
    return out


def _as_entry(text: str) -> dict:
    import json

    try:
        entry = json.loads(text)
    except ValueError:
        return {}
    return entry if isinstance(entry, dict) else {}
