"""The register of data-subject requests: logging them, their deadlines, extension, refusal, completion."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable

from ..domain import requests as rules
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.validation import check_free_text
from ..domain.requests import DataRequest, IdentityCheck, RequestChannel, RequestKind, RequestStatus
from ..store import customers as customers_store
from ..store import requests as store
from .audit import Action, AuditLog
from .settings import Settings


# What must be carried out before a request of each kind can be closed as done (issue 11).
NEEDS = {RequestKind.ACCESS: Msg.REQUEST_NEEDS_ACCESS_REPORT, RequestKind.PORTABILITY: Msg.REQUEST_NEEDS_EXPORT,
         RequestKind.ERASURE: Msg.REQUEST_NEEDS_ERASURE, RequestKind.RESTRICTION: Msg.REQUEST_NEEDS_RESTRICTION,
         RequestKind.OBJECTION: Msg.REQUEST_NEEDS_OBJECTION,
         RequestKind.CONSENT_WITHDRAWAL: Msg.REQUEST_NEEDS_WITHDRAWAL,
         RequestKind.RECTIFICATION: Msg.REQUEST_NEEDS_RECTIFICATION}


class RequestService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def add(self, customer_id: int, kind: RequestKind, received_on: dt.date, channel: RequestChannel, *,
            identity: IdentityCheck | None = None, by: str | None = None) -> int:
        """Log a request. The answer goes only to the customer's registered email address (the statement's
        promise); without one, it is given at the counter or by letter."""
        recorder = self._settings.recorder(by)
        if received_on > self._clock().date():
            raise UserError(Msg.RECEIVED_IN_FUTURE)
        with self._db.atomic():
            card = customers_store.load_card(customer_id)
            if card is None:
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            answer_to = card.emails[0] if card.emails else ""
            request_id = store.add(customer_id, kind, received_on, channel, identity, answer_to, recorder)
            # A request is named by its number, not by its customer's pseudonym: the number outlives the erasure
            # (the request register keeps it, with the erasure's reference) and must not join the two.
            self._audit.record(Action.REQUEST, None, f"{request_id} {kind.value} received {received_on}")
        return request_id

    def add_not_customer(self, name: str, kind: RequestKind, received_on: dt.date, channel: RequestChannel, *,
                         answer_to: str = "", identity: IdentityCheck | None = None, by: str | None = None) -> int:
        """Log a request from someone the register holds nothing about (or who cannot be found), with the same
        deadline. Their name, and where the answer goes (an email address or a postal address they gave), are
        kept with the request; the audit log names the request only."""
        from ..domain.validation import normalise_email

        recorder = self._settings.recorder(by)
        name = " ".join(check_free_text(name or "", "name").split())
        if not name:
            raise UserError(Msg.REQUESTER_NAME_REQUIRED)
        answer_to = " ".join(check_free_text(answer_to or "", "answer_to").split())
        if "@" in answer_to:
            answer_to = normalise_email(answer_to, "answer_to")
        if received_on > self._clock().date():
            raise UserError(Msg.RECEIVED_IN_FUTURE)
        with self._db.atomic():
            request_id = store.add(None, kind, received_on, channel, identity, answer_to, recorder,
                                   requester_name=name)
            self._audit.record(Action.REQUEST, None, f"{request_id} {kind.value} received {received_on} "
                                                     f"(not a customer) by {recorder}")
        return request_id

    def link(self, request_id: int, customer_id: int, *, by: str | None = None) -> DataRequest:
        """The person who asked turns out to be a customer: the request goes on their card. An act made for it
        as a non-customer (the "Nee" report) no longer carries it out."""
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            request = self.get(request_id)
            if not request.not_customer:
                raise UserError(Msg.REQUEST_NOT_LINKABLE, value=request_id)
            card = customers_store.load_card(customer_id)
            if card is None:
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            store.link(request_id, customer_id, request.answer_to or (card.emails[0] if card.emails else ""))
            self._audit.record(Action.REQUEST, None, f"{request_id} linked to a customer's card by {recorder}")
        return self.get(request_id)

    def extend(self, request_id: int, months: int, reason: str, *, by: str | None = None) -> DataRequest:
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            request = self.get(request_id)
            rules.check_extension(request, months, reason, self._clock().date())
            check_free_text(reason, "reason")
            store.update(request_id, status=RequestStatus.EXTENDED, extended_months=months,
                         extension_reason=reason.strip())
            self._audit.record(Action.REQUEST, None, f"{request_id} extended {months} by {recorder}")
        return self.get(request_id)

    def refuse(self, request_id: int, reasons: str, *, by: str | None = None) -> None:
        if not reasons.strip():
            raise UserError(Msg.REASONS_REQUIRED)
        self._close(request_id, RequestStatus.REFUSED, check_free_text(reasons, "reason"), by)

    def complete(self, request_id: int, outcome: str = "", *, by: str | None = None) -> None:
        """Done only when the act that fulfils the request was carried out (otherwise: refuse with reasons)."""
        from ..store import rights as rights_store

        request = self.get(request_id)
        if request.open:
            done = [action for action, _ in rights_store.actions(request_id)]
            if request.not_customer:  # answered by the "Nee" report made for it
                if "no_data" not in done:
                    raise UserError(Msg.REQUEST_NEEDS_NO_DATA_REPORT, value=request_id)
            elif not [a for a in done if a != "no_data"]:  # linked to a card later: the customer's own act
                raise UserError(NEEDS[request.kind], value=request_id)
        self._close(request_id, RequestStatus.DONE, check_free_text(outcome, "reason").strip(), by)

    def _close(self, request_id: int, status: RequestStatus, outcome: str, by: str | None) -> None:
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            request = self.get(request_id)
            if not request.open:
                raise UserError(Msg.REQUEST_CLOSED)
            store.update(request_id, status=status, outcome=outcome, closed_on=self._clock().date())
            self._audit.record(Action.REQUEST, None, f"{request_id} {status.value} by {recorder}")

    def get(self, request_id: int) -> DataRequest:
        request = store.get(request_id)
        if request is None:
            raise UserError(Msg.REQUEST_NOT_FOUND, value=request_id)
        return request

    def list(self, *, open_only: bool = False) -> list[DataRequest]:
        return store.all_requests(open_only)

    def due_soon(self, days: int = 7) -> builtins.list[DataRequest]:
        """Open requests due within ``days`` days, or overdue (shown at start-up)."""
        return rules.due_soon(store.all_requests(open_only=True), self._clock().date(), days)

    def for_customer(self, customer_id: int) -> builtins.list[DataRequest]:
        return store.for_customer(customer_id)
