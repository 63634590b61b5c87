"""The recipients register, the customer's approvals to share, the "stop sharing" objection and the
log of every disclosure (which names the recipients in the access report and whom erasure must notify)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..domain import sharing as rules
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.validation import check_free_text, normalise_country, normalise_email, required_text
from ..store import consent as consent_store
from ..store import customers as customers_store
from ..store import sharing as store
from . import rights
from .audit import Action, AuditLog
from .settings import Settings

_SAME = object()  # set_recipient: leave the transfer ground as it is


def recipient_by_number(recipient_id: int) -> rules.Recipient:
    found = store.recipient(recipient_id)
    if found is None:
        raise UserError(Msg.RECIPIENT_NOT_FOUND, value=recipient_id)
    return found


def find_recipient(text: str | int) -> rules.Recipient:
    """The recipient called ``text`` (any capitals), or numbered so; else the sentence that there is none."""
    wanted = str(text).strip().casefold()
    named = next((r for r in store.recipients() if r.name.casefold() == wanted), None)
    if named is not None:
        return named
    if wanted.isdigit():
        return recipient_by_number(int(wanted))
    raise UserError(Msg.RECIPIENT_NAME_UNKNOWN, name=str(text).strip())


class SharingService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime],
                 ledger: Callable[[], object] = lambda: None) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock
        self._ledger = ledger  # the erasure ledger (or None): an approval copied from someone erased allows nothing

    # the recipients register
    def add_recipient(self, name: str, role: rules.RecipientRole, *, processor_agreement: bool = False,
                      country: str = "NL", contact: str = "", email: str = "", address: str = "",
                      transfer_ground: rules.TransferGround | None = None, safeguards: str = "") -> int:
        errors = []
        try:
            name = required_text(name, "name")
        except FieldError as exc:
            errors.append(exc)
        details = self._details(errors, country=country, contact=contact, email=email, address=address,
                                safeguards=safeguards)
        self._check_safeguards(errors, transfer_ground, details["safeguards"])
        if errors:
            raise ValidationFailed(errors)
        with self._db.atomic():
            recipient_id = store.add_recipient(name, role, processor_agreement, details.pop("country"),
                                               details.pop("contact"), transfer_ground=transfer_ground, **details)
            self._audit.record(Action.RECIPIENT, None, f"add {recipient_id}")
        return recipient_id

    def set_recipient(self, recipient_id: int, *, processor_agreement: bool | None = None,
                      active: bool | None = None, country: str | None = None, email: str | None = None,
                      address: str | None = None, transfer_ground: rules.TransferGround | None | object = _SAME,
                      safeguards: str | None = None) -> None:
        """Change what is given (None: unchanged); ``transfer_ground=None`` clears a recorded ground."""
        errors = []
        given = {k: v for k, v in (("country", country), ("email", email), ("address", address),
                                   ("safeguards", safeguards)) if v is not None}
        fields = {k: v for k, v in (("processor_agreement", processor_agreement), ("active", active)) if v is not None}
        fields.update(self._details(errors, **given))
        if transfer_ground is not _SAME:
            fields["transfer_ground"] = transfer_ground
        with self._db.atomic():
            current = self._recipient(recipient_id)
            self._check_safeguards(errors, fields.get("transfer_ground", current.transfer_ground),
                                   fields.get("safeguards", current.safeguards))
            if errors:
                raise ValidationFailed(errors)
            store.update_recipient(recipient_id, **fields)
            self._audit.record(Action.RECIPIENT, None, f"change {recipient_id}: {','.join(fields)}")

    @staticmethod
    def _details(errors: list, **given) -> dict:
        """The recipient's details, checked; each refused one is added to ``errors``."""
        checks = {"country": normalise_country, "email": lambda v: normalise_email(v) if v.strip() else "",
                  "contact": lambda v: check_free_text(v, "contact"),
                  "address": lambda v: check_free_text(v.strip(), "address"),
                  "safeguards": lambda v: check_free_text(v.strip(), "safeguards")}
        out = {}
        for key, value in given.items():
            try:
                out[key] = checks[key](value)
            except FieldError as exc:
                errors.append(exc)
                out[key] = value
        return out

    @staticmethod
    def _check_safeguards(errors: list, ground: rules.TransferGround | None, safeguards: str) -> None:
        if ground in rules.NEEDS_SAFEGUARDS and not (safeguards or "").strip():
            errors.append(FieldError("safeguards", Msg.SAFEGUARDS_REQUIRED))

    def recipients(self, active_only: bool = False) -> list[rules.Recipient]:
        return store.recipients(active_only)

    def find_recipient(self, text: str) -> rules.Recipient:
        return find_recipient(text)

    def _recipient(self, recipient_id: int) -> rules.Recipient:
        return recipient_by_number(recipient_id)

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
        with self._db.atomic():
            self._customer(customer_id)
            recipient = self._recipient(recipient_id)
            if not recipient.active:
                raise UserError(Msg.RECIPIENT_INACTIVE, name=recipient.name)
            if recipient.role is rules.RecipientRole.PROCESSOR:
                raise UserError(Msg.APPROVAL_NOT_FOR_PROCESSOR, name=recipient.name)
            rights.check(customer_id, rights.Use.SHARING_APPROVAL)
            since = store.objection_since(customer_id)
            if since is not None:
                raise UserError(Msg.OBJECTION_BLOCKS_APPROVAL, since=f"{since:%d-%m-%Y}")
            rules.check_transfer(recipient)  # outside the EEA: not without a transfer ground
            version = consent_store.current_statement(today)
            approval_id = store.add_approval(customer_id, recipient_id, data=data.strip(), purpose=purpose.strip(),
                                             given_on=today, method=method,
                                             statement_version=version.id if version else None, by=recorder)
            self._audit.record(Action.SHARING_APPROVAL, customer_id, f"approve {approval_id} recipient {recipient_id}")
        return approval_id

    def withdraw_approval(self, customer_id: int, approval_id: int, method: str, *, by: str | None = None) -> None:
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            if not store.withdraw_approval(customer_id, approval_id, self._clock().date(), method):
                raise UserError(Msg.APPROVAL_NOT_FOUND, value=approval_id)
            self._audit.record(Action.SHARING_APPROVAL, customer_id, f"withdraw {approval_id} by {recorder}")

    def stop_sharing_with(self, customer_id: int, recipient_id: int, method: str, *, by: str | None = None) -> int:
        """Withdraw the customer's active approval for this recipient; returns the approval's number."""
        with self._db.atomic():
            self._customer(customer_id)
            recipient = self._recipient(recipient_id)
            approval = store.active_approval(customer_id, recipient_id)
            if approval is None:
                raise UserError(Msg.NO_ACTIVE_APPROVAL_FOR, name=recipient.name)
            self.withdraw_approval(customer_id, approval.id, method, by=by)
        return approval.id

    def object(self, customer_id: int, method: str, *, by: str | None = None) -> None:
        """The customer asks us to stop sharing with partners and service providers."""
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            self._customer(customer_id)
            store.set_objection(customer_id, self._clock().date(), method, recorder)
            self._audit.record(Action.SHARING_OBJECTION, customer_id, f"object {method}")

    def lift_objection(self, customer_id: int, method: str, *, by: str | None = None) -> None:
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            if store.lift_objection(customer_id):
                self._audit.record(Action.SHARING_OBJECTION, customer_id, f"lift {method} by {recorder}")

    def objection_since(self, customer_id: int) -> dt.date | None:
        return store.objection_since(customer_id)

    def disclose(self, customer_id: int, recipient_id: int, what: str, *, by: str | None = None,
                 legal_claim: bool = False, bookkeeping: bool = False,
                 ground: rules.Ground | None = None) -> rules.Disclosure:
        """Log that ``what`` went to the recipient; refused where no ground allows it, or where a restriction
        forbids it (``legal_claim``: needed for a legal claim, which a restriction allows; ``bookkeeping``:
        invoices to the shop's accountant for the books the tax law requires, only to a processor). ``ground``:
        the one the owner says it rests on; refused where the rules give another."""
        [disclosure] = self.disclose_each([(customer_id, what)], recipient_id, by=by, legal_claim=legal_claim,
                                          bookkeeping=bookkeeping, ground=ground)
        return disclosure

    def disclose_each(self, items: list[tuple[int, str]], recipient_id: int, *, by: str | None = None,
                      legal_claim: bool = False, bookkeeping: bool = False,
                      ground: rules.Ground | None = None) -> list[rules.Disclosure]:
        """:meth:`disclose` for each (customer, what) to one recipient, all or none: every customer through the
        same gates; the recipient and who records are looked up once (an export to the accountant names
        thousands of customers)."""
        recorder = self._settings.recorder(by)
        try:
            items = [(customer_id, required_text(what, "what")) for customer_id, what in items]
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        now = self._clock()
        out = []
        with self._db.atomic():
            recipient = self._recipient(recipient_id)
            processor = recipient.role == rules.RecipientRole.PROCESSOR
            if bookkeeping and not processor:  # else "bookkeeping" would pass a restriction
                raise UserError(Msg.ACCOUNTANT_NOT_PROCESSOR, name=recipient.name)
            for customer_id, what in items:
                self._customer(customer_id)
                if bookkeeping:
                    rights.check(customer_id, rights.Use.BOOKKEEPING)
                else:
                    rights.check(customer_id, rights.Use.DISCLOSURE, legal_claim=legal_claim)
                # A processor works on the shop's behalf: its ground needs no approval, and "stop sharing" is
                # about partners and providers (rules.ground_for), so neither is looked up for it.
                approval = None if processor else store.active_approval(customer_id, recipient_id)
                given = rules.ground_for(recipient, approval, None if processor else
                                         store.objection_since(customer_id), claimed=ground)
                approval_id = approval.id if given == rules.Ground.APPROVAL else None
                if approval_id is not None:  # not on an approval older than this person's erasure (suppression.py)
                    from ..store import rights as rights_store
                    from .suppression import refuse_copied_approval

                    refuse_copied_approval(self._ledger(), rights_store.identity(customer_id), approval.given_on,
                                           recipient.name)
                disclosure_id = store.add_disclosure(customer_id, recipient_id, what, now, given, approval_id,
                                                     recorder)
                self._audit.record(Action.DISCLOSURE, customer_id, f"{disclosure_id} to recipient {recipient_id}")
                out.append(rules.Disclosure(id=disclosure_id, recipient_id=recipient_id, what=what, disclosed_at=now,
                                            ground=given, approval_id=approval_id, recorded_by=recorder))
        return out

    def approvals(self, customer_id: int) -> list[rules.Approval]:
        return store.approvals(customer_id)

    def disclosures(self, customer_id: int) -> list[rules.Disclosure]:
        return store.disclosures(customer_id)

    def _customer(self, customer_id: int) -> None:
        if not customers_store.exists(customer_id):
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
