"""The Art. 19 notices: the recipients who received a person's data are told of an erasure
(services/erasure.py), a correction (services/corrections.py) or a restriction (services/rights.py).

Each notice is its own document, with its own document id, addressed to one recipient (its name, and its postal
address from the recipients register, or else its contact), kept in the register (issued_document) and recorded in
art19_notice: made "waiting", then "sent" (the date it really went out, by post or by email) or "impossible" /
"disproportionate" with the reason (Art. 19: unless this proves impossible or involves disproportionate effort).

A notice names the person, so that the recipient can find them in its own records. A notice about an erasure is
the one thing that still names an erased person, and only for as long as the law needs it: it is kept while it
waits to go out, because the shop must still send it; once it is marked sent, impossible or disproportionate, the
kept copy is replaced (secure_delete overwrites the old pages, the WAL is checkpointed) by a copy that holds only
the recipient, the date, the reference and what became of it. Notices about a correction or a restriction of a
customer who still exists keep naming them; they go with the customer's other documents at an erasure.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.code_names import NOTICE_HOW, NOTICE_STATES
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.validation import check_free_text
from ..store import database
from ..store import documents as documents_store
from ..store import notices as store
from ..store import sharing as sharing_store
from ..store.notices import NoticeRecord
from .audit import Action, AuditLog
from .settings import Settings

KIND = "art19_notice"
CAUSE_NL = {"erasure": "het wissen van persoonsgegevens", "correction": "de correctie van persoonsgegevens",
            "restriction": "de beperking van de verwerking van persoonsgegevens"}


def the_person(name: str, email: str) -> str:
    """How a letter names the person, so the recipient finds them in its own records (and nothing more)."""
    return f"onze klant {name}" + (f" ({email})" if email else "")


@dataclass
class Letter:
    """The body of the letter to one recipient (paragraphs and tables, see reports/document.Block)."""

    recipient_id: int
    blocks: list = field(default_factory=list)


@dataclass
class Made:
    """One notice laid out, not yet kept: kept in the act's own transaction (:func:`keep`)."""

    recipient_id: int
    recipient_name: str
    document_id: str
    pdf: bytes


def address_of(recipient_id: int, fallback: str = "") -> list[str]:
    """The recipient's name and postal address (the register's address, else its contact, split at new lines,
    ; and ,)."""
    recipient = sharing_store.recipient(recipient_id)
    if recipient is None:
        return [fallback] if fallback else []
    where = (recipient.address or recipient.contact).replace(";", "\n").replace(",", "\n")
    return [recipient.name, *(part.strip() for part in where.splitlines() if part.strip())]


def _lay_out(settings: Settings, title: str, doc_id: str, address: list[str], blocks: list, *, at: dt.datetime,
             prepared_by: str, reference: str, letter: bool = True) -> bytes:
    """A letter to the recipient; ``letter`` False: the shop's own copy (no greeting, no signature)."""
    from ..reports.document import Block, Document, write_letters as lay_out

    shop = settings.shop()
    opening = [Block("p", "Geachte heer, mevrouw,")] if letter else []
    closing = [Block("p", f"Met vriendelijke groet,\n{shop['shop_name']}\n{prepared_by}")] if letter else []
    doc = Document(title=title, document_id=doc_id, issued_at=at, prepared_by=prepared_by, shop=shop,
                   address=address,
                   blocks=[*opening, *blocks, Block("p", f"Onze referentie: {reference or doc_id}."), *closing])
    buffer = io.BytesIO()
    lay_out(buffer, [doc])
    return buffer.getvalue()


def lay_out_notices(settings: Settings, title: str, letters: list[Letter], *, at: dt.datetime, prepared_by: str,
                    names: dict[int, str] | None = None, reference: str = "") -> list[Made]:
    """One document per recipient, each with its own document id. ``reference`` is what the recipient quotes when
    it answers (the notice's own document id where none is given)."""
    from ..reports.common import document_id

    made = []
    for letter in letters:
        address = address_of(letter.recipient_id, (names or {}).get(letter.recipient_id, ""))
        doc_id = document_id("KG")
        made.append(Made(letter.recipient_id, address[0] if address else "", doc_id,
                         _lay_out(settings, title, doc_id, address, letter.blocks, at=at, prepared_by=prepared_by,
                                  reference=reference)))
    return made


def keep(made: list[Made], cause: str, reference: str, customer_id: int | None, at: dt.datetime, by: str,
         audit: AuditLog) -> list[int]:
    """Keep the notices and record them as waiting; call inside the act's transaction."""
    ids = []
    for m in made:
        documents_store.keep(m.document_id, KIND, at, m.pdf, customer_id=customer_id, personal=True)
        ids.append(store.add(m.document_id, cause, reference, m.recipient_id, m.recipient_name, customer_id, at, by))
    if ids:
        # By document id (random), never by a number an erased person's entries could share with a request.
        audit.record(Action.NOTICE, customer_id, f"made {','.join(m.document_id for m in made)} ({cause}) by {by}")
    return ids


def combined(made: list[Made]) -> bytes:
    """The notices as one file, to print them at once (each page still carries its own document id)."""
    from ..reports.protect import joined

    return joined([m.pdf for m in made])


def shred_rows(records: list[NoticeRecord] | list[Made]) -> list[tuple[str, str, str]]:
    """(recipient, sent on, how) as the shred confirmation prints what was recorded when it is made."""
    rows = []
    for r in records:
        if isinstance(r, Made) or r.state == "waiting":
            rows.append((r.recipient_name, "—", NOTICE_STATES["waiting"]))
        elif r.state == "sent":
            rows.append((r.recipient_name, f"{r.sent_on:%d-%m-%Y}" if r.sent_on else "—", NOTICE_HOW.get(r.how, r.how)))
        else:
            rows.append((r.recipient_name, "—", f"{NOTICE_STATES[r.state]} ({r.reason})"))
    return rows


class NoticeService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def listing(self, *, customer_id: int | None = None) -> list[NoticeRecord]:
        return store.listing(customer_id=customer_id)

    def get(self, notice_id: int) -> NoticeRecord:
        found = store.get(notice_id)
        if found is None:
            raise UserError(Msg.NOTICE_NOT_FOUND, value=notice_id)
        return found

    def pdf(self, notice_id: int) -> bytes:
        notice = self.get(notice_id)
        pdf = documents_store.pdf(notice.document_id)
        if pdf is None:
            raise UserError(Msg.DOCUMENT_NOT_FOUND, value=notice.document_id)
        return pdf

    def mark_sent(self, notice_id: int, how: str, at: dt.datetime, *, by: str | None = None,
                  checkpoint: bool = True) -> NoticeRecord:
        """The notice really went out on ``at`` (how: "post" or "email"); the outbox calls this when an email
        notice is delivered (inside its own transaction, so without the checkpoint: the outbox makes it)."""
        if how not in NOTICE_HOW:
            raise UserError(Msg.SETTING_UNKNOWN, value=how)
        return self._settle(notice_id, "sent", sent_on=at.date(), how=how, reason="", by=by, checkpoint=checkpoint)

    def email_delivered(self, message, notice_id, at: dt.datetime) -> None:
        """The outbox's hook: the mail server took the notice. One recorded as posted meanwhile stays so."""
        from ..store import outbox as outbox_store

        try:
            self.mark_sent(int(notice_id), "email", at, by=outbox_store.queued_by(message.id), checkpoint=False)
        except UserError as exc:
            if exc.template != Msg.NOTICE_SETTLED:
                raise

    def recipient_email(self, notice_id: int) -> str:
        """The recipient's email address in the recipients register (where an emailed notice goes)."""
        notice = self.get(notice_id)
        recipient = sharing_store.recipient(notice.recipient_id) if notice.recipient_id else None
        if recipient is None or "@" not in (recipient.email or ""):
            raise UserError(Msg.SEND_NO_RECIPIENT_ADDRESS, name=notice.recipient_name)
        return recipient.email

    def mark_not_sent(self, notice_id: int, state: str, reason: str, *, by: str | None = None) -> NoticeRecord:
        """Telling this recipient proved impossible, or would take disproportionate effort (Art. 19): why."""
        if state not in ("impossible", "disproportionate"):
            raise UserError(Msg.SETTING_UNKNOWN, value=state)
        reason = check_free_text(reason, "reason")  # printed on the kept copy: no card number, no BSN
        if not reason:
            raise ValidationFailed([FieldError("reason", Msg.REQUIRED)])
        return self._settle(notice_id, state, sent_on=None, how="", reason=reason, by=by)

    def _settle(self, notice_id: int, state: str, *, sent_on: dt.date | None, how: str, reason: str,
                by: str | None, checkpoint: bool = True) -> NoticeRecord:
        recorder = self._settings.recorder(by)
        now = self._clock()
        with self._db.atomic():
            notice = self.get(notice_id)
            if notice.state != "waiting":
                raise UserError(Msg.NOTICE_SETTLED, value=notice_id, state=NOTICE_STATES[notice.state])
            store.settle(notice_id, state, sent_on=sent_on, how=how, reason=reason, at=now, by=recorder)
            notice = self.get(notice_id)
            redacted = notice.cause == "erasure" and documents_store.pdf(notice.document_id) is not None
            if redacted:  # the person is erased: the kept copy keeps no more than what became of the notice
                documents_store.replace(notice.document_id, self._without_person(notice), personal=False)
            self._audit.record(Action.NOTICE, notice.customer_id, f"{notice.document_id} {state}"
                                                                  + (f" {how}" if how else "") + f" by {recorder}")
        if redacted and checkpoint:
            database.checkpoint(self._db)  # no page image of the letter that named the person stays in the WAL
        return notice

    def _without_person(self, notice: NoticeRecord) -> bytes:
        from ..reports.document import Block

        if notice.state == "sent":
            what = f"Verstuurd op {notice.sent_on:%d-%m-%Y} {NOTICE_HOW[notice.how]}."
        else:
            what = f"Niet verstuurd: {NOTICE_STATES[notice.state].split(': ', 1)[1]} ({notice.reason})."
        address = address_of(notice.recipient_id, notice.recipient_name) if notice.recipient_id else [
            notice.recipient_name]
        blocks = [Block("p", f"Dit is onze kopie van de kennisgeving (AVG art. 19) over {CAUSE_NL[notice.cause]}, "
                             f"gemaakt op {notice.made_at:%d-%m-%Y} door {notice.made_by}. {what}"),
                  Block("p", "Wie de kennisgeving betrof, staat niet op deze kopie: die gegevens hebben wij gewist.")]
        return _lay_out(self._settings, "Kennisgeving aan een ontvanger (kopie)", notice.document_id, address,
                        blocks, at=notice.made_at, prepared_by=notice.made_by, reference=notice.reference,
                        letter=False)
