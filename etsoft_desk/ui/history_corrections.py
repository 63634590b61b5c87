"""Correcting the card's history in the window (issue 11 item 3): a double-click on a visit, service job or
invoice, or "Correct…" under its table, opens the row in a small form. The service decides (validation, the
restriction gate, the request); afterwards the Art. 19 letters are shown for printing or saving when recipients
received the customer's data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ..domain.corrections import RowKind
from ..domain.errors import UserError, ValidationFailed
from ..domain.validation import parse_amount
from .dialogs import Dialog, date_edit, error_label, kind_names, to_date
from .messages import show_info, tr_message


def ask_rectification_request(parent: QWidget, request_id: int) -> int | None:
    """The customer's open rectification request: is this change the correction it asks for? (The card and its
    history ask alike; the words are the card's.)"""
    from .messages import ask

    yes = ask(parent, QCoreApplication.translate("CustomerDialog", "Rectification request"),
              QCoreApplication.translate("CustomerDialog", "Is this change the correction asked for in request %1?")
              .replace("%1", str(request_id)), default_yes=True)
    return request_id if yes else None


def _amount_text(amount) -> str:
    return f"{amount:.2f}".replace(".", ",")


class CorrectionDialog(Dialog):
    """One history row in a form; Save hands the changed fields to ``save(changes, request_id)``."""

    def __init__(self, kind: RowKind, row, save: Callable, ask_request: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self._kind, self._row, self._save, self._ask = kind, row, save, ask_request
        self.result_value = None
        titles = {RowKind.VISIT: self.tr("Correct visit"), RowKind.SERVICE_JOB: self.tr("Correct service job"),
                  RowKind.INVOICE: self.tr("Correct invoice entry")}
        self.setWindowTitle(titles[kind])
        form = QFormLayout()
        self.edits: dict[str, QWidget] = {}
        if kind is RowKind.INVOICE:
            number = QLabel(row.number)
            number.setObjectName("invoiceNumber")
            form.addRow(self.tr("Invoice number"), number)
            note = QLabel(self.tr("The entry is corrected to match the invoice as it was issued. The number is the "
                                  "invoice's identity and is not changed; if the invoice itself was wrong, issue a "
                                  "credit note and a new invoice."))
            note.setWordWrap(True)
            form.addRow("", note)
        self.edits["date"] = date_edit(row.date)
        form.addRow(self.tr("Date"), self.edits["date"])
        if kind is RowKind.VISIT:
            self._line(form, "purpose", self.tr("Purpose"), row.purpose)
        elif kind is RowKind.SERVICE_JOB:
            combo = QComboBox()
            for service, name in kind_names().items():
                combo.addItem(name, service)
            combo.setCurrentIndex(combo.findData(row.kind))
            self.edits["kind"] = combo
            form.addRow(self.tr("Kind"), combo)
            self._line(form, "device", self.tr("Device"), row.device)
            self._line(form, "serial_number", self.tr("Serial number"), row.serial_number)
            description = QPlainTextEdit(row.description)
            description.setFixedHeight(70)
            self.edits["description"] = description
            form.addRow(self.tr("Description"), description)
        else:
            self._line(form, "amount", self.tr("Amount (€)"), _amount_text(row.amount))
        for name, edit in self.edits.items():
            edit.setObjectName(f"correct_{name}")
        self.error = error_label("correction")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _line(self, form: QFormLayout, name: str, label: str, value: str) -> None:
        self.edits[name] = QLineEdit(value)
        form.addRow(label, self.edits[name])

    def changes(self) -> dict[str, object]:
        """The fields the owner changed, with their new values (the service checks them)."""
        row, out = self._row, {}
        for name, edit in self.edits.items():
            if name == "date":
                value, before = to_date(edit), row.date
            elif name == "kind":
                value, before = edit.currentData(), row.kind
            elif name == "description":
                value, before = edit.toPlainText(), row.description
            elif name == "amount":
                value, before = edit.text(), _amount_text(row.amount)
                try:
                    if parse_amount(value) == row.amount:
                        continue
                except UserError:
                    pass  # the service says why
            else:
                value, before = edit.text(), getattr(row, name)
            if (value.strip() if isinstance(value, str) else value) != before:
                out[name] = value
        return out

    def _accept(self) -> None:
        changes = self.changes()
        try:
            request_id = self._ask() if changes else None
            self.result_value = self._save(changes, request_id)
        except ValidationFailed as exc:
            self._say(" ".join(tr_message(e) for e in exc.errors))
            return
        except UserError as exc:
            self._say(tr_message(exc))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class HistoryCorrections(QObject):
    """Adds the correction to the card's history tables (``record()`` is the card as it is shown)."""

    def __init__(self, dialog, register, record: Callable) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._register = register
        self._corrections = register.corrections
        self._record = record
        self.buttons: dict[RowKind, QPushButton] = {}
        for table, kind in ((dialog.visits, RowKind.VISIT), (dialog.jobs, RowKind.SERVICE_JOB),
                            (dialog.invoices, RowKind.INVOICE)):
            table.cellDoubleClicked.connect(lambda row, _column, k=kind: self.correct(k, row))
            button = QPushButton(self.tr("Correct…"))
            button.setObjectName(f"correct_{kind.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=kind, t=table: self.correct(k, t.currentRow()))
            table.buttons.insertWidget(1, button)
            self.buttons[kind] = button

    def _rows(self, kind: RowKind) -> list:
        record = self._record()
        return {RowKind.VISIT: record.visits, RowKind.SERVICE_JOB: record.service_jobs,
                RowKind.INVOICE: record.invoices}[kind]

    def correct(self, kind: RowKind, index: int) -> None:
        rows = self._rows(kind)
        if not 0 <= index < len(rows):
            show_info(self._dialog, self.tr("Correct"), self.tr("Choose the row to correct first."))
            return
        row = rows[index]
        customer_id = self._record().id

        def ask() -> int | None:
            from ..services import rights

            request_id = rights.open_request(customer_id, rights.RequestKind.RECTIFICATION)
            return None if request_id is None else ask_rectification_request(form, request_id)

        form = CorrectionDialog(kind, row, lambda changes, request_id: self._corrections.correct(
            kind, row.id, changes, request_id=request_id), ask, self._dialog)
        if not form.exec():
            return
        self._dialog.reload_history()
        result = form.result_value
        if result.recipients:
            self.offer_letters(result.ids)

    def offer_letters(self, correction_ids: list[int]) -> None:
        """The Art. 19 letters to the recipients, to print or save (each is kept as a notice waiting to be sent).
        Laying them out takes 50-300 ms: done off the GUI thread."""
        from . import tasks

        register = self._register
        tasks.run(self._dialog, lambda report: register.corrections.letters(correction_ids), self._show_letters,
                  register=register)

    def _show_letters(self, made: tuple[list[str], bytes]) -> None:
        from .print_preview import PrintPreview

        doc_ids, pdf = made
        PrintPreview(pdf, self.tr("Letters to the recipients (GDPR Art. 19)"), f"kennisgeving-{doc_ids[0]}.pdf",
                     parent=self._dialog).exec()
