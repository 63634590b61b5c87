"""The shop's settings: who it is (the controller), who is at the counter (the staff list), the supervisory
authority, and how long each category of personal data is kept. Also prints the record of processing (Art. 30).
Saving a change asks for the owner's PIN (once there is one)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..domain.personal_data import CATEGORIES
from ..services.settings import (ACCOUNTANT, AUTHORITY_DEFAULTS, BACKUP_FOLDER, BACKUP_KEEP, IDLE_LOCK,
                                 RETENTION_MAX, RETENTION_PREFIX, SHOP_DEFAULTS, STAFF_INITIALS, WHOLE)
from .dialogs import Dialog
from .messages import show_error


class SettingsDialog(Dialog):
    def __init__(self, settings, documents, parent: QWidget | None = None, *, pin=None, staff=None,
                 register=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._documents = documents
        values = settings.all_values()
        self.edits: dict[str, QLineEdit | QSpinBox | QComboBox] = {}
        labels = {"shop_name": self.tr("Name"), "shop_address": self.tr("Address"), "shop_email": self.tr("Email"),
                  "shop_phone": self.tr("Phone"), "shop_kvk": self.tr("KvK number"),
                  "shop_copy_fee": self.tr("Fee for an extra copy of the access report"),
                  "shop_intake_terms": self.tr("Terms on the intake slip, one per line as \\n (empty: the standard text)"),
                  "authority_name": self.tr("Name"), "authority_address": self.tr("Address"),
                  "authority_phone": self.tr("Phone"), "authority_website": self.tr("Website")}

        def group(title: str, keys) -> QGroupBox:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label puts its field below it
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                edit = QLineEdit(values[key])
                edit.setObjectName(key)
                if key == "shop_copy_fee":
                    edit.setPlaceholderText(self.tr("empty: none"))
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
        accountant = QComboBox()  # who gets the invoices (a processor in the recipients register)
        accountant.setObjectName(ACCOUNTANT)
        accountant.addItem(self.tr("(none chosen)"), "")
        chosen = values[ACCOUNTANT]  # listed even where it is no longer active: the owner sees what is set
        for name in dict.fromkeys([*settings.accountant_choices(), *([chosen] if chosen else [])]):
            accountant.addItem(name, name)
        accountant.setCurrentIndex(max(0, accountant.findData(values[ACCOUNTANT])))
        accountant.setToolTip(self.tr("The invoices for the accountant go to this processor; each export is "
                                      "recorded as a disclosure to it"))
        self.edits[ACCOUNTANT] = accountant
        shop.layout().addRow(self.tr("Accountant"), accountant)
        authority = group(self.tr("Supervisory authority (complaints)"), AUTHORITY_DEFAULTS)
        self._staff = staff
        self._staff_changes: list[tuple[str, tuple]] = []  # ("add", (initials, name, owner, pin)) | ("remove", …)
        people = self._staff_box() if staff is not None else None
        self._pin = pin
        lock = QGroupBox(self.tr("Counter lock"))
        lock_form = QFormLayout(lock)
        idle = QSpinBox()
        idle.setObjectName(IDLE_LOCK)
        idle.setRange(WHOLE[IDLE_LOCK].low, WHOLE[IDLE_LOCK].high)
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
        keep.setRange(WHOLE[BACKUP_KEEP].low, WHOLE[BACKUP_KEEP].high)
        keep.setValue(int(values[BACKUP_KEEP]))
        keep.setSuffix(self.tr(" backups"))
        self.edits[BACKUP_KEEP] = keep
        backup_form.addRow(self.tr("Keep the newest"), keep)

        retention = QGroupBox(self.tr("How long data is kept (months)"))
        form = QFormLayout(retention)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for category in CATEGORIES:
            spin = QSpinBox()
            spin.setObjectName(RETENTION_PREFIX + category.key)
            spin.setRange(category.retention.minimum, RETENTION_MAX)
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

        self.mail = None  # the email group (issue 12), where the register is given
        if register is not None:
            from .mail_settings import MailBox

            self.mail = MailBox(register, values)
            self.edits.update(self.mail.edits)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(shop)
        if people is not None:
            left.addWidget(people)
        left.addWidget(authority)
        left.addWidget(lock)
        left.addWidget(backup)
        if self.mail is not None:
            left.addWidget(self.mail)
        left.addStretch(1)
        columns.addLayout(left, 2)
        columns.addWidget(retention, 3)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)

        record = QPushButton(self.tr("Record of processing…"))
        record.setObjectName("processingRecord")
        record.setToolTip(self.tr("The register of processing activities (GDPR Art. 30), from these settings"))
        record.clicked.connect(self.show_processing_record)
        record.setEnabled(register is not None)  # laid out in a worker of the register
        self._register, self.record_button = register, record
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
        from .file_dialogs import choose_folder

        chosen = choose_folder(self, self.tr("Folder for the automatic backups"), edit.text())
        if chosen:
            edit.setText(chosen)

    def _staff_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Staff"))
        layout = QVBoxLayout(box)
        about = QLabel(self.tr("Who records changes; the owner's PIN allows erasing and exporting."))
        about.setWordWrap(True)  # a long group title would widen the whole column
        layout.addWidget(about)
        self.staff_list = QListWidget()
        self.staff_list.setObjectName("staffList")
        self.staff_list.setMaximumHeight(110)
        for person in self._staff.list():
            self._list_person(person.initials, person.name, person.owner)
        layout.addWidget(self.staff_list)
        row = QHBoxLayout()
        self.staff_initials = QLineEdit()
        self.staff_initials.setObjectName("staffInitials")
        self.staff_initials.setPlaceholderText(self.tr("initials"))
        self.staff_initials.setMaxLength(8)
        self.staff_initials.setMaximumWidth(80)
        self.staff_name = QLineEdit()
        self.staff_name.setObjectName("staffName")
        self.staff_name.setPlaceholderText(self.tr("name"))
        self.staff_owner = QCheckBox(self.tr("owner"))
        self.staff_owner.setObjectName("staffOwner")
        add = QPushButton(self.tr("Add"))
        add.setObjectName("staffAdd")
        add.clicked.connect(self.add_person)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("staffRemove")
        remove.clicked.connect(self.remove_person)
        for widget in (self.staff_initials, self.staff_name, self.staff_owner, add, remove):
            row.addWidget(widget)
        layout.addLayout(row)
        note = QLabel(self.tr("Removed people keep their initials in the records they made. The owner's PIN is the "
                              "PIN of the counter lock."))
        note.setWordWrap(True)
        layout.addWidget(note)
        return box

    def _list_person(self, initials: str, name: str, owner: bool) -> None:
        item = QListWidgetItem(f"{initials} – {name}" + (" " + self.tr("(owner)") if owner else ""))
        item.setData(256, initials)
        self.staff_list.addItem(item)

    def add_person(self) -> None:
        """Listed now, added when the settings are saved (with the owner's PIN)."""
        from ..services.staff import normal_initials

        try:
            initials = normal_initials(self.staff_initials.text())
        except UserError as exc:
            show_error(self, exc)
            return
        self._staff_changes.append(("add", (initials, self.staff_name.text(), self.staff_owner.isChecked())))
        self._list_person(initials, self.staff_name.text().strip(), self.staff_owner.isChecked())
        self.staff_initials.clear()
        self.staff_name.clear()
        self.staff_owner.setChecked(False)

    def remove_person(self) -> None:
        item = self.staff_list.currentItem()
        if item is not None:
            self._staff_changes.append(("remove", (item.data(256),)))
            self.staff_list.takeItem(self.staff_list.row(item))

    def changed(self) -> bool:
        before = self._settings.all_values()
        return (bool(self.new_pin.text()) or bool(self._staff_changes)
                or (self.mail is not None and bool(self.mail.password.text()))
                or any(before.get(key) != value for key, value in self.values().items()))

    def values(self) -> dict[str, str]:
        return {key: (edit.text() if isinstance(edit, QLineEdit) else edit.currentData()
                      if isinstance(edit, QComboBox) else str(edit.value())) for key, edit in self.edits.items()}

    def save(self) -> None:
        from .owner_pin import owner_allows

        if not self.changed():
            self.accept()
            return
        if self._pin is not None and not owner_allows(self, self._pin, self.tr("change the settings")):
            return
        together = self._staff.transaction() if self._staff is not None else contextlib.nullcontext()
        try:
            with together:  # all of it, or nothing when one change is refused
                for change, args in self._staff_changes:
                    if change == "add":
                        self._staff.add(args[0], args[1], owner=args[2])
                    else:
                        self._staff.remove(*args)
                if self.new_pin.text() and self._pin is not None:
                    self._pin.set_pin(self.new_pin.text())
                self._settings.set_values(self.values())
                if self.mail is not None:
                    self.mail.keep_password()
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()

    def show_processing_record(self) -> None:
        from . import tasks

        def show(built: tuple[str, bytes]) -> None:
            from .print_preview import PrintPreview

            doc_id, pdf = built
            PrintPreview(pdf, self.tr("Record of processing"), f"verwerkingsregister-{doc_id}.pdf",
                         parent=self).exec()
        tasks.document(self, self._documents.render_processing_record, show, register=self._register,
                       busy=[self.record_button])
