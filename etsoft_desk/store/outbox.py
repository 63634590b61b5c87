"""The outbox table (migration 20): messages waiting for the mail server, and the record of those sent."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from .models import database_proxy

WAITING = "waiting"
SENT = "sent"
_COLUMNS = ("id, queued_at, document_id, kind, customer_id, request_id, address_kind, to_address, subject, body, "
            "attachment_name, attachment, protected, message_id, status, attempts, last_tried_at, last_error, "
            "last_error_params, sent_at, server_answer, after_sent")


@dataclass(frozen=True)
class Message:
    id: int
    queued_at: str
    document_id: str
    kind: str
    customer_id: int | None
    request_id: int | None
    address_kind: str
    to_address: str
    subject: str
    body: str
    attachment_name: str
    attachment: bytes | None
    protected: bool
    message_id: str
    status: str
    attempts: int
    last_tried_at: str | None
    last_error: str
    last_error_params: dict
    sent_at: str | None
    server_answer: str
    after_sent: dict


def _message(row) -> Message:
    values = list(row)
    values[11] = bytes(values[11]) if values[11] is not None else None
    values[12] = bool(values[12])
    values[18] = json.loads(values[18]) if values[18] else {}
    values[21] = json.loads(values[21]) if values[21] else {}
    return Message(*values)


def add(*, at: dt.datetime, by: str, document_id: str, kind: str, customer_id: int | None,
        request_id: int | None, address_kind: str, to_address: str, subject: str, body: str,
        attachment_name: str, attachment: bytes, protected: bool, message_id: str, after_sent: dict | None = None) -> int:
    cursor = database_proxy.obj.execute_sql(
        "INSERT INTO outbox (queued_at, queued_by, document_id, kind, customer_id, request_id, address_kind, "
        "to_address, subject, body, attachment_name, attachment, protected, message_id, after_sent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (at.isoformat(timespec="seconds"), by, document_id, kind, customer_id, request_id, address_kind,
         to_address, subject, body, attachment_name, attachment, int(protected), message_id,
         json.dumps(after_sent) if after_sent else ""))
    return int(cursor.lastrowid)


def get(message_id: int) -> Message | None:
    row = database_proxy.obj.execute_sql(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (message_id,)).fetchone()
    return _message(row) if row else None


def messages(status: str | None = None) -> list[Message]:
    where, params = ("WHERE status = ?", (status,)) if status else ("", ())
    return [_message(r) for r in database_proxy.obj.execute_sql(
        f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY id", params).fetchall()]


def waiting_count() -> int:
    return database_proxy.obj.execute_sql("SELECT count(*) FROM outbox WHERE status = ?", (WAITING,)).fetchone()[0]


def failed(message_id: int, at: dt.datetime, template: str, params: dict) -> None:
    database_proxy.obj.execute_sql(
        "UPDATE outbox SET attempts = attempts + 1, last_tried_at = ?, last_error = ?, last_error_params = ? "
        "WHERE id = ? AND status = ?",
        (at.isoformat(timespec="seconds"), template, json.dumps(params), message_id, WAITING))


def sent(message_id: int, at: dt.datetime, answer: str) -> None:
    """The server took it: keep the record, blank the content (secure_delete overwrites the freed space)."""
    database_proxy.obj.execute_sql(
        "UPDATE outbox SET status = ?, attempts = attempts + 1, last_tried_at = ?, sent_at = ?, "
        "server_answer = ?, last_error = '', last_error_params = '', to_address = '', subject = '', body = '', "
        "attachment_name = '', attachment = NULL WHERE id = ?",
        (SENT, at.isoformat(timespec="seconds"), at.isoformat(timespec="seconds"), answer, message_id))


def forget_customer(customer_id: int) -> None:
    """At erasure: the customer's messages still waiting go (a shred confirmation queued by the erasure itself
    has no customer id, only its request's answer address, kept until it is sent)."""
    database_proxy.obj.execute_sql("DELETE FROM outbox WHERE customer_id = ? AND status = ?", (customer_id, WAITING))
    database_proxy.obj.execute_sql(
        "UPDATE outbox SET customer_id = NULL WHERE customer_id = ?", (customer_id,))


def queued_by(message_id: int) -> str:
    row = database_proxy.obj.execute_sql("SELECT queued_by FROM outbox WHERE id = ?", (message_id,)).fetchone()
    return row[0] if row else ""
