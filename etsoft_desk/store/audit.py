"""The audit log table: append and read back, nothing else.

Entries name a customer by a random pseudonym (``audit_subject``); the link row goes with the customer
(ON DELETE CASCADE), so after an erasure nothing in the register joins their entries to them.
Every recorded action passes here, so it uses plain SQL rather than building peewee queries each time.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator

import peewee

from ..domain.errors import UserError
from ..domain.messages import Msg
from .models import AuditEntry, database_proxy

HEAD_KEY = "audit_head"
KEY_KEY = "audit_key"
CHAIN_KEY = "audit_chain"


def exists() -> bool:
    return database_proxy.obj.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_entry'").fetchone()[0] == 1


@contextlib.contextmanager
def _table_missing_told():
    try:
        yield
    except peewee.OperationalError as exc:
        if "no such table" in str(exc) or "no such column" in str(exc):
            raise UserError(Msg.AUDIT_MISSING) from None
        raise


def last() -> tuple[int, str] | None:
    """Id and hash of the newest entry."""
    with _table_missing_told():
        return database_proxy.obj.execute_sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()


def entry_hash(entry_id: int) -> str | None:
    row = database_proxy.obj.execute_sql("SELECT hash FROM audit_entry WHERE id = ?", (entry_id,)).fetchone()
    return row[0] if row else None


def pseudonym(customer_id: int) -> str | None:
    row = database_proxy.obj.execute_sql("SELECT pseudonym FROM audit_subject WHERE customer_id = ?",
                                         (customer_id,)).fetchone()
    return row[0] if row else None


def subject_for(customer_id: int) -> str:
    """The customer's pseudonym, made on first use. For a customer number not (or no longer) in the register,
    a fresh random one linked to nobody."""
    found = pseudonym(customer_id)
    if found:
        return found
    new = secrets.token_hex(16)
    database_proxy.obj.execute_sql("INSERT INTO audit_subject (customer_id, pseudonym) SELECT ?, ? "
                                   "WHERE EXISTS (SELECT 1 FROM customer WHERE id = ?)",
                                   (customer_id, new, customer_id))
    return new


def append(*, at: str, action: str, subject: str | None, detail: str, prev_hash: str, hash_: str) -> int:
    db = database_proxy.obj
    cursor = db.execute_sql("INSERT INTO audit_entry (at, action, subject, detail, prev_hash, hash) "
                            "VALUES (?, ?, ?, ?, ?, ?)", (at, action, subject, detail, prev_hash, hash_))
    entry_id = cursor.lastrowid
    db.execute_sql("INSERT OR REPLACE INTO register_setting (key, value) VALUES (?, ?)",
                   (HEAD_KEY, f"{entry_id}:{hash_}"))
    return entry_id


def _setting(key: str) -> str | None:
    row = database_proxy.obj.execute_sql("SELECT value FROM register_setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def head() -> str | None:
    return _setting(HEAD_KEY)


def chain_key() -> bytes:
    value = _setting(KEY_KEY)
    return bytes.fromhex(value) if value else b""


def chain_id() -> str | None:
    return _setting(CHAIN_KEY)


def entries() -> Iterator[AuditEntry]:
    return AuditEntry.select().order_by(AuditEntry.id).iterator()


def for_customer(customer_id: int) -> list[AuditEntry]:
    """The customer's own entries, while the customer (and so the link to their pseudonym) exists."""
    name = pseudonym(customer_id)
    if name is None:
        return []
    return list(AuditEntry.select().where(AuditEntry.subject == name).order_by(AuditEntry.id))
