"""Retention: what is due for destruction, carrying it out, and the log of destroyed paper and devices.

What the law kept after an erasure (invoices) and special-category notes have their own keep-until date and
are destroyed automatically when it passes: at every start and by ``etsoft-desk retention run``. Everything
else follows the retention months in the settings (per category, see the registry) and waits on the owner:
the overview shows what falls due this month, and one action carries it out, with a confirmation.
"""

from __future__ import annotations

import logging

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.dates import add_months
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..store import documents as documents_store
from ..store import database
from ..store import erasure as erasure_store
from ..store import retention as store
from ..store.models import database_proxy
from .audit import Action, AuditLog
from .settings import Settings

RETENTION_GROUND = "AVG art. 5 lid 1 sub e: de bewaartermijn is verstreken"
KINDS_NL = {"paper": "papier", "device": "apparaat"}


@dataclass
class RetentionOverview:
    until: dt.date
    kept_invoices: int = 0
    special_notes: int = 0
    visits: int = 0
    service_jobs: int = 0
    inactive_customers: list[int] = field(default_factory=list)
    requesters: int = 0  # requests of people who are not customers, closed longer ago than the retention

    def lines(self) -> list[tuple[str, int, str]]:
        """(what, how many, what happens) for every category with something due."""
        out = [("Facturen bewaard na wissen (fiscale termijn voorbij)", self.kept_invoices, "vernietigd"),
               ("Bijzondere persoonsgegevens (bewaardatum voorbij)", self.special_notes, "vernietigd"),
               ("Bezoeken ouder dan de bewaartermijn", self.visits, "vernietigd"),
               ("Afgeronde servicebeurten ouder dan de bewaartermijn", self.service_jobs, "vernietigd"),
               ("Klanten zonder contact sinds de bewaartermijn", len(self.inactive_customers),
                "gewist (facturen blijven de fiscale termijn bewaard)"),
               ("Verzoeken van niet-klanten, afgehandeld vóór de bewaartermijn", self.requesters,
                "geanonimiseerd (naam en adres weg)")]
        return [line for line in out if line[1]]

    @property
    def empty(self) -> bool:
        return not self.lines()


def end_of_month(day: dt.date) -> dt.date:
    return add_months(day.replace(day=1), 1) - dt.timedelta(days=1)


class RetentionService:
    def __init__(self, db, audit: AuditLog, settings: Settings, erasure: Callable[[], object],
                 clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._erasure = erasure
        self._clock = clock
        self.last_document_id: str | None = None  # the confirmation of the last run, kept in the register

    def destroy_expired(self) -> int:
        """Kept invoices and special-category notes whose date has passed: destroyed now (every start)."""
        today = self._clock().date()
        with database_proxy.atomic():
            kept = [i for i, *_ in erasure_store.kept_due(today)]
            erasure_store.destroy_kept(kept)
            notes = store.delete_notes_until(today)
            if kept or notes:
                self._audit.record(Action.ERASE, None, f"retention: kept invoices {len(kept)}, special notes {notes}")
        if kept or notes:
            database.checkpoint(self._db)
            logging.getLogger(__name__).info("retention: %d kept invoice(s), %d special note(s) destroyed",
                                             len(kept), notes)
        return len(kept) + notes

    def overview(self, until: dt.date | None = None) -> RetentionOverview:
        """What falls due up to ``until`` (default: the end of this month)."""
        today = self._clock().date()
        until = until or end_of_month(today)
        months = self._settings.retention_months()
        return RetentionOverview(
            until=until, kept_invoices=len(erasure_store.kept_due(until)),
            special_notes=store.count_notes_until(until),
            visits=store.count_visits_before(add_months(until, -months["visits"])),
            service_jobs=store.count_jobs_before(add_months(until, -months["service_jobs"])),
            inactive_customers=store.inactive_customers(add_months(until, -months["identity"])),
            requesters=store.count_requesters_before(add_months(until, -months["requests"])))

    def run(self, until: dt.date | None = None, *, by: str | None = None) -> tuple[RetentionOverview, bytes]:
        """Carry out everything due up to ``until``; returns what was done and its confirmation (PDF)."""
        from ..reports.shred_confirmation import ShredData, write_shred_confirmation
        from ..reports.common import document_id

        recorder = self._settings.recorder(by)
        overview = self.overview(until)
        months = self._settings.retention_months()
        from ..store import notices as notices_store
        from .notices import shred_rows

        erased = [self._erasure().erase(customer_id, by=recorder, reason="retention")
                  for customer_id in overview.inactive_customers]
        # The recipients who had received their data: one Art. 19 notice each, waiting to be sent.
        notices = shred_rows([n for result in erased for n in notices_store.listing(reference=result.erasure_id)])
        # The confirmation is laid out first and kept in the register with the run (printed again by its id).
        doc_id = document_id("VR")
        data = ShredData(document_id=doc_id, carried_out_at=self._clock(), prepared_by=recorder,
                         shop=self._settings.shop(), authority=self._settings.authority(),
                         initials=f"{len(overview.inactive_customers)} klant(en) en losse gegevens van andere klanten",
                         request=None, erased=[(w, n, how) for w, n, how in overview.lines()], kept=[],
                         notices=notices, reason=RETENTION_GROUND)
        buffer = io.BytesIO()
        write_shred_confirmation(buffer, data)
        with database_proxy.atomic():
            documents_store.keep(doc_id, "retention_run", self._clock(), buffer.getvalue())
            kept = [i for i, *_ in erasure_store.kept_due(overview.until)]
            erasure_store.destroy_kept(kept)
            store.delete_notes_until(overview.until)
            store.delete_visits_before(add_months(overview.until, -months["visits"]))
            store.delete_jobs_before(add_months(overview.until, -months["service_jobs"]))
            store.anonymise_requesters_before(add_months(overview.until, -months["requests"]))
            self._audit.record(Action.ERASE, None, "retention run: " + ", ".join(
                f"{what} {n}" for what, n, _ in overview.lines()) + f" by {recorder}")
        database.checkpoint(self._db)
        self.last_document_id = doc_id
        return overview, buffer.getvalue()

    # --- paper and devices -----------------------------------------------------------------------------------
    def record_destruction(self, kind: str, what: str, method: str, *, done_on: dt.date | None = None,
                           by: str | None = None) -> tuple[str, bytes]:
        """Log paper shredded or burned, or customer data wiped from a device; returns its confirmation."""
        from ..reports.common import document_id
        from ..reports.document import Block, Document, write_document

        from ..domain.validation import check_free_text, required_text

        recorder = self._settings.recorder(by)
        if kind not in KINDS_NL:
            raise UserError(Msg.SETTING_UNKNOWN, value=kind)
        try:
            what = check_free_text(required_text(what, "what"), "what")
            method = required_text(method, "method")
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        now = self._clock()
        day = done_on or now.date()
        doc_id = document_id("VP")
        shop = self._settings.shop()
        title = "Verklaring van vernietiging: " + ("papier" if kind == "paper" else "gegevens op een apparaat")
        buffer = io.BytesIO()
        write_document(buffer, Document(title=title, document_id=doc_id, issued_at=now, prepared_by=recorder,
                                        shop=shop, blocks=[
                                            Block("pairs", rows=[["Soort", KINDS_NL[kind]], ["Wat", what],
                                                                 ["Hoe vernietigd", method],
                                                                 ["Datum", f"{day:%d-%m-%Y}"],
                                                                 ["Door", recorder], ["Referentie", doc_id]]),
                                            Block("p", "Het papier of apparaat is zo vernietigd dat de gegevens "
                                                       "niet meer te herstellen zijn, zoals de privacyverklaring "
                                                       "van " + shop["shop_name"] + " belooft.")]))
        with database_proxy.atomic():  # the confirmation is kept with the record, to print again by its id
            store.add_destruction(kind, what, method, day, recorder, now)
            documents_store.keep(doc_id, "destruction", now, buffer.getvalue())
            self._audit.record(Action.ERASE, None, f"destroyed {kind} {doc_id} by {recorder}")
        return doc_id, buffer.getvalue()

    def destructions(self) -> list[tuple]:
        return store.destructions()

