"""Printed confirmations for the customer: the consent receipt (more documents follow the same way)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from ..domain.consent import ConsentState, current_states
from ..domain.customer import display_name
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.code_names import capitalised
from ..domain.personal_data import BASES, CHANNELS, CONSENT_STATES, METHODS, REFERRAL_STATUSES
from ..domain.referral import ReferralStatus
from ..store import consent as consent_store
from ..store import customers as customers_store
from ..store import documents as documents_store
from ..store import referrals as referral_store
from ..store import sharing as sharing_store
from .audit import Action, AuditLog
from .settings import Settings



class ReceiptService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
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
        doc_id, pdf = self.render(customer_id, by=by)
        self.issued(customer_id, doc_id, by=by, pdf=pdf)
        return doc_id, pdf

    def render(self, customer_id: int, *, by: str | None = None) -> tuple[str, bytes]:
        """(document id, PDF) for the print preview or a file; nothing is logged until it leaves the program."""
        from ..reports.common import document_id
        from ..reports.consent_receipt import ReceiptData, write_consent_receipt

        recorder = self._settings.recorder(by)
        now = self._clock()
        card = customers_store.load_card(customer_id)
        if card is None:
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
        states = current_states(consent_store.records(customer_id))
        versions = {v.id: v for v in consent_store.statements()}
        shown_with = {channel: version_shown(record) for channel, record in states.items() if record is not None}
        shown = sorted({v for v in shown_with.values() if v in versions},
                       key=lambda v: (versions[v].effective_date, v))
        channels = []
        for channel, record in states.items():
            if record is None:
                channels.append((capitalised(CHANNELS[channel]), CONSENT_STATES[ConsentState.NOT_ASKED], "", ""))
                continue
            answer = CONSENT_STATES[record.state] + (f", {BASES[record.basis.value]}" if record.basis else "")
            since = f"{record.recorded_at:%d-%m-%Y}"
            if len(shown) > 1 and shown_with[channel]:
                since += f" (verklaring versie {shown_with[channel]})"
            how = METHODS.get(record.method.value, record.method.value)
            channels.append((capitalised(CHANNELS[channel]), answer, since,
                             f"{how} ({record.recorded_by})" if record.recorded_by else how))
        names = {r.id: r.name for r in sharing_store.recipients()}
        approvals = [f"{names.get(a.recipient_id, '?')}: {a.data}, voor {a.purpose} (sinds {a.given_on:%d-%m-%Y})"
                     for a in sharing_store.approvals(customer_id) if a.active]
        referrals = [f"“{r.text}” ({REFERRAL_STATUSES[r.status]} "
                     f"sinds {(r.published_on or r.approved_on):%d-%m-%Y})"
                     for r in referral_store.for_customer(customer_id)
                     if r.status in (ReferralStatus.APPROVED, ReferralStatus.PUBLISHED)]
        doc_id = document_id("TB")
        data = ReceiptData(document_id=doc_id, shop=self._settings.shop(), authority=self._settings.authority(),
                           customer_id=customer_id,
                           customer_name=display_name(card.first_name, card.infix, card.last_name), issued_at=now,
                           recorded_by=recorder,
                           statement=statement_text([versions[v] for v in shown],
                                                    consent_store.current_statement(now.date())),
                           channels=channels, approvals=approvals, referrals=referrals)
        buffer = io.BytesIO()
        write_consent_receipt(buffer, data)
        return doc_id, buffer.getvalue()

    def issued(self, customer_id: int, doc_id: str, how: str = "", *, by: str | None = None,
               pdf: bytes | None = None) -> None:
        """Log that the receipt left the program (printed, saved, sent); its values stay out of the log. ``pdf``:
        kept in the register to print again (issue 12 item 6; it goes with the customer at an erasure)."""
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            if pdf is not None:
                documents_store.keep(doc_id, "consent_receipt", self._clock(), pdf, customer_id=customer_id,
                                     personal=True)
            self._audit.record(Action.REPORT, customer_id, f"consent receipt {doc_id}" + (f" {how}" if how else "")
                               + f" by {recorder}")


def version_shown(record) -> int | None:
    """The statement version shown when the choice was made: as recorded, else the one in force that day."""
    if record.statement_version:
        return record.statement_version
    version = consent_store.current_statement(record.recorded_at.date())
    return version.id if version else None


def _version(v) -> str:
    return f"versie {v.id}, geldig vanaf {v.effective_date:%d-%m-%Y}"


def statement_text(shown: list, now) -> str:
    """Which privacy statement the customer saw when they chose (the version recorded with each choice), and
    the one in force today where that is newer."""
    if not shown:
        return f"nu geldt {_version(now)}" if now else "nog geen privacyverklaring vastgelegd"
    text = "uw keuzes maakte u onder " + " en ".join(_version(v) for v in shown)
    if now is not None and now.id not in {v.id for v in shown}:
        text += f"; sindsdien geldt {_version(now)}"
    return text
