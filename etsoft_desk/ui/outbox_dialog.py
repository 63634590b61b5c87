"""Register › Postvak uit (issue 12): what waits for the mail server and why, what was sent; send again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid

from . import tasks
from .dialogs import Dialog
from .names import document_kinds
from .text_table import TextTable
from .messages import tr_message


WRAPPED = 200  # the newest messages not sent whose lines are made as high as their reason (issue 14)


class OutboxDialog(Dialog):
    listed = Signal()  # the messages read (off the GUI thread) are on the screen

    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self._register = register
        self._shown: list = []
        self._asked = self._done = 0  # reads asked for and the last one shown (a later one wins)
        self.model = TextTable([self.tr("Document"), self.tr("What"), self.tr("To"), self.tr("Made"), self.tr("State")])
        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        self.table.setAccessibleName(self.tr("Messages in the outbox"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # widths from the newest lines: 20 ms at 200 (issue 14)
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
        self.table.selectionModel().selectionChanged.connect(self._enable)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        if self.width() < 800:
            self.resize(900, 420)
        self.refresh()

    @property
    def ready(self) -> bool:
        """The table shows the messages as they were at the last read asked for."""
        return self._done == self._asked

    def refresh(self) -> None:
        """The messages are read, and their lines written, off the GUI thread (one line per message ever sent:
        thousands after a while); the buttons wait for them."""
        self._asked += 1
        number, register = self._asked, self._register
        self.send_button.setEnabled(False)
        self.drop_button.setEnabled(False)
        names, to = document_kinds(), address_names()
        says = {"sent": self.tr("Sent on %1"), "dropped": self.tr("Not sent: taken out of the outbox on %1"),
                "sending": self.tr("Being sent…"), "waiting": self.tr("Waiting to be sent")}

        def work(_progress) -> tuple[int, list, list[tuple[str, str, str, str, str | None]], list[int], int]:
            from ..services.outbox import shown_status

            messages, now = list(reversed(register.outbox.messages())), register.clock()  # the newest first
            lines = []
            for m in messages:
                status = shown_status(m, now)
                when = _when(m.sent_at if status == "sent" else m.last_tried_at if status == "dropped" else None)
                if status in ("sent", "dropped", "sending"):
                    state: str | None = says[status].replace("%1", when)
                else:  # a failed try's reason is told on the GUI thread (a few lines, translated there)
                    state = None if m.attempts else says["waiting"]
                lines.append((m.document_id, names.get(m.kind, m.kind), to.get(m.address_kind, ""),
                              _when(m.queued_at), state))
            unsent = [row for row, m in enumerate(messages) if m.status not in ("sent", "dropped")]
            return number, messages, lines, unsent, sum(m.status in ("waiting", "sending") for m in messages)
        tasks.run(self, work, self._listed, register=register)

    def _listed(self, result) -> None:
        from ..services.outbox import reason

        number, messages, lines, unsent, waiting = result
        if number != self._asked or not isValid(self):  # read again since, or the dialog closed
            return
        self._done = number
        self._shown = messages
        not_sent = self.tr("Not sent: %1")
        for row in unsent:  # only these may lack their state (the others were written in the worker)
            if lines[row][4] is None:
                lines[row] = (*lines[row][:4], not_sent.replace("%1", self._reason(messages[row], reason)))
        self.model.set_rows(lines)
        for row in unsent[:WRAPPED]:  # its sentence may wrap (a reason must be read whole); the others are one
            self.table.resizeRowToContents(row)  # line: measuring thousands would block (0.2 ms a line)
        for column in range(4):  # the last one stretches
            self.table.resizeColumnToContents(column)
        self.send_button.setEnabled(bool(waiting))
        self._enable()
        self.listed.emit()

    def text(self, row: int, column: int) -> str:
        """What the table shows in one cell."""
        return self.model.rows[row][column]

    def _enable(self, *_selection) -> None:
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
    t = dt.datetime.fromisoformat(iso)  # not strftime: it imports a module each time (thousands of lines)
    return f"{t.day:02d}-{t.month:02d}-{t.year} {t.hour:02d}:{t.minute:02d}"
