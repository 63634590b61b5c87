"""The main window: the customer list, search as you type, and the way to each card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMainWindow, QTableView, QToolBar,
                               QVBoxLayout, QWidget)

from ..services.register import Register
from .import_flow import ImportCancelled, ImportFlow  # noqa: F401 (ImportCancelled: its former home)
from .menus import MainMenus
from .register_actions import RegisterActions
from .register_swap import RegisterSwap
from .todo import TodoBar
from .customer_model import COL_CITY, COL_EMAIL, COL_ID, COL_NAME, COL_PHONE, COL_POSTCODE, CustomerTableModel

if TYPE_CHECKING:  # made after the first paint (MainWindow.counter_lock)
    from .lock import CounterLock

COUNT_SHOWN = 10_000  # a search finding more says "more than 10,000"
READER_CLOSE_WAIT_S = 10.0  # closing waits this long at most for the page the list is reading
FIRST_READS_LATEST_MS = 250  # the counts are read after the first paint, or this long after the window is made


class MainWindow(ImportFlow, RegisterActions, RegisterSwap, MainMenus, QMainWindow):
    importFinished = Signal(object)  # ImportResult, or the exception that stopped the import
    backupFinished = Signal(object)  # BackupResult, or the sentence that says why there is none
    registerReplaced = Signal(object)  # the register after a restore: the window is built anew around it
    rekeyFinished = Signal(object)  # RekeyResult: the register is re-encrypted under the new key
    restoreConfirmed = Signal(object)  # the set-aside copies removed after the owner confirmed a restore
    confirmRestoreRequested = Signal()  # Register › Confirm the restore: the set-aside register may go

    def __init__(self, register: Register, *, demo: bool = False, keystore=None, unattended: bool = False) -> None:
        super().__init__()
        self._unattended = unattended  # a --screenshot run: its offscreen size must not become the next start's
        self._demo = demo  # the counter lock (made after the first paint) tells the demo's PIN
        self._keystore = keystore  # where a new key goes after a rekey or restore (None: nowhere, e.g. the demo)
        self.setObjectName("mainWindow")
        self._register = register
        self.confirmRestoreRequested.connect(self.confirm_restore)
        title = self.tr("ETSoft Desk – customer register")
        self.setWindowTitle(title + (self.tr(" (demo, fictitious customers)") if demo else ""))

        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search by name, phone, email, postcode or city   (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search customers"))

        self.model = CustomerTableModel(register.customers, self, register=register)
        self.table = QTableView()
        self.table.setObjectName("customerTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)  # the model's own
        self.table.setSortingEnabled(True)  # order: the first page is not read again
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for column, width in ((COL_ID, 60), (COL_NAME, 240), (COL_PHONE, 130), (COL_EMAIL, 260), (COL_POSTCODE, 80)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_CITY, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_index)  # Enter and double-click

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupLabel")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.count_label)

        toolbar = QToolBar(self.tr("Customers"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.new_action = QAction(self.tr("&New customer"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_customer)
        self.open_action = QAction(self.tr("&Open card"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.open_selected)
        self.statement_action = QAction(self.tr("&Privacy statement…"), self)
        self.statement_action.triggered.connect(self.show_statements)
        self.recipients_action = QAction(self.tr("Re&cipients…"), self)
        self.recipients_action.triggered.connect(self.show_recipients)
        self.referrals_action = QAction(self.tr("Re&ferrals…"), self)
        self.referrals_action.triggered.connect(self.show_referrals)
        self.requests_action = QAction(self.tr("R&equests…"), self)
        self.requests_action.setToolTip(self.tr("Requests about personal data and their deadlines"))
        self.requests_action.triggered.connect(self.show_requests)
        self.marketing_action = QAction(self.tr("&Who may I approach?"), self)  # issue 11
        self.marketing_action.setObjectName("marketingAction")
        self.marketing_action.triggered.connect(self.show_marketing)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from any open window
        self.lock_action.setToolTip(self.tr("Hide everything behind the lock screen (Ctrl+L)"))
        self.backup_action = QAction(self.tr("&Back up…"), self)
        self.backup_action.setToolTip(self.tr("Make an encrypted, verified copy of the register (e.g. on a USB stick)"))
        self.backup_action.triggered.connect(self.make_backup)
        self.retention_action = QAction(self.tr("Re&tention…"), self)
        self.retention_action.setToolTip(self.tr("What is due for destruction, and the log of paper and devices"))
        self.retention_action.triggered.connect(self.show_retention)
        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.show_settings)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(self.tr("Import customers from a contact file (CSV, Excel, vCard; Google, Outlook)"))
        self.import_action.triggered.connect(self.import_customers)
        # Short words on the toolbar where the menu's are long, so it fits at 1100 px without the »» overflow
        # (issue 15); the menus keep the full text.
        self.statement_action.setIconText(self.tr("Privacy"))
        self.marketing_action.setIconText(self.tr("Approach"))
        self.retention_action.setIconText(self.tr("Retention"))
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.statement_action)
        toolbar.addAction(self.recipients_action)
        toolbar.addAction(self.referrals_action)
        toolbar.addAction(self.requests_action)
        toolbar.addAction(self.marketing_action)
        toolbar.addAction(self.retention_action)
        toolbar.addAction(self.backup_action)
        toolbar.addAction(self.settings_action)
        from .staff_combo import StaffChooser

        # who is at the counter, named in every record made in this session; in the status bar, always in view
        # (at the end of the toolbar it fell behind the overflow button at 1280 px)
        self.staff_chooser = StaffChooser(register.staff, register.settings, register.pin)
        self.statusBar().addPermanentWidget(self.staff_chooser)
        self.addToolBar(toolbar)
        self.search.returnPressed.connect(self._search_enter)

        self.todo_bar = TodoBar(lambda: register.todo, lambda: register.clock().date(), register=register)
        self.todo_bar.open_kind.connect(self.show_todo)
        self._build_menus()  # ui/menus.py: Bestand, Bewerken, Klant, Register, Help
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.todo_bar)
        layout.addWidget(self.search)  # its own row: always visible, however many toolbar buttons there are
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self.search.textChanged.connect(self.model.set_filter)
        # Counting all matches costs more than painting the first page: do it once typing pauses.
        self._count_timer = QTimer(self, singleShot=True, interval=150)
        self._count_timer.timeout.connect(self._update_count)
        self.model.modelReset.connect(self._count_timer.start)
        # The count and the to-do bar's counts are read in the background once the window is painted: read at
        # once, they held its first frame up (the worker's Python code shares the interpreter with the painting).
        self._painted = False
        self._first_reads = QTimer(self, singleShot=True, interval=FIRST_READS_LATEST_MS)  # a window never shown
        self._first_reads.timeout.connect(self._read_counts)
        self._first_reads.start()
        geometry = QSettings().value("geometry/MainWindow")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 680)
        self.search.setFocus()
        self._after(500, self.show_backup_age)
        self.lock_action.triggered.connect(lambda: self.counter_lock.lock())  # at once, made or not
        # Kept data whose date has passed goes at every start, once the window is up and the owner at work;
        # then the automatic backup, if a folder is chosen in the settings.
        self._after(2000, self.after_opening)
        self._after(3000, self.auto_backup)
        from .warm_up import warm_up_later

        warm_up_later(self)  # the card's and the dialogs' modules, before a first click waits for them (#14)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:  # the window's own paint comes first; its list and bars are painted in this turn
            self._painted = True
            QTimer.singleShot(0, self, self._read_counts)

    def _read_counts(self) -> None:
        if self._counts_asked:
            return
        self._counts_asked = True
        self._first_reads.stop()
        self._update_count()
        self.todo_bar.refresh()
        _ = self.counter_lock  # made now, if nothing asked for it before

    _counts_asked = False  # the first counts (after the first paint, or FIRST_READS_LATEST_MS)
    _counter_lock = None

    @property
    def counts_asked(self) -> bool:
        """The first counts have been asked for (a --screenshot waits for them)."""
        return self._counts_asked

    @property
    def counter_lock(self) -> CounterLock:
        """The counter lock (ui/lock.py), made at the first paint or when first asked for: made before, its
        module and its watch on the window's events held the first frame up."""
        if self._counter_lock is None:
            from .lock import CounterLock, demo_pin_hint

            register = self._register
            self._counter_lock = CounterLock(self, register.pin, lambda: register.settings.idle_lock_minutes,
                                             hint=demo_pin_hint() if self._demo else "")
        return self._counter_lock

    def retire(self) -> None:
        """This window gives way to a new one (after a restore): stop its lock and timers, then go."""
        if self._counter_lock is not None:  # none is made for a window that goes before its first paint
            self._counter_lock.stop()
        self.close()

    def about_text(self) -> str:
        import PySide6

        info = self._register.about()
        return "\n".join([
            self.tr("ETSoft Desk %1, the encrypted customer register of %2.").replace("%1", info["ETSoft Desk"])
            .replace("%2", self._register.settings.shop()["shop_name"]),
            "",
            self.tr("SQLCipher %1 (SQLite %2), Qt for Python %3").replace("%1", info["SQLCipher"])
            .replace("%2", info["SQLite"]).replace("%3", PySide6.__version__),
            self.tr("Register: %1").replace("%1", info["register"]),
            self.tr("Erasure ledger: %1").replace("%1", info["ledger"]),
            self.tr("Log (no personal data): %1").replace("%1", info["log"])])

    def show_about(self) -> None:
        from .messages import show_about

        show_about(self, self.tr("About ETSoft Desk"), self.about_text())

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from ..logsetup import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def closeEvent(self, event) -> None:
        self._counts_asked = True  # closed before its first paint: nothing is read for it any more
        self._first_reads.stop()
        # the list's thread closes its connection before the register closes (and releases its lock)
        self.model.stop_reading(wait=READER_CLOSE_WAIT_S)
        if not self._unattended:
            QSettings().setValue("geometry/MainWindow", self.saveGeometry())
        super().closeEvent(event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_enter(self) -> None:
        """Enter in the search field opens the only (or first) match (once it is there)."""
        def open_first() -> None:
            if self.counter_lock.locked:  # locked while the page was read: no card over the cover
                return
            if self.model.rowCount() >= 1:
                self.table.selectRow(0)
                self.open_selected()
        self.model.when_read(open_first)

    def _update_count(self) -> None:
        """The count under the list, read in a worker: the whole register is counted exactly (100 ms at 100,000
        customers), a search up to COUNT_SHOWN (the list beyond is scrolled to, not counted)."""
        from . import tasks

        text, customers = self.search.text(), self._register.customers

        def shown(total: int) -> None:
            from shiboken6 import isValid

            if isValid(self) and self.search.text() == text:  # closed, or typed on meanwhile: nothing to show
                self._show_count(text, total)
        tasks.run(self, lambda _progress: customers.count(text, at_most=COUNT_SHOWN + 1), shown,
                  register=self._register)

    def _show_count(self, text: str, total: int) -> None:
        if text.strip() and total > COUNT_SHOWN:
            self.count_label.setText(self.tr("More than %1 found").replace("%1", QLocale().toString(COUNT_SHOWN)))
        elif text.strip():
            self.count_label.setText(self.tr("%n found", "", total))
        else:
            self.count_label.setText(self.tr("%n customer(s)", "", total))

    def _open_index(self, index) -> None:
        self.open_customer(self.model.customer_id(index.row()))

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_customer(self.model.customer_id(rows[0].row()))

    def open_customer(self, customer_id: int) -> None:
        self._show_card(customer_id)

    def new_customer(self) -> None:
        self._show_card(None)

    def _show_card(self, customer_id: int | None) -> None:
        from .card_factory import customer_card  # loaded when first needed, not before the first paint

        dialog = customer_card(self._register, customer_id, self, erase=self.erase_customer)
        dialog.saved.connect(self._after_save)
        dialog.exec()
        self.todo_bar.refresh()

    def show_todo(self, kind: str) -> None:
        from ..services.todo import TodoKind
        from .todo_dialog import TodoDialog

        from .owner_pin import owner_allows

        pin = self._register.pin
        TodoDialog(self._register.todo, self.open_customer, lambda: self._register.clock().date(), TodoKind(kind),
                   self, allow=lambda parent: owner_allows(parent, pin, self.tr("a list of customers")),
                   register=self._register).exec()
        self.todo_bar.refresh()

    def show_referrals(self) -> None:
        from .referral_panel import ReferralsDialog

        referrals = self._register.referrals.all()
        names = {r.id: r.name for r in self._register.customers.rows(sorted({cid for cid, _ in referrals}))}
        ReferralsDialog(referrals, names, self).exec()

    def show_requests(self) -> None:
        from .requests_panel import RequestsDialog

        RequestsDialog(self._register, self.open_customer, self).exec()
        self.todo_bar.refresh()

    def show_marketing(self) -> None:
        from .marketing_dialog import MarketingDialog

        MarketingDialog(self._register, self).exec()

    def show_retention(self) -> None:
        from .retention_dialog import RetentionDialog

        RetentionDialog(self._register, self).exec()
        self.model.refresh()

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self._register.settings, self._register.documents, self, pin=self._register.pin,
                       staff=self._register.staff, register=self._register).exec()
        self.counter_lock.restart_idle()
        self.staff_chooser.refresh()

    def show_recipients(self) -> None:
        from .sharing_panel import RecipientsDialog

        RecipientsDialog(self._register.sharing, self).exec()

    def show_statements(self) -> None:
        from .statement_dialog import StatementDialog

        StatementDialog(self._register.statements, self._register.settings, self).exec()
        self.todo_bar.refresh()

    def _after_save(self, customer_id: int) -> None:
        self.model.refresh()
        self.todo_bar.refresh()

        def select() -> None:
            row = self.model.row_of(customer_id)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.model.when_read(select)
        self.statusBar().showMessage(self.tr("Saved."), 4000)
