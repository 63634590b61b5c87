"""The record of processing (Art. 30) in its own voice: the shop's record about its customers, in the third
person, where the registry (personal_data.py) speaks to the customer for the access report.

Every category and every table of the registry has its entry here; a test fails where one is missing, so a new
category cannot fall back to the customer's "u" in the shop's record.
"""

from __future__ import annotations

CUSTOMER_RELATION = ("Klantrelatie: de klant herkennen, bereiken en helpen bij hulp op afstand, reparatie en "
                     "installatie")
CONSENT = "Toestemming van de klant (AVG art. 6 lid 1 sub a)"

# category key: (title, which data, purpose); None keeps the registry's text (it names no "u").
RECORD: dict[str, tuple[str | None, str | None, str | None]] = {
    "identity": (None, None, CUSTOMER_RELATION),
    "contact": (None, None, CUSTOMER_RELATION),
    "address": (None, None, CUSTOMER_RELATION + "; installatie en reparatie aan huis"),
    "age": (None, "bevestiging dat de klant 18 jaar of ouder is, hoe en wanneer gecontroleerd",
            "Geen gegevens vastleggen van personen jonger dan 18 jaar"),
    "source": (None, "van wie de gegevens komen (de klant zelf of een derde), wanneer en hoe",
               "Verantwoording over de herkomst; de klant informeren als de gegevens van een ander kwamen "
               "(AVG art. 14)"),
    "interests": (None, "interesse van de klant in hulp op afstand, reparatie en installatie",
                  "De klant informeren over en helpen met de diensten waarin hij of zij interesse heeft"),
    "notes": (None, "notities die medewerkers over de klant schreven", CUSTOMER_RELATION),
    "visits": (None, None, CUSTOMER_RELATION),
    "service_jobs": (None, None, None),
    "invoices": (None, None, None),
    "consents": (None, "keuzes van de klant per kanaal (e-mail, telefoon, sms, post, sociale media, app, winkel) "
                       "met datum, wijze en de getoonde versie van de privacyverklaring",
                 "De klant alleen benaderen zoals hij of zij wil, en kunnen aantonen dat toestemming is gegeven "
                 "(AVG art. 7 lid 1)"),
    "notices": (None, "wanneer en hoe de klant over een gewijzigde privacyverklaring is geïnformeerd",
                "Aantonen dat de klant over wijzigingen is geïnformeerd"),
    "sharing": (None, "toestemming van de klant om gegevens met een genoemde partner of dienstverlener te delen, "
                      "en bezwaar tegen delen", "Alleen delen met voorafgaande toestemming van de klant"),
    "disclosures": (None, None, None),
    "referrals": (None, "de tekst van de referentie, hoe de naam wordt getoond, de goedkeuring en de publicatie",
                  "De referentie van de klant op de eigen website tonen, alleen na goedkeuring"),
    "special": (None, "gegevens over gezondheid (bijv. toegankelijkheid) die de klant zelf gaf",
                "De klant beter van dienst zijn, bijvoorbeeld bij toegankelijkheid"),
    "rights": (None, "of de klant de verwerking liet beperken of bezwaar maakte, waarom, sinds wanneer en wat "
                     "wij besloten",
               "De keuzes van de klant naleven en dat kunnen aantonen (AVG art. 18, 21 en art. 5 lid 2)"),
    "requests": ("Verzoeken van betrokkenen", "verzoeken over de eigen gegevens (inzage, correctie, verwijdering "
                 "en andere) en de afhandeling", "Verzoeken binnen de wettelijke termijn afhandelen en dat kunnen "
                 "aantonen (AVG art. 12 en art. 5 lid 2)"),
    "mail": ("E-mails aan klanten", "welke documenten de klant per e-mail zijn gestuurd, wanneer en naar welk "
             "soort adres; het bericht zelf alleen tot het verstuurd is",
             "De klant antwoorden via het e-mailadres dat hij of zij registreerde, en kunnen aantonen dat het "
             "antwoord verstuurd is (AVG art. 12 en art. 5 lid 2)"),
    "corrections": ("Correcties van klantgegevens", None, None),
    "breaches": ("Datalekken", "bij welk datalek de gegevens van de klant betrokken waren, welke soorten gegevens, "
                 "en wanneer de klant is geïnformeerd",
                 "Elk datalek documenteren en de klant informeren als dat nodig is (AVG art. 33 lid 5 en art. 34)"),
}
BASES = {"Uw toestemming (AVG art. 6 lid 1 sub a)": CONSENT,
         "Uw uitdrukkelijke toestemming (AVG art. 9 lid 2 sub a)":
             "Uitdrukkelijke toestemming van de klant (AVG art. 9 lid 2 sub a)"}
CRITERIA = {"referrals": "Tot de klant de goedkeuring intrekt; daarna gaat de referentie direct van de website",
            "special": "Tot de datum die bij het vastleggen is afgesproken, of tot de klant de toestemming intrekt"}

# The registry's tables by what they hold, in Dutch (the record names no database table).
TABLE_NAMES = {
    "customer": "klantkaart", "customer_email": "e-mailadressen", "customer_phone": "telefoonnummers",
    "visit": "bezoeken", "service_job": "servicebeurten", "invoice": "facturen",
    "consent_record": "geschiedenis van de toestemmingen", "statement_notice": "kennisgevingen van de "
    "privacyverklaring", "sharing_approval": "toestemmingen om te delen", "sharing_objection": "bezwaren tegen delen",
    "disclosure": "verstrekkingen", "referral": "referenties", "sensitive_note": "bijzondere gegevens",
    "restriction": "beperkingen", "objection": "bezwaren", "data_request": "verzoeken",
    "correction": "correcties", "correction_notice": "brieven over correcties aan ontvangers",
    "breach_person": "betrokkenen bij een datalek",
    "art19_notice": "berichten aan ontvangers over gewiste of gecorrigeerde gegevens",
    "outbox": "postvak uit (verstuurde en nog te versturen e-mails)",
    "kept_invoice": "bewaarde facturen van gewiste klanten",
}


def record_text(key: str, title: str, what: str, purpose: str) -> tuple[str, str, str]:
    """(title, which data, purpose) of a category as the record of processing writes them."""
    own_title, own_what, own_purpose = RECORD[key]
    return own_title or title, own_what or what, own_purpose or purpose
