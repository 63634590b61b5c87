"""Issue 11 item 5: the invoices for the accountant (the list of a period, its export, the disclosures it records)."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.customer import Address, Invoice
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.invoices import Period, euros_display
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.rights import RestrictionReason
from etsoft_desk.domain.sharing import Ground, RecipientRole
from etsoft_desk.store.models import AuditEntry
from tests.helpers.cards import card

Q1 = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))


def refused(template, act):
    with pytest.raises(UserError) as caught:
        act()
    assert caught.value.template == template, str(caught.value)
    return caught.value


@pytest.fixture
def shop(register):
    """Three customers with invoices in and around the first quarter of 2026; a fourth erased, whose invoice of
    that quarter the tax law keeps; the accountant in the recipients register."""
    register.settings.staff_initials = "JV"
    register.statements.load("ETSoft Privacyverklaring", dt.date(2018, 4, 10))
    ids = {}
    for first, last, street in (("Anna", "Zwart", "Markt"), ("Bert", "Aalst", "Steenstraat"),
                                ("Cor", "Mulder", "Dijk")):
        ids[first] = register.customers.create(card(first_name=first, infix="", last_name=last, address=Address(
            street=street, house_number=3, postcode="4561 ZH", city="Hulst")))
    add = register.customers.add_invoice
    add(ids["Anna"], Invoice("F-2026-001", dt.date(2026, 1, 1), Decimal("121.00")))  # the first day counts
    add(ids["Anna"], Invoice("F-2026-014", dt.date(2026, 3, 31), Decimal("1234.50")))  # and the last
    add(ids["Bert"], Invoice("F-2026-007", dt.date(2026, 2, 10), Decimal("-49.95")))  # a credit note
    add(ids["Bert"], Invoice("F-2025-090", dt.date(2025, 12, 31), Decimal("10.00")))  # before
    add(ids["Cor"], Invoice("F-2026-020", dt.date(2026, 4, 1), Decimal("20.00")))  # after
    erased = register.customers.create(card(first_name="Dirk", infix="", last_name="Verdwenen", address=Address(
        street="Gasthuisstraat", house_number=9, postcode="4561 AB", city="Hulst")))
    add(erased, Invoice("F-2026-005", dt.date(2026, 2, 1), Decimal("75.00")))
    register.erasure.erase(erased)
    accountant = register.sharing.add_recipient("Boekhouder Zeeland", RecipientRole.PROCESSOR,
                                                processor_agreement=True)
    register.settings.set_value("accountant_recipient", "boekhouder zeeland")  # case does not matter
    return register, ids, accountant


def test_the_list_holds_the_period_both_days_included_and_the_kept_invoices(shop):
    register, ids, _ = shop
    lines = register.invoices.in_period(Q1)
    assert [(x.number, x.date, x.amount_cents, x.customer_id) for x in lines] == [
        ("F-2026-001", dt.date(2026, 1, 1), 12100, ids["Anna"]),
        ("F-2026-005", dt.date(2026, 2, 1), 7500, None),
        ("F-2026-007", dt.date(2026, 2, 10), -4995, ids["Bert"]),
        ("F-2026-014", dt.date(2026, 3, 31), 123450, ids["Anna"])]
    anna, kept = lines[0], lines[1]
    assert (anna.customer_name, anna.customer_address, anna.kept, anna.keep_until) == (
        "Anna Zwart", "Markt 3, 4561 ZH Hulst", False, None)
    # The erased customer is gone from the register; the invoice is there, as the tax law keeps it.
    assert (kept.customer_name, kept.customer_address, kept.kept, kept.keep_until) == (
        "Dirk Verdwenen", "Gasthuisstraat 9, 4561 AB Hulst", True, dt.date(2033, 2, 1))
    assert register.invoices.in_period(Period(dt.date(2026, 4, 1), dt.date(2026, 4, 1)))[0].number == "F-2026-020"
    assert euros_display(sum(x.amount_cents for x in lines)) == "€ 1.380,55"


def test_the_period_defaults_to_the_last_full_quarter_and_a_reversed_one_is_refused(shop):
    invoices = shop[0].invoices  # today is 25-11-2026
    assert invoices.period() == Period(dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert invoices.period(dt.date(2026, 10, 5)) == Period(dt.date(2026, 10, 5), dt.date(2026, 11, 25))
    assert invoices.period(None, dt.date(2026, 3, 31)) == Q1
    error = refused(Msg.PERIOD_REVERSED, lambda: invoices.period(dt.date(2026, 4, 1), dt.date(2026, 3, 31)))
    assert str(error).startswith("The period starts on 01-04-2026, after it ends on 31-03-2026")


def test_an_export_records_one_disclosure_per_customer_and_counts_the_kept_invoices(shop, tmp_path):
    register, ids, accountant = shop
    before = {cid: len(register.sharing.disclosures(cid)) for cid in ids.values()}
    done = register.invoices.save_for_accountant(Q1, tmp_path / "q1.csv")
    assert (done.invoices, done.kept, done.customers, done.total_cents, done.accountant) == (
        4, 1, 2, 138055, "Boekhouder Zeeland")
    [anna] = register.sharing.disclosures(ids["Anna"])
    assert (anna.recipient_id, anna.what, anna.ground, anna.recorded_by) == (
        accountant, "facturen 01-01-2026 t/m 31-03-2026: 2 facturen", Ground.PROCESSOR, "JV")
    [bert] = register.sharing.disclosures(ids["Bert"])
    assert bert.what == "facturen 01-01-2026 t/m 31-03-2026: 1 factuur"
    assert len(register.sharing.disclosures(ids["Cor"])) == before[ids["Cor"]] == 0  # nothing of his went
    [entry] = AuditEntry.select().where(AuditEntry.action == "invoice.export")
    assert entry.subject is None
    assert entry.detail.startswith("2026-01-01..2026-03-31: 4 invoices (1 kept after an erasure), 2 customers, "
                                   f"to recipient {accountant}, csv by JV")
    assert "Verdwenen" not in entry.detail and "Zwart" not in entry.detail
    register.audit.verify()  # the chain holds (raises where it does not)


def test_a_restriction_does_not_stop_the_books_but_still_stops_any_other_disclosure(shop, tmp_path):
    register, ids, accountant = shop
    register.rights.restrict(ids["Anna"], RestrictionReason.ACCURACY_CONTESTED)
    register.invoices.save_for_accountant(Q1, tmp_path / "q1.csv")  # the books the tax law requires: storage
    assert [d.recipient_id for d in register.sharing.disclosures(ids["Anna"])] == [accountant]
    partner = register.sharing.add_recipient("Pelikaan Installaties", RecipientRole.PARTNER)
    refused(Msg.RESTRICTED_NO_SHARING, lambda: register.sharing.disclose(ids["Anna"], partner, "naam"))
    # "Bookkeeping" opens nothing for a recipient that is not the shop's processor.
    refused(Msg.ACCOUNTANT_NOT_PROCESSOR, lambda: register.sharing.disclose(ids["Anna"], partner, "naam",
                                                                            bookkeeping=True))


def test_without_a_processor_agreement_nothing_is_written_or_recorded(shop, tmp_path):
    register, ids, accountant = shop
    register.sharing.set_recipient(accountant, processor_agreement=False)
    out = tmp_path / "q1.csv"
    error = refused(Msg.PROCESSOR_AGREEMENT_MISSING, lambda: register.invoices.save_for_accountant(Q1, out))
    assert "Boekhouder Zeeland" in str(error)
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no file, no temp file beside it
    assert all(register.sharing.disclosures(cid) == [] for cid in ids.values())
    assert not AuditEntry.select().where(AuditEntry.action == "invoice.export").exists()
    register.sharing.set_recipient(accountant, processor_agreement=True)
    register.sharing.set_recipient(accountant, active=False)
    refused(Msg.RECIPIENT_INACTIVE, lambda: register.invoices.save_for_accountant(Q1, out))
    assert not out.exists()


def test_the_accountant_must_be_chosen_and_be_a_processor(shop, tmp_path):
    register, ids, _ = shop
    out = tmp_path / "q1.csv"
    register.settings.set_value("accountant_recipient", "")
    assert register.settings.all_values()["accountant_recipient"] == ""
    refused(Msg.ACCOUNTANT_NOT_SET, lambda: register.invoices.save_for_accountant(Q1, out))
    partner = register.sharing.add_recipient("Pelikaan Installaties", RecipientRole.PARTNER)
    refused(Msg.ACCOUNTANT_NOT_PROCESSOR, lambda: register.settings.set_value("accountant_recipient",
                                                                             "Pelikaan Installaties"))
    refused(Msg.ACCOUNTANT_NOT_FOUND, lambda: register.settings.set_value("accountant_recipient", "Niemand"))
    refused(Msg.ACCOUNTANT_NOT_PROCESSOR, lambda: register.invoices.save_for_accountant(
        Q1, out, accountant="Pelikaan Installaties"))
    assert not out.exists() and all(register.sharing.disclosures(cid) == [] for cid in ids.values())
    assert register.sharing.disclosures(ids["Anna"]) == [] and partner
    # Named for this export only, the setting left as it is.
    assert register.invoices.save_for_accountant(Q1, out, accountant="Boekhouder Zeeland").customers == 2
    assert register.settings.all_values()["accountant_recipient"] == ""


def test_a_failed_write_records_no_disclosure(shop, tmp_path, monkeypatch):
    from etsoft_desk.services import outputs

    register, ids, _ = shop

    def full(path, data, **kw):
        raise UserError(Msg.OUTPUT_DISK_FULL, path=str(path))

    monkeypatch.setattr(outputs, "write", full)
    refused(Msg.OUTPUT_DISK_FULL, lambda: register.invoices.save_for_accountant(Q1, tmp_path / "q1.csv"))
    assert all(register.sharing.disclosures(cid) == [] for cid in ids.values())
    assert not AuditEntry.select().where(AuditEntry.action == "invoice.export").exists()


def test_an_existing_file_is_replaced_only_when_asked(shop, tmp_path):
    register, ids, _ = shop
    out = tmp_path / "q1.csv"
    out.write_text("van de boekhouder")
    refused(Msg.OUTPUT_EXISTS, lambda: register.invoices.save_for_accountant(Q1, out))
    assert out.read_text() == "van de boekhouder" and register.sharing.disclosures(ids["Anna"]) == []
    register.invoices.save_for_accountant(Q1, out, overwrite=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbffactuurnummer;")


def crafted(register):
    """A customer and an erased one whose names, addresses and invoice numbers a spreadsheet would run."""
    cid = register.customers.create(card(first_name="=HYPERLINK(\"http://x\")", infix="", last_name="Som",
                                         address=Address(street="+Straat", house_number=1, postcode="4561 ZH",
                                                         city="-Hulst")))
    register.customers.add_invoice(cid, Invoice("=1+1", dt.date(2026, 3, 1), Decimal("5.00")))
    gone = register.customers.create(card(first_name="@Som", infix="", last_name="Weg"))
    register.customers.add_invoice(gone, Invoice("-2026-K", dt.date(2026, 3, 2), Decimal("6.00")))
    register.erasure.erase(gone)
    return cid


def test_the_csv_read_back_holds_the_kept_invoices_and_no_formula_cell(shop, tmp_path):
    register, ids, _ = shop
    crafted(register)
    out = tmp_path / "q1.csv"
    register.invoices.save_for_accountant(Q1, out)
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode())  # UTF-8 with BOM, as Excel wants it
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == ["factuurnummer", "datum", "bedrag", "klant", "adres", "bewaard_na_wissen", "bewaren_tot"]
    by_number = {r[0]: r for r in rows[1:]}
    assert by_number["F-2026-005"] == ["F-2026-005", "2026-02-01", "75,00", "Dirk Verdwenen",
                                       "Gasthuisstraat 9, 4561 AB Hulst", "ja", "2033-02-01"]
    assert by_number["F-2026-014"] == ["F-2026-014", "2026-03-31", "1234,50", "Anna Zwart",
                                       "Markt 3, 4561 ZH Hulst", "nee", ""]
    assert by_number["F-2026-007"][2] == "-49,95"  # a credit note: a number, which no spreadsheet runs
    assert by_number["'=1+1"][3].startswith("'=HYPERLINK") and by_number["'=1+1"][4].startswith("'+Straat")
    assert by_number["'-2026-K"][3] == "'@Som Weg" and by_number["'-2026-K"][5] == "ja"
    assert len(rows) == 1 + 6
    for row in rows[1:]:
        for i, cell in enumerate(row):
            if i == 2:
                assert cell.lstrip("-").replace(",", "").isdigit(), cell
            else:
                assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), row


def test_the_xlsx_read_back_has_numbers_dates_and_no_formula(shop, tmp_path):
    from openpyxl import load_workbook

    register, ids, _ = shop
    crafted(register)
    out = tmp_path / "q1.xlsx"
    done = register.invoices.save_for_accountant(Q1, out)
    assert done.invoices == 6
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "factuurnummer"
    kept = next(r for r in rows if r[0] == "F-2026-005")
    assert kept[1].date() == dt.date(2026, 2, 1) and float(kept[2]) == 75.0 and kept[5] == "ja"
    assert kept[6].date() == dt.date(2033, 2, 1)
    for cell in (c for row in sheet.iter_rows() for c in row):
        assert cell.data_type != "f", cell.value
    assert next(r for r in rows if r[0] == "'=1+1")[3].startswith("'=HYPERLINK")
    [entry] = AuditEntry.select().where(AuditEntry.action == "invoice.export")
    assert "xlsx by JV" in entry.detail


def test_the_access_report_names_the_accountant_and_what_went(shop, tmp_path):
    register, ids, _ = shop
    register.invoices.save_for_accountant(Q1, tmp_path / "q1.csv")
    _, pdf = register.access.render(ids["Anna"])
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Boekhouder Zeeland" in text
    assert "facturen 01-01-2026 t/m 31-03-2026: 2 facturen" in text
