import pytest
from PySide6.QtCore import Qt

from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.store.models import Disclosure, SharingApproval
from etsoft_desk.ui.sharing_panel import RecipientsDialog, SharingPanel
from tests.ui.conftest import when_modal


@pytest.fixture
def setup(qtbot, register, customers):
    register.settings.staff_initials = "JV"
    accountant = register.sharing.add_recipient("Boekhouding Zeeland BV", RecipientRole.PROCESSOR,
                                                processor_agreement=True)
    partner = register.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER)
    panel = SharingPanel(customers["Anna"], register.sharing)
    qtbot.addWidget(panel)
    panel.show()
    return register, panel, accountant, partner


def test_approval_then_disclosure_then_stop_sharing_refuses_with_a_dutch_message(qtbot, setup):
    register, panel, accountant, partner = setup
    assert panel.objection.text() == "Alleen gedeeld met goedkeuring van de klant."

    def approve(dialog):
        assert dialog.windowTitle() == "Goedkeuring om te delen"
        assert dialog.recipient.count() == 1  # partners and service providers only
        qtbot.keyClicks(dialog.data, "naam en adres")
        qtbot.keyClicks(dialog.purpose, "offerte glasvezel")
        dialog._accept()

    state = when_modal(qtbot, approve)
    panel.add_approval()
    assert state == {"done": True, "error": None, "left_open": False}
    assert panel.approvals.item(0, 0).text() == "Glasvezel Hulst"

    qtbot.mouseClick(panel.objection_button, Qt.MouseButton.LeftButton)
    assert panel.objection.text() == "De klant wil dat wij stoppen met delen (sinds 25-11-2026)."
    assert panel.objection_button.text() == "Bezwaar opheffen"

    seen = {}

    def disclose(dialog):
        dialog.recipient.setCurrentIndex(dialog.recipient.findData(partner))
        qtbot.keyClicks(dialog.what, "naam en adres")
        dialog._accept()
        seen["error"] = dialog.error.text()

    state = when_modal(qtbot, disclose)
    panel.add_disclosure()
    assert state["left_open"]  # refused: the dialog stayed open with the reason
    assert seen["error"] == ("De klant heeft ons op 25-11-2026 gevraagd te stoppen met delen: er mag niets naar "
                             "Glasvezel Hulst.")
    assert Disclosure.select().count() == 0

    def disclose_invoice(dialog):
        dialog.recipient.setCurrentIndex(dialog.recipient.findData(accountant))
        qtbot.keyClicks(dialog.what, "factuur 2026-017")
        dialog._accept()

    when_modal(qtbot, disclose_invoice)
    panel.add_disclosure()
    assert panel.disclosures.rowCount() == 1
    assert panel.disclosures.item(0, 3).text() == "verwerker in onze opdracht (verwerkersovereenkomst)"


def test_withdrawing_an_approval_from_the_tab(qtbot, setup):
    register, panel, accountant, partner = setup
    register.sharing.approve(panel._id, partner, data="naam", purpose="offerte", method="counter")
    panel.refresh()
    panel.approvals.selectRow(0)
    panel.withdraw_selected()
    assert panel.approvals.item(0, 5).text() == "25-11-2026"
    assert SharingApproval.get().withdrawn_on is not None


def test_recipients_register_adds_and_toggles(qtbot, setup):
    register, panel, accountant, partner = setup
    dialog = RecipientsDialog(register.sharing)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    qtbot.keyClicks(dialog.name, "PC-Onderdelen Gent")
    dialog.role.setCurrentIndex(dialog.role.findData("service_provider"))
    dialog.country.setText("BE")
    dialog.add()
    assert [dialog.table.item(r, 0).text() for r in range(3)] == ["Boekhouding Zeeland BV", "Glasvezel Hulst",
                                                                  "PC-Onderdelen Gent"]
    assert dialog.table.item(2, 1).text() == "dienstverlener" and dialog.table.item(2, 3).text() == "BE"
    dialog.table.selectRow(2)
    dialog._toggle("active")
    assert dialog.table.item(2, 4).text() == "nee"
