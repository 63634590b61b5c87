from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from etsoft_desk.store import audit as audit_store
from etsoft_desk.store.models import Customer
from etsoft_desk.ui.customer_model import COL_CITY, COL_NAME, COL_PHONE, CustomerTableModel
from tests.ui.conftest import column, when_modal
from etsoft_desk.ui.main_window import MainWindow
from tests.helpers.cards import card


def test_window_speaks_dutch_and_lists_customers_sorted(window, qtbot):
    assert window.windowTitle() == "ETSoft Desk – klantenregister"
    assert window.search.placeholderText().startswith("Zoek op naam")
    assert window.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Naam"
    assert column(window.model, COL_NAME) == ["Bert Aalst", "Cor Mulder", "Anna Zwart"]
    assert column(window.model, COL_PHONE)[0] == "06 12340000"
    qtbot.waitUntil(lambda: window.count_label.text() == "3 klanten")  # counted off the GUI thread


def test_typing_narrows_the_table(window, qtbot):
    qtbot.keyClicks(window.search, "zwa")
    assert column(window.model, COL_NAME) == ["Anna Zwart"]
    window.search.clear()
    qtbot.keyClicks(window.search, "+31 6 8765")
    assert column(window.model, COL_NAME) == ["Cor Mulder"]
    window.search.clear()
    qtbot.keyClicks(window.search, "4571")
    assert column(window.model, COL_NAME) == ["Bert Aalst"]
    qtbot.waitUntil(lambda: window.count_label.text() == "1 gevonden")


def test_clicking_a_header_sorts(window, qtbot):
    header = window.table.horizontalHeader()
    city = QPoint(header.sectionViewportPosition(COL_CITY) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=city)
    assert column(window.model, COL_CITY) == ["Axel", "Hulst", "Terneuzen"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=city)
    assert column(window.model, COL_CITY) == ["Terneuzen", "Hulst", "Axel"]


def test_new_customer_is_saved_and_then_found(window, qtbot, register):
    def fill(dialog):
        assert dialog.objectName() == "customerDialog" and dialog.windowTitle() == "Nieuwe klant"
        qtbot.keyClicks(dialog.first_name, "Dirk")
        qtbot.keyClicks(dialog.last_name, "Dekker")
        qtbot.keyClicks(dialog.emails, "dirk@example.com")
        qtbot.keyClicks(dialog.phones, "06 11122233")
        qtbot.keyClicks(dialog.postcode, "4564ab")
        qtbot.keyClicks(dialog.city, "Sint Jansteen")
        dialog.age_confirmed.setChecked(True)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
        dialog.reject()  # saved, the card stays open as the whole card (issue 15); Sluiten closes it

    state = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert state == {"done": True, "error": None, "left_open": False}
    assert Customer.select().count() == 4
    qtbot.keyClicks(window.search, "dekk")
    assert column(window.model, COL_NAME) == ["Dirk Dekker"]
    assert window.model.index(0, 4).data() == "4564 AB"


def test_invalid_email_shows_a_message_and_saves_nothing(window, qtbot):
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.first_name, "Els")
        qtbot.keyClicks(dialog.emails, "els@example")
        dialog.age_confirmed.setChecked(True)
        dialog.save()
        label = dialog.findChild(QLabel, "error_email")
        seen["visible"], seen["text"] = label.isVisible(), label.text()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    state = when_modal(qtbot, fill)
    window.new_customer()
    assert state["done"] and state["error"] is None
    assert seen == {"visible": True, "text": "“els@example” is geen geldig e-mailadres.", "still_open": True}
    assert Customer.select().count() == 3


def test_enter_opens_the_card_and_the_view_is_audited(window, qtbot, customers):
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        seen["name"] = dialog.last_name.text()
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        dialog.reject()

    qtbot.keyClicks(window.search, "mulder")
    state = when_modal(qtbot, look)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert state["done"] and state["error"] is None
    assert seen == {"title": f"Klant {customers['Cor']}", "name": "Mulder",
                    "tabs": ["Kaart", "Bezoeken", "Servicebeurten", "Facturen", "Toestemming", "Delen", "Referentie",
                             "Bijzonder", "Verzoeken", "Documenten"]}
    assert [e.action for e in audit_store.for_customer(customers["Cor"])].count("customer.view") == 1


def test_ctrl_f_goes_to_the_search_field(window, qtbot):
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search


def test_table_model_loads_lazily_and_passes_the_model_tester(qtmodeltester, register):
    from etsoft_desk.services import demo

    for c in demo.demo_cards(250):
        register.customers.create(c)
    model = CustomerTableModel(register.customers)
    assert model.rowCount() == 50 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    assert len(set(model.customer_id(r) for r in range(250))) == 250
    qtmodeltester.check(model)


def test_edit_changes_the_card_and_the_list(window, qtbot, customers):
    def edit(dialog):
        dialog.city.setText("Graauw")
        dialog.save()

    state = when_modal(qtbot, edit)
    window.open_customer(customers["Anna"])
    assert state["done"] and state["error"] is None
    assert Customer.get_by_id(customers["Anna"]).city == "Graauw"
    assert "Graauw" in column(window.model, COL_CITY)
    assert window.statusBar().currentMessage() == "Opgeslagen."


def test_backup_from_the_window_in_the_background(window, qtbot, register, tmp_path):
    window.show_backup_age()
    assert window.backup_label.text() == "Nog geen back-up gemaakt" and "#b00020" in window.backup_label.styleSheet()
    with qtbot.waitSignal(window.backupFinished, timeout=10000) as done:
        window.start_backup(tmp_path)
    assert done.args[0].path.parent == tmp_path and done.args[0].path.exists()
    assert window.backup_label.text() == "Laatste back-up: 25-11-2026" and window.backup_label.styleSheet() == ""
    told = []
    when_modal(qtbot, lambda box: (told.append(box.text()), box.accept()), timeout=10000)
    with qtbot.waitSignal(window.backupFinished, timeout=10000) as failed:
        window.start_backup(tmp_path / "geen-stick" / "map")
    assert failed.args[0].template.startswith("The folder") and "USB-stick" in told[0]


def test_about_names_versions_and_where_things_live(window, register):
    text = window.about_text()
    assert text.startswith("ETSoft Desk 0.1.0, het versleutelde klantenregister van ETSoft.")
    assert "SQLCipher 4." in text and str(register.path) in text and "erasure-ledger.jsonl" in text
    assert "Logboek (zonder persoonsgegevens):" in text


def test_restore_and_new_key_from_the_window(qtbot, register, customers, tmp_path, monkeypatch, new_register,
                                            answer_boxes):
    from etsoft_desk.secrets import MemoryKeyStore
    from etsoft_desk.ui.print_preview import PrintPreview

    store = MemoryKeyStore()
    window = MainWindow(register, keystore=lambda: store)
    qtbot.addWidget(window)
    backup = register.backups.backup(tmp_path / "stick.db").path
    register.customers.create(card(first_name="Na", last_name="DeBackup"))
    questions = answer_boxes(True)
    with qtbot.waitSignal(window.registerReplaced, timeout=20000) as replaced:  # off the GUI thread
        window.restore_backup(str(backup))
    restored = replaced.args[0]
    assert "(3 klanten)" in questions[0].text and restored.customers.count() == 3
    assert store.load(restored.register_id) == new_register.key
    assert any(p.name.startswith("register.db.set-aside-") for p in restored.path.parent.iterdir())
    window.retire()

    second = MainWindow(restored, keystore=lambda: store)
    qtbot.addWidget(second)
    shown = []
    monkeypatch.setattr(PrintPreview, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    old_key = restored.key
    second.new_key()  # the set-aside register would not open with a new key: the restore is confirmed first
    qtbot.waitUntil(lambda: any(b.kind == "error" for b in questions), timeout=10000)  # after the window's count
    errors = [b.text for b in questions if b.kind == "error"]
    assert shown == [] and len(errors) == 1 and "bevestig eerst het terugzetten" in errors[0] and restored.key == old_key
    restored.remove_leftovers(confirmed=True)  # what "etsoft-desk restore --confirm" does
    with qtbot.waitSignal(second.rekeyFinished, timeout=20000):  # sheet and re-encryption off the GUI thread
        second.new_key()
    assert shown == ["Nieuw herstelblad"] and restored.key != old_key
    assert restored.customers.count() == 3  # the window's own connection opens with the new key
    assert store.load(restored.register_id) == restored.key
    with qtbot.waitSignal(second.backupFinished, timeout=10000) as done:  # a worker thread's new connection
        second.start_backup(tmp_path)
    assert done.args[0].counts["customer"] == 3
    second.retire()
    restored.close()


def test_automatic_backup_at_start_and_a_missing_stick(qtbot, window, register, tmp_path):
    register.settings.set_value("backup_folder", str(tmp_path / "usb"))
    with qtbot.waitSignal(window.backupFinished, timeout=10000) as failed:
        window.auto_backup()
    assert failed.args[0].template.startswith("The folder")
    assert window.statusBar().currentMessage().startswith("Geen automatische back-up: De map")
    (tmp_path / "usb").mkdir()
    with qtbot.waitSignal(window.backupFinished, timeout=10000) as done:
        window.auto_backup()
    assert done.args[0].path.parent == tmp_path / "usb"
    assert window.statusBar().currentMessage().startswith("Automatische back-up gemaakt en gecontroleerd")


def test_restore_in_the_window_asks_for_the_key_of_a_backup_made_before_a_rekey(qtbot, register, customers, tmp_path,
                                                                                 monkeypatch, new_register,
                                                                                 answer_boxes):
    from PySide6.QtWidgets import QInputDialog

    from etsoft_desk.domain.recovery_key import format_recovery_key
    from etsoft_desk.secrets import MemoryKeyStore
    from etsoft_desk.services.rekey import rekey

    store = MemoryKeyStore()
    old_backup = register.backups.backup(tmp_path / "oud.db").path
    rekey(register, lambda: store)
    window = MainWindow(register, keystore=lambda: store)
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(a[2]),
                                                                 (format_recovery_key(new_register.key), True))[1])
    answer_boxes(True)
    with qtbot.waitSignal(window.registerReplaced, timeout=20000) as replaced:
        window.restore_backup(str(old_backup))
    restored = replaced.args[0]
    assert "eerdere sleutel" in asked[0] or "andere sleutel" in asked[0]
    assert restored.customers.count() == 3 and restored.key == new_register.key
    assert store.load(restored.register_id) == new_register.key
    window.retire()
    restored.close()


def test_the_toolbar_fits_at_1100_pixels_without_the_overflow_button(window, qtbot):
    from PySide6.QtWidgets import QToolBar, QToolButton

    window.resize(1100, 700)
    qtbot.wait(50)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    overflow = [b for b in toolbar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"]
    assert not any(b.isVisible() for b in overflow), f"the toolbar wants {toolbar.sizeHint().width()} px"
    assert window.statement_action.text() == "&Privacyverklaring…"  # the menu keeps the full words


def test_a_window_closed_before_its_first_paint_reads_nothing_after(qtbot, register, customers, monkeypatch):
    """The counts are read after the first paint, or 250 ms after the window is made: a window closed before
    that (and its register closed) must not read them later, nor make a counter lock (peewee reopened the
    closed register for them, without its lock)."""
    from etsoft_desk.ui import main_window as module

    w = MainWindow(register)
    qtbot.addWidget(w)
    asked: list[str] = []
    monkeypatch.setattr(MainWindow, "_update_count", lambda self: asked.append("count"))
    monkeypatch.setattr(w.todo_bar, "refresh", lambda: asked.append("to-do"))
    w.close()
    register.close()
    qtbot.wait(module.FIRST_READS_LATEST_MS + 300)
    assert asked == [] and w._counter_lock is None
    assert register.db.is_closed()  # not reopened by a late read
