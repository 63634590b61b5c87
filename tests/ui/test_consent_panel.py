import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from etsoft_desk.domain.consent import Channel, ConsentState
from etsoft_desk.store.models import ConsentRecord
from etsoft_desk.ui.consent_panel import ConsentPanel
from tests.ui.conftest import when_modal


@pytest.fixture
def panel(qtbot, register, customers):
    register.settings.staff_initials = "JV"
    register.statements.load("ETSoft Privacyverklaring", dt.date(2018, 4, 10))
    widget = ConsentPanel(customers["Anna"], register.consent, register.statements, register.settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_one_click_grants_and_one_click_withdraws(qtbot, panel, register, customers):
    assert panel.state_labels[Channel.EMAIL].text() == "niet gevraagd"
    assert not panel.withdraw_buttons[Channel.EMAIL].isEnabled()
    assert panel.findChild(type(panel.state_labels[Channel.EMAIL]), "statementVersion").text() == \
        "Privacyverklaring: versie 1 van 10-04-2018"
    click(qtbot, panel.grant_buttons[Channel.EMAIL])
    assert panel.state_labels[Channel.EMAIL].text() == "gegeven, 25-11-2026"
    assert panel.withdraw_buttons[Channel.EMAIL].isEnabled() and not panel.grant_buttons[Channel.EMAIL].isEnabled()
    panel.method.setCurrentIndex(panel.method.findText("per brief"))
    click(qtbot, panel.withdraw_buttons[Channel.EMAIL])
    assert panel.state_labels[Channel.EMAIL].text() == "ingetrokken, 25-11-2026"
    assert panel.history.rowCount() == 2
    assert [panel.history.item(0, c).text() for c in range(1, 7)] == ["E-mail", "ingetrokken", "per brief", "", "v1",
                                                                      "JV"]
    assert [panel.history.item(1, c).text() for c in range(1, 5)] == ["E-mail", "gegeven", "aan de balie",
                                                                      "eigen toestemming"]
    rows = list(ConsentRecord.select().order_by(ConsentRecord.id))
    assert [(r.channel, r.state, r.method) for r in rows] == [("email", "granted", "counter"),
                                                              ("email", "withdrawn", "letter")]


def test_soft_opt_in_for_someone_who_never_bought_is_refused_with_a_dutch_message(qtbot, panel):
    seen = {}
    panel.basis_boxes[Channel.SMS].setCurrentIndex(1)

    def read(box):
        seen["text"] = box.text()
        box.accept()

    state = when_modal(qtbot, read)
    click(qtbot, panel.grant_buttons[Channel.SMS])
    assert state["done"]
    assert seen["text"].startswith("De soft opt-in geldt alleen voor bestaande klanten")
    assert panel.state_labels[Channel.SMS].text() == "niet gevraagd"
    assert ConsentRecord.select().count() == 0


def test_recorder_initials_are_required_and_remembered(qtbot, panel, register):
    panel.recorder.clear()
    state = when_modal(qtbot, lambda box: box.accept())
    click(qtbot, panel.refuse_buttons[Channel.PHONE])
    assert state["done"] and ConsentRecord.select().count() == 0
    qtbot.keyClicks(panel.recorder, "mk")
    click(qtbot, panel.refuse_buttons[Channel.PHONE])
    assert register.consent.states(panel._id)[Channel.PHONE].state == ConsentState.REFUSED
    assert register.settings.staff_initials == "MK"


def test_the_card_of_a_customer_has_the_consent_tab(qtbot, window, customers):
    seen = {}

    def look(dialog):
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        dialog.reject()

    state = when_modal(qtbot, look)
    window.open_customer(customers["Bert"])
    assert state["done"] and "Toestemming" in seen["tabs"]


def test_receipt_button_writes_where_the_owner_chose(qtbot, register, customers, tmp_path):
    register.settings.staff_initials = "JV"
    panel = ConsentPanel(customers["Anna"], register.consent, register.statements, register.settings,
                         register.receipts)
    qtbot.addWidget(panel)
    target = tmp_path / "anna.pdf"
    panel.save_receipt(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    assert panel.receipt_note.text().startswith("Bewijs TB-") and str(target) in panel.receipt_note.text()


def test_receipt_button_opens_the_print_preview_and_saving_it_is_logged(qtbot, register, customers, tmp_path):
    from pypdf import PdfReader

    from etsoft_desk.store import audit as audit_store
    from etsoft_desk.ui.print_preview import PrintPreview

    register.settings.staff_initials = "JV"
    panel = ConsentPanel(customers["Anna"], register.consent, register.statements, register.settings,
                         register.receipts, register=register)
    qtbot.addWidget(panel)
    seen = {}
    target = tmp_path / "bon.pdf"

    def look(preview):
        seen["title"] = preview.windowTitle()
        seen["text"] = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview._pdf)).pages)
        preview.save_document(str(target))
        preview.accept()

    state = when_modal(qtbot, look, kind=PrintPreview)
    panel.findChild(QPushButton, "consentReceipt").click()
    qtbot.waitUntil(lambda: state["done"], timeout=10000)  # laid out off the GUI thread
    assert state["done"] and not state["error"], state
    assert "Bevestiging van uw keuzes" in seen["text"] and seen["title"].startswith("Bewijs TB-")
    assert target.read_bytes().startswith(b"%PDF")
    assert panel.receipt_note.text().startswith("Bewijs TB-")
    assert [e.detail for e in audit_store.entries()][-1].startswith("consent receipt TB-")
