"""The recipients register, the customer's approvals to share, the "stop sharing" objection and the
log of every disclosure (which names the recipients in the access report and whom erasure must notify)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..domain import sharing as rules
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.validation import check_free_text, normalise_country, required_text
from ..store import consent as consent_store
from ..store import customers as customers_store
from ..store import sharing as store
from ..store.models import database_proxy
from . import rights
from .audit import Action, AuditLog
from .settings import Settings


class SharingService:
    def __init__(self, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime],
                 ledger: Callable[[], object] = lambda: None) -> None:
        self._audit = audit
        self._settings = settings
        self._clock = clock
        self._ledger = ledger  # the erasure ledger (or None): an approval copied from someone erased allows nothing

    # the recipients register
    def add_recipient(self, name: str, role: rules.RecipientRole, *, processor_agreement: bool = False,
                      country: str = "NL", contact: str = "") -> int:
        try:
            name = required_text(name, "name")
            country = normalise_country(country)
            contact = check_free_text(contact, "contact")
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        with database_proxy.atomic():
            recipient_id = store.add_recipient(name, role, processor_agreement, country, contact)
            self._audit.record(Action.RECIPIENT, None, f"add {recipient_id}")
        return recipient_id

    def set_recipient(self, recipient_id: int, *, processor_agreement: bool | None = None,
                      active: bool | None = None) -> None:
        fields = {k: v for k, v in (("processor_agreement", processor_agreement), ("active", active)) if v is not None}
        with database_proxy.atomic():
            self._recipient(recipient_id)
            store.update_recipient(recipient_id, **fields)
            self._audit.record(Action.RECIPIENT, None, f"change {recipient_id}: {','.join(fields)}")

    def recipients(self, active_only: bool = False) -> list[rules.Recipient]:
        return store.recipients(active_only)

    def _recipient(self, recipient_id: int) -> rules.Recipient:
        found = store.recipient(recipient_id)
        if found is None:
            raise UserError(Msg.RECIPIENT_NOT_FOUND, value=recipient_id)
        return found

    # per customer
    def approve(self, customer_id: int, recipient_id: int, *, data: str, purpose: str, method: str,
                by: str | None = None) -> int:
        recorder = self._settings.recorder(by)
        errors = []
        for field, value in (("data", data), ("purpose", purpose)):
            try:
                required_text(value, field)
            except FieldError as exc:
                errors.append(exc)
        if errors:
            raise ValidationFailed(errors)
        today = self._clock().date()
        with database_proxy.atomic():
            self._customer(customer_id)
            self._recipient(recipient_id)
            rights.check(customer_id, rights.Use.SHARING_APPROVAL)
            since = store.objection_since(customer_id)
            if since is not None:
                raise UserError(Msg.OBJECTION_BLOCKS_APPROVAL, since=f"{since:%d-%m-%Y}")
            version = consent_store.current_statement(today)
            approval_id = store.add_approval(customer_id, recipient_id, data=data.strip(), purpose=purpose.strip(),
                                             given_on=today, method=method,
                                             statement_version=version.id if version else None, by=recorder)
            self._audit.record(Action.SHARING_APPROVAL, customer_id, f"approve {approval_id} recipient {recipient_id}")
        return approval_id

    def withdraw_approval(self, customer_id: int, approval_id: int, method: str, *, by: str | None = None) -> None:
        recorder = self._settings.recorder(by)
        with database_proxy.atomic():
            if not store.withdraw_approval(customer_id, approval_id, self._clock().date(), method):
                raise UserError(Msg.APPROVAL_NOT_FOUND, value=approval_id)
            self._audit.record(Action.SHARING_APPROVAL, customer_id, f"withdraw {approval_id} by {recorder}")

    def object(self, customer_id: int, method: str, *, by: str | None = None) -> None:
        """The customer asks us to stop sharing with partners and service providers."""
        recorder = self._settings.recorder(by)
        with database_proxy.atomic():
            self._customer(customer_id)
            store.set_objection(customer_id, self._clock().date(), method, recorder)
            self._audit.record(Action.SHARING_OBJECTION, customer_id, f"object {method}")

    def lift_objection(self, customer_id: int, method: str, *, by: str | None = None) -> None:
        recorder = self._settings.recorder(by)
        with database_proxy.atomic():
            if store.lift_objection(customer_id):
                self._audit.record(Action.SHARING_OBJECTION, customer_id, f"lift {method} by {recorder}")

    def objection_since(self, customer_id: int) -> dt.date | None:
        return store.objection_since(customer_id)

    def disclose(self, customer_id: int, recipient_id: int, what: str, *, by: str | None = None,
                 legal_claim: bool = False) -> rules.Disclosure:
        """Log that ``what`` went to the recipient; refused where no ground allows it, or where a restriction
        forbids it (``legal_claim``: needed for a legal claim, which a restriction allows)."""
        recorder = self._settings.recorder(by)
        try:
            what = required_text(what, "what")
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        now = self._clock()
        with database_proxy.atomic():
            self._customer(customer_id)
            recipient = self._recipient(recipient_id)
            rights.check(customer_id, rights.Use.DISCLOSURE, legal_claim=legal_claim)
            approval = store.active_approval(customer_id, recipient_id)
            ground = rules.ground_for(recipient, approval, store.objection_since(customer_id))
            approval_id = approval.id if ground == rules.Ground.APPROVAL else None
            if approval_id is not None:  # not on an approval older than this person's erasure (suppression.py)
                from ..store import rights as rights_store
                from .suppression import refuse_copied_approval

                refuse_copied_approval(self._ledger(), rights_store.identity(customer_id), approval.given_on,
                                       recipient.name)
            disclosure_id = store.add_disclosure(customer_id, recipient_id, what, now, ground, approval_id, recorder)
            self._audit.record(Action.DISCLOSURE, customer_id, f"{disclosure_id} to recipient {recipient_id}")
        return rules.Disclosure(id=disclosure_id, recipient_id=recipient_id, what=what, disclosed_at=now, ground=ground,
                                approval_id=approval_id, recorded_by=recorder)

    def approvals(self, customer_id: int) -> list[rules.Approval]:
        return store.approvals(customer_id)

    def disclosures(self, customer_id: int) -> list[rules.Disclosure]:
        return store.disclosures(customer_id)

    def _customer(self, customer_id: int) -> None:
        if not customers_store.exists(customer_id):
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
