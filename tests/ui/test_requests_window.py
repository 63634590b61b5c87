"""Requests, the access report in the print preview, letters, and the shop's settings, as the owner uses them."""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox

from etsoft_desk.domain.requests import RequestChannel, RequestKind
from etsoft_desk.store.models import AuditEntry
from etsoft_desk.ui.print_preview import PrintPreview
from etsoft_desk.ui.requests_panel import ReasonDialog, RequestsDialog, RequestsPanel
from etsoft_desk.ui.settings_dialog import SettingsDialog
from tests.helpers.full_customer import fill_every_category
from tests.ui.conftest import when_modal


def click(qtbot, widget, name):
    qtbot.mouseClick(widget.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def texts(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


@pytest.fixture
def shop(register, customers):
    register.settings.staff_initials = "JV"
    return register


def test_log_a_request_and_print_and_save_the_access_report(qtbot, shop, customers, tmp_path):
    anna = customers["Anna"]
    panel = RequestsPanel(shop, anna)
    qtbot.addWidget(panel)

    def log(dialog):
        dialog.findChild(QComboBox, "requestKind").setCurrentIndex(0)  # inzage
        dialog.findChild(QComboBox, "requestChannel").setCurrentIndex(1)  # per e-mail
        dialog.accept()
    state = when_modal(qtbot, log)
    click(qtbot, panel, "addRequest")
    assert state["done"] and not state["error"]
    assert texts(panel.list, 0) == ["1", "inzage", "25-11-2026", "per e-mail",
                                    "legitimatie getoond aan de balie, geen kopie bewaard", "25-12-2026", "open"]

    printed, saved = tmp_path / "printer.pdf", tmp_path / "gekozen" / "inzage.pdf"
    saved.parent.mkdir()

    def preview(dialog):
        assert isinstance(dialog, PrintPreview) and dialog.windowTitle() == "Inzageoverzicht"
        assert dialog.document.status() == QPdfDocument.Status.Ready and dialog.document.pageCount() >= 2
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        dialog.ask_printer = lambda: printer
        dialog.ask_file = lambda: str(saved)
        click(qtbot, dialog, "printButton")
        assert not dialog.findChild(QPushButton, "saveButton").isEnabled()  # while printing (off the GUI thread)
        qtbot.waitUntil(lambda: dialog.findChild(QPushButton, "printButton").isEnabled(), timeout=10000)
        click(qtbot, dialog, "saveButton")
        state["pages"] = dialog.document.pageCount()
        dialog.reject()
    panel.list.selectRow(0)
    state = when_modal(qtbot, preview)
    click(qtbot, panel, "accessReport")
    qtbot.waitUntil(lambda: state["done"], timeout=10000)  # the document is built off the GUI thread
    assert state["done"] and not state["error"], state["error"]
    assert len(PdfReader(str(printed)).pages) == state["pages"]  # every page went to the printer
    text = " ".join(p.extract_text() for p in PdfReader(str(saved)).pages)
    assert "Overzicht van uw persoonsgegevens" in text and "Anna Zwart" in text and "verzoek nr. 1" in text
    details = [e.detail for e in AuditEntry.select().where(AuditEntry.action == "report.issue")]
    assert details[0].endswith("prepared for request 1 by JV")
    assert details[1].endswith(" printed by JV") and details[2].endswith(" saved by JV")
    assert sorted(p.name for p in tmp_path.rglob("*.pdf")) == ["inzage.pdf", "printer.pdf"]  # nothing else written


def test_extension_opens_its_letter_and_the_register_shows_what_is_late(qtbot, shop, customers):
    register = shop
    late = register.requests.add(customers["Bert"], RequestKind.ERASURE, dt.date(2026, 10, 20), RequestChannel.LETTER)
    register.requests.add(customers["Anna"], RequestKind.ACCESS, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    dialog = RequestsDialog(register, lambda cid: None)
    qtbot.addWidget(dialog)
    table = dialog.panel.list
    assert texts(table, 0)[:3] == [str(late), "Bert Aalst", "verwijdering"]
    assert texts(table, 0)[6] == "20-11-2026" and table.item(0, 6).toolTip() == "Te laat"
    assert table.item(0, 6).foreground().color().name() == "#b00020"
    assert table.item(1, 6).text() == "24-12-2026" and table.item(1, 6).toolTip() == ""

    table.selectRow(1)
    letters = []

    def reasons(reason_dialog):
        assert isinstance(reason_dialog, ReasonDialog)
        reason_dialog.findChild(QSpinBox, "extensionMonths").setValue(1)
        reason_dialog.text.setPlainText("Wij wachten op gegevens van de leverancier.")
        when_modal(qtbot, lambda letter: letters.append(" ".join(
            PdfReader(__import__("io").BytesIO(letter._pdf)).pages[0].extract_text().split())))
        reason_dialog.accept()
    state = when_modal(qtbot, reasons)
    click(qtbot, dialog.panel, "extendRequest")
    qtbot.waitUntil(lambda: bool(letters))
    assert state["done"] and not state["error"], state["error"]
    assert "met 1 maand, tot uiterlijk 24-01-2027" in letters[0]
    assert "Wij wachten op gegevens van de leverancier." in letters[0]
    row = [texts(table, r) for r in range(table.rowCount()) if table.item(r, 1).text() == "Anna Zwart"][0]
    assert row[6:] == ["24-01-2027", "verlengd"]


def test_settings_dialog_saves_and_keeps_the_legal_minimum(qtbot, shop, tmp_path):
    dialog = SettingsDialog(shop.settings, shop.documents, register=shop)
    qtbot.addWidget(dialog)
    kvk = dialog.findChild(QLineEdit, "shop_kvk")
    assert dialog.findChild(QLineEdit, "authority_name").text() == "Autoriteit Persoonsgegevens"
    # issue 14: the retention periods' rows are built on the turn after the dialog shows
    assert dialog.findChild(QSpinBox, "retention.invoices") is None
    qtbot.waitUntil(lambda: dialog.findChild(QSpinBox, "retention.invoices") is not None)
    invoices = dialog.findChild(QSpinBox, "retention.invoices")
    assert invoices.value() == 84 and invoices.minimum() == 84
    kvk.setText("12345678")
    dialog.findChild(QSpinBox, "retention.visits").setValue(36)
    pages = []
    state = when_modal(qtbot, lambda preview: (pages.append(preview.document.pageCount()), preview.reject()))
    click(qtbot, dialog, "processingRecord")
    qtbot.waitUntil(lambda: state["done"], timeout=10000)  # laid out off the GUI thread
    assert pages and pages[0] >= 2
    dialog.save()
    assert shop.settings.shop()["shop_kvk"] == "12345678"
    assert shop.settings.retention_months()["visits"] == 36


def test_the_card_has_a_requests_tab(qtbot, window, register, customers):
    register.settings.staff_initials = "JV"
    seen = []

    def on_card(card):
        tabs = card.tabs
        seen.append([tabs.tabText(i) for i in range(tabs.count())])
        card.reject()
    when_modal(qtbot, on_card)
    window.open_customer(customers["Cor"])
    assert seen and seen[0][-2:] == ["Verzoeken", "Documenten"]


def test_full_customer_report_renders_in_the_preview(qtbot, register):
    cid, request = fill_every_category(register)
    doc_id, pdf = register.access.render(cid, request_id=request)
    preview = PrintPreview(pdf, "x", f"{doc_id}.pdf")
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == len(PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert preview.pages.text() == f"{preview.document.pageCount()} pagina's"


def test_someone_who_is_not_a_customer_gets_a_no(qtbot, shop, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    dialog = RequestsDialog(shop, lambda cid: None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Onbekende Vraagsteller", True))
    seen = []
    state = when_modal(qtbot, lambda preview: (seen.append(" ".join(
        PdfReader(__import__("io").BytesIO(preview._pdf)).pages[0].extract_text().split())), preview.reject()))
    click(qtbot, dialog.panel, "noDataReport")
    qtbot.waitUntil(lambda: state["done"], timeout=10000)  # the document is built off the GUI thread
    assert seen and "Nee. ETSoft verwerkt geen persoonsgegevens over u." in seen[0]


def test_the_export_is_written_off_the_gui_thread_and_told(qtbot, shop, customers, tmp_path, monkeypatch, answer_boxes):
    import json
    import threading
    import zipfile

    from etsoft_desk.ui import file_dialogs

    target = tmp_path / "stick" / "gegevens.zip"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(target))
    threads = []
    export = shop.access.export
    monkeypatch.setattr(shop.access, "export", lambda *a, **k: (threads.append(threading.current_thread()),
                                                                export(*a, **k))[1])
    told = answer_boxes(True)
    panel = RequestsPanel(shop, customers["Anna"])
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.exported, timeout=15000):
        click(qtbot, panel, "exportData")
    assert threads and threads[0] is not threading.main_thread()
    assert [b.text for b in told] == [f"De gegevens staan in {target}."]
    with zipfile.ZipFile(target) as zipped:
        data = json.loads(zipped.read(next(n for n in zipped.namelist() if n.endswith(".json"))))
    assert "Anna" in json.dumps(data, ensure_ascii=False) and panel.isEnabled()
