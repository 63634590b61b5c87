"""Retention: kept data goes when its date passes, the overview of what falls due, and the paper log."""

import datetime as dt
from decimal import Decimal

from pypdf import PdfReader

from etsoft_desk.domain.customer import Invoice, JobKind, JobStatus, ServiceJob, Visit
from etsoft_desk.services import register as reg
from etsoft_desk.services.sensitive import SensitiveCategory
from etsoft_desk.store.models import AuditEntry
from tests.helpers.cards import card
from tests.helpers.sqlcipher_pages import decrypted_pages

TZ = dt.timezone(dt.timedelta(hours=1))


def at(day: dt.date):
    return lambda: dt.datetime(day.year, day.month, day.day, 9, 0, tzinfo=TZ)


def test_kept_invoices_and_special_notes_are_destroyed_when_their_date_passes(new_register, register_path):
    register = new_register.register
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Oud", last_name="Klantje"))
    register.customers.add_invoice(cid, Invoice("F-2020-0001", dt.date(2020, 3, 1), Decimal("10")))
    keep = register.customers.create(card(first_name="Nog", last_name="Klant"))
    register.sensitive.add(keep, SensitiveCategory.HEALTH, "Rolstoel-Zwaluwstaart", explicit_consent=True,
                           consent_method="counter", retain_until=dt.date(2027, 1, 31))
    register.erasure.erase(cid)
    assert register.retention.destroy_expired() == 0  # the invoice is kept until 01-03-2027
    assert register.retention.overview(dt.date(2027, 3, 31)).kept_invoices == 1
    register.close()
    later = reg.open_with_key(register_path, new_register.key, clock=at(dt.date(2027, 3, 2)))
    assert later.retention.destroy_expired() == 2  # the invoice (01-03-2027) and the note (31-01-2027)
    assert later._db.execute_sql("SELECT count(*) FROM kept_invoice").fetchone()[0] == 0
    assert later.sensitive.count(keep) == 0
    pages = b"".join(decrypted_pages(register_path, new_register.key))
    assert b"F-2020-0001" not in pages and b"Klantje" not in pages and b"Zwaluwstaart" not in pages
    assert later.retention.destroy_expired() == 0
    later.close()


def test_the_overview_shows_what_falls_due_this_month_and_one_run_does_it(new_register, register_path, tmp_path):
    register = new_register.register
    register.settings.staff_initials = "JV"
    old = register.customers.create(card(first_name="Lang", last_name="Geleden"))
    register.customers.add_visit(old, Visit(dt.date(2024, 6, 1), "Printer"))
    busy = register.customers.create(card(first_name="Vaste", last_name="Klant"))
    register.customers.add_visit(busy, Visit(dt.date(2024, 10, 1), "Oud bezoek"))
    register.customers.add_service_job(busy, ServiceJob(dt.date(2024, 9, 1), JobKind.REPAIR, status=JobStatus.DONE))
    register.close()
    # Two years on, at the end of 2026-11 (retention 24 months for cards, visits and service jobs).
    later = reg.open_with_key(register_path, new_register.key, clock=at(dt.date(2028, 11, 10)))
    later.customers.add_visit(busy, Visit(dt.date(2028, 11, 1), "Nieuw bezoek"))
    overview = later.retention.overview()
    assert overview.until == dt.date(2028, 11, 30)
    assert overview.inactive_customers == [old]
    assert overview.visits == 2 and overview.service_jobs == 1
    done, pdf = later.retention.run()
    assert later.customers.count() == 1
    stored = later.customers.open(busy, log_view=False)
    assert [v.purpose for v in stored.visits] == ["Nieuw bezoek"] and stored.service_jobs == []
    out = tmp_path / "retentie.pdf"
    out.write_bytes(pdf)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert "AVG art. 17 lid 1 sub a en art. 5 lid 1 sub e: de bewaartermijn is verstreken" in text
    assert "Klanten zonder contact sinds de bewaartermijn 1" in text and "Geleden" not in text
    assert later.retention.overview().empty
    later.close()


def test_paper_and_devices_are_logged_with_a_confirmation(register):
    register.settings.staff_initials = "JV"
    doc_id, pdf = register.retention.record_destruction("device", "laptop inruil 2026-41, schijf", "gewist met nwipe")
    text = " ".join(PdfReader(__import__("io").BytesIO(pdf)).pages[0].extract_text().split())
    assert "Verklaring van vernietiging: gegevens op een apparaat" in text and "gewist met nwipe" in text
    assert register.retention.destructions()[0][:3] == ("device", "laptop inruil 2026-41, schijf", "gewist met nwipe")
    assert AuditEntry.select().where(AuditEntry.detail.contains(doc_id)).count() == 1
