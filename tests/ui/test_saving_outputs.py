"""The window's save points: a refused or failed save is a message box with the Dutch sentence, never the crash
dialog; the save dialog's own overwrite question counts as yes. (The path is given; the native dialog is not
driven.)"""

from __future__ import annotations

import datetime as dt

import pytest

from etsoft_desk.ui.consent_panel import ConsentPanel
from etsoft_desk.ui.print_preview import PrintPreview
from etsoft_desk.ui.todo_dialog import TodoDialog
from tests.ui.conftest import when_modal
from tests.unit.test_outputs import read_only


def test_save_as_pdf_into_a_read_only_folder_is_a_dutch_message(qtbot, register, tmp_path):
    pdf = register.documents.render_processing_record(by="JV")[1]
    preview = PrintPreview(pdf, "Verwerkingsregister", "verwerkingsregister.pdf")
    qtbot.addWidget(preview)
    folder = tmp_path / "stick"
    folder.mkdir()
    with read_only(folder):
        seen = {}
        box = when_modal(qtbot, lambda b: (seen.update(name=b.objectName(), text=b.text()), b.accept()))
        assert preview.save_document(str(folder / "register.pdf")) is False
        qtbot.waitUntil(lambda: box["done"], timeout=5000)
        assert box["error"] is None and seen["name"] == "userErrorBox"
        assert "alleen-lezen" in seen["text"] and "Er is niets geschreven" in seen["text"]
    assert list(folder.iterdir()) == []


def test_save_as_pdf_over_the_register_is_refused_and_over_a_chosen_file_replaces_it(qtbot, register, tmp_path,
                                                                                     register_path):
    pdf = register.documents.render_processing_record(by="JV")[1]
    preview = PrintPreview(pdf, "Verwerkingsregister", "verwerkingsregister.pdf")
    qtbot.addWidget(preview)
    before = register_path.read_bytes()
    seen = {}
    box = when_modal(qtbot, lambda b: (seen.update(text=b.text()), b.accept()))
    link = tmp_path / "kopie.pdf"
    link.symlink_to(register_path)  # a name that looks harmless, pointing at the register
    assert preview.save_document(str(link)) is False
    qtbot.waitUntil(lambda: box["done"], timeout=5000)
    assert "eigen bestanden van het register" in seen["text"]
    assert register_path.read_bytes() == before and register.customers.count() == 0
    chosen = tmp_path / "oud.pdf"
    chosen.write_bytes(b"old")
    assert preview.save_document(str(chosen)) is True  # the save dialog already asked about replacing it
    assert chosen.read_bytes() == pdf


def test_receipt_and_todo_list_into_a_missing_or_read_only_folder_are_messages(qtbot, register, customers, tmp_path):
    register.settings.staff_initials = "JV"
    panel = ConsentPanel(customers["Anna"], register.consent, register.statements, register.settings,
                         register.receipts)
    qtbot.addWidget(panel)
    seen = []
    box = when_modal(qtbot, lambda b: (seen.append((b.objectName(), b.text())), b.accept()))
    panel.save_receipt(str(tmp_path / "nergens" / "anna.pdf"))
    qtbot.waitUntil(lambda: box["done"], timeout=5000)
    assert seen[-1][0] == "userErrorBox" and "bestaat niet" in seen[-1][1]
    assert not (tmp_path / "nergens").exists()
    dialog = TodoDialog(register.todo, lambda cid: None, lambda: dt.date(2026, 11, 25), register=register)
    qtbot.addWidget(dialog)
    folder = tmp_path / "stick"
    folder.mkdir()
    with read_only(folder):
        for save in (dialog.save_csv, dialog.print_pdf):
            box = when_modal(qtbot, lambda b: (seen.append((b.objectName(), b.text())), b.accept()))
            save(str(folder / "klanten.csv"))
            qtbot.waitUntil(lambda box=box: box["done"], timeout=5000)
            assert seen[-1][0] == "userErrorBox" and "alleen-lezen" in seen[-1][1]
    assert list(folder.iterdir()) == []


def test_a_rekey_from_the_command_line_while_the_window_is_open_is_refused_and_the_window_goes_on(
        qtbot, window, register, register_path, tmp_path):
    import os
    import subprocess
    import sys

    from etsoft_desk.domain.messages import Msg
    from etsoft_desk.domain.recovery_key import format_recovery_key

    qtbot.waitUntil(lambda: window.starting_up == 0, timeout=15000)  # the window's own start-up reads are done
    env = dict(os.environ, ETSOFT_DESK_DATA=str(register_path.parent), ETSOFT_DESK_KEY=format_recovery_key(register.key))
    rekeyed = subprocess.run([sys.executable, "-m", "etsoft_desk", "rekey", "--recovery-sheet",
                              str(tmp_path / "nieuw.pdf")], env=env, capture_output=True, text=True, timeout=60)
    assert rekeyed.returncode == 1 and rekeyed.stderr.strip() == Msg.REGISTER_IN_USE
    assert not (tmp_path / "nieuw.pdf").exists()
    with qtbot.waitSignal(window.backupFinished, timeout=15000):
        window.start_backup(tmp_path)
    assert list(tmp_path.glob("etsoft-desk-backup-*.db"))  # the window's key still opens its register


@pytest.mark.expect_log_warning  # closing a register whose key changed elsewhere cannot anchor its audit head
def test_a_rekey_elsewhere_without_the_lock_is_one_sentence_at_the_next_backup(qtbot, window, register, tmp_path):
    """Where there is no lock (Windows has no flock), a key changed under the window is still one sentence."""
    import contextlib
    import os

    import sqlcipher3

    qtbot.waitUntil(lambda: window.starting_up == 0, timeout=15000)
    with contextlib.closing(sqlcipher3.connect(str(register.path))) as other:  # another program's, no lock
        other.execute(f"PRAGMA key = \"x'{register.key.hex()}'\"")
        other.execute(f"PRAGMA rekey = \"x'{os.urandom(32).hex()}'\"")
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seen = {}
    box = when_modal(qtbot, lambda b: (seen.update(name=b.objectName(), text=b.text()), b.accept()), timeout=15000)
    with qtbot.waitSignal(window.backupFinished, timeout=15000):
        window.start_backup(tmp_path)
    qtbot.waitUntil(lambda: box["done"], timeout=5000)
    assert seen["name"] == "userErrorBox" and "door een ander programma veranderd" in seen["text"]


def test_a_read_after_a_rekey_elsewhere_is_the_sentence_not_the_crash_dialog(qtbot, window):
    import sys

    from etsoft_desk.app import install_crash_handler

    previous = sys.excepthook
    install_crash_handler()
    seen = {}
    box = when_modal(qtbot, lambda b: (seen.update(name=b.objectName(), text=b.text()), b.accept()))
    try:
        try:
            raise RuntimeError("file is not a database")  # what peewee raises once the key changed under us
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    qtbot.waitUntil(lambda: box["done"], timeout=5000)
    assert seen["name"] == "userErrorBox" and "door een ander programma veranderd" in seen["text"]
