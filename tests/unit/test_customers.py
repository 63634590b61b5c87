import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from etsoft_desk.domain.customer import Invoice, JobKind, JobStatus, ServiceJob, Visit
from etsoft_desk.domain.errors import UserError, ValidationFailed
from etsoft_desk.domain.messages import Msg
from etsoft_desk.store import audit as audit_store
from etsoft_desk.store.models import AuditEntry, Customer
from tests.helpers.cards import DISTINCTIVE_VALUES, card, distinctive_card


@pytest.mark.parametrize("typed", ["Quax", "zebu", "quaxelbrink zebulonia", "zebulonia.quax", "06-4876", "0648765432",
                                   "+31 6 4876 5432", "0031648765432", "9999", "9999 XQ", "9999xq", "Wolferts"])
def test_search_finds_the_customer_however_it_is_typed(register, typed):
    register.customers.create(card())
    cid = register.customers.create(distinctive_card())
    found = register.customers.search(typed)
    assert [r.id for r in found] == [cid]


def test_search_narrows_and_empty_search_lists_everyone_sorted_by_last_name(register):
    a = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart"))
    b = register.customers.create(card(first_name="Bert", infix="van", last_name="Aalst"))
    assert [r.id for r in register.customers.search("")] == [b, a]
    assert [r.id for r in register.customers.search("", descending=True)] == [a, b]
    assert [r.id for r in register.customers.search("zwa")] == [a]
    assert register.customers.count("") == 2 and register.customers.count("zwa") == 1
    assert register.customers.search("nobody-like-this") == []


def test_update_replaces_search_terms(register):
    cid = register.customers.create(distinctive_card())
    changed = register.customers.update(cid, card(last_name="Pietersen"))
    assert "last_name" in changed and "emails" in changed
    assert register.customers.search("Quaxelbrink") == []
    assert [r.id for r in register.customers.search("Pietersen")] == [cid]


def test_invalid_update_saves_nothing(register):
    cid = register.customers.create(distinctive_card())
    with pytest.raises(ValidationFailed):
        register.customers.update(cid, replace(distinctive_card(), emails=["broken@"]))
    assert register.customers.open(cid).card.emails == ["zebulonia.quax@example.org"]


def test_history_is_kept_under_the_customer(register):
    cid = register.customers.create(card())
    register.customers.add_visit(cid, Visit(date=dt.date(2026, 1, 5), purpose="Laptop gebracht"))
    job = register.customers.add_service_job(cid, ServiceJob(date=dt.date(2026, 1, 5), kind=JobKind.REPAIR,
                                                             device="HP ProBook", serial_number="5CD123"))
    register.customers.set_service_job_status(cid, job, JobStatus.DONE)
    register.customers.add_invoice(cid, Invoice(number="2026-001", date=dt.date(2026, 1, 9), amount=Decimal("49.95")))
    record = register.customers.open(cid)
    assert [v.purpose for v in record.visits] == ["Laptop gebracht"]
    assert record.service_jobs[0].status == JobStatus.DONE and record.service_jobs[0].serial_number == "5CD123"
    assert record.invoices[0].amount == Decimal("49.95")
    with pytest.raises(UserError) as err:
        register.customers.add_invoice(cid, Invoice(number="2026-001", date=dt.date(2026, 1, 9), amount=Decimal(1)))
    assert "2026-001" in str(err.value)


def test_card_numbers_in_job_descriptions_are_refused(register):
    cid = register.customers.create(card())
    with pytest.raises(ValidationFailed) as err:
        register.customers.add_service_job(cid, ServiceJob(date=dt.date(2026, 1, 5), kind=JobKind.REPAIR,
                                                           description="pas 4111 1111 1111 1111"))
    assert err.value.errors[0].template == Msg.PAYMENT_CARD_IN_TEXT
    assert register.customers.open(cid).service_jobs == []


def test_unknown_customer_is_a_sentence(register):
    with pytest.raises(UserError) as err:
        register.customers.open(4242)
    assert str(err.value) == "There is no customer with number 4242."


def test_create_change_and_view_are_audited_without_personal_values(register):
    cid = register.customers.create(distinctive_card())
    register.customers.update(cid, card())
    register.customers.open(cid)
    entries = list(AuditEntry.select().order_by(AuditEntry.id))
    me = audit_store.pseudonym(cid)
    assert [(e.action, e.subject) for e in entries] == [
        ("register.create", None), ("customer.create", me), ("customer.update", me), ("customer.view", me)]
    assert len(me) == 32 and [e.id for e in audit_store.for_customer(cid)] == [2, 3, 4]
    text = " ".join(f"{e.action} {e.detail}" for e in entries)
    assert not any(v.lower() in text.lower() for v in DISTINCTIVE_VALUES + ["Berg", "Hulst"])
    assert "last_name" in entries[2].detail


def test_under_18_creates_nothing(register):
    with pytest.raises(ValidationFailed):
        register.customers.create(card(), birth_date=dt.date(2012, 1, 1))
    assert Customer.select().count() == 0
