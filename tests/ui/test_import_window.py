import threading

from etsoft_desk.store.models import Customer
from tests.ui.conftest import column, when_modal

GOOD = "voornaam;achternaam;telefoon;plaats\nGijs;Goossens;0612000111;Hulst\nHanna;Hoek;0612000222;Axel\n"
BAD = GOOD + "Ivo;Inval;0612;Hulst\n"


def test_import_runs_off_the_gui_thread_and_fills_the_list(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "klanten.csv"
    path.write_text(GOOD, encoding="utf-8")
    threads = []
    original = window._register.import_csv

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(window._register, "import_csv", spy)
    with qtbot.waitSignal(window.importFinished, timeout=10000) as blocker:
        window.start_import(path)
    assert blocker.args[0].imported == 2
    assert threads and threads[0] is not threading.main_thread()
    assert Customer.select().count() == 5
    assert "Gijs Goossens" in column(window.model, 1)
    assert window.statusBar().currentMessage() == "2 klanten geïmporteerd."
    assert window.import_action.isEnabled()


def test_bad_rows_are_shown_in_dutch_and_nothing_is_imported_unless_the_owner_agrees(window, qtbot, tmp_path,
                                                                                     answer_boxes):
    path = tmp_path / "klanten.csv"
    path.write_text(BAD, encoding="utf-8")
    answers = [False, True]
    asked = answer_boxes(lambda box: answers.pop(0))
    with qtbot.waitSignal(window.importFinished, timeout=10000):
        window.start_import(path)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked[0].name == "importRejectedBox" and asked[0].kind == "warning"
    assert asked[0].text == "1 regels zijn ongeldig; er is niets geïmporteerd."
    assert asked[0].details == "regel 4: “0612” is geen geldig telefoonnummer."
    assert Customer.select().count() == 3

    with qtbot.waitSignal(window.importFinished, timeout=10000):
        window.start_import(path)  # this time the owner answers Yes: the good rows, the bad ones in a file
    # the worker writes the rejects file after its commit: wait for both, not for the count alone
    qtbot.waitUntil(lambda: Customer.select().count() == 5 and (tmp_path / "klanten.rejects.csv").exists(),
                    timeout=10000)


def test_the_list_of_bad_rows_masks_card_numbers_cuts_long_values_and_shows_no_erased_person(window, qtbot, tmp_path,
                                                                                            answer_boxes):
    from tests.helpers.cards import card

    register = window._register
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart", emails=["anna@example.com"]))
    register.erasure.erase(cid)
    path = tmp_path / "klanten.csv"
    path.write_text("voornaam;achternaam;e-mail;telefoon\n"
                    "Anna;Zwart;anna@example.com;0612\n"
                    "Carl;Cijfer;carl@example.com;4111\u00a01111\u00a01111\u00a01111\n"
                    "Huub;Groot;huub@example.com;" + "9" * 130_000 + "\n", encoding="utf-8")
    asked = answer_boxes(False)
    with qtbot.waitSignal(window.importFinished, timeout=10000):
        window.start_import(path)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    seen = {"details": asked[0].details}
    lines = seen["details"].splitlines()
    assert lines[:2] == ["regel 2: Deze persoon vroeg op 25-11-2026 om verwijdering: niet geïmporteerd.",
                         "regel 3: “XXXX XXXX XXXX XXXX” is geen geldig telefoonnummer."]
    assert lines[2].startswith("regel 4: “99999") and len(lines[2]) < 120
    assert "Anna" not in seen["details"] and "0612" not in seen["details"] and "4111" not in seen["details"]


def test_the_mapping_step_shows_the_columns_and_is_remembered_per_header_set(window, qtbot, tmp_path):
    import shutil
    from pathlib import Path

    from etsoft_desk.ui.import_mapping import ImportMappingDialog

    path = tmp_path / "outlook.csv"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "import" / "outlook_dutch.csv", path)
    seen = {}

    def map_company_to_notes(dialog):
        columns = [dialog.table.item(r, dialog.COLUMN).text() for r in range(dialog.table.rowCount())]
        row = columns.index("Bedrijf")
        seen["intro"] = dialog.findChild(type(dialog.warning), "layoutLabel").text()
        seen["warning"] = dialog.warning.text()
        seen["sample"] = dialog.table.item(row, dialog.SAMPLE).text()
        seen["email"] = dialog.combos[columns.index("E-mailadres")].currentText()
        combo = dialog.combos[row]
        combo.setCurrentIndex(combo.findData("notes"))
        seen["after"] = dialog.warning.text()
        dialog.duplicates.setCurrentIndex(dialog.duplicates.findData("skip"))
        dialog.accept()

    state = when_modal(qtbot, map_company_to_notes, kind=ImportMappingDialog)
    with qtbot.waitSignal(window.importFinished, timeout=10000) as blocker:
        window.choose_import(path)
    qtbot.waitUntil(lambda: state["done"], timeout=5000)
    assert blocker.args[0].imported == 2
    assert seen["intro"].startswith("Herkend: Outlook (Nederlandse kolomnamen).")
    assert seen["warning"] == "Niet geïmporteerd, hoewel er gegevens in staan: “Bedrijf”."
    assert seen["sample"] == "Bakkerij Bakker" and seen["email"] == "E-mailadres"
    assert seen["after"] == ""
    els = Customer.get(Customer.first_name == "Els")
    assert els.notes == "Bedrijf: Bakkerij Bakker"

    def remembered(dialog):
        columns = [dialog.table.item(r, dialog.COLUMN).text() for r in range(dialog.table.rowCount())]
        seen["again"] = dialog.combos[columns.index("Bedrijf")].currentData()
        dialog.duplicates.setCurrentIndex(dialog.duplicates.findData("skip"))
        dialog.accept()

    state = when_modal(qtbot, remembered, kind=ImportMappingDialog)
    with qtbot.waitSignal(window.importFinished, timeout=10000) as blocker:
        window.choose_import(path)
    qtbot.waitUntil(lambda: state["done"], timeout=5000)
    assert seen["again"] == "notes" and blocker.args[0].skipped == 2


def test_the_file_dialog_offers_every_format(window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    offered = {}

    def fake(parent, title, folder, filters):
        offered["filters"] = filters
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    window.import_customers()
    for pattern in ("*.csv", "*.txt", "*.xlsx", "*.vcf"):
        assert pattern in offered["filters"].split(";;")[0]
