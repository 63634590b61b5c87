"""Issue 11 item 5 in the window: Register › Facturen voor de boekhouder… (the list of a period, the totals, and
the export recorded as a disclosure), and the accountant chosen in the settings."""

import csv
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QMenu

from etsoft_desk.domain.customer import Address, Invoice
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.ui.invoices_dialog import InvoicesDialog
from etsoft_desk.ui.settings_dialog import SettingsDialog
from tests.helpers.cards import card
from tests.ui.conftest import when_modal


@pytest.fixture
def books(register, customers):
    register.settings.staff_initials = "JV"
    add = register.customers.add_invoice
    add(customers["Anna"], Invoice("F-2026-001", dt.date(2026, 1, 1), Decimal("121.00")))
    add(customers["Anna"], Invoice("F-2026-014", dt.date(2026, 3, 31), Decimal("1234.50")))
    add(customers["Bert"], Invoice("F-2026-007", dt.date(2026, 2, 10), Decimal("-49.95")))
    add(customers["Cor"], Invoice("F-2026-020", dt.date(2026, 4, 1), Decimal("20.00")))
    gone = register.customers.create(card(first_name="Dirk", infix="", last_name="Verdwenen", address=Address(
        street="Gasthuisstraat", house_number=9, postcode="4561 AB", city="Hulst")))
    add(gone, Invoice("F-2026-005", dt.date(2026, 2, 1), Decimal("75.00")))
    register.erasure.erase(gone)
    accountant = register.sharing.add_recipient("Boekhouder Zeeland", RecipientRole.PROCESSOR,
                                                processor_agreement=True)
    return register, customers, accountant


def opened(qtbot, register, parent=None):
    dialog = InvoicesDialog(register, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.totals.text() not in ("", "Bezig met opzoeken…"))
    return dialog


def first_quarter(qtbot, dialog):
    dialog.start.setDate(QDate(2026, 1, 1))
    dialog.end.setDate(QDate(2026, 3, 31))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)


def test_the_period_is_listed_with_the_kept_invoices_and_saved_for_the_accountant(qtbot, window, books, tmp_path):
    register, customers, accountant = books
    register.settings.set_value("accountant_recipient", "Boekhouder Zeeland")
    assert window.invoices_action.text().replace("&", "") == "Facturen voor de boekhouder…"
    assert window.invoices_action in window.findChild(QMenu, "registerMenu").actions()  # in the Register menu
    dialog = opened(qtbot, register, window)
    assert dialog.windowTitle() == "Facturen voor de boekhouder"
    assert (dialog.start.date(), dialog.end.date()) == (QDate(2026, 7, 1), QDate(2026, 9, 30))  # last quarter
    assert dialog.model.rows == [] and dialog.totals.text() == "0 facturen, totaal € 0,00"
    first_quarter(qtbot, dialog)
    assert dialog.model.rows == [
        ("F-2026-001", "01-01-2026", "€ 121,00", "Anna Zwart", "4561 ZH Hulst", ""),
        ("F-2026-005", "01-02-2026", "€ 75,00", "Dirk Verdwenen", "Gasthuisstraat 9, 4561 AB Hulst", "ja, tot 01-02-2033"),
        ("F-2026-007", "10-02-2026", "€ -49,95", "Bert Aalst", "4571 AB Axel", ""),
        ("F-2026-014", "31-03-2026", "€ 1.234,50", "Anna Zwart", "4561 ZH Hulst", "")]
    assert dialog.model.headerData(5, Qt.Orientation.Horizontal) == "Bewaard na wissen"
    assert dialog.totals.text() == "4 facturen, totaal € 1.380,55 (1 bewaard na wissen)"
    assert dialog.accountant.text().startswith("Boekhouder: Boekhouder Zeeland")
    assert dialog.save_button.text() == "Opslaan voor de boekhouder…" and dialog.save_button.isEnabled()

    out = tmp_path / "q1.csv"
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.save(str(out))
    assert saved.args[0].customers == 2
    assert "4 facturen opgeslagen in" in dialog.totals.text() and "Boekhouder Zeeland" in dialog.totals.text()
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["F-2026-001", "F-2026-005", "F-2026-007", "F-2026-014"]
    assert [d.what for d in register.sharing.disclosures(customers["Anna"])] == [
        "facturen 01-01-2026 t/m 31-03-2026: 2 facturen"]
    assert register.sharing.disclosures(customers["Cor"]) == []

    dialog.start.setDate(QDate(2026, 4, 1))  # after the end: said in the dialog, nothing to save
    qtbot.waitUntil(lambda: dialog.totals.text().startswith("De periode begint op 01-04-2026"))
    assert dialog.model.rows == [] and not dialog.save_button.isEnabled()


def test_without_an_accountant_a_plain_message_and_nothing_written(qtbot, books, tmp_path):
    register, customers, _ = books
    dialog = opened(qtbot, register)
    assert dialog.accountant.text() == "Nog geen boekhouder gekozen: kies die in de instellingen."
    first_quarter(qtbot, dialog)
    seen = {}
    state = when_modal(qtbot, lambda box: seen.update(text=box.text(), name=box.objectName()))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state["done"])
    assert seen["text"].startswith("Er is nog geen boekhouder gekozen.") and seen["name"] != "userErrorBox"
    assert list(tmp_path.glob("*.csv")) == []
    assert all(register.sharing.disclosures(cid) == [] for cid in customers.values())


def test_without_a_processor_agreement_the_refusal_says_why(qtbot, books, tmp_path):
    register, customers, accountant = books
    register.settings.set_value("accountant_recipient", "Boekhouder Zeeland")
    register.sharing.set_recipient(accountant, processor_agreement=False)
    dialog = opened(qtbot, register)
    first_quarter(qtbot, dialog)
    seen = {}
    state = when_modal(qtbot, lambda box: seen.update(text=box.text(), name=box.objectName()))
    dialog.save(str(tmp_path / "q1.csv"))
    qtbot.waitUntil(lambda: state["done"], timeout=10000)
    assert seen["name"] == "userErrorBox"
    assert "geen verwerkersovereenkomst met Boekhouder Zeeland" in seen["text"]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4 and dialog.save_button.isEnabled())
    assert not (tmp_path / "q1.csv").exists()
    assert all(register.sharing.disclosures(cid) == [] for cid in customers.values())


def test_the_accountant_is_chosen_in_the_settings(qtbot, books):
    register, _, _ = books
    register.sharing.add_recipient("Pelikaan Installaties", RecipientRole.PARTNER)
    dialog = SettingsDialog(register.settings, register.documents)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "accountant_recipient")
    assert [combo.itemText(i) for i in range(combo.count())] == ["(geen gekozen)", "Boekhouder Zeeland"]
    combo.setCurrentIndex(combo.findData("Boekhouder Zeeland"))
    dialog.save()
    assert register.settings.accountant_name() == "Boekhouder Zeeland"
    again = SettingsDialog(register.settings, register.documents)
    qtbot.addWidget(again)
    assert again.findChild(QComboBox, "accountant_recipient").currentText() == "Boekhouder Zeeland"
    assert not again.changed()
