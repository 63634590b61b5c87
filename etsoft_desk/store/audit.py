"""The audit log table: append and read back, nothing else.

Every recorded action passes here, so it uses plain SQL rather than building peewee queries each time.
"""

from __future__ import annotations

from collections.abc import Iterator

from .models import AuditEntry, database_proxy

HEAD_KEY = "audit_head"


def last() -> tuple[int, str] | None:
    """Id and hash of the newest entry."""
    return database_proxy.obj.execute_sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()


def append(*, at: str, action: str, customer_id: int | None, detail: str, prev_hash: str, hash_: str) -> int:
    db = database_proxy.obj
    cursor = db.execute_sql("INSERT INTO audit_entry (at, action, customer_id, detail, prev_hash, hash) "
                            "VALUES (?, ?, ?, ?, ?, ?)", (at, action, customer_id, detail, prev_hash, hash_))
    entry_id = cursor.lastrowid
    db.execute_sql("INSERT OR REPLACE INTO register_setting (key, value) VALUES (?, ?)",
                   (HEAD_KEY, f"{entry_id}:{hash_}"))
    return entry_id


def head() -> str | None:
    row = database_proxy.obj.execute_sql("SELECT value FROM register_setting WHERE key = ?", (HEAD_KEY,)).fetchone()
    return row[0] if row else None


def entries() -> Iterator[AuditEntry]:
    return AuditEntry.select().order_by(AuditEntry.id).iterator()


def for_customer(customer_id: int) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.customer_id == customer_id).order_by(AuditEntry.id))
