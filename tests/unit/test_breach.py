"""Issue 16, the data-breach register: who is concerned computed (a lost backup read with the register's key, a
misdirected report by its document id), the assessment, the decision, and the documents read back with pypdf
against Art. 33(3) and 34(2). A real SQLCipher register with the fixed clock (25-11-2026 10:30)."""

import io
import re

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.store import audit as audit_store
from tests.helpers.cards import card
from tests.helpers.full_customer import fill_every_category


def flat(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    anna = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart",
                                          emails=["anna@example.com"]))
    bert = register.customers.create(card(first_name="Bert", infix="", last_name="Aalst", emails=["bert@example.com"]))
    return register, anna, bert


def _count(register) -> tuple[int, int]:
    return len(register.breaches.listing()), audit_store.last()[0]


def test_a_lost_backup_lists_its_customers_from_the_file_itself_and_states_the_encryption(shop, tmp_path):
    register, anna, bert = shop
    backup = register.backups.backup(tmp_path / "stick.db").path
    later = register.customers.create(card(first_name="Cor", infix="", last_name="Later"))  # not in the backup
    exposure = register.breaches.concerned(backup=backup)
    assert [p.customer_id for p in exposure.persons] == [anna, bert]  # read from the backup, not the register
    assert later not in [p.customer_id for p in exposure.persons]
    assert exposure.encrypted is True and {"identity", "contact", "address", "notes"} <= set(exposure.categories)
    bid = register.breaches.add(exposure, aware="2026-11-25 08:00", what="USB-stick met een back-up verloren",
                                kind="confidentiality", measures_taken="Back-up opnieuw gemaakt op een nieuwe stick")
    breach = register.breaches.get(bid)
    assert (breach.people, breach.encrypted, breach.key_where.value, breach.unintelligible) == (2, True, "nowhere",
                                                                                                True)
    assert [p.name for p in breach.persons] == ["Anna Zwart", "Bert Aalst"]
    # An erasure takes the person's link with it; the breach keeps counting them (the record stays true).
    register.erasure.erase(bert)
    after = register.breaches.get(bid)
    assert [p.customer_id for p in after.persons] == [anna] and after.people == 2
    summary = tmp_path / "melding.pdf"
    register.breaches.write_summary(bid, summary)
    text = flat(summary)
    assert "SQLCipher (AES-256)" in text and "de sleutel staat niet in het bestand zelf" in text
    assert "nergens op het apparaat of bij het bestand" in text and "art. 34 lid 3 sub a" in text
    assert "stick.db" in text and "Anna" not in text  # the AP summary names nobody


def test_a_backup_the_key_does_not_open_is_one_sentence_and_nothing_recorded(shop, tmp_path):
    register, *_ = shop
    other = tmp_path / "vreemd.db"
    other.write_bytes(b"\x00" * 8192)
    before = _count(register)
    with pytest.raises(UserError) as told:
        register.breaches.concerned(backup=other)
    assert told.value.template in (Msg.BACKUP_OTHER_KEY, Msg.NOT_A_REGISTER, Msg.BACKUP_DAMAGED)
    with pytest.raises(UserError) as missing:
        register.breaches.concerned(backup=tmp_path / "weg.db")
    assert missing.value.template == Msg.IMPORT_FILE_MISSING and _count(register) == before


def test_a_misdirected_report_is_found_by_its_document_id_with_special_data_flagged(register, tmp_path):
    cid, _request = fill_every_category(register)
    other = register.customers.create(card(first_name="Dirk", infix="", last_name="Ander"))
    doc_id = register.access.report(cid, tmp_path / "inzage.pdf")
    exposure = register.breaches.concerned(document=doc_id.lower())  # as typed from the paper, any case
    assert [p.customer_id for p in exposure.persons] == [cid] and other not in [p.customer_id for p in exposure.persons]
    person = exposure.persons[0]
    assert person.special and {"identity", "contact", "service_jobs", "special", "invoices"} <= set(person.categories)
    bid = register.breaches.add(exposure, aware="2026-11-25 09:15", what="Inzagerapport naar het verkeerde adres "
                                "gemaild", kind="confidentiality")
    breach = register.breaches.get(bid)
    assert breach.scope_ref == doc_id and breach.special and breach.encrypted is None
    # A consent receipt shows less: only what it prints is exposed.
    receipt = register.receipts.consent_receipt(other, tmp_path / "bon.pdf")
    shown = register.breaches.concerned(document=receipt).persons
    assert [p.customer_id for p in shown] == [other] and "address" not in shown[0].categories


def test_a_no_with_special_data_or_many_people_is_warned_about_not_refused(register, tmp_path):
    cid, _ = fill_every_category(register)
    bid = register.breaches.add(register.breaches.concerned(customers=[cid]), aware="2026-11-25 09:00",
                                what="Map op de toonbank laten liggen", kind="confidentiality")
    told = register.breaches.decide(bid, report="no", tell="no", reason="de klant stond ernaast en kreeg hem terug")
    assert [w.template for w in told] == [Msg.BREACH_WARN_SPECIAL_REPORT, Msg.BREACH_WARN_SPECIAL_TELL]
    assert register.breaches.get(bid).decided


def test_bad_input_is_one_sentence_and_records_nothing(shop):
    register, anna, _ = shop
    exposure = register.breaches.concerned(customers=[anna])
    before = _count(register)
    cases = [(dict(aware=None), Msg.BREACH_AWARE_REQUIRED), (dict(aware="gisteren"), Msg.BREACH_MOMENT_INVALID),
             (dict(aware="2026-12-01 10:00"), Msg.BREACH_MOMENT_FUTURE), (dict(what=" "), Msg.BREACH_WHAT_REQUIRED),
             (dict(happened="2026-11-25 09:00", aware="2026-11-24 09:00"), Msg.BREACH_HAPPENED_AFTER_AWARE),
             (dict(what="kaart 4111 1111 1111 1111 gezien"), Msg.PAYMENT_CARD_IN_TEXT)]
    for change, template in cases:
        args = dict(aware="2026-11-25 08:00", what="Werkbon verloren", kind="confidentiality") | change
        with pytest.raises(UserError) as told:
            register.breaches.add(exposure, **args)
        assert told.value.template == template, change
    for scope, template in ((dict(customers=[999]), Msg.CUSTOMER_NOT_FOUND),
                            (dict(document="IZ-00000000"), Msg.BREACH_DOCUMENT_NOT_FOUND),
                            (dict(search_text="Niemandsland"), Msg.BREACH_SEARCH_EMPTY), ({}, Msg.BREACH_SCOPE_REQUIRED)):
        with pytest.raises(UserError) as told:
            register.breaches.concerned(**scope)
        assert told.value.template == template
    assert _count(register) == before
    bid = register.breaches.add(exposure, aware="2026-11-25 08:00", what="Werkbon verloren", kind="confidentiality")
    before = _count(register)
    with pytest.raises(UserError) as told:
        register.breaches.decide(bid, report="yes", tell="no", reason="  ")
    assert told.value.template == Msg.BREACH_REASON_REQUIRED and _count(register) == before
    assert not register.breaches.get(bid).decided
    with pytest.raises(UserError) as told:
        register.breaches.close(bid)
    assert told.value.template == Msg.BREACH_NOT_DECIDED


def test_after_72_hours_a_report_needs_the_reasons_for_the_delay(shop):
    register, anna, _ = shop
    bid = register.breaches.add(register.breaches.concerned(customers=[anna]), aware="2026-11-21 10:00",
                                what="Laptop gestolen bij een inbraak", kind="availability")
    with pytest.raises(UserError) as told:
        register.breaches.decide(bid, report="yes", tell="yes", reason="onversleutelde notities op de laptop")
    assert told.value.template == Msg.BREACH_DELAY_REASON_REQUIRED and "24-11-2026 10:00" in str(told.value)
    register.breaches.decide(bid, report="yes", tell="yes", reason="onversleutelde notities op de laptop",
                             delay_reason="de eigenaar was met vakantie")
    with pytest.raises(UserError) as told:
        register.breaches.close(bid)
    assert told.value.template == Msg.BREACH_NOT_REPORTED
    import datetime as dt

    register.breaches.record_report(bid, dt.date(2026, 11, 25), "AP-2026-4711")
    register.breaches.close(bid)
    closed = register.breaches.get(bid)
    assert closed.closed_on == dt.date(2026, 11, 25) and closed.ap_reference == "AP-2026-4711"
    with pytest.raises(UserError) as told:
        register.breaches.decide(bid, report="no", tell="no", reason="toch niet")
    assert told.value.template == Msg.BREACH_CLOSED


def test_the_ap_summary_holds_what_article_33_3_asks(shop, tmp_path):
    register, anna, bert = shop
    register.settings.set_shop(shop_phone="0114 123456")
    bid = register.breaches.add(register.breaches.concerned(search_text="example.com"), aware="2026-11-24 16:00",
                                happened="2026-11-24 15:30", what="E-mail met klantgegevens naar een verkeerd adres",
                                kind="confidentiality", consequences="Ontvanger kan namen en adressen inzien",
                                measures_taken="Ontvanger gevraagd de e-mail te verwijderen",
                                measures_proposed="Adressen voortaan dubbel controleren")
    register.breaches.decide(bid, report="yes", tell="yes", reason="adressen van twee klanten bij een onbekende")
    path = tmp_path / "ap.pdf"
    doc_id = register.breaches.write_summary(bid, path)
    text = flat(path)
    for expected in (
            "art. 33 lid 3 sub a", "vertrouwelijkheid", "E-mail met klantgegevens naar een verkeerd adres",  # nature
            "24-11-2026 15:30", "24-11-2026 16:00", "27-11-2026 16:00",  # happened, aware, the deadline
            "Aantal betrokkenen (ongeveer) 2", "Contactgegevens", "Adres",  # people and categories
            "art. 33 lid 3 sub b", "info@etsoft.nl", "0114 123456",  # the contact point
            "art. 33 lid 3 sub c", "Ontvanger kan namen en adressen inzien",  # likely consequences
            "art. 33 lid 3 sub d", "Ontvanger gevraagd de e-mail te verwijderen", "Adressen voortaan dubbel",
            doc_id):
        assert squash(expected) in squash(text), expected
    assert squash("gegevensrecords (ongeveer)") in squash(text)
    assert "Anna" not in text and "Zwart" not in text  # never the exposed data itself
    assert "Reden van de vertraging" not in text  # within the 72 hours


def test_a_letter_per_person_holds_what_article_34_2_asks_and_is_recorded(shop, tmp_path):
    register, anna, bert = shop
    bid = register.breaches.add(register.breaches.concerned(customers=[anna, bert], categories=("identity", "contact")),
                                aware="2026-11-25 07:45", what="Een lijst met namen en telefoonnummers bleef op de "
                                "toonbank liggen", kind="confidentiality", consequences="Iemand kan u bellen "
                                "en zich voordoen als onze winkel", measures_taken="De lijst is teruggevonden")
    path = tmp_path / "brieven.pdf"
    assert register.breaches.write_letters(bid, path) == 2
    pages = [squash(p.extract_text()) for p in PdfReader(str(path)).pages]
    assert len(pages) == 2 and "AnnaZwart" in pages[0] and "BertAalst" in pages[1] and "Zwart" not in pages[1]
    for expected in ("Wat is er gebeurd?", "Een lijst met namen en telefoonnummers", "naam, contactgegevens",
                     "Wat kunnen de gevolgen zijn?", "Iemand kan u bellen", "Wat hebben wij gedaan?",
                     "De lijst is teruggevonden", "Wat kunt u zelf doen?", "phishing", "info@etsoft.nl",
                     "Autoriteit Persoonsgegevens", "AVG art. 34"):
        assert squash(expected) in pages[0], expected
    persons = register.breaches.get(bid).persons
    assert all(p.letter_doc.startswith("DL-") and p.letter_on for p in persons)
    # Each letter is kept on its own with its customer, to print again (issue 12 item 6).
    from etsoft_desk.services import kept_documents

    for person, page in zip(sorted(persons, key=lambda p: p.customer_id), pages):
        [(doc_id, kind, _)] = kept_documents.listing(person.customer_id)
        kept = [squash(p.extract_text()) for p in PdfReader(io.BytesIO(kept_documents.pdf(doc_id))).pages]
        assert (doc_id, kind) == (person.letter_doc, "breach_letter") and kept[0][:400] == page[:400]
    assert squash(persons[0].letter_doc) in pages[0]
    # The letter is found by its own id (a letter sent to the wrong address is a breach too).
    assert [p.customer_id for p in register.breaches.concerned(document=persons[1].letter_doc).persons] == [bert]


def test_the_access_report_lists_the_breach_and_the_record_of_processing_names_the_register(shop, tmp_path):
    register, anna, _ = shop
    register.breaches.add(register.breaches.concerned(customers=[anna]), aware="2026-11-23 11:00",
                          what="Werkbon zoekgeraakt", kind="availability")
    report = tmp_path / "inzage.pdf"
    register.access.report(anna, report)
    text = squash(flat(report))
    assert squash("Datalekken die u betroffen") in text and squash("nr. 1, ontdekt op 23-11-2026") in text
    assert "Werkbonzoekgeraakt" not in text  # only its number, date and kind
    record = tmp_path / "art30.pdf"
    register.documents.processing_record(record)
    assert squash("Een register van datalekken (AVG art. 33 lid 5)") in squash(flat(record))
