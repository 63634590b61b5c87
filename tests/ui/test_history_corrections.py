"""Issue 11 item 3 in the window: a double-click on a service job corrects it, the rectification request is asked
about as for the card, the Art. 19 letters are offered afterwards; a refused correction says why in the form."""

import datetime as dt

from PySide6.QtCore import Qt

from etsoft_desk.domain.corrections import RowKind
from etsoft_desk.domain.customer import JobKind, ServiceJob
from etsoft_desk.domain.requests import RequestChannel, RequestKind, RequestStatus
from etsoft_desk.domain.rights import RestrictionReason
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.ui.customer_dialog import CustomerDialog
from etsoft_desk.ui.history_corrections import CorrectionDialog
from etsoft_desk.ui.print_preview import PrintPreview
from tests.ui.conftest import when_modal


def test_a_service_job_is_corrected_from_the_card_with_the_request_and_the_letters(qtbot, register, customers,
                                                                                   answer_boxes):
    register.settings.staff_initials = "JV"
    cid = customers["Anna"]
    register.customers.add_service_job(cid, ServiceJob(dt.date(2026, 11, 3), JobKind.REPAIR, device="Laptop",
                                                       serial_number="SN-WRONG"))
    partner = register.sharing.add_recipient("Pelikaan Installaties", RecipientRole.PARTNER)
    register.sharing.approve(cid, partner, data="serienummer van de laptop", purpose="garantie", method="counter")
    register.sharing.disclose(cid, partner, "serienummer van de laptop")
    rect = register.requests.add(cid, RequestKind.RECTIFICATION, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    dialog = CustomerDialog(register.customers, cid, register=register)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.corrections.buttons[RowKind.SERVICE_JOB].text() == "Corrigeren…"
    seen = {}
    asked = answer_boxes(True)

    def fill_in(form):
        seen.update(title=form.windowTitle(), serial=form.edits["serial_number"].text())
        form.edits["serial_number"].setText("SN-RIGHT")
        form.save_button.click()
        seen.update(question=asked[0].text if asked else "")

    def preview(letters):
        seen.update(letters=letters.windowTitle(), pages=letters.document.pageCount())

    form_state = when_modal(qtbot, fill_in, kind=CorrectionDialog)
    preview_state = when_modal(qtbot, preview, kind=PrintPreview)
    dialog.tabs.setCurrentIndex(2)  # Servicebeurten
    table = dialog.jobs
    cell = table.visualItemRect(table.item(0, 3)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double-click is a press, then this
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: form_state["done"] and preview_state["done"])
    assert form_state["error"] is None and preview_state["error"] is None
    assert seen["title"] == "Servicebeurt corrigeren" and seen["serial"] == "SN-WRONG"
    assert f"verzoek {rect}" in seen["question"]
    assert seen["letters"] == "Brieven aan de ontvangers (AVG art. 19)" and seen["pages"] == 1
    assert table.item(0, 3).text() == "SN-RIGHT"  # the card shows the corrected row
    [c] = register.corrections.history(cid)
    assert (c.old_value, c.new_value, c.request_id, [n for n, _, _ in c.notices]) == (
        "SN-WRONG", "SN-RIGHT", rect, ["Pelikaan Installaties"])
    register.requests.complete(rect)
    assert register.requests.get(rect).status is RequestStatus.DONE


def test_a_refused_correction_says_why_in_the_form_and_changes_nothing(qtbot, register, customers, answer_boxes):
    register.settings.staff_initials = "JV"
    cid = customers["Bert"]
    register.customers.add_service_job(cid, ServiceJob(dt.date(2026, 11, 3), JobKind.REPAIR, device="Laptop"))
    register.rights.restrict(cid, RestrictionReason.ACCURACY_CONTESTED, fields=["service_job.serial_number"])
    dialog = CustomerDialog(register.customers, cid, register=register)
    qtbot.addWidget(dialog)
    seen = {}
    asked = answer_boxes(True)
    dialog.corrections.buttons[RowKind.VISIT].click()  # no visit chosen
    assert [(box.kind, box.text) for box in asked] == [("info", "Kies eerst de regel die u wilt corrigeren.")]

    def refused(form):
        form.edits["device"].setText("Tablet")
        form.save_button.click()
        seen.update(error=form.error.text(), open=form.isVisible())

    state = when_modal(qtbot, refused, kind=CorrectionDialog)
    dialog.jobs.setCurrentCell(0, 0)
    dialog.corrections.buttons[RowKind.SERVICE_JOB].click()
    qtbot.waitUntil(lambda: state["done"])
    assert seen["open"] and "alleen servicebeurt: serienummer" in seen["error"] and "opgeheven" in seen["error"]
    assert register.customers.open(cid, log_view=False).service_jobs[0].device == "Laptop"
    assert register.corrections.history(cid) == []
