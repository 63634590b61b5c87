"""The window's import asks about the rows whose country nothing tells, and treats two rows of one file that
are the same person as the owner chose (issue 13)."""

from etsoft_desk.store.models import Customer
from tests.ui.conftest import when_modal

FILE = ("voornaam;achternaam;e-mail;postcode;plaats\n"
        "Mila;Smit;mila@example.nl;;\n"  # nothing tells the country
        "Jef;Peeters;jef@example.be;9130;Kieldrecht\n"  # a Belgian postcode
        "Sem;Bos;sem@example.nl;;\n"
        "Tess;Kok;tess@example.nl;;\n"
        "Mila;Smit;MILA@example.nl;;\n")  # Mila again: the same email


def country_of(first):
    return Customer.get(Customer.first_name == first).country


def test_the_mapping_step_lists_the_rows_without_a_country_and_uses_the_choice(window, qtbot, tmp_path):
    from etsoft_desk.ui.import_mapping import ImportMappingDialog

    path = tmp_path / "zonder_land.csv"
    path.write_text(FILE, encoding="utf-8")
    seen = {}

    def choose(dialog):
        table = dialog.findChild(type(dialog.table), "countryTable")
        seen["rows"] = [(table.item(r, 0).text(), table.item(r, 1).text(), dialog.country_combos[r].currentText())
                        for r in range(table.rowCount())]
        seen["label"] = dialog.findChild(type(dialog.warning), "countryLabel").text()
        dialog.country_combos[1].setCurrentIndex(dialog.country_combos[1].findData("BE"))  # Sem
        other = dialog.country_combos[2]  # Tess: another country, by its code
        other.setCurrentIndex(other.findData(""))
        seen["ok_without_code"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        seen["warning"] = dialog.warning.text()
        dialog.country_edits[2].setText("lu")
        seen["ok_with_code"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.duplicates.setCurrentIndex(dialog.duplicates.findData("merge"))
        dialog.accept()

    state = when_modal(qtbot, choose, kind=ImportMappingDialog)
    with qtbot.waitSignal(window.importFinished, timeout=10000) as blocker:
        window.choose_import(path)
    qtbot.waitUntil(lambda: state["done"], timeout=5000)
    assert seen["rows"] == [("2", "Mila Smit", "Nederland"), ("4", "Sem Bos", "Nederland"),
                            ("5", "Tess Kok", "Nederland"), ("6", "Mila Smit", "Nederland")]
    assert seen["label"].startswith("Van deze contacten staat het land niet in het bestand")
    assert not seen["ok_without_code"] and seen["warning"] == "Vul een landcode van twee letters in, zoals LU of FR."
    assert seen["ok_with_code"]
    assert (blocker.args[0].imported, blocker.args[0].merged) == (4, 1)
    assert window.statusBar().currentMessage() == "4 klanten geïmporteerd. 1 dubbele contacten samengevoegd, 0 overgeslagen."
    assert [country_of(n) for n in ("Mila", "Jef", "Sem", "Tess")] == ["NL", "BE", "BE", "LU"]
    assert Customer.select().where(Customer.first_name == "Mila").count() == 1


def test_two_rows_of_one_file_are_listed_as_bad_rows_unless_the_owner_chose(window, qtbot, tmp_path, answer_boxes):
    path = tmp_path / "dubbel.csv"
    path.write_text(FILE, encoding="utf-8")
    asked = answer_boxes(False)
    before = Customer.select().count()
    with qtbot.waitSignal(window.importFinished, timeout=10000):
        window.start_import(path)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    seen = {"details": asked[0].details}
    assert asked[0].name == "importRejectedBox"
    assert seen["details"].startswith("regel 6: Dit contact is dezelfde persoon als regel 2 van het bestand")
    assert Customer.select().count() == before
