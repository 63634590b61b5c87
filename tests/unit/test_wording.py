"""Issue 12 item 8: documents a customer (and a privacy lawyer) understands. Each PDF is read back with pypdf:
plain Dutch in the shop's voice, no English, no internal names, no words split across lines."""

import datetime as dt
import io
import re

from pypdf import PdfReader

from etsoft_desk.domain import personal_data as pd
from etsoft_desk.domain.requests import IdentityCheck, RequestChannel, RequestKind
from etsoft_desk.services.todo import TodoKind
from tests.helpers.cards import card


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- the access report ---------------------------------------------------------------------------------------
def test_access_report_says_the_outcome_in_dutch_and_leaves_out_the_sort_key_and_an_extension_of_nothing(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Zebulonia", infix="", last_name="Quaxelbrink"))
    today = register.clock().date()
    answered = register.requests.add(cid, RequestKind.ACCESS, today - dt.timedelta(days=27), RequestChannel.EMAIL,
                                     identity=IdentityCheck.REGISTERED_EMAIL)
    register.access.render(cid, request_id=answered)
    register.todo.mark_done(TodoKind.REQUEST_DUE, cid, "letter")  # "answered by letter" from the to-do bar
    text = flat(text_of(register.access.render(cid)[1]))
    assert "Uitkomst beantwoord per brief" in text
    assert "answered" not in text and "letter" not in text
    assert "Sorteernaam" not in text and "quaxelbrink, zebulonia" not in text.lower()
    assert "Verlengd" not in text and "verlengd met" not in text
    extended = register.requests.add(cid, RequestKind.ACCESS, today - dt.timedelta(days=3), RequestChannel.COUNTER,
                                     identity=IdentityCheck.ID_SHOWN)
    register.requests.extend(extended, 2, "Wij wachten op de boekhouder.")
    text = flat(text_of(register.access.render(cid)[1]))
    assert "Termijn verlengd met 2 maanden" in text and "Reden van verlenging Wij wachten op de boekhouder." in text


def test_an_outcome_an_older_version_wrote_in_english_prints_in_dutch(register):
    from etsoft_desk.domain.requests import outcome_text

    assert outcome_text("answered (email)") == "beantwoord per e-mail"
    assert outcome_text("export meegegeven op USB-stick") == "export meegegeven op USB-stick"


def test_access_report_says_each_purpose_and_retention_once(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Zebulonia", infix="", last_name="Quaxelbrink"))
    text = squash(text_of(register.access.render(cid)[1]))
    assert "Waarom:" not in text and "Hoelang:" not in text
    # name, contact data and notes share purpose, basis and retention: one row names them together
    assert text.count(squash(pd.CATEGORY["age"].purpose)) == 1
    assert text.count(squash("Klantrelatie: u herkennen, bereiken en helpen bij hulp op afstand, reparatie en "
                             "installatie")) == 3  # name and contact data; address (with its own addition); notes
    assert squash("Naam, Contactgegevens") in text


# --- the shred confirmation and the Art. 19 letter -------------------------------------------------------------
def test_initials_keep_a_dutch_infix_as_its_lower_case_words():
    from etsoft_desk.domain.erasure import initials

    assert initials("Sanne", "de", "Wit") == "S. de W."
    assert initials("Jan", "van der", "Berg") == "J. van der B."
    assert initials("Koen", "van den", "Heuvel") == "K. van den H."
    assert initials("Els", "'t", "Hoen") == "E. 't H."
    assert initials("Piet", "Van", "Dam") == "P. van D."
    assert initials("Noor", "", "Bos") == "N. B."


def test_each_erasure_names_its_sub_ground_of_article_17():
    from etsoft_desk.domain.erasure import ground_17

    assert ground_17("erasure").startswith("AVG art. 17 lid 1 sub a en b")
    assert ground_17("consent_withdrawal").startswith("AVG art. 17 lid 1 sub b")
    assert ground_17("objection").startswith("AVG art. 17 lid 1 sub c")
    assert ground_17(None).startswith("AVG art. 17 lid 1 sub a:")
    assert ground_17(None, retention=True).startswith("AVG art. 17 lid 1 sub a en art. 5 lid 1 sub e")


def _erased_with_open_job_and_accountant(register):
    from decimal import Decimal

    from etsoft_desk.domain.customer import Invoice, JobKind, JobStatus, ServiceJob
    from etsoft_desk.domain.sharing import RecipientRole

    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Sanne", infix="de", last_name="Wit"))
    register.customers.add_service_job(cid, ServiceJob(date=dt.date(2026, 11, 20), kind=JobKind.REPAIR,
                                                       device="Laptop HP", serial_number="5CD1",
                                                       description="Scherm vervangen", status=JobStatus.OPEN))
    register.customers.add_invoice(cid, Invoice(number="2026-00042", date=dt.date(2026, 10, 1),
                                                amount=Decimal("49.95")))
    accountant = register.sharing.add_recipient("Boekhouder Ooms", RecipientRole.PROCESSOR,
                                                processor_agreement=True)
    partner = register.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER)
    register.sharing.disclose(cid, accountant, "factuur 2026-00042")
    register.sharing.approve(cid, partner, data="naam en telefoon", purpose="offerte", method="counter")
    register.sharing.disclose(cid, partner, "naam en telefoon")
    asked = register.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 11, 24), RequestChannel.EMAIL,
                                  identity=IdentityCheck.REGISTERED_EMAIL)
    return register.erasure.erase(cid, request_id=asked)


def test_the_shred_confirmation_says_the_device_may_still_be_here_the_ground_and_no_jargon(register):
    result = _erased_with_open_job_and_accountant(register)
    text = flat(text_of(result.confirmation))
    assert "Betrokkene S. de W." in text
    assert "Grond AVG art. 17 lid 1 sub a en b: u vroeg ons uw gegevens te wissen" in text
    assert "uw apparaat kan nog bij ons in de winkel zijn. Wij geven het u terug" in text
    assert "Geen papieren dossiers" not in text and "geen papieren dossiers" not in text
    assert "hash" not in text and "gezouten" not in text
    assert "onleesbare code, berekend uit uw e-mailadres" in text


def test_the_art19_letter_does_not_ask_the_accountant_to_erase_invoices_the_law_makes_us_keep(register):
    from pypdf import PdfReader

    result = _erased_with_open_job_and_accountant(register)
    pages = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(result.notices)).pages]
    accountant = next(p for p in pages if "Boekhouder Ooms" in p)
    partner = next(p for p in pages if "Glasvezel Hulst" in p)
    assert "Wij verstrekten u: factuur 2026-00042." in accountant
    assert "De facturen wist u niet" in accountant and "Algemene wet inzake rijksbelastingen art. 52" in accountant
    assert "de laatste tot 01-10-2033" in accountant
    assert "vragen wij u die ook te wissen" not in accountant
    assert "Wij verstrekten u: naam en telefoon." in partner
    assert "alle gegevens van deze persoon die u van ons kreeg wissen" in partner
    assert "facturen" not in partner.lower()


# --- the retention run -----------------------------------------------------------------------------------------
def test_the_retention_run_over_several_customers_has_its_own_template(register):
    from etsoft_desk.domain.customer import Visit

    register.settings.staff_initials = "JV"
    for first in ("Anna", "Bert", "Cor"):
        cid = register.customers.create(card(first_name=first, infix="", last_name="Oud"))
        register.customers.add_visit(cid, Visit(dt.date(2026, 11, 1), "Laptop gebracht"))
    done, pdf = register.retention.run(dt.date(2030, 1, 31))
    assert len(done.inactive_customers) == 3
    text = flat(text_of(pdf))
    assert "Verklaring van vernietiging: verstreken bewaartermijnen" in text
    assert "3 klanten hadden sinds de bewaartermijn geen contact meer met ons en zijn helemaal gewist" in text
    assert text.count("VV-") == 3  # each erased customer's own confirmation, by its reference
    for one_person in ("van u", "uw gegevens", "klant(en)", "alleen initialen", "Betrokkene"):
        assert one_person not in text, one_person
    assert "Facturen van gewiste klanten bewaren wij tot het einde van de fiscale bewaarplicht" in text


# --- the record of processing ----------------------------------------------------------------------------------
def _documents_laid_out(monkeypatch) -> list:
    """Catch every Document the services hand to reports/document.py (the source strings of the PDF)."""
    from etsoft_desk.reports import document

    seen: list = []
    real = document.write_letters

    def catch(target, docs, **kw):
        seen.extend(docs)
        return real(target, docs, **kw)

    monkeypatch.setattr(document, "write_letters", catch)
    return seen


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)}


def source_words(doc) -> set[str]:
    texts = [doc.title, doc.subtitle, doc.prepared_by, doc.document_id, *doc.address, *doc.shop.values(),
             "pagina van Hulst KvK document"]  # the letterhead and the footer
    for block in doc.blocks:
        texts += [block.text, *block.columns, *(cell for row in block.rows for cell in row)]
    return words(" ".join(texts))


def broken_words(pdf: bytes, docs) -> set[str]:
    """Words of the PDF text that are in none of its source strings: a word split across two lines."""
    known = set().union(*(source_words(d) for d in docs))
    return words(text_of(pdf)) - known


def test_the_record_of_processing_is_the_shops_record_in_dutch_with_no_word_split(register, monkeypatch):
    from etsoft_desk.domain.processing_record import RECORD, TABLE_NAMES

    assert set(RECORD) == set(pd.CATEGORY)  # every category has its third-person text
    assert set(TABLE_NAMES) == {t.name for t in (*pd.TABLES, *pd.KEPT_TABLES)}
    docs = _documents_laid_out(monkeypatch)
    pdf = register.documents.render_processing_record(by="JV")[1]
    text = flat(text_of(pdf))
    for speaks_to_the_customer in (" u ", " uw ", "uzelf", "bevestiging dat u"):
        assert speaks_to_the_customer not in text.lower(), speaks_to_the_customer
    assert "bevestiging dat de klant 18 jaar of ouder is" in text
    for table in (*pd.TABLES, *pd.KEPT_TABLES):
        assert not re.search(rf"\b{table.name}\b", text), table.name
    assert "Vastgelegd in" in text and "geschiedenis van de toestemmingen" in text
    assert "secure delete" not in text and "hash" not in text
    assert broken_words(pdf, docs) == set()


def test_the_split_word_check_sees_a_word_broken_across_lines(register, monkeypatch):
    """The check above can fail: a column too narrow for 'Bewaartermijn' splits it, and the check says so."""
    from etsoft_desk.reports import common

    monkeypatch.setattr(common, "column_widths", lambda columns, rows, total, **kw: [total / len(columns) / 3]
                        * len(columns))
    from etsoft_desk.reports import document

    monkeypatch.setattr(document, "column_widths", common.column_widths)
    docs = _documents_laid_out(monkeypatch)
    pdf = register.documents.render_processing_record(by="JV")[1]
    assert broken_words(pdf, docs)


# --- every document --------------------------------------------------------------------------------------------
ENGLISH_OR_INTERNAL = ["answered", "letter", "opt-in", "opt in", "hash", "derived", "fingerprint", "vingerafdruk",
                       "secure delete", "request", "customer", "consent", "erasure", "retention", "receipt",
                       "printed", "saved", "none", "true", "false", "processor", "device", "sorteernaam",
                       "klant(en)", "gezouten"]


def test_every_document_on_a_demo_register_is_dutch_without_internal_names(register, tmp_path):
    from tests.helpers.every_document import every_document

    docs = every_document(register, tmp_path)
    assert len(docs) >= 18, sorted(docs)
    found = {}
    for name, pdf in docs.items():
        if name == "recovery sheet":  # the owner's key, with the SQL to open the file without the program
            continue
        text = flat(text_of(pdf)).lower()
        bad = [w for w in ENGLISH_OR_INTERNAL if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
        bad += re.findall(r"\b[a-z]+_[a-z0-9_]+\b", text)  # snake_case identifiers
        if bad:
            found[name] = bad
    assert found == {}


def test_the_every_document_check_sees_an_english_word(register, tmp_path, monkeypatch):
    """The check above can fail: the old outcome text, put back, is found."""
    from etsoft_desk.domain import requests

    monkeypatch.setattr(requests, "outcome_text", lambda outcome: outcome)
    monkeypatch.setattr("etsoft_desk.services.todo.outcome_text", lambda outcome: outcome)
    monkeypatch.setattr("etsoft_desk.services.access.outcome_text", lambda outcome: outcome)
    from tests.helpers.every_document import every_document

    text = flat(text_of(every_document(register, tmp_path)["access report, later"])).lower()
    assert re.search(r"(?<![\w-])answered(?![\w-])", text)


def _vocabulary() -> set[str]:
    """Every word of every string in the program's code and the demo's data: what a document can print."""
    import ast
    from pathlib import Path

    import etsoft_desk
    import tests.helpers.every_document as helper

    found = set()
    for path in [*Path(etsoft_desk.__file__).parent.rglob("*.py"), Path(helper.__file__)]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found |= words(node.value)
    return found


def test_no_word_of_any_document_is_split_across_lines(register, tmp_path):
    from tests.helpers.every_document import every_document

    vocabulary = _vocabulary()
    split = {}
    for name, pdf in every_document(register, tmp_path).items():
        # e-mail addresses, and whatever mixes letters and digits (ids, serial numbers, key groups), are not words
        # (a document id such as KG-DACAFACE can be all letters: removed by its shape first)
        text = re.sub(r"\b[A-Z]{2}-[0-9A-F]{8}\b", " ", text_of(pdf))
        text = re.sub(r"\S+@\S+|\S+…\S+|\b[^\W_]*\d[^\W_]*\b", " ", text)  # and "a539…83b1"
        odd = sorted(w for w in words(text) - vocabulary if len(w) > 2)
        if odd:
            split[name] = odd
    assert split == {}


def test_every_document_that_names_the_complaint_route_says_it_in_the_same_words(register, tmp_path):
    """Issue 14 item 6: the complaint route (Art. 77, 79) defined once, with the authority from the settings."""
    from etsoft_desk.domain.rights import complaint_route
    from tests.helpers.every_document import every_document

    register.settings.set_authority(authority_phone="088 - 0000 000")  # the settings, not a fixed text
    sentence = " ".join(complaint_route(register.settings.authority()).split())
    naming = {name: flat for name, flat in ((n, " ".join(text_of(pdf).split())) for n, pdf in
                                            every_document(register, tmp_path).items()) if "klacht indienen" in flat}
    assert len(naming) >= 5, sorted(naming)
    wrong = [name for name, flat in naming.items() if sentence not in flat]
    assert wrong == []
