"""Issue 12 item 6 in the window: the card's page "Documenten" lists the customer's kept documents and prints one
again through the print preview; Register › Bewaarde documenten finds any kept document by its id."""

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from etsoft_desk.ui.customer_dialog import CustomerDialog
from etsoft_desk.ui.kept_documents import KeptDocumentsDialog
from etsoft_desk.ui.print_preview import PrintPreview
from tests.ui.conftest import when_modal


def test_the_card_lists_the_customers_documents_and_prints_one_again(qtbot, register, customers, tmp_path):
    register.settings.staff_initials = "JV"
    cid = customers["Anna"]
    receipt = register.receipts.consent_receipt(cid, tmp_path / "bewijs.pdf")
    register.receipts.consent_receipt(customers["Bert"], tmp_path / "bert.pdf")  # not Anna's
    dialog = CustomerDialog(register.customers, cid, register=register)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.documents
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Documenten"
    assert page.table.rowCount() == 1
    assert [page.table.item(0, c).text() for c in range(2)] == [receipt, "Bewijs van toestemmingen"]
    seen = {}

    def preview(shown):
        seen.update(title=shown.windowTitle(), pages=shown.document.pageCount(), pdf=shown._pdf)

    state = when_modal(qtbot, preview, kind=PrintPreview)
    page.reprint_button.click()
    qtbot.waitUntil(lambda: state["done"])
    assert state["error"] is None
    assert seen["title"] == f"Document {receipt}" and seen["pages"] >= 1
    assert seen["pdf"] == (tmp_path / "bewijs.pdf").read_bytes()


def test_the_register_menu_finds_a_kept_document_by_its_id(qtbot, window, register, customers):
    register.settings.staff_initials = "JV"
    result = register.erasure.erase(customers["Bert"])
    assert window.documents_action.text() == "Be&waarde documenten…"
    seen = {}

    def find(dialog):
        dialog.documents.search.setText(result.erasure_id.lower())
        preview_state = when_modal(qtbot, lambda p: seen.update(text=" ".join(
            page.extract_text() for page in PdfReader(io.BytesIO(p._pdf)).pages)), kind=PrintPreview)
        dialog.documents.reprint_button.click()
        seen["preview"] = preview_state
        error_state = when_modal(qtbot, lambda box: seen.update(error=box.text()), kind=QMessageBox)
        dialog.documents.search.setText("VV-00000000")
        dialog.documents.reprint_button.click()
        seen["error_state"] = error_state

    state = when_modal(qtbot, find, kind=KeptDocumentsDialog)
    window.documents_action.trigger()
    qtbot.waitUntil(lambda: state["done"])
    assert state["error"] is None
    assert seen["preview"]["done"] and "Verklaring van vernietiging" in seen["text"]
    assert result.erasure_id in seen["text"]
    assert seen["error_state"]["done"] and "VV-00000000" in seen["error"]
