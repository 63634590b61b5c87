"""Issue 11 items 6 and 7: the access report says what is in force, who consulted the data, which copy it is;
requests from people who are not customers are logged, answered with the "Nee" report, and closed only then.
PDFs are read back with pypdf."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.requests import RequestChannel, RequestKind, RequestStatus
from etsoft_desk.domain.rights import ObjectionDecision, RestrictionReason
from etsoft_desk.services.audit import Action
from etsoft_desk.store.models import AuditEntry
from tests.helpers.cards import card


def text_of(pdf: bytes) -> str:
    """The PDF's text without whitespace: table cells wrap wherever they like."""
    return re.sub(r"\s+", "", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def has(flat: str, expected: str) -> bool:
    return re.sub(r"\s+", "", expected) in flat


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    return register


def test_the_report_says_what_is_in_force_and_who_consulted_the_data(shop, tmp_path):
    cid = shop.customers.create(card())
    shop.audit.record(Action.VIEW, cid)  # an entry as older versions wrote it, without initials
    shop.settings.at_counter = "PK"  # the person chosen at the counter opens and corrects the card
    stored = shop.customers.open(cid)
    changed = stored.card
    changed.last_name = "Bergen-Oud"
    assert shop.customers.update(cid, changed) == ["last_name"]
    shop.settings.at_counter = ""
    shop.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    shop.rights.restrict(cid, RestrictionReason.ACCURACY_CONTESTED, fields=["address"])
    shop.rights.object_to_marketing(cid, ConsentMethod.LETTER)
    objection = shop.rights.object_to_processing(cid, "de klantenquête", ConsentMethod.LETTER)
    shop.rights.decide(cid, objection, ObjectionDecision.OVERRIDDEN, "garantieplicht van twee jaar")

    flat = text_of(shop.access.render(cid)[1])
    for expected in ("Beperking en bezwaar: wat nu geldt",
                     "Van kracht sinds 25-11-2026. Reden: juistheid van de gegevens betwist.",
                     "behalve het corrigeren van adres",
                     "Bezwaar tegen direct marketing (AVG art. 21 lid 2)",
                     "Van kracht sinds 25-11-2026 (per brief): wij benaderen u niet voor marketing, op geen enkel kanaal.",
                     "Bezwaar tegen de klantenquête (AVG art. 21 lid 1)",
                     "Ons besluit op 25-11-2026: afgewezen (dwingende gerechtvaardigde gronden).",
                     "Onze redenen: garantieplicht van twee jaar.",
                     "Wie uw gegevens inzag of wijzigde"):
        assert has(flat, expected), expected
    consulted = flat[flat.index("Wieuwgegevensinzagofwijzigde"):]
    assert has(consulted, "klantkaart aangemaakt JV") and has(consulted, "klantkaart bekeken onbekend")
    assert has(consulted, "klantkaart bekeken PK") and has(consulted, "klantkaart gewijzigd: achternaam PK")
    assert has(consulted, "initialen nog niet vastgelegd")
    assert consulted.count("25-11-2026") >= 4  # each with its date (and time)

    # The audit log names only the initials, the chain still verifies (the detail is part of each hash).
    details = [e.detail for e in AuditEntry.select().where(AuditEntry.action == "customer.view")]
    assert details == ["", "by PK"]
    assert "Bergen" not in " ".join(e.detail for e in AuditEntry.select())
    assert shop.audit.verify().entries == AuditEntry.select().count()

    # Lifted: the report says when; someone who chose nothing reads that nothing is in force.
    shop.rights.lift(cid)
    assert has(text_of(shop.access.render(cid)[1]), "Opgeheven op 25-11-2026; van kracht sinds 25-11-2026")
    other = text_of(shop.access.render(shop.customers.create(card(emails=["ander@example.com"])))[1])
    assert has(other, "Niet van kracht: u heeft niet gevraagd het gebruik van uw gegevens te beperken.")
    assert other.count(re.sub(r"\s", "", "Geen bezwaar gemaakt.")) == 2


def test_the_first_copy_for_a_request_is_free_and_a_second_says_it_is_extra(shop, tmp_path):
    cid = shop.customers.create(card())
    request = shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 20), RequestChannel.COUNTER)
    first = "Dit overzicht is het eerste, kosteloze exemplaar bij uw verzoek."
    # A preview closed without printing or saving hands nothing over: the next one is still the first.
    assert has(text_of(shop.access.render(cid, request_id=request)[1]), first)
    out = tmp_path / "inzage.pdf"
    shop.access.report(cid, out, request_id=request)
    assert has(text_of(out.read_bytes()), first)
    again = text_of(shop.access.render(cid, request_id=request)[1])
    assert has(again, "Dit is een extra exemplaar van het overzicht bij hetzelfde verzoek (eerder verstrekt op "
                      "25-11-2026).") and not has(again, "kosteloze exemplaar")
    assert has(again, "mag een redelijke vergoeding voor de administratieve kosten worden gevraagd (AVG art. 15 "
                      "lid 3); ETSoft rekent daarvoor niets.")
    # After the request is closed, a further copy is still an extra one; the shop's fee is named where set.
    shop.requests.complete(request)
    shop.settings.set_value("shop_copy_fee", "€ 5,00")
    later = text_of(shop.access.render(cid, request_id=request)[1])
    assert has(later, "extra exemplaar") and has(later, "ETSoft rekent daarvoor € 5,00 per exemplaar.")
    # Without a request there is no "first" or "extra" to speak of.
    assert has(text_of(shop.access.render(cid)[1]), "Dit overzicht is kosteloos.")


def test_a_request_from_someone_who_is_not_a_customer_is_closed_only_after_the_no(shop):
    rid = shop.requests.add_not_customer("Piet Puk", RequestKind.ACCESS, dt.date(2026, 11, 20),
                                         RequestChannel.EMAIL, answer_to="Piet.Puk@Example.com")
    r = shop.requests.get(rid)
    assert (r.customer_id, r.not_customer, r.due, r.answer_to) == (None, True, dt.date(2026, 12, 20),
                                                                   "Piet.Puk@example.com")
    assert [x.id for x in shop.requests.due_soon(days=31)] == [rid]  # the same deadlines as any request
    with pytest.raises(UserError) as err:
        shop.requests.complete(rid)
    assert err.value.template == Msg.REQUEST_NEEDS_NO_DATA_REPORT
    assert shop.requests.get(rid).status is RequestStatus.OPEN  # refused: nothing changed

    doc_id, pdf = shop.access.render_none(request_id=rid)
    flat = text_of(pdf)
    for expected in ("Voor Piet Puk", "verzoek nr. 1, ontvangen op 20-11-2026 per e-mail",
                     "Nee. ETSoft verwerkt geen persoonsgegevens over u.",
                     "Dit overzicht is het eerste, kosteloze exemplaar bij uw verzoek."):
        assert has(flat, expected), expected
    shop.access.issued(None, doc_id, "saved")
    assert has(text_of(shop.access.render_none(request_id=rid)[1]), "Dit is een extra exemplaar")
    shop.requests.complete(rid)
    assert shop.requests.get(rid).status is RequestStatus.DONE
    details = " ".join(e.detail for e in AuditEntry.select())
    assert "Piet" not in details and "example" not in details
    assert f"access report {doc_id} (no data held) for request {rid} by JV" in details


def test_bad_input_for_a_non_customer_request_is_one_sentence(shop):
    add = shop.requests.add_not_customer
    for name, answer_to, template in (("  ", "", Msg.REQUESTER_NAME_REQUIRED),
                                      ("Piet Puk", "piet@", Msg.EMAIL_INVALID),
                                      ("Piet 4111 1111 1111 1111", "", Msg.PAYMENT_CARD_IN_TEXT)):
        with pytest.raises(UserError) as err:
            add(name, RequestKind.ACCESS, dt.date(2026, 11, 20), RequestChannel.COUNTER, answer_to=answer_to)
        assert err.value.template == template
    assert shop.requests.list() == []
    cid = shop.customers.create(card())
    theirs = shop.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 20), RequestChannel.COUNTER)
    with pytest.raises(UserError) as err:
        shop.access.render_none("Jan", request_id=theirs)
    assert err.value.template == Msg.REQUEST_OF_CUSTOMER
    with pytest.raises(UserError) as err:
        shop.requests.link(theirs, cid)
    assert err.value.template == Msg.REQUEST_NOT_LINKABLE


def test_a_request_linked_to_a_card_later_needs_the_customers_own_act(shop):
    cid = shop.customers.create(card())
    rid = shop.requests.add_not_customer("Jan van der Berg", RequestKind.ACCESS, dt.date(2026, 11, 21),
                                         RequestChannel.COUNTER)
    shop.access.render_none(request_id=rid)  # answered "Nee" before anyone found the card
    linked = shop.requests.link(rid, cid)
    assert (linked.customer_id, linked.requester_name, linked.answer_to) == (cid, "", "jan.vanderberg@example.com")
    assert [r.id for r in shop.requests.for_customer(cid)] == [rid]
    with pytest.raises(UserError) as err:
        shop.requests.complete(rid)
    assert err.value.template == Msg.REQUEST_NEEDS_ACCESS_REPORT
    shop.access.render(cid, request_id=rid)
    shop.requests.complete(rid)


def test_a_refusal_letter_goes_to_the_name_and_address_they_gave(shop):
    rid = shop.requests.add_not_customer("Piet Puk", RequestKind.ERASURE, dt.date(2026, 11, 20),
                                         RequestChannel.LETTER, answer_to="Dorpsstraat 1, 4561 AA Hulst")
    shop.requests.refuse(rid, "Wij konden uw identiteit niet vaststellen.")
    flat = text_of(shop.documents.render_letter(rid)[1])
    assert has(flat, "Geachte Piet Puk,") and has(flat, "Dorpsstraat 1, 4561 AA Hulst")
    assert not has(flat, "e-mailadres Dorpsstraat")


def test_retention_anonymises_old_requests_of_non_customers(shop):
    old = shop.requests.add_not_customer("Oud Verzoeker", RequestKind.ACCESS, dt.date(2026, 11, 1),
                                         RequestChannel.EMAIL, answer_to="oud@example.com")
    recent = shop.requests.add_not_customer("Nieuw Verzoeker", RequestKind.ACCESS, dt.date(2026, 11, 1),
                                            RequestChannel.EMAIL)
    for rid in (old, recent):
        shop.access.render_none(request_id=rid)
        shop.requests.complete(rid, "overzicht gemaild")
    shop._db.execute_sql("UPDATE data_request SET closed_on = '2024-06-30' WHERE id = ?", (old,))
    overview = shop.retention.overview()
    assert ("Verzoeken van niet-klanten, afgehandeld vóór de bewaartermijn", 1,
            "geanonimiseerd (naam en adres weg)") in overview.lines()
    shop.retention.run()
    gone, kept = shop.requests.get(old), shop.requests.get(recent)
    assert (gone.requester_name, gone.answer_to, gone.outcome, gone.not_customer) == ("[gewist]", "", "[gewist]", True)
    assert kept.requester_name == "Nieuw Verzoeker"
    assert shop.retention.overview().lines() == []
