"""Finding the register's key: ETSOFT_DESK_KEY, then the keyring, then asking the person.

``ask`` is given the sentence to show (why a key is needed) and returns what the person typed,
or None when they gave up. The window asks with a dialog, the terminal with a prompt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.recovery_key import parse_key
from ..secrets import KeyringUnavailable, KeyStore
from ..store import database
from . import register as reg

KEY_ENV = "ETSOFT_DESK_KEY"
MAX_TRIES = 3

Ask = Callable[[UserError], "str | None"]


@dataclass
class Unlocked:
    register: reg.Register
    source: str  # "environment", "keyring" or "typed"
    keyring_note: UserError | None = None  # said when the keyring could not be used


def open_keystore(factory: Callable[[], KeyStore]) -> tuple[KeyStore | None, UserError | None]:
    try:
        return factory(), None
    except KeyringUnavailable:
        return None, UserError(Msg.KEYRING_UNAVAILABLE)


def unlock(path: Path, *, keystore: Callable[[], KeyStore], ask: Ask | None,
           env: Mapping[str, str] = os.environ, clock: reg.Clock = reg.local_now, opener=None) -> Unlocked:
    """``opener``: how the register is opened once a key is found (default: ``open_with_key``, which also
    reconciles the ledger and removes leftovers; ``check`` opens it plainly, to look before anything is read)."""
    opener = opener or reg.open_with_key
    if not path.exists():
        raise UserError(Msg.REGISTER_MISSING, path=str(path))
    if env.get(KEY_ENV):
        return Unlocked(opener(path, parse_key(env[KEY_ENV]), clock), "environment")

    store, note = open_keystore(keystore)
    reason, unknown = note, False
    rid = database.register_id(path)
    if store is not None:
        try:
            key = store.load(rid)
        except KeyringUnavailable:
            store, note, key = None, UserError(Msg.KEYRING_UNAVAILABLE), None
            reason = note
        if key is not None:
            try:
                return Unlocked(opener(path, key, clock), "keyring")
            except UserError as exc:
                if exc.template != Msg.WRONG_KEY:
                    raise
                reason = UserError(Msg.KEY_NOT_IN_KEYRING)
                # A key rotation that was interrupted after the register changed: its new key is pending.
                from .rekey import finish_pending, settle

                pending = finish_pending(store, rid)
                if pending is not None:
                    try:
                        register = opener(path, pending, clock)
                    except UserError as again:
                        if again.template != Msg.WRONG_KEY:
                            raise
                    else:
                        settle(store, rid, pending)
                        return Unlocked(register, "keyring")
        else:  # never kept here, or the file's first bytes (its id, the key's salt) are damaged
            reason = reason or UserError(Msg.KEY_NOT_IN_KEYRING)
            unknown = True

    if ask is None:
        raise UserError(Msg.KEY_NEEDED)
    for attempt in range(MAX_TRIES):
        typed = ask(reason)
        if typed is None:
            raise UserError(Msg.KEY_NEEDED)
        try:
            key = parse_key(typed)
            register = opener(path, key, clock)
        except UserError as exc:
            if exc.template == Msg.WRONG_KEY and unknown and attempt == MAX_TRIES - 1:
                raise UserError(Msg.WRONG_KEY_OR_DAMAGED) from None  # damage and a wrong key look the same here
            if exc.template not in (Msg.WRONG_KEY, Msg.KEY_MALFORMED, Msg.KEY_TYPO) or attempt == MAX_TRIES - 1:
                raise
            reason = exc
            continue
        if store is not None:
            # The key opened the register: keep it where the next start finds it.
            try:
                store.save(rid, key)
            except KeyringUnavailable:
                note = UserError(Msg.KEY_KEPT_NOWHERE)
        return Unlocked(register, "typed", note)
    raise AssertionError("unreachable")


def remember_key(keystore: Callable[[], KeyStore], register_id: str, key: bytes) -> bool:
    """Keep ``key`` in the keyring for the register ``register_id``; False where there is no keyring."""
    try:
        keystore().save(register_id, key)
    except KeyringUnavailable:
        return False
    return True
