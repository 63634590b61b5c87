"""Issue 11 item 7 in the window: the requests register logs a request from someone who is not a customer,
refuses to close it before the "Nee" report, and the "Geen klant…" report answers the selected request."""

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from etsoft_desk.domain.requests import RequestStatus
from etsoft_desk.store.models import AuditEntry
from etsoft_desk.ui.non_customer_dialog import NonCustomerRequestDialog
from etsoft_desk.ui.print_preview import PrintPreview
from etsoft_desk.ui.requests_panel import ReasonDialog, RequestsDialog
from tests.ui.conftest import when_modal


def click(qtbot, widget, name):
    qtbot.mouseClick(widget.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def texts(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_a_non_customer_request_is_logged_answered_with_the_no_and_then_closed(qtbot, register, customers, tmp_path):
    register.settings.staff_initials = "JV"
    dialog = RequestsDialog(register, lambda cid: None)
    qtbot.addWidget(dialog)
    panel = dialog.panel

    def log(form):
        assert isinstance(form, NonCustomerRequestDialog)
        form.findChild(QLineEdit, "requesterName").setText("Piet Puk")
        form.findChild(QLineEdit, "requesterAnswerTo").setText("piet@example.com")
        form.accept()
    state = when_modal(qtbot, log)
    click(qtbot, panel, "addNonCustomerRequest")
    assert state["done"] and not state["error"], state["error"]
    assert texts(panel.list, 0)[:3] == ["1", "Piet Puk (geen klant)", "inzage"]
    assert texts(panel.list, 0)[6:] == ["25-12-2026", "open"]  # the same deadline as any request

    panel.list.selectRow(0)
    refused = []

    def done(reason_dialog):
        assert isinstance(reason_dialog, ReasonDialog)
        when_modal(qtbot, lambda box: refused.append(box.text()))
        reason_dialog.accept()
    when_modal(qtbot, done)
    click(qtbot, panel, "completeRequest")
    qtbot.waitUntil(lambda: bool(refused))
    assert refused[0].startswith("Verzoek 1 is nog niet uitgevoerd: het komt van iemand die geen klant is")
    assert register.requests.get(1).status is RequestStatus.OPEN

    saved = tmp_path / "nee.pdf"

    def preview(shown):
        assert isinstance(shown, PrintPreview)
        shown.ask_file = lambda: str(saved)
        click(qtbot, shown, "saveButton")
        shown.reject()
    panel.list.selectRow(0)
    state = when_modal(qtbot, preview)
    click(qtbot, panel, "noDataReport")  # no name asked: it answers the selected request
    qtbot.waitUntil(lambda: state["done"], timeout=10000)  # the document is built off the GUI thread
    assert state["done"] and not state["error"], state["error"]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(saved.read_bytes())).pages).split())
    assert "Voor Piet Puk" in text and "verzoek nr. 1" in text and "Nee. ETSoft verwerkt geen persoonsgegevens" in text

    panel.list.selectRow(0)
    state = when_modal(qtbot, lambda reason_dialog: reason_dialog.accept(), kind=ReasonDialog)
    click(qtbot, panel, "completeRequest")
    assert state["done"] and not state["error"], state["error"]
    assert register.requests.get(1).status is RequestStatus.DONE
    assert texts(panel.list, 0)[-1] == "afgehandeld"
    assert "Piet" not in " ".join(e.detail for e in AuditEntry.select())
