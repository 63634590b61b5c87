"""The audit log: what was done to which customer and when, never the personal values.

Each entry carries the hash of the one before it, and the register keeps the hash of the last
one, so a changed, inserted or removed entry breaks the chain and ``verify`` names the place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import audit as store

GENESIS = "0" * 64


class Action(StrEnum):
    CREATE = "customer.create"
    UPDATE = "customer.update"
    VIEW = "customer.view"
    IMPORT = "customer.import"
    VISIT_ADD = "visit.add"
    JOB_ADD = "service_job.add"
    JOB_STATUS = "service_job.status"
    INVOICE_ADD = "invoice.add"
    REPORT = "report.issue"
    EXPORT = "export"
    ERASE = "customer.erase"
    REGISTER_CREATE = "register.create"
    CONSENT = "consent.record"
    STATEMENT_LOAD = "statement.load"
    TODO_DONE = "todo.done"
    RECIPIENT = "recipient"
    SHARING_APPROVAL = "sharing.approval"
    SHARING_OBJECTION = "sharing.objection"
    DISCLOSURE = "disclosure"
    REFERRAL = "referral"
    SENSITIVE = "sensitive"
    SENSITIVE_REVEAL = "sensitive.reveal"
    REQUEST = "request"
    BACKUP = "register.backup"
    RESTORE = "register.restore"
    REKEY = "register.rekey"
    # issue 11 "Rights that act"
    RESTRICTION = "rights.restriction"
    OBJECTION = "rights.objection"
    MARKETING_EXPORT = "marketing.export"


def _digest(prev_hash: str, entry_id: int, at: str, action: str, customer_id: int | None, detail: str) -> str:
    text = "\x1f".join([prev_hash, str(entry_id), at, action, "" if customer_id is None else str(customer_id), detail])
    import hashlib  # here, not at start-up: it loads OpenSSL

    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class VerifyResult:
    entries: int


class AuditLog:
    def __init__(self, clock: Callable[[], dt.datetime]) -> None:
        self._clock = clock

    def record(self, action: Action, customer_id: int | None = None, detail: str = "") -> None:
        """Append one entry; call inside the transaction of the change it records."""
        previous_id, prev_hash = store.last() or (0, GENESIS)
        entry_id = previous_id + 1
        at = self._clock().astimezone(dt.timezone.utc).isoformat(timespec="seconds")
        digest = _digest(prev_hash, entry_id, at, action.value, customer_id, detail)
        stored_id = store.append(at=at, action=action.value, customer_id=customer_id, detail=detail,
                                 prev_hash=prev_hash, hash_=digest)
        if stored_id != entry_id:  # AUTOINCREMENT never reuses ids: a gap means entries were removed
            raise UserError(Msg.AUDIT_BROKEN, detail=f"entry {entry_id} is missing")

    def verify(self) -> VerifyResult:
        expected_prev, expected_id, count = GENESIS, 1, 0
        for entry in store.entries():
            if entry.id != expected_id:
                raise UserError(Msg.AUDIT_BROKEN, detail=f"entry {expected_id} is missing")
            if entry.prev_hash != expected_prev:
                raise UserError(Msg.AUDIT_BROKEN, detail=f"entry {entry.id} does not follow entry {entry.id - 1}")
            if _digest(entry.prev_hash, entry.id, entry.at, entry.action, entry.customer_id, entry.detail) != entry.hash:
                raise UserError(Msg.AUDIT_BROKEN, detail=f"entry {entry.id} was changed")
            expected_prev, expected_id, count = entry.hash, entry.id + 1, count + 1
        head = store.head()
        if count and head != f"{expected_id - 1}:{expected_prev}":
            raise UserError(Msg.AUDIT_BROKEN, detail=f"entries after {expected_id - 1} were removed")
        if not count and head:
            raise UserError(Msg.AUDIT_BROKEN, detail="all entries were removed")
        return VerifyResult(entries=count)
