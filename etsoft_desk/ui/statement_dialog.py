"""The versions of the shop's privacy statement, and loading a new one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..services.consent import StatementService
from ..services.settings import Settings
from .dialogs import Dialog, date_edit, to_date
from .messages import show_error


class StatementDialog(Dialog):
    def __init__(self, statements: StatementService, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementDialog")
        self.setWindowTitle(self.tr("Privacy statement"))
        self._statements = statements
        self._settings = settings
        self.versions = QTableWidget(0, 4)
        self.versions.setObjectName("statementVersions")
        self.versions.setAccessibleName(self.tr("Versions of the privacy statement"))
        self.versions.setHorizontalHeaderLabels([self.tr("Version"), self.tr("In force from"), self.tr("Change"),
                                                 self.tr("Fingerprint (SHA-256)")])
        self.versions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.versions.verticalHeader().hide()
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("statementText")
        self.text.setAccessibleName(self.tr("Text of the new version"))
        self.text.setPlaceholderText(self.tr("Paste the text of the new version here, or load it from a file."))
        from_file = QPushButton(self.tr("From a file…"))
        from_file.clicked.connect(self._load_file)
        self.effective = date_edit()
        self.material = QCheckBox(self.tr("Material change: customers who consented earlier must be told"))
        self.material.setChecked(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("statementOutcome")
        self.outcome.setWordWrap(True)
        save = QPushButton(self.tr("Add this version"))
        save.setObjectName("addStatement")
        save.clicked.connect(self.add_version)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("In force from"), self.effective)
        form.addRow("", self.material)
        buttons = QHBoxLayout()
        buttons.addWidget(from_file)
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Versions")))
        layout.addWidget(self.versions)
        layout.addWidget(QLabel(self.tr("New version")))
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.resize(720, 560)
        self.refresh()

    def refresh(self) -> None:
        current = self._statements.current()
        versions = self._statements.versions()
        self.versions.setRowCount(len(versions))
        for row, v in enumerate(reversed(versions)):
            mark = "  " + self.tr("(current)") if current and v.id == current.id else ""
            cells = [f"v{v.id}{mark}", f"{_date(v.effective_date):%d-%m-%Y}",
                     self.tr("material") if v.material else self.tr("minor"), v.sha256]
            for column, value in enumerate(cells):
                self.versions.setItem(row, column, QTableWidgetItem(value))
        self.versions.resizeColumnsToContents()

    def _load_file(self) -> None:
        from .file_dialogs import open_file

        path = open_file(self, self.tr("Privacy statement"), self.tr("Text (*.txt)"))
        if path:
            self.text.setPlainText(Path(path).read_text(encoding="utf-8-sig", errors="replace"))

    def add_version(self) -> None:
        try:
            version = self._statements.load(self.text.toPlainText(), to_date(self.effective),
                                            material=self.material.isChecked(), by=None)  # who is at the counter
        except UserError as exc:
            show_error(self, exc)
            return
        self.text.clear()
        self.refresh()
        count = len(self._statements.customers_to_inform())
        self.outcome.setText(self.tr("Version %1 added. Customers to tell: %2 (see the to-do bar).")
                             .replace("%1", str(version)).replace("%2", str(count)))


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
