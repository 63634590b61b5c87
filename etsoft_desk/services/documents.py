"""Documents the shop prints beside the access report: letters about requests, and the record of processing.

Each is written only where the owner asks, and each issue is in the audit log by its document id.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from ..domain.code_names import YES_NO
from ..domain.customer import display_name, postal_lines
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.personal_data import (CATEGORIES, KEPT_TABLES, RECIPIENT_ROLES, REQUEST_KINDS, TABLES,
                                    TRANSFER_GROUNDS)
from ..domain.processing_record import BASES as RECORD_BASES
from ..domain.processing_record import CRITERIA, TABLE_NAMES, record_text
from ..domain.requests import RequestStatus
from ..domain.rights import complaint_route
from ..store import customers as customers_store
from ..store import documents as documents_store
from .access import retention_text
from .audit import Action, AuditLog
from .requests import RequestService
from .settings import Settings
from .sharing import SharingService

# What protects the register today (Art. 32); only what the program really does.
SECURITY_MEASURES = [
    "Het klantregister is een versleuteld bestand (SQLCipher, AES-256); de sleutel staat in de sleutelbos van "
    "het besturingssysteem, met een geprinte herstelsleutel die op een veilige plek wordt bewaard.",
    "Gewiste gegevens worden overschreven, ook in de zoekindex en het logboek van de database.",
    "Een logboek legt vast wie wat deed met welke klant, zonder de gegevens zelf; elke regel is cryptografisch "
    "aan de vorige gekoppeld, zodat gewijzigde of verwijderde regels worden ontdekt.",
    "Bijzondere persoonsgegevens zijn verborgen; elke keer dat ze worden bekeken, wordt dat vastgelegd.",
    "Vrije tekstvelden weigeren betaalkaartnummers en burgerservicenummers.",
    "Geen persoonsgegevens in logbestanden, tijdelijke bestanden of foutrapporten; documenten worden alleen "
    "opgeslagen waar de gebruiker dat kiest.",
    # issue 16
    "Een register van datalekken (AVG art. 33 lid 5): elk incident met wanneer het gebeurde en ontdekt werd, wie "
    "en welke gegevens het betrof, de gevolgen, de maatregelen en het besluit om te melden (binnen 72 uur) en de "
    "betrokkenen te informeren; zonder kopie van de gelekte gegevens.",
]
SUBJECTS = ("Klanten van 18 jaar en ouder, en personen over wie wij gegevens van een derde kregen "
            "(bijvoorbeeld een collega-bedrijf). Van personen jonger dan 18 jaar leggen wij niets vast. Van wie "
            "een verzoek over zijn gegevens doet zonder klant te zijn, bewaren wij alleen de naam en waar het "
            "antwoord heen gaat, bij het verzoek.")


class DocumentService:
    def __init__(self, db, audit: AuditLog, settings: Settings, requests: RequestService, sharing: SharingService,
                 clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._requests = requests
        self._sharing = sharing
        self._clock = clock

    # --- letters about a request (Art. 12(3) and 12(4)) ----------------------------------------------
    def request_letter(self, request_id: int, path: Path, *, by: str | None = None, overwrite: bool = False) -> str:
        from . import outputs

        outputs.check(path, overwrite=overwrite)
        doc_id, pdf = self.render_letter(request_id, by=by)
        outputs.write(path, pdf, overwrite=overwrite)
        return doc_id

    def render_letter(self, request_id: int, *, by: str | None = None) -> tuple[str, bytes]:
        """The letter for a request's extension or refusal, addressed to the customer's registered address."""
        from ..reports.common import document_id
        from ..reports.document import Block, Document, write_document

        recorder = self._settings.recorder(by)
        request = self._requests.get(request_id)
        if request.status is RequestStatus.REFUSED:
            kind, prefix = "refusal", "WB"
        elif request.extended_months and request.open:
            kind, prefix = "extension", "VB"
        else:
            raise UserError(Msg.LETTER_NOT_NEEDED)
        card = customers_store.load_card(request.customer_id) if request.customer_id else None
        name = display_name(card.first_name, card.infix, card.last_name) if card else "Geachte heer/mevrouw"
        if request.not_customer:  # someone who is not a customer: the name and address they gave
            name = request.requester_name
        address = [name]
        if request.not_customer and request.answer_to and "@" not in request.answer_to:
            address.append(request.answer_to)
        if card:
            address += postal_lines(card.address)
        shop, ap = self._settings.shop(), self._settings.authority()
        what = REQUEST_KINDS.get(request.kind.value, request.kind.value)
        received = f"{request.received_on:%d-%m-%Y}"
        complaint = "Bent u het hier niet mee eens, laat het ons dan weten. " + complaint_route(ap)
        blocks = [Block("p", f"Geachte {name},")]
        if kind == "extension":
            title = "Verlenging van de termijn voor uw verzoek"
            blocks += [
                Block("p", f"Op {received} ontvingen wij uw verzoek ({what}, verzoek nr. {request.id}). De wet geeft "
                           f"ons een maand om te antwoorden, tot {request.first_due:%d-%m-%Y}."),
                Block("p", f"Wij hebben meer tijd nodig en verlengen deze termijn met {request.extended_months} "
                           f"maand{'en' if request.extended_months > 1 else ''}, tot uiterlijk {request.due:%d-%m-%Y} "
                           "(AVG art. 12 lid 3). De reden is:"),
                Block("p", request.extension_reason),
                Block("p", complaint)]
        else:
            title = "Besluit over uw verzoek"
            blocks += [
                Block("p", f"Op {received} ontvingen wij uw verzoek ({what}, verzoek nr. {request.id}). Wij kunnen "
                           "aan uw verzoek niet voldoen (AVG art. 12 lid 4). De redenen zijn:"),
                Block("p", request.outcome),
                Block("p", complaint)]
        blocks += [Block("p", "Met vriendelijke groet,"), Block("p", f"{shop['shop_name']}\n{recorder}")]
        if request.answer_to and "@" in request.answer_to:
            blocks.append(Block("p", f"Wij sturen deze brief ook naar het bij ons bekende e-mailadres "
                                     f"{request.answer_to}."))
        doc_id = document_id(prefix)
        buffer = io.BytesIO()
        write_document(buffer, Document(title=title, document_id=doc_id, issued_at=self._clock(),
                                        prepared_by=recorder, shop=shop, blocks=blocks, address=address))
        with self._db.atomic():
            if request.customer_id is not None:  # kept to print again; it goes with the customer at an erasure
                # (a letter to someone who is not a customer is made anew from the request instead: the request
                # loses their name at the retention run, and a kept letter would keep it)
                documents_store.keep(doc_id, f"{kind}_letter", self._clock(), buffer.getvalue(),
                                     customer_id=request.customer_id, personal=True)
            self._audit.record(Action.REPORT, None, f"{kind} letter {doc_id} for request "  # see requests.py
                                                                   f"{request_id} by {recorder}")
        return doc_id, buffer.getvalue()

    # --- record of processing (Art. 30) ---------------------------------------------------------------
    def processing_record(self, path: Path, *, by: str | None = None, overwrite: bool = False) -> str:
        from . import outputs

        outputs.check(path, overwrite=overwrite)
        doc_id, pdf = self.render_processing_record(by=by)
        outputs.write(path, pdf, overwrite=overwrite)
        return doc_id

    def render_processing_record(self, *, by: str | None = None) -> tuple[str, bytes]:
        from ..reports.common import document_id
        from ..reports.document import Block, Document, write_document

        recorder = self._settings.recorder(by)
        shop, ap = self._settings.shop(), self._settings.authority()
        months = self._settings.retention_months()
        recipients = self._sharing.recipients()
        tables_of = {c.key: list(dict.fromkeys(TABLE_NAMES[t.name] for t in (*TABLES, *KEPT_TABLES)
                                               for f in t.fields if t.category_of(f) == c.key))
                     for c in CATEGORIES}

        def row(c) -> list[str]:  # the shop's record: the customer in the third person
            title, what, purpose = record_text(c.key, c.title, c.what, c.purpose)
            retention = CRITERIA.get(c.key) or retention_text(c, months[c.key])
            return [f"{title}: {what}", purpose, RECORD_BASES.get(c.basis, c.basis), retention,
                    {"delete": "vernietigen", "anonymise": "anonimiseren",
                     "keep": f"bewaren: {c.keep_ground}"}[c.erasure.value]]
        controller = [["Naam", shop["shop_name"]], ["Adres", shop["shop_address"]], ["E-mail", shop["shop_email"]],
                      ["KvK-nummer", shop["shop_kvk"] or "—"], ["Telefoon", shop.get("shop_phone") or "—"],
                      ["Functionaris gegevensbescherming", "Niet aangesteld (niet verplicht voor deze verwerking)"]]
        blocks = [
            Block("p", "Register van verwerkingsactiviteiten volgens artikel 30 lid 1 AVG. De vrijstelling voor "
                       "kleine organisaties geldt niet: de verwerking is niet incidenteel en kan gezondheidsgegevens "
                       "omvatten."),
            Block("h2", "1. Verwerkingsverantwoordelijke"), Block("pairs", rows=controller),
            Block("h2", "2. Betrokkenen"), Block("p", SUBJECTS),
            Block("h2", "3. Doelen, soorten gegevens, grondslagen en bewaartermijnen"),
            Block("table", columns=["Soort gegevens", "Doel", "Grondslag", "Bewaartermijn", "Bij wissen"],
                  rows=[row(c) for c in CATEGORIES]),
            Block("h2", "4. Ontvangers"),
        ]
        if recipients:
            blocks.append(Block("table", columns=["Ontvanger", "Soort", "Land", "Verwerkersovereenkomst", "Actief"],
                                rows=[[r.name, RECIPIENT_ROLES.get(r.role.value, r.role.value), r.country,
                                       YES_NO[r.processor_agreement], YES_NO[r.active]]
                                      for r in recipients]))
            blocks.append(Block("p", "Met partners en dienstverleners wordt alleen gedeeld na voorafgaande "
                                     "toestemming van de klant; elke verstrekking wordt vastgelegd."))
        else:
            blocks.append(Block("p", "Geen ontvangers vastgelegd."))
        outside = [r for r in recipients if r.outside_eea]
        blocks.append(Block("h2", "5. Doorgifte buiten de EER"))
        if outside:
            blocks.append(Block("table", columns=["Ontvanger", "Land", "Grond voor de doorgifte", "Waarborgen te lezen"],
                                rows=[[r.name, r.country, TRANSFER_GROUNDS[r.transfer_ground.value]
                                       if r.transfer_ground else "NIET VASTGELEGD: er mag niets naartoe",
                                       r.safeguards or "—"] for r in outside]))
        else:
            blocks.append(Block("p", "Geen."))
        blocks += [Block("h2", "6. Beveiligingsmaatregelen (AVG art. 32)"),
                   *[Block("p", "• " + m) for m in SECURITY_MEASURES],
                   Block("h2", "7. Toezichthouder"),
                   Block("p", f"{ap['authority_name']}, {ap['authority_address']}, telefoon {ap['authority_phone']}, "
                              f"{ap['authority_website']}."),
                   Block("h2", "8. Gegevens per soort in het register"),
                   Block("table", columns=["Soort gegevens", "Vastgelegd in"],
                         rows=[[record_text(c.key, c.title, c.what, c.purpose)[0], ", ".join(tables_of[c.key])]
                               for c in CATEGORIES])]
        doc_id = document_id("AR")
        now = self._clock()
        buffer = io.BytesIO()
        write_document(buffer, Document(title="Register van verwerkingsactiviteiten", document_id=doc_id,
                                        issued_at=now, prepared_by=recorder, shop=shop, blocks=blocks,
                                        subtitle=f"Stand per {now:%d-%m-%Y}"))
        with self._db.atomic():
            self._audit.record(Action.REPORT, None, f"processing record {doc_id} by {recorder}")
        return doc_id, buffer.getvalue()
