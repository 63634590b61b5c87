import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.customer import SourceKind
from etsoft_desk.services.todo import TodoKind
from etsoft_desk.ui.main_window import MainWindow
from etsoft_desk.ui.statement_dialog import StatementDialog
from etsoft_desk.ui.todo_dialog import TodoDialog
from tests.helpers.cards import card


@pytest.fixture
def busy_shop(register):
    register.settings.staff_initials = "JV"
    register.statements.load("Privacyverklaring 2018", dt.date(2018, 4, 10))
    tipped = register.customers.create(card(first_name="Tom", infix="", last_name="Tip", source_kind=SourceKind.THIRD_PARTY,
                                            source_name="Collega Axel", source_date=dt.date(2026, 10, 1)))
    fan = register.customers.create(card(first_name="Fien", last_name="Fan"))
    register.consent.record(fan, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    return register, tipped, fan


def test_badges_count_what_is_to_do_and_show_late_items(qtbot, busy_shop):
    register, tipped, fan = busy_shop
    window = MainWindow(register)
    qtbot.addWidget(window)
    art14 = window.todo_bar.buttons[TodoKind.ART14_NOTICE]
    inform = window.todo_bar.buttons[TodoKind.STATEMENT_NOTICE]
    qtbot.waitUntil(lambda: art14.text() != "")  # the counts follow the window's first paint
    assert art14.text() == "Melden: gegevens van derden (1)" and "#b00020" in art14.styleSheet()  # due 1-11
    assert inform.text() == "Melden: nieuwe privacyverklaring (0)" and not inform.isEnabled()
    register.statements.load("Privacyverklaring 2026", dt.date(2026, 11, 1))
    window.todo_bar.refresh()
    # Counted off the GUI thread (issue 14): the bar shows the last counts until the new ones are there.
    assert not window.todo_bar.ready and inform.text() == "Melden: nieuwe privacyverklaring (0)"
    qtbot.waitUntil(lambda: window.todo_bar.ready)
    assert inform.text() == "Melden: nieuwe privacyverklaring (1)" and inform.isEnabled()


def test_todo_dialog_marks_items_done(qtbot, busy_shop):
    register, tipped, fan = busy_shop
    opened = []
    dialog = TodoDialog(register.todo, opened.append, lambda: dt.date(2026, 11, 25), register=register)
    qtbot.addWidget(dialog)
    table = dialog.tables[TodoKind.ART14_NOTICE]
    assert table.rowCount() == 1 and table.item(0, 1).text() == "Tom Tip"
    assert table.item(0, 2).text() == "01-11-2026  (te laat)"
    table.selectRow(0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "markDone"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    assert dialog.tabs.tabText(list(TodoKind).index(TodoKind.ART14_NOTICE)) == "Melden: gegevens van derden (0)"
    assert register.customers.open(tipped).source_informed_on == dt.date(2026, 11, 25)


def test_loading_a_new_statement_in_the_window(qtbot, busy_shop):
    register, tipped, fan = busy_shop
    dialog = StatementDialog(register.statements, register.settings)
    qtbot.addWidget(dialog)
    assert dialog.versions.rowCount() == 1 and dialog.versions.item(0, 0).text() == "v1  (huidig)"
    dialog.text.setPlainText("ETSoft Privacyverklaring, herzien november 2026")
    dialog.effective.setDate(dt.date(2026, 11, 20))
    dialog.add_version()
    assert dialog.versions.rowCount() == 2 and dialog.versions.item(0, 0).text() == "v2  (huidig)"
    assert dialog.outcome.text() == "Versie 2 toegevoegd. Klanten om te informeren: 1 (zie de balk Te doen)."
    assert register.statements.customers_to_inform() == [fan]


def test_the_list_to_tell_is_printable_and_exportable(qtbot, busy_shop, tmp_path):
    import csv

    from pypdf import PdfReader

    register, tipped, fan = busy_shop
    dialog = TodoDialog(register.todo, lambda cid: None, lambda: dt.date(2026, 11, 25), register=register)
    qtbot.addWidget(dialog)
    out = tmp_path / "lijst.csv"
    with qtbot.waitSignal(dialog.saved, timeout=10000):  # written off the GUI thread
        dialog.save_csv(str(out))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows == [["nr", "naam", "e-mail", "telefoon", "voor"],
                    [str(tipped), "Tom Tip", "jan.vanderberg@example.com", "06 12345678", "01-11-2026"]]
    assert dialog.note.text() == f"1 klanten opgeslagen in {out}"
    pdf = tmp_path / "lijst.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.print_pdf(str(pdf))
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Melden: gegevens van derden" in text and "Tom Tip" in text and "01-11-2026" in text
    assert "pagina 1 van 1" in text


def test_the_bar_shows_only_what_is_to_do_and_never_squeezes_its_words(qtbot, busy_shop):
    register, tipped, fan = busy_shop
    window = MainWindow(register)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    bar = window.todo_bar
    qtbot.waitUntil(lambda: bar.buttons[TodoKind.ART14_NOTICE].text() != "")
    shown = [k for k, b in bar.buttons.items() if b.isVisible()]
    assert shown == [TodoKind.ART14_NOTICE] and not bar.nothing.isVisible()
    button = bar.buttons[TodoKind.ART14_NOTICE]
    assert button.width() >= button.sizeHint().width()
