"""A fictitious customer with data in every category of the personal-data registry."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from etsoft_desk.domain.corrections import RowKind
from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.customer import JobKind, JobStatus, ServiceJob, SourceKind, Visit, Invoice
from etsoft_desk.domain.referral import NameShown
from etsoft_desk.domain.requests import IdentityCheck, RequestChannel, RequestKind
from etsoft_desk.domain.rights import ObjectionDecision, RestrictionReason
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.services.sensitive import SensitiveCategory
from etsoft_desk.services.todo import TodoKind
from tests.helpers.cards import distinctive_card

# Values of the related records that occur nowhere else (the card's are in cards.DISTINCTIVE_VALUES).
RELATED_VALUES = ["Kwispelkoppeling", "SN-QX-778812", "Trilobietmodem", "F-2026-QX17", "Marmotbeheer",
                  "Slechthorend-Quokka", "Fonkelreparatie", "Pelikaanlijst", "Zwermgegevens",
                  "Vlinderpost-enquête", "Mosselbankgronden"]


def fill_every_category(register, *, jobs: int = 1, invoices: bool = True) -> tuple[int, int]:
    """Create the customer; returns (customer id, access request id)."""
    register.settings.staff_initials = "JV"
    if register.statements.current() is None:
        register.statements.load("Privacyverklaring ETSoft, versie voor de test.", dt.date(2026, 1, 1))
    card = distinctive_card()
    card.source_kind = SourceKind.THIRD_PARTY
    card.source_name = "Marmotbeheer BV"
    card.source_date = dt.date(2026, 10, 1)
    card.source_how = "doorverwezen per e-mail"
    cid = register.customers.create(card)
    register.customers.add_visit(cid, Visit(dt.date(2026, 11, 2), "Kwispelkoppeling laten zien"))
    for n in range(jobs):
        register.customers.add_service_job(cid, ServiceJob(
            dt.date(2026, 11, 3) - dt.timedelta(days=n), JobKind.REPAIR, device="Trilobietmodem X2",
            serial_number=f"SN-QX-778812-{n}" if n else "SN-QX-778812", description=f"Fonkelreparatie van de voeding {n}",
            status=JobStatus.DONE))
    if invoices:
        register.customers.add_invoice(cid, Invoice("F-2026-QX17", dt.date(2026, 11, 4), Decimal("1234.56")))
    register.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    register.consent.record(cid, Channel.SMS, ConsentState.REFUSED, ConsentMethod.PHONE)
    register.consent.withdraw(cid, Channel.EMAIL, ConsentMethod.EMAIL)
    register.todo.mark_done(TodoKind.STATEMENT_NOTICE, cid, "letter")
    register.todo.mark_done(TodoKind.ART14_NOTICE, cid, "letter")
    partner = next((r.id for r in register.sharing.recipients() if r.name == "Pelikaanlijst Installaties"), None) \
        or register.sharing.add_recipient("Pelikaanlijst Installaties", RecipientRole.PARTNER, country="BE")
    register.sharing.approve(cid, partner, data="naam en adres", purpose="installatie van Zwermgegevens-router",
                             method="counter")
    register.sharing.disclose(cid, partner, "naam, adres en telefoonnummer")
    referral = register.referrals.request(cid, "Snelle Fonkelreparatie, echt een aanrader!", NameShown.INITIALS)
    register.referrals.approve(referral, "handtekening op het formulier", "paper")
    register.referrals.publish(referral, "https://www.etsoft.nl/referenties")
    register.sensitive.add(cid, SensitiveCategory.HEALTH, "Slechthorend-Quokka: rustig en duidelijk praten",
                           explicit_consent=True, consent_method="counter")
    request = register.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 20), RequestChannel.COUNTER,
                                    identity=IdentityCheck.ID_SHOWN)
    register.sharing.object(cid, "letter")
    # Restriction (lifted again, so it blocks nothing later) and an objection under Art. 21(1), decided.
    register.rights.restrict(cid, RestrictionReason.ACCURACY_CONTESTED, fields=["address"])
    register.rights.lift(cid, told_how="per brief")
    objection = register.rights.object_to_processing(cid, "Vlinderpost-enquête", ConsentMethod.LETTER)
    register.rights.decide(cid, objection, ObjectionDecision.UPHELD, "geen Mosselbankgronden")
    # A corrected visit (the value before it is kept), and the Art. 19 letter to the partner about it.
    visit = register.customers.open(cid, log_view=False).visits[0].id
    corrected = register.corrections.correct(RowKind.VISIT, visit, {"purpose": "Kwispelkoppeling laten instellen"})
    register.corrections.letters(corrected.ids)
    # A data breach that concerned them (issue 16); the breach's own text names nobody.
    breach = register.breaches.add(register.breaches.concerned(customers=[cid]), aware="2026-11-24 09:00",
                                   what="Werkbon op de toonbank laten liggen", kind="confidentiality")
    register.breaches.decide(breach, report="no", tell="yes", reason="alleen naam en adres, één persoon")
    # A document waiting in the outbox for them (issue 12); the mail server is not set up, so it stays.
    register.outbox.queue(document_id="OV-TEST", kind="consent_receipt", attachment=b"%PDF-1.4 Zwermgegevens",
                          attachment_name="toestemmingen.pdf", to=register.outbox.card_address(cid),
                          address_kind="card", customer_id=cid)
    return cid, request
