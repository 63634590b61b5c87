"""Issue 11 item 3: the history rows (visits, service jobs, invoice entries) can be corrected; the history of the
corrections keeps the value before and after; a restriction allows only the correction it is about; a
correction carries out a rectification request; the recipients get their Art. 19 letter (read back)."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.corrections import RowKind
from etsoft_desk.domain.customer import Invoice, JobKind, ServiceJob, Visit
from etsoft_desk.domain.errors import UserError, ValidationFailed
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.requests import RequestChannel, RequestKind, RequestStatus
from etsoft_desk.domain.rights import RestrictionReason
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.store import audit as audit_store
from tests.helpers.cards import card


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart",
                                         emails=["anna@example.com"]))
    rows = {"visit": register.customers.add_visit(cid, Visit(dt.date(2026, 11, 2), "printer laten zien")),
            "job": register.customers.add_service_job(cid, ServiceJob(
                dt.date(2026, 11, 3), JobKind.REPAIR, device="Laptop X2", serial_number="SN-1234-WRONG",
                description="Scherm vervangen")),
            "invoice": register.customers.add_invoice(cid, Invoice("F-2026-001", dt.date(2026, 11, 4),
                                                                   Decimal("49.95")))}
    return register, cid, rows


def refused(template, act):
    with pytest.raises(UserError) as err:
        act()
    assert err.value.template == template, str(err.value)
    return str(err.value)


def snapshot(register, cid):
    record = register.customers.open(cid, log_view=False)
    return record.visits, record.service_jobs, record.invoices, register.corrections.history(cid)


def test_each_row_kind_is_corrected_and_the_history_keeps_old_and_new(shop):
    register, cid, rows = shop
    register.corrections.correct(RowKind.VISIT, rows["visit"], {"date": "01-11-2026"})
    register.corrections.correct(RowKind.SERVICE_JOB, rows["job"],
                                 {"serial_number": "SN-1234-RIGHT", "kind": "installatie"})
    register.corrections.correct(RowKind.INVOICE, rows["invoice"], {"amount": "59,95", "date": dt.date(2026, 11, 5)})
    record = register.customers.open(cid, log_view=False)
    assert record.visits[0].date == dt.date(2026, 11, 1)
    job = record.service_jobs[0]
    assert (job.serial_number, job.kind, job.description) == ("SN-1234-RIGHT", JobKind.INSTALLATION, "Scherm vervangen")
    invoice = record.invoices[0]
    assert (invoice.number, invoice.date, invoice.amount) == ("F-2026-001", dt.date(2026, 11, 5), Decimal("59.95"))
    history = [(c.field, c.old_value, c.new_value, c.recorded_by, c.corrected_at.date())
               for c in register.corrections.history(cid)]
    day = dt.date(2026, 11, 25)
    assert history == [
        ("visit.date", "02-11-2026", "01-11-2026", "JV", day),
        ("service_job.kind", "reparatie", "installatie", "JV", day),
        ("service_job.serial_number", "SN-1234-WRONG", "SN-1234-RIGHT", "JV", day),
        ("invoice.date", "04-11-2026", "05-11-2026", "JV", day),
        ("invoice.amount", "€ 49,95", "€ 59,95", "JV", day)]
    # The audit log names the row and the fields, never a value.
    details = [e.detail for e in audit_store.entries() if e.action == "history.correction"]
    assert details[1].startswith(f"service_job {rows['job']}: kind,serial_number (correction 2,3)")
    assert not any(v in d for d in details for v in ("SN-1234", "49,95", "59,95", "installatie", "2026"))


def test_invalid_values_unknown_rows_and_the_invoice_number_are_refused_in_one_sentence(shop):
    register, cid, rows = shop
    before = snapshot(register, cid)
    with pytest.raises(ValidationFailed) as err:  # the rules the row was added under: no card number, no BSN
        register.corrections.correct(RowKind.SERVICE_JOB, rows["job"], {"description": "betaald met 4111 1111 1111 1111"})
    assert err.value.errors[0].template == Msg.PAYMENT_CARD_IN_TEXT
    with pytest.raises(ValidationFailed) as err:
        register.corrections.correct(RowKind.VISIT, rows["visit"], {"purpose": "BSN 111222333 gecontroleerd"})
    assert err.value.errors[0].template == Msg.BSN_IN_TEXT
    with pytest.raises(ValidationFailed) as err:
        register.corrections.correct(RowKind.VISIT, rows["visit"], {"date": "31-02-2026"})
    assert err.value.errors[0].template == Msg.DATE_INVALID
    with pytest.raises(ValidationFailed) as err:
        register.corrections.correct(RowKind.SERVICE_JOB, rows["job"], {"kind": "stofzuigen"})
    assert "reparatie" not in str(err.value) and "repair" in str(err.value)
    refused(Msg.VISIT_NOT_FOUND, lambda: register.corrections.correct(RowKind.VISIT, 99, {"purpose": "x"}))
    refused(Msg.SERVICE_JOB_NOT_FOUND, lambda: register.corrections.correct(RowKind.SERVICE_JOB, 99, {"device": "x"}))
    text = refused(Msg.INVOICE_NUMBER_FIXED,
                   lambda: register.corrections.correct(RowKind.INVOICE, rows["invoice"], {"number": "F-2026-002"}))
    assert "credit note" in text
    refused(Msg.CORRECTION_FIELD_UNKNOWN,
            lambda: register.corrections.correct(RowKind.VISIT, rows["visit"], {"status": "done"}))
    refused(Msg.CORRECTION_UNCHANGED,
            lambda: register.corrections.correct(RowKind.VISIT, rows["visit"], {"purpose": " printer laten zien "}))
    assert snapshot(register, cid) == before
    # A serial number is a code: nine digits there are not taken for a BSN, as when the job was added.
    register.corrections.correct(RowKind.SERVICE_JOB, rows["job"], {"serial_number": "111222333"})


def test_a_restriction_allows_only_the_correction_it_is_about(shop):
    register, cid, rows = shop
    register.rights.restrict(cid, RestrictionReason.ACCURACY_CONTESTED, fields=["service_job.serial_number", "invoice"])
    before = snapshot(register, cid)
    text = refused(Msg.RESTRICTED_EDIT_ONLY, lambda: register.corrections.correct(
        RowKind.SERVICE_JOB, rows["job"], {"serial_number": "SN-OK", "description": "Scherm en toetsenbord"}))
    assert "servicebeurt: serienummer, facturen" in text
    refused(Msg.RESTRICTED_EDIT_ONLY,
            lambda: register.corrections.correct(RowKind.VISIT, rows["visit"], {"purpose": "scanner"}))
    assert snapshot(register, cid) == before  # a refused act changes nothing
    register.corrections.correct(RowKind.SERVICE_JOB, rows["job"], {"serial_number": "SN-OK"})
    register.corrections.correct(RowKind.INVOICE, rows["invoice"], {"date": "05-11-2026"})  # the whole table
    register.rights.lift(cid)
    register.rights.restrict(cid, RestrictionReason.LEGAL_CLAIM)
    refused(Msg.RESTRICTED_NO_EDIT,
            lambda: register.corrections.correct(RowKind.INVOICE, rows["invoice"], {"amount": "1,00"}))
    refused(Msg.RESTRICTION_FIELD_UNKNOWN,
            lambda: register.rights.restrict(2, RestrictionReason.ACCURACY_CONTESTED, fields=["service_job.status"]))


def test_a_correction_carries_out_the_rectification_request_and_only_with_it(shop):
    register, cid, rows = shop
    rect = register.requests.add(cid, RequestKind.RECTIFICATION, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    access = register.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    register.corrections.correct(RowKind.VISIT, rows["visit"], {"purpose": "scanner laten zien"})  # no request named
    refused(Msg.REQUEST_NEEDS_RECTIFICATION, lambda: register.requests.complete(rect))
    before = snapshot(register, cid)
    refused(Msg.REQUEST_WRONG_KIND, lambda: register.corrections.correct(
        RowKind.SERVICE_JOB, rows["job"], {"serial_number": "SN-9"}, request_id=access))
    other = register.customers.create(card(first_name="Bert", emails=["bert@example.com"]))
    theirs = register.requests.add(other, RequestKind.RECTIFICATION, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    refused(Msg.REQUEST_WRONG_KIND, lambda: register.corrections.correct(
        RowKind.SERVICE_JOB, rows["job"], {"serial_number": "SN-9"}, request_id=theirs))
    assert snapshot(register, cid) == before
    result = register.corrections.correct(RowKind.SERVICE_JOB, rows["job"], {"serial_number": "SN-9"},
                                          request_id=rect)
    assert result.corrections[0].request_id == rect
    register.requests.complete(rect)
    assert register.requests.get(rect).status is RequestStatus.DONE


def letter_pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_recipients_get_one_letter_each_with_the_value_only_where_they_received_it(shop):
    register, cid, rows = shop
    accountant = register.sharing.add_recipient("Boekhouder Ooms", RecipientRole.PROCESSOR, processor_agreement=True,
                                                contact="Markt 1, 4561 AA Hulst")
    partner = register.sharing.add_recipient("Pelikaan Installaties", RecipientRole.PARTNER)
    register.sharing.approve(cid, partner, data="naam en adres", purpose="installatie", method="counter")
    register.sharing.disclose(cid, partner, "naam en adres")
    register.sharing.disclose(cid, accountant, "facturen november 2026")
    rect = register.requests.add(cid, RequestKind.RECTIFICATION, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    result = register.corrections.correct(RowKind.INVOICE, rows["invoice"], {"amount": "59,95"}, request_id=rect)
    assert result.recipients == [(accountant, "Boekhouder Ooms"), (partner, "Pelikaan Installaties")]
    doc_ids, pdf = register.corrections.letters(result.ids)
    first, second = letter_pages(pdf)
    assert len(doc_ids) == 2 and doc_ids[0] != doc_ids[1]  # one document per recipient
    assert first.startswith("ETSoft") and "Boekhouder Ooms Markt 1 4561 AA Hulst" in first
    assert "Pelikaan" not in first and "Boekhouder" not in second and "Pelikaan Installaties" in second
    for page, doc_id in ((first, doc_ids[0]), (second, doc_ids[1])):
        assert "Correctie van persoonsgegevens" in page and "Anna Zwart (anna@example.com)" in page
        assert "AVG art. 19" in page and "Factuur: bedrag 25-11-2026" in page and f"Onze referentie: {doc_id}" in page
        assert f"document {doc_id}" in page
        assert "49,95" not in page  # the wrong value is never repeated
    assert "€ 59,95" in first  # the accountant received the invoices
    assert "59,95" not in second and "ontving u niet van ons" in second  # the partner only name and address
    # Making them is recorded per correction and recipient.
    [correction] = register.corrections.history(cid)
    assert [(name, doc) for name, doc, _ in correction.notices] == [("Boekhouder Ooms", doc_ids[0]),
                                                                     ("Pelikaan Installaties", doc_ids[1])]
    details = [e.detail for e in audit_store.entries() if e.action == "history.correction"]
    assert details[-1].startswith(f"art. 19 letters {','.join(doc_ids)} for correction {correction.id}")
    # Each is kept and waits to be sent (issue 12 item 4).
    notices = register.notices.listing()
    assert [(n.document_id, n.cause, n.state, n.recipient_name) for n in notices] == [
        (doc_ids[0], "correction", "waiting", "Boekhouder Ooms"), (doc_ids[1], "correction", "waiting",
                                                                   "Pelikaan Installaties")]
    assert letter_pages(register.notices.pdf(notices[0].id)) == [first]
    # Asked again: the same notices, not two waiting for the same recipient.
    again, pdf_again = register.corrections.letters(result.ids)
    assert again == doc_ids and letter_pages(pdf_again) == [first, second]
    assert len(register.notices.listing()) == 2 and len(register.corrections.history(cid)[0].notices) == 2


def test_letters_need_recipients_and_the_corrections_of_one_customer(shop):
    register, cid, rows = shop
    result = register.corrections.correct(RowKind.VISIT, rows["visit"], {"purpose": "scanner"})
    assert result.recipients == []
    refused(Msg.NO_RECIPIENTS_TO_TELL, lambda: register.corrections.letters(result.ids))
    refused(Msg.CORRECTION_NOT_FOUND, lambda: register.corrections.letters([99]))
    other = register.customers.create(card(first_name="Bert", emails=["bert@example.com"]))
    visit = register.customers.add_visit(other, Visit(dt.date(2026, 11, 20), "muis"))
    theirs = register.corrections.correct(RowKind.VISIT, visit, {"purpose": "toetsenbord"})
    refused(Msg.CORRECTIONS_OF_ONE_CUSTOMER, lambda: register.corrections.letters(result.ids + theirs.ids))


def test_a_correction_goes_with_its_row_and_is_in_the_access_report(shop, tmp_path):
    register, cid, rows = shop
    register.corrections.correct(RowKind.VISIT, rows["visit"], {"purpose": "Quokkaprinter laten zien"})
    register.corrections.correct(RowKind.SERVICE_JOB, rows["job"], {"device": "Laptop X3"})
    out = tmp_path / "inzage.pdf"
    register.access.report(cid, out)
    flat = "".join("".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    for expected in ("Correctiesvanuwgegevens", "bezoek:doel", "Wasprinterlatenzien", "IsnuQuokkaprinterlatenzien",
                     "servicebeurt:apparaat", "WasLaptopX2"):
        assert expected in flat, expected
    # A visit past its retention period takes its corrections (and the old values in them) with it.
    register.retention.run(dt.date(2028, 11, 3), by="JV")  # visits before 03-11-2026 are due
    assert [c.field for c in register.corrections.history(cid)] == ["service_job.device"]
    db = register._db
    assert db.execute_sql("SELECT count(*) FROM correction WHERE old_value LIKE '%printer%'").fetchone()[0] == 0
