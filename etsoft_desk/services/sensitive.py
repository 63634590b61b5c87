"""Special-category data (GDPR Art. 9): e.g. accessibility needs the customer volunteers.

Hidden by default; every reveal is in the audit log; kept only with explicit consent recorded on the spot,
until its own date; withdrawing that consent deletes the note (there is no other ground to keep it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ..domain.dates import add_months
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.validation import required_text
from ..store import consent as consent_store
from ..store import customers as customers_store
from ..store import sensitive as store
from .audit import Action, AuditLog
from .settings import Settings

class SensitiveCategory(StrEnum):
    HEALTH = "health"  # e.g. accessibility needs, hearing or sight
    OTHER = "other"


@dataclass(frozen=True)
class SensitiveEntry:
    id: int
    category: SensitiveCategory
    text: str
    consent_method: str
    statement_version: int | None
    recorded_at: dt.datetime
    recorded_by: str
    retain_until: dt.date


class SensitiveService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def default_keep_until(self) -> dt.date:
        """A new note is kept this long unless the owner agrees another date (settings: retention)."""
        return add_months(self._clock().date(), self._settings.retention_months()["special"])

    def count(self, customer_id: int) -> int:
        """How many notes there are, without revealing them."""
        return store.count(customer_id)

    def add(self, customer_id: int, category: SensitiveCategory, text: str, *, explicit_consent: bool,
            consent_method: str, retain_until: dt.date | None = None, by: str | None = None) -> int:
        if not explicit_consent:
            raise UserError(Msg.SENSITIVE_NEEDS_CONSENT)
        recorder = self._settings.recorder(by)
        try:
            body = required_text(text, "text")
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        now = self._clock()
        until = retain_until or self.default_keep_until()
        if until <= now.date():
            raise UserError(Msg.RETENTION_IN_PAST)
        with self._db.atomic():
            if not customers_store.exists(customer_id):
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            version = consent_store.current_statement(now.date())
            note_id = store.add(customer_id, category=category.value, text=body, consent_method=consent_method,
                                statement_version=version.id if version else None, at=now, by=recorder,
                                retain_until=until)
            self._audit.record(Action.SENSITIVE, customer_id, f"add {note_id} by {recorder}")  # never the kind (health, ...)
        return note_id

    def reveal(self, customer_id: int, *, reason: str = "viewed") -> list[SensitiveEntry]:
        """The notes themselves; every call is in the audit log."""
        try:  # who saw them, for the access report (CJEU C-579/21); never a reason to refuse
            reason += f" by {self._settings.recorder()}"
        except UserError:
            pass
        with self._db.atomic():
            rows = store.for_customer(customer_id)
            self._audit.record(Action.SENSITIVE_REVEAL, customer_id, reason)
        return [SensitiveEntry(**{**row, "category": SensitiveCategory(row["category"])}) for row in rows]

    def withdraw_consent(self, customer_id: int, note_id: int, method: str, *, by: str | None = None) -> None:
        """The customer withdraws the explicit consent: the note is deleted."""
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            if not store.delete(customer_id, note_id):
                raise UserError(Msg.SENSITIVE_NOT_FOUND)
            self._audit.record(Action.SENSITIVE, customer_id, f"delete {note_id}: consent withdrawn {method} "
                                                              f"by {recorder}")
