"""Consent per channel and the versions of the privacy statement it was given under."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from ..domain import consent as rules
from ..domain.consent import Channel, ConsentBasis, ConsentMethod, ConsentRecord, ConsentState
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import consent as store
from ..store import customers as customers_store
from ..store.models import StatementVersion
from .audit import Action, AuditLog
from .settings import Settings


class ConsentService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def record(self, customer_id: int, channel: Channel, state: ConsentState, method: ConsentMethod, *,
               basis: ConsentBasis | None = None, by: str | None = None, after_objection: bool = False,
               request_id: int | None = None) -> ConsentRecord:
        """One change on one channel, as a new record; the earlier ones stay. A grant obeys the gate
        (restriction, objection to direct marketing: ``after_objection`` says the customer asked anew)."""
        from . import rights

        recorder = self._settings.recorder(by)
        now = self._clock()
        with self._db.atomic():
            if not customers_store.exists(customer_id):
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            if state == ConsentState.GRANTED:
                rights.check(customer_id, rights.Use.CONSENT_GRANT, after_objection=after_objection)
            current = store.current_state(customer_id, channel)
            needs_history = state == ConsentState.GRANTED and basis == ConsentBasis.SOFT_OPT_IN
            checked_basis = rules.check_change(
                channel, state, current, basis,
                existing_customer=store.is_existing_customer(customer_id) if needs_history else False)
            version = store.current_statement(now.date())
            record = ConsentRecord(channel=channel, state=state, method=method, recorded_at=now,
                                   recorded_by=recorder, statement_version=version.id if version else None,
                                   basis=checked_basis)
            record_id = store.insert_record(customer_id, record)
            if state == ConsentState.WITHDRAWN and request_id is not None:
                rights.carried_out(request_id, customer_id, rights.RequestKind.CONSENT_WITHDRAWAL, "withdrawal",
                                   channel.value, now, recorder)
            marked = after_objection and state == ConsentState.GRANTED \
                and rights.in_force(customer_id).marketing_objection is not None
            if marked or request_id is not None:
                rights.store.mark_consent(record_id, after_objection=marked, request_id=request_id)
            self._audit.record(Action.CONSENT, customer_id, f"{channel.value}:{state.value}"
                               + (" after objection" if marked else ""))
        return ConsentRecord(**{**record.__dict__, "id": record_id})

    def withdraw(self, customer_id: int, channel: Channel, method: ConsentMethod, *, by: str | None = None):
        return self.record(customer_id, channel, ConsentState.WITHDRAWN, method, by=by)

    def history(self, customer_id: int) -> list[ConsentRecord]:
        return store.records(customer_id)

    def states(self, customer_id: int) -> dict[Channel, ConsentRecord | None]:
        return rules.current_states(store.records(customer_id))


class StatementService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def load(self, text: str, effective_date: dt.date, *, material: bool = True, by: str | None = None) -> int:
        """Add a version of the statement; a material change makes a list of customers to inform."""
        body = text.replace("\r\n", "\n").strip()
        if not body:
            raise UserError(Msg.STATEMENT_EMPTY)
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            current = store.current_statement(effective_date)
            if current is not None and current.sha256 == digest:
                raise UserError(Msg.STATEMENT_SAME_AS_CURRENT, version=current.id)
            version = store.insert_statement(effective_date=effective_date, text=body, sha256=digest,
                                             material=material, now=self._clock(), by=recorder)
            self._audit.record(Action.STATEMENT_LOAD, None, f"version {version} sha256 {digest[:16]}")
        return version

    def current(self) -> StatementVersion | None:
        return store.current_statement(self._clock().date())

    def versions(self) -> list[StatementVersion]:
        return store.statements()

    def customers_to_inform(self) -> list[int]:
        """Customers to tell about the current version, where it is a material change."""
        current = self.current()
        if current is None or not current.material:
            return []
        return store.customers_to_inform(current.id)
