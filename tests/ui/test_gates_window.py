"""Issue 11 in the window, the gaps the other window tests leave: a refused sharing click says why (a restriction,
an approval that is a copy of someone erased), and the "Delen met een ontvanger" page of "Wie mag ik benaderen?"
lists only the allowed and records every saved list as disclosures."""

import csv

import pytest

from etsoft_desk.domain.rights import RestrictionReason
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.store import customers as customers_store
from etsoft_desk.store.models import Disclosure, SharingApproval
from etsoft_desk.ui.marketing_dialog import MarketingDialog
from etsoft_desk.ui.sharing_panel import SharingPanel
from tests.ui.conftest import when_modal


@pytest.fixture
def shop(register, customers):
    register.settings.staff_initials = "JV"
    partner = register.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER)
    return register, customers, partner


def panel_for(qtbot, register, cid):
    panel = SharingPanel(cid, register.sharing)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_a_refused_approval_on_a_restricted_card_says_why_and_records_nothing(qtbot, shop):
    register, customers, partner = shop
    register.rights.restrict(customers["Anna"], RestrictionReason.OBJECTION_PENDING)
    panel = panel_for(qtbot, register, customers["Anna"])
    seen = {}

    def approve(dialog):
        qtbot.keyClicks(dialog.data, "naam en adres")
        qtbot.keyClicks(dialog.purpose, "offerte glasvezel")
        dialog._accept()
        seen["error"] = dialog.error.text()

    state = when_modal(qtbot, approve)
    panel.add_approval()
    assert state["left_open"]  # refused: the dialog stayed open with the reason
    assert "op 25-11-2026 beperking" in seen["error"] and "goedgekeurd om te delen" in seen["error"]
    assert "opgeheven" in seen["error"]
    assert SharingApproval.select().count() == 0 and panel.approvals.rowCount() == 0


def test_a_disclosure_on_an_approval_copied_from_someone_erased_says_why(qtbot, shop):
    register, customers, partner = shop
    anna = customers["Anna"]
    register.sharing.approve(anna, partner, data="naam", purpose="offerte", method="counter")
    twin = customers_store.insert_many([customers_store.load_card(anna)], register.clock())[0]
    register.erasure.erase(twin)  # the same person, erased at her request: this card is a copy left behind
    panel = panel_for(qtbot, register, anna)
    seen = {}

    def disclose(dialog):
        dialog.recipient.setCurrentIndex(dialog.recipient.findData(partner))
        qtbot.keyClicks(dialog.what, "naam en adres")
        dialog._accept()
        seen["error"] = dialog.error.text()

    state = when_modal(qtbot, disclose)
    panel.add_disclosure()
    assert state["left_open"]
    assert "op 25-11-2026 op eigen verzoek is gewist" in seen["error"] and "Glasvezel Hulst" in seen["error"]
    assert "wis deze kaart" in seen["error"]
    assert Disclosure.select().count() == 0


def test_the_sharing_page_lists_only_the_allowed_and_a_saved_list_is_a_disclosure_each(qtbot, shop, window,
                                                                                        tmp_path):
    register, customers, partner = shop
    for first in ("Anna", "Bert", "Cor"):
        register.sharing.approve(customers[first], partner, data="naam en telefoon", purpose="offerte",
                                 method="counter")
    register.rights.restrict(customers["Bert"], RestrictionReason.LEGAL_CLAIM)
    register.sharing.object(customers["Cor"], "letter")
    dialog = MarketingDialog(register, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Marketing per kanaal",
                                                                            "Delen met een ontvanger"]
    dialog.tabs.setCurrentWidget(dialog.sharing)
    page = dialog.sharing
    assert page.recipient.currentText() == "Glasvezel Hulst"
    assert page.model.rows == [("Anna Zwart", "anna@example.com", "06 12345678", "25-11-2026", "naam en telefoon",
                                "offerte")]
    assert page.count.text() == "1 klant mag vandaag met deze ontvanger worden gedeeld"
    out = tmp_path / "glasvezel.csv"
    page.save_csv(str(out))
    qtbot.waitUntil(lambda: "opgeslagen" in page.count.text())
    assert page.count.text() == f"1 klanten opgeslagen in {out}, elk vastgelegd als verstrekking"
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert [r[0] for r in csv.reader(f, delimiter=";")] == ["naam", "Anna Zwart"]
    [d] = Disclosure.select()
    assert (d.customer_id, d.what, d.ground) == (customers["Anna"], "lijst voor Glasvezel Hulst (25-11-2026)",
                                                 "approval")


def test_the_sharing_page_says_why_a_recipient_gets_nothing(qtbot, register, customers):
    register.sharing.add_recipient("Boekhouding Zeeland BV", RecipientRole.PROCESSOR)  # no processor agreement
    dialog = MarketingDialog(register)
    qtbot.addWidget(dialog)
    page = dialog.sharing
    assert "verwerkersovereenkomst" in page.count.text() and not page.save_button.isEnabled()
    assert page.model.rows == []


def test_the_sharing_page_without_recipients(qtbot, register, customers):
    dialog = MarketingDialog(register)
    qtbot.addWidget(dialog)
    assert dialog.sharing.count.text() == "Er zijn nog geen ontvangers: voeg ze toe onder Ontvangers."
    assert not dialog.sharing.save_button.isEnabled()
