"""Data-subject requests: on the customer card (one customer) and as the shop's register (all of them).

From here the owner logs a request, prints the access report in the preview, exports the customer's data,
extends or refuses a request (each with its letter), and closes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..domain.requests import DataRequest, IdentityCheck, RequestChannel, RequestKind, RequestStatus
from .dialogs import Dialog, date_edit, fill, table, to_date
from .messages import show_error, show_info

OVERDUE = QColor("#b00020")


def kind_names() -> dict[RequestKind, str]:
    return {RequestKind.ACCESS: QCoreApplication.translate("names", "access"),
            RequestKind.RECTIFICATION: QCoreApplication.translate("names", "rectification"),
            RequestKind.ERASURE: QCoreApplication.translate("names", "erasure"),
            RequestKind.RESTRICTION: QCoreApplication.translate("names", "restriction"),
            RequestKind.OBJECTION: QCoreApplication.translate("names", "objection"),
            RequestKind.PORTABILITY: QCoreApplication.translate("names", "portability"),
            RequestKind.CONSENT_WITHDRAWAL: QCoreApplication.translate("names", "consent withdrawal")}


def channel_names() -> dict[RequestChannel, str]:
    return {RequestChannel.COUNTER: QCoreApplication.translate("names", "at the counter"),
            RequestChannel.EMAIL: QCoreApplication.translate("names", "by email"),
            RequestChannel.LETTER: QCoreApplication.translate("names", "by letter")}


def identity_names() -> dict[IdentityCheck, str]:
    return {IdentityCheck.ID_SHOWN: QCoreApplication.translate("names", "ID shown at the counter, no copy kept"),
            IdentityCheck.KNOWN_CUSTOMER: QCoreApplication.translate("names", "known customer"),
            IdentityCheck.REGISTERED_EMAIL: QCoreApplication.translate("names", "via the registered email address")}


def request_status_names() -> dict[RequestStatus, str]:
    return {RequestStatus.OPEN: QCoreApplication.translate("names", "open"),
            RequestStatus.EXTENDED: QCoreApplication.translate("names", "extended"),
            RequestStatus.DONE: QCoreApplication.translate("names", "done"),
            RequestStatus.REFUSED: QCoreApplication.translate("names", "refused")}


def combo(names: dict, name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for value, text in names.items():
        box.addItem(text, value.value)
    return box


class NewRequestDialog(Dialog):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a request"))
        self.kind = combo(kind_names(), "requestKind")
        self.received = date_edit(today)
        self.received.setObjectName("requestReceived")
        self.channel = combo(channel_names(), "requestChannel")
        self.identity = combo(identity_names(), "requestIdentity")
        self.identity.insertItem(0, self.tr("not checked yet"), None)
        self.identity.setCurrentIndex(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Received"), self.channel)
        form.addRow(self.tr("Identity checked"), self.identity)
        hint = QLabel(self.tr("Never copy or scan an ID: only record how identity was checked. The answer goes "
                              "only to the registered email address, or at the counter."))
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[RequestKind, dt.date, RequestChannel, IdentityCheck | None]:
        identity = self.identity.currentData()
        return (RequestKind(self.kind.currentData()), to_date(self.received),
                RequestChannel(self.channel.currentData()), IdentityCheck(identity) if identity else None)


class ReasonDialog(Dialog):
    """Reasons for an extension (with its months), a refusal, or the outcome of a request."""

    def __init__(self, title: str, prompt: str, *, months: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setAccessibleName(prompt)
        self.months = QSpinBox()
        self.months.setObjectName("extensionMonths")
        self.months.setRange(1, 2)
        self.months.setValue(2)
        self.months.setSuffix(self.tr(" month(s)"))
        form = QFormLayout(self)
        if months:
            form.addRow(self.tr("Extend by"), self.months)
        label = QLabel(prompt)
        label.setWordWrap(True)
        form.addRow(label)
        form.addRow(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RequestsPanel(QWidget):
    """One customer's requests (``customer_id`` given), or every request in the register."""
    exported = Signal(str)  # the export was written there (off the GUI thread)

    def __init__(self, register, customer_id: int | None = None, *,
                 open_customer: Callable[[int], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPanel")
        self._register = register
        self._id = customer_id
        self._open_customer = open_customer
        headers = [self.tr("No."), self.tr("Kind"), self.tr("Received"), self.tr("How"), self.tr("Identity"),
                   self.tr("Due"), self.tr("Status")]
        if customer_id is None:
            headers.insert(1, self.tr("Customer"))
        self.list = table(headers, "requestsTable", stretch=headers.index(self.tr("Identity")))
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.setAccessibleName(self.tr("Requests"))
        top = QHBoxLayout()
        if customer_id is not None:
            for text, name, action in ((self.tr("Log a request…"), "addRequest", self.add),
                                       (self.tr("Access report…"), "accessReport", self.access_report),
                                       (self.tr("Export data…"), "exportData", self.export),
                                       (self.tr("Export by email…"), "exportByEmail", self.export_by_email)):
                top.addWidget(self._button(text, name, action))
        else:
            if open_customer is not None:
                top.addWidget(self._button(self.tr("Open card"), "openRequestCustomer",
                                           self._open_selected_customer))
            top.addWidget(self._button(self.tr("Request from a non-customer…"), "addNonCustomerRequest",
                                       self.add_not_customer))
            top.addWidget(self._button(self.tr("Not a customer…"), "noDataReport", self.no_data_report))
        top.addStretch(1)
        bottom = QHBoxLayout()
        self.request_buttons = [self._button(text, name, action) for text, name, action in (
            (self.tr("Extend…"), "extendRequest", self.extend), (self.tr("Refuse…"), "refuseRequest", self.refuse),
            (self.tr("Done…"), "completeRequest", self.complete), (self.tr("Letter…"), "requestLetter", self.letter))]
        for button in self.request_buttons:
            bottom.addWidget(button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.refresh()

    def _button(self, text: str, name: str, action) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def refresh(self) -> None:
        requests = self._register.requests
        if self._id is not None:
            rows = requests.for_customer(self._id)
        else:
            everything = requests.list()  # open ones first, the earliest due on top; then the rest, newest first
            rows = (sorted((r for r in everything if r.open), key=lambda r: (r.due, r.id))
                    + sorted((r for r in everything if not r.open), key=lambda r: -r.id))
        self._rows: list[DataRequest] = rows
        names = {}
        if self._id is None:
            ids = sorted({r.customer_id for r in rows if r.customer_id})
            names = {row.id: row.name for row in self._register.customers.rows(ids)}
        kinds, channels, identities, statuses = kind_names(), channel_names(), identity_names(), request_status_names()
        today = self._register.clock().date()
        values = []
        for r in rows:
            line = [str(r.id), kinds[r.kind], f"{r.received_on:%d-%m-%Y}", channels[r.channel],
                    identities[r.identity] if r.identity else self.tr("not checked yet"),
                    f"{r.due:%d-%m-%Y}",
                    statuses[r.status]]
            if self._id is None:
                line.insert(1, self.tr("%1 (not a customer)").replace("%1", r.requester_name) if r.not_customer
                            else names.get(r.customer_id, self.tr("(erased)")))
            values.append(line)
        fill(self.list, values)
        due_column = 6 if self._id is None else 5
        for n, r in enumerate(rows):
            if r.open and r.due < today:
                self.list.item(n, due_column).setForeground(QBrush(OVERDUE))
                self.list.item(n, due_column).setToolTip(self.tr("Overdue"))
        self._selection_changed()

    def selected(self) -> DataRequest | None:
        rows = self.list.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        request = self.selected()
        for button in self.request_buttons:
            button.setEnabled(request is not None)

    def _act(self, action) -> bool:
        try:
            action()
        except UserError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True

    # --- one customer --------------------------------------------------------------------------------------
    def add(self) -> None:
        dialog = NewRequestDialog(self._register.clock().date(), self)
        if dialog.exec():
            kind, received, channel, identity = dialog.values()
            self._act(lambda: self._register.requests.add(self._id, kind, received, channel, identity=identity))

    def access_report(self) -> None:
        request = self.selected()
        request_id = request.id if request is not None and request.kind is RequestKind.ACCESS else None
        register, customer_id = self._register, self._id

        def build() -> tuple[str, bytes]:  # its modules (and the preview's) are loaded here, not at the click
            from . import mail_send  # noqa: F401

            return register.access.render(customer_id, request_id=request_id)

        def show(built: tuple[str, bytes]) -> None:
            from .mail_send import Mailing
            from .print_preview import PrintPreview

            doc_id, pdf = built
            access = register.access
            mailing = Mailing(register, doc_id, "access_report", f"inzage-{doc_id}.pdf", customer_id, request_id)
            PrintPreview(pdf, self.tr("Access report"), f"inzageoverzicht-{doc_id}.pdf",
                         lambda how: access.issued(customer_id, doc_id, how), self, mailing=mailing).exec()
        self._build(build, show)

    def _build(self, build, show) -> None:
        """A document built off the GUI thread (a long report takes a while), then shown in the preview."""
        from . import tasks

        tasks.document(self, build, show, register=self._register, busy=[self])

    def export(self) -> None:
        from .owner_pin import owner_allows

        if not owner_allows(self, self._register.pin, self.tr("a portability export")):
            return
        from .file_dialogs import save_file

        path = save_file(
            self, self.tr("Export the customer's data"), f"gegevens-klant-{self._id}.zip",
            self.tr("ZIP with JSON and CSV (*.zip);;JSON (*.json)"))
        if not path:
            return
        from . import tasks

        request = self.selected()
        request_id = request.id if request is not None and request.kind is RequestKind.PORTABILITY else None
        access, customer_id = self._register.access, self._id

        def done(_written) -> None:
            self.refresh()
            show_info(self, self.tr("Export data"), self.tr("The data is in %1.").replace("%1", path))
            self.exported.emit(path)
        tasks.run(self, lambda _progress: access.export(customer_id, path, request_id=request_id, overwrite=True),
                  done, register=self._register, busy=[self], label=self.tr("Exporting…"), name="exportProgress")

    def export_by_email(self) -> None:
        """The export (ZIP) to the portability request's address, or one on the card (issue 12)."""
        from .mail_send import Mailing, send_document
        from .owner_pin import owner_allows

        if not owner_allows(self, self._register.pin, self.tr("a portability export")):
            return
        request = self.selected()
        request_id = request.id if request is not None and request.kind is RequestKind.PORTABILITY else None
        register, customer_id = self._register, self._id
        mailing = Mailing(register, f"export-{customer_id}", "export", f"gegevens-klant-{customer_id}.zip",
                          customer_id, request_id, protectable=False)
        send_document(self, mailing, lambda: register.access.export_bytes(customer_id, "zip", request_id=request_id),
                      lambda sentence, _sent: show_info(self, self.tr("Export data"), sentence))

    # --- one request -----------------------------------------------------------------------------------------
    def extend(self) -> None:
        request = self.selected()
        if request is None:
            return
        dialog = ReasonDialog(self.tr("Extend the deadline"), self.tr(
            "Why is more time needed? The customer reads this in the letter (GDPR Art. 12(3))."), months=True,
            parent=self)
        if dialog.exec() and self._act(lambda: self._register.requests.extend(
                request.id, dialog.months.value(), dialog.text.toPlainText())):
            self._letter(request.id)

    def refuse(self) -> None:
        request = self.selected()
        if request is None:
            return
        dialog = ReasonDialog(self.tr("Refuse the request"), self.tr(
            "Why is the request refused? The customer reads this in the letter, with the complaint route "
            "(GDPR Art. 12(4))."), parent=self)
        if dialog.exec() and self._act(lambda: self._register.requests.refuse(request.id,
                                                                              dialog.text.toPlainText())):
            self._letter(request.id)

    def complete(self) -> None:
        request = self.selected()
        if request is None:
            return
        dialog = ReasonDialog(self.tr("Request done"), self.tr("What was done? (for example: access report "
                                                               "handed over at the counter)"), parent=self)
        if dialog.exec():
            self._act(lambda: self._register.requests.complete(request.id, dialog.text.toPlainText()))

    def letter(self) -> None:
        request = self.selected()
        if request is not None:
            self._letter(request.id)

    def _letter(self, request_id: int) -> None:
        from .print_preview import PrintPreview

        from .mail_send import Mailing

        documents, customer_id = self._register.documents, self._id

        def show(built: tuple[str, bytes]) -> None:
            doc_id, pdf = built
            mailing = Mailing(self._register, doc_id, "request_letter", f"brief-{doc_id}.pdf", customer_id, request_id)
            PrintPreview(pdf, self.tr("Letter to the customer"), f"brief-{doc_id}.pdf", parent=self,
                         mailing=mailing).exec()
        self._build(lambda: documents.render_letter(request_id), show)

    def add_not_customer(self) -> None:
        """A request from someone the register holds nothing about: logged with its deadline, answered below."""
        from .non_customer_dialog import NonCustomerRequestDialog

        dialog = NonCustomerRequestDialog(self._register.clock().date(), self)
        if dialog.exec():
            self._act(lambda: self._register.requests.add_not_customer(**dialog.values()))

    def no_data_report(self) -> None:
        """Someone asks what we hold and the register has nothing: the answer says so, with their rights. For a
        selected request of someone who is not a customer, the answer carries that request out."""
        from .print_preview import PrintPreview

        request = self.selected()
        request_id, name = (request.id if request is not None and request.not_customer else None), ""
        if request_id is None:
            name, ok = QInputDialog.getText(self, self.tr("Not a customer"), self.tr(
                "Search the register first. If it holds nothing about this person, their name for the answer:"))
            if not ok:
                return
        access = self._register.access

        def show(built: tuple[str, bytes]) -> None:
            doc_id, pdf = built
            PrintPreview(pdf, self.tr("Access report"), f"inzageoverzicht-{doc_id}.pdf",
                         lambda how: access.issued(None, doc_id, how), self).exec()
            self.refresh()
        self._build(lambda: access.render_none(name, request_id=request_id), show)

    def _open_selected_customer(self) -> None:
        request = self.selected()
        if request is not None and request.customer_id and self._open_customer is not None:
            self._open_customer(request.customer_id)
            self.refresh()


class RequestsDialog(Dialog):
    def __init__(self, register, open_customer: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsDialog")
        self.setWindowTitle(self.tr("Requests about personal data"))
        self.panel = RequestsPanel(register, None, open_customer=open_customer, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        if self.width() < 900:
            self.resize(1000, 520)
