import argparse
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from etsoft_desk.app import run_gui
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.secrets import MemoryKeyStore
from etsoft_desk.services.unlock import unlock
from etsoft_desk.store.models import ServiceJob
from etsoft_desk.ui.crash import CrashDialog, crash_report
from etsoft_desk.ui.customer_dialog import CustomerDialog
from etsoft_desk.ui.unlock import ask_with_dialog
from tests.ui.conftest import when_modal


def test_wrong_typed_key_is_told_in_the_dialog_not_a_crash(qtbot, new_register, register_path):
    new_register.register.close()
    seen = []

    def type_wrong(dialog):
        seen.append(dialog.reason.text())
        qtbot.keyClicks(dialog.key, "00" * 32)
        dialog.accept()

    def look_and_give_up(dialog):
        seen.append(dialog.reason.text())
        dialog.reject()

    first = when_modal(qtbot, type_wrong)
    with pytest.raises(UserError) as err:
        def ask(reason, _inner=ask_with_dialog()):  # noqa: B008 (one real dialog, made once)
            if len(seen) == 1:
                when_modal(qtbot, look_and_give_up)
            return _inner(reason)
        unlock(register_path, keystore=MemoryKeyStore, ask=ask, env={})
    assert first["done"]
    assert seen == ["De sleutelbos bevat de sleutel van dit register niet; voer de herstelsleutel van het "
                    "afgedrukte blad in.", "Deze sleutel opent dit register niet."]
    assert err.value.template == Msg.KEY_NEEDED


def test_window_start_with_a_wrong_key_shows_a_message_and_exits_1(qtbot, new_register, register_path, monkeypatch):
    new_register.register.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs the crash dialog
    monkeypatch.setenv("ETSOFT_DESK_KEY", "00" * 32)
    seen = {}

    def read(box):
        seen["text"] = box.text()
        seen["is_box"] = isinstance(box, QMessageBox)
        box.accept()

    state = when_modal(qtbot, read)
    args = argparse.Namespace(data_dir=str(register_path.parent), demo=False, screenshot=None)
    assert run_gui(args) == 1
    assert state["done"] and seen == {"text": "Deze sleutel opent dit register niet.", "is_box": True}


def test_crash_details_carry_no_personal_values(qtbot):
    try:
        raise ValueError("could not save 'Zebulonia Quaxelbrink' zebulonia.quax@example.org 0648765432")
    except ValueError:
        details = crash_report(*sys.exc_info())
    dialog = CrashDialog(details)
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    assert "ValueError" in text and "test_crash_details_carry_no_personal_values" in text
    for value in ("Zebulonia", "Quaxelbrink", "zebulonia.quax@example.org", "0648765432"):
        assert value not in text
    assert dialog.windowTitle() == "ETSoft Desk: er ging iets mis"


def test_a_service_job_added_through_the_card_is_kept(qtbot, register, customers):
    dialog = CustomerDialog(register.customers, customers["Anna"])
    qtbot.addWidget(dialog)

    def fill(job_dialog):
        assert job_dialog.windowTitle() == "Nieuwe servicebeurt"
        job_dialog.kind.setCurrentIndex(1)
        qtbot.keyClicks(job_dialog.device, "HP ProBook 450")
        qtbot.keyClicks(job_dialog.serial, "5CD1234XYZ")
        job_dialog._accept()

    state = when_modal(qtbot, fill)
    dialog._add_job()
    assert state == {"done": True, "error": None, "left_open": False}
    job = ServiceJob.get(ServiceJob.customer == customers["Anna"])
    assert (job.kind, job.device, job.serial_number, job.status) == ("repair", "HP ProBook 450", "5CD1234XYZ", "open")
    assert dialog.jobs.item(0, 1).text() == "Reparatie" and dialog.jobs.item(0, 3).text() == "5CD1234XYZ"
    status = dialog.jobs.cellWidget(0, 5)
    status.setCurrentIndex(status.findText("Klaar"))
    assert ServiceJob.get_by_id(job.id).status == "done"


def test_card_of_an_imported_customer_asks_to_confirm_age(qtbot, register):
    from etsoft_desk.domain.customer import CustomerCard
    from etsoft_desk.store import customers as store

    cid = store.insert_customer(CustomerCard(first_name="Ima", last_name="Port"), register.clock())
    dialog = CustomerDialog(register.customers, cid)
    qtbot.addWidget(dialog)
    assert dialog.age_note.text() == "nog niet bevestigd: vraag het de klant"
    dialog.save()
    assert dialog.findChild(type(dialog.age_note), "error_age").text().startswith("Bevestig dat de klant 18")
    dialog.age_confirmed.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_closing_the_unlock_dialog_quits_quietly(qtbot, new_register, register_path, monkeypatch):
    new_register.register.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    dialogs = []

    def close_whatever_shows(dialog):
        dialogs.append(dialog.objectName())
        dialog.reject()
        if len(dialogs) == 1:
            when_modal(qtbot, close_whatever_shows, timeout=2000)

    when_modal(qtbot, close_whatever_shows)
    args = argparse.Namespace(data_dir=str(register_path.parent), demo=False, screenshot=None)
    assert run_gui(args) == 1
    assert dialogs == ["unlockDialog"]  # no message box after it


def test_the_card_refuses_a_card_number_in_the_addition_and_a_bsn_in_the_email(qtbot, register, customers):
    from etsoft_desk.store.models import Customer

    dialog = CustomerDialog(register.customers, customers["Anna"])
    qtbot.addWidget(dialog)
    dialog.addition.setText("4111\u00a01111\u00a01111\u00a01111")
    dialog.emails.setText("111_222_333@example.com")
    dialog.save()
    under_number = dialog.findChild(type(dialog.age_note), "error_house_number")
    under_email = dialog.findChild(type(dialog.age_note), "error_email")
    assert under_number.isVisibleTo(dialog) and under_email.isVisibleTo(dialog)  # each under its own field
    assert under_number.text().startswith("Deze tekst bevat iets wat op een betaalkaartnummer")
    assert under_email.text().startswith("Deze tekst bevat iets wat op een burgerservicenummer")
    assert "4111" not in under_number.text() and "111_222" not in under_email.text()
    anna = Customer.get_by_id(customers["Anna"])
    assert anna.house_number_addition != "4111 1111 1111 1111"


def test_a_closed_dialog_is_not_kept_as_a_hidden_window(qtbot, window):
    """Issue 14: closed cards and previews piled up as hidden windows and every later dialog opened slower."""
    from PySide6.QtWidgets import QApplication

    from etsoft_desk.ui.outbox_dialog import OutboxDialog

    def outboxes() -> int:
        return sum(isinstance(w, OutboxDialog) for w in QApplication.topLevelWidgets())
    for _ in range(3):
        seen = when_modal(qtbot, lambda dialog: dialog.reject(), kind=OutboxDialog)
        window.show_outbox()
        assert seen["done"]
    qtbot.waitUntil(lambda: outboxes() == 0)


def test_a_dialog_closed_while_its_work_runs_still_gets_the_result(qtbot):
    """A report asked for on the card, the card closed before it is built: its preview still shows over it."""
    import time

    from PySide6.QtCore import QTimer
    from shiboken6 import isValid

    from etsoft_desk.ui import tasks
    from etsoft_desk.ui.dialogs import Dialog

    dialog = Dialog()
    dialog.setWindowTitle("Kaart")
    seen = []

    def start() -> None:
        tasks.run(dialog, lambda _progress: time.sleep(0.3) or "klaar",
                  lambda result: seen.append((result, dialog.windowTitle())))
        dialog.reject()
    QTimer.singleShot(0, start)
    dialog.exec()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("klaar", "Kaart")]
    qtbot.waitUntil(lambda: not isValid(dialog))  # deleted once it was told
