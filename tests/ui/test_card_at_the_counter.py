"""Issue 15 item 6 in the window: every page of the card in sight at its default size, a new customer's card
that stays open as the whole card once saved, and the intake slip from the service-jobs page."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from etsoft_desk.domain.customer import JobKind, ServiceJob
from etsoft_desk.domain.messages import Msg
from etsoft_desk.store import audit as audit_store
from etsoft_desk.store.models import Customer
from etsoft_desk.ui.card_factory import customer_card
from etsoft_desk.ui.print_preview import PrintPreview
from tests.ui.conftest import when_modal
from tests.unit.test_intake_slip import text_of

PAGES = ["Kaart", "Bezoeken", "Servicebeurten", "Facturen", "Toestemming", "Delen", "Referentie", "Bijzonder",
         "Verzoeken", "Documenten"]


def every_page_in_sight(dialog) -> list[str]:
    """The names a person can see without scrolling: inside the list's viewport, and no scroll bar."""
    pages = dialog.tabs.list
    seen = [pages.item(i).text() for i in range(pages.count())
            if pages.viewport().rect().contains(pages.visualItemRect(pages.item(i)))]
    assert not pages.verticalScrollBar().isVisible() and not pages.horizontalScrollBar().isVisible()
    return seen


def test_every_page_of_the_card_is_in_sight_at_the_default_size(qtbot, register, customers):
    QSettings().remove("geometry/CustomerDialog")  # the default size, not one a test left behind
    dialog = customer_card(register, customers["Cor"], None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert every_page_in_sight(dialog) == PAGES
    assert dialog.tabs.list.isVisibleTo(dialog) and dialog.width() >= 760
    for i, name in enumerate(PAGES):  # a click on a name shows its page
        dialog.tabs.list.setCurrentRow(i)
        assert dialog.tabs.currentIndex() == i and dialog.tabs.currentWidget().isVisible(), name


def test_a_new_customer_stays_open_as_the_whole_card_after_saving(qtbot, window, register):
    QSettings().remove("geometry/CustomerDialog")
    register.settings.staff_initials = "JV"
    seen = {}

    def fill(dialog):
        seen["before"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        qtbot.keyClicks(dialog.first_name, "Mieke")
        qtbot.keyClicks(dialog.last_name, "Vries")
        qtbot.keyClicks(dialog.phones, "0612345678")
        dialog.age_confirmed.setChecked(True)
        dialog.save()
        seen["open"] = dialog.isVisible()
        seen["title"] = dialog.windowTitle()
        seen["in sight"] = every_page_in_sight(dialog)
        seen["close"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        seen["listed"] = window.model.rowCount()
        dialog.tabs.setCurrentWidget(dialog.jobs.parentWidget())
        seen["jobs shown"] = dialog.jobs.isVisible()
        dialog.save()  # a second save changes the card and closes it, as for any customer
        seen["closed"] = not dialog.isVisible()

    state = when_modal(qtbot, fill)
    window.new_customer()
    assert state["done"] and state["error"] is None, state["error"]
    new_id = Customer.select().order_by(Customer.id.desc()).get().id
    assert seen == {"before": ["Kaart"], "open": True, "title": f"Klant {new_id}", "in sight": PAGES,
                    "close": "Sluiten", "listed": 4, "jobs shown": True, "closed": True}
    assert Customer.select().count() == 4  # saved once, not twice


def test_the_intake_slip_is_printed_from_the_service_jobs_page(qtbot, register, customers, answer_boxes):
    register.settings.staff_initials = "JV"
    cid = customers["Anna"]
    job_id = register.customers.add_service_job(cid, ServiceJob(
        date=dt.date(2026, 11, 24), kind=JobKind.REPAIR, device="Router Fritz!Box 7590", serial_number="AVM8031474",
        description="Wifi valt steeds weg."))
    dialog = customer_card(register, cid, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(PAGES.index("Servicebeurten"))
    button = dialog.findChild(QPushButton, "printIntakeSlip")
    assert button.isVisible() and button.text() == "Werkbon afdrukken…"
    complaints = answer_boxes(True)
    button.click()  # nothing chosen: one sentence, no preview
    assert [box.kind for box in complaints] == ["error"]
    assert complaints[0].text == QCoreApplication.translate("messages", Msg.SLIP_NEEDS_JOB)
    assert complaints[0].text != Msg.SLIP_NEEDS_JOB  # in Dutch
    dialog.select_job(job_id)
    seen = {}

    def printed(preview):
        seen["title"] = preview.windowTitle()
        seen["text"] = text_of(preview._pdf)
        preview._issued("printed")  # what Print… reports once the printer took the pages
        preview.reject()

    state = when_modal(qtbot, printed, kind=PrintPreview)
    button.click()
    qtbot.waitUntil(lambda: state["done"], timeout=10000)  # laid out off the GUI thread
    assert state["done"] and state["error"] is None, state["error"]
    assert seen["title"] == f"Werkbon {job_id}"
    assert "Anna Zwart" in seen["text"] and "AVM8031474" in seen["text"] and "Wifi valt steeds weg." in seen["text"]
    details = [e.detail for e in audit_store.for_customer(cid) if e.action == "report.issue"]
    assert details == [f"intake slip for job {job_id} printed by JV"]


def test_a_job_just_added_is_chosen_for_its_slip(qtbot, register, customers):
    from etsoft_desk.ui.dialogs import ServiceJobDialog

    register.settings.staff_initials = "JV"
    dialog = customer_card(register, customers["Bert"], None)
    qtbot.addWidget(dialog)
    dialog.show()

    def add(job_dialog):
        qtbot.keyClicks(job_dialog.device, "Printer HP OfficeJet")
        job_dialog._accept()

    state = when_modal(qtbot, add, kind=ServiceJobDialog)
    dialog._add_job()
    assert state["done"] and state["error"] is None, state["error"]
    job = register.customers.open(customers["Bert"], log_view=False).service_jobs[0]
    assert dialog.selected_job() == job.id


def test_the_card_shows_before_its_panels_and_a_page_chosen_shows_its_panel(qtbot, register, customers):
    """Issue 14: the panels (consent, sharing, requests, ...) are built after the card shows, not at the click
    (together they froze the window); a page chosen before then shows its panel at once."""
    from PySide6.QtWidgets import QWidget

    from etsoft_desk.ui.consent_panel import ConsentPanel
    from etsoft_desk.ui.requests_panel import RequestsPanel

    dialog = customer_card(register, customers["Cor"], None)
    qtbot.addWidget(dialog)
    assert dialog.findChild(ConsentPanel) is None and dialog.findChild(RequestsPanel) is None
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.list.setCurrentRow(PAGES.index("Verzoeken"))
    assert isinstance(dialog.tabs.currentWidget(), RequestsPanel) and dialog.tabs.currentWidget().isVisible()
    qtbot.waitUntil(lambda: dialog.findChild(ConsentPanel) is not None)
    qtbot.waitUntil(lambda: all(dialog.tabs.widget(i).findChildren(QWidget) for i in range(len(PAGES))))
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == PAGES
    assert dialog.tabs.currentIndex() == PAGES.index("Verzoeken") and dialog.tabs.currentWidget() is dialog.requests
