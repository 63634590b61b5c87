"""Issue 11 in the window: the card's banner, a refused click that says why, the second confirmation after an
objection, and "Wie mag ik benaderen?"."""

import csv
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.rights import RestrictionReason
from etsoft_desk.services import rights
from etsoft_desk.ui.consent_panel import ConsentPanel
from etsoft_desk.ui.customer_dialog import CustomerDialog
from etsoft_desk.ui.marketing_dialog import MarketingDialog
from etsoft_desk.ui.rights_banner import RightsBanner
from tests.ui.conftest import when_modal


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    register.statements.load("ETSoft Privacyverklaring", dt.date(2018, 4, 10))
    return register


def card_dialog(qtbot, register, cid):
    dialog = CustomerDialog(register.customers, cid, consent_panel=lambda c: ConsentPanel(
        c, register.consent, register.statements, register.settings), rights_banner=lambda c: RightsBanner(c, register))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_banner_shows_and_a_refused_save_says_why(qtbot, shop, customers):
    cid = customers["Anna"]
    shop.rights.restrict(cid, RestrictionReason.LEGAL_CLAIM)
    dialog = card_dialog(qtbot, shop, cid)
    banner = dialog.rights_banner
    assert banner.restriction.isVisible()
    assert "Verwerking beperkt sinds 25-11-2026" in banner.restriction.text()
    assert "rechtsvordering" in banner.restriction.text() and "geen marketing" in banner.restriction.text()
    assert banner.lift_button.isVisible() and not banner.restrict_button.isVisible()
    dialog.notes.setPlainText("Een nieuwe notitie.")
    seen = {}
    state = when_modal(qtbot, lambda box: seen.update(name=box.objectName(), text=box.text()))
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: state["done"])
    assert seen["name"] == "userErrorBox"
    assert "op 25-11-2026 beperking" in seen["text"] and "niet worden gewijzigd" in seen["text"] and "opgeheven" in seen["text"]
    assert dialog.isVisible() and shop.customers.open(cid).card.notes == "Vaste klant."


def test_a_refused_consent_click_says_why(qtbot, shop, customers):
    cid = customers["Bert"]
    shop.rights.restrict(cid, RestrictionReason.OBJECTION_PENDING)
    dialog = card_dialog(qtbot, shop, cid)
    seen = {}
    state = when_modal(qtbot, lambda box: seen.update(text=box.text()))
    click(qtbot, dialog.consent.grant_buttons[Channel.EMAIL])
    qtbot.waitUntil(lambda: state["done"])
    assert "geen nieuwe toestemming" in seen["text"]
    assert shop.consent.states(cid)[Channel.EMAIL] is None


def test_objection_from_the_banner_and_the_second_confirmation_for_a_new_grant(qtbot, shop, customers):
    cid = customers["Cor"]
    shop.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    dialog = card_dialog(qtbot, shop, cid)
    banner = dialog.rights_banner
    assert not banner.restriction.isVisible() and not banner.objection.isVisible()
    state = when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, banner.object_button)
    qtbot.waitUntil(lambda: state["done"])
    assert "Bezwaar tegen direct marketing sinds 25-11-2026" in banner.objection.text()
    assert dialog.consent.state_labels[Channel.EMAIL].text().startswith("ingetrokken")
    # A grant now asks a second time; No records nothing, Yes records it as asked anew.
    state = when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click())
    click(qtbot, dialog.consent.grant_buttons[Channel.PHONE])
    qtbot.waitUntil(lambda: state["done"])
    assert shop.consent.states(cid)[Channel.PHONE] is None
    seen = {}

    def yes(box):
        seen.update(name=box.objectName(), text=box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    state = when_modal(qtbot, yes)
    click(qtbot, dialog.consent.grant_buttons[Channel.PHONE])
    qtbot.waitUntil(lambda: state["done"])
    assert seen["name"] == "askedAnewBox" and "opnieuw" in seen["text"]
    record = shop.consent.states(cid)[Channel.PHONE]
    assert record.state is ConsentState.GRANTED and rights.store.after_objection(record.id)


def test_who_may_i_approach(qtbot, shop, customers, tmp_path, window):
    shop.consent.record(customers["Anna"], Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    shop.consent.record(customers["Bert"], Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    shop.rights.restrict(customers["Bert"], RestrictionReason.UNLAWFUL_KEPT)
    assert window.marketing_action.text().replace("&", "") == "Wie mag ik benaderen?"
    dialog = MarketingDialog(shop, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Wie mag ik benaderen?"
    assert dialog.model.rows == [("Anna Zwart", "anna@example.com", "25-11-2026", "eigen toestemming")]
    assert "1" in dialog.count.text()
    dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
    assert dialog.model.rows == [] and not dialog.save_button.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    out = tmp_path / "email.csv"
    dialog.save_csv(str(out))
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f, delimiter=";"))[1] == ["Anna Zwart", "anna@example.com", "2026-11-25", "opt_in"]


def test_requests_are_carried_out_from_the_card(qtbot, shop, customers):
    from etsoft_desk.domain.requests import RequestChannel, RequestKind, RequestStatus

    cid = customers["Anna"]
    shop.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    rect = shop.requests.add(cid, RequestKind.RECTIFICATION, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    withdraw = shop.requests.add(cid, RequestKind.CONSENT_WITHDRAWAL, dt.date(2026, 11, 24), RequestChannel.EMAIL)
    dialog = card_dialog(qtbot, shop, cid)
    click(qtbot, dialog.consent.withdraw_buttons[Channel.EMAIL])
    shop.requests.complete(withdraw)  # the withdrawal on the card carried it out
    dialog.last_name.setText("Zwartjes")
    seen = {}

    def yes(box):
        seen.update(text=box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    state = when_modal(qtbot, yes)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: state["done"])
    assert f"verzoek {rect}" in seen["text"]
    shop.requests.complete(rect)
    assert shop.requests.get(rect).status is RequestStatus.DONE
    assert shop.customers.open(cid).card.last_name == "Zwartjes"


def test_an_objection_on_legitimate_interest_is_recorded_and_shown_with_the_decision(qtbot, shop, customers):
    from PySide6.QtWidgets import QInputDialog

    cid = customers["Bert"]
    dialog = card_dialog(qtbot, shop, cid)
    banner = dialog.rights_banner
    assert not banner.decide_button.isVisible()

    def answer(text, then=None):
        def handler(box):
            box.setTextValue(text)
            if then:
                then()
            box.accept()
        return handler

    state = when_modal(qtbot, answer("nieuwsbrief-enquête"), kind=QInputDialog)
    click(qtbot, banner.other_button)
    qtbot.waitUntil(lambda: state["done"])
    assert "Bezwaar tegen nieuwsbrief-enquête sinds 25-11-2026: nog niet besloten." in banner.objection.text()
    assert banner.decide_button.isVisible()
    second = {}
    state = when_modal(qtbot, answer("toegewezen (de verwerking stopt)", lambda: second.update(
        state=when_modal(qtbot, answer("geen dwingende gronden"), kind=QInputDialog))), kind=QInputDialog)
    click(qtbot, banner.decide_button)
    qtbot.waitUntil(lambda: state["done"] and second and second["state"]["done"])
    assert "nieuwsbrief-enquête sinds 25-11-2026: toegewezen (de verwerking stopt)." in banner.objection.text()
    [o] = shop.rights.objections(cid)
    assert (o.decision.value, o.decision_reason) == ("upheld", "geen dwingende gronden")
