"""The user actions on the register as a whole, each one operation that the window and the command line both
call: creating a register, what is done right after opening one, and restoring a backup. Each returns its
finished result and raises only UserError for what can be expected; the front ends only ask and tell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..secrets import KeyringUnavailable, KeyStore
from . import register as reg

KeyStoreFactory = Callable[[], KeyStore]


@dataclass
class Founded:
    """A register just made: its key's recovery text and where the key and its sheet are kept."""
    register: reg.Register
    recovery_key: str
    in_keyring: bool
    sheet: Path | None = None  # the recovery sheet, where it was written
    told: list[UserError] = field(default_factory=list)  # what the person must hear (no keyring, no sheet)


def found_register(path: Path, keystore: KeyStoreFactory | None, *, key: bytes | None = None, initials: str = "",
                   sheet: str | Path | None = None, overwrite: bool = False) -> Founded:
    """Make the register at ``path``, keep its key in the keyring (where there is one) and write its recovery
    sheet to ``sheet``. A sheet that cannot be written is told, not raised: the register exists by then, and
    its recovery key (in the result) must still be written down."""
    from . import outputs
    from .recovery import write_sheet

    if sheet:
        outputs.check(sheet, overwrite=overwrite)  # before the register exists
    new = reg.create(path, key)
    register = new.register
    try:
        if initials:
            with register.transaction():
                register.settings.staff_initials = initials
        founded = Founded(register, new.recovery_key, in_keyring=False)
        if keystore is not None:
            try:
                keystore().save(register.register_id, new.key)
                founded.in_keyring = True
            except KeyringUnavailable:
                pass
        if not founded.in_keyring:
            founded.told.append(UserError(Msg.KEY_KEPT_NOWHERE))
        if sheet:
            try:
                founded.sheet = outputs.write(sheet, lambda fh: write_sheet(
                    fh, recovery_key=new.recovery_key, register_id=register.register_id,
                    shop_name=register.settings.shop()["shop_name"],
                    created=register.clock().date(), in_keyring=founded.in_keyring), overwrite=overwrite)
            except UserError as exc:
                founded.told.append(exc)
    except BaseException:
        register.close()
        raise
    return founded


def after_opening(register: reg.Register) -> list[UserError]:
    """What is done at every start, once the register is open: the audit log's anchor checked, kept records
    whose keep-until date has passed destroyed; returned with what opening already found (the ledger's
    cross-check, leftover copies removed, erasures carried out again), one sentence each."""
    from ..store import database

    told: list[UserError] = []
    broken = register.audit.anchor_holds()  # cheap: the full check is "audit verify"
    if broken is not None:
        told.append(broken)
    with database.user_errors(register.path):  # a register busy with another program: REGISTER_LOCKED (retried)
        expired = register.retention.destroy_expired()
    if expired:
        told.append(UserError(Msg.KEPT_RECORDS_DESTROYED, count=expired))
    told += [*register.ledger_report, *register.removed]
    if register.replayed:
        told.append(UserError(Msg.ERASED_AGAIN_AT_START, count=register.replayed))
    return told


@dataclass
class Restored:
    register: reg.Register
    customers: int
    replayed: int
    set_aside: Path | None  # the previous register, kept until the restore is confirmed
    told: list[UserError]  # the ledger's cross-check and leftovers found, the key not kept
    removed: list[UserError] = field(default_factory=list)  # set-aside copies removed (``confirm``)


def restore_register(path: Path, backup: Path, key: bytes, keystore: KeyStoreFactory | None, *,
                     clock: Callable[[], dt.datetime] = reg.local_now, confirm: bool = False) -> Restored:
    """Put ``backup`` in the place of the (closed) register at ``path``, opened with ``key``; the key is kept in
    the keyring for the restored register. If the restore fails, the previous register is back in its place."""
    from .backup import restore
    from .register_open import open_with_key

    opened, result = restore(path, Path(backup), key, lambda p, k: open_with_key(p, k, clock), clock)
    register = cast(reg.Register, opened)
    told = list(result.report)
    kept = False
    if keystore is not None:
        from .unlock import remember_key

        kept = remember_key(keystore, register.register_id, key)
        if not kept:
            told.append(UserError(Msg.KEY_KEPT_NOWHERE))
    removed = register.remove_leftovers(confirmed=True) if confirm else []
    return Restored(register, result.customers, result.replayed,
                    result.set_aside if result.set_aside.exists() else None, told, removed)  # after ``confirm``
