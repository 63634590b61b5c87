"""Making a register and opening one: the register's first audit entry and checkpoint; the cross-check of the
erasure ledger, the replay of erasures left undone and the sweep of leftovers at every open."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.recovery_key import format_recovery_key
from ..store import database
from .audit import Action
from .register import Clock, Register, local_now, new_key
from .register_lock import RegisterLock


@dataclass
class NewRegister:
    register: Register
    key: bytes

    @property
    def recovery_key(self) -> str:
        return format_recovery_key(self.key)


def create(path: Path, key: bytes | None = None, clock: Clock = local_now) -> NewRegister:
    key = key or new_key()
    path = Path(path)
    if path.exists():
        raise UserError(Msg.REGISTER_EXISTS, path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = RegisterLock.exclusive(path)  # a window still holding a register removed by hand here: refused
    try:
        db = database.open_register(path, key, create=True)
    except BaseException:
        lock.release()
        raise
    lock.downgrade()
    register = Register(db, path, clock, key=key, lock=lock)
    with db.atomic():
        register.audit.record(Action.REGISTER_CREATE)
    database.checkpoint(db)  # the file's first page (and its salt) is on disk from here on
    return NewRegister(register, key)


def open_plain(path: Path, key: bytes, clock: Clock = local_now) -> Register:
    """Open the register and nothing more (``check``: the pages are looked at before any other read)."""
    return _opened(path, key, clock)


def _opened(path: Path, key: bytes, clock: Clock) -> Register:
    """The register opened, holding its shared lock (taken first: a restore or rekey elsewhere is waited for,
    and cannot begin while it is open)."""
    lock = RegisterLock.shared(path)
    try:
        return Register(database.open_register(path, key), path, clock, key=key, lock=lock)
    except BaseException:
        lock.release()
        raise


def open_with_key(path: Path, key: bytes, clock: Clock = local_now, *, more_ledger_lines=()) -> Register:
    """Open the register, cross-check its erasure ledger (file against the register's own copy; and
    ``more_ledger_lines``, other ledgers a restore found), carry out the erasures a crash or a restored backup
    left undone, finish a checkpoint an erasure left busy, and remove leftover copies of erased people."""
    register = _opened(path, key, clock)
    try:
        from ..store import erasure as erasure_store
        from .ledger import LEDGER_NAME

        more_ledger_lines = list(more_ledger_lines)
        if more_ledger_lines or (path.parent / LEDGER_NAME).exists() or erasure_store.has_ledger_records():
            register.ledger_report = register.ledger.reconcile(more_ledger_lines)
            if register.ledger.pending():  # the erasure service (and its modules) only when there is work for it
                register.replayed = register.erasure.replay_pending()
        from .settings import PENDING_CHECKPOINT

        if register.settings.marked(PENDING_CHECKPOINT):  # an erasure's checkpoint a reader kept from finishing
            register.erasure.retry_checkpoint()
        register.removed = register.remove_leftovers()
        from .settings import RESTORE_PENDING

        if register.settings.marked(RESTORE_PENDING):  # a restore's copy in place, its audit entry not yet written
            from .backup import finish_restore

            finish_restore(register)
    except BaseException:
        register.close()
        raise
    return register


def before_closing(register: Register) -> None:
    """What closing does first, while the register is still open: an erasure's checkpoint left unfinished gets
    one more try, and the audit log's head is anchored (only when it moved: a read-only command writes nothing).
    Closing never fails; ``audit verify`` tells what is wrong with the log."""
    if register.db.is_closed():
        return
    import contextlib
    import logging

    with contextlib.suppress(Exception):
        if register.checkpoint_pending():
            register.erasure.retry_checkpoint()
    try:  # while another program writes, that program anchors the head at its own closing: not waited for here
        with database.unless_busy(register.db):
            register.audit.anchor()
    except Exception:
        logging.getLogger(__name__).warning("the audit log's head could not be anchored", exc_info=False)


def explain_failure(register, exc: BaseException) -> BaseException:
    """A failure of work in a worker thread, told in one sentence when the register was re-encrypted under
    the window (a rekey from the command line): the window's key no longer opens the file."""
    from ..domain.errors import UserError
    from ..domain.messages import Msg

    if isinstance(exc, UserError) and exc.template not in (Msg.REGISTER_DAMAGED, Msg.WRONG_KEY):
        return exc
    try:
        if register.key is not None and not database.key_opens(register.path, register.key):
            return UserError(Msg.REGISTER_CHANGED_ELSEWHERE)
    except Exception:  # the check itself failed: the original failure is the one to tell
        pass
    return exc


def about(register) -> dict[str, str]:
    """Versions and where things live, for the Help menu (no personal data)."""
    from .. import __version__
    from ..logsetup import log_dir
    from .ledger import LEDGER_NAME

    return {"ETSoft Desk": __version__, **database.versions(register.db), "register": str(register.path),
            "ledger": str(register.path.parent / LEDGER_NAME), "log": str(log_dir())}
