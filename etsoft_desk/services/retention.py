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

from ..domain.code_names import DESTROYED_KINDS
from ..domain.dates import add_months
from ..domain.erasure import RETENTION_17
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..store import documents as documents_store
from ..store import database
from ..store import erasure as erasure_store
from ..store import retention as store
from .audit import Action, AuditLog
from .settings import Settings

RETENTION_GROUND = RETENTION_17  # Art. 17(1)(a) and Art. 5(1)(e): the retention period has passed


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
        with self._db.atomic("DEFERRED"):  # most starts find nothing due: then nothing waits for a writer elsewhere
            if not erasure_store.kept_due(today) and not store.count_notes_until(today):
                return 0
        with self._db.atomic():
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
        from ..reports.common import document_id

        recorder = self._settings.recorder(by)
        overview = self.overview(until)
        months = self._settings.retention_months()
        from ..store import notices as notices_store
        from .notices import shred_rows

        erased = [self._erasure().erase(customer_id, by=recorder, reason="retention").erasure_id
                  for customer_id in overview.inactive_customers]
        # The recipients who had received their data: one Art. 19 notice each, waiting to be sent.
        notices = shred_rows([n for erasure_id in erased for n in notices_store.listing(reference=erasure_id)])
        # The confirmation is laid out first and kept in the register with the run (printed again by its id).
        doc_id = document_id("VR")
        buffer = io.BytesIO()
        self._run_confirmation(buffer, doc_id, overview, erased, recorder, notices)
        with self._db.atomic():
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

    def _run_confirmation(self, target, doc_id: str, overview: RetentionOverview, erased: list[str],
                          recorder: str, notices: list[tuple[str, str, str]] | None = None) -> None:
        """The confirmation of a run over many customers: the shop's record, naming nobody (each erased customer
        has a shred confirmation of their own)."""
        from ..reports.document import Block, Document, write_document

        shop, now = self._settings.shop(), self._clock()
        n = len(erased)
        blocks = [
            Block("pairs", rows=[["Verwerkingsverantwoordelijke", f"{shop['shop_name']}, {shop['shop_address']}"],
                                 ["Grond", RETENTION_GROUND], ["Bewaartermijnen verstreken tot en met",
                                                               f"{overview.until:%d-%m-%Y}"],
                                 ["Uitgevoerd op", f"{now:%d-%m-%Y} om {now:%H:%M}"], ["Door", recorder],
                                 ["Referentie", doc_id]]),
            Block("p", "Wij bewaren persoonsgegevens niet langer dan nodig. Bij deze ronde zijn alle gegevens "
                       "vernietigd waarvan de bewaartermijn was verstreken, van alle klanten samen. Deze verklaring "
                       "noemt geen namen."),
            Block("h2", "1. Wat is vernietigd"),
            Block("table", columns=["Soort gegevens", "Aantal", "Wat er gebeurde"],
                  rows=[[w, str(count), how] for w, count, how in overview.lines()]) if not overview.empty
            else Block("p", "Niets: er was geen bewaartermijn verstreken."),
            Block("p", "Vernietigd betekent: uit het versleutelde register gewist en overschreven, ook in de "
                       "zoekindex en het logboek van de database, zodat de gegevens niet meer te herstellen zijn."),
            Block("h2", "2. Klanten die helemaal zijn gewist"),
            Block("p", (f"{n} " + ("klant had" if n == 1 else "klanten hadden") + " sinds de bewaartermijn "
                        "geen contact meer met ons en " + ("is" if n == 1 else "zijn") + " helemaal gewist. Per "
                        "klant staat op een eigen verklaring van vernietiging wat is vernietigd, wat de wet ons "
                        "laat bewaren en welke ontvangers wij informeren: " + ", ".join(erased) + ".") if erased
                  else "Geen: geen enkele klant viel onder de bewaartermijn."),
            *([Block("p", "Ontvangers die eerder gegevens van deze klanten kregen, informeren wij elk met een eigen "
                          "bericht (AVG art. 19):"),
               Block("table", columns=["Ontvanger", "Verstuurd op", "Hoe"], rows=[list(r) for r in notices or []])]
              if notices else []),
            Block("h2", "3. Wat bewaard blijft"),
            Block("p", "Facturen van gewiste klanten bewaren wij tot het einde van de fiscale bewaarplicht van 7 jaar "
                       "(Algemene wet inzake rijksbelastingen art. 52; AVG art. 17 lid 3 sub b), alleen voor de "
                       "belastingadministratie; daarna vernietigt het programma ze automatisch. Van de andere "
                       "vernietigde gegevens bewaren wij niets." if erased else
                  "Niets: van de vernietigde gegevens hoeft de wet ons niets te laten bewaren."),
            Block("h2", "4. Back-ups"),
            Block("p", "Back-ups van vóór vandaag bevatten deze gegevens nog. Wordt zo'n back-up teruggezet, dan "
                       "wist het programma de gewiste klanten direct opnieuw aan de hand van het wisregister, en "
                       "vernietigt de volgende ronde de andere gegevens opnieuw."),
        ]
        write_document(target, Document(title="Verklaring van vernietiging: verstreken bewaartermijnen",
                                        document_id=doc_id, issued_at=now, prepared_by=recorder, shop=shop,
                                        blocks=blocks))

    # --- paper and devices -----------------------------------------------------------------------------------
    def record_destruction(self, kind: str, what: str, method: str, *, done_on: dt.date | None = None,
                           by: str | None = None) -> tuple[str, bytes]:
        """Log paper shredded or burned, or customer data wiped from a device; returns its confirmation."""
        from ..reports.common import document_id
        from ..reports.document import Block, Document, write_document

        from ..domain.validation import check_free_text, required_text

        recorder = self._settings.recorder(by)
        if kind not in DESTROYED_KINDS:
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
                                            Block("pairs", rows=[["Soort", DESTROYED_KINDS[kind]], ["Wat", what],
                                                                 ["Hoe vernietigd", method],
                                                                 ["Datum", f"{day:%d-%m-%Y}"],
                                                                 ["Door", recorder], ["Referentie", doc_id]]),
                                            Block("p", ("Het papier is zo vernietigd" if kind == "paper" else
                                                        "De gegevens op het apparaat zijn zo gewist") +
                                                  " dat ze niet meer te herstellen zijn, zoals de "
                                                  "privacyverklaring van " + shop["shop_name"] + " belooft.")]))
        with self._db.atomic():  # the confirmation is kept with the record, to print again by its id
            store.add_destruction(kind, what, method, day, recorder, now)
            documents_store.keep(doc_id, "destruction", now, buffer.getvalue())
            self._audit.record(Action.ERASE, None, f"destroyed {kind} {doc_id} by {recorder}")
        return doc_id, buffer.getvalue()

    def destructions(self) -> list[tuple]:
        return store.destructions()

