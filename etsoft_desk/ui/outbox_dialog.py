"""Register › Postvak uit (issue 12): what waits for the mail server and why, what was sent; send again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from . import tasks
from .dialogs import Dialog
from .names import document_kinds
from .messages import tr_message



class OutboxDialog(Dialog):
    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self._register = register
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("outboxTable")
        self.table.setAccessibleName(self.tr("Messages in the outbox"))
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("What"), self.tr("To"),
                                              self.tr("Made"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("outboxStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = QPushButton(self.tr("Send again"))
        self.send_button.setObjectName("outboxSendAgain")
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(self.send_again)
        self.drop_button = QPushButton(self.tr("Take out of the outbox"))
        self.drop_button.setObjectName("outboxDrop")
        self.drop_button.setToolTip(self.tr("For a message the mail server refuses for good: it is not sent, and its "
                                            "address, text and attachment are removed"))
        buttons.addButton(self.drop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.drop_button.clicked.connect(self.drop)
        self.table.itemSelectionChanged.connect(self._enable)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        if self.width() < 800:
            self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        from ..services.outbox import reason, shown_status

        names = document_kinds()
        now = self._register.clock()
        messages = self._register.outbox.messages()
        self._shown = list(reversed(messages))
        self.table.setRowCount(len(messages))
        to = address_names()
        for row, m in enumerate(reversed(messages)):  # the newest first
            status = shown_status(m, now)
            if status == "sent":
                state = self.tr("Sent on %1").replace("%1", _when(m.sent_at))
            elif status == "dropped":
                state = self.tr("Not sent: taken out of the outbox on %1").replace("%1", _when(m.last_tried_at))
            elif status == "sending":
                state = self.tr("Being sent…")
            elif m.attempts:
                state = self.tr("Not sent: %1").replace("%1", self._reason(m, reason))
            else:
                state = self.tr("Waiting to be sent")
            for col, text in enumerate((m.document_id, names.get(m.kind, m.kind), to.get(m.address_kind, ""),
                                        _when(m.queued_at), state)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        for column in range(4):  # the last one stretches, and its sentence wraps (a reason must be read whole)
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        waiting = sum(m.status in ("waiting", "sending") for m in messages)
        self.send_button.setEnabled(bool(waiting))
        self._enable()

    def _enable(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self._shown[rows[0].row()] if rows and rows[0].row() < len(self._shown) else None
        self.drop_button.setEnabled(chosen is not None and chosen.status == "waiting")

    def drop(self) -> None:
        from ..domain.errors import UserError
        from .messages import show_error

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        try:
            self._register.outbox.drop(self._shown[rows[0].row()].id)
        except UserError as exc:
            show_error(self, exc)
        self.refresh()

    @staticmethod
    def _reason(message, fallback) -> str:
        from ..domain.errors import UserError

        if not message.last_error:
            return ""
        try:
            return tr_message(UserError(message.last_error, **message.last_error_params))
        except (TypeError, ValueError):
            return fallback(message)

    def send_again(self) -> None:
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        register = self._register
        tasks.run(self, lambda _progress: register.outbox.send_waiting(), self._sent, register=register,
                  failed=self._failed)

    def _failed(self, exc: BaseException) -> bool:
        from ..domain.errors import UserError

        self.refresh()  # usable again first, whatever the failure was
        if not isinstance(exc, UserError):
            return False  # a fault: the crash dialog tells it (ui/tasks.run)
        self.status.setText(tr_message(exc))
        return True

    def _sent(self, results) -> None:
        sent = sum(r.error is None for r in results)
        failed = [r for r in results if r.error is not None]
        text = self.tr("%n message(s) sent.", "", sent)
        if failed:
            text += " " + self.tr("Not sent: %1").replace("%1", tr_message(failed[0].error))
        self.status.setText(text)
        self.refresh()


def address_names() -> dict[str, str]:
    """To which kind of address a message went (the access report names them the same: code_names)."""
    return {"request": QCoreApplication.translate("names", "the address of the request"),
            "card": QCoreApplication.translate("names", "an email address on the card"),
            "recipient": QCoreApplication.translate("names", "the recipient's address")}


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    import datetime as dt

    return f"{dt.datetime.fromisoformat(iso):%d-%m-%Y %H:%M}"
