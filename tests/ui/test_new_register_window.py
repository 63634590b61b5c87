"""Making a register from the welcome window: the same operation as `etsoft-desk init` (services/operations.py),
its key in the keyring, the recovery sheet written where the owner chose, the key shown, the initials asked."""

from pypdf import PdfReader
from PySide6.QtWidgets import QInputDialog

from etsoft_desk import app
from etsoft_desk.domain.recovery_key import format_recovery_key
from etsoft_desk.secrets import KeyringUnavailable, MemoryKeyStore


def make(tmp_path, monkeypatch, store_factory, *sheets):
    answers = iter(sheets)
    monkeypatch.setattr(app, "SystemKeyStore", store_factory)
    monkeypatch.setattr("etsoft_desk.ui.unlock.ask_recovery_sheet_path", lambda parent: next(answers))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("jv", True))
    return app.create_register_interactively(tmp_path / "data" / "register.db")


def test_a_register_made_in_the_window_keeps_its_key_and_writes_its_sheet(tmp_path, monkeypatch, answer_boxes):
    store, sheet = MemoryKeyStore(), tmp_path / "stick" / "herstel.pdf"
    sheet.parent.mkdir()
    boxes = answer_boxes(True)
    with make(tmp_path, monkeypatch, lambda: store, str(sheet)) as register:
        assert store.load(register.register_id) == register.key
        assert register.settings.staff_initials == "JV"
        key = format_recovery_key(register.key)
    assert [b.name for b in boxes] == ["recoveryKeyBox"] and boxes[0].details == key
    assert str(sheet) in boxes[0].text
    text = " ".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert key.split("-")[0] in text


def test_without_a_keyring_a_sheet_place_that_cannot_take_it_is_asked_again(tmp_path, monkeypatch, answer_boxes):
    def no_keyring():
        raise KeyringUnavailable("no secret service")

    boxes = answer_boxes(True)
    with make(tmp_path, monkeypatch, no_keyring, str(tmp_path / "geen-map" / "herstel.pdf"), None) as register:
        key = format_recovery_key(register.key)
    assert [b.kind for b in boxes] == ["error", "info"], boxes  # the place refused, then (no sheet) the key
    assert "geen-map" in boxes[0].text and "kies een andere map" in boxes[0].text.lower()
    assert boxes[1].details == key and "Schrijf deze herstelsleutel op" in boxes[1].text, boxes[1].text
    assert "geen sleutelbos" in boxes[1].text  # where the key is: nowhere on this computer
