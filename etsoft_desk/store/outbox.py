"""The outbox table (migration 20): messages waiting for the mail server, and the record of those sent."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from .models import database_proxy

WAITING = "waiting"
SENDING = "sending"  # claimed by one process while it hands the message to the server
SENT = "sent"
DROPPED = "dropped"  # taken out by the owner (the server refused it for good): content blanked, record kept
_COLUMNS = ("id, queued_at, document_id, kind, customer_id, request_id, address_kind, to_address, subject, body, "
            "attachment_name, attachment, protected, message_id, status, attempts, last_tried_at, last_error, "
            "last_error_params, sent_at, server_answer, after_sent, claimed_by, claimed_at")


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
    claimed_by: str = ""
    claimed_at: str | None = None


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


def messages(*statuses: str) -> list[Message]:
    where = f"WHERE status IN ({', '.join('?' * len(statuses))})" if statuses else ""
    params = statuses
    return [_message(r) for r in database_proxy.obj.execute_sql(
        f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY id", params).fetchall()]


def waiting_count() -> int:
    return database_proxy.obj.execute_sql("SELECT count(*) FROM outbox WHERE status IN (?, ?)",
                                          (WAITING, SENDING)).fetchone()[0]


def claim_of(message_id: int) -> tuple[str, str, str | None] | None:
    """(status, claimed by, claimed at) of a message."""
    row = database_proxy.obj.execute_sql("SELECT status, claimed_by, claimed_at FROM outbox WHERE id = ?",
                                         (message_id,)).fetchone()
    return (row[0], row[1], row[2]) if row else None


def claim(message_id: int, by: str, at: dt.datetime, seen: tuple[str, str, str | None]) -> bool:
    """Take the message for sending if it is still as ``seen`` (compare and swap): True for one caller only."""
    cursor = database_proxy.obj.execute_sql(
        "UPDATE outbox SET status = ?, claimed_by = ?, claimed_at = ? "
        "WHERE id = ? AND status = ? AND claimed_by = ? AND claimed_at IS ?",
        (SENDING, by, at.isoformat(timespec="seconds"), message_id, *seen))
    return cursor.rowcount == 1


def failed(message_id: int, at: dt.datetime, template: str, params: dict) -> None:
    database_proxy.obj.execute_sql(
        "UPDATE outbox SET status = ?, claimed_by = '', claimed_at = NULL, attempts = attempts + 1, last_tried_at = ?, "
        "last_error = ?, last_error_params = ? WHERE id = ? AND status = ?",
        (WAITING, at.isoformat(timespec="seconds"), template, json.dumps(params), message_id, SENDING))


def sent(message_id: int, at: dt.datetime, answer: str) -> None:
    """The server took it: keep the record, blank the content (secure_delete overwrites the freed space)."""
    database_proxy.obj.execute_sql(
        "UPDATE outbox SET status = ?, claimed_by = '', claimed_at = NULL, attempts = attempts + 1, last_tried_at = ?, "
        "sent_at = ?, server_answer = ?, last_error = '', last_error_params = '', to_address = '', subject = '', "
        "body = '', attachment_name = '', attachment = NULL WHERE id = ? AND status = ?",
        (SENT, at.isoformat(timespec="seconds"), at.isoformat(timespec="seconds"), answer, message_id, SENDING))


def drop(message_id: int, at: dt.datetime) -> bool:
    """The owner takes a waiting message out: its content blanked like a sent one's; True when it was waiting."""
    cursor = database_proxy.obj.execute_sql(
        "UPDATE outbox SET status = ?, last_tried_at = ?, to_address = '', subject = '', body = '', "
        "attachment_name = '', attachment = NULL WHERE id = ? AND status = ?",
        (DROPPED, at.isoformat(timespec="seconds"), message_id, WAITING))
    return cursor.rowcount == 1


def forget_customer(customer_id: int) -> None:
    """At erasure: the customer's messages still waiting go (a shred confirmation queued by the erasure itself
    has no customer id, only its request's answer address, kept until it is sent)."""
    database_proxy.obj.execute_sql("DELETE FROM outbox WHERE customer_id = ? AND status IN (?, ?)",
                                   (customer_id, WAITING, SENDING))
    database_proxy.obj.execute_sql(
        "UPDATE outbox SET customer_id = NULL WHERE customer_id = ?", (customer_id,))


def queued_by(message_id: int) -> str:
    row = database_proxy.obj.execute_sql("SELECT queued_by FROM outbox WHERE id = ?", (message_id,)).fetchone()
    return row[0] if row else ""
