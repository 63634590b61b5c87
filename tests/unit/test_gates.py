"""Issue 11, "Tests that must exist": every gate (restricted, objected, withdrawn, erased, ledger-suppressed; and
the "stop sharing" objection) on every use (consent grant, approval, disclosure, marketing list, sharing list,
card edit), on a real register. A refused use says the one sentence of the choice that forbids it and changes
nothing (no row, no audit entry); a use the law allows goes through."""

import datetime as dt

import pytest

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.rights import RestrictionReason
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.services import register as reg
from etsoft_desk.store import customers as customers_store
from etsoft_desk.store.models import database_proxy
from tests.helpers.cards import card

TZ = dt.timezone(dt.timedelta(hours=1))
BEFORE = dt.datetime(2026, 11, 20, 10, 0, tzinfo=TZ)  # the customer's choices are recorded
STATE_ON = dt.datetime(2026, 11, 22, 11, 0, tzinfo=TZ)  # the state that gates is set (the erasure, ...)
TODAY = dt.datetime(2026, 11, 25, 10, 30, tzinfo=TZ)  # the use is tried
GRANT, COUNTER = ConsentState.GRANTED, ConsentMethod.COUNTER
TABLES = ("customer", "consent_record", "sharing_approval", "sharing_objection", "disclosure", "restriction",
          "objection", "audit_entry")


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(BEFORE)


@pytest.fixture
def shop(register_path, clock):
    new = reg.create(register_path, clock=clock)
    register = new.register
    register.settings.staff_initials = "JV"
    yield register
    register.close()


@pytest.fixture
def partner(shop):
    return shop.sharing.add_recipient("Zonnepaneel Partners", RecipientRole.PARTNER)


def approve(shop, cid, partner):
    return shop.sharing.approve(cid, partner, data="naam en e-mailadres", purpose="offerte zonnepanelen",
                                method="counter")


# --- the states ------------------------------------------------------------------------------------------------
def _restricted(shop, cid, partner):
    shop.rights.restrict(cid, RestrictionReason.UNLAWFUL_KEPT)


def _objected(shop, cid, partner):  # to direct marketing (Art. 21(2)): every channel withdrawn at once
    shop.rights.object_to_marketing(cid, ConsentMethod.LETTER)


def _stop_sharing(shop, cid, partner):  # the statement's "stop sharing" (SharingObjection)
    shop.sharing.object(cid, "letter")


def _withdrawn(shop, cid, partner):  # the email consent and the approval to share, both withdrawn
    shop.consent.withdraw(cid, Channel.EMAIL, ConsentMethod.EMAIL)
    [approval] = shop.sharing.approvals(cid)
    shop.sharing.withdraw_approval(cid, approval.id, "email")


def _erased(shop, cid, partner):
    shop.erasure.erase(cid)


def _ledger_suppressed(shop, cid, partner):
    """A second card of the same person (an old file entered again) was erased at their request; this card and
    its consent and approval, all from before the erasure, stayed behind."""
    twin = customers_store.insert_many([card()], BEFORE)[0]
    shop.erasure.erase(twin)


STATES = {"restricted": _restricted, "objected": _objected, "stop sharing": _stop_sharing,
          "withdrawn": _withdrawn, "erased": _erased, "ledger-suppressed": _ledger_suppressed,
          "nothing": lambda shop, cid, partner: None}


@pytest.fixture
def customer(shop, clock, partner):
    """A customer with an email consent and an approval to share, made before the state."""
    cid = shop.customers.create(card())
    shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    approve(shop, cid, partner)
    return cid


def put_in(state, shop, clock, cid, partner):
    clock.now = STATE_ON
    STATES[state](shop, cid, partner)
    clock.now = TODAY


# --- the uses ----------------------------------------------------------------------------------------------------
def _consent_grant(shop, cid, partner):  # on another channel: a withdrawn email consent still allows this
    shop.consent.record(cid, Channel.SMS, GRANT, COUNTER)
    return shop.consent.states(cid)[Channel.SMS].state is GRANT


def _approval(shop, cid, partner):
    new = approve(shop, cid, partner)
    return shop.sharing.approvals(cid)[-1].id == new


def _disclosure(shop, cid, partner):
    shop.sharing.disclose(cid, partner, "naam en e-mailadres")
    return len(shop.sharing.disclosures(cid)) == 1


def _legal_claim(shop, cid, partner):  # Art. 18(2): a restriction allows what a legal claim needs
    shop.sharing.disclose(cid, partner, "naam en adres voor de rechtbank", legal_claim=True)
    return len(shop.sharing.disclosures(cid)) == 1


def _marketing_list(shop, cid, partner):
    return cid in [p.customer_id for p in shop.marketing.approachable(Channel.EMAIL)]


def _sharing_list(shop, cid, partner):
    return cid in [p.customer_id for p in shop.sharing_list.listed(partner)]


def _card_edit(shop, cid, partner):
    shop.customers.update(cid, card(notes="Belt liever na vijven."))
    return customers_store.load_card(cid).notes == "Belt liever na vijven."


USES = {"consent grant": _consent_grant, "approval": _approval, "disclosure": _disclosure,
        "legal-claim disclosure": _legal_claim, "marketing list": _marketing_list, "sharing list": _sharing_list,
        "card edit": _card_edit}
LISTS = ("marketing list", "sharing list")

# What each use meets in each state: the sentence that refuses it (a list: None, the customer is not on it), or
# ALLOWED (a list: the customer is on it).
ALLOWED = "allowed"
NOT_LISTED = None
R, OB = Msg.RESTRICTED_NO_SHARING, Msg.SHARING_OBJECTED
NOT_FOUND = Msg.CUSTOMER_NOT_FOUND
EXPECTED = {
    #                    consent grant            approval                       disclosure         legal claim
    #                    marketing list  sharing list  card edit
    "nothing":           (ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    "restricted":        (Msg.RESTRICTED_NO_CONSENT, R, R, ALLOWED, NOT_LISTED, NOT_LISTED, Msg.RESTRICTED_NO_EDIT),
    "objected":          (Msg.OBJECTED_NO_GRANT, ALLOWED, ALLOWED, ALLOWED, NOT_LISTED, ALLOWED, ALLOWED),
    "stop sharing":      (ALLOWED, Msg.OBJECTION_BLOCKS_APPROVAL, OB, OB, ALLOWED, NOT_LISTED, ALLOWED),
    "withdrawn":         (ALLOWED, ALLOWED, Msg.SHARING_NOT_APPROVED, Msg.SHARING_NOT_APPROVED, NOT_LISTED,
                          NOT_LISTED, ALLOWED),
    "erased":            (NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_LISTED, NOT_LISTED, NOT_FOUND),
    "ledger-suppressed": (ALLOWED, ALLOWED, Msg.LEDGER_COPY_NO_DISCLOSURE, Msg.LEDGER_COPY_NO_DISCLOSURE,
                          NOT_LISTED, NOT_LISTED, ALLOWED),
}
CASES = [(state, use, EXPECTED[state][i]) for state in EXPECTED for i, use in enumerate(USES)]


def counts():
    db = database_proxy.obj
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def snapshot(cid):
    return counts(), customers_store.load_card(cid)


@pytest.mark.parametrize("state, use, expected", CASES, ids=[f"{s}-{u}" for s, u, _ in CASES])
def test_each_gate_on_each_use(shop, clock, partner, customer, state, use, expected):
    put_in(state, shop, clock, customer, partner)
    before = snapshot(customer)
    act = USES[use]
    if use in LISTS:
        assert act(shop, customer, partner) is (expected == ALLOWED)
        assert snapshot(customer) == before  # reading a list changes nothing
        return
    if expected == ALLOWED:
        assert act(shop, customer, partner) is True
        return
    with pytest.raises(UserError) as refused:
        act(shop, customer, partner)
    assert refused.value.template == expected, str(refused.value)
    sentence = str(refused.value)
    assert "\n" not in sentence and sentence.endswith(".")
    if state == "erased":
        assert str(customer) in sentence
    elif state in ("restricted", "stop sharing"):
        assert "22-11-2026" in sentence  # since when the choice is in force
    elif state == "ledger-suppressed":
        assert "22-11-2026" in sentence and "Zonnepaneel Partners" in sentence and "erase this card" in sentence
    assert snapshot(customer) == before  # nothing changed: no row, no audit entry, the same card


# --- a ledger-suppressed customer counts again with a choice made after the erasure -------------------------------
def test_a_consent_and_an_approval_given_after_the_erasure_count(shop, clock, partner, customer):
    put_in("ledger-suppressed", shop, clock, customer, partner)
    assert shop.marketing.approachable(Channel.EMAIL) == [] and shop.sharing_list.listed(partner) == []
    shop.consent.record(customer, Channel.EMAIL, GRANT, COUNTER)  # the customer came back and agreed anew
    [listed] = shop.marketing.approachable(Channel.EMAIL)
    assert (listed.customer_id, listed.consent_on) == (customer, TODAY.date())
    approve(shop, customer, partner)  # a new approval, on a later day than the erasure
    assert [p.customer_id for p in shop.sharing_list.listed(partner)] == [customer]
    shop.sharing.disclose(customer, partner, "naam en e-mailadres")


def test_only_the_erasure_the_person_asked_for_holds_back_and_only_choices_before_it(shop, clock, partner):
    """A namesake in the same postcode at another number is another person; a retention erasure never asked for
    anything; a consent of the same day but after the erasure counts."""
    namesake = shop.customers.create(card(emails=["andere.jan@example.com"], address=card().address.__class__(
        street="Steenstraat", house_number=40, postcode="4561 ZH", city="Hulst")))
    same_email = shop.customers.create(card(first_name="Johannes", emails=["jan.vanderberg@example.com"],
                                            address=card().address.__class__(postcode="4501 AA", city="Oostburg")))
    for cid in (namesake, same_email):
        shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    twin = customers_store.insert_many([card()], BEFORE)[0]
    clock.now = STATE_ON
    shop.erasure.erase(twin)
    assert [p.customer_id for p in shop.marketing.approachable(Channel.EMAIL)] == [namesake]
    clock.now = STATE_ON + dt.timedelta(minutes=5)  # the same day, after the erasure
    shop.consent.record(same_email, Channel.EMAIL, GRANT, COUNTER)
    assert sorted(p.customer_id for p in shop.marketing.approachable(Channel.EMAIL)) == [namesake, same_email]


def test_a_retention_erasure_holds_nobody_back(shop, clock, partner, customer):
    twin = customers_store.insert_many([card()], BEFORE)[0]
    clock.now = STATE_ON
    shop.erasure.erase(twin, reason="retention")
    clock.now = TODAY
    assert [p.customer_id for p in shop.marketing.approachable(Channel.EMAIL)] == [customer]
    assert [p.customer_id for p in shop.sharing_list.listed(partner)] == [customer]
    shop.sharing.disclose(customer, partner, "naam en e-mailadres")


def test_a_second_email_address_is_enough_to_know_the_person(shop, clock, partner):
    cid = shop.customers.create(card(emails=["werk@example.com", "jan.vanderberg@example.com"],
                                     address=card().address.__class__(postcode="4501 AA", city="Oostburg")))
    shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    twin = customers_store.insert_many([card(first_name="J.")], BEFORE)[0]
    clock.now = STATE_ON
    shop.erasure.erase(twin)
    assert shop.marketing.approachable(Channel.EMAIL) == []


def test_the_ledgers_marks_are_hmac_sha256_of_the_values_as_every_line_holds_them(tmp_path):
    """The list's faster hash is the same HMAC-SHA256 that earlier ledger lines were written with."""
    import hashlib
    import hmac
    import os

    from etsoft_desk.services.ledger import ErasureLedger, identifiers

    for salt in (os.urandom(32), os.urandom(100), b""):
        ledger = ErasureLedger(tmp_path / "ledger.jsonl", salt)
        for value in ("email:jan.vanderberg@example.com", "home:jan van der berg|4561ZH|12-A", "name:zoë|9999XQ"):
            assert ledger.mark(value) == hmac.new(salt, value.encode(), hashlib.sha256).hexdigest()
        markers = ledger.markers(card())
        assert markers["email"] == [hmac.new(salt, b"email:jan.vanderberg@example.com", hashlib.sha256).hexdigest()]
        assert sum(len(v) for v in markers.values()) == len(identifiers(card()))


def test_what_a_list_remembers_goes_with_a_changed_card_or_a_new_erasure(shop, clock, partner):
    address = card().address.__class__
    anna = shop.customers.create(card(first_name="Anna", emails=["anna@example.com"],
                                      address=address(postcode="4501 AA", city="Oostburg")))
    cor = shop.customers.create(card(first_name="Cor", emails=["cor@example.com"],
                                     address=address(postcode="4531 CD", city="Terneuzen")))
    for cid in (anna, cor):
        shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    clock.now = STATE_ON
    shop.erasure.erase(customers_store.insert_many([card()], BEFORE)[0])  # Jan van der Berg, at his request
    listed = lambda: [p.customer_id for p in shop.marketing.approachable(Channel.EMAIL)]  # noqa: E731
    assert listed() == [anna, cor]
    # Anna's card turns out to be Jan's (the same address written on it): the list looks at it afresh.
    shop.customers.update(anna, card(address=address(postcode="4501 AA", city="Oostburg")))
    assert listed() == [cor]
    # A new erasure: the list looks at everyone afresh.
    shop.erasure.erase(customers_store.insert_many([customers_store.load_card(cor)], BEFORE)[0])
    assert listed() == []
