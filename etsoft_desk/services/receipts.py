"""Printed confirmations for the customer: the consent receipt (more documents follow the same way)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from ..domain.consent import Channel, ConsentState, current_states
from ..domain.customer import display_name
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.personal_data import BASES, METHODS
from ..domain.referral import ReferralStatus
from ..store import consent as consent_store
from ..store import customers as customers_store
from ..store import documents as documents_store
from ..store import referrals as referral_store
from ..store import sharing as sharing_store
from ..store.models import database_proxy
from .audit import Action, AuditLog
from .settings import Settings

CHANNELS_NL = {Channel.EMAIL: "E-mail", Channel.PHONE: "Telefoon", Channel.SMS: "Sms", Channel.POST: "Post",
               Channel.SOCIAL_MEDIA: "Sociale media", Channel.IN_APP: "In de app", Channel.IN_STORE: "In de winkel"}
STATES_NL = {ConsentState.GRANTED: "ja", ConsentState.REFUSED: "nee", ConsentState.WITHDRAWN: "ingetrokken",
             ConsentState.NOT_ASKED: "niet gevraagd"}


class ReceiptService:
    def __init__(self, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def consent_receipt(self, customer_id: int, path: Path, *, by: str | None = None,
                        overwrite: bool = False) -> str:
        """Write the receipt to ``path`` (where the owner chose) and log that it was issued; returns its id."""
        from . import outputs

        outputs.check(path, overwrite=overwrite)
        doc_id, pdf = self.render_receipt(customer_id, by=by)
        outputs.write(path, pdf, overwrite=overwrite)
        return doc_id

    def render_receipt(self, customer_id: int, *, by: str | None = None) -> tuple[str, bytes]:
        """The receipt as PDF bytes, kept in the register to print again (it goes with the customer at an
        erasure) and its issue in the audit log. Returns (document id, PDF)."""
        from ..reports.common import document_id
        from ..reports.consent_receipt import ReceiptData, write_consent_receipt

        recorder = self._settings.recorder(by)
        now = self._clock()
        card = customers_store.load_card(customer_id)
        if card is None:
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
        version = consent_store.current_statement(now.date())
        statement = (f"versie {version.id}, geldig vanaf {version.effective_date:%d-%m-%Y} "
                     f"(vingerafdruk {version.sha256[:12]})" if version else "nog geen versie vastgelegd")
        channels = []
        for channel, record in current_states(consent_store.records(customer_id)).items():
            if record is None:
                channels.append((CHANNELS_NL[channel], STATES_NL[ConsentState.NOT_ASKED], "", ""))
                continue
            answer = STATES_NL[record.state] + (f" ({BASES[record.basis.value]})" if record.basis else "")
            channels.append((CHANNELS_NL[channel], answer, f"{record.recorded_at:%d-%m-%Y}",
                             METHODS.get(record.method.value, record.method.value)))
        names = {r.id: r.name for r in sharing_store.recipients()}
        approvals = [f"{names.get(a.recipient_id, '?')}: {a.data}, voor {a.purpose} (sinds {a.given_on:%d-%m-%Y})"
                     for a in sharing_store.approvals(customer_id) if a.active]
        referrals = [f"“{r.text}” ({'goedgekeurd' if r.status == ReferralStatus.APPROVED else 'op de website'} "
                     f"sinds {(r.published_on or r.approved_on):%d-%m-%Y})"
                     for r in referral_store.for_customer(customer_id)
                     if r.status in (ReferralStatus.APPROVED, ReferralStatus.PUBLISHED)]
        doc_id = document_id("TB")
        data = ReceiptData(document_id=doc_id, shop=self._settings.shop(), customer_id=customer_id,
                           customer_name=display_name(card.first_name, card.infix, card.last_name), issued_at=now,
                           recorded_by=recorder, statement=statement, channels=channels, approvals=approvals,
                           referrals=referrals)
        buffer = io.BytesIO()
        write_consent_receipt(buffer, data)
        with database_proxy.atomic():
            documents_store.keep(doc_id, "consent_receipt", now, buffer.getvalue(), customer_id=customer_id,
                                 personal=True)
            self._audit.record(Action.REPORT, customer_id, f"consent receipt {doc_id} by {recorder}")
        return doc_id, buffer.getvalue()
