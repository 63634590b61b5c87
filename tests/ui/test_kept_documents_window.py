"""Issue 12 item 6 in the window: the card's page "Documenten" lists the customer's kept documents and prints one
again through the print preview; Register › Bewaarde documenten finds any kept document by its id."""

import io

from pypdf import PdfReader
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
    qtbot.waitUntil(lambda: state["done"], timeout=10000)
    assert state["error"] is None
    assert seen["title"] == f"Document {receipt}" and seen["pages"] >= 1
    assert seen["pdf"] == (tmp_path / "bewijs.pdf").read_bytes()
    dialog.tabs.setCurrentIndex(0)
    again = register.receipts.consent_receipt(cid, tmp_path / "tweede.pdf")  # while the card is open
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(page))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert page.table.item(0, 0).text() == again  # the newest first


def test_the_register_menu_finds_a_kept_document_by_its_id(qtbot, window, register, customers, answer_boxes):
    register.settings.staff_initials = "JV"
    result = register.erasure.erase(customers["Bert"])
    assert window.documents_action.text() == "Be&waarde documenten…"
    seen = {}

    def find(dialog):
        dialog.documents.search.setText(result.erasure_id.lower())
        preview_state = when_modal(qtbot, lambda p: seen.update(text=" ".join(
            page.extract_text() for page in PdfReader(io.BytesIO(p._pdf)).pages)), kind=PrintPreview)
        dialog.documents.reprint_button.click()
        qtbot.waitUntil(lambda: preview_state["done"], timeout=10000)  # the document is read off the GUI thread
        seen["preview"] = preview_state
        asked = answer_boxes(True)
        dialog.documents.search.setText("VV-00000000")
        qtbot.waitUntil(dialog.documents.reprint_button.isEnabled)
        dialog.documents.reprint_button.click()
        qtbot.waitUntil(lambda: bool(asked), timeout=10000)
        seen["error"] = [(box.kind, box.text) for box in asked]

    state = when_modal(qtbot, find, kind=KeptDocumentsDialog)
    window.documents_action.trigger()
    qtbot.waitUntil(lambda: state["done"])
    assert state["error"] is None
    assert seen["preview"]["done"] and "Verklaring van vernietiging" in seen["text"]
    assert result.erasure_id in seen["text"]
    assert len(seen["error"]) == 1 and seen["error"][0][0] == "error" and "VV-00000000" in seen["error"][0][1]


def test_the_notices_window_records_a_notice_posted_or_not_sent_and_prints_it(qtbot, window, register, customers):
    from etsoft_desk.domain.sharing import RecipientRole
    from etsoft_desk.ui.notices_dialog import NotSentDialog, NoticesDialog

    register.settings.staff_initials = "JV"
    cid = customers["Bert"]
    for name in ("Boekhouder Ooms", "Pelikaan Installaties"):
        recipient = register.sharing.add_recipient(name, RecipientRole.PROCESSOR, processor_agreement=True)
        register.sharing.disclose(cid, recipient, "naam en adres")
    register.erasure.erase(cid)
    assert window.notices_action.text() == "&Kennisgevingen aan ontvangers…"
    seen = {}

    def work(dialog):
        table = dialog.table
        seen["before"] = [table.item(r, 4).text() for r in range(table.rowCount())]
        table.selectRow(1)  # the oldest: Boekhouder Ooms
        seen["recipient"] = table.item(1, 1).text()
        dialog.posted_button.click()
        table.selectRow(0)

        def why(form):
            form.state.setCurrentIndex(form.state.findData("disproportionate"))
            form.reason.setText("geen adres bekend")
            form.accept()

        why_state = when_modal(qtbot, why, kind=NotSentDialog)
        dialog.not_sent_button.click()
        seen["why"] = why_state
        seen["after"] = [table.item(r, 4).text() for r in range(table.rowCount())]
        preview_state = when_modal(qtbot, lambda p: seen.update(title=p.windowTitle()), kind=PrintPreview)
        dialog.print_button.click()
        qtbot.waitUntil(lambda: preview_state["done"], timeout=10000)  # the notice is read off the GUI thread
        seen["preview"] = preview_state
        seen["posted_enabled"] = dialog.posted_button.isEnabled()

    state = when_modal(qtbot, work, kind=NoticesDialog)
    window.notices_action.trigger()
    qtbot.waitUntil(lambda: state["done"])
    assert state["error"] is None and seen["why"]["error"] is None
    assert seen["before"] == ["nog te versturen", "nog te versturen"] and seen["recipient"] == "Boekhouder Ooms"
    assert seen["after"] == ["niet verstuurd: onevenredige inspanning (geen adres bekend)",
                             "verstuurd 25-11-2026 per post"]
    assert seen["preview"]["done"] and seen["title"].startswith("Kennisgeving ")
    assert seen["posted_enabled"] is False
    states = [(n.recipient_name, n.state, n.how, n.reason) for n in register.notices.listing()]
    assert states == [("Boekhouder Ooms", "sent", "post", ""),
                      ("Pelikaan Installaties", "disproportionate", "", "geen adres bekend")]
