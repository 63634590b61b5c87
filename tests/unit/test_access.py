"""The registry of personal data, and what it drives: the access report, the portability export, the letters
about requests and the record of processing. PDFs are read back with pypdf."""

import csv
import datetime as dt
import io
import json
import re
import zipfile

import pytest
from pypdf import PdfReader

from etsoft_desk.domain import personal_data as pd
from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState, ConsentBasis
from etsoft_desk.domain.customer import AgeCheck, JobStatus, Service, SourceKind
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.referral import NameShown, ReferralStatus
from etsoft_desk.domain.requests import IdentityCheck, RequestChannel, RequestKind, RequestStatus
from etsoft_desk.domain.sharing import Ground
from etsoft_desk.services.access import Lookups, format_value
from etsoft_desk.services.sensitive import SensitiveCategory
from etsoft_desk.store import audit as audit_store
from etsoft_desk.store import personal
from etsoft_desk.store.models import ALL_MODELS, AuditEntry, database_proxy
from tests.helpers.cards import DISTINCTIVE_VALUES
from tests.helpers.full_customer import RELATED_VALUES, fill_every_category


def pdf_text(path) -> tuple[str, list[str]]:
    pages = [page.extract_text() for page in PdfReader(str(path)).pages]
    return "\n".join(pages), pages


def squash(text: str) -> str:
    """Text without whitespace: table cells wrap lines wherever they like."""
    return re.sub(r"\s+", "", text)


# --- the registry -------------------------------------------------------------------------------------------
def test_every_column_of_every_model_is_declared_personal_or_technical():
    for model in ALL_MODELS:
        name = model._meta.table_name
        columns = {f.column_name for f in model._meta.sorted_fields}
        if name in pd.NOT_PERSONAL:
            continue
        kept = {t.name: t for t in pd.KEPT_TABLES}
        assert name in pd.TABLE or name in kept, f"table {name} is missing from the personal-data registry"
        table = pd.TABLE.get(name) or kept[name]
        declared = {f.column for f in table.fields} | set(table.technical)
        assert columns - declared == set(), f"{name}: personal fields missing from the registry"
        assert declared - columns == set(), f"{name}: the registry names columns the model does not have"
        assert not {f.column for f in table.fields} & set(table.technical)
    # Tables without a model (the search index) are checked against the register itself, below.
    assert ({t.name for t in pd.TABLES + pd.KEPT_TABLES} | set(pd.NOT_PERSONAL)
            == {m._meta.table_name for m in ALL_MODELS})


def undeclared_in_schema(db) -> list[str]:
    """What the register's own schema (sqlite_master, PRAGMA table_info) holds that the registry does not
    declare: a table in none of the registry's lists, a column of a registered table that is neither a field
    nor technical, a name the registry gives that the schema lacks, an index, trigger or view on (or a trigger
    writing to) an undeclared table."""
    kept = {t.name: t for t in pd.TABLES + pd.KEPT_TABLES}
    known = set(kept) | set(pd.NOT_PERSONAL) | set(pd.DERIVED) | set(pd.SQLITE_INTERNAL)
    found = []
    schema = db.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    tables = {name for kind, name, _, _ in schema if kind == "table"}
    for kind, name, table, sql in schema:
        if kind == "table":
            if name not in known:
                found.append(f"table {name} is in none of the registry's lists")
            elif name in kept:
                columns = {r[1] for r in db.execute_sql(f'PRAGMA table_info("{name}")').fetchall()}
                fields = {f.column for f in kept[name].fields}
                declared = fields | set(kept[name].technical)
                found += [f"column {name}.{c} is neither a field nor technical" for c in sorted(columns - declared)]
                found += [f"the registry names {name}.{c}, which the register lacks" for c in sorted(declared - columns)]
                found += [f"{name}.{c} is both a field and technical" for c in sorted(fields & set(kept[name].technical))]
        elif kind == "view" and name not in known:
            found.append(f"view {name} is in none of the registry's lists")
        if kind in ("index", "trigger") and table not in known:
            found.append(f"{kind} {name} is on {table}, which is in none of the registry's lists")
        if kind == "trigger":  # the tables its body writes to
            for target in re.findall(r"\b(?:INTO|UPDATE|FROM)\s+\"?(\w+)", sql, flags=re.IGNORECASE):
                if target not in known:
                    found.append(f"trigger {name} writes to {target}, which is in none of the registry's lists")
    found += [f"the registry names table {t}, which the register lacks" for t in sorted(known - tables)]
    return found


def test_every_table_and_column_of_a_migrated_register_is_declared(register):
    db = database_proxy.obj
    assert db.execute_sql("SELECT count(*) FROM sqlite_master WHERE name = 'customer_search_data'").fetchone()[0]
    assert db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0]
    assert undeclared_in_schema(db) == []


@pytest.mark.parametrize("break_sql, expected", [
    (["CREATE TABLE pet (id INTEGER PRIMARY KEY, customer_id INTEGER, name TEXT)"], "table pet "),
    (["ALTER TABLE customer ADD COLUMN birthday DATE"], "column customer.birthday "),
    (["CREATE VIRTUAL TABLE note_search USING fts5(body)"], "table note_search "),  # and its shadow tables
    (["ALTER TABLE customer_phone RENAME COLUMN position TO rank"], "customer_phone.position, which the register lacks"),
    (["CREATE TABLE pet (id INTEGER PRIMARY KEY)", "CREATE INDEX pet_id ON pet (id)"], "index pet_id is on pet"),
    (["CREATE TABLE gone (customer_id INTEGER)",
      "CREATE TRIGGER visit_gone AFTER DELETE ON visit BEGIN INSERT INTO gone VALUES (old.customer_id); END"],
     "trigger visit_gone writes to gone"),
    (["CREATE VIEW names AS SELECT first_name FROM customer"], "view names "),
])
def test_the_schema_check_catches_an_undeclared_table_or_column(register, break_sql, expected):
    """On a throwaway register, a migration-made table, a column or an FTS table without a model or an entry."""
    db = database_proxy.obj
    for sql in break_sql:
        db.execute_sql(sql)
    found = undeclared_in_schema(db)
    assert any(expected in f for f in found), found


def test_every_category_declares_purpose_basis_retention_and_erasure():
    used = {t.category_of(f) for t in pd.TABLES for f in t.fields}
    assert used == set(pd.CATEGORY), "a category without fields, or a field without a category"
    for c in pd.CATEGORIES:
        assert c.title and c.what and c.purpose and c.basis
        assert c.retention.after or c.retention.criterion
        assert (c.erasure is pd.Erasure.KEEP) == bool(c.keep_ground)
    invoices = pd.CATEGORY["invoices"]
    assert invoices.erasure is pd.Erasure.KEEP and invoices.retention.months == invoices.retention.minimum == 84
    assert pd.CATEGORY["special"].special


@pytest.mark.parametrize("codes, enum", [
    (pd.SERVICES, Service), (pd.AGE_CHECKS, AgeCheck), (pd.SOURCE_KINDS, SourceKind), (pd.JOB_STATUSES, JobStatus),
    (pd.CHANNELS, Channel), (pd.CONSENT_STATES, ConsentState), (pd.METHODS, ConsentMethod), (pd.BASES, ConsentBasis),
    (pd.GROUNDS, Ground), (pd.NAMES_SHOWN, NameShown), (pd.REFERRAL_STATUSES, ReferralStatus),
    (pd.SENSITIVE_CATEGORIES, SensitiveCategory), (pd.REQUEST_KINDS, RequestKind),
    (pd.REQUEST_CHANNELS, RequestChannel), (pd.IDENTITY_CHECKS, IdentityCheck), (pd.REQUEST_STATUSES, RequestStatus)])
def test_every_coded_value_has_a_dutch_name(codes, enum):
    assert set(codes) == {e.value for e in enum}


# --- the access report --------------------------------------------------------------------------------------
@pytest.fixture
def full(register):
    register.settings.set_shop(shop_kvk="12345678")
    cid, request = fill_every_category(register)
    return register, cid, request


def test_access_report_holds_every_element_of_article_15(full, tmp_path):
    register, cid, request = full
    out = tmp_path / "inzage.pdf"
    doc_id = register.access.report(cid, out, request_id=request)
    text, pages = pdf_text(out)
    flat = squash(text)
    # Header: controller, request, identity check.
    for expected in ("Overzicht van uw persoonsgegevens", "ETSoft", "Spoorwaterstraat 13, 4561 ZH Hulst", "KvK 12345678",
                     "info@etsoft.nl", "verzoek nr. 1", "ontvangen op 20-11-2026 aan de balie",
                     "Uiterste antwoorddatum", "20-12-2026", "legitimatie getoond aan de balie, geen kopie bewaard",
                     "Zebulonia Quaxelbrink (klantnummer 1)"):
        assert squash(expected) in flat, expected
    # Confirmation that data is processed, then every category with data, special data under its own heading.
    assert squash("Ja. ETSoft verwerkt persoonsgegevens over u") in flat
    for c in pd.CATEGORIES:
        assert squash(c.title) in flat, c.title
    assert squash("3. Bijzondere persoonsgegevens") in flat
    # (a) purposes, (b) categories, (d) retention: per category.
    for c in pd.CATEGORIES:
        assert squash(c.purpose) in flat and squash(c.what) in flat
    assert squash("7 jaar na de factuurdatum") in flat and squash("2 jaar na het laatste contact") in flat
    # (c) recipients by name, with what, when and on which ground.
    assert squash("Pelikaanlijst Installaties (BE) zakenpartner naam, adres en telefoonnummer 25-11-2026 met "
                  "voorafgaande toestemming van de klant") in flat
    # (e) rights, (f) complaint with the authority's details, (g) source, (h) no automated decisions, 15(2).
    for right in ("Correctie (AVG art. 16)", "Verwijdering (AVG art. 17)", "Beperking (AVG art. 18)",
                  "Bezwaar (AVG art. 21)", "Toestemming intrekken (AVG art. 7 lid 3)",
                  "Overdraagbaarheid (AVG art. 20)", "Tegen direct marketing kunt u altijd bezwaar maken"):
        assert squash(right) in flat, right
    assert squash("Autoriteit Persoonsgegevens (Postbus 93374, 2509 AJ Den Haag, telefoon 088 - 1805 250, "
                  "www.autoriteitpersoonsgegevens.nl) of naar de rechter stappen (AVG art. 77 en 79)") in flat
    assert squash("Wij kregen uw gegevens van Marmotbeheer BV op 01-10-2026 (doorverwezen per e-mail).") in flat
    assert squash("Geautomatiseerde besluitvorming en profilering Geen.") in flat
    assert squash("Doorgifte buiten de Europese Economische Ruimte Geen.") in flat
    # Footer on every page: page x of y, date, who, the document id.
    for n, page in enumerate(pages, 1):
        assert squash(f"opgesteld door JV · document {doc_id} — pagina {n} van {len(pages)}") in squash(page)
    assert PdfReader(str(out)).metadata.title == "Overzicht van uw persoonsgegevens"


def test_access_report_shows_the_value_of_every_registered_field(full, tmp_path):
    register, cid, request = full
    out = tmp_path / "inzage.pdf"
    register.access.report(cid, out, request_id=request)
    flat = squash(pdf_text(out)[0])
    lookups = Lookups()
    checked = 0
    for table in pd.TABLES:
        rows = personal.rows(table, cid)
        assert rows, f"the test customer has nothing in {table.name}"
        for row in rows:
            for f in table.fields:
                shown = format_value(f, row[f.column], lookups)
                if shown != "—":
                    assert squash(shown) in flat, (table.name, f.column, shown)
                    checked += 1
    assert checked > 80
    for value in ["Zebulonia", "Quaxelbrink", "zebulonia.quax@example.org", "06 48765432", "Xylofoonsteeg",
                  "9999 XQ", "Wolfertsdijk", "Pyroclastische", *RELATED_VALUES]:
        assert squash(value) in flat, value


def test_issuing_is_logged_and_the_pdf_is_not_kept(full, tmp_path):
    register, cid, request = full
    out = tmp_path / "inzage.pdf"
    doc_id = register.access.report(cid, out, request_id=request)
    prepared, saved = [e for e in AuditEntry.select().where(AuditEntry.action == "report.issue").order_by(AuditEntry.id)]
    assert prepared.subject == saved.subject == audit_store.pseudonym(cid)
    assert prepared.detail == f"access report {doc_id} prepared for request {request} by JV"
    assert saved.detail == f"access report {doc_id} saved by JV"
    details = " ".join(e.detail for e in AuditEntry.select())
    assert not any(v in details for v in DISTINCTIVE_VALUES + RELATED_VALUES)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["inzage.pdf"]
    assert not list(register.path.parent.glob("*.pdf"))


def test_a_long_history_breaks_cleanly_across_pages(full, tmp_path):
    register, cid, _ = full
    from etsoft_desk.domain.customer import JobKind, ServiceJob
    for n in range(1, 200):
        register.customers.add_service_job(cid, ServiceJob(dt.date(2025, 1, 1) + dt.timedelta(days=n), JobKind.REPAIR,
                                                           device="Laptop", serial_number=f"SER{n:05d}",
                                                           description="Scherm vervangen"))
    out = tmp_path / "inzage.pdf"
    register.access.report(cid, out)
    text, pages = pdf_text(out)
    job_pages = [p for p in pages if "SER00" in p]
    assert len(job_pages) >= 3
    for page in job_pages:  # the header row repeats on every page the table runs over
        assert "Serienummer" in page
    for n in range(1, 200):
        assert f"SER{n:05d}" in text
    assert f"pagina {len(pages)} van {len(pages)}" in pages[-1]


def test_request_of_another_customer_is_refused(full, tmp_path):
    register, cid, request = full
    from tests.helpers.cards import card
    other = register.customers.create(card())
    with pytest.raises(UserError) as err:
        register.access.report(other, tmp_path / "x.pdf", request_id=request)
    assert err.value.template == Msg.REQUEST_NOT_FOUND
    assert not (tmp_path / "x.pdf").exists()


# --- portability --------------------------------------------------------------------------------------------
def test_json_export_is_complete_per_registry(full, tmp_path):
    register, cid, _ = full
    out = tmp_path / "gegevens.json"
    register.access.export(cid, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["customer_id"] == cid and data["controller"]["kvk"] == "12345678"
    assert list(data["categories"]) == [c.key for c in pd.CATEGORIES]
    for table in pd.TABLES:
        for key in pd.categories_of(table):
            rows = data["categories"][key]["tables"][table.name]
            assert rows, (key, table.name)
            assert set(rows[0]) == {f.column for f in table.fields if table.category_of(f) == key}
    cat = data["categories"]
    assert cat["contact"]["tables"]["customer_phone"] == [{"number": "+31648765432"}]
    assert cat["invoices"]["tables"]["invoice"][0] == {"number": "F-2026-QX17", "date": "2026-11-04",
                                                       "amount_cents": 123456}
    assert cat["disclosures"]["tables"]["disclosure"][0]["recipient_id"] == "Pelikaanlijst Installaties"
    assert cat["consents"]["tables"]["consent_record"][0]["statement_version_id"] == {
        "version": 1, "effective_date": "2026-01-01"}
    assert cat["interests"]["tables"]["customer"] == [{"interests": ["repair"]}]
    text = out.read_text(encoding="utf-8")
    for value in DISTINCTIVE_VALUES[:3] + RELATED_VALUES:
        assert value in text, value
    assert AuditEntry.select().where(AuditEntry.action == "export").count() == 1


def test_zip_export_has_the_json_and_a_csv_per_table(full, tmp_path):
    register, cid, _ = full
    out = tmp_path / "gegevens.zip"
    register.access.export(cid, out)
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        assert names == {"gegevens.json"} | {f"{t.name}.csv" for t in pd.TABLES}
        jobs = list(csv.reader(io.StringIO(archive.read("service_job.csv").decode("utf-8-sig")), delimiter=";"))
        customer = list(csv.DictReader(io.StringIO(archive.read("customer.csv").decode("utf-8-sig")),
                                       delimiter=";"))
    assert jobs[0] == [f.column for f in pd.TABLE["service_job"].fields]
    assert jobs[1] == ["2026-11-03", "repair", "Trilobietmodem X2", "SN-QX-778812", "Fonkelreparatie van de voeding 0",
                       "done"]
    assert customer[0]["last_name"] == "Quaxelbrink" and customer[0]["age_confirmed"] == "true"


def test_export_format_and_missing_customer(register, tmp_path):
    register.settings.staff_initials = "JV"
    with pytest.raises(UserError) as err:
        register.access.export(1, tmp_path / "x.txt")
    assert err.value.template == Msg.EXPORT_FORMAT
    with pytest.raises(UserError) as err:
        register.access.export(99, tmp_path / "x.json")
    assert err.value.template == Msg.CUSTOMER_NOT_FOUND and not (tmp_path / "x.json").exists()


# --- letters, the record of processing, the settings that feed them ----------------------------------------
def test_extension_and_refusal_letters(full, tmp_path):
    register, cid, request = full
    with pytest.raises(UserError) as err:
        register.documents.request_letter(request, tmp_path / "x.pdf")
    assert err.value.template == Msg.LETTER_NOT_NEEDED
    register.requests.extend(request, 2, "Wij wachten op de gegevens van onze leverancier.")
    register.documents.request_letter(request, tmp_path / "verlenging.pdf")
    text = squash(pdf_text(tmp_path / "verlenging.pdf")[0])
    for expected in ("Zebulonia Quaxelbrink", "Xylofoonsteeg 77", "9999 XQ Wolfertsdijk",
                     "Verlenging van de termijn voor uw verzoek", "Op 20-11-2026 ontvingen wij uw verzoek (inzage",
                     "tot 20-12-2026", "met 2 maanden, tot uiterlijk 20-02-2027", "AVG art. 12 lid 3",
                     "Wij wachten op de gegevens van onze leverancier.", "Autoriteit Persoonsgegevens",
                     "zebulonia.quax@example.org"):
        assert squash(expected) in text, expected
    register.requests.refuse(request, "Het verzoek is kennelijk ongegrond: u vroeg dit vorige week al.")
    register.documents.request_letter(request, tmp_path / "weigering.pdf")
    text = squash(pdf_text(tmp_path / "weigering.pdf")[0])
    for expected in ("Besluit over uw verzoek", "AVG art. 12 lid 4", "u vroeg dit vorige week al",
                     "klacht indienen bij de Autoriteit Persoonsgegevens", "Postbus 93374", "naar de rechter"):
        assert squash(expected) in text, expected
    letters = [e.detail for e in AuditEntry.select().where(AuditEntry.action == "report.issue")]
    assert any(d.startswith("extension letter VB-") for d in letters)
    assert any(d.startswith("refusal letter WB-") for d in letters)


def test_record_of_processing_comes_from_the_registry_and_settings(full, tmp_path):
    register, _, _ = full
    register.settings.set_retention("visits", 36)
    out = tmp_path / "register.pdf"
    register.documents.processing_record(out)
    text = squash(pdf_text(out)[0])
    for expected in ("Register van verwerkingsactiviteiten", "artikel 30 lid 1 AVG", "KvK-nummer 12345678",
                     "Betrokkenen", "Pelikaanlijst Installaties", "zakenpartner", "Beveiligingsmaatregelen",
                     "SQLCipher", "3 jaar na de datum van het bezoek", "Doorgifte buiten de EER",
                     "bewaren: Fiscale bewaarplicht van 7 jaar"):
        assert squash(expected) in text, expected
    from etsoft_desk.domain.processing_record import record_text

    for c in pd.CATEGORIES:  # the shop's record: the registry's texts with the customer in the third person
        title, what, purpose = record_text(c.key, c.title, c.what, c.purpose)
        assert squash(title) in text and squash(what) in text and squash(purpose) in text


def test_retention_settings_respect_the_legal_minimum(register):
    assert register.settings.retention_months()["invoices"] == 84
    with pytest.raises(UserError) as err:
        register.settings.set_retention("invoices", 60)
    assert err.value.template == Msg.RETENTION_BELOW_MINIMUM
    for bad in ("-1", "veel", "5000"):
        with pytest.raises(UserError) as err:
            register.settings.set_retention("visits", bad)
        assert err.value.template == Msg.RETENTION_INVALID
    with pytest.raises(UserError) as err:
        register.settings.set_value("shop_fax", "x")
    assert err.value.template == Msg.SETTING_UNKNOWN
    register.settings.set_value("retention.visits", "12")
    register.settings.set_value("authority_phone", "0800 1234")
    assert register.settings.retention_months()["visits"] == 12
    assert register.settings.all_values()["authority_phone"] == "0800 1234"


def test_names_outside_latin1_print_as_letters_not_boxes(register, tmp_path):
    from tests.helpers.cards import card
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Şükrü", infix="", last_name="Łukasiewicz-Gőz",
                                         notes="Voorkeur: ğ ı ø å ß"))
    out = tmp_path / "inzage.pdf"
    register.access.report(cid, out)
    text = pdf_text(out)[0]
    assert "■" not in text
    for value in ("Şükrü", "Łukasiewicz-Gőz", "Voorkeur: ğ ı ø å ß"):
        assert value in text, value


def test_someone_we_hold_nothing_about_is_told_so_and_the_name_is_not_logged(register, tmp_path):
    register.settings.staff_initials = "JV"
    doc_id, pdf = register.access.render_none("Onbekende Vraagsteller")
    out = tmp_path / "nee.pdf"
    out.write_bytes(pdf)
    flat = squash(pdf_text(out)[0])
    for expected in ("Voor Onbekende Vraagsteller", "Nee. ETSoft verwerkt geen persoonsgegevens over u.",
                     "Correctie (AVG art. 16)", "Autoriteit Persoonsgegevens", f"document {doc_id}"):
        assert squash(expected) in flat, expected
    assert squash("2. Uw gegevens") not in flat and squash("Ontvangers") not in flat
    details = " ".join(e.detail for e in AuditEntry.select())
    assert f"access report {doc_id} (no data held) by JV" in details and "Vraagsteller" not in details
