"""The consent card at the counter: the customer's choice per channel, one click each, with the history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.consent import BASIS_CHANNELS, Channel, ConsentBasis, ConsentMethod, ConsentRecord, ConsentState
from .names import basis_names, channel_names, method_names, state_names
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..services.consent import ConsentService, StatementService
from ..services.receipts import ReceiptService
from ..services.settings import Settings
from .messages import show_error

STATE_COLOURS = {ConsentState.GRANTED: "#1b7a2f", ConsentState.REFUSED: "#9a1c1c", ConsentState.WITHDRAWN: "#9a5b00",
                 ConsentState.NOT_ASKED: "#666666"}


class ConsentPanel(QWidget):
    changed = Signal()

    def __init__(self, customer_id: int, consent: ConsentService, statements: StatementService, settings: Settings,
                 receipts: ReceiptService | None = None, parent: QWidget | None = None, *, register=None) -> None:
        super().__init__(parent)
        self._register = register  # the receipt is built in its worker and sent by email (issue 12); None: saved only
        self.setObjectName("consentPanel")
        self._id = customer_id
        self._consent = consent
        self._settings = settings
        self._receipts = receipts
        channels, methods = channel_names(), method_names()

        self.recorder = QLineEdit(settings.at_counter or settings.staff_initials)
        self.recorder.setObjectName("recorder")
        self.recorder.setAccessibleName(self.tr("Recorded by (initials)"))
        if settings.at_counter:  # chosen from the staff list in the main window, not typed here
            self.recorder.setReadOnly(True)
            self.recorder.setToolTip(self.tr("Who is at the counter: choose in the main window's toolbar"))
        self.recorder.setPlaceholderText(self.tr("initials"))
        self.recorder.setMaximumWidth(70)
        self.recorder.editingFinished.connect(self._save_recorder)
        self.method = QComboBox()
        self.method.setObjectName("consentMethod")
        for method, name in methods.items():
            self.method.addItem(name, method.value)
        current = statements.current()
        version = QLabel(self.tr("Privacy statement: version %1 of %2").replace("%1", str(current.id)).replace(
            "%2", f"{current.effective_date:%d-%m-%Y}") if current else self.tr("No privacy statement loaded yet"))
        version.setObjectName("statementVersion")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Recorded by")))
        top.addWidget(self.recorder)
        top.addWidget(QLabel(self.tr("How")))
        top.addWidget(self.method)
        top.addStretch(1)
        top.addWidget(version)

        box = QGroupBox(self.tr("May we contact you about our products and services, and how?"))
        grid = QGridLayout(box)
        self.state_labels: dict[Channel, QLabel] = {}
        self.grant_buttons: dict[Channel, QPushButton] = {}
        self.refuse_buttons: dict[Channel, QPushButton] = {}
        self.withdraw_buttons: dict[Channel, QPushButton] = {}
        self.basis_boxes: dict[Channel, QComboBox] = {}
        for row, channel in enumerate(Channel):
            grid.addWidget(QLabel(channels[channel]), row, 0)
            label = QLabel()
            label.setObjectName(f"state_{channel.value}")
            label.setMinimumWidth(150)
            self.state_labels[channel] = label
            grid.addWidget(label, row, 1)
            for column, (store, text, state) in enumerate((
                    (self.grant_buttons, self.tr("Yes"), ConsentState.GRANTED),
                    (self.refuse_buttons, self.tr("No"), ConsentState.REFUSED),
                    (self.withdraw_buttons, self.tr("Withdraw"), ConsentState.WITHDRAWN)), start=2):
                button = QPushButton(text)
                button.setObjectName(f"{state.value}_{channel.value}")
                button.clicked.connect(lambda _=False, c=channel, s=state: self.change(c, s))
                store[channel] = button
                grid.addWidget(button, row, column)
            if channel in BASIS_CHANNELS:
                basis = QComboBox()
                basis.setToolTip(self.tr("Soft opt-in: only for existing customers, about our own similar "
                                         "services, with a way to say no in every message."))
                for value, name in basis_names().items():
                    basis.addItem(name, value.value)
                self.basis_boxes[channel] = basis
                grid.addWidget(basis, row, 5)

        self.history = QTableWidget(0, 7)
        self.history.setObjectName("consentHistory")
        self.history.setAccessibleName(self.tr("Consent history"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Channel"), self.tr("Answer"), self.tr("How"),
                                                self.tr("Basis"), self.tr("Statement"), self.tr("By")])
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)

        self.receipt_note = QLabel()
        self.receipt_note.setObjectName("receiptNote")
        self.receipt_button = receipt = QPushButton(self.tr("Receipt for the customer…"))
        receipt.setObjectName("consentReceipt")
        receipt.clicked.connect(self.preview_receipt)
        receipt.setEnabled(receipts is not None and register is not None)  # built in a worker of the register
        bottom = QHBoxLayout()
        bottom.addWidget(self.receipt_note, 1)
        bottom.addWidget(receipt)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("History (every change is kept)")))
        layout.addWidget(self.history, 1)
        layout.addLayout(bottom)
        self.refresh()

    def preview_receipt(self) -> None:
        """Show the receipt in the print preview (print it, or save it where the owner chooses)."""
        from . import tasks

        by, receipts, customer_id = self.recorder.text(), self._receipts, self._id

        def show(built: tuple[str, bytes]) -> None:
            from .mail_send import Mailing
            from .print_preview import PrintPreview

            doc_id, pdf = built
            mailing = Mailing(self._register, doc_id, "consent_receipt", f"toestemming-{doc_id}.pdf", customer_id)
            PrintPreview(pdf, self.tr("Receipt %1").replace("%1", doc_id), f"toestemming-{doc_id}.pdf",
                         lambda how: self._receipt_left(doc_id, how, by, pdf), self, mailing=mailing).exec()
        tasks.document(self, lambda: receipts.render(customer_id, by=by), show, register=self._register,
                       busy=[self.receipt_button])

    def _receipt_left(self, doc_id: str, how: str, by: str, pdf: bytes | None = None) -> None:
        try:
            self._receipts.issued(self._id, doc_id, how, by=by, pdf=pdf)
        except UserError as exc:
            show_error(self, exc)
            return
        self.receipt_note.setText(self.tr("Receipt %1 given to the customer").replace("%1", doc_id))

    def save_receipt(self, path: str | None = None) -> None:
        """Write the receipt where the owner chooses (nothing is written anywhere else)."""
        if not path:
            from .file_dialogs import save_file

            path = save_file(self, self.tr("Receipt for the customer"), "toestemming.pdf", "PDF (*.pdf)")
        if not path:
            return
        try:
            doc_id = self._receipts.consent_receipt(self._id, Path(path), by=self.recorder.text(),
                                                    overwrite=True)  # the save dialog asked
        except UserError as exc:
            show_error(self, exc)
            return
        self.receipt_note.setText(self.tr("Receipt %1 saved: %2").replace("%1", doc_id).replace("%2", path))

    def _save_recorder(self) -> None:
        if self.recorder.text().strip() and not self.recorder.isReadOnly():
            self._settings.staff_initials = self.recorder.text()

    def change(self, channel: Channel, state: ConsentState) -> None:
        basis_box = self.basis_boxes.get(channel)
        basis = ConsentBasis(basis_box.currentData()) if basis_box and state == ConsentState.GRANTED else None
        if not self.recorder.text().strip():  # the record names who is shown here, never a silent default
            show_error(self, UserError(Msg.STAFF_INITIALS_MISSING))
            self.recorder.setFocus()
            return
        method = ConsentMethod(self.method.currentData())
        request_id = None
        if state == ConsentState.WITHDRAWN:  # an open consent-withdrawal request is carried out by this withdrawal
            from ..services import rights

            request_id = rights.open_request(self._id, rights.RequestKind.CONSENT_WITHDRAWAL)
        try:
            self._consent.record(self._id, channel, state, method, basis=basis, by=self.recorder.text(),
                                 request_id=request_id)
        except UserError as exc:
            if exc.template != Msg.OBJECTED_NO_GRANT:
                show_error(self, exc)
                return
            if not self._asked_anew(exc):
                return
            try:  # the second confirmation: the customer asked anew after objecting (Art. 21(3)); the record says so
                self._consent.record(self._id, channel, state, method, basis=basis, by=self.recorder.text(),
                                     after_objection=True)
            except UserError as again:
                show_error(self, again)
                return
        self._save_recorder()
        self.refresh()
        self.changed.emit()

    def _asked_anew(self, refusal: UserError) -> bool:
        from .messages import ask, tr_message

        return ask(self, self.tr("Objection to direct marketing"),
                   tr_message(refusal) + "\n\n" + self.tr("Did the customer ask for this consent anew, themselves?"),
                   name="askedAnewBox")

    def refresh(self) -> None:
        history = self._consent.history(self._id)
        self._show_states(history)
        self._show_history(history)

    def _show_states(self, history: list[ConsentRecord]) -> None:
        from ..domain.consent import current_states

        names = state_names()
        for channel, record in current_states(history).items():
            state = record.state if record else ConsentState.NOT_ASKED
            text = names[state] + (f", {record.recorded_at:%d-%m-%Y}" if record else "")
            label = self.state_labels[channel]
            label.setText(text)
            label.setStyleSheet(f"color: {STATE_COLOURS[state]};")
            self.withdraw_buttons[channel].setEnabled(state == ConsentState.GRANTED)
            self.grant_buttons[channel].setEnabled(state != ConsentState.GRANTED)

    def _show_history(self, history: list[ConsentRecord]) -> None:
        channels, states, methods, bases = channel_names(), state_names(), method_names(), basis_names()
        self.history.setRowCount(len(history))
        for row, r in enumerate(reversed(history)):  # newest first
            values = [f"{r.recorded_at:%d-%m-%Y %H:%M}", channels[r.channel], states[r.state], methods[r.method],
                      bases[r.basis] if r.basis else "", f"v{r.statement_version}" if r.statement_version else "",
                      r.recorded_by]
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()
