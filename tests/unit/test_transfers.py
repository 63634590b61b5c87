"""Issue 11 item 9 (transfers outside the EEA) and the service side of item 8: a recipient outside the EEA gets
nothing without a recorded transfer ground; the ground a disclosure claims must be the one the rules give; the
access report (Art. 15(2)) and the record of processing (Art. 30) print the ground and where the safeguards are."""

import re

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.errors import UserError, ValidationFailed
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.sharing import EEA, Ground, RecipientRole, TransferGround
from etsoft_desk.store.models import AuditEntry, Disclosure, Recipient, SharingApproval
from tests.helpers.cards import card

SCC = "https://cloudprint.example/scc-2021"


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    return register


@pytest.fixture
def cloud(shop):
    """A service provider in the United States, entered before its transfer ground was known."""
    return shop.sharing.add_recipient("Cloudprint Inc", RecipientRole.SERVICE_PROVIDER, country="us",
                                      email="privacy@cloudprint.example", address="1 Main St, Austin TX")


def refused(template, act):
    with pytest.raises(UserError) as err:
        act()
    assert err.value.template == template, str(err.value)
    return str(err.value)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path) -> str:
    return squash("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def test_the_eea_is_the_eu_and_iceland_liechtenstein_norway():
    assert len(EEA) == 30 and {"NL", "BE", "DE", "NO", "IS", "LI"} <= EEA
    assert not {"US", "GB", "CH", "IN"} & EEA


def test_nothing_goes_outside_the_eea_without_a_recorded_transfer_ground(shop, cloud):
    cid = shop.customers.create(card())
    before = (SharingApproval.select().count(), Disclosure.select().count(), AuditEntry.select().count())
    sentence = refused(Msg.TRANSFER_GROUND_MISSING, lambda: shop.sharing.approve(
        cid, cloud, data="naam en adres", purpose="printerbeheer", method="counter"))
    assert "Cloudprint Inc" in sentence and "(US)" in sentence and "transfer ground" in sentence
    assert (SharingApproval.select().count(), Disclosure.select().count(), AuditEntry.select().count()) == before
    shop.sharing.set_recipient(cloud, transfer_ground=TransferGround.STANDARD_CLAUSES, safeguards=SCC)
    approval = shop.sharing.approve(cid, cloud, data="naam en adres", purpose="printerbeheer", method="counter")
    assert shop.sharing.disclose(cid, cloud, "naam en adres").approval_id == approval
    # Clearing the ground closes the door again, for a disclosure under an approval given before.
    shop.sharing.set_recipient(cloud, transfer_ground=None)
    refused(Msg.TRANSFER_GROUND_MISSING, lambda: shop.sharing.disclose(cid, cloud, "naam en adres"))
    assert Disclosure.select().count() == 1


def test_a_processor_outside_the_eea_needs_its_ground_too(shop):
    cid = shop.customers.create(card())
    books = shop.sharing.add_recipient("Ledger Cloud Ltd", RecipientRole.PROCESSOR, processor_agreement=True,
                                       country="IN")
    refused(Msg.TRANSFER_GROUND_MISSING, lambda: shop.sharing.disclose(cid, books, "factuur 2026-1"))
    assert Disclosure.select().count() == 0
    shop.sharing.set_recipient(books, transfer_ground=TransferGround.BINDING_RULES, safeguards="map BCR, kantoor")
    assert shop.sharing.disclose(cid, books, "factuur 2026-1").ground is Ground.PROCESSOR
    # Inside the EEA nothing is asked.
    gent = shop.sharing.add_recipient("Printerservice Gent", RecipientRole.SERVICE_PROVIDER, country="BE")
    shop.sharing.approve(cid, gent, data="naam", purpose="reparatie", method="counter")
    assert shop.sharing.disclose(cid, gent, "naam").ground is Ground.APPROVAL


def test_standard_clauses_and_binding_rules_say_where_the_safeguards_can_be_read(shop, cloud):
    for ground in (TransferGround.STANDARD_CLAUSES, TransferGround.BINDING_RULES):
        with pytest.raises(ValidationFailed) as err:
            shop.sharing.set_recipient(cloud, transfer_ground=ground)
        assert err.value.for_field("safeguards").template == Msg.SAFEGUARDS_REQUIRED
        with pytest.raises(ValidationFailed):
            shop.sharing.add_recipient("Elders BV", RecipientRole.PARTNER, country="US", transfer_ground=ground)
    assert Recipient.get_by_id(cloud).transfer_ground is None and Recipient.select().count() == 1
    shop.sharing.set_recipient(cloud, transfer_ground=TransferGround.ADEQUACY)  # the decision itself: no text needed
    with pytest.raises(ValidationFailed) as err:  # a card number is refused here as in every free-text field
        shop.sharing.set_recipient(cloud, safeguards="pas 4111 1111 1111 1111")
    assert err.value.for_field("safeguards").template == Msg.PAYMENT_CARD_IN_TEXT
    with pytest.raises(ValidationFailed) as err:
        shop.sharing.set_recipient(cloud, email="geen-adres")
    assert err.value.for_field("email").template == Msg.EMAIL_INVALID
    [r] = shop.sharing.recipients()
    assert (r.transfer_ground, r.email, r.address, r.outside_eea) == (
        TransferGround.ADEQUACY, "privacy@cloudprint.example", "1 Main St, Austin TX", True)
    details = [e.detail for e in AuditEntry.select().where(AuditEntry.action == "recipient")]
    assert details[-1] == f"change {cloud}: transfer_ground" and not any("cloudprint" in d for d in details)


def test_the_claimed_ground_must_be_the_one_the_rules_give(shop):
    cid = shop.customers.create(card())
    books = shop.sharing.add_recipient("Boekhouding Zeeland BV", RecipientRole.PROCESSOR, processor_agreement=True)
    fibre = shop.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER)
    shop.sharing.approve(cid, fibre, data="naam", purpose="offerte", method="counter")
    assert "not on a processor agreement" in refused(
        Msg.GROUND_NOT_PROCESSOR, lambda: shop.sharing.disclose(cid, fibre, "naam", ground=Ground.PROCESSOR))
    refused(Msg.GROUND_IS_PROCESSOR, lambda: shop.sharing.disclose(cid, books, "factuur", ground=Ground.APPROVAL))
    assert Disclosure.select().count() == 0
    assert shop.sharing.disclose(cid, fibre, "naam", ground=Ground.APPROVAL).ground is Ground.APPROVAL
    assert shop.sharing.disclose(cid, books, "factuur", ground=Ground.PROCESSOR).ground is Ground.PROCESSOR
    # A processor works under its agreement: no approval is recorded for one.
    refused(Msg.APPROVAL_NOT_FOR_PROCESSOR, lambda: shop.sharing.approve(cid, books, data="naam", purpose="x",
                                                                         method="counter"))


def test_stop_sharing_with_one_recipient_and_finding_recipients_by_name(shop):
    cid = shop.customers.create(card())
    fibre = shop.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER)
    assert shop.sharing.find_recipient("  glasvezel HULST ").id == fibre
    assert shop.sharing.find_recipient(str(fibre)).id == fibre
    refused(Msg.RECIPIENT_NAME_UNKNOWN, lambda: shop.sharing.find_recipient("Glasvezel"))
    refused(Msg.RECIPIENT_NOT_FOUND, lambda: shop.sharing.find_recipient("99"))
    refused(Msg.NO_ACTIVE_APPROVAL_FOR, lambda: shop.sharing.stop_sharing_with(cid, fibre, "email"))
    approval = shop.sharing.approve(cid, fibre, data="naam", purpose="offerte", method="counter")
    assert shop.sharing.stop_sharing_with(cid, fibre, "email") == approval
    [a] = shop.sharing.approvals(cid)
    assert (a.active, a.withdrawn_method) == (False, "email")
    refused(Msg.SHARING_NOT_APPROVED, lambda: shop.sharing.disclose(cid, fibre, "naam"))
    shop.sharing.set_recipient(fibre, active=False)
    refused(Msg.RECIPIENT_INACTIVE, lambda: shop.sharing.approve(cid, fibre, data="naam", purpose="offerte",
                                                                 method="counter"))


def test_the_access_report_and_the_record_of_processing_print_the_ground_and_the_safeguards(shop, cloud, tmp_path):
    cid = shop.customers.create(card())
    shop.sharing.set_recipient(cloud, transfer_ground=TransferGround.STANDARD_CLAUSES, safeguards=SCC)
    shop.sharing.approve(cid, cloud, data="naam en adres", purpose="printerbeheer", method="counter")
    shop.sharing.disclose(cid, cloud, "naam en adres")
    shop.sharing.disclose(cid, cloud, "telefoonnummer")
    swiss = shop.sharing.add_recipient("Backup AG", RecipientRole.PROCESSOR, processor_agreement=True, country="CH",
                                       transfer_ground=TransferGround.ADEQUACY)
    shop.sharing.disclose(cid, swiss, "factuur 2026-1")
    shop.sharing.add_recipient("Nog Niet BV", RecipientRole.PARTNER, country="US")  # no ground: nothing went there
    report = tmp_path / "inzage.pdf"
    shop.access.report(cid, report)
    text = pdf_text(report)
    section = text[text.index(squash("Doorgifte buiten de Europese Economische Ruimte")):]
    assert squash("Cloudprint Inc (US): modelcontractbepalingen van de Europese Commissie (AVG art. 46 lid 2 sub c)"
                  f"; de waarborgen: {SCC}") in section
    assert squash("Backup AG (CH): adequaatheidsbesluit van de Europese Commissie (AVG art. 45); de waarborgen: "
                  "op te vragen bij ons") in section
    assert section.count(squash("Cloudprint Inc (US):")) == 1  # once per recipient, not per disclosure
    assert "NogNiet" not in text and squash("Geen. Uw gegevens blijven") not in text
    record = tmp_path / "register.pdf"
    shop.documents.processing_record(record)
    text = pdf_text(record)
    section = text[text.index(squash("5. Doorgifte buiten de EER")):text.index(squash("6. Beveiligingsmaatregelen"))]
    for expected in ("Grond voor de doorgifte", "Waarborgen te lezen", "Cloudprint Inc", "modelcontractbepalingen",
                     SCC, "Backup AG", "adequaatheidsbesluit", "Nog Niet BV", "NIET VASTGELEGD: er mag niets naartoe"):
        assert squash(expected) in section, expected


def test_a_customer_with_recipients_inside_the_eea_only_reads_none(shop, tmp_path):
    cid = shop.customers.create(card())
    gent = shop.sharing.add_recipient("Printerservice Gent", RecipientRole.SERVICE_PROVIDER, country="BE")
    shop.sharing.approve(cid, gent, data="naam", purpose="reparatie", method="counter")
    report = tmp_path / "inzage.pdf"
    shop.access.report(cid, report)
    assert squash("Doorgifte buiten de Europese Economische Ruimte Geen.") in pdf_text(report)


def test_a_register_from_before_migration_14_keeps_its_recipients_and_refuses_their_transfer(tmp_path, monkeypatch):
    from etsoft_desk.services import register as reg
    from etsoft_desk.store import migrations
    from etsoft_desk.store.models import database_proxy
    from tests.conftest import fixed_clock

    path, key = tmp_path / "old.db", bytes(range(32))
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] <= 13])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 13)
    old = reg.create(path, key, clock=fixed_clock)
    cid = old.register.customers.create(card())
    database_proxy.obj.execute_sql("INSERT INTO recipient (name, role, processor_agreement, country, contact, active) "
                                   "VALUES ('Cloudprint Inc', 'service_provider', 0, 'US', '', 1)")
    old.register.close()
    monkeypatch.undo()
    with reg.open_with_key(path, key, clock=fixed_clock) as register:
        register.settings.staff_initials = "JV"
        [r] = register.sharing.recipients()
        assert (r.name, r.email, r.address, r.transfer_ground, r.safeguards, r.outside_eea) == (
            "Cloudprint Inc", "", "", None, "", True)
        refused(Msg.TRANSFER_GROUND_MISSING, lambda: register.sharing.approve(
            cid, r.id, data="naam", purpose="printerbeheer", method="counter"))
