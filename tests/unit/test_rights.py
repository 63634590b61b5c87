"""Issue 11: the customer's choices (restriction, objection, withdrawal) govern every use, in the services."""

import datetime as dt
import time
from decimal import Decimal

import pytest

from etsoft_desk.domain.consent import Channel, ConsentBasis, ConsentMethod, ConsentState
from etsoft_desk.domain.customer import Address, Invoice
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.requests import RequestChannel, RequestKind, RequestStatus
from etsoft_desk.domain.rights import ObjectionDecision, RestrictionReason, Use
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.services import rights
from tests.helpers.cards import card

GRANT, WITHDRAWN = ConsentState.GRANTED, ConsentState.WITHDRAWN
COUNTER = ConsentMethod.COUNTER


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    return register


@pytest.fixture
def partner(shop):
    return shop.sharing.add_recipient("Zonnepaneel Partners", RecipientRole.PARTNER)


def approve(shop, cid, partner):
    return shop.sharing.approve(cid, partner, data="naam en adres", purpose="offerte", method="counter")


def refused(template, act):
    with pytest.raises(UserError) as err:
        act()
    assert err.value.template == template, str(err.value)
    return str(err.value)



# --- restriction (Art. 18) -------------------------------------------------------------------------------
@pytest.mark.parametrize("reason", [RestrictionReason.UNLAWFUL_KEPT, RestrictionReason.LEGAL_CLAIM,
                                    RestrictionReason.OBJECTION_PENDING])
def test_a_restriction_stops_consent_sharing_disclosure_marketing_and_edits(shop, partner, reason):
    cid = shop.customers.create(card())
    shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    approve(shop, cid, partner)
    shop.rights.restrict(cid, reason)
    before = (shop.consent.history(cid), shop.sharing.approvals(cid), shop.sharing.disclosures(cid),
              shop.customers.open(cid).card)
    sentence = refused(Msg.RESTRICTED_NO_CONSENT, lambda: shop.consent.record(cid, Channel.SMS, GRANT, COUNTER))
    assert "25-11-2026" in sentence and "lifted" in sentence  # which choice forbids it, and what would allow it
    refused(Msg.RESTRICTED_NO_SHARING, lambda: approve(shop, cid, partner))
    refused(Msg.RESTRICTED_NO_SHARING, lambda: shop.sharing.disclose(cid, partner, "naam en adres"))
    refused(Msg.RESTRICTED_NO_EDIT, lambda: shop.customers.update(cid, card(notes="Andere notitie.")))
    assert shop.marketing.approachable(Channel.EMAIL) == []
    # A refused act changed nothing; storage stays; a withdrawal stays possible.
    assert (shop.consent.history(cid), shop.sharing.approvals(cid), shop.sharing.disclosures(cid),
            shop.customers.open(cid).card) == before
    shop.consent.record(cid, Channel.EMAIL, WITHDRAWN, COUNTER)
    if reason is RestrictionReason.LEGAL_CLAIM:  # Art. 18(2): a disclosure for a legal claim stays allowed
        shop.sharing.disclose(cid, partner, "naam en adres", legal_claim=True)


def test_contested_accuracy_allows_only_the_correction_it_is_about(shop):
    cid = shop.customers.create(card())
    shop.rights.restrict(cid, RestrictionReason.ACCURACY_CONTESTED, fields=["address", "phones"])
    new_address = Address(street="Steenstraat", house_number=14, postcode="4561 ZH", city="Hulst")
    sentence = refused(Msg.RESTRICTED_EDIT_ONLY, lambda: shop.customers.update(cid, card(notes="Iets anders.")))
    assert "adres, telefoonnummers" in sentence  # the card's words, not the code's
    assert shop.customers.open(cid).card.notes == "Vaste klant."
    assert shop.customers.update(cid, card(address=new_address)) == ["address"]
    assert shop.customers.open(cid).card.address.house_number == 14


def test_lifting_is_recorded_with_the_letter_and_the_gates_open_again(shop, partner):
    cid = shop.customers.create(card())
    refused(Msg.NOT_RESTRICTED, lambda: shop.rights.lift(cid))
    shop.rights.restrict(cid, RestrictionReason.OBJECTION_PENDING)
    refused(Msg.ALREADY_RESTRICTED, lambda: shop.rights.restrict(cid, RestrictionReason.LEGAL_CLAIM))
    doc_id, pdf = shop.rights.lift(cid, told_how="per brief")
    assert pdf.startswith(b"%PDF") and doc_id.startswith("BO-")
    import io

    from pypdf import PdfReader

    letter = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Jan van der Berg Steenstraat 12-A 4561 ZH Hulst" in letter  # addressed to the customer, as posted
    [r] = shop.rights.restrictions(cid)
    assert (r.lifted_on, r.lifted_by, doc_id in r.told_how) == (dt.date(2026, 11, 25), "JV", True)
    shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    approve(shop, cid, partner)


def test_restriction_by_a_request_carries_it_out(shop):
    cid = shop.customers.create(card())
    rid = shop.requests.add(cid, RequestKind.RESTRICTION, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    refused(Msg.REQUEST_NEEDS_RESTRICTION, lambda: shop.requests.complete(rid))
    shop.rights.restrict(cid, RestrictionReason.ACCURACY_CONTESTED, request_id=rid)
    shop.requests.complete(rid, "beperkt")
    assert shop.requests.get(rid).status is RequestStatus.DONE


# --- objection (Art. 21) ----------------------------------------------------------------------------------
def test_objection_to_direct_marketing_withdraws_every_channel_at_once(shop):
    cid = shop.customers.create(card())
    shop.customers.add_invoice(cid, Invoice("F-1", dt.date(2026, 10, 1), Decimal("10")))
    shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    shop.consent.record(cid, Channel.SMS, GRANT, COUNTER, basis=ConsentBasis.SOFT_OPT_IN)
    shop.consent.record(cid, Channel.POST, GRANT, COUNTER)
    shop.consent.record(cid, Channel.PHONE, ConsentState.REFUSED, COUNTER)
    withdrawn = shop.rights.object_to_marketing(cid, ConsentMethod.LETTER)
    assert withdrawn == ["email", "post", "sms"]
    states = shop.consent.states(cid)
    assert {c.value for c, r in states.items() if r and r.state is GRANT} == set()
    assert all(states[Channel(c)].method is ConsentMethod.LETTER for c in withdrawn)
    for channel in (Channel.EMAIL, Channel.SMS, Channel.POST):
        assert shop.marketing.approachable(channel) == []
    refused(Msg.ALREADY_OBJECTED, lambda: shop.rights.object_to_marketing(cid, COUNTER))


def test_after_an_objection_a_grant_needs_the_customers_new_request_and_says_so(shop):
    cid = shop.customers.create(card())
    shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    shop.rights.object_to_marketing(cid, COUNTER)
    sentence = refused(Msg.OBJECTED_NO_GRANT, lambda: shop.consent.record(cid, Channel.PHONE, GRANT, COUNTER))
    assert "asks for it anew" in sentence
    assert shop.consent.states(cid)[Channel.PHONE] is None
    shop.consent.record(cid, Channel.PHONE, GRANT, COUNTER, after_objection=True)
    assert rights.store.after_objection(shop.consent.states(cid)[Channel.PHONE].id)
    assert [p.customer_id for p in shop.marketing.approachable(Channel.PHONE)] == [cid]
    assert shop.marketing.approachable(Channel.EMAIL) == []  # the other channels stay stopped


def test_objection_on_legitimate_interest_is_recorded_with_the_owners_decision(shop):
    cid = shop.customers.create(card())
    rid = shop.requests.add(cid, RequestKind.OBJECTION, dt.date(2026, 11, 24), RequestChannel.LETTER)
    refused(Msg.REQUEST_NEEDS_OBJECTION, lambda: shop.requests.complete(rid))
    oid = shop.rights.object_to_processing(cid, "tevredenheidsonderzoek", ConsentMethod.LETTER, request_id=rid)
    refused(Msg.REASONS_REQUIRED, lambda: shop.rights.decide(cid, oid, ObjectionDecision.OVERRIDDEN, " "))
    shop.rights.decide(cid, oid, ObjectionDecision.UPHELD, "geen dwingende gronden")
    [o] = shop.rights.objections(cid)
    assert (o.processing, o.decision, o.decided_on, o.request_id) == (
        "tevredenheidsonderzoek", ObjectionDecision.UPHELD, dt.date(2026, 11, 25), rid)
    shop.requests.complete(rid)
    # It does not stop marketing the customer agreed to.
    shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)


# --- requests are carried out, not just closed ----------------------------------------------------------------
def test_each_request_kind_is_closed_only_after_its_action(shop, tmp_path):
    cid = shop.customers.create(card())
    add = lambda kind: shop.requests.add(cid, kind, dt.date(2026, 11, 20), RequestChannel.COUNTER)  # noqa: E731
    access, port, rect, withdraw = (add(RequestKind.ACCESS), add(RequestKind.PORTABILITY),
                                    add(RequestKind.RECTIFICATION), add(RequestKind.CONSENT_WITHDRAWAL))
    for rid, template in ((access, Msg.REQUEST_NEEDS_ACCESS_REPORT), (port, Msg.REQUEST_NEEDS_EXPORT),
                          (rect, Msg.REQUEST_NEEDS_RECTIFICATION), (withdraw, Msg.REQUEST_NEEDS_WITHDRAWAL)):
        refused(template, lambda rid=rid: shop.requests.complete(rid))
        assert shop.requests.get(rid).open
    # The wrong act does not carry out another kind.
    shop.access.render(cid, request_id=port)
    refused(Msg.REQUEST_NEEDS_EXPORT, lambda: shop.requests.complete(port))
    shop.access.render(cid, request_id=access)
    shop.access.export(cid, tmp_path / "export.json", request_id=port)
    refused(Msg.REQUEST_WRONG_KIND,
            lambda: shop.customers.update(cid, card(last_name="Bergh"), request_id=access))
    shop.customers.update(cid, card(last_name="Bergh"), request_id=rect)
    shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    shop.consent.record(cid, Channel.SMS, GRANT, COUNTER)
    assert shop.rights.withdraw_for_request(withdraw, [Channel.EMAIL], ConsentMethod.EMAIL) == ["email"]
    assert shop.consent.states(cid)[Channel.EMAIL].state is WITHDRAWN
    assert shop.consent.states(cid)[Channel.SMS].state is GRANT  # only the channels named
    for rid in (access, port, rect, withdraw):
        shop.requests.complete(rid)
        assert shop.requests.get(rid).status is RequestStatus.DONE
    # Refusal with reasons stays the other way to close a request.
    other = add(RequestKind.ACCESS)
    shop.requests.refuse(other, "Kennelijk ongegrond: derde verzoek deze maand")
    assert shop.requests.get(other).status is RequestStatus.REFUSED


def test_an_erasure_request_is_done_by_the_erasure_only(shop):
    cid = shop.customers.create(card())
    rid = shop.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 11, 20), RequestChannel.COUNTER)
    refused(Msg.REQUEST_NEEDS_ERASURE, lambda: shop.requests.complete(rid))
    shop.erasure.erase(cid, request_id=rid)
    assert shop.requests.get(rid).status is RequestStatus.DONE


# --- who may be approached --------------------------------------------------------------------------------
def test_only_valid_consents_without_objection_or_restriction_may_be_approached(shop):
    make = lambda first, **kw: shop.customers.create(card(first_name=first, emails=[f"{first.lower()}@example.com"],  # noqa: E731
                                                          **kw))
    opt_in, soft, stale_soft, withdrawn, objected, restricted, refused_ = (
        make(n) for n in ("Anna", "Bert", "Cor", "Dirk", "Els", "Fien", "Gert"))
    shop.customers.add_invoice(soft, Invoice("F-2", dt.date(2026, 6, 1), Decimal("10")))
    shop.customers.add_invoice(stale_soft, Invoice("F-3", dt.date(2024, 6, 1), Decimal("10")))
    for cid in (opt_in, withdrawn, objected, restricted):
        shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    for cid in (soft, stale_soft):
        shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER, basis=ConsentBasis.SOFT_OPT_IN)
    shop.consent.record(withdrawn, Channel.EMAIL, WITHDRAWN, COUNTER)
    shop.consent.record(refused_, Channel.EMAIL, ConsentState.REFUSED, COUNTER)
    shop.rights.object_to_marketing(objected, COUNTER)
    shop.rights.restrict(restricted, RestrictionReason.LEGAL_CLAIM)
    listed = shop.marketing.approachable(Channel.EMAIL)
    assert [(p.customer_id, p.address, p.kind) for p in listed] == [
        (opt_in, "anna@example.com", "opt_in"), (soft, "bert@example.com", "soft_opt_in")]
    assert listed[0].consent_on == dt.date(2026, 11, 25)
    # The list and the gate agree: whoever is listed passes it, the objected and the restricted do not.
    for p in listed:
        rights.check(p.customer_id, Use.MARKETING)
    refused(Msg.OBJECTED_NO_MARKETING, lambda: rights.check(objected, Use.MARKETING))
    refused(Msg.RESTRICTED_NO_MARKETING, lambda: rights.check(restricted, Use.MARKETING))
    assert shop.marketing.approachable(Channel.SMS) == []
    shop.erasure.erase(opt_in)
    assert [p.customer_id for p in shop.marketing.approachable(Channel.EMAIL)] == [soft]


def test_a_gate_check_adds_under_a_millisecond(shop):
    cid = shop.customers.create(card())
    shop.rights.object_to_processing(cid, "enquête", COUNTER)
    runs = 500
    start = time.perf_counter()
    for _ in range(runs):
        rights.check(cid, Use.CONSENT_GRANT)
    per_check = (time.perf_counter() - start) / runs
    assert per_check < 0.001, f"{per_check * 1000:.3f} ms"


def test_the_csv_is_written_only_where_asked_and_its_export_is_in_the_audit_log(shop, tmp_path):
    from etsoft_desk.store.models import AuditEntry

    cid = shop.customers.create(card())
    shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    shop.marketing.approachable(Channel.EMAIL)
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # the register only
    assert shop.marketing.save_csv(Channel.EMAIL, tmp_path / "email.csv") == 1
    [entry] = AuditEntry.select().where(AuditEntry.action == "marketing.export")
    assert entry.detail == "email: 1 customers by JV" and entry.subject is None
    assert "example.com" not in entry.detail
