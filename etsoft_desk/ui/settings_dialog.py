"""The shop's settings: who it is (the controller), who is at the counter, the supervisory authority,
and how long each category of personal data is kept. Also prints the record of processing (Art. 30)."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..domain.personal_data import CATEGORIES
from ..services.settings import (AUTHORITY_DEFAULTS, BACKUP_FOLDER, BACKUP_KEEP, IDLE_LOCK, RETENTION_PREFIX,
                                 SHOP_DEFAULTS, STAFF_INITIALS)
from .dialogs import Dialog
from .messages import show_error


class SettingsDialog(Dialog):
    def __init__(self, settings, documents, parent: QWidget | None = None, *, pin=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._documents = documents
        values = settings.all_values()
        self.edits: dict[str, QLineEdit | QSpinBox] = {}
        labels = {"shop_name": self.tr("Name"), "shop_address": self.tr("Address"), "shop_email": self.tr("Email"),
                  "shop_phone": self.tr("Phone"), "shop_kvk": self.tr("KvK number"),
                  "authority_name": self.tr("Name"), "authority_address": self.tr("Address"),
                  "authority_phone": self.tr("Phone"), "authority_website": self.tr("Website")}

        def group(title: str, keys) -> QGroupBox:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for key in keys:
                edit = QLineEdit(values[key])
                edit.setObjectName(key)
                self.edits[key] = edit
                form.addRow(labels[key], edit)
            return box

        shop = group(self.tr("The shop (controller)"), SHOP_DEFAULTS)
        initials = QLineEdit(values[STAFF_INITIALS])
        initials.setObjectName(STAFF_INITIALS)
        initials.setMaxLength(8)
        self.edits[STAFF_INITIALS] = initials
        initials.setToolTip(self.tr("Staff initials (who records changes)"))
        shop.layout().addRow(self.tr("Staff initials"), initials)
        authority = group(self.tr("Supervisory authority (complaints)"), AUTHORITY_DEFAULTS)
        self._pin = pin
        lock = QGroupBox(self.tr("Counter lock"))
        lock_form = QFormLayout(lock)
        idle = QSpinBox()
        idle.setObjectName(IDLE_LOCK)
        idle.setRange(0, 240)
        idle.setValue(int(values[IDLE_LOCK]))
        idle.setSuffix(self.tr(" minutes"))
        idle.setSpecialValueText(self.tr("never"))
        self.edits[IDLE_LOCK] = idle
        lock_form.addRow(self.tr("Lock after idle"), idle)
        self.new_pin = QLineEdit()
        self.new_pin.setObjectName("newPin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(self.tr("4 to 12 digits; empty: keep the current PIN")
                                        if pin is not None and pin.has_pin() else self.tr("4 to 12 digits"))
        lock_form.addRow(self.tr("New PIN"), self.new_pin)
        backup = QGroupBox(self.tr("Automatic backup at start"))
        backup_form = QFormLayout(backup)
        folder = QLineEdit(values[BACKUP_FOLDER])
        folder.setObjectName(BACKUP_FOLDER)
        folder.setPlaceholderText(self.tr("none: back up by hand"))
        self.edits[BACKUP_FOLDER] = folder
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(lambda: self._choose_folder(folder))
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(browse)
        backup_form.addRow(self.tr("Folder"), row)
        keep = QSpinBox()
        keep.setObjectName(BACKUP_KEEP)
        keep.setRange(1, 100)
        keep.setValue(int(values[BACKUP_KEEP]))
        keep.setSuffix(self.tr(" backups"))
        self.edits[BACKUP_KEEP] = keep
        backup_form.addRow(self.tr("Keep the newest"), keep)

        retention = QGroupBox(self.tr("How long data is kept (months)"))
        form = QFormLayout(retention)
        for category in CATEGORIES:
            spin = QSpinBox()
            spin.setObjectName(RETENTION_PREFIX + category.key)
            spin.setRange(category.retention.minimum, 1200)
            spin.setValue(int(values[RETENTION_PREFIX + category.key]))
            spin.setSuffix(self.tr(" months"))
            spin.setFixedWidth(120)
            after = QLabel(category.retention.criterion or category.retention.after)
            after.setWordWrap(True)
            after.setObjectName("after_" + category.key)
            if category.retention.minimum:
                after.setText(after.text() + " " + self.tr("(legal minimum: %1 months)").replace(
                    "%1", str(category.retention.minimum)))
            self.edits[RETENTION_PREFIX + category.key] = spin
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(after, 1)
            form.addRow(category.title, row)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(shop)
        left.addWidget(authority)
        left.addWidget(lock)
        left.addWidget(backup)
        left.addStretch(1)
        columns.addLayout(left, 2)
        columns.addWidget(retention, 3)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        record = QPushButton(self.tr("Record of processing…"))
        record.setObjectName("processingRecord")
        record.setToolTip(self.tr("The register of processing activities (GDPR Art. 30), from these settings"))
        record.clicked.connect(self.show_processing_record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(record)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        note = QLabel(self.tr("These settings are stored inside the encrypted register and travel with it."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addLayout(bottom)
        if self.width() < 900:
            self.resize(1180, 760)

    def _choose_folder(self, edit: QLineEdit) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the automatic backups"), edit.text())
        if chosen:
            edit.setText(chosen)

    def values(self) -> dict[str, str]:
        return {key: (edit.text() if isinstance(edit, QLineEdit) else str(edit.value()))
                for key, edit in self.edits.items()}

    def save(self) -> None:
        try:
            if self.new_pin.text() and self._pin is not None:
                self._pin.set_pin(self.new_pin.text())
            self._settings.set_values(self.values())
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()

    def show_processing_record(self) -> None:
        from .print_preview import PrintPreview

        try:
            doc_id, pdf = self._documents.render_processing_record()
        except UserError as exc:
            show_error(self, exc)
            return
        PrintPreview(pdf, self.tr("Record of processing"), f"verwerkingsregister-{doc_id}.pdf", parent=self).exec()
