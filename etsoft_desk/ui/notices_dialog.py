"""Register › Kennisgevingen aan ontvangers (issue 12 item 4): the Art. 19 notices, one per recipient; print one,
record that it went out by post today, or that sending it is impossible or disproportionate, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..domain.errors import UserError, ValidationFailed
from .dialogs import Dialog
from .messages import show_error


def state_names() -> dict[str, str]:
    return {"waiting": QCoreApplication.translate("NoticesDialog", "to be sent"),
            "sent": QCoreApplication.translate("NoticesDialog", "sent"),
            "impossible": QCoreApplication.translate("NoticesDialog", "not sent: impossible"),
            "disproportionate": QCoreApplication.translate("NoticesDialog", "not sent: disproportionate effort")}


def how_names() -> dict[str, str]:
    return {"post": QCoreApplication.translate("NoticesDialog", "by post"),
            "email": QCoreApplication.translate("NoticesDialog", "by email")}


def cause_names() -> dict[str, str]:
    return {"erasure": QCoreApplication.translate("NoticesDialog", "erasure"),
            "correction": QCoreApplication.translate("NoticesDialog", "correction"),
            "restriction": QCoreApplication.translate("NoticesDialog", "restriction")}


class NotSentDialog(Dialog):
    """Why a notice will not be sent: impossible, or disproportionate effort, with the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notSentDialog")
        self.setWindowTitle(self.tr("Notice not sent"))
        form = QFormLayout(self)
        self.state = QComboBox()
        self.state.addItem(self.tr("Impossible"), "impossible")
        self.state.addItem(self.tr("Disproportionate effort"), "disproportionate")
        self.state.setAccessibleName(self.tr("Why not"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. the company no longer exists"))
        form.addRow(self.tr("Why not"), self.state)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class NoticesDialog(Dialog):
    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticesDialog")
        self._register = register
        self.setWindowTitle(self.tr("Notices to recipients (GDPR Art. 19)"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each recipient that received a customer's data is told of an erasure, a "
                               "correction or a restriction. Record each notice once it has gone out."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("noticesTable")
        self.table.setAccessibleName(self.tr("Notices to recipients"))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Recipient"), self.tr("About"),
                                              self.tr("Made on"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.posted_button = QPushButton(self.tr("Sent by p&ost today"))
        self.not_sent_button = QPushButton(self.tr("&Not sent…"))
        self.email_button = QPushButton(self.tr("Send by &email"))  # issue 12: to the recipient's address
        self.email_button.setObjectName("noticeEmail")
        for button, slot in ((self.print_button, self.print_notice), (self.posted_button, self.posted),
                             (self.email_button, self.send_by_email), (self.not_sent_button, self.not_sent)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.mail_status = QLabel()
        self.mail_status.setObjectName("noticeMailStatus")
        self.mail_status.setWordWrap(True)
        layout.addWidget(self.mail_status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        with self._register.reading():
            self._notices = list(reversed(self._register.notices.listing()))
        states, causes = state_names(), cause_names()
        self.table.setRowCount(len(self._notices))
        for r, n in enumerate(self._notices):
            state = states[n.state]
            if n.state == "sent" and n.sent_on:
                state += f" {n.sent_on:%d-%m-%Y} " + how_names().get(n.how, n.how)
            elif n.reason:
                state += f" ({n.reason})"
            for c, value in enumerate((str(n.id), n.recipient_name, causes.get(n.cause, n.cause),
                                       f"{n.made_at:%d-%m-%Y}", state)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if self._notices:
            self.table.selectRow(0)
        self._enable()

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return self._notices[rows[0].row()] if rows else None

    def _enable(self) -> None:
        notice = self.chosen()
        self.print_button.setEnabled(notice is not None)
        for button in (self.posted_button, self.not_sent_button, self.email_button):
            button.setEnabled(notice is not None and notice.state == "waiting")

    def print_notice(self) -> None:
        from . import tasks

        notice = self.chosen()
        if notice is None:
            return
        register = self._register

        def read() -> bytes:
            with register.reading():
                return register.notices.pdf(notice.id)

        def show(pdf: bytes) -> None:
            from .print_preview import PrintPreview

            PrintPreview(pdf, self.tr("Notice %1").replace("%1", str(notice.id)), f"{notice.document_id}.pdf",
                         parent=self).exec()
        tasks.document(self, read, show, register=register, busy=[self.print_button])

    def posted(self) -> None:
        notice = self.chosen()
        if notice is None:
            return
        self._settle(lambda: self._register.notices.mark_sent(notice.id, "post", self._register.clock()))

    def send_by_email(self) -> None:
        """Queue the notice for the recipient's address in the recipients register and send it off the GUI
        thread; it counts as sent once the mail server took it (the outbox records it)."""
        from .mail_send import send_in_background

        notice = self.chosen()
        if notice is None:
            return
        register = self._register
        try:
            with register.reading():
                to = register.notices.recipient_email(notice.id)
                pdf = register.notices.pdf(notice.id)
        except UserError as exc:
            show_error(self, exc)
            return

        def queue() -> int:
            return register.outbox.queue(document_id=notice.document_id, kind="art19_notice", attachment=pdf,
                                         attachment_name=f"kennisgeving-{notice.document_id}.pdf", to=to,
                                         address_kind="recipient", customer_id=notice.customer_id,
                                         after_sent={"art19_notice": notice.id})

        def told(sentence: str, _sent: bool) -> None:
            self.mail_status.setText(sentence)
            self.refresh()
        self.email_button.setEnabled(False)
        self.mail_status.setText(self.tr("Sending…"))
        send_in_background(register, queue, to, told)

    def not_sent(self) -> None:
        notice = self.chosen()
        if notice is None:
            return
        form = NotSentDialog(self)
        if form.exec():
            self._settle(lambda: self._register.notices.mark_not_sent(notice.id, form.state.currentData(),
                                                                      form.reason.text()))

    def _settle(self, act) -> None:
        try:
            act()
        except ValidationFailed as exc:  # the reason left empty: its own sentence
            show_error(self, exc.errors[0])
        except UserError as exc:
            show_error(self, exc)
        self.refresh()
