"""The audit code of the releases before schema 11 (customer numbers, unkeyed SHA-256), to build the registers
those releases wrote: migrations are frozen SQL, and so is what the old code put in the audit table."""

from __future__ import annotations

import datetime as dt
import hashlib

from etsoft_desk.store.models import database_proxy

PSEUDONYMS_FROM = 11  # the schema version that replaced customer numbers in the audit log


def old_digest(prev: str, entry_id: int, at: str, action: str, customer_id, detail: str) -> str:
    text = "\x1f".join([prev, str(entry_id), at, action, "" if customer_id is None else str(customer_id), detail])
    return hashlib.sha256(text.encode()).hexdigest()


def old_record(self, action, customer_id=None, detail="") -> None:
    db = database_proxy.obj
    last_id, prev = db.execute_sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone() \
        or (0, "0" * 64)
    at = self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")
    digest = old_digest(prev, last_id + 1, at, action.value, customer_id, detail)
    db.execute_sql("INSERT INTO audit_entry (at, action, customer_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
                   (at, action.value, customer_id, detail, prev, digest))
    db.execute_sql("INSERT OR REPLACE INTO register_setting (key, value) VALUES ('audit_head', ?)",
                   (f"{last_id + 1}:{digest}",))


def use_old_audit(monkeypatch, version: int) -> None:
    if version < PSEUDONYMS_FROM:
        from etsoft_desk.services.audit import AuditLog

        monkeypatch.setattr(AuditLog, "record", old_record)
