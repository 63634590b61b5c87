import datetime as dt

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.requests import DataRequest, IdentityCheck, RequestChannel, RequestKind, RequestStatus
from tests.helpers.cards import card


def request(received, extended=0):
    return DataRequest(id=1, customer_id=1, kind=RequestKind.ACCESS, received_on=received,
                       channel=RequestChannel.COUNTER, identity=None, answer_to="", status=RequestStatus.OPEN,
                       extended_months=extended)


@pytest.mark.parametrize("received,due,extended_due", [
    (dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 4, 30)),
    (dt.date(2028, 1, 31), dt.date(2028, 2, 29), dt.date(2028, 4, 30)),
    (dt.date(2026, 12, 31), dt.date(2027, 1, 31), dt.date(2027, 3, 31)),
    (dt.date(2026, 11, 30), dt.date(2026, 12, 30), dt.date(2027, 2, 28)),
])
def test_due_dates_at_month_ends_and_leap_years(received, due, extended_due):
    assert request(received).due == due
    assert request(received, extended=2).due == extended_due


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    return register


def test_a_request_is_logged_with_its_due_date_and_the_registered_address(shop):
    cid = shop.customers.create(card())
    rid = shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 20), RequestChannel.COUNTER,
                            identity=IdentityCheck.ID_SHOWN)
    r = shop.requests.get(rid)
    assert (r.due, r.answer_to, r.identity, r.status) == (dt.date(2026, 12, 20), "jan.vanderberg@example.com",
                                                          IdentityCheck.ID_SHOWN, RequestStatus.OPEN)
    with pytest.raises(UserError) as err:
        shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 26), RequestChannel.EMAIL)
    assert err.value.template == Msg.RECEIVED_IN_FUTURE


def test_extension_only_within_the_first_month_with_reasons_and_once(shop):
    cid = shop.customers.create(card())
    late = shop.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 10, 20), RequestChannel.LETTER)
    with pytest.raises(UserError) as err:
        shop.requests.extend(late, 2, "veel gegevens")
    assert err.value.template == Msg.EXTENSION_TOO_LATE and "20-11-2026" in str(err.value)
    rid = shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 1), RequestChannel.EMAIL)
    with pytest.raises(UserError) as err:
        shop.requests.extend(rid, 2, "  ")
    assert err.value.template == Msg.REASONS_REQUIRED
    with pytest.raises(UserError):
        shop.requests.extend(rid, 3, "te lang")
    extended = shop.requests.extend(rid, 2, "veel oude servicebeurten op papier")
    assert extended.due == dt.date(2027, 2, 1) and extended.status == RequestStatus.EXTENDED
    with pytest.raises(UserError) as err:
        shop.requests.extend(rid, 1, "nog eens")
    assert err.value.template == Msg.EXTENSION_TOO_LONG


def test_refusal_needs_reasons_and_closed_requests_stay_closed(shop):
    cid = shop.customers.create(card())
    rid = shop.requests.add(cid, RequestKind.OBJECTION, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    with pytest.raises(UserError):
        shop.requests.refuse(rid, "")
    shop.requests.refuse(rid, "Wettelijke bewaarplicht facturen (AWR art. 52)")
    assert shop.requests.get(rid).status == RequestStatus.REFUSED
    with pytest.raises(UserError) as err:
        shop.requests.complete(rid)
    assert err.value.template == Msg.REQUEST_CLOSED


def test_due_within_seven_days_or_overdue(shop):
    cid = shop.customers.create(card())
    overdue = shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 10, 1), RequestChannel.COUNTER)
    soon = shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 10, 30), RequestChannel.COUNTER)
    later = shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 20), RequestChannel.COUNTER)
    done = shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 10, 2), RequestChannel.COUNTER)
    shop.access.render(cid, request_id=done)  # issue 11: done only once the access report was issued for it
    shop.requests.complete(done, "overzicht meegegeven")
    assert [r.id for r in shop.requests.due_soon()] == [overdue, soon]
    assert later not in [r.id for r in shop.requests.due_soon()]


def test_requests_due_soon_are_on_the_to_do_bar_and_answered_from_it(shop):
    from etsoft_desk.services.todo import TodoKind

    cid = shop.customers.create(card())
    rid = shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 10, 28), RequestChannel.COUNTER)
    [item] = shop.todo.items(TodoKind.REQUEST_DUE)
    assert (item.customer_id, item.due, item.overdue(dt.date(2026, 11, 25))) == (cid, dt.date(2026, 11, 28), False)
    with pytest.raises(UserError) as err:  # issue 11: "Gedaan" says the request was not carried out yet
        shop.todo.mark_done(TodoKind.REQUEST_DUE, cid, "counter")
    assert err.value.template == Msg.REQUEST_NEEDS_ACCESS_REPORT and shop.requests.get(rid).open
    shop.access.render(cid, request_id=rid)
    shop.todo.mark_done(TodoKind.REQUEST_DUE, cid, "counter")
    assert shop.requests.get(rid).status == RequestStatus.DONE
    assert shop.todo.items(TodoKind.REQUEST_DUE) == []
