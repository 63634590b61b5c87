"""Dialog base class (keeps its geometry) and the small forms for history entries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QSettings
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..domain.customer import Invoice, JobKind, JobStatus, ServiceJob, Visit
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.validation import parse_amount
from .messages import tr_message

ERROR_STYLE = "color: #b00020;"


class Dialog(QDialog):
    """Remembers where the owner put it and how big it was (window state only, no customer data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        geometry = QSettings().value(f"geometry/{type(self).__name__}")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        QSettings().setValue(f"geometry/{type(self).__name__}", self.saveGeometry())
        super().done(result)

    def exec(self) -> int:
        """Shown modally; once closed it is deleted (on the GUI thread, when the event loop is back), not kept
        as a hidden child of its parent: a day of closed cards and previews (hundreds of hidden windows) made
        every later dialog slower to open (issue 14: showing a modal dialog visits each window). What runs
        right after exec() still reads its fields; work started for it reports back to it first."""
        result = super().exec()
        _delete_when_done(self)
        return result


def _delete_when_done(dialog: QDialog) -> None:
    """Deleted once no work started for it has yet to report back (its result shown over it, as before)."""
    from PySide6.QtCore import QTimer
    from shiboken6 import isValid

    from . import tasks

    if not isValid(dialog) or dialog.isVisible():  # deleted with its parent, or shown again
        return
    if tasks.reporting_to(dialog):
        QTimer.singleShot(200, lambda: _delete_when_done(dialog))
    else:
        dialog.deleteLater()


def date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    day = value or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def to_date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def error_label(field: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{field}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def kind_names() -> dict[JobKind, str]:
    return {JobKind.REMOTE_HELP: QCoreApplication.translate("names", "Remote help"),
            JobKind.REPAIR: QCoreApplication.translate("names", "Repair"),
            JobKind.INSTALLATION: QCoreApplication.translate("names", "Installation")}


def status_names() -> dict[JobStatus, str]:
    return {JobStatus.OPEN: QCoreApplication.translate("names", "Open"),
            JobStatus.IN_PROGRESS: QCoreApplication.translate("names", "In progress"),
            JobStatus.DONE: QCoreApplication.translate("names", "Done"),
            JobStatus.CANCELLED: QCoreApplication.translate("names", "Cancelled")}


class HistoryEntryDialog(Dialog):
    """A small form that builds one record and hands it to ``save`` (a service call)."""

    def __init__(self, title: str, save, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.form = QFormLayout()
        self.error = error_label("entry")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def record(self):
        raise NotImplementedError

    def _accept(self) -> None:
        try:
            self._save(self.record())
        except ValidationFailed as exc:
            self.error.setText(" ".join(tr_message(e) for e in exc.errors))
            self.error.show()
            return
        except UserError as exc:
            self.error.setText(tr_message(exc))
            self.error.show()
            return
        self.accept()


class VisitDialog(HistoryEntryDialog):
    def __init__(self, save, parent=None) -> None:
        super().__init__(self.tr("New visit"), save, parent)
        self.date = date_edit()
        self.purpose = QLineEdit()
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Purpose"), self.purpose)

    def record(self) -> Visit:
        return Visit(date=to_date(self.date), purpose=self.purpose.text())


class ServiceJobDialog(HistoryEntryDialog):
    def __init__(self, save, parent=None) -> None:
        super().__init__(self.tr("New service job"), save, parent)
        self.date = date_edit()
        self.kind = QComboBox()
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind)
        self.device = QLineEdit()
        self.serial = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Device"), self.device)
        self.form.addRow(self.tr("Serial number"), self.serial)
        self.form.addRow(self.tr("Description"), self.description)

    def record(self) -> ServiceJob:
        return ServiceJob(date=to_date(self.date), kind=JobKind(self.kind.currentData()), device=self.device.text(),
                          serial_number=self.serial.text(), description=self.description.toPlainText(),
                          status=JobStatus.OPEN)


class InvoiceDialog(HistoryEntryDialog):
    def __init__(self, save, parent=None) -> None:
        super().__init__(self.tr("New invoice"), save, parent)
        self.number = QLineEdit()
        self.date = date_edit()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("49,95")
        self.form.addRow(self.tr("Invoice number"), self.number)
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Amount (€)"), self.amount)

    def record(self) -> Invoice:
        try:
            amount = parse_amount(self.amount.text())
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        return Invoice(number=self.number.text(), date=to_date(self.date), amount=amount)


def table(headers: list[str], name: str, stretch: int) -> QTableWidget:
    """A read-only table whose columns fit their contents, column ``stretch`` taking what is left."""
    widget = QTableWidget(0, len(headers))
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(headers)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.verticalHeader().hide()
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return widget


def fill(widget: QTableWidget, rows: list[list[str]]) -> None:
    widget.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            widget.setItem(r, c, QTableWidgetItem(value))
