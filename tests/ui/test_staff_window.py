"""Who may do what, in the window: the owner's PIN before the dangerous acts (the lock's check and its one count
of wrong tries), and the person at the counter chosen from the staff list, named in what they record.

The PIN is typed into the real dialog: the test puts a dialog in ``owner_pin.dialog_factory`` that types its
answer and presses OK, as the owner would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.recovery_key import format_recovery_key
from etsoft_desk.ui import owner_pin
from etsoft_desk.ui.consent_panel import ConsentPanel
from etsoft_desk.ui.erasure_dialog import ErasureDialog
from etsoft_desk.ui.main_window import MainWindow
from etsoft_desk.ui.print_preview import PrintPreview
from etsoft_desk.ui.settings_dialog import SettingsDialog
from etsoft_desk.ui.todo_dialog import TodoDialog
from tests.ui.conftest import when_modal

PIN = "2468"


@pytest.fixture
def typed(monkeypatch):
    """``typed.answers``: what the owner types, one answer per dialog; ``typed.seen``: what the dialog said."""

    class Typing(owner_pin.OwnerPinDialog):
        answers: list[str] = []
        seen: list[str] = []

        def exec(self):
            Typing.seen.append(self.message.text())
            self.entry.setText(Typing.answers.pop(0))
            self.submit()
            Typing.seen.append(self.message.text())
            if not self.granted:
                self.reject()  # the owner gives up after one try
            return int(self.granted)

    monkeypatch.setattr(owner_pin, "dialog_factory", Typing)
    return Typing


@pytest.fixture
def owned(register):
    register.staff.add("JV", "Jan Vos", owner=True, pin=PIN)
    register.staff.add("MK", "Mies Kok")
    register.settings.staff_initials = "JV"
    return register


def test_erasure_asks_the_owners_pin_and_a_wrong_pin_erases_nothing(qtbot, window, owned, customers, typed):
    typed.answers = ["1111"]
    reached = []  # an erasure's confirmation that came up anyway is cancelled (and fails the test), never left open
    state = when_modal(qtbot, lambda dialog: (reached.append(dialog), dialog.reject()), kind=ErasureDialog,
                       timeout=500)
    assert window.erase_customer(customers["Anna"]) is False
    assert not reached
    state["cancelled"] = True
    assert typed.seen == ["Typ de pincode van de eigenaar.",
                          "Verkeerde pincode. Nog 4 pogingen.\nTyp de pincode van de eigenaar."]
    assert owned.customers.count() == 3 and owned.customers.open(customers["Anna"]).card.first_name == "Anna"

    typed.answers = [PIN]
    shown = []

    def confirm(dialog):
        assert isinstance(dialog, ErasureDialog)
        when_modal(qtbot, lambda preview: (shown.append(preview.windowTitle()), preview.reject()), kind=PrintPreview,
                   timeout=10000)
        qtbot.waitUntil(dialog.erase_button.isEnabled)  # the plan (read in a worker) is shown
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)

    when_modal(qtbot, confirm, kind=ErasureDialog)
    assert window.erase_customer(customers["Anna"]) is True
    assert shown == ["Verklaring van vernietiging"]
    assert owned.customers.count() == 2


def test_five_wrong_pins_then_only_the_recovery_key_in_the_dialog_and_at_the_lock(qtbot, window, owned, customers,
                                                                                  typed, new_register):
    typed.answers = ["0000"] * 5 + [PIN]
    for _ in range(6):
        assert not window.erase_customer(customers["Anna"])
    assert typed.seen[9].startswith("Vijf keer een verkeerde pincode")
    assert typed.seen[10].startswith("Typ de herstelsleutel")  # the right PIN, too late: refused
    assert owned.customers.count() == 3
    window.counter_lock.lock()  # the same count: the counter lock, too, now wants the recovery key
    assert window.counter_lock.main_cover.message.text().startswith("Typ de herstelsleutel")
    window.counter_lock.unlock()
    typed.answers = [format_recovery_key(new_register.key)]
    reached = []
    when_modal(qtbot, lambda dialog: (reached.append(dialog), dialog.reject()), kind=ErasureDialog)
    window.erase_customer(customers["Anna"])
    assert reached  # the recovery key allowed it: the erasure's own confirmation came up (and was cancelled)
    assert owned.pin.failures == 0 and not owned.pin.only_recovery_key


def test_without_an_owners_pin_the_window_says_once_where_to_set_one(qtbot, window, register, customers, typed):
    when_modal(qtbot, lambda dialog: dialog.reject(), kind=ErasureDialog)
    window.erase_customer(customers["Anna"])
    assert typed.seen == []  # nothing asked
    assert "Nog geen pincode van de eigenaar" in window.statusBar().currentMessage()
    assert "Instellingen → Vergrendeling aan de balie" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    when_modal(qtbot, lambda dialog: dialog.reject(), kind=ErasureDialog)
    window.erase_customer(customers["Anna"])
    assert window.statusBar().currentMessage() == ""


def test_the_staff_chooser_sets_who_records_a_consent(qtbot, owned, customers):
    window = MainWindow(owned)
    qtbot.addWidget(window)
    window.show()
    combo = window.staff_chooser.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["JV – Jan Vos", "MK – Mies Kok"]
    assert combo.currentData() == "JV"  # the default person of the settings
    combo.setCurrentIndex(combo.findData("MK"))
    owned.statements.load("ETSoft Privacyverklaring", dt.date(2018, 4, 10))
    panel = ConsentPanel(customers["Anna"], owned.consent, owned.statements, owned.settings)
    qtbot.addWidget(panel)
    assert panel.recorder.text() == "MK" and panel.recorder.isReadOnly()
    qtbot.mouseClick(panel.grant_buttons[Channel.EMAIL], Qt.MouseButton.LeftButton)
    assert [r.recorded_by for r in owned.consent.history(customers["Anna"])] == ["MK"]
    assert panel.history.item(0, 6).text() == "MK"
    assert owned.settings.staff_initials == "JV"  # choosing at the counter is not a change of the settings


def test_a_change_of_the_settings_or_the_staff_list_needs_the_owners_pin(qtbot, owned, typed):
    dialog = SettingsDialog(owned.settings, owned.documents, pin=owned.pin, staff=owned.staff)
    qtbot.addWidget(dialog)
    dialog.edits["shop_name"].setText("Ander bedrijf")
    dialog.staff_initials.setText("pb")
    dialog.staff_name.setText("Piet Bakker")
    dialog.add_person()
    typed.answers = ["9999"]
    dialog.save()
    assert owned.settings.shop()["shop_name"] == "ETSoft"
    assert [p.initials for p in owned.staff.list()] == ["JV", "MK"]
    typed.answers = [PIN]
    dialog.save()
    assert owned.settings.shop()["shop_name"] == "Ander bedrijf"
    assert [p.initials for p in owned.staff.list()] == ["JV", "MK", "PB"]


def test_a_list_of_customers_leaves_only_with_the_owners_pin(qtbot, owned, tmp_path, typed):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = TodoDialog(owned.todo, lambda cid: None, lambda: dt.date(2026, 11, 25),
                        allow=lambda parent: owner_pin.owner_allows(parent, owned.pin, "lijst"), register=owned)
    qtbot.addWidget(dialog)
    typed.answers = ["1357", "1357"]
    dialog.save_csv(str(tmp_path / "klanten.csv"))
    dialog.print_pdf(str(tmp_path / "klanten.pdf"))
    assert list(tmp_path.iterdir()) == []
    typed.answers = [PIN]
    with qtbot.waitSignal(dialog.saved, timeout=10000):  # written off the GUI thread
        dialog.save_csv(str(tmp_path / "klanten.csv"))
    assert (tmp_path / "klanten.csv").exists()


def test_choosing_someone_with_a_pin_asks_for_it(qtbot, owned, customers, monkeypatch):
    from etsoft_desk.ui import staff_combo

    owned.staff.add("PB", "Piet Bakker", pin="1357")
    answers = []
    monkeypatch.setattr(staff_combo, "ask_pin_factory", lambda parent, person: answers.pop(0))
    window = MainWindow(owned)
    qtbot.addWidget(window)
    chooser = window.staff_chooser
    chooser.combo.setCurrentIndex(chooser.combo.findData("MK"))  # no PIN: nothing asked
    assert owned.settings.at_counter == "MK"
    answers[:] = ["0000"]
    chooser.combo.setCurrentIndex(chooser.combo.findData("PB"))
    assert owned.settings.at_counter == "MK" and chooser.combo.currentData() == "MK"
    assert chooser.note.text() == "Verkeerde pincode: MK blijft aan de balie."
    answers[:] = ["1357"]
    chooser.combo.setCurrentIndex(chooser.combo.findData("PB"))
    assert owned.settings.at_counter == "PB" and chooser.note.text() == ""
    answers[:] = ["9999"]  # the owner's PIN, with the lock's count of wrong tries
    chooser.combo.setCurrentIndex(chooser.combo.findData("JV"))
    assert owned.settings.at_counter == "PB" and owned.pin.failures == 1
    record = owned.consent.record(customers["Anna"], Channel.SMS, ConsentState.REFUSED, ConsentMethod.COUNTER)
    assert record.recorded_by == "PB"


def test_a_new_key_a_restore_and_an_export_need_the_owners_pin(qtbot, window, owned, customers, typed, tmp_path):
    from etsoft_desk.ui.requests_panel import RequestsPanel

    key = owned.key
    shown = []
    state = when_modal(qtbot, lambda dialog: (shown.append(dialog), dialog.reject()), timeout=500)
    typed.answers = ["1111", "1111", "1111"]
    window.new_key()
    window.restore_backup(str(tmp_path / "does-not-matter.db"))
    panel = RequestsPanel(owned, customers["Anna"])
    qtbot.addWidget(panel)
    panel.export()
    state["cancelled"] = True
    assert shown == []  # no recovery sheet, no restore question, no save dialog: each stopped at the PIN
    assert len(typed.seen) == 6 and owned.pin.failures == 3
    assert owned.key == key and owned.customers.count() == 3


def test_a_new_register_asks_the_initials_once_and_a_bad_answer_is_told(qtbot, register, answer_boxes):
    from PySide6.QtWidgets import QInputDialog

    from etsoft_desk.ui.unlock import ask_initials
    from tests.ui.conftest import when_modal

    answers = iter(["J1", "jv"])
    asked = answer_boxes(True)

    def answer(dialog):
        assert isinstance(dialog, QInputDialog) and "initialen" in dialog.labelText()
        dialog.setTextValue(next(answers))
        dialog.accept()
        when_modal(qtbot, answer)

    when_modal(qtbot, answer)
    with register.transaction():
        ask_initials(None, register.settings)
    told = [box.text for box in asked if box.kind == "error"]
    assert len(asked) == 1 and told == ["“J1” zijn geen initialen: gebruik 1 tot 8 letters, bijvoorbeeld JV."]
    assert register.settings.staff_initials == "JV"
