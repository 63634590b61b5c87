"""Referral approvals: request, approve with evidence, publish, withdraw, take down."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..domain import referral as rules
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.referral import NameShown, ReferralStatus
from ..domain.validation import check_free_text, required_text
from ..store import consent as consent_store
from ..store import customers as customers_store
from ..store import referrals as store
from .audit import Action, AuditLog
from .settings import Settings

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


class ReferralService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def request(self, customer_id: int, text: str, shown_as: NameShown, *, by: str | None = None) -> int:
        """The exact text the customer is asked to approve."""
        recorder = self._settings.recorder(by)
        try:
            body = required_text(text, "text")
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        with self._db.atomic():
            if not customers_store.exists(customer_id):
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            referral_id = store.add(customer_id, body, shown_as, self._clock().date(), recorder)
            self._audit.record(Action.REFERRAL, customer_id, f"{referral_id} requested")
        return referral_id

    def approve(self, referral_id: int, evidence: str, method: str, *, by: str | None = None) -> None:
        if not evidence.strip():
            raise UserError(Msg.REFERRAL_EVIDENCE_REQUIRED)
        try:
            evidence = check_free_text(evidence, "evidence")  # how it was approved, never a card number or BSN
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        today = self._clock().date()
        version = consent_store.current_statement(today)
        self._step(referral_id, ReferralStatus.APPROVED, by, evidence=evidence.strip(), approved_on=today,
                   approval_method=method, statement_version=version.id if version else None)

    def publish(self, referral_id: int, url: str, *, by: str | None = None) -> None:
        if not _URL.match(url.strip()):
            raise UserError(Msg.URL_INVALID, value=url.strip())
        self._step(referral_id, ReferralStatus.PUBLISHED, by, published_url=url.strip(),
                   published_on=self._clock().date())

    def withdraw(self, referral_id: int, method: str, *, by: str | None = None) -> None:
        """The customer withdraws; a published referral then waits on the to-do list to be taken down."""
        self._step(referral_id, ReferralStatus.WITHDRAWN, by, withdrawn_on=self._clock().date(),
                   withdrawn_method=method)

    def taken_down(self, referral_id: int, *, by: str | None = None) -> None:
        self._step(referral_id, ReferralStatus.TAKEN_DOWN, by, taken_down_on=self._clock().date())

    def _step(self, referral_id: int, status: ReferralStatus, by: str | None, **fields) -> None:
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            found = store.get(referral_id)
            if found is None:
                raise UserError(Msg.REFERRAL_NOT_FOUND, value=referral_id)
            customer_id, referral = found
            rules.check_transition(referral, status)
            store.update(referral_id, status, **fields)
            self._audit.record(Action.REFERRAL, customer_id, f"{referral_id} {status.value} by {recorder}")

    def for_customer(self, customer_id: int) -> list[rules.Referral]:
        return store.for_customer(customer_id)

    def all(self) -> list[tuple[int, rules.Referral]]:
        return store.all_with_customer()

    def needing_take_down(self) -> list[tuple[int, rules.Referral]]:
        return store.needing_take_down()

    def shown_name(self, customer_id: int, referral: rules.Referral) -> str:
        card = customers_store.load_card(customer_id)
        return rules.shown_name(referral.shown_as, card.first_name, card.infix, card.last_name, card.address.city)
