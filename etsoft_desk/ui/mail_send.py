"""Sending a document by email from the window (issue 12): the address is the request's or one on the card,
picked from a list, never typed; an optional password on the PDF; the sending itself off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from ..domain.errors import UserError
from ..domain.messages import Msg
from . import tasks
from .dialogs import ERROR_STYLE, Dialog
from .messages import tr_message


@dataclass
class Mailing:
    """What the preview needs to send its document: the register, and whose document it is."""

    register: object
    document_id: str
    kind: str  # access_report, request_letter, shred_confirmation, consent_receipt, ...
    attachment_name: str
    customer_id: int | None = None
    request_id: int | None = None
    protectable: bool = True  # a PDF can carry a password; a ZIP cannot

    def addresses(self) -> list[tuple[str, str]]:
        """(address, kind of address) it may go to: the request's, else those on the card."""
        outbox = self.register.outbox  # type: ignore[attr-defined]
        if self.request_id is not None:
            return [(outbox.request_address(self.request_id), "request")]
        if self.customer_id is None:
            raise UserError(Msg.SEND_NO_CARD_ADDRESS)
        return [(email, "card") for email in outbox.card_addresses(self.customer_id)]


def sent_text(result, address: str) -> str:
    """ "Verstuurd naar …" or "Niet verstuurd: …" (item 7)."""
    if result.error is None:
        return QCoreApplication.translate("SendDialog", "Sent to %1.").replace("%1", address)
    return QCoreApplication.translate("SendDialog", "Not sent: %1 The message stays in the outbox; send it again "
                                      "from the to-do bar.").replace("%1", tr_message(result.error))


class SendDialog(Dialog):
    """To which address (a list, not a field to type in) and, if wanted, the attachment's password."""

    def __init__(self, addresses: list[tuple[str, str]], parent: QWidget | None = None, *,
                 protectable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sendDialog")
        self.setWindowTitle(self.tr("Send by email"))
        self.to = QComboBox()
        self.to.setObjectName("sendTo")
        for address, kind in addresses:
            where = self.tr("the address of the request") if kind == "request" else self.tr("on the card")
            self.to.addItem(f"{address} ({where})", (address, kind))
        self.protect = QCheckBox(self.tr("Protect the PDF with a password"))
        self.protect.setObjectName("sendProtect")
        self.password = QLineEdit()
        self.password.setObjectName("sendPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setEnabled(False)
        self.protect.toggled.connect(self.password.setEnabled)
        hint = QLabel(self.tr("Give the password to the customer by phone or at the counter: it is not kept, and "
                              "never sent by email."))
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("sendError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow("", self.protect)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        send = buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        send.setObjectName("sendButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for widget in (self.protect, self.password, hint, form.labelForField(self.password)):
            widget.setVisible(protectable)

    def accept(self) -> None:
        from ..services.outbox import MIN_PASSWORD

        if self.protect.isChecked() and len(self.password.text()) < MIN_PASSWORD:
            self.error.setText(tr_message(UserError(Msg.ATTACHMENT_PASSWORD_SHORT, limit=MIN_PASSWORD)))
            self.error.show()
            return
        super().accept()

    def values(self) -> tuple[str, str, str]:
        address, kind = self.to.currentData()
        return address, kind, self.password.text() if self.protect.isChecked() else ""


def send_in_background(register, work: Callable[[], int], address: str, told: Callable[[str, bool], None]) -> None:
    """Queue (``work`` returns the outbox number) and send off the GUI thread; ``told(sentence, sent)`` after."""
    def run(_progress):
        return register.outbox.send(work())

    def failed(exc: BaseException) -> bool:  # told in the caller's own words, a fault too
        told(tr_message(exc) if isinstance(exc, UserError) else QCoreApplication.translate(
            "SendDialog", "Not sent: the message could not be put in the outbox."), False)
        return True

    tasks.run(None, run, lambda result: told(sent_text(result, address), result.error is None), register=register,
              failed=failed)


def send_document(parent: QWidget, mailing: Mailing, pdf: bytes | Callable[[], bytes],
                  told: Callable[[str, bool], None]) -> bool:
    """Ask where and how, then queue and send; False when there is nowhere to send it or the owner cancels.
    ``pdf``: the document, or what makes it in the worker once the owner chose (an export carries out its
    request only then)."""
    from .messages import show_error

    try:
        addresses = mailing.addresses()
    except UserError as exc:
        show_error(parent, exc)
        return False
    dialog = SendDialog(addresses, parent, protectable=mailing.protectable)
    if not dialog.exec():
        return False
    address, kind, password = dialog.values()
    register = mailing.register

    def queue() -> int:
        return register.outbox.queue(  # type: ignore[attr-defined]
            document_id=mailing.document_id, kind=mailing.kind, attachment=pdf() if callable(pdf) else pdf,
            attachment_name=mailing.attachment_name, to=address, address_kind=kind,
            customer_id=mailing.customer_id, request_id=mailing.request_id, password=password)
    send_in_background(register, queue, address, told)
    return True
