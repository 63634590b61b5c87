"""“Facturen voor de boekhouder…”: the invoices of a period (the customers' own and those kept after an erasure),
their totals, and the export for the accountant, recorded as a disclosure to the accountant's entry in the
recipients register (services/invoices.py). The list and the export run off the GUI thread: a year of a busy
shop, or the export's records, can take longer than a repaint may."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..domain.invoices import InvoiceLine, euros_display
from . import tasks
from .dialogs import Dialog, date_edit, to_date
from .messages import show_error, show_info, tr_message

COL_NUMBER, COL_DATE, COL_AMOUNT, COL_CUSTOMER, COL_ADDRESS, COL_KEPT = range(6)
_DISPLAY = Qt.ItemDataRole.DisplayRole  # looked up once: data() is called for every visible cell
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HORIZONTAL = Qt.Orientation.Horizontal


def row_texts(lines: list[InvoiceLine], kept_until: str) -> list[tuple[str, ...]]:
    """The table's text of each invoice (made in the worker: a year of a busy shop is tens of thousands);
    ``kept_until`` is the window's "yes, until %1"."""
    return [(x.number, f"{x.date:%d-%m-%Y}", euros_display(x.amount_cents), x.customer_name, x.customer_address,
             kept_until.replace("%1", f"{x.keep_until:%d-%m-%Y}") if x.keep_until else "") for x in lines]


class InvoiceTableModel(QAbstractTableModel):
    """The invoices as rows of text, made once when the list arrives."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self._headers = headers
        self.lines: list[InvoiceLine] = []
        self.rows: list[tuple[str, ...]] = []

    def set_lines(self, lines: list[InvoiceLine], rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.lines, self.rows = lines, rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=_DISPLAY):
        if role == _DISPLAY and index.isValid():
            return self.rows[index.row()][index.column()]
        if role == _ALIGN and index.column() == COL_AMOUNT:
            return _RIGHT
        return None

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return self._headers[section]
        return None


class InvoicesDialog(Dialog):
    listed = Signal()  # the list for the chosen period is in the table
    saved = Signal(object)  # the InvoiceExport, once written and recorded

    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesDialog")
        self.setWindowTitle(self.tr("Invoices for the accountant"))
        self.setMinimumSize(820, 500)
        self._register = register
        self._asked = 0  # the newest list asked for: an older answer arriving late is dropped
        self._saving = False
        default = register.invoices.period()
        self.start = date_edit(default.start)
        self.start.setObjectName("invoicesFrom")
        self.end = date_edit(default.end)
        self.end.setObjectName("invoicesTo")
        self._wait = QTimer(self, singleShot=True, interval=150)  # while the owner is still turning a date
        self._wait.timeout.connect(self.refresh)
        self.start.dateChanged.connect(self._wait.start)
        self.end.dateChanged.connect(self._wait.start)
        self.totals = QLabel()
        self.totals.setObjectName("invoicesTotals")
        self.accountant = QLabel()
        self.accountant.setObjectName("invoicesAccountant")
        self.accountant.setWordWrap(True)
        self.model = InvoiceTableModel([self.tr("Invoice"), self.tr("Date"), self.tr("Amount"), self.tr("Customer"),
                                        self.tr("Address"), self.tr("Kept after an erasure")])
        self.table = QTableView()
        self.table.setObjectName("invoicesTable")
        self.table.setAccessibleName(self.tr("Invoices"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # fixed widths: fitting them to a year's rows took 150-260 ms
        for column, width in ((COL_NUMBER, 120), (COL_DATE, 90), (COL_AMOUNT, 100), (COL_CUSTOMER, 200),
                              (COL_KEPT, 140)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("Save for the accountant…"))
        self.save_button.setObjectName("invoicesSave")
        self.save_button.clicked.connect(lambda: self.save())
        top = QHBoxLayout()
        for label, field in ((QLabel(self.tr("From")), self.start), (QLabel(self.tr("to")), self.end)):
            label.setBuddy(field)
            top.addWidget(label)
            top.addWidget(field)
        top.addWidget(self.totals, 1)
        top.addWidget(self.save_button)
        note = QLabel(self.tr("Every invoice dated in the period, both days included, also those the tax law keeps "
                              "after a customer was erased. Saving records, for each customer, that their invoices "
                              "went to the accountant (the access report shows it)."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.accountant)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._show_accountant()
        self.refresh()

    def _show_accountant(self) -> None:
        name = self._register.settings.accountant_name()
        self.accountant.setText(self.tr("Accountant: %1 (a processor in the recipients register)").replace("%1", name)
                                if name else self.tr("No accountant chosen yet: choose one in the settings."))

    def period(self):
        """The period in the pickers, or the sentence why it is none (a start after the end)."""
        return self._register.invoices.period(to_date(self.start), to_date(self.end))

    def refresh(self) -> None:
        self._wait.stop()
        try:
            asked = self.period()
        except UserError as exc:
            self._asked += 1  # whatever is still on its way is for another period
            self.model.set_lines([], [])
            self.totals.setText(tr_message(exc))
            self.save_button.setEnabled(False)
            self.listed.emit()
            return
        self._asked += 1
        number, register = self._asked, self._register
        self.totals.setText(self.tr("Looking up…"))
        kept_until = self.tr("yes, until %1")

        def work(report):
            lines = register.invoices.in_period(asked)
            return number, lines, row_texts(lines, kept_until), sum(x.amount_cents for x in lines), \
                sum(1 for x in lines if x.kept)

        tasks.run(self, work, self._listed, register=register, failed=self._failed)

    def _listed(self, result) -> None:
        number, lines, rows, total, kept = result
        if number != self._asked:
            return
        self.model.set_lines(lines, rows)
        text = self.tr("%n invoice(s), total %1", "", len(lines)).replace("%1", euros_display(total))
        if kept:
            text += " " + self.tr("(%n kept after an erasure)", "", kept)
        self.totals.setText(text)
        self.save_button.setEnabled(not self._saving)
        self.listed.emit()

    def save(self, path: str | None = None) -> None:
        if not self._register.settings.accountant_name():
            show_info(self, self.tr("Invoices for the accountant"),
                      self.tr("No accountant has been chosen yet. Choose, in the settings, the processor in the "
                              "recipients register who keeps your books; then the invoices can be saved here."))
            return
        try:
            asked = self.period()
        except UserError as exc:
            show_error(self, exc)
            return
        if path is None:
            from .file_dialogs import save_file

            path = save_file(
                self, self.tr("Save for the accountant"), f"facturen-{asked.start}-{asked.end}.csv",
                self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"))
            if not path:
                return
        from .owner_pin import owner_allows

        if not owner_allows(self, self._register.pin, self.tr("the invoices with the customers' names")):
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.totals.setText(self.tr("Saving…"))
        register = self._register
        tasks.run(self, lambda report: register.invoices.save_for_accountant(asked, path, overwrite=True),
                  self._saved, register=register, failed=self._failed)  # the file dialog asked to replace

    def _saved(self, done) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.totals.setText(self.tr("%1 invoices saved to %2; recorded as given to %3 for %4 customer(s).")
                            .replace("%1", str(done.invoices)).replace("%2", str(done.path))
                            .replace("%3", done.accountant).replace("%4", str(done.customers)))
        self.saved.emit(done)

    def _failed(self, exc: BaseException) -> bool:
        """Usable again first; a refusal is told here, a bug goes on to the crash dialog (ui/tasks.run)."""
        was_saving, self._saving = self._saving, False
        self.save_button.setEnabled(True)
        if not isinstance(exc, UserError):
            return False
        self.totals.setText("")
        show_error(self, exc)
        if was_saving:
            self.refresh()
        return True

    def reject(self) -> None:
        if self._saving:
            return  # the file and its records are being written together: the dialog waits for them
        super().reject()
