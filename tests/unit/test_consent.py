import datetime as dt
from decimal import Decimal

import pytest

from etsoft_desk.domain.consent import Channel, ConsentBasis, ConsentMethod, ConsentState
from etsoft_desk.domain.customer import Invoice
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.store import audit as audit_store
from etsoft_desk.store.models import AuditEntry, ConsentRecord
from tests.helpers.cards import card

G, R, W = ConsentState.GRANTED, ConsentState.REFUSED, ConsentState.WITHDRAWN


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "jv"
    return register


@pytest.fixture
def cid(shop):
    return shop.customers.create(card())


def test_a_withdrawal_never_erases_the_earlier_grant(shop, cid):
    shop.consent.record(cid, Channel.EMAIL, G, ConsentMethod.COUNTER)
    shop.consent.withdraw(cid, Channel.EMAIL, ConsentMethod.EMAIL)
    history = shop.consent.history(cid)
    assert [(r.channel, r.state, r.method) for r in history] == [
        (Channel.EMAIL, G, ConsentMethod.COUNTER), (Channel.EMAIL, W, ConsentMethod.EMAIL)]
    assert shop.consent.states(cid)[Channel.EMAIL].state == W
    assert ConsentRecord.select().count() == 2


def test_every_record_carries_time_method_recorder_and_statement_version(shop, cid):
    v1 = shop.statements.load("Privacyverklaring april 2018", dt.date(2018, 4, 10))
    record = shop.consent.record(cid, Channel.POST, G, ConsentMethod.PAPER)
    assert record.statement_version == v1
    assert record.recorded_by == "JV"
    assert record.recorded_at == shop.clock()
    assert record.basis is None  # post needs no opt-in basis


def test_electronic_channels_record_the_opt_in_basis(shop, cid):
    assert shop.consent.record(cid, Channel.SMS, G, ConsentMethod.COUNTER).basis == ConsentBasis.OPT_IN


def test_soft_opt_in_only_for_existing_customers(shop, cid):
    with pytest.raises(UserError) as err:
        shop.consent.record(cid, Channel.EMAIL, G, ConsentMethod.COUNTER, basis=ConsentBasis.SOFT_OPT_IN)
    assert err.value.template == Msg.SOFT_OPT_IN_NEEDS_CUSTOMER
    shop.customers.add_invoice(cid, Invoice(number="2026-1", date=dt.date(2026, 3, 1), amount=Decimal("10")))
    record = shop.consent.record(cid, Channel.EMAIL, G, ConsentMethod.COUNTER, basis=ConsentBasis.SOFT_OPT_IN)
    assert record.basis == ConsentBasis.SOFT_OPT_IN


@pytest.mark.parametrize("first", [None, R, W])
def test_nothing_to_withdraw_is_a_sentence(shop, cid, first):
    if first == R:
        shop.consent.record(cid, Channel.PHONE, R, ConsentMethod.PHONE)
    elif first == W:
        shop.consent.record(cid, Channel.PHONE, G, ConsentMethod.PHONE)
        shop.consent.withdraw(cid, Channel.PHONE, ConsentMethod.PHONE)
    with pytest.raises(UserError) as err:
        shop.consent.withdraw(cid, Channel.PHONE, ConsentMethod.PHONE)
    assert err.value.template == Msg.CONSENT_NOTHING_TO_WITHDRAW


def test_no_recorder_no_record(register):
    cid = register.customers.create(card())
    with pytest.raises(UserError) as err:
        register.consent.record(cid, Channel.EMAIL, G, ConsentMethod.COUNTER)
    assert err.value.template == Msg.STAFF_INITIALS_MISSING
    assert register.consent.record(cid, Channel.EMAIL, G, ConsentMethod.COUNTER, by="ab").recorded_by == "AB"


def test_unknown_customer_and_audit_entry_without_values(shop, cid):
    with pytest.raises(UserError):
        shop.consent.record(9999, Channel.EMAIL, G, ConsentMethod.COUNTER)
    shop.consent.record(cid, Channel.IN_STORE, R, ConsentMethod.COUNTER)
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.detail) == ("consent.record", "in_store:refused")
    assert entry.id == audit_store.for_customer(cid)[-1].id


def test_statement_versions_and_who_to_inform_after_a_material_change(shop, register):
    a = shop.customers.create(card(first_name="A"))
    b = shop.customers.create(card(first_name="B"))
    c = shop.customers.create(card(first_name="C"))
    shop.statements.load("versie 2018", dt.date(2018, 4, 10))
    shop.consent.record(a, Channel.EMAIL, G, ConsentMethod.COUNTER)  # under 2018
    shop.consent.record(b, Channel.EMAIL, G, ConsentMethod.COUNTER)
    shop.consent.withdraw(b, Channel.EMAIL, ConsentMethod.COUNTER)  # nothing in force
    shop.consent.record(c, Channel.POST, R, ConsentMethod.PAPER)  # refused: nothing to inform about
    assert shop.statements.customers_to_inform() == []  # the current version is the one they saw
    v2 = shop.statements.load("versie 2026", dt.date(2026, 11, 1))
    assert shop.statements.current().id == v2
    assert shop.statements.customers_to_inform() == [a]
    shop.consent.record(a, Channel.EMAIL, G, ConsentMethod.COUNTER)  # asked again under the new version
    assert shop.statements.customers_to_inform() == []
    with pytest.raises(UserError) as err:
        shop.statements.load("versie 2026\r\n", dt.date(2026, 11, 2))
    assert err.value.template == Msg.STATEMENT_SAME_AS_CURRENT
    minor = shop.statements.load("versie 2026, typfout hersteld", dt.date(2026, 11, 3), material=False)
    assert shop.statements.current().id == minor and shop.statements.customers_to_inform() == []
    with pytest.raises(UserError):
        shop.statements.load("   ", dt.date(2026, 11, 4))


def test_future_statement_is_not_current_until_its_date(shop):
    now = shop.statements.load("nu", dt.date(2026, 1, 1))
    shop.statements.load("straks", dt.date(2027, 1, 1))
    assert shop.statements.current().id == now
