"""Every issued document that goes to a person, kept inside the register to print again (table issued_document).

``customer_id`` says whom a document is about; ``personal`` that it holds their personal data (a letter, a
consent receipt, a notice): those are destroyed with the customer at an erasure. A confirmation of an
irreversible act (shred, retention run, destruction) names nobody and stays.
"""

from __future__ import annotations

import datetime as dt

from .models import database_proxy


def _db():
    return database_proxy.obj


def keep(document_id: str, kind: str, created_at: dt.datetime, pdf: bytes, *, customer_id: int | None = None,
         personal: bool = False) -> None:
    """Call inside the transaction of the act itself."""
    _db().execute_sql(
        "INSERT OR REPLACE INTO issued_document (document_id, kind, created_at, pdf, customer_id, personal) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (document_id, kind, created_at.isoformat(timespec="seconds"), pdf, customer_id, int(personal)))


def replace(document_id: str, pdf: bytes, *, personal: bool) -> None:
    """The kept copy replaced (a notice's copy without the person, once it has gone out)."""
    _db().execute_sql("UPDATE issued_document SET pdf = ?, personal = ? WHERE document_id = ?",
                      (pdf, int(personal), document_id))


def pdf(document_id: str) -> bytes | None:
    row = _db().execute_sql("SELECT pdf FROM issued_document WHERE document_id = ?", (document_id,)).fetchone()
    return bytes(row[0]) if row else None


def listing(customer_id: int | None = None) -> list[tuple[str, str, str]]:
    """(document id, kind, created at), oldest first (in the order kept); only the customer's where one is given."""
    where, params = ("WHERE customer_id = ?", (customer_id,)) if customer_id is not None else ("", ())
    return [tuple(r) for r in _db().execute_sql(
        f"SELECT document_id, kind, created_at FROM issued_document {where} ORDER BY created_at, rowid",
        params).fetchall()]


def personal_count(customer_id: int) -> int:
    """How many kept documents hold the customer's data (they go with the customer at an erasure)."""
    return _db().execute_sql("SELECT count(*) FROM issued_document WHERE customer_id = ? AND personal = 1",
                             (customer_id,)).fetchone()[0]


def forget_customer(customer_id: int) -> int:
    """At an erasure: the customer's documents that hold their data are deleted (secure_delete overwrites them;
    the erasure checkpoints the WAL), the others no longer point to them. Returns how many were deleted."""
    deleted = _db().execute_sql("DELETE FROM issued_document WHERE customer_id = ? AND personal = 1",
                                (customer_id,)).rowcount
    _db().execute_sql("UPDATE issued_document SET customer_id = NULL WHERE customer_id = ?", (customer_id,))
    return deleted
