"""“Wie mag ik benaderen?”: per channel, the customers who may be approached today, and the CSV for a mailing tool
(written only where the owner chooses; the export is in the audit log); on its second page, per recipient, the
customers who approved sharing with it (ui/sharing_list_tab.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)
from shiboken6 import isValid

from ..domain.consent import Channel
from .dialogs import Dialog
from .names import basis_names, channel_names
from .text_table import TextTable


class MarketingDialog(Dialog):
    saved = Signal(str)  # the list was written (off the GUI thread) to this path
    listed = Signal()  # the list of the channel chosen is on the screen (it is read off the GUI thread)

    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marketingDialog")
        self.setWindowTitle(self.tr("Who may I approach?"))
        self.setMinimumSize(720, 480)
        self._register = register
        self._asked = self._shown = 0  # lists asked for and the last one shown (a later channel wins)
        self.channel = QComboBox()
        self.channel.setObjectName("marketingChannel")
        for channel, name in channel_names().items():
            self.channel.addItem(name, channel.value)
        self.channel.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.count.setObjectName("marketingCount")
        self.model = TextTable([self.tr("Name"), self.tr("Address"), self.tr("Consent since"), self.tr("Kind")])
        self.table = QTableView()
        self.table.setObjectName("marketingTable")
        self.table.setAccessibleName(self.tr("Who may I approach?"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # the address (what the owner mails to) gets the room left
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(40)  # widths from the lines on top, not 1,000 of 60,000 (issue 14)
        self.save_button = QPushButton(self.tr("Save as CSV…"))
        self.save_button.setObjectName("marketingSave")
        self.save_button.clicked.connect(self.save_csv)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Channel")))
        top.addWidget(self.channel)
        top.addWidget(self.count, 1)
        top.addWidget(self.save_button)
        note = QLabel(self.tr("A valid consent on this channel (opt-in, or the soft opt-in for customers who bought "
                              "something in the last 24 months), no objection to direct marketing, no restriction, "
                              "not on the erasure ledger (unless the consent was given after that erasure)."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        marketing = QWidget()
        page = QVBoxLayout(marketing)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(top)
        page.addWidget(note)
        page.addWidget(self.table)
        from .sharing_list_tab import SharingListTab

        self.sharing = SharingListTab(register)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("marketingTabs")
        self.tabs.addTab(marketing, self.tr("Marketing per channel"))
        self.tabs.addTab(self.sharing, self.tr("Sharing with a recipient"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.refresh()

    def current(self) -> Channel:
        return Channel(self.channel.currentData())

    @property
    def ready(self) -> bool:
        """The list shown is the one of the channel chosen last."""
        return self._shown == self._asked

    def refresh(self) -> None:
        """The list of the channel chosen, read off the GUI thread (a shop's list may be long)."""
        from . import tasks

        self._asked += 1
        number, marketing, channel = self._asked, self._register.marketing, self.current()
        kinds, consent = {basis.value: name for basis, name in basis_names().items()}, self.tr("consent")
        self.count.setText(self.tr("Looking up…"))
        self.save_button.setEnabled(False)

        def work(_progress) -> tuple[int, list[tuple[str, str, str, str]]]:
            return number, [(p.name, p.address, f"{p.consent_on:%d-%m-%Y}", kinds.get(p.kind, consent))
                            for p in marketing.approachable(channel)]
        tasks.run(self, work, self._listed, register=self._register)

    def _listed(self, result: tuple[int, list[tuple[str, str, str, str]]]) -> None:
        number, rows = result
        if number != self._asked or not isValid(self):  # another channel was chosen since, or the dialog closed
            return
        self._shown = number
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n customer(s) may be approached today", "", len(rows)))
        self.save_button.setEnabled(bool(rows))
        self.listed.emit()

    def save_csv(self, path: str | None = None) -> None:
        if path is None:
            from .file_dialogs import save_file

            path = save_file(self, self.tr("Save as CSV"), f"benaderen-{self.current().value}.csv",
                             self.tr("CSV files (*.csv)"))
            if not path:
                return
        from .owner_pin import owner_allows

        if not owner_allows(self, self._register.pin, self.tr("a list of customers")):
            return
        from . import tasks

        def saved(count: int) -> None:
            self.count.setText(self.tr("%1 customers saved to %2").replace("%1", str(count)).replace("%2", path))
            self.saved.emit(path)
        marketing, channel = self._register.marketing, self.current()
        tasks.run(self, lambda _progress: marketing.save_csv(channel, path, overwrite=True), saved,  # the dialog asked
                  register=self._register, busy=[self.save_button, self.channel])
