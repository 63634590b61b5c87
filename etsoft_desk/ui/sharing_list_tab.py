"""The second page of "Wie mag ik benaderen?": per recipient, the customers who approved sharing with it, and the
CSV for that recipient. Saving it records a disclosure for every customer on it (services/sharing_list.py); the
save runs off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ..domain.errors import UserError
from . import tasks
from .messages import tr_message
from .text_table import TextTable


class SharingListTab(QWidget):
    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingListTab")
        self._register = register
        self.recipient = QComboBox()
        self.recipient.setObjectName("sharingRecipient")
        for r in register.sharing.recipients(active_only=True):
            self.recipient.addItem(r.name, r.id)
        self.recipient.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.count.setObjectName("sharingCount")
        self.count.setWordWrap(True)
        self.model = TextTable([self.tr("Name"), self.tr("Email"), self.tr("Phone"), self.tr("Approved on"),
                                  self.tr("Data"), self.tr("Purpose")])
        self.table = QTableView()
        self.table.setObjectName("sharingTable")
        self.table.setAccessibleName(self.tr("Approved to share with this recipient"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # not 1,000 lines measured (issue 14)
        self.save_button = QPushButton(self.tr("Save as CSV…"))
        self.save_button.setObjectName("sharingSave")
        self.save_button.clicked.connect(lambda: self.save_csv())
        top = QHBoxLayout()
        recipient_label = QLabel(self.tr("Recipient"))
        recipient_label.setBuddy(self.recipient)
        top.addWidget(recipient_label)
        top.addWidget(self.recipient)
        top.addWidget(self.count, 1)
        top.addWidget(self.save_button)
        note = QLabel(self.tr("An approval to share with this recipient, no request to stop sharing, no restriction, "
                              "not on the erasure ledger. Every saved list is recorded as a disclosure for each "
                              "customer on it; pass on only the data each customer approved."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table)
        self.saving = False
        self.refresh()

    def current(self) -> int | None:
        return self.recipient.currentData()

    def refresh(self) -> None:
        recipient_id = self.current()
        listed, refusal = [], None
        if recipient_id is None:
            refusal = self.tr("There are no recipients yet: add them under Recipients.")
        else:
            try:
                listed = self._register.sharing_list.listed(recipient_id)
            except UserError as exc:  # the recipient itself forbids it (no processor agreement, ...)
                refusal = tr_message(exc)
        self.model.set_rows([(p.name, p.email, p.phone, f"{p.given_on:%d-%m-%Y}", p.data, p.purpose)
                             for p in listed])
        self.count.setText(refusal or self.tr("%n customer(s) may be shared with today", "", len(listed)))
        self.save_button.setEnabled(bool(listed) and not self.saving)

    def save_csv(self, path: str | None = None) -> None:
        recipient_id = self.current()
        if recipient_id is None:
            return
        if path is None:
            from .file_dialogs import save_file

            path = save_file(self, self.tr("Save as CSV"), f"delen-{self.recipient.currentText()}.csv",
                             self.tr("CSV files (*.csv)"))
            if not path:
                return
        from .owner_pin import owner_allows

        if not owner_allows(self, self._register.pin, self.tr("a list of customers")):
            return
        register = self._register
        self.saving = True
        tasks.run(self, lambda report: register.sharing_list.save_csv(recipient_id, path, overwrite=True),
                  lambda count: self._saved(count, path), register=register, busy=[self.save_button],
                  failed=self._failed)  # the file dialog asked to replace

    def _saved(self, count: int, path: str) -> None:
        self.saving = False
        self.count.setText(self.tr("%1 customers saved to %2, each recorded as a disclosure")
                           .replace("%1", str(count)).replace("%2", path))

    def _failed(self, exc: BaseException) -> bool:  # then the message or the crash dialog (ui/tasks.run)
        self.saving = False
        return False
