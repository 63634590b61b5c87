"""The one registry of personal data (GDPR.md section 5).

Every column of the register that holds personal data about a customer is declared here once: the category it
belongs to, and through the category its purpose, legal basis, retention and how erasure treats it; and how the
access report shows it. The access report, the portability export and the record of processing (Art. 30) are
all driven from this registry; erasure will be too. A test compares it with the database models: a column
that is neither declared here nor listed as technical fails it.

The texts are Dutch: they are printed for the customer and the shop owner as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .code_names import (  # noqa: F401 (the registry's Dutch names of code values, re-exported)
    YES_NO, SERVICES, AGE_CHECKS, SOURCE_KINDS, JOB_STATUSES, CHANNELS, CONSENT_STATES, METHODS, BASES, GROUNDS,
    TRANSFER_GROUNDS, NAMES_SHOWN, REFERRAL_STATUSES, SENSITIVE_CATEGORIES, REQUEST_KINDS, REQUEST_CHANNELS,
    IDENTITY_CHECKS, RESTRICTION_REASONS, OBJECTION_KINDS, OBJECTION_DECISIONS, REQUEST_STATUSES,
    CORRECTED_FIELDS, OUTBOX_KINDS, OUTBOX_ADDRESSES, OUTBOX_STATES, RECIPIENT_ROLES, NOTICE_STATES, NOTICE_CAUSES,
    NOTICE_HOW)
from .not_personal import DERIVED, NOT_PERSONAL, SQLITE_INTERNAL  # noqa: F401 (re-exported with the registry)


class Erasure(StrEnum):
    DELETE = "delete"  # destroyed
    ANONYMISE = "anonymise"  # the record stays, without anything that points to the person
    KEEP = "keep"  # kept until a date for a legal ground, restricted to that purpose, then destroyed


class Show(StrEnum):
    """How the access report writes a value."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    YES_NO = "yes_no"
    CODE = "code"  # one value of a fixed list, written with its Dutch name
    CODES = "codes"  # comma-separated values of a fixed list
    MONEY_CENTS = "money_cents"
    PHONE = "phone"  # E.164, written the way people read it
    STATEMENT = "statement"  # a privacy statement version, by its id
    RECIPIENT = "recipient"  # a recipient, by its id
    BREACH = "breach"  # a data breach, by its number: when and what kind, never what it exposed of others
    DERIVED = "derived"  # computed from other fields (e.g. a sort key): exported, not printed in the report
    EXTENSION = "extension"  # months a request's term was extended: printed only when it was
    OUTCOME = "outcome"  # how a request was closed, in the owner's words (older registers: "answered (letter)")


@dataclass(frozen=True)
class Retention:
    months: int  # default, changeable in the settings (never below ``minimum``)
    after: str  # from when the period runs, in Dutch
    minimum: int = 0
    criterion: str = ""  # when the period is not a plain number of months, in Dutch


@dataclass(frozen=True)
class Category:
    key: str
    title: str
    what: str  # Art. 15(1)(b), Art. 30(1)(c)
    purpose: str  # Art. 15(1)(a)
    basis: str  # Art. 6 (and Art. 9 for special categories)
    retention: Retention
    erasure: Erasure
    keep_ground: str = ""  # the Art. 17(3) ground for Erasure.KEEP
    special: bool = False  # Art. 9 data: own heading in the report


@dataclass(frozen=True)
class Field:
    column: str
    label: str
    show: Show = Show.TEXT
    category: str = ""  # defaults to the table's category
    codes: dict[str, str] | None = None


@dataclass(frozen=True)
class Table:
    name: str
    category: str
    link: str  # the column that names the customer ("id" for the customer table itself)
    fields: tuple[Field, ...]
    technical: tuple[str, ...] = ()  # columns that hold no personal data (row ids, links, order)
    order_by: str = "id"
    single: bool = False  # at most one row per customer: shown as label/value pairs
    title: str = ""  # heading of the table in the report where it differs from the category's
    records: bool = False  # many fields: each row printed as its own small block instead of a wide table

    def field(self, column: str) -> Field:
        return next(f for f in self.fields if f.column == column)

    def category_of(self, f: Field) -> str:
        return f.category or self.category


# --- Dutch names of coded values -------------------------------------------------------------------------
AFTER_CONTACT = "na het laatste contact (bezoek, servicebeurt of factuur)"
CUSTOMER_RELATION = "Klantrelatie: u herkennen, bereiken en helpen bij hulp op afstand, reparatie en installatie"
CONTRACT = "Uitvoering van de overeenkomst (AVG art. 6 lid 1 sub b)"
LEGITIMATE = "Gerechtvaardigd belang: een goede klantadministratie (AVG art. 6 lid 1 sub f)"
LEGAL_DUTY = "Wettelijke plicht (AVG art. 6 lid 1 sub c)"
CONSENT = "Uw toestemming (AVG art. 6 lid 1 sub a)"

CATEGORIES: tuple[Category, ...] = (
    Category("identity", "Naam", "naam (voornaam, tussenvoegsel, achternaam)", CUSTOMER_RELATION, CONTRACT,
             Retention(24, AFTER_CONTACT), Erasure.DELETE),
    Category("contact", "Contactgegevens", "e-mailadressen en telefoonnummers", CUSTOMER_RELATION, CONTRACT,
             Retention(24, AFTER_CONTACT), Erasure.DELETE),
    Category("address", "Adres", "adres (straat, huisnummer, postcode, plaats, land)",
             CUSTOMER_RELATION + "; installatie en reparatie aan huis", CONTRACT,
             Retention(24, AFTER_CONTACT), Erasure.DELETE),
    Category("age", "Leeftijdscontrole", "bevestiging dat u 18 jaar of ouder bent, hoe en wanneer",
             "Wij leggen geen gegevens vast van personen jonger dan 18 jaar", LEGITIMATE,
             Retention(24, AFTER_CONTACT), Erasure.DELETE),
    Category("source", "Herkomst van de gegevens",
             "van wie wij uw gegevens kregen (uzelf of een derde), wanneer en hoe",
             "Verantwoording over de herkomst; u informeren als wij gegevens van een ander kregen (AVG art. 14)",
             LEGAL_DUTY, Retention(24, AFTER_CONTACT), Erasure.DELETE),
    Category("interests", "Interesse in diensten", "uw interesse in hulp op afstand, reparatie en installatie",
             "U informeren over en helpen met de diensten waarin u interesse heeft", LEGITIMATE,
             Retention(24, AFTER_CONTACT), Erasure.DELETE),
    Category("notes", "Notities van medewerkers", "notities die medewerkers over u schreven",
             CUSTOMER_RELATION, LEGITIMATE, Retention(24, AFTER_CONTACT), Erasure.DELETE),
    Category("visits", "Bezoeken", "bezoeken aan de winkel en het doel ervan", CUSTOMER_RELATION, CONTRACT,
             Retention(24, "na de datum van het bezoek"), Erasure.DELETE),
    Category("service_jobs", "Servicebeurten",
             "servicebeurten: soort, apparaat, serienummer, omschrijving en status",
             "Uitvoeren van reparaties, installaties en hulp op afstand; garantie", CONTRACT,
             Retention(24, "na afronding van de servicebeurt of het einde van de garantie"), Erasure.DELETE),
    Category("invoices", "Facturen", "factuurnummer, datum en bedrag",
             "Facturering en de fiscale bewaarplicht", LEGAL_DUTY,
             Retention(84, "na de factuurdatum", minimum=84), Erasure.KEEP,
             keep_ground="Fiscale bewaarplicht van 7 jaar (Algemene wet inzake rijksbelastingen art. 52; "
                         "AVG art. 17 lid 3 sub b)"),
    Category("consents", "Toestemming voor marketing",
             "uw keuzes per kanaal (e-mail, telefoon, sms, post, sociale media, app, winkel) met datum, "
             "wijze en de getoonde versie van de privacyverklaring",
             "U alleen benaderen zoals u wilt, en kunnen aantonen dat u toestemming gaf (AVG art. 7 lid 1)",
             CONSENT, Retention(24, "na intrekking of het einde van de klantrelatie"), Erasure.DELETE),
    Category("notices", "Kennisgevingen van de privacyverklaring",
             "wanneer en hoe wij u over een gewijzigde privacyverklaring informeerden",
             "Aantonen dat u over wijzigingen bent geïnformeerd", LEGAL_DUTY,
             Retention(24, AFTER_CONTACT), Erasure.DELETE),
    Category("sharing", "Toestemming om gegevens te delen",
             "uw toestemming om gegevens met een genoemde partner of dienstverlener te delen, en bezwaar "
             "tegen delen", "Alleen delen met uw voorafgaande toestemming", CONSENT,
             Retention(24, "na intrekking of het einde van de klantrelatie"), Erasure.DELETE),
    Category("disclosures", "Verstrekkingen aan ontvangers", "aan wie wij welke gegevens verstrekten, wanneer "
             "en op welke grond", "Verantwoording over elke verstrekking (AVG art. 5 lid 2 en art. 19)",
             LEGAL_DUTY, Retention(24, "na de verstrekking"), Erasure.DELETE),
    Category("referrals", "Referenties op onze website",
             "de tekst van uw referentie, hoe uw naam wordt getoond, uw goedkeuring en publicatie",
             "Uw referentie op onze eigen website tonen, alleen na uw goedkeuring", CONSENT,
             Retention(0, "na intrekking", criterion="tot u uw goedkeuring intrekt; daarna halen wij de "
                                                      "referentie direct van de website"), Erasure.DELETE),
    Category("special", "Bijzondere persoonsgegevens",
             "gegevens over gezondheid (bijv. toegankelijkheid) die u zelf gaf",
             "U beter van dienst zijn, bijvoorbeeld bij toegankelijkheid",
             "Uw uitdrukkelijke toestemming (AVG art. 9 lid 2 sub a)",
             Retention(24, "na het vastleggen", criterion="tot de datum die bij het vastleggen is "
                                                          "afgesproken, of tot u uw toestemming intrekt"),
             Erasure.DELETE, special=True),
    Category("rights", "Beperking en bezwaar",
             "of u de verwerking liet beperken of bezwaar maakte, waarom, sinds wanneer en wat wij besloten",
             "Uw keuzes naleven en dat kunnen aantonen (AVG art. 18, 21 en art. 5 lid 2)", LEGAL_DUTY,
             Retention(24, "na het einde van de beperking of het bezwaar"), Erasure.DELETE),
    Category("requests", "Uw verzoeken", "uw verzoeken over uw gegevens (inzage, correctie, verwijdering en "
             "andere) en de afhandeling", "Uw verzoeken binnen de wettelijke termijn afhandelen en dat kunnen "
             "aantonen (AVG art. 12 en art. 5 lid 2)", LEGAL_DUTY, Retention(24, "na afhandeling"),
             Erasure.ANONYMISE),
    Category("mail", "E-mails aan u", "welke documenten wij u per e-mail stuurden, wanneer en naar welk adres",
             "U antwoorden via het e-mailadres dat u bij ons registreerde, en kunnen aantonen dat wij dat deden "
             "(AVG art. 12 en art. 5 lid 2)", LEGAL_DUTY,
             Retention(24, "na verzending; de inhoud van het bericht wissen wij zodra het verstuurd is"),
             Erasure.DELETE),
    Category("corrections", "Correcties van uw gegevens",
             "welke gegevens van bezoeken, servicebeurten en facturen wij corrigeerden: de oude en de nieuwe "
             "waarde, wanneer, door wie, en welke ontvangers wij daarover informeerden",
             "Aantonen dat en hoe wij onjuiste gegevens corrigeerden en de ontvangers informeerden (AVG art. 5 "
             "lid 1 sub d en lid 2, art. 16 en 19); bij facturen ook de controleerbaarheid van de administratie "
             "(Algemene wet inzake rijksbelastingen art. 52)", LEGAL_DUTY,
             Retention(24, "na de correctie", criterion="zo lang als de gecorrigeerde gegevens zelf (het bezoek, "
                                                         "de servicebeurt of de factuur); daarna gaan ze mee"),
             Erasure.DELETE),
    Category("breaches", "Datalekken die u betroffen",
             "bij welk datalek uw gegevens betrokken waren, welke soorten gegevens, en wanneer wij u informeerden",
             "Elk datalek documenteren en u informeren als dat nodig is (AVG art. 33 lid 5 en art. 34)", LEGAL_DUTY,
             Retention(60, "na het datalek"), Erasure.DELETE),
)
CATEGORY = {c.key: c for c in CATEGORIES}
CATEGORY_TITLES = {c.key: c.title for c in CATEGORIES}

# --- fields -----------------------------------------------------------------------------------------------
_RECORDED_BY = Field("recorded_by", "Vastgelegd door")
_VERSION = Field("statement_version_id", "Versie privacyverklaring", Show.STATEMENT)

TABLES: tuple[Table, ...] = (
    Table("customer", "identity", link="id", single=True, title="Klantkaart", fields=(
        Field("first_name", "Voornaam"),
        Field("infix", "Tussenvoegsel"),
        Field("last_name", "Achternaam"),
        Field("sort_key", "Sorteernaam (afgeleid van uw naam)", Show.DERIVED),
        Field("created_at", "Klant sinds", Show.DATETIME),
        Field("updated_at", "Laatst gewijzigd", Show.DATETIME),
        Field("street", "Straat", category="address"),
        Field("house_number", "Huisnummer", Show.NUMBER, category="address"),
        Field("house_number_addition", "Toevoeging", category="address"),
        Field("postcode", "Postcode", category="address"),
        Field("city", "Plaats", category="address"),
        Field("country", "Land", category="address"),
        Field("age_confirmed", "18 jaar of ouder bevestigd", Show.YES_NO, category="age"),
        Field("age_check", "Hoe gecontroleerd", Show.CODE, category="age", codes=AGE_CHECKS),
        Field("age_checked_on", "Gecontroleerd op", Show.DATE, category="age"),
        Field("source_kind", "Gegevens verkregen", Show.CODE, category="source", codes=SOURCE_KINDS),
        Field("source_name", "Van (naam van de derde)", category="source"),
        Field("source_date", "Op", Show.DATE, category="source"),
        Field("source_how", "Hoe", category="source"),
        Field("source_informed_on", "U hierover geïnformeerd op", Show.DATE, category="source"),
        Field("interests", "Interesse in", Show.CODES, category="interests", codes=SERVICES),
        Field("notes", "Notities", category="notes"),
    ), technical=("id",)),  # the customer number, printed in the report's header
    Table("customer_email", "contact", link="customer_id", order_by="position", title="E-mailadressen",
          fields=(Field("address", "E-mailadres"),), technical=("id", "customer_id", "position")),
    Table("customer_phone", "contact", link="customer_id", order_by="position", title="Telefoonnummers",
          fields=(Field("number", "Telefoonnummer", Show.PHONE),), technical=("id", "customer_id", "position")),
    Table("visit", "visits", link="customer_id", order_by="date", fields=(
        Field("date", "Datum", Show.DATE), Field("purpose", "Doel")), technical=("id", "customer_id")),
    Table("service_job", "service_jobs", link="customer_id", order_by="date", fields=(
        Field("date", "Datum", Show.DATE), Field("kind", "Soort", Show.CODE, codes=SERVICES),
        Field("device", "Apparaat"), Field("serial_number", "Serienummer"), Field("description", "Omschrijving"),
        Field("status", "Status", Show.CODE, codes=JOB_STATUSES)), technical=("id", "customer_id")),
    Table("invoice", "invoices", link="customer_id", order_by="date", fields=(
        Field("number", "Factuurnummer"), Field("date", "Datum", Show.DATE),
        Field("amount_cents", "Bedrag", Show.MONEY_CENTS)), technical=("id", "customer_id")),
    Table("consent_record", "consents", link="customer_id", order_by="recorded_at",
          title="Toestemming voor marketing (geschiedenis)", fields=(
              Field("channel", "Kanaal", Show.CODE, codes=CHANNELS),
              Field("state", "Keuze", Show.CODE, codes=CONSENT_STATES),
              Field("method", "Hoe", Show.CODE, codes=METHODS),
              Field("basis", "Grondslag", Show.CODE, codes=BASES),
              _VERSION, Field("recorded_at", "Wanneer", Show.DATETIME), _RECORDED_BY,
              Field("after_objection", "Opnieuw gevraagd na bezwaar", Show.YES_NO)),
          technical=("id", "customer_id", "objection_id", "request_id")),
    Table("statement_notice", "notices", link="customer_id", order_by="informed_on", fields=(
        _VERSION, Field("informed_on", "Geïnformeerd op", Show.DATE), Field("method", "Hoe", Show.CODE,
                                                                            codes=METHODS), _RECORDED_BY),
          technical=("id", "customer_id")),
    Table("sharing_approval", "sharing", link="customer_id", order_by="given_on", records=True,
          title="Toestemming om te delen", fields=(
              Field("recipient_id", "Ontvanger", Show.RECIPIENT), Field("data", "Welke gegevens"),
              Field("purpose", "Waarvoor"), Field("given_on", "Gegeven op", Show.DATE),
              Field("method", "Hoe", Show.CODE, codes=METHODS), _VERSION, _RECORDED_BY,
              Field("withdrawn_on", "Ingetrokken op", Show.DATE),
              Field("withdrawn_method", "Ingetrokken hoe", Show.CODE, codes=METHODS)),
          technical=("id", "customer_id")),
    Table("sharing_objection", "sharing", link="customer_id", order_by="since", single=True,
          title="Bezwaar tegen delen", fields=(
              Field("since", "Niets meer delen sinds", Show.DATE), Field("method", "Hoe", Show.CODE, codes=METHODS),
              _RECORDED_BY), technical=("customer_id",)),
    Table("disclosure", "disclosures", link="customer_id", order_by="disclosed_at", fields=(
        Field("recipient_id", "Ontvanger", Show.RECIPIENT), Field("what", "Welke gegevens"),
        Field("disclosed_at", "Wanneer", Show.DATETIME), Field("ground", "Grond", Show.CODE, codes=GROUNDS),
        _RECORDED_BY), technical=("id", "customer_id", "approval_id")),
    # Issue 12 item 4: each recipient told of a correction or a restriction (Art. 19), and what became of it.
    Table("art19_notice", "disclosures", link="customer_id", order_by="made_at",
          title="Ontvangers die wij informeerden (AVG art. 19)", fields=(
              Field("recipient_id", "Ontvanger", Show.RECIPIENT),
              Field("cause", "Waarover", Show.CODE, codes=NOTICE_CAUSES),
              Field("made_at", "Gemaakt op", Show.DATETIME),
              Field("state", "Stand", Show.CODE, codes=NOTICE_STATES),
              Field("sent_on", "Verstuurd op", Show.DATE), Field("how", "Hoe", Show.CODE, codes=NOTICE_HOW),
              Field("reason", "Waarom niet verstuurd")),
          technical=("id", "document_id", "reference", "recipient_name", "customer_id", "made_by", "changed_at",
                     "changed_by")),
    Table("referral", "referrals", link="customer_id", order_by="requested_on", records=True, fields=(
        Field("text", "Tekst"), Field("shown_as", "Naam getoond als", Show.CODE, codes=NAMES_SHOWN),
        Field("status", "Status", Show.CODE, codes=REFERRAL_STATUSES),
        Field("requested_on", "Gevraagd op", Show.DATE), _RECORDED_BY, Field("evidence", "Bewijs van goedkeuring"),
        Field("approved_on", "Goedgekeurd op", Show.DATE),
        Field("approval_method", "Goedgekeurd hoe", Show.CODE, codes=METHODS), _VERSION,
        Field("published_url", "Gepubliceerd op (adres)"), Field("published_on", "Gepubliceerd op", Show.DATE),
        Field("withdrawn_on", "Ingetrokken op", Show.DATE),
        Field("withdrawn_method", "Ingetrokken hoe", Show.CODE, codes=METHODS),
        Field("taken_down_on", "Van de website gehaald op", Show.DATE)), technical=("id", "customer_id")),
    Table("sensitive_note", "special", link="customer_id", order_by="recorded_at", records=True, fields=(
        Field("category", "Soort", Show.CODE, codes=SENSITIVE_CATEGORIES), Field("text", "Gegevens"),
        Field("consent_method", "Uitdrukkelijke toestemming gegeven", Show.CODE, codes=METHODS), _VERSION,
        Field("recorded_at", "Vastgelegd op", Show.DATETIME), _RECORDED_BY,
        Field("retain_until", "Bewaard tot", Show.DATE)), technical=("id", "customer_id")),
    Table("restriction", "rights", link="customer_id", order_by="since", records=True,
          title="Beperking van de verwerking (AVG art. 18)", fields=(
              Field("reason", "Reden", Show.CODE, codes=RESTRICTION_REASONS),
              Field("fields", "Te corrigeren gegevens"), Field("since", "Beperkt sinds", Show.DATE), _RECORDED_BY,
              Field("lifted_on", "Opgeheven op", Show.DATE), Field("lifted_by", "Opgeheven door"),
              Field("told_how", "U vooraf geïnformeerd")), technical=("id", "customer_id", "request_id")),
    Table("objection", "rights", link="customer_id", order_by="since", records=True,
          title="Bezwaar (AVG art. 21)", fields=(
              Field("kind", "Soort bezwaar", Show.CODE, codes=OBJECTION_KINDS),
              Field("processing", "Tegen welke verwerking"), Field("since", "Sinds", Show.DATE),
              Field("method", "Hoe", Show.CODE, codes=METHODS), _RECORDED_BY,
              Field("decision", "Ons besluit", Show.CODE, codes=OBJECTION_DECISIONS),
              Field("decision_reason", "Reden van het besluit"), Field("decided_on", "Besloten op", Show.DATE)),
          technical=("id", "customer_id", "request_id")),
    Table("data_request", "requests", link="customer_id", order_by="received_on", records=True, fields=(
        Field("kind", "Soort verzoek", Show.CODE, codes=REQUEST_KINDS),
        Field("received_on", "Ontvangen op", Show.DATE),
        Field("channel", "Ontvangen", Show.CODE, codes=REQUEST_CHANNELS),
        Field("identity", "Identiteit gecontroleerd", Show.CODE, codes=IDENTITY_CHECKS),
        Field("answer_to", "Antwoord naar"), Field("status", "Status", Show.CODE, codes=REQUEST_STATUSES),
        Field("extended_months", "Termijn verlengd met", Show.EXTENSION),
        Field("extension_reason", "Reden van verlenging"), Field("outcome", "Uitkomst", Show.OUTCOME),
        Field("closed_on", "Afgehandeld op", Show.DATE), _RECORDED_BY,
        # Someone who is not a customer: their name is kept with their request (the requests register's own
        # retention, then anonymised); a request linked to a card later names nobody but the customer.
        Field("requester_name", "Naam van de verzoeker")), technical=("id", "customer_id")),
    # The values before and after are kept as this report prints them ("04-11-2026", "€ 49,95", "reparatie").
    Table("correction", "corrections", link="customer_id", order_by="corrected_at", records=True,
          title="Correcties van bezoeken, servicebeurten en facturen", fields=(
              Field("field", "Gecorrigeerd", Show.CODE, codes=CORRECTED_FIELDS),
              Field("old_value", "Was"), Field("new_value", "Is nu"),
              Field("corrected_at", "Gecorrigeerd op", Show.DATETIME), _RECORDED_BY),
          technical=("id", "customer_id", "row_table", "row_id", "request_id")),
    Table("correction_notice", "corrections", link="customer_id", order_by="made_at",
          title="Ontvangers geïnformeerd over een correctie (AVG art. 19)", fields=(
              Field("recipient_id", "Ontvanger", Show.RECIPIENT),
              Field("made_at", "Brief gemaakt op", Show.DATETIME), _RECORDED_BY),
          technical=("id", "correction_id", "customer_id", "document_id")),
    # Documents emailed to the customer (issue 12): what, when, to which address. The message's text and its
    # attachment are a copy of a document made from the data above, kept only until the server has taken it.
    Table("outbox", "mail", link="customer_id", order_by="queued_at", fields=(
        Field("kind", "Document", Show.CODE, codes=OUTBOX_KINDS),
        Field("queued_at", "Klaargezet op", Show.DATETIME),
        Field("address_kind", "Naar", Show.CODE, codes=OUTBOX_ADDRESSES),
        Field("to_address", "Adres (tot het verstuurd is)"),
        Field("status", "Status", Show.CODE, codes=OUTBOX_STATES),
        Field("sent_at", "Verstuurd op", Show.DATETIME), Field("queued_by", "Klaargezet door")),
          technical=("id", "customer_id", "request_id", "document_id", "subject", "body", "attachment_name",
                     "attachment", "protected", "message_id", "after_sent", "attempts", "claimed_by",
                     "claimed_at", "last_tried_at", "last_error", "last_error_params", "server_answer")),
    Table("breach_person", "breaches", link="customer_id", order_by="id", fields=(
        Field("breach_id", "Datalek", Show.BREACH),
        Field("categories", "Betrokken gegevens", Show.CODES, codes=CATEGORY_TITLES),
        Field("letter_on", "U geïnformeerd op", Show.DATE), Field("letter_doc", "Kenmerk van de brief")),
          technical=("id", "customer_id")),
)
TABLE = {t.name: t for t in TABLES}

# What an erasure keeps, apart from any customer (``link`` names the erasure, not a customer): only what the
# law requires, restricted to that purpose, destroyed at ``keep_until``.
KEPT_TABLES: tuple[Table, ...] = (
    Table("kept_invoice", "invoices", link="erasure_id", order_by="date", fields=(
        Field("number", "Factuurnummer"), Field("date", "Datum", Show.DATE),
        Field("amount_cents", "Bedrag", Show.MONEY_CENTS), Field("customer_name", "Naam op de factuur"),
        Field("customer_address", "Adres op de factuur"), Field("keep_until", "Bewaard tot", Show.DATE),
        Field("ground", "Grond")), technical=("id", "erasure_id")),
)

# Tables that hold no personal data about customers, the search index's copies and SQLite's own tables are listed,
# each with why, in domain/not_personal.py (NOT_PERSONAL, DERIVED, SQLITE_INTERNAL, re-exported above).


@dataclass
class Section:
    """One category of one customer's data, as the report and the export need it."""

    category: Category
    tables: list[tuple[Table, list[dict]]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(rows) for _, rows in self.tables)


def categories_of(table: Table) -> list[str]:
    seen: list[str] = []
    for f in table.fields:
        key = table.category_of(f)
        if key not in seen:
            seen.append(key)
    return seen
