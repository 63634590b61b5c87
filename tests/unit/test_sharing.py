import pytest

from etsoft_desk.domain.errors import UserError, ValidationFailed
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.sharing import Ground, RecipientRole
from etsoft_desk.store import audit as audit_store
from etsoft_desk.store.models import AuditEntry, Disclosure
from tests.helpers.cards import card


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    return register


@pytest.fixture
def parties(shop):
    accountant = shop.sharing.add_recipient("Boekhouding Zeeland BV", RecipientRole.PROCESSOR,
                                            processor_agreement=True)
    partner = shop.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER, country="nl")
    return accountant, partner


def test_sharing_with_a_partner_needs_the_customers_approval(shop, parties):
    accountant, partner = parties
    cid = shop.customers.create(card())
    with pytest.raises(UserError) as err:
        shop.sharing.disclose(cid, partner, "naam en adres voor aansluiting")
    assert err.value.template == Msg.SHARING_NOT_APPROVED and "Glasvezel Hulst" in str(err.value)
    assert Disclosure.select().count() == 0
    approval = shop.sharing.approve(cid, partner, data="naam, adres, telefoon", purpose="glasvezelaansluiting",
                                    method="counter")
    disclosure = shop.sharing.disclose(cid, partner, "naam, adres en telefoon")
    assert (disclosure.ground, disclosure.approval_id, disclosure.recorded_by) == (Ground.APPROVAL, approval, "JV")


def test_stop_sharing_blocks_partners_with_a_clear_message_but_not_the_accountant(shop, parties):
    accountant, partner = parties
    cid = shop.customers.create(card())
    shop.sharing.approve(cid, partner, data="naam", purpose="offerte", method="counter")
    shop.sharing.object(cid, "letter")
    with pytest.raises(UserError) as err:
        shop.sharing.disclose(cid, partner, "naam")
    assert err.value.template == Msg.SHARING_OBJECTED
    assert str(err.value) == ("The customer asked us on 25-11-2026 to stop sharing: nothing may go to "
                              "Glasvezel Hulst.")
    with pytest.raises(UserError) as err:
        shop.sharing.approve(cid, partner, data="naam", purpose="offerte", method="counter")
    assert err.value.template == Msg.OBJECTION_BLOCKS_APPROVAL
    assert shop.sharing.disclose(cid, accountant, "factuur 2026-17").ground == Ground.PROCESSOR
    shop.sharing.lift_objection(cid, "counter")
    assert shop.sharing.disclose(cid, partner, "naam").ground == Ground.APPROVAL


def test_a_withdrawn_approval_stops_sharing_and_stays_on_record(shop, parties):
    _, partner = parties
    cid = shop.customers.create(card())
    approval = shop.sharing.approve(cid, partner, data="naam", purpose="offerte", method="counter")
    shop.sharing.withdraw_approval(cid, approval, "email")
    with pytest.raises(UserError):
        shop.sharing.disclose(cid, partner, "naam")
    [kept] = shop.sharing.approvals(cid)
    assert kept.withdrawn_method == "email" and not kept.active
    with pytest.raises(UserError) as err:
        shop.sharing.withdraw_approval(cid, approval, "email")
    assert err.value.template == Msg.APPROVAL_NOT_FOUND


def test_processor_without_agreement_and_inactive_recipients_get_nothing(shop, parties):
    accountant, _ = parties
    cid = shop.customers.create(card())
    shop.sharing.set_recipient(accountant, processor_agreement=False)
    with pytest.raises(UserError) as err:
        shop.sharing.disclose(cid, accountant, "factuur")
    assert err.value.template == Msg.PROCESSOR_AGREEMENT_MISSING
    shop.sharing.set_recipient(accountant, processor_agreement=True, active=False)
    with pytest.raises(UserError) as err:
        shop.sharing.disclose(cid, accountant, "factuur")
    assert err.value.template == Msg.RECIPIENT_INACTIVE


def test_register_rules_and_audit(shop, parties):
    with pytest.raises(UserError) as err:
        shop.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER)
    assert err.value.template == Msg.RECIPIENT_NAME_TAKEN
    with pytest.raises(ValidationFailed):
        shop.sharing.add_recipient("  ", RecipientRole.PARTNER)
    assert [r.name for r in shop.sharing.recipients()] == ["Boekhouding Zeeland BV", "Glasvezel Hulst"]
    assert shop.sharing.recipients()[1].country == "NL"
    cid = shop.customers.create(card())
    with pytest.raises(ValidationFailed):
        shop.sharing.approve(cid, parties[1], data="", purpose="x", method="counter")
    with pytest.raises(ValidationFailed):
        shop.sharing.disclose(cid, parties[0], "pas 4111 1111 1111 1111")
    shop.sharing.disclose(cid, parties[0], "factuur")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "disclosure" and entry.subject == audit_store.pseudonym(cid) and "factuur" not in entry.detail


def test_everything_about_sharing_is_in_the_customer_data(shop, parties):
    accountant, partner = parties
    cid = shop.customers.create(card())
    approval = shop.sharing.approve(cid, partner, data="naam", purpose="offerte", method="counter")
    shop.sharing.disclose(cid, partner, "naam")
    shop.sharing.disclose(cid, accountant, "factuur 2026-1")
    shop.sharing.object(cid, "letter")
    data = shop.customer_data(cid)["sharing"]
    assert data["stop_sharing_since"] == "2026-11-25"
    assert data["approvals"][0]["recipient"] == "Glasvezel Hulst" and data["approvals"][0]["id"] == approval
    assert [(d["recipient"], d["ground"]) for d in data["disclosures"]] == [
        ("Glasvezel Hulst", "approval"), ("Boekhouding Zeeland BV", "processor")]
