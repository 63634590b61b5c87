"""The recipients register in the window (issue 11 items 8-9): email, address, and for a recipient outside the
EEA the transfer ground and where its safeguards can be read; a refused click says why, in Dutch."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from etsoft_desk.domain.sharing import RecipientRole, TransferGround
from etsoft_desk.store.models import Recipient
from etsoft_desk.ui.sharing_panel import RecipientsDialog

SCC = "https://cloudprint.example/scc-2021"


@pytest.fixture
def dialog(qtbot, register):
    register.settings.staff_initials = "JV"
    register.sharing.add_recipient("Boekhouding Zeeland BV", RecipientRole.PROCESSOR, processor_agreement=True)
    d = RecipientsDialog(register.sharing)
    qtbot.addWidget(d)
    d.show()
    return d


def test_a_recipient_outside_the_eea_is_added_with_its_ground_and_safeguards(qtbot, dialog, register):
    assert dialog.table.horizontalHeaderItem(5).text() == "Doorgifte buiten de EER"
    assert [dialog.transfer_ground.itemText(i) for i in range(dialog.transfer_ground.count())] == [
        "geen (niet nodig binnen de EER)", "adequaatheidsbesluit van de Europese Commissie (AVG art. 45)",
        "modelcontractbepalingen van de Europese Commissie (AVG art. 46 lid 2 sub c)",
        "bindende bedrijfsvoorschriften (AVG art. 47)",
        "uitdrukkelijke toestemming van de klant voor de doorgifte (AVG art. 49 lid 1 sub a)",
        "nodig voor de uitvoering van de overeenkomst met de klant (AVG art. 49 lid 1 sub b)"]
    qtbot.keyClicks(dialog.name, "Cloudprint Inc")
    dialog.role.setCurrentIndex(dialog.role.findData("service_provider"))
    dialog.country.setText("US")
    qtbot.keyClicks(dialog.email, "privacy@cloudprint.example")
    qtbot.keyClicks(dialog.address, "1 Main St, Austin TX")
    dialog.transfer_ground.setCurrentIndex(dialog.transfer_ground.findData("standard_clauses"))
    add = dialog.findChild(QPushButton, "addRecipient")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    # Refused: the clauses must say where they can be read. Nothing was added; the form keeps what was typed.
    assert dialog.error.isVisible()
    assert dialog.error.text() == ("Vul in waar de waarborgen te lezen zijn (een webadres, of waar het getekende "
                                   "exemplaar ligt).")
    assert Recipient.select().count() == 1 and dialog.name.text() == "Cloudprint Inc"
    qtbot.keyClicks(dialog.safeguards, SCC)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible()
    [cloud] = [r for r in register.sharing.recipients() if r.name == "Cloudprint Inc"]
    assert (cloud.country, cloud.email, cloud.address, cloud.transfer_ground, cloud.safeguards) == (
        "US", "privacy@cloudprint.example", "1 Main St, Austin TX", TransferGround.STANDARD_CLAUSES, SCC)
    assert dialog.table.item(1, 5).text() == ("modelcontractbepalingen van de Europese Commissie "
                                              "(AVG art. 46 lid 2 sub c)")
    assert dialog.table.item(0, 5).text() == ""  # inside the EEA: nothing to say
    assert dialog.name.text() == "" and dialog.transfer_ground.currentIndex() == 0


def test_the_selected_recipient_is_shown_and_its_details_saved(qtbot, dialog, register):
    register.sharing.add_recipient("Cloudprint Inc", RecipientRole.SERVICE_PROVIDER, country="US")
    dialog.refresh()
    assert dialog.table.item(1, 5).text() == "NIET VASTGELEGD: er mag niets naartoe"
    dialog.table.selectRow(1)
    assert (dialog.country.text(), dialog.transfer_ground.currentIndex(), dialog.safeguards.text()) == ("US", 0, "")
    dialog.transfer_ground.setCurrentIndex(dialog.transfer_ground.findData("adequacy"))
    qtbot.keyClicks(dialog.email, "geen-adres")
    dialog.save_selected()
    assert dialog.error.text() == "“geen-adres” is geen geldig e-mailadres."
    assert Recipient.get(Recipient.name == "Cloudprint Inc").transfer_ground is None  # refused: nothing changed
    dialog.email.setText("privacy@cloudprint.example")
    dialog.save_selected()
    assert dialog.table.item(1, 5).text() == "adequaatheidsbesluit van de Europese Commissie (AVG art. 45)"
    row = Recipient.get(Recipient.name == "Cloudprint Inc")
    assert (row.transfer_ground, row.email) == ("adequacy", "privacy@cloudprint.example")
    dialog.table.selectRow(0)  # another recipient's details replace the form
    assert (dialog.country.text(), dialog.email.text(), dialog.transfer_ground.currentIndex()) == ("NL", "", 0)
