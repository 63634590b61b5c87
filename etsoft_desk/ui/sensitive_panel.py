"""Special-category data on the customer card: hidden until the owner asks, and every reveal logged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..services.sensitive import SensitiveCategory, SensitiveService
from .names import method_box, method_names
from .dialogs import date_edit, fill, table, to_date
from .messages import show_error


def category_names() -> dict[SensitiveCategory, str]:
    return {SensitiveCategory.HEALTH: QCoreApplication.translate("names", "health (e.g. accessibility needs)"),
            SensitiveCategory.OTHER: QCoreApplication.translate("names", "other special category")}


class SensitivePanel(QWidget):
    def __init__(self, customer_id: int, sensitive: SensitiveService, today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitivePanel")
        self._id = customer_id
        self._sensitive = sensitive
        self.summary = QLabel()
        self.summary.setObjectName("sensitiveSummary")
        self.reveal_button = QPushButton(self.tr("Show"))
        self.reveal_button.setObjectName("revealSensitive")
        self.reveal_button.clicked.connect(self.reveal)
        self.notes = table([self.tr("Kind"), self.tr("Note"), self.tr("Consent"), self.tr("Keep until")],
                           "sensitiveTable", stretch=1)
        self.notes.hide()
        self.method = method_box()
        self.delete_button = QPushButton(self.tr("Consent withdrawn: delete"))
        self.delete_button.setObjectName("deleteSensitive")
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.hide()

        box = QGroupBox(self.tr("Record something the customer volunteers"))
        self.category = QComboBox()
        for category, name in category_names().items():
            self.category.addItem(name, category.value)
        self.text = QLineEdit()
        self.text.setObjectName("sensitiveText")
        self.text.setPlaceholderText(self.tr("e.g. uses a wheelchair: help at the door"))
        self.consent = QCheckBox(self.tr("The customer explicitly agrees that we record this"))
        self.consent.setObjectName("explicitConsent")
        self.until = date_edit(sensitive.default_keep_until())
        add = QPushButton(self.tr("Record"))
        add.setObjectName("addSensitive")
        add.clicked.connect(self.add)
        form = QFormLayout(box)
        form.addRow(self.tr("Kind"), self.category)
        form.addRow(self.tr("Note"), self.text)
        form.addRow("", self.consent)
        form.addRow(self.tr("Keep until"), self.until)
        form.addRow("", add)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.reveal_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("How")))
        bottom.addWidget(self.method)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes, 1)
        layout.addLayout(bottom)
        layout.addWidget(box)
        self._update_summary()

    def _update_summary(self) -> None:
        count = self._sensitive.count(self._id)
        self.summary.setText(self.tr("Special-category notes: %1 (hidden; showing them is logged)").replace(
            "%1", str(count)))
        self.reveal_button.setEnabled(count > 0)

    def reveal(self) -> None:
        entries = self._sensitive.reveal(self._id)
        self._entries = entries
        names = category_names()
        methods = {m.value: n for m, n in method_names().items()}
        fill(self.notes, [[names[e.category], e.text, methods.get(e.consent_method, e.consent_method),
                           f"{e.retain_until:%d-%m-%Y}"] for e in entries])
        self.notes.show()
        self.delete_button.show()

    def add(self) -> None:
        try:
            self._sensitive.add(self._id, SensitiveCategory(self.category.currentData()), self.text.text(),
                                explicit_consent=self.consent.isChecked(), consent_method=self.method.currentData(),
                                retain_until=to_date(self.until))
        except UserError as exc:
            show_error(self, exc)
            return
        self.text.clear()
        self.consent.setChecked(False)
        self._update_summary()
        if self.notes.isVisible():
            self.reveal()

    def delete_selected(self) -> None:
        rows = self.notes.selectionModel().selectedRows()
        if not rows:
            return
        try:
            self._sensitive.withdraw_consent(self._id, self._entries[rows[0].row()].id, self.method.currentData())
        except UserError as exc:
            show_error(self, exc)
            return
        self._update_summary()
        self.reveal()
