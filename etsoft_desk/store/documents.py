"""Documents that prove an irreversible act, kept inside the register to print again (table issued_document)."""

from __future__ import annotations

import datetime as dt

from .models import database_proxy


def keep(document_id: str, kind: str, created_at: dt.datetime, pdf: bytes) -> None:
    """Call inside the transaction of the act itself."""
    database_proxy.obj.execute_sql(
        "INSERT OR REPLACE INTO issued_document (document_id, kind, created_at, pdf) VALUES (?, ?, ?, ?)",
        (document_id, kind, created_at.isoformat(timespec="seconds"), pdf))


def pdf(document_id: str) -> bytes | None:
    row = database_proxy.obj.execute_sql("SELECT pdf FROM issued_document WHERE document_id = ?",
                                         (document_id,)).fetchone()
    return bytes(row[0]) if row else None


def listing() -> list[tuple[str, str, str]]:
    """(document id, kind, created at), oldest first."""
    return [tuple(r) for r in database_proxy.obj.execute_sql(
        "SELECT document_id, kind, created_at FROM issued_document ORDER BY created_at, document_id").fetchall()]
