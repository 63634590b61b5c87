"""The file dialogs start in the owner's Documents, then in the folder last used (while it exists), never in
the working directory; every dialog of the window goes through the one helper."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from etsoft_desk.ui import file_dialogs
from tests.ui.conftest import when_modal

UI = Path(file_dialogs.__file__).parent


@pytest.fixture
def documents(tmp_path, monkeypatch):
    QSettings().remove(file_dialogs.LAST_FOLDER)  # QSettings keeps one file for the whole test session
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    folder.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "werkmap"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the folder the program happened to start in
    yield folder
    QSettings().remove(file_dialogs.LAST_FOLDER)


def answer(qtbot, path=None):
    """On the next file dialog: note the folder it shows, then choose ``path`` (or cancel)."""
    seen = {}

    def handle(dialog):
        seen["folder"] = dialog.directory().absolutePath()
        if path is None:
            dialog.reject()
        else:
            dialog.selectFile(str(path))
            dialog.accept()
    state = when_modal(qtbot, handle, kind=QFileDialog)
    return seen, state


def test_the_first_dialog_opens_in_documents_and_the_next_where_the_owner_last_was(qtbot, documents, tmp_path):
    seen, state = answer(qtbot)
    assert file_dialogs.open_file(None, "Importeren", "CSV (*.csv)") == ""  # cancelled: nothing remembered
    assert state["done"] and seen["folder"] == str(documents)
    stick = tmp_path / "stick"
    stick.mkdir()
    seen, _ = answer(qtbot, stick / "klanten.pdf")
    assert file_dialogs.save_file(None, "Opslaan", "klanten.pdf", "PDF (*.pdf)") == str(stick / "klanten.pdf")
    assert seen["folder"] == str(documents)
    seen, _ = answer(qtbot)
    file_dialogs.open_file(None, "Terugzetten", "Back-ups (*.db)")
    assert seen["folder"] == str(stick)  # the folder last used
    stick.rmdir()  # the stick is taken out: Documents again, not a folder that is not there
    assert file_dialogs.start_folder() == str(documents)


def test_a_folder_already_chosen_in_the_settings_is_shown_first(qtbot, documents, tmp_path):
    chosen = tmp_path / "back-ups"
    chosen.mkdir()
    seen, _ = answer(qtbot)
    assert file_dialogs.choose_folder(None, "Map", str(chosen)) == ""
    assert seen["folder"] == str(chosen)
    assert file_dialogs.start_folder() == str(documents)


def test_without_documents_the_home_folder(documents, monkeypatch):
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: "")
    assert file_dialogs.start_folder() == str(Path.home())


def test_the_import_of_the_main_window_asks_through_the_helper(qtbot, window, documents):
    seen, state = answer(qtbot)
    window.import_customers()
    assert state["done"] and seen["folder"] == str(documents)


def test_every_file_dialog_of_the_window_goes_through_the_helper():
    offenders = [f"{p.name}: {line.strip()}" for p in [*UI.glob("*.py"), UI.parent / "app.py"]
                 if p.name != "file_dialogs.py"
                 for line in p.read_text(encoding="utf-8").splitlines() if re.search(r"QFileDialog\b", line)]
    assert offenders == []
