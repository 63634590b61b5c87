"""Erasing at the counter: one button, one confirmation with Cancel as default, the work off the GUI thread,
the shred confirmation in the preview."""

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from etsoft_desk.store.models import AuditEntry
from etsoft_desk.ui.customer_dialog import CustomerDialog
from etsoft_desk.ui.erasure_dialog import ErasureDialog
from etsoft_desk.ui.print_preview import PrintPreview
from tests.helpers.full_customer import fill_every_category
from tests.ui.conftest import column, when_modal


def test_erase_from_the_card_with_one_confirmation(qtbot, window, register, customers):
    cid, _ = fill_every_category(register)
    window.model.refresh()
    seen = {}

    def confirm(dialog):
        assert isinstance(dialog, ErasureDialog)
        qtbot.waitUntil(lambda: dialog.plan is not None)
        text = dialog.summary.text()
        seen["plan"] = text
        seen["default"] = dialog.cancel_button.isDefault() and not dialog.erase_button.isDefault()
        def preview(dialog):
            seen.setdefault("previews", []).append((dialog.windowTitle(), dialog._pdf))
            dialog.reject()
            if len(seen["previews"]) == 1:  # then the letters to the recipients
                when_modal(qtbot, preview, kind=PrintPreview, timeout=10000)
        when_modal(qtbot, preview, kind=PrintPreview, timeout=10000)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        dialog.reject()  # Escape while the work runs: ignored
        assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)

    def on_card(card):
        when_modal(qtbot, confirm)
        qtbot.mouseClick(card.findChild(QPushButton, "eraseCustomer"), Qt.MouseButton.LeftButton)

    when_modal(qtbot, on_card)
    window.open_customer(cid)
    qtbot.waitUntil(lambda: len(seen.get("previews", [])) >= 2, timeout=10000)
    assert seen["default"]
    for expected in ("Definitief vernietigd", "Toestemming voor marketing: 3", "Bewaard, omdat de wet het vereist",
                     "Facturen: 1", "tot 04-11-2033", "Pelikaanlijst Installaties", "https://www.etsoft.nl/referenties"):
        assert expected in seen["plan"], expected
    title, pdf = seen["previews"][0]
    assert title == "Verklaring van vernietiging"
    assert "Verklaring van vernietiging" in PdfReader(__import__("io").BytesIO(pdf)).pages[0].extract_text()
    title, pdf = seen["previews"][1]
    assert title == "Brieven aan de ontvangers"
    # addressed to the recipient (its own line of the address block)
    assert "Pelikaanlijst Installaties" in PdfReader(__import__("io").BytesIO(pdf)).pages[0].extract_text().splitlines()
    assert "Quaxelbrink" not in column(window.model, 1)
    assert AuditEntry.select().where(AuditEntry.action == "customer.erase").count() == 1


def test_cancel_erases_nothing(qtbot, register, customers):
    dialog = ErasureDialog(register, customers["Anna"])
    qtbot.addWidget(dialog)
    # issue 14: the plan is read in a worker; nothing can be erased before it is shown
    assert dialog.summary.text() == "Bezig met opzoeken…" and not dialog.erase_button.isEnabled()
    qtbot.waitUntil(dialog.erase_button.isEnabled)
    assert "Definitief vernietigd" in dialog.summary.text()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter means Cancel
    assert not dialog.isVisible() and dialog.result_value is None
    assert register.customers.count() == 3


def test_a_new_card_for_someone_who_was_erased_warns(qtbot, register, customers, answer_boxes):
    register.settings.staff_initials = "JV"
    register.erasure.erase(customers["Anna"])
    dialog = CustomerDialog(register.customers, None, erased_before=register.erased_before)
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Anna")
    dialog.last_name.setText("Zwart")
    dialog.emails.setText("ANNA@example.com")
    asked = answer_boxes(False)
    dialog.save()
    assert asked and "vroeg op 25-11-2026 om verwijdering" in asked[0].text and asked[0].kind == "question"
    assert register.customers.count() == 2  # Bert and Cor: nothing was saved


def test_retention_dialog_logs_paper_and_shows_what_is_due(qtbot, register, customers):
    from etsoft_desk.ui.retention_dialog import RetentionDialog
    register.settings.staff_initials = "JV"
    dialog = RetentionDialog(register)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Bezig met opzoeken…" and not dialog.run_button.isEnabled()  # read in a worker
    qtbot.waitUntil(lambda: dialog.heading.text().startswith("Tot en met 30-11-2026 hoeft niets"))
    assert not dialog.run_button.isEnabled()
    dialog.what.setText("werkbonnen 2019")
    dialog.method.setText("versnipperd")
    titles = []
    state = when_modal(qtbot, lambda preview: (titles.append(preview.windowTitle()), preview.reject()),
                       kind=PrintPreview)
    qtbot.mouseClick(dialog.findChild(QPushButton, "recordDestruction"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state["done"], timeout=10000)  # recorded and laid out off the GUI thread
    assert titles == ["Verklaring van vernietiging"]
    qtbot.waitUntil(lambda: dialog.log.rowCount() == 1)
    assert [dialog.log.item(0, c).text() for c in range(5)] == ["25-11-2026", "papier", "werkbonnen 2019",
                                                                "versnipperd", "JV"]


def test_paper_and_devices_are_entered_in_the_dialog_and_printed_on_the_confirmation(qtbot, register, customers):
    import datetime as dt
    import io

    from PySide6.QtWidgets import QLabel

    from etsoft_desk.domain.customer import JobKind, JobStatus, ServiceJob

    register.settings.staff_initials = "JV"
    register.customers.add_service_job(customers["Anna"], ServiceJob(
        date=dt.date(2026, 11, 20), kind=JobKind.REPAIR, device="Laptop HP", serial_number="5CD1",
        description="Scherm vervangen", status=JobStatus.OPEN))
    dialog = ErasureDialog(register, customers["Anna"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    hint = dialog.findChild(QLabel, "erasureDeviceHint")
    assert hint.isVisibleTo(dialog) and "servicebeurt" in hint.text()
    dialog.paper.setPlainText("werkbon 2026-113: verbrand\nmap met offertes")
    dialog.devices.setPlainText("laptop HP van de klant: gewist en teruggegeven")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10000)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.result_value.confirmation)).pages)
                    .split())
    for expected in ("papier werkbon 2026-113 verbrand 25-11-2026 JV", "papier map met offertes versnipperd",
                     "apparaat laptop HP van de klant gewist en teruggegeven", "kan nog bij ons in de winkel zijn"):
        assert expected in text, expected
    assert "Wij hebben geen papieren dossiers" not in text


def test_an_unexpected_failure_leaves_the_erasure_dialog_closable_and_the_customer_there(qtbot, register, customers,
                                                                                       monkeypatch):
    """Issue 14: a fault in the erasure goes to the crash dialog, and the dialog can still be closed."""
    from PySide6.QtCore import Qt

    register.settings.staff_initials = "JV"
    dialog = ErasureDialog(register, customers["Anna"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.erase_button.isEnabled)  # the plan is shown

    def broken(*args, **kwargs):
        raise RuntimeError("an injected fault")
    monkeypatch.setattr(register.erasure, "erase", broken)
    with qtbot.captureExceptions() as faults:
        dialog.erase_button.click()
        qtbot.waitUntil(lambda: bool(faults), timeout=5000)
    assert "an injected fault" in str(faults[0][1])
    assert dialog.cancel_button.isEnabled() and dialog.erase_button.isEnabled()
    assert not dialog.progress.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert register.customers.open(customers["Anna"])  # nothing erased
