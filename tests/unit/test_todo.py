import datetime as dt

import pytest

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.customer import SourceKind
from etsoft_desk.domain.dates import add_months
from etsoft_desk.services.todo import TodoKind
from tests.helpers.cards import card


@pytest.mark.parametrize("day,months,expected", [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
    (dt.date(2026, 1, 30), 1, dt.date(2026, 2, 28)),
    (dt.date(2026, 3, 31), 1, dt.date(2026, 4, 30)),
    (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
    (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
])
def test_calendar_months_at_month_ends_and_leap_years(day, months, expected):
    assert add_months(day, months) == expected


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    return register


def test_third_party_data_needs_an_art14_notice_within_a_month(shop):
    own = shop.customers.create(card(first_name="Eigen"))
    tipped = shop.customers.create(card(first_name="Getipt", source_kind=SourceKind.THIRD_PARTY,
                                        source_name="Collega PC-Hulp Axel", source_date=dt.date(2026, 10, 31),
                                        source_how="doorverwezen per e-mail"))
    items = shop.todo.items(TodoKind.ART14_NOTICE)
    assert [(i.customer_id, i.due) for i in items] == [(tipped, dt.date(2026, 11, 30))]
    assert own not in [i.customer_id for i in items]
    assert not items[0].overdue(dt.date(2026, 11, 25)) and items[0].overdue(dt.date(2026, 12, 1))
    # The bar counts them without reading the names: the same number, late from the same day.
    assert shop.todo.count(TodoKind.ART14_NOTICE, dt.date(2026, 11, 25)) == (1, False)
    assert shop.todo.count(TodoKind.ART14_NOTICE, dt.date(2026, 12, 1)) == (1, True)
    shop.todo.mark_done(TodoKind.ART14_NOTICE, tipped, "letter")
    assert shop.todo.items(TodoKind.ART14_NOTICE) == []
    assert shop.customers.open(tipped).source_informed_on == dt.date(2026, 11, 25)
    # A new third party source makes a new notice due.
    changed = shop.customers.open(tipped).card
    changed.source_name = "Facebook-groep Hulst"
    shop.customers.update(tipped, changed)
    assert [i.customer_id for i in shop.todo.items(TodoKind.ART14_NOTICE)] == [tipped]


def test_customers_to_inform_of_a_new_statement_leave_the_list_when_told(shop):
    a = shop.customers.create(card(first_name="A"))
    shop.statements.load("2018", dt.date(2018, 4, 10))
    shop.consent.record(a, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    shop.statements.load("2026", dt.date(2026, 11, 1))
    items = shop.todo.items(TodoKind.STATEMENT_NOTICE)
    assert [(i.customer_id, i.due) for i in items] == [(a, dt.date(2026, 12, 1))]
    assert shop.todo.counts() == {TodoKind.REQUEST_DUE: 0, TodoKind.ART14_NOTICE: 0, TodoKind.STATEMENT_NOTICE: 1,
                                  TodoKind.REFERRAL_TAKE_DOWN: 0}
    shop.todo.mark_done(TodoKind.STATEMENT_NOTICE, a, "email")
    assert shop.todo.items(TodoKind.STATEMENT_NOTICE) == []


def test_approvals_under_an_older_statement_also_put_the_customer_on_the_list(shop):
    from etsoft_desk.domain.referral import NameShown
    from etsoft_desk.domain.sharing import RecipientRole

    sharer = shop.customers.create(card(first_name="Sharer"))
    referrer = shop.customers.create(card(first_name="Referrer"))
    withdrawn = shop.customers.create(card(first_name="Withdrawn"))
    shop.statements.load("2018", dt.date(2018, 4, 10))
    partner = shop.sharing.add_recipient("Partner", RecipientRole.PARTNER)
    shop.sharing.approve(sharer, partner, data="naam", purpose="offerte", method="counter")
    rid = shop.referrals.request(referrer, "Top", NameShown.INITIALS)
    shop.referrals.approve(rid, "getekend", "counter")
    gone = shop.sharing.approve(withdrawn, partner, data="naam", purpose="offerte", method="counter")
    shop.sharing.withdraw_approval(withdrawn, gone, "counter")
    shop.statements.load("2026", dt.date(2026, 11, 1))
    assert shop.statements.customers_to_inform() == [sharer, referrer]


def test_requests_due_within_a_week_are_counted_once_per_customer_by_the_earliest(shop):
    from etsoft_desk.domain.requests import RequestChannel, RequestKind

    a, b, c = (shop.customers.create(card(first_name=name)) for name in ("Ans", "Bas", "Cas"))
    today = dt.date(2026, 11, 25)
    counter = RequestChannel.COUNTER
    shop.requests.add(a, RequestKind.ACCESS, dt.date(2026, 10, 20), counter)  # due 20-11: late
    shop.requests.add(a, RequestKind.RECTIFICATION, dt.date(2026, 10, 30), counter)  # due 30-11, the same customer
    shop.requests.add(b, RequestKind.ACCESS, dt.date(2026, 10, 28), counter)  # due 28-11: within the week
    extended = shop.requests.add(c, RequestKind.ACCESS, dt.date(2026, 10, 27), counter)
    shop.requests.extend(extended, 2, "veel gegevens op papier")  # due 27-01: not yet
    shop.requests.add(c, RequestKind.PORTABILITY, today, counter)  # due 25-12: not yet
    items = shop.todo.items(TodoKind.REQUEST_DUE)
    assert sorted((i.customer_id, i.due) for i in items) == [(a, dt.date(2026, 11, 20)), (b, dt.date(2026, 11, 28))]
    assert shop.todo.count(TodoKind.REQUEST_DUE, today) == (2, True)
    assert shop.todo.count(TodoKind.REQUEST_DUE, dt.date(2026, 11, 19)) == (2, False)
