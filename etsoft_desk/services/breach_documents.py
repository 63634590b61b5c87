"""The documents of a data breach, in plain Dutch: the summary for the AP's online form (Art. 33(3)) and a letter
per person concerned (Art. 34(2)). Layout in reports/document.py; only the text is made here.

The letters name the person, so they exist only in memory until the owner saves or prints them.
"""

from __future__ import annotations

import datetime as dt
import io

from ..domain.code_names import YES_NO
from ..domain.breach import ENCRYPTION_NL, Breach, Scope
from ..domain.code_names import BREACH_KINDS, BREACH_SCOPES, KEY_WHERE
from ..domain.customer import display_name, postal_lines
from ..domain.personal_data import CATEGORY
from ..domain.processing_record import record_text
from ..domain.rights import complaint_route
from .settings import Settings

NOT_YET = "nog niet vastgesteld"


def _yes_no(value: bool | None) -> str:
    return "nog niet besloten" if value is None else YES_NO[bool(value)]


def _moment(value: dt.datetime | None) -> str:
    return f"{value:%d-%m-%Y %H:%M}" if value else "onbekend"


def exposed_what(breach: Breach) -> str:
    """What was exposed, in words, without the exposed data (a document id, a file name)."""
    what = BREACH_SCOPES[breach.scope]
    if breach.scope is Scope.DOCUMENT:
        return f"{what}: {breach.scope_ref}"
    if breach.scope is Scope.BACKUP:
        return f"{what}: {breach.scope_ref}"
    return what


def encryption_text(breach: Breach) -> str:
    if breach.encrypted is None:
        return "Niet van toepassing: het ging niet om een bestand van het register."
    if not breach.encrypted:
        return "Het bestand was niet versleuteld."
    where = KEY_WHERE.get(breach.key_where, "onbekend") if breach.key_where else "onbekend"
    text = f"Het bestand was {ENCRYPTION_NL}. De sleutel was {where}."
    if breach.unintelligible:
        text += (" Voor wie het bestand nu heeft, zijn de gegevens onleesbaar (AVG art. 34 lid 3 sub a: de "
                 "betrokkenen hoeven dan niet te worden geïnformeerd).")
    return text


def summary_pdf(breach: Breach, settings: Settings, recorder: str, now: dt.datetime) -> tuple[str, bytes]:
    from ..reports.common import document_id
    from ..reports.document import Block, Document, write_document

    shop = settings.shop()
    late = (breach.reported_on or now.date()) > breach.deadline.date() or (
        breach.reported_on is None and now > breach.deadline)
    contact = [["Organisatie", shop["shop_name"]], ["Adres", shop["shop_address"]], ["E-mail", shop["shop_email"]],
               ["Telefoon", shop.get("shop_phone") or "—"], ["KvK-nummer", shop.get("shop_kvk") or "—"],
               ["Contactpersoon", recorder],
               ["Functionaris gegevensbescherming", "niet aangesteld (niet verplicht); contact via de organisatie"]]
    nature = [["Datalek nr.", str(breach.id)], ["Gebeurd op", _moment(breach.happened_at)],
              ["Ontdekt op", f"{_moment(breach.aware_at)} (hier begint de termijn van 72 uur)"],
              ["Uiterlijk melden", _moment(breach.deadline)],
              ["Soort inbreuk", BREACH_KINDS[breach.kind]], ["Wat er is gebeurd", breach.what],
              ["Wat er is gelekt", exposed_what(breach)]]
    people = [["Aantal betrokkenen (ongeveer)", str(breach.people)],
              ["Aantal gegevensrecords (ongeveer)", str(breach.records)],
              ["Bijzondere persoonsgegevens (AVG art. 9)", YES_NO[breach.special]],
              ["Soort betrokkenen", "klanten van de winkel (18 jaar en ouder)"]]
    categories = [list(record_text(c, CATEGORY[c].title, CATEGORY[c].what, CATEGORY[c].purpose)[:2])
                  for c in breach.categories if c in CATEGORY]  # the shop to the AP: the customer in third person
    decision = [["Melden aan de AP", _yes_no(breach.report_ap)],
                ["Betrokkenen informeren", _yes_no(breach.tell_people)],
                ["Redenen", breach.decision_reason or "—"], ["Besloten door", breach.decided_by or "—"],
                ["Gemeld op", f"{breach.reported_on:%d-%m-%Y}" if breach.reported_on else "nog niet gemeld"],
                ["Kenmerk van de AP", breach.ap_reference or "—"]]
    blocks = [
        Block("p", "Deze samenvatting bevat alles wat het meldformulier van de Autoriteit Persoonsgegevens vraagt "
                   "(AVG art. 33 lid 3). Neem de gegevens over in het online formulier op "
                   f"{settings.authority()['authority_website']}; noteer daarna de datum van de melding en het "
                   "kenmerk van de AP in het register."),
        Block("h2", "1. Contactgegevens (art. 33 lid 3 sub b)"), Block("pairs", rows=contact),
        Block("h2", "2. Aard van het datalek (art. 33 lid 3 sub a)"), Block("pairs", rows=nature),
        Block("h2", "3. Betrokkenen en gegevens (art. 33 lid 3 sub a)"), Block("pairs", rows=people),
        Block("table", columns=["Soort persoonsgegevens", "Welke gegevens"], rows=categories or [["—", "—"]]),
        Block("h2", "4. Versleuteling"), Block("p", encryption_text(breach)),
        Block("h2", "5. Waarschijnlijke gevolgen (art. 33 lid 3 sub c)"),
        Block("p", breach.consequences or NOT_YET),
        Block("h2", "6. Genomen en voorgestelde maatregelen (art. 33 lid 3 sub d)"),
        Block("pairs", rows=[["Genomen", breach.measures_taken or NOT_YET],
                             ["Voorgesteld", breach.measures_proposed or NOT_YET]]),
        Block("h2", "7. Besluit"), Block("pairs", rows=decision)]
    if late:
        blocks += [Block("h2", "8. Reden van de vertraging (art. 33 lid 1)"),
                   Block("p", breach.delay_reason or "De termijn van 72 uur is verstreken: vermeld de reden van de "
                                                     "vertraging.")]
    doc_id = document_id("DS")
    buffer = io.BytesIO()
    write_document(buffer, Document(title="Melding datalek aan de Autoriteit Persoonsgegevens", document_id=doc_id,
                                    issued_at=now, prepared_by=recorder, shop=shop, blocks=blocks,
                                    subtitle=f"Datalek nr. {breach.id} · samenvatting voor het meldformulier"))
    return doc_id, buffer.getvalue()


def _advice(categories: tuple[str, ...]) -> str:
    advice = ["Wees alert op e-mails, sms'jes, telefoontjes of brieven die naar dit voorval verwijzen of die om "
              "gegevens, wachtwoorden of een betaling vragen: dat kan oplichting (phishing) zijn. Wij vragen u "
              "nooit om een wachtwoord of betaalgegevens per e-mail of telefoon."]
    if "address" in categories:
        advice.append("Krijgt u onverwacht post of bezoek dat met dit voorval te maken lijkt te hebben, laat het "
                      "ons weten.")
    if "service_jobs" in categories:
        advice.append("Gebruikt u op een apparaat dat wij voor u repareerden een wachtwoord dat u ons gaf, "
                      "verander dat wachtwoord dan.")
    return " ".join(advice)


def letters_pdf(breach: Breach, cards: dict, settings: Settings, recorder: str, now: dt.datetime,
                singles: dict[str, bytes] | None = None) -> tuple[list[tuple[int, str]], bytes]:
    """One letter per person (a page each); returns (customer id, letter id) per letter and the PDF. With
    ``singles``, each letter is also laid out on its own there (letter id → PDF), to be kept (issue 12 item 6)."""
    from ..reports.common import document_id
    from ..reports.document import Block, Document, write_letters

    shop, ap = settings.shop(), settings.authority()
    contact = ", ".join(x for x in (shop["shop_address"], shop["shop_email"], shop.get("shop_phone", "")) if x)
    docs, made = [], []
    for person in breach.persons:
        card = cards.get(person.customer_id)
        if card is None:
            continue
        name = display_name(card.first_name, card.infix, card.last_name)
        address = [name, *postal_lines(card.address)]
        titles = [CATEGORY[c].title.lower() for c in person.categories if c in CATEGORY]
        doc_id = document_id("DL")
        blocks = [
            Block("p", f"Geachte {name},"),
            Block("p", f"Wij moeten u iets vervelends laten weten. Op {breach.aware_at:%d-%m-%Y} ontdekten wij dat "
                       "er iets is misgegaan met persoonsgegevens die wij van u hebben. Dat heet een datalek. "
                       "Wij vertellen u hier wat er is gebeurd en wat u kunt doen (AVG art. 34)."),
            Block("h2", "Wat is er gebeurd?"), Block("p", breach.what),
            Block("h2", "Om welke gegevens van u gaat het?"),
            Block("p", (", ".join(titles) or "uw naam") + "." + (
                " Daarbij gaat het ook om bijzondere persoonsgegevens (zoals over uw gezondheid) die u ons gaf."
                if person.special else "")),
            Block("h2", "Wat kunnen de gevolgen zijn?"),
            Block("p", breach.consequences or "Wij weten nog niet precies wat de gevolgen kunnen zijn. Wij laten "
                                              "het u weten als wij meer weten."),
            Block("h2", "Wat hebben wij gedaan?"),
            Block("p", " ".join(x for x in (breach.measures_taken, breach.measures_proposed) if x)
                  or "Wij onderzoeken wat er is gebeurd en nemen maatregelen om herhaling te voorkomen."),
            Block("h2", "Wat kunt u zelf doen?"), Block("p", _advice(person.categories)),
            Block("h2", "Vragen?"),
            Block("p", f"Neem gerust contact met ons op: {shop['shop_name']}, {contact}. " + complaint_route(ap)),
            Block("p", "Het spijt ons dat dit is gebeurd."),
            Block("p", "Met vriendelijke groet,"), Block("p", f"{shop['shop_name']}\n{recorder}"),
            Block("p", f"Ons kenmerk: {doc_id} (datalek nr. {breach.id})")]
        docs.append(Document(title="Wij informeren u over een datalek", document_id=doc_id, issued_at=now,
                             prepared_by=recorder, shop=shop, blocks=blocks, address=address))
        made.append((person.customer_id, doc_id))
        if singles is not None:
            single = io.BytesIO()
            write_letters(single, docs[-1:])
            singles[doc_id] = single.getvalue()
    buffer = io.BytesIO()
    write_letters(buffer, docs, title=f"Brieven datalek nr. {breach.id}", document_id=document_id("DB"))
    return made, buffer.getvalue()
