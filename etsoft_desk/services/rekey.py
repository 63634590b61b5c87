"""Key rotation: a new key, the register re-encrypted, the keyring updated, a new recovery sheet.

The order keeps an interruption harmless: the new sheet is written first (where the owner asks) and the new key
is put in the keyring under a "pending" name before the register changes; the re-encryption is one
transaction, so the register opens with the old key or the new one. Unlocking tries the pending key when the
kept one no longer opens the register, and finishes the swap.
"""

from __future__ import annotations

import logging

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.recovery_key import format_recovery_key
from ..secrets import KeyringUnavailable, KeyStore
from .audit import Action

PENDING = ":pending"


@dataclass
class RekeyResult:
    recovery_key: str
    in_keyring: bool
    sheet: Path | None


def refuse_while_set_aside(register) -> None:
    """A register set aside by a restore must be confirmed away first: the new key would not open it, and the next
    sweep would remove it while the owner still holds the old key that does (the way back of the restore)."""
    path = Path(register.path)
    set_aside = sorted(p for p in path.parent.glob(path.name + ".set-aside-*")
                       if p.is_file() and not p.name.endswith(("-wal", "-shm", "-journal")))
    if set_aside:
        raise UserError(Msg.REKEY_SET_ASIDE, name=set_aside[0].name)


def refuse_while_open_elsewhere(register) -> None:
    """Before a new key's sheet is printed: refused (one sentence) while another window or command has the
    register open, as the rekey itself would be."""
    with register.exclusively():
        pass


def rekey(register, keystore: Callable[[], KeyStore] | None, *, sheet: Path | None = None, shop_name: str = "",
          new_key: bytes | None = None, sheet_confirmed: bool = False, overwrite: bool = False) -> RekeyResult:
    """Re-encrypt the register with a new key, made durable first: the new sheet written (atomically) where
    the owner asks, or confirmed printed or saved in the window (``sheet_confirmed``), and/or the key saved in
    the keyring as the pending entry and read back. With neither, nothing changes: a sentence says how."""
    from .register import new_key as make_key

    refuse_while_set_aside(register)
    with register.exclusively():  # refused, nothing changed, while another window or command has it open
        return _rekey(register, keystore, make_key, sheet=sheet, shop_name=shop_name, new_key=new_key,
                      sheet_confirmed=sheet_confirmed, overwrite=overwrite)


def _rekey(register, keystore: Callable[[], KeyStore] | None, make_key, *, sheet: Path | None, shop_name: str,
           new_key: bytes | None, sheet_confirmed: bool, overwrite: bool) -> RekeyResult:
    from . import outputs

    key = new_key or make_key()
    recovery = format_recovery_key(key)
    rid = register.register_id
    if sheet is not None:
        outputs.check(sheet, overwrite=overwrite)
    store, unreadable = None, False
    if keystore is not None:  # None: no keyring on purpose (the demo register)
        try:
            store = keystore()
            store.save(rid + PENDING, key)
            if store.load(rid + PENDING) != key:  # a keyring that does not give it back holds nothing
                store, unreadable = None, True
        except KeyringUnavailable:
            store = None
    if store is None and sheet is None and not sheet_confirmed:
        raise UserError(Msg.REKEY_KEYRING_UNREADABLE if unreadable else Msg.REKEY_NO_SAFE_PLACE)
    if sheet is not None:  # the sheet exists, synced, before the key changes
        outputs.write(sheet, sheet_for(register, key, shop_name, in_keyring=store is not None),
                      overwrite=overwrite)
    held = "recovery sheet printed" if sheet or sheet_confirmed else "key in the keyring"
    with register.transaction():  # in the log before the swap: an interruption after it is still on record
        register.audit.record(Action.REKEY, None, f"re-encryption with a new key begins ({held})")
    _rekey_or_undo(register, key, store, rid, Path(sheet) if sheet is not None else None)
    logging.getLogger(__name__).info("register re-encrypted with a new key")
    with register.transaction():
        register.audit.record(Action.REKEY, None, f"register re-encrypted with a new key ({held})")
    in_keyring = False
    if store is not None:
        try:
            store.save(rid, key)
            store.delete(rid + PENDING)
            in_keyring = True
        except KeyringUnavailable:
            pass
    return RekeyResult(recovery, in_keyring, Path(sheet) if sheet else None)


def _rekey_or_undo(register, key: bytes, store: KeyStore | None, rid: str, sheet: Path | None) -> None:
    """The re-encryption; if it fails and the old key still opens the register (a full disk, say), nothing
    changed: the pending key and the new sheet (for a key never used) go, and one sentence says so."""
    import contextlib
    import errno

    from ..store import database

    old = register.key
    try:
        register.rekey(key)
    except Exception as exc:  # a process killed here runs nothing more: the pending key finishes the swap
        try:
            unchanged = old is not None and database.key_opens(register.path, old)
        except Exception:
            unchanged = False
        if not unchanged:
            raise
        if store is not None:
            with contextlib.suppress(Exception):
                store.delete(rid + PENDING)
        if sheet is not None:
            sheet.unlink(missing_ok=True)
        full = (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "full" in str(exc).lower()
        raise UserError(Msg.REKEY_NOT_DONE_DISK_FULL if full else Msg.REKEY_NOT_DONE) from None


def finish_pending(store: KeyStore, rid: str) -> bytes | None:
    """The pending key of an interrupted rekey, if there is one (the caller checks that it opens)."""
    return store.load(rid + PENDING)


def settle(store: KeyStore, rid: str, key: bytes) -> None:
    store.save(rid, key)
    store.delete(rid + PENDING)



def sheet_for(register, key: bytes, shop_name: str | None = None, *, in_keyring: bool) -> bytes:
    """The recovery sheet of a key that is about to replace the register's (print it before the swap)."""
    import io

    from ..reports.recovery_sheet import write_recovery_sheet

    buffer = io.BytesIO()
    write_recovery_sheet(buffer, recovery_key=format_recovery_key(key), register_id=register.register_id,
                         shop_name=shop_name or register.settings.shop()["shop_name"],
                         created=register.clock().date(), in_keyring=in_keyring)
    return buffer.getvalue()
