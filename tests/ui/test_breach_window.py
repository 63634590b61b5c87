"""Issue 16 in the window: the 72-hour clock on the to-do bar at a set clock (25-11-2026 10:30), and Register ›
Datalekken: a new breach, the decision, the summary and the letters."""

from PySide6.QtWidgets import QDialog
from pypdf import PdfReader

from etsoft_desk.ui.breach_dialog import BreachDialog, DecisionDialog, NewBreachDialog
from tests.ui.conftest import when_modal


def test_the_72_hour_clock_on_the_todo_bar(qtbot, window, register, customers):
    register.settings.staff_initials = "JV"
    bar = window.todo_bar
    bar.refresh()
    qtbot.waitUntil(lambda: bar.ready)  # counted off the GUI thread
    assert not bar.breach_button.isVisible()
    service = register.breaches
    first = service.add(service.concerned(customers=[customers["Anna"]]), aware="2026-11-24 09:00",
                        what="Werkbon op de toonbank laten liggen", kind="confidentiality")
    bar.refresh()
    qtbot.waitUntil(lambda: bar.ready)  # counted off the GUI thread
    assert bar.breach_button.isVisible()
    assert bar.breach_button.text() == "Datalekken beslissen (1): nog 46 uur van 72"  # 09:00 + 72 h - 10:30
    assert "#000000" in bar.breach_button.styleSheet()
    service.add(service.concerned(customers=[customers["Bert"]]), aware="2026-11-22 09:00",
                what="E-mail naar een verkeerd adres", kind="confidentiality")
    bar.refresh()
    qtbot.waitUntil(lambda: bar.ready)  # counted off the GUI thread
    assert bar.breach_button.text() == ("Datalekken beslissen (2): 72 uur verstreken, 1 uur geleden: geef de "
                                        "redenen voor de vertraging")
    assert "#b00020" in bar.breach_button.styleSheet()
    service.decide(first, report="no", tell="yes", reason="één werkbon, de klant is ingelicht")
    service.decide(2, report="yes", tell="yes", reason="adres en telefoon bij een ander",
                   delay_reason="pas na het weekend gezien")
    bar.refresh()
    qtbot.waitUntil(lambda: bar.ready)  # counted off the GUI thread
    assert not bar.breach_button.isVisible() and bar.nothing.isVisible() is not None


def test_the_breach_window_records_decides_and_writes_the_documents(qtbot, window, register, customers, tmp_path,
                                                                  answer_boxes):
    shown = when_modal(qtbot, lambda d: d.reject(), kind=BreachDialog)
    window.breach_action.trigger()  # Register › Datalekken…
    qtbot.waitUntil(lambda: shown["done"])
    assert window.breach_action.text().replace("&", "") == "Datalekken…"
    register.settings.staff_initials = "JV"
    dialog = BreachDialog(register, window)
    qtbot.addWidget(dialog)
    assert dialog.details.text() == "Nog geen datalekken vastgelegd."
    new = NewBreachDialog(register, dialog)
    qtbot.addWidget(new)
    new.save()  # nothing said about what happened: one sentence in the form, nothing recorded
    qtbot.waitUntil(lambda: not new.error.isHidden())
    assert "eigen woorden" in new.error.text() and register.breaches.listing() == []
    new.what.setPlainText("Inzagerapport naar het verkeerde e-mailadres gestuurd")
    new.scope.setCurrentIndex(new.scope.findData("customer"))
    new.value.setText(str(customers["Cor"]))
    recorded = []
    new.recorded.connect(recorded.append)
    new.save()
    qtbot.waitUntil(lambda: bool(recorded), timeout=5000)
    assert new.result() == QDialog.DialogCode.Accepted
    dialog.refresh(recorded[0])
    assert dialog.table.item(0, 2).text() == "72" and dialog.table.item(0, 5).text() == "niet besloten"
    assert "Inzagerapport" in dialog.details.text()
    decision = DecisionDialog(register, register.breaches.get(recorded[0], names=False), dialog)
    qtbot.addWidget(decision)
    decision.report.setCurrentIndex(decision.report.findData("no"))
    decision.reason.setPlainText("de ontvanger is een collega-bedrijf en heeft het bericht gewist")
    decision.save()
    assert decision.result() == QDialog.DialogCode.Accepted
    dialog.refresh(recorded[0])
    assert dialog.table.item(0, 5).text() == "melden nee, informeren ja" and dialog.table.item(0, 2).text() == ""
    summary, letters = tmp_path / "ap.pdf", tmp_path / "brieven.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=10000):  # laid out and written off the GUI thread
        dialog.save_summary(str(summary))
    assert "art. 33 lid 3" in " ".join(PdfReader(str(summary)).pages[0].extract_text().split())
    asked = answer_boxes(True)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_letters(str(letters))
    assert [box.kind for box in asked] == ["info"] and "1 brief" in asked[0].text, asked
    assert "Cor Mulder" in PdfReader(str(letters)).pages[0].extract_text()
    assert register.breaches.get(recorded[0]).persons[0].letter_doc.startswith("DL-")
