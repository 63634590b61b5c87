from PySide6.QtWidgets import QInputDialog

from etsoft_desk.domain.referral import ReferralStatus
from etsoft_desk.services.todo import TodoKind
from etsoft_desk.ui.main_window import MainWindow
from etsoft_desk.ui.referral_panel import ReferralPanel, ReferralsDialog
from tests.ui.conftest import when_modal


def answer(text):
    def handler(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        dialog.accept()
    return handler


def test_referral_from_request_to_take_down(qtbot, register, customers):
    register.settings.staff_initials = "JV"
    anna = customers["Anna"]
    panel = ReferralPanel(anna, register.referrals)
    qtbot.addWidget(panel)
    window = MainWindow(register)
    qtbot.addWidget(window)
    qtbot.keyClicks(panel.text, "Mijn printer doet het weer, top!")
    panel.shown_as.setCurrentIndex(panel.shown_as.findData("first_name_town"))
    panel.request()
    assert panel.list.rowCount() == 1 and panel.list.item(0, 2).text() == "wacht op goedkeuring"
    panel.list.selectRow(0)
    assert panel.preview.text() == "Op de website: “Mijn printer doet het weer, top!” — Anna uit Hulst"
    when_modal(qtbot, answer("afdruk getekend aan de balie"))
    panel.approve()
    panel.list.selectRow(0)
    when_modal(qtbot, answer("https://etsoft.nl/referenties"))
    panel.publish()
    assert panel.list.item(0, 2).text() == "op de website"
    assert panel.list.item(0, 4).text() == "https://etsoft.nl/referenties"
    panel.list.selectRow(0)
    panel.withdraw()
    window.todo_bar.refresh()
    qtbot.waitUntil(lambda: window.todo_bar.ready)  # counted off the GUI thread
    assert window.todo_bar.buttons[TodoKind.REFERRAL_TAKE_DOWN].text() == "Referenties van de website halen (1)"
    listing = ReferralsDialog(register.referrals.all(), {anna: "Anna Zwart"})
    qtbot.addWidget(listing)
    assert listing.table.item(0, 2).text() == "ingetrokken  (van de website halen!)"
    panel.list.selectRow(0)
    panel.taken_down()
    assert register.referrals.for_customer(anna)[0].status == ReferralStatus.TAKEN_DOWN
    window.todo_bar.refresh()
    qtbot.waitUntil(lambda: window.todo_bar.ready)  # counted off the GUI thread
    assert window.todo_bar.buttons[TodoKind.REFERRAL_TAKE_DOWN].text() == "Referenties van de website halen (0)"
