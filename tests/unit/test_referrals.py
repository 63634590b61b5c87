import pytest

from etsoft_desk.domain.errors import UserError, ValidationFailed
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.referral import NameShown, ReferralStatus, shown_name
from etsoft_desk.services.todo import TodoKind
from tests.helpers.cards import card


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    return register


@pytest.mark.parametrize("shown_as,expected", [
    (NameShown.FULL_NAME, "Jan van der Berg"),
    (NameShown.INITIALS, "J. v.d. B."),
    (NameShown.FIRST_NAME_TOWN, "Jan uit Hulst"),
])
def test_name_under_the_referral_as_the_customer_chose(shown_as, expected):
    assert shown_name(shown_as, "Jan", "van der", "Berg", "Hulst") == expected


def test_a_referral_goes_online_only_after_approval_and_comes_off_after_withdrawal(shop):
    cid = shop.customers.create(card())
    rid = shop.referrals.request(cid, "Snel geholpen met mijn laptop!", NameShown.FIRST_NAME_TOWN)
    with pytest.raises(UserError) as err:
        shop.referrals.publish(rid, "https://etsoft.nl/referenties")
    assert err.value.template == Msg.REFERRAL_WRONG_STEP
    with pytest.raises(UserError) as err:
        shop.referrals.approve(rid, "  ", "counter")
    assert err.value.template == Msg.REFERRAL_EVIDENCE_REQUIRED
    shop.referrals.approve(rid, "afdruk getekend aan de balie", "counter")
    with pytest.raises(UserError) as err:
        shop.referrals.publish(rid, "etsoft.nl")
    assert err.value.template == Msg.URL_INVALID
    shop.referrals.publish(rid, "https://etsoft.nl/referenties")
    assert shop.todo.items(TodoKind.REFERRAL_TAKE_DOWN) == []
    shop.referrals.withdraw(rid, "email")
    [item] = shop.todo.items(TodoKind.REFERRAL_TAKE_DOWN)
    assert item.customer_id == cid and item.due == shop.clock().date()
    shop.todo.mark_done(TodoKind.REFERRAL_TAKE_DOWN, cid, "website")
    [referral] = shop.referrals.for_customer(cid)
    assert referral.status == ReferralStatus.TAKEN_DOWN and referral.taken_down_on == shop.clock().date()
    assert referral.evidence == "afdruk getekend aan de balie" and referral.published_url.endswith("/referenties")
    assert shop.customer_data(cid)["referrals"][0]["status"] == "taken_down"


def test_withdrawal_before_publishing_needs_no_take_down(shop):
    cid = shop.customers.create(card())
    rid = shop.referrals.request(cid, "Prima service", NameShown.INITIALS)
    shop.referrals.withdraw(rid, "phone")
    assert shop.todo.items(TodoKind.REFERRAL_TAKE_DOWN) == []
    with pytest.raises(UserError):
        shop.referrals.taken_down(rid)


def test_referral_text_is_checked_like_any_text(shop):
    cid = shop.customers.create(card())
    with pytest.raises(ValidationFailed):
        shop.referrals.request(cid, "   ", NameShown.INITIALS)
    with pytest.raises(ValidationFailed):
        shop.referrals.request(cid, "mijn pas 4111 1111 1111 1111", NameShown.INITIALS)
    with pytest.raises(UserError):
        shop.referrals.approve(999, "x", "counter")
