"""Issue 11 in the window: the card's banner, a refused click that says why, the second confirmation after an
objection, and "Wie mag ik benaderen?"."""

import csv
import datetime as dt

import pytest
from PySide6.QtCore import Qt

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


def test_the_banner_shows_and_a_refused_save_says_why(qtbot, shop, customers, answer_boxes):
    cid = customers["Anna"]
    shop.rights.restrict(cid, RestrictionReason.LEGAL_CLAIM)
    dialog = card_dialog(qtbot, shop, cid)
    banner = dialog.rights_banner
    assert banner.restriction.isVisible()
    assert "Verwerking beperkt sinds 25-11-2026" in banner.restriction.text()
    assert "rechtsvordering" in banner.restriction.text() and "geen marketing" in banner.restriction.text()
    assert banner.lift_button.isVisible() and not banner.restrict_button.isVisible()
    dialog.notes.setPlainText("Een nieuwe notitie.")
    asked = answer_boxes(True)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert len(asked) == 1 and asked[0].kind == "error"
    seen = {"name": asked[0].name, "text": asked[0].text}
    assert seen["name"] == "userErrorBox"
    assert "op 25-11-2026 beperking" in seen["text"] and "niet worden gewijzigd" in seen["text"] and "opgeheven" in seen["text"]
    assert dialog.isVisible() and shop.customers.open(cid).card.notes == "Vaste klant."


def test_a_refused_consent_click_says_why(qtbot, shop, customers, answer_boxes):
    cid = customers["Bert"]
    shop.rights.restrict(cid, RestrictionReason.OBJECTION_PENDING)
    dialog = card_dialog(qtbot, shop, cid)
    asked = answer_boxes(True)
    click(qtbot, dialog.consent.grant_buttons[Channel.EMAIL])
    assert [box.kind for box in asked] == ["error"] and "geen nieuwe toestemming" in asked[0].text
    assert shop.consent.states(cid)[Channel.EMAIL] is None


def test_objection_from_the_banner_and_the_second_confirmation_for_a_new_grant(qtbot, shop, customers,
                                                                              answer_boxes):
    cid = customers["Cor"]
    shop.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    dialog = card_dialog(qtbot, shop, cid)
    banner = dialog.rights_banner
    assert not banner.restriction.isVisible() and not banner.objection.isVisible()
    answers = [True, False, True]  # the objection; the grant after it: No, then Yes
    asked = answer_boxes(lambda box: answers.pop(0))
    click(qtbot, banner.object_button)
    assert len(asked) == 1 and asked[0].kind == "question"
    assert "Bezwaar tegen direct marketing sinds 25-11-2026" in banner.objection.text()
    assert dialog.consent.state_labels[Channel.EMAIL].text().startswith("ingetrokken")
    # A grant now asks a second time; No records nothing, Yes records it as asked anew.
    click(qtbot, dialog.consent.grant_buttons[Channel.PHONE])
    assert len(asked) == 2 and shop.consent.states(cid)[Channel.PHONE] is None
    click(qtbot, dialog.consent.grant_buttons[Channel.PHONE])
    assert len(asked) == 3 and asked[2].name == "askedAnewBox" and "opnieuw" in asked[2].text
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
    assert dialog.count.text() == "Bezig met opzoeken…" and not dialog.save_button.isEnabled()  # read off the GUI thread
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    assert dialog.model.rows == [("Anna Zwart", "anna@example.com", "25-11-2026", "eigen toestemming")]
    assert "1" in dialog.count.text() and dialog.save_button.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))  # chosen before the list of sms came
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    assert dialog.model.rows == [] and not dialog.save_button.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    out = tmp_path / "email.csv"
    with qtbot.waitSignal(dialog.saved, timeout=10000):  # written off the GUI thread
        dialog.save_csv(str(out))
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f, delimiter=";"))[1] == ["Anna Zwart", "anna@example.com", "2026-11-25", "opt_in"]


def test_requests_are_carried_out_from_the_card(qtbot, shop, customers, answer_boxes):
    from etsoft_desk.domain.requests import RequestChannel, RequestKind, RequestStatus

    cid = customers["Anna"]
    shop.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    rect = shop.requests.add(cid, RequestKind.RECTIFICATION, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    withdraw = shop.requests.add(cid, RequestKind.CONSENT_WITHDRAWAL, dt.date(2026, 11, 24), RequestChannel.EMAIL)
    dialog = card_dialog(qtbot, shop, cid)
    click(qtbot, dialog.consent.withdraw_buttons[Channel.EMAIL])
    shop.requests.complete(withdraw)  # the withdrawal on the card carried it out
    dialog.last_name.setText("Zwartjes")
    asked = answer_boxes(True)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert len(asked) == 1 and asked[0].kind == "question" and f"verzoek {rect}" in asked[0].text
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


def test_lifting_a_restriction_shows_the_letter_built_off_the_gui_thread(qtbot, shop, customers, answer_boxes):
    from pypdf import PdfReader

    from etsoft_desk.ui.print_preview import PrintPreview

    cid = customers["Anna"]
    shop.rights.restrict(cid, RestrictionReason.LEGAL_CLAIM)
    dialog = card_dialog(qtbot, shop, cid)
    banner = dialog.rights_banner
    asked = answer_boxes(True)
    seen = {}

    def letter(preview):
        seen["title"] = preview.windowTitle()
        seen["text"] = " ".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(preview._pdf)).pages)
        seen["button_while_shown"] = banner.lift_button.isEnabled()

    state = when_modal(qtbot, letter, kind=PrintPreview, timeout=10000)
    click(qtbot, banner.lift_button)
    assert not banner.lift_button.isEnabled()  # the letter is laid out in the worker meanwhile
    qtbot.waitUntil(lambda: state["done"], timeout=10000)
    assert [box.kind for box in asked] == ["question"] and "art. 18 lid 3" in asked[0].text
    assert state["error"] is None and seen["title"] == "Brief: beperking opgeheven", seen
    assert "Anna" in seen["text"]
    assert not banner.restriction.isVisible() and banner.restrict_button.isVisible()
