"""Logging a request from someone who is not a customer (issue 11 item 7): their name, where the answer goes,
and the same kind, date, channel and identity check as any request. Answered with the "Nee" access report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..domain.requests import IdentityCheck, RequestChannel, RequestKind
from .dialogs import Dialog, date_edit, to_date
from .requests_panel import channel_names, combo, identity_names, kind_names


class NonCustomerRequestDialog(Dialog):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nonCustomerRequestDialog")
        self.setWindowTitle(self.tr("Request from someone who is not a customer"))
        self.name = QLineEdit()
        self.name.setObjectName("requesterName")
        self.answer_to = QLineEdit()
        self.answer_to.setObjectName("requesterAnswerTo")
        self.answer_to.setPlaceholderText(self.tr("email address or postal address; empty: at the counter"))
        self.kind = combo(kind_names(), "requestKind")
        self.received = date_edit(today)
        self.received.setObjectName("requestReceived")
        self.channel = combo(channel_names(), "requestChannel")
        self.identity = combo({k: v for k, v in identity_names().items() if k is not IdentityCheck.KNOWN_CUSTOMER},
                              "requestIdentity")
        self.identity.insertItem(0, self.tr("not checked yet"), None)
        self.identity.setCurrentIndex(1)
        form = QFormLayout(self)
        hint = QLabel(self.tr("Search the register first: log this only when it holds nothing about the person. "
                              "The answer (the “no data” access report) goes to the address they give, or is "
                              "handed over at the counter."))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Answer to"), self.answer_to)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Received"), self.channel)
        form.addRow(self.tr("Identity checked"), self.identity)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        identity = self.identity.currentData()
        return {"name": self.name.text(), "kind": RequestKind(self.kind.currentData()),
                "received_on": to_date(self.received), "channel": RequestChannel(self.channel.currentData()),
                "answer_to": self.answer_to.text(), "identity": IdentityCheck(identity) if identity else None}
