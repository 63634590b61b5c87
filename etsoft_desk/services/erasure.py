"""Erasure that really destroys (Art. 17), with its plan, its shred confirmation and the ledger (Art. 19).

The order of the work is what makes an interruption harmless:
1. the ledger line is written and synced (outside the register);
2. one transaction moves the invoices the tax law keeps aside (name and address only as the invoice needs
   them), turns published referrals into take-down tasks, strips the requests register of what points to the
   person, deletes the customer with everything that hangs from them, and marks the ledger line as applied;
3. a TRUNCATE checkpoint leaves no old page image in the WAL.
A crash before 2 commits leaves the whole customer, and the next start finds the ledger line not yet applied
and finishes the erasure; a crash after it leaves none of their erasable data.
"""

from __future__ import annotations

import contextlib
import logging
import re

import datetime as dt
import functools
import io
import secrets
from collections.abc import Callable, Sequence

from ..domain.customer import display_name
from ..domain.erasure import TREATMENT_NL, ErasurePlan, PlanLine, ground_17, initials
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.personal_data import CATEGORY, IDENTITY_CHECKS, REQUEST_KINDS, Erasure
from ..domain.dates import add_months
from ..domain.validation import check_free_text
from ..store import customers as customers_store
from ..store import database
from ..store import documents as documents_store
from ..store import erasure as store
from ..store import notices as notices_store
from . import erasure_notices
from .audit import Action, AuditLog
from .ledger import ErasureLedger, asked_on, line_of
from .notices import Made, combined, shred_rows
from .notices import keep as keep_notices
from .requests import RequestService
from .settings import PENDING_CHECKPOINT, Settings

AUTO = "AUTO"  # who carries out what the program does by itself (replay, expired retention)
KEEP_GROUND = CATEGORY["invoices"].keep_ground


def _request_id(entry: dict) -> int | None:
    """The request an erasure carried out (older lines name it only in words: "verzoek nr. 5")."""
    if isinstance(entry.get("request_id"), int):
        return entry["request_id"]
    found = re.fullmatch(r"verzoek nr\. (\d+)", str(entry.get("request") or ""))
    return int(found.group(1)) if found else None


class ErasureResult:
    """What was done: the shred confirmation (kept in the register), and the Art. 19 notices to the recipients,
    one document each, kept "waiting" until they are marked sent (services/notices.py)."""

    def __init__(self, erasure_id: str, plan: ErasurePlan, confirmation: bytes, notices: list[Made],
                 notice_ids: list[int], checkpoint_clean: bool) -> None:
        self.erasure_id = erasure_id
        self.plan = plan
        self.checkpoint_clean = checkpoint_clean  # False: old page images may still be in the WAL; retried
        self.removed: list[UserError] = []  # leftover copies removed after the erasure, one sentence each
        self.confirmation = confirmation
        self.notice_ids = notice_ids  # the art19_notice records, in the order of ``plan.recipients``
        self._made = notices
        self.outbox_message: int | None = None  # the shred confirmation's number in the outbox, if queued

    @functools.cached_property
    def notices(self) -> bytes | None:
        """Every notice in one file, to print them at once (each page carries its own document id)."""
        return combined(self._made) if self._made else None


class ErasureService:
    checkpoint_seconds = 15.0  # how long an erasure waits for a reader to let go before it says "not yet"

    def __init__(self, db, audit: AuditLog, settings: Settings, requests: RequestService, ledger: ErasureLedger,
                 clock: Callable[[], dt.datetime], after: Callable[[], list[UserError]] | None = None,
                 outbox: Callable | None = None) -> None:
        self._db = db
        self._outbox = outbox  # the outbox the shred confirmation is queued in (services/outbox.py)
        self._queued: int | None = None
        self._after = after  # removes leftover copies of the register (services/leftovers.py)
        self._audit = audit
        self._settings = settings
        self._requests = requests
        self._ledger = ledger
        self._clock = clock

    # --- the plan -------------------------------------------------------------------------------------------
    def plan(self, customer_id: int, *, card=None, check_ledger: bool = True) -> ErasurePlan:
        from .access import collect

        card = card or customers_store.load_card(customer_id)
        if card is None:
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
        months = self._settings.retention_months()
        lines = []
        today = self._clock().date()
        all_dates = [d for _, d, _ in store.invoices(customer_id)]
        invoice_dates = [d for d in all_dates if add_months(d, months["invoices"]) > today]
        expired_invoices = len(all_dates) - len(invoice_dates)
        for section in collect(customer_id):
            c = section.category
            count = sum(1 for _, rows in section.tables for row in rows
                        if any(v not in (None, "", False) for v in row.values()))
            until = None
            if c.key == "invoices":
                count = len(invoice_dates)
                if expired_invoices:
                    lines.append(PlanLine("invoices_expired", "Facturen ouder dan de fiscale bewaartermijn", expired_invoices,
                                          Erasure.DELETE))
            if c.erasure is Erasure.KEEP and invoice_dates:
                until = add_months(max(invoice_dates), months[c.key])
            lines.append(PlanLine(c.key, c.title, count, c.erasure, c.keep_ground, until))
        kept_copies = documents_store.personal_count(customer_id)  # letters, receipts, notices as issued
        if kept_copies:
            lines.append(PlanLine("kept_documents", "Kopieën van brieven en bewijzen die wij u stuurden",
                                  kept_copies, Erasure.DELETE))
        jobs = store.open_jobs(customer_id)
        waits = [f"{jobs} servicebeurt{'en' if jobs > 1 else ''} nog open: het apparaat is misschien nog in de "
                 "winkel"] if jobs else []
        known = self._ledger.match(card) if check_ledger else None
        return ErasurePlan(customer_id=customer_id, initials=initials(card.first_name, card.infix, card.last_name),
                           lines=lines, wait_reasons=waits,
                           recipients=store.recipients_told(customer_id),
                           takedowns=store.published_referrals(customer_id),
                           already_erased_on=asked_on(known) if known else None, open_jobs=jobs,
                           shared=erasure_notices.shared_with(customer_id))

    # --- the erasure ----------------------------------------------------------------------------------------
    def erase(self, customer_id: int, *, request_id: int | None = None,
              paper: Sequence[tuple[str, str, str]] = (), by: str | None = None, reason: str = "request",
              progress: Callable[[int, int], None] | None = None, send_to: tuple[str, str] | None = None,
              attachment_password: str = "") -> ErasureResult:
        """Erase one customer now. ``reason`` is "request" (the customer asked, or the owner decided) or
        "retention" (the retention period passed). Each recipient that received the data gets its own Art. 19
        notice, kept as "waiting" with the erasure: the shred confirmation says so ("nog te versturen").
        ``send_to``: (address, kind of address) the shred confirmation is queued for in the outbox, in the
        erasure's own transaction; the address is kept there until the message is sent (issue 12)."""
        recorder = self._settings.recorder(by)
        from .outbox import MIN_PASSWORD

        if attachment_password and len(attachment_password) < MIN_PASSWORD:  # refused before anything is erased
            raise UserError(Msg.ATTACHMENT_PASSWORD_SHORT, limit=MIN_PASSWORD)
        if request_id is not None:
            request = self._requests.get(request_id)
            if request.customer_id != customer_id:
                raise UserError(Msg.REQUEST_NOT_FOUND, value=request_id)
        for _, what, _ in paper:
            check_free_text(what, "what")  # a description of the paper, never its contents
        step = progress or (lambda done, total: None)
        step(0, 4)
        card = customers_store.load_card(customer_id)
        if card is None:
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
        plan = self.plan(customer_id, card=card, check_ledger=False)
        erasure_id = f"VV-{secrets.token_hex(4).upper()}"
        name = display_name(card.first_name, card.infix, card.last_name)
        email = card.emails[0] if card.emails else ""
        made = self._notices(name, email, plan, erasure_id, recorder, reason, request_id is not None)
        entry = {"kind": "retention" if reason == "retention" else "erasure", "erasure_id": erasure_id,
                 "at": self._clock().isoformat(timespec="seconds"),
                 "request": f"verzoek nr. {request_id}" if request_id else None, "reason": reason,
                 "categories": {line.category: line.count for line in plan.lines if line.count},
                 "markers": self._ledger.markers(card)}
        if request_id is not None:  # to close the request again when a backup is restored; when the person asked
            entry.update(request_id=request_id, asked_on=request.received_on.isoformat())
        # The proof is laid out before the act and kept in the register in the act's own transaction: a print
        # or a save that fails afterwards never loses it ("etsoft-desk document ID -o FILE" prints it again).
        request = self._request_lines(request_id)
        proof = self._confirmation(erasure_id, plan, request, shred_rows(made), list(paper), recorder, reason,
                                   self._clock())
        line = self._ledger.write(entry)  # refuses, changing nothing, when the ledger cannot be written
        step(1, 4)
        try:
            notice_ids = self._apply(customer_id, erasure_id, card, plan, request_id, paper, recorder, line,
                                     proof=proof, notices=made, send_to=send_to,
                                     attachment_password=attachment_password)
        except BaseException:
            with contextlib.suppress(UserError):
                self._ledger.append({"kind": "cancelled", "erasure_id": erasure_id})
            raise
        step(2, 4)
        self._anchor_after()  # the erasure's entry is pinned outside the register at once (then checkpointed)
        clean = self.finish_checkpoint()
        logging.getLogger(__name__).info("erasure %s carried out (%s); checkpoint %s", erasure_id, reason,
                                         "clean" if clean else "not yet finished")
        step(3, 4)
        step(4, 4)
        result = ErasureResult(erasure_id, plan, proof, made, notice_ids, clean)
        result.outbox_message = self._queued
        if self._after is not None:
            result.removed = self._after()
        return result

    def _anchor_after(self) -> None:
        """The audit head anchored after the erasure; while another program writes, that program anchors it at
        its own closing (the erasure is done either way, and says so)."""
        with database.unless_busy(self._db):
            self._audit.anchor()

    # --- the checkpoint that finishes ---------------------------------------------------------------------------
    def finish_checkpoint(self, seconds: float | None = None) -> bool:
        """Fold the WAL back after an erasure, retrying while another connection reads. When it cannot finish in
        time, a mark in the register makes every open, close and the window's timer try again."""
        clean, attempts = store.checkpoint_until_clean(self._db, self.checkpoint_seconds if seconds is None
                                                       else seconds)
        marked = bool(self._settings.marked(PENDING_CHECKPOINT))
        with database.unless_busy(self._db):  # a register busy with another program: no failure, a later retry
            if clean and marked:
                with self._db.atomic():
                    self._settings.mark(PENDING_CHECKPOINT, "")
                database.checkpoint(self._db)  # the mark's own frames (the erased data's are gone already)
            elif not clean and not marked:
                with self._db.atomic():
                    self._settings.mark(PENDING_CHECKPOINT, self._clock().isoformat(timespec="seconds"))
        if not clean:
            logging.getLogger(__name__).info("checkpoint after erasure busy after %d attempt(s)", attempts)
        return clean

    def checkpoint_pending(self) -> bool:
        return bool(self._settings.marked(PENDING_CHECKPOINT))

    def retry_checkpoint(self, seconds: float = 0.0) -> bool:
        """True when no erasure waits for its checkpoint any more (tried once more if one did)."""
        if not self.checkpoint_pending():
            return True
        return self.finish_checkpoint(seconds)

    def _apply(self, customer_id: int, erasure_id: str, card, plan: ErasurePlan, request_id: int | None,
               paper, recorder: str, line: str | None = None, *, proof: bytes | None = None,
               notices: Sequence[Made] = (), send_to: tuple[str, str] | None = None,
               attachment_password: str = "") -> list[int]:
        """The erasure's one transaction; returns the ids of the Art. 19 notices it kept."""
        from ..store import outbox as outbox_store

        now = self._clock()
        self._queued = None
        months = self._settings.retention_months()["invoices"]
        a = card.address
        address = ", ".join(x for x in (f"{a.street} {a.house_number_text()}".strip(),
                                        f"{a.postcode} {a.city}".strip(), a.country if a.country != "NL" else "")
                            if x)
        with self._db.atomic():
            # Invoices already past their keep-until date are not kept: they go with the rest.
            keep_until = {n: add_months(d, months) for n, d, _ in store.invoices(customer_id)
                          if add_months(d, months) > now.date()}
            kept = store.keep_invoices(customer_id, erasure_id, display_name(card.first_name, card.infix,
                                                                            card.last_name),
                                       address, keep_until, KEEP_GROUND)
            store.add_takedowns(erasure_id, plan.takedowns, now.date())
            store.anonymise_requests(customer_id, erasure_id, request_id, now.date())
            outbox_store.forget_customer(customer_id)  # what still waited to be sent to them goes too
            store.delete_customer(customer_id)
            if send_to is not None and proof is not None and self._outbox is not None:
                self._queued = self._outbox().queue(
                    document_id=erasure_id, kind="shred_confirmation", attachment=proof,
                    attachment_name=f"vernietigingsbevestiging-{erasure_id}.pdf", to=send_to[0],
                    address_kind=send_to[1], request_id=request_id, password=attachment_password, by=recorder)
            for kind, what, method in paper:
                self._db.execute_sql(
                    "INSERT INTO destruction_log (kind, what, method, done_on, done_by, erasure_id, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", (kind, what, method, now.date().isoformat(), recorder,
                                                     erasure_id, now.isoformat()))
            store.mark_applied(erasure_id, now)
            if line is not None:  # the register's own copy of the ledger line, in the erasure's transaction
                self._ledger.keep(line)
            # The customer's kept letters, receipts and notices go with them; what names nobody stays.
            documents_store.forget_customer(customer_id)
            notices_store.forget_customer(customer_id)
            if proof is not None:  # a replay brings one only where the first one was lost
                documents_store.keep(erasure_id, "shred_confirmation", now, proof)
            notice_ids = keep_notices(list(notices), "erasure", erasure_id, None, now, recorder, self._audit)
            counts = ", ".join(f"{line.category} {line.count}" for line in plan.lines if line.count)
            self._audit.record(Action.ERASE, customer_id, f"{erasure_id} by {recorder}: {counts}; "
                                                          f"kept invoices {kept}")
            # Its checkpoint is pending until it is done (cleared in finish_checkpoint): marked with the erasure
            # itself, a register busy with another program afterwards cannot lose the mark.
            self._settings.mark(PENDING_CHECKPOINT, now.isoformat(timespec="seconds"))
        return notice_ids

    # --- replaying the ledger ----------------------------------------------------------------------------------
    def replay_pending(self) -> int:
        """Carry out every ledger erasure this register has not: after a crash, or a restored backup.
        Returns how many customers were erased."""
        pending = self._ledger.pending()
        if not pending:
            return 0
        cards = store.identity_cards()
        markers = {cid: self._ledger.of_card(self._ledger.markers(card)) for cid, card in cards.items()}
        erased = 0
        for entry in pending:
            wanted = self._ledger.certain(entry.get("markers", {}))  # never a namesake in the same postcode
            for cid in [cid for cid, mine in markers.items() if mine & wanted]:
                card = customers_store.load_card(cid)
                plan = self.plan(cid, card=card, check_ledger=False)
                request_id = _request_id(entry)  # closed again: a restore must not bring it back "open, overdue"
                if request_id is not None and not store.request_to_close(request_id, cid):
                    request_id = None
                lost = documents_store.pdf(entry["erasure_id"]) is None  # restored from before the erasure
                made = self._replayed_notices(entry, card, plan, request_id) if lost else []
                self._apply(cid, entry["erasure_id"], card, plan, request_id, (), AUTO, line_of(entry),
                            proof=self._replayed_proof(entry, plan, request_id, made) if lost else None,
                            notices=made)
                markers.pop(cid)
                erased += 1
            with self._db.atomic():
                store.mark_applied(entry["erasure_id"], self._clock())
                self._ledger.keep(line_of(entry))
        self.finish_checkpoint()
        logging.getLogger(__name__).info("ledger replay: %d erasure(s), %d customer(s)", len(pending), erased)
        return erased

    @staticmethod
    def _replayed_reason(entry: dict) -> str:
        return "retention" if entry.get("kind") == "retention" or entry.get("reason") == "retention" else "request"

    def _replayed_notices(self, entry: dict, card, plan: ErasurePlan, request_id: int | None) -> list[Made]:
        """The Art. 19 notices of a replayed erasure whose records were lost with it: made again, waiting, so the
        owner sees them and records what was already sent."""
        if not plan.recipients:
            return []
        return self._notices(display_name(card.first_name, card.infix, card.last_name),
                             card.emails[0] if card.emails else "", plan, entry["erasure_id"], AUTO,
                             self._replayed_reason(entry), request_id is not None)

    def _replayed_proof(self, entry: dict, plan: ErasurePlan, request_id: int | None,
                        notices: list[Made]) -> bytes:
        """The shred confirmation of a replayed erasure whose own was lost (an erasure killed before its
        transaction committed, or a register restored from before it): built as the erasure builds it, by AUTO,
        with the ledger line's reason."""
        request = None
        if request_id is not None:
            with contextlib.suppress(UserError):
                request = self._request_lines(request_id)
        return self._confirmation(entry["erasure_id"], plan, request, shred_rows(notices), [], AUTO,
                                  self._replayed_reason(entry), self._clock())

    # --- documents ------------------------------------------------------------------------------------------
    def _request_lines(self, request_id: int | None) -> dict | None:
        request = None
        if request_id is not None:
            r = self._requests.get(request_id)
            request = {"reference": f"verzoek nr. {r.id} ({REQUEST_KINDS[r.kind.value]})",
                       "received": f"{r.received_on:%d-%m-%Y}",
                       "identity": IDENTITY_CHECKS.get(r.identity.value, r.identity.value) if r.identity
                       else "niet vastgelegd",
                       "ground": ground_17(r.kind.value)}
        return request

    def _confirmation(self, erasure_id: str, plan: ErasurePlan, request: dict | None,
                      notices: list[tuple[str, str, str]],
                      paper, recorder: str, reason: str, at: dt.datetime) -> bytes:
        from ..reports.shred_confirmation import ShredData, write_shred_confirmation

        months = self._settings.retention_months()
        erased = [(line.title, line.count, TREATMENT_NL[line.treatment]) for line in plan.erased]
        kept = [(line.title, line.count, line.ground, f"{line.until:%d-%m-%Y}" if line.until else "",
                 f"{months[line.category] // 12} jaar na de factuurdatum") for line in plan.kept]
        data = ShredData(document_id=erasure_id, carried_out_at=at, prepared_by=recorder,
                         shop=self._settings.shop(), authority=self._settings.authority(), initials=plan.initials,
                         request=request, erased=erased, kept=kept,
                         notices=notices,
                         takedowns=plan.takedowns, paper=[(k, w, m) for k, w, m in paper],
                         open_jobs=plan.open_jobs, reason=ground_17(None, retention=reason == "retention"))
        buffer = io.BytesIO()
        write_shred_confirmation(buffer, data)
        return buffer.getvalue()

    def _notices(self, name: str, email: str, plan: ErasurePlan, erasure_id: str, recorder: str, reason: str,
                 asked: bool) -> list[Made]:
        """One notice per recipient that received the person's data (Art. 19), laid out before the act and kept
        in its transaction. It names the person (the recipient must find them): see services/notices.py for how
        long the register keeps that. The words are the same whether the person asked, the owner decided or the
        retention period ended (``reason`` and ``asked`` are kept for the callers)."""
        from .notices import Letter, lay_out_notices, the_person

        person = the_person(name, email)
        letters = [Letter(recipient_id, erasure_notices.art19_erasure_blocks(person, plan, recipient_id))
                   for recipient_id, _ in plan.recipients]
        return lay_out_notices(self._settings, "Verzoek om gegevens te wissen", letters, at=self._clock(),
                               prepared_by=recorder, names=dict(plan.recipients), reference=erasure_id)
