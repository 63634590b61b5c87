"""Fictitious customers for the demo register, the screenshots and the benchmarks.

Names are common Dutch and Flemish names combined at random, addresses in Zeeuws-Vlaanderen,
email addresses at example.com (reserved, never delivered), mobile numbers in the 06 range.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from decimal import Decimal

from ..domain.customer import (AgeCheck, Address, CustomerCard, Interest, Invoice, JobKind, JobStatus, ServiceJob,
                               SourceKind, Visit)

FIRST = ["Jan", "Piet", "Kees", "Marieke", "Anouk", "Sanne", "Ruud", "Bram", "Lotte", "Femke", "Joris", "Emma",
         "Daan", "Sophie", "Lieke", "Thijs", "Noor", "Wim", "Ingrid", "Hendrik", "Els", "Koen", "Mirjam", "Stijn",
         "Annelies", "Gert", "Yvonne", "Rik", "Johan", "Linda", "Ilse", "Maarten", "Nathalie", "Dirk", "Inge"]
INFIX = ["", "", "", "", "van", "de", "van der", "van den", "de", "van de", "ter", "den"]
LAST = ["Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peeters", "Dekker", "Hendriks",
        "Verhoeven", "Maas", "Dijk", "Berg", "Broek", "Wit", "Claeys", "Vermeulen", "Goossens", "Janssens", "Kok",
        "Martens", "Verbeke", "Hoek", "Brink", "Dam", "Steen", "Heuvel", "Leeuw", "Wouters", "Burg", "Roels"]
PLACES = [("4561", "Hulst"), ("4562", "Hulst"), ("4564", "Sint Jansteen"), ("4569", "Graauw"),
          ("4565", "Kapellebrug"), ("4566", "Heikant"), ("4568", "Nieuw-Namen"), ("4571", "Axel"),
          ("4551", "Sas van Gent"), ("4531", "Terneuzen"), ("4543", "Zaamslag"), ("4587", "Kloosterzande")]
STREETS = ["Steenstraat", "Gentsestraat", "Dubbele Poort", "Grote Markt", "Zoutestraat", "Hoofdstraat",
           "Kerkstraat", "Molenweg", "Stationsplein", "Nieuwstraat", "Wilhelminastraat", "Polderweg"]
DEVICES = [("Laptop HP ProBook 450", "5CD"), ("Desktop Dell OptiPlex 7090", "D7"), ("Printer Brother HL-L2350",
           "E7"), ("iPad Air", "DMP"), ("Router Fritz!Box 7590", "AVM"), ("Laptop Lenovo ThinkPad E14", "PF")]
JOB_TEXT = {JobKind.REMOTE_HELP: "Hulp op afstand: e-mail instellen", JobKind.REPAIR: "Scherm vervangen",
            JobKind.INSTALLATION: "Installatie en inrichting thuisnetwerk"}


DEMO_PIN = "1234"  # the demo's counter lock opens with it; the window shows it (the demo has no recovery sheet)


def demo_cards(count: int, seed: int = 2018, today: dt.date | None = None) -> Iterator[CustomerCard]:
    rng = random.Random(seed)
    today = today or dt.date(2026, 1, 1)
    for i in range(count):
        first, infix, last = rng.choice(FIRST), rng.choice(INFIX), rng.choice(LAST)
        digits, city = rng.choice(PLACES)
        letters = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVWXZ")
        mail_name = f"{first}.{infix.replace(' ', '')}{last}".lower().replace("..", ".")
        yield CustomerCard(
            first_name=first, infix=infix, last_name=last,
            emails=[f"{mail_name}{i}@example.com"],
            phones=[f"06{rng.randint(10_000_000, 59_999_999)}"],
            address=Address(street=rng.choice(STREETS), house_number=rng.randint(1, 180),
                            house_number_addition=rng.choice(["", "", "", "", "A", "B"]),
                            postcode=f"{digits} {letters}", city=city, country="NL"),
            age_confirmed=True, age_check=rng.choice([AgeCheck.ID_SHOWN, AgeCheck.SELF_DECLARED]),
            age_checked_on=today - dt.timedelta(days=rng.randint(0, 2000)),
            source_kind=SourceKind.CUSTOMER,
            interests={x for x in Interest if rng.random() < 0.4},
            notes=rng.choice(["", "", "Belt liever na 17:00.", "Vaste klant sinds 2015.", "Heeft twee laptops."]),
        )


def demo_history(rng: random.Random, today: dt.date, invoice_seq: Iterator[int]):
    """A few visits, service jobs and invoices for one customer."""
    visits = [Visit(date=today - dt.timedelta(days=rng.randint(1, 900)), purpose=rng.choice(
        ["Laptop gebracht", "Advies nieuwe printer", "Laptop opgehaald", "Vraag over back-up"]))
        for _ in range(rng.randint(0, 3))]
    jobs, invoices = [], []
    for _ in range(rng.randint(0, 3)):
        kind = rng.choice(list(JobKind))
        device, prefix = rng.choice(DEVICES)
        when = today - dt.timedelta(days=rng.randint(1, 900))
        status = JobStatus.DONE if when < today - dt.timedelta(days=30) else rng.choice(list(JobStatus)[:3])
        jobs.append(ServiceJob(date=when, kind=kind, device=device, serial_number=f"{prefix}{rng.randint(10**6, 10**7)}",
                               description=JOB_TEXT[kind], status=status))
        if status == JobStatus.DONE:
            invoices.append(Invoice(number=f"{when.year}-{next(invoice_seq):05d}", date=when,
                                    amount=Decimal(rng.randint(2500, 45000)) / 100))
    return visits, jobs, invoices


DEMO_STATEMENT = ("ETSoft Privacyverklaring (demo)\n\nDeze verklaring geldt voor ETSoft te Hulst. "
                  "Wij gebruiken uw gegevens om u de diensten te leveren die u vraagt ...")
REFERRERS = ["Collega PC-Hulp Axel", "Facebook-groep Hulst e.o.", "Installatiebedrijf Terneuzen"]


def fill(register, count: int = 300, seed: int = 2018) -> list[int]:
    """Put ``count`` fictitious customers with some history, consents and sources into an open register."""
    from ..domain.consent import Channel, ConsentMethod, ConsentState

    today = register.clock().date()
    rng = random.Random(seed + 1)
    seq = iter(range(1, 10**6))
    ids = []
    register.settings.staff_initials = "JV"
    register.statements.load(DEMO_STATEMENT, dt.date(2018, 4, 10))
    from ..domain.sharing import RecipientRole

    accountant = register.sharing.add_recipient("Administratiekantoor De Schelde (demo)", RecipientRole.PROCESSOR,
                                                processor_agreement=True)
    partner = register.sharing.add_recipient("Glasvezel Zeeuws-Vlaanderen (demo)", RecipientRole.PARTNER)
    register.sharing.add_recipient("Printerservice Gent (demo)", RecipientRole.SERVICE_PROVIDER, country="BE")
    for card in demo_cards(count, seed, today):
        if rng.random() < 0.03:
            card.source_kind, card.source_name = SourceKind.THIRD_PARTY, rng.choice(REFERRERS)
            card.source_date, card.source_how = today - dt.timedelta(days=rng.randint(3, 45)), "doorverwezen"
        cid = register.customers.create(card)
        for channel in (Channel.EMAIL, Channel.POST, Channel.IN_STORE):
            roll = rng.random()
            if roll < 0.5:
                register.consent.record(cid, channel, ConsentState.GRANTED, ConsentMethod.COUNTER)
                if roll < 0.05:
                    register.consent.withdraw(cid, channel, ConsentMethod.EMAIL)
            elif roll < 0.7:
                register.consent.record(cid, channel, ConsentState.REFUSED, ConsentMethod.COUNTER)
        visits, jobs, invoices = demo_history(rng, today, seq)
        for v in visits:
            register.customers.add_visit(cid, v)
        for j in jobs:
            register.customers.add_service_job(cid, j)
        for inv in invoices:
            register.customers.add_invoice(cid, inv)
            register.sharing.disclose(cid, accountant, f"factuur {inv.number}")
        if rng.random() < 0.1:
            register.sharing.approve(cid, partner, data="naam, adres, telefoon", purpose="offerte glasvezel",
                                     method="counter")
            register.sharing.disclose(cid, partner, "naam, adres, telefoon")
        ids.append(cid)
    from ..domain.referral import NameShown

    quotes = ["Binnen een uur was mijn laptop weer als nieuw. Aanrader!", "Eindelijk goede wifi in het hele huis.",
              "Hulp op afstand werkte perfect, heel geduldig uitgelegd.", "Printer geïnstalleerd en alles uitgelegd."]
    for n, cid in enumerate(ids[5:9]):
        rid = register.referrals.request(cid, quotes[n], list(NameShown)[n % 3])
        if n >= 1:
            register.referrals.approve(rid, "afdruk getekend aan de balie", "counter")
        if n >= 2:
            register.referrals.publish(rid, "https://www.etsoft.nl/referenties")
        if n == 3:
            register.referrals.withdraw(rid, "email")
    from ..domain.requests import IdentityCheck, RequestChannel, RequestKind

    for n, (kind, days_ago, channel) in enumerate(((RequestKind.ACCESS, 2, RequestChannel.COUNTER),
                                                   (RequestKind.RECTIFICATION, 27, RequestChannel.EMAIL),
                                                   (RequestKind.PORTABILITY, 40, RequestChannel.LETTER))):
        request = register.requests.add(ids[10 + n], kind, today - dt.timedelta(days=days_ago), channel,
                                        identity=IdentityCheck.ID_SHOWN if n == 0 else IdentityCheck.REGISTERED_EMAIL)
        if n == 2:  # the export was handed over on a USB stick (the demo writes no file): noted, then done
            from . import rights

            with register.transaction():
                rights.carried_out(request, ids[10 + n], kind, "portability", "zip", register.clock(), "JV")
            register.requests.complete(request, "export meegegeven op USB-stick")
    return ids
