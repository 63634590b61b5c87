"""The Art. 19 notices (table art19_notice): one per recipient and act, and what became of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .convert import as_date
from .models import database_proxy

STATES = ("waiting", "sent", "impossible", "disproportionate")
COLUMNS = ("id, document_id, cause, reference, recipient_id, recipient_name, customer_id, state, made_at, made_by, "
           "sent_on, how, reason")


@dataclass
class NoticeRecord:
    id: int
    document_id: str
    cause: str  # erasure, correction, restriction
    reference: str  # the act: an erasure id, correction ids, a restriction id
    recipient_id: int | None
    recipient_name: str
    customer_id: int | None
    state: str
    made_at: dt.datetime
    made_by: str
    sent_on: dt.date | None
    how: str  # post or email (sent)
    reason: str  # why it was impossible or disproportionate


def _db():
    return database_proxy.obj


def _record(row) -> NoticeRecord:
    return NoticeRecord(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                        dt.datetime.fromisoformat(row[8]), row[9], as_date(row[10]) if row[10] else None, row[11],
                        row[12])


def add(document_id: str, cause: str, reference: str, recipient_id: int | None, recipient_name: str,
        customer_id: int | None, made_at: dt.datetime, made_by: str) -> int:
    cursor = _db().execute_sql(
        "INSERT INTO art19_notice (document_id, cause, reference, recipient_id, recipient_name, customer_id, "
        "made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (document_id, cause, reference, recipient_id, recipient_name, customer_id,
         made_at.isoformat(timespec="seconds"), made_by))
    return cursor.lastrowid


def get(notice_id: int) -> NoticeRecord | None:
    row = _db().execute_sql(f"SELECT {COLUMNS} FROM art19_notice WHERE id = ?", (notice_id,)).fetchone()
    return _record(row) if row else None


def listing(*, reference: str | None = None, customer_id: int | None = None) -> list[NoticeRecord]:
    where, params = "", ()  # type: tuple[str, tuple]
    if reference is not None:
        where, params = "WHERE reference = ?", (reference,)
    elif customer_id is not None:
        where, params = "WHERE customer_id = ?", (customer_id,)
    return [_record(r) for r in _db().execute_sql(f"SELECT {COLUMNS} FROM art19_notice {where} ORDER BY id",
                                                  params).fetchall()]


def waiting_count() -> int:
    return _db().execute_sql("SELECT count(*) FROM art19_notice WHERE state = 'waiting'").fetchone()[0]


def settle(notice_id: int, state: str, *, sent_on: dt.date | None, how: str, reason: str, at: dt.datetime,
           by: str) -> None:
    _db().execute_sql("UPDATE art19_notice SET state = ?, sent_on = ?, how = ?, reason = ?, changed_at = ?, "
                      "changed_by = ? WHERE id = ?",
                      (state, sent_on.isoformat() if sent_on else None, how, reason,
                       at.isoformat(timespec="seconds"), by, notice_id))


def forget_customer(customer_id: int) -> list[str]:
    """At the customer's erasure: their correction and restriction notices still waiting are dropped (the erasure's
    own notices tell the same recipients), the others no longer point to them. Returns the dropped documents."""
    dropped = [r[0] for r in _db().execute_sql(
        "SELECT document_id FROM art19_notice WHERE customer_id = ? AND state = 'waiting'", (customer_id,))]
    _db().execute_sql("DELETE FROM art19_notice WHERE customer_id = ? AND state = 'waiting'", (customer_id,))
    _db().execute_sql("UPDATE art19_notice SET customer_id = NULL WHERE customer_id = ?", (customer_id,))
    return dropped
