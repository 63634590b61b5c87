"""The customer's choices that govern what the shop may do: restriction (Art. 18) and objection (Art. 21).

:func:`check` is the one gate: consent, sharing and the card call it inside their transaction, so the window
and the command line obey the same rules. The erasure ledger is the other half of it (services/suppression.py):
the lists hold back whoever is someone erased at their request, and a disclosure on an approval from before that
erasure is refused. The service records restrictions, their lifting (with the letter
Art. 18(3) requires), objections, and the owner's decision on an objection under Art. 21(1).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence

from ..domain import rights as rules
from ..domain.consent import Channel, ConsentMethod
from ..domain.customer import display_name, postal_lines
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.personal_data import METHODS, RESTRICTION_REASONS
from ..domain.requests import RequestKind
from ..domain.validation import check_free_text
from ..domain.rights import ObjectionDecision, ObjectionKind, RestrictionReason, Use
from ..domain.rights import complaint_route
from ..store import consent as consent_store
from ..store import customers as customers_store
from ..store import documents as documents_store
from ..store import requests as requests_store
from ..store import rights as store
from .audit import Action, AuditLog
from .settings import Settings


def check(customer_id: int, use: Use, **context) -> None:
    """Raise the sentence that forbids ``use`` for this customer now; call inside the transaction."""
    refused = rules.refusal(use, store.in_force(customer_id), **context)
    if refused is not None:
        raise refused


def in_force(customer_id: int) -> rules.InForce:
    return store.in_force(customer_id)


def carried_out(request_id: int | None, customer_id: int, kind: RequestKind, action: str, reference: str,
                at: dt.datetime, by: str) -> None:
    """Note that ``action`` carried out the request (checked: same customer, right kind, still open)."""
    if request_id is None:
        return
    request = requests_store.get(request_id)
    if request is None:
        raise UserError(Msg.REQUEST_NOT_FOUND, value=request_id)
    if request.customer_id != customer_id or request.kind is not kind or not request.open:
        raise UserError(Msg.REQUEST_WRONG_KIND, value=request_id)
    store.add_action(request_id, action, reference, at, by)


def open_request(customer_id: int, kind: RequestKind) -> int | None:
    """The customer's oldest open request of this kind: the window carries it out with the act it asks for."""
    return next((r.id for r in requests_store.for_customer(customer_id) if r.kind is kind and r.open), None)


class RightsService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    # --- restriction (Art. 18) --------------------------------------------------------------------------
    def restrict(self, customer_id: int, reason: RestrictionReason, *, fields: Sequence[str] = (),
                 request_id: int | None = None, by: str | None = None) -> int:
        recorder = self._settings.recorder(by)
        checked = rules.check_fields(list(fields))
        now = self._clock()
        with self._db.atomic():
            self._customer(customer_id)
            current = store.in_force(customer_id).restriction
            if current is not None:
                raise UserError(Msg.ALREADY_RESTRICTED, since=f"{current.since:%d-%m-%Y}")
            carried_out(request_id, customer_id, RequestKind.RESTRICTION, "restriction", "", now, recorder)
            restriction_id = store.add_restriction(customer_id, reason, checked, now.date(), request_id, recorder)
            self._audit.record(Action.RESTRICTION, customer_id, f"restrict {restriction_id} {reason.value}"
                                                                + (f" request {request_id}" if request_id else ""))
            self._restriction_notices(customer_id, restriction_id, request_id is not None, recorder)
        return restriction_id

    def _restriction_notices(self, customer_id: int, restriction_id: int, asked: bool, recorder: str) -> None:
        """Art. 19: every recipient that received the customer's data gets its own notice of the restriction,
        kept as waiting ("etsoft-desk notices"; services/notices.py)."""
        from ..reports.document import Block
        from ..store import erasure as erasure_store
        from .notices import Letter, keep, lay_out_notices, the_person

        told = erasure_store.recipients_told(customer_id)
        if not told:
            return
        card = customers_store.load_card(customer_id)
        if card is None:  # checked by the caller, in the same transaction
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
        person = the_person(display_name(card.first_name, card.infix, card.last_name),
                            card.emails[0] if card.emails else "")
        now = self._clock()
        body = (f"Sinds {now:%d-%m-%Y} is de verwerking van de persoonsgegevens van {person} beperkt (AVG art. 18)"
                + (", op zijn of haar verzoek. " if asked else ". ") +
                "Omdat wij u eerder gegevens van deze persoon verstrekten, laten wij u dat weten (AVG art. 19). "
                "Wilt u deze gegevens zolang de beperking duurt alleen nog bewaren, en niet op een andere manier "
                "gebruiken, tenzij de persoon daarmee instemt of de wet het toestaat (AVG art. 18 lid 2)? Wij laten "
                "u weten wanneer de beperking wordt opgeheven.")
        reference = f"beperking {restriction_id}"
        made = lay_out_notices(self._settings, "Beperking van de verwerking van persoonsgegevens",
                               [Letter(rid, [Block("p", body)]) for rid, _ in told], at=now, prepared_by=recorder,
                               names=dict(told))
        keep(made, "restriction", reference, customer_id, now, recorder, self._audit)

    def lift(self, customer_id: int, *, told_how: str = METHODS["letter"], by: str | None = None) -> tuple[str, bytes]:
        """Lift the restriction; returns the letter that tells the customer beforehand (Art. 18(3))."""
        recorder = self._settings.recorder(by)
        told_how = check_free_text(told_how, "told")
        with self._db.atomic():
            card = customers_store.load_card(customer_id)
            if card is None:
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            current = store.in_force(customer_id).restriction
            if current is None:
                raise UserError(Msg.NOT_RESTRICTED)
            doc_id, pdf = self._lift_letter(card, current, recorder)
            documents_store.keep(doc_id, "lift_letter", self._clock(), pdf, customer_id=customer_id, personal=True)
            store.lift_restriction(current.id, self._clock().date(), recorder, f"{told_how} ({doc_id})")
            self._audit.record(Action.RESTRICTION, customer_id, f"lift {current.id}, letter {doc_id}")
        return doc_id, pdf

    def restrictions(self, customer_id: int) -> list[rules.Restriction]:
        return store.restrictions(customer_id)

    # --- objection (Art. 21) ----------------------------------------------------------------------------
    def object_to_marketing(self, customer_id: int, method: ConsentMethod, *, request_id: int | None = None,
                            by: str | None = None) -> list[str]:
        """One act: marketing stops on every channel (a withdrawal record on each granted one). Returns the
        channels withdrawn."""
        recorder = self._settings.recorder(by)
        now = self._clock()
        with self._db.atomic():
            self._customer(customer_id)
            since = store.in_force(customer_id).marketing_objection
            if since is not None:
                raise UserError(Msg.ALREADY_OBJECTED, since=f"{since:%d-%m-%Y}")
            carried_out(request_id, customer_id, RequestKind.OBJECTION, "objection", "direct_marketing", now,
                        recorder)
            objection_id = store.add_objection(customer_id, ObjectionKind.DIRECT_MARKETING, "", now.date(),
                                               method.value, request_id, recorder)
            version = consent_store.current_statement(now.date())
            channels = store.granted_channels(customer_id)
            for channel in channels:
                store.insert_withdrawal(customer_id, channel, method.value, now, recorder,
                                        version.id if version else None, objection_id=objection_id)
            self._audit.record(Action.OBJECTION, customer_id, f"direct marketing {objection_id}: withdrawn "
                                                              f"{','.join(channels) or 'none'}")
        return channels

    def object_to_processing(self, customer_id: int, processing: str, method: ConsentMethod, *,
                             request_id: int | None = None, by: str | None = None) -> int:
        """Art. 21(1): recorded; the owner decides (``decide``) whether compelling grounds override it."""
        from ..domain.validation import check_free_text

        recorder = self._settings.recorder(by)
        if not processing.strip():
            raise UserError(Msg.PROCESSING_REQUIRED)
        processing = check_free_text(processing.strip(), "processing")
        now = self._clock()
        with self._db.atomic():
            self._customer(customer_id)
            carried_out(request_id, customer_id, RequestKind.OBJECTION, "objection", "legitimate_interest", now,
                        recorder)
            objection_id = store.add_objection(customer_id, ObjectionKind.LEGITIMATE_INTEREST, processing,
                                               now.date(), method.value, request_id, recorder)
            self._audit.record(Action.OBJECTION, customer_id, f"legitimate interest {objection_id}")
        return objection_id

    def decide(self, customer_id: int, objection_id: int, decision: ObjectionDecision, reason: str, *,
               by: str | None = None) -> None:
        recorder = self._settings.recorder(by)
        if not reason.strip():
            raise UserError(Msg.REASONS_REQUIRED)
        reason = check_free_text(reason, "reason")
        with self._db.atomic():
            if not store.decide_objection(objection_id, customer_id, decision, reason.strip(), self._clock().date()):
                raise UserError(Msg.OBJECTION_NOT_FOUND, value=objection_id)
            self._audit.record(Action.OBJECTION, customer_id, f"decide {objection_id} {decision.value} by {recorder}")

    def objections(self, customer_id: int) -> list[rules.Objection]:
        return store.objections(customer_id)

    # --- a consent-withdrawal request ------------------------------------------------------------------
    def withdraw_for_request(self, request_id: int, channels: list[Channel], method: ConsentMethod, *,
                             by: str | None = None) -> list[str]:
        """Withdraw the channels the request names (every granted one where it names none)."""
        recorder = self._settings.recorder(by)
        now = self._clock()
        with self._db.atomic():
            request = requests_store.get(request_id)
            if request is None:
                raise UserError(Msg.REQUEST_NOT_FOUND, value=request_id)
            customer_id = request.customer_id
            granted = store.granted_channels(customer_id) if customer_id else []
            named = [c.value for c in channels] or granted
            withdrawn = [c for c in named if c in granted]
            carried_out(request_id, customer_id, RequestKind.CONSENT_WITHDRAWAL, "withdrawal",
                        ",".join(named), now, recorder)
            version = consent_store.current_statement(now.date())
            for channel in withdrawn:
                store.insert_withdrawal(customer_id, channel, method.value, now, recorder,
                                        version.id if version else None, request_id=request_id)
                self._audit.record(Action.CONSENT, customer_id, f"{channel}:withdrawn request {request_id}")
        return withdrawn

    # ---------------------------------------------------------------------------------------------------------
    def _customer(self, customer_id: int) -> None:
        if not customers_store.exists(customer_id):
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)

    def _lift_letter(self, card, restriction: rules.Restriction, recorder: str) -> tuple[str, bytes]:
        from ..reports.common import document_id
        from ..reports.document import Block, Document, write_document

        name = display_name(card.first_name, card.infix, card.last_name)
        address = [name, *postal_lines(card.address)]
        shop = self._settings.shop()
        today = self._clock().date()
        blocks = [
            Block("p", f"Geachte {name},"),
            Block("p", f"Sinds {restriction.since:%d-%m-%Y} is de verwerking van uw persoonsgegevens op uw verzoek "
                       f"beperkt (AVG art. 18). De reden was: {RESTRICTION_REASONS[restriction.reason.value]}."),
            Block("p", f"Met deze brief laten wij u weten dat wij de beperking opheffen met ingang van "
                       f"{today:%d-%m-%Y} (AVG art. 18 lid 3). Daarna verwerken wij uw gegevens weer zoals in "
                       "onze privacyverklaring staat; uw keuzes voor marketing en delen blijven zoals ze waren."),
            Block("p", "Bent u het hier niet mee eens, of wilt u een ander recht uitoefenen (zoals bezwaar of "
                       "verwijdering), neem dan contact met ons op. " + complaint_route(self._settings.authority())),
            Block("p", "Met vriendelijke groet,"), Block("p", f"{shop['shop_name']}\n{recorder}")]
        doc_id = document_id("BO")
        buffer = io.BytesIO()
        write_document(buffer, Document(title="Opheffing van de beperking van uw gegevens", document_id=doc_id,
                                        issued_at=self._clock(), prepared_by=recorder, shop=shop, blocks=blocks,
                                        address=address))
        return doc_id, buffer.getvalue()
