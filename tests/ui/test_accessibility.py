"""Issue 15 item 5: every control a person can reach with Tab has a name a screen reader can say, in the main
window, on every page of the customer card and in each dialog the menus open."""

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from etsoft_desk.ui.card_factory import customer_card
from tests.ui.accessibility import unnamed


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_main_window_names_every_control(window):
    assert unnamed(window) == []
    assert window.search.accessibleName() == "Klanten zoeken"


@pytest.mark.parametrize("which", ["stored", "new"])
def test_the_card_names_every_control_on_every_page(window, customers, qtbot, which):
    card = shown(qtbot, customer_card(window._register, customers["Anna"] if which == "stored" else None, window,
                                      erase=window.erase_customer))
    assert unnamed(card) == []
    assert card.first_name.accessibleName() == "Voornaam"
    card.reject()


def _dialogs(window):
    from etsoft_desk.ui.breach_dialog import BreachDialog
    from etsoft_desk.ui.invoices_dialog import InvoicesDialog
    from etsoft_desk.ui.mail_send import SendDialog
    from etsoft_desk.ui.outbox_dialog import OutboxDialog
    from etsoft_desk.ui.marketing_dialog import MarketingDialog
    from etsoft_desk.ui.referral_panel import ReferralsDialog
    from etsoft_desk.ui.requests_panel import RequestsDialog
    from etsoft_desk.ui.retention_dialog import RetentionDialog
    from etsoft_desk.ui.settings_dialog import SettingsDialog
    from etsoft_desk.ui.sharing_panel import RecipientsDialog
    from etsoft_desk.ui.shortcuts_dialog import ShortcutsDialog
    from etsoft_desk.ui.statement_dialog import StatementDialog

    r = window._register
    return {
        "statement": lambda: StatementDialog(r.statements, r.settings, window),
        "recipients": lambda: RecipientsDialog(r.sharing, window),
        "referrals": lambda: ReferralsDialog(r.referrals.all(), {}, window),
        "requests": lambda: RequestsDialog(r, window.open_customer, window),
        "marketing": lambda: MarketingDialog(r, window),
        "retention": lambda: RetentionDialog(r, window),
        "settings": lambda: SettingsDialog(r.settings, r.documents, window, pin=r.pin, staff=r.staff, register=r),
        "outbox": lambda: OutboxDialog(r, window),
        "send": lambda: SendDialog([("anna@example.com", "card")], window),
        "invoices": lambda: InvoicesDialog(r, window),
        "breaches": lambda: BreachDialog(r, window),
        "shortcuts": lambda: ShortcutsDialog(window.menuBar(), window),
    }


DIALOGS = ["statement", "recipients", "referrals", "requests", "marketing", "retention", "settings", "invoices",
           "breaches", "shortcuts", "outbox", "send"]


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_of_the_menus_names_every_control(window, qtbot, name):
    dialog = shown(qtbot, _dialogs(window)[name]())
    assert unnamed(dialog) == []
    dialog.reject()


def test_the_walk_sees_a_field_without_a_name(qtbot):
    page = shown(qtbot, QWidget())
    field = QLineEdit()
    field.setObjectName("nameless")
    QVBoxLayout(page).addWidget(field)
    assert unnamed(page) == ["QLineEdit nameless in QWidget"]
    field.setAccessibleName("Naam")
    assert unnamed(page) == []


def _card_dialogs(window, customers):
    """The dialogs opened from inside the card, the erasure dialog, and the screens before and over the window."""
    from etsoft_desk.ui.dialogs import InvoiceDialog, ServiceJobDialog, VisitDialog
    from etsoft_desk.ui.erasure_dialog import ErasureDialog
    from etsoft_desk.ui.non_customer_dialog import NonCustomerRequestDialog
    from etsoft_desk.ui.owner_pin import OwnerPinDialog
    from etsoft_desk.ui.requests_panel import NewRequestDialog, ReasonDialog
    from etsoft_desk.ui.sharing_panel import ApprovalDialog, DisclosureDialog
    from etsoft_desk.ui.unlock import UnlockDialog, WelcomeDialog

    r = window._register
    today = r.clock().date()
    return {
        "visit": lambda: VisitDialog(lambda *a: None, window),
        "service job": lambda: ServiceJobDialog(lambda *a: None, window),
        "invoice": lambda: InvoiceDialog(lambda *a: None, window),
        "approval": lambda: ApprovalDialog(r.sharing, lambda *a: None, window),
        "disclosure": lambda: DisclosureDialog(r.sharing, lambda *a: None, window),
        "new request": lambda: NewRequestDialog(today, window),
        "reason": lambda: ReasonDialog("Verlengen", "Waarom?", months=True, parent=window),
        "not a customer": lambda: NonCustomerRequestDialog(today, window),
        "erasure": lambda: ErasureDialog(r, customers["Anna"], window),
        "owner pin": lambda: OwnerPinDialog(window, r.pin, "wissen"),
        "unlock": lambda: UnlockDialog(None),
        "welcome": lambda: WelcomeDialog("/tmp/register.db"),
    }


@pytest.mark.parametrize("name", ["visit", "service job", "invoice", "approval", "disclosure", "new request",
                                  "reason", "not a customer", "erasure", "owner pin", "unlock", "welcome"])
def test_the_dialogs_inside_the_card_and_the_first_screens_name_every_control(window, customers, qtbot, name):
    dialog = shown(qtbot, _card_dialogs(window, customers)[name]())
    assert unnamed(dialog) == []
    dialog.reject()


def test_the_counter_lock_names_its_pin_field(window, qtbot):
    window.counter_lock.lock()
    try:
        covers = [w for w in window.findChildren(QWidget) if w.objectName() == "lockCover" and w.isVisible()]
        assert covers and unnamed(covers[0]) == []
    finally:
        window.counter_lock.unlock()
