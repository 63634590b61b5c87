"""The shop's settings: who it is (the controller), who is at the counter (the staff list), the supervisory
authority, and how long each category of personal data is kept. Also prints the record of processing (Art. 30).
Saving a change asks for the owner's PIN (once there is one)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)
from shiboken6 import isValid

from ..domain.errors import UserError
from ..domain.personal_data import CATEGORIES
from ..services.settings import ACCOUNTANT, BACKUP_FOLDER, RETENTION_PREFIX, STAFF_INITIALS, in_group
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
        values = settings.all_values(where="window")
        self._edits: dict[str, QLineEdit | QSpinBox | QComboBox] = {}  # the left column's; see edits
        self._kept: dict[str, QSpinBox] = {}  # the retention periods', built once the dialog shows
        def form_of(box: QGroupBox) -> QFormLayout:
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label puts its field below it
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            return form

        def add_rows(form: QFormLayout, *groups: str) -> None:
            for key in (key for group in groups for key in in_group(group)):
                self._edits[key] = edit = editor(key, values[key])
                form.addRow(label_of(key), self._extras(key, edit))

        shop = QGroupBox(self.tr("The shop (controller)"))
        add_rows(form_of(shop), "shop", "staff", "books")
        authority = QGroupBox(self.tr("Supervisory authority (complaints)"))
        add_rows(form_of(authority), "authority")
        self._staff = staff
        self._staff_changes: list[tuple[str, tuple]] = []  # ("add", (initials, name, owner, pin)) | ("remove", …)
        people = self._staff_box() if staff is not None else None
        self._pin = pin
        lock = QGroupBox(self.tr("Counter lock"))
        lock_form = QFormLayout(lock)
        add_rows(lock_form, "lock")
        self.new_pin = QLineEdit()
        self.new_pin.setObjectName("newPin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(self.tr("4 to 12 digits; empty: keep the current PIN")
                                        if pin is not None and pin.has_pin() else self.tr("4 to 12 digits"))
        lock_form.addRow(self.tr("New PIN"), self.new_pin)
        backup = QGroupBox(self.tr("Automatic backup at start"))
        add_rows(QFormLayout(backup), "backup")

        retention = QGroupBox(self.tr("How long data is kept (months)"))
        self._retention_form = form = QFormLayout(retention)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._retention_values = values
        # its 21 rows were a third of the 50 ms the click froze the window (issue 14): built on the next turn
        QTimer.singleShot(20, self, self._build_retention)

        self.mail = None  # the email group (issue 12), where the register is given
        if register is not None:
            from .mail_settings import MailBox

            self.mail = MailBox(register, values)
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

    @property
    def edits(self) -> dict[str, QLineEdit | QSpinBox | QComboBox]:
        """Every setting's field by its key, in the order of the declarations."""
        self._build_retention()
        return {**self._edits, **self._kept, **(self.mail.edits if self.mail is not None else {})}

    def _build_retention(self) -> None:
        if self._kept or not isValid(self):
            return
        form, values = self._retention_form, self._retention_values
        for category in CATEGORIES:
            key = RETENTION_PREFIX + category.key
            self._kept[key] = spin = editor(key, values[key])
            spin.setFixedWidth(120)
            after = QLabel(category.retention.criterion or category.retention.after)
            after.setWordWrap(True)
            after.setObjectName("after_" + category.key)
            if category.retention.minimum:
                after.setText(after.text() + " " + self.tr("(legal minimum: %1 months)").replace(
                    "%1", str(category.retention.minimum)))
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(after, 1)
            form.addRow(category.title, row)

    def _extras(self, key: str, edit):
        """What the window adds to a setting's field: the staff list's length, the recipients to choose from, a
        button to choose a folder; the field or a row with it."""
        if key == STAFF_INITIALS:
            edit.setMaxLength(8)
        elif key == ACCOUNTANT:
            for name in self._settings.accountant_choices():  # active processors; the one chosen is listed already
                if edit.findData(name) < 0:
                    edit.addItem(name, name)
        elif key == BACKUP_FOLDER:
            browse = QPushButton(self.tr("Choose…"))
            browse.clicked.connect(lambda: self._choose_folder(edit))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(browse)
            return row
        return edit

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
        before = self._settings.all_values(where="window")
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
            if self.mail is not None:  # first, outside the transaction: a keyring may ask for its own password,
                self.mail.keep_password()  # and the register's write lock must not be held meanwhile
            with together:  # all of it, or nothing when one change is refused
                for change, args in self._staff_changes:
                    if change == "add":
                        self._staff.add(args[0], args[1], owner=args[2])
                    else:
                        self._staff.remove(*args)
                if self.new_pin.text() and self._pin is not None:
                    self._pin.set_pin(self.new_pin.text())
                self._settings.set_values(self.values(), where="window")
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


def label_of(key: str) -> str:
    from ..services.settings import declared

    return QCoreApplication.translate("settings", declared()[key].label)


def editor(key: str, value: str):
    """The field for one setting, made from its declaration: a spin box with its range and unit, a list of its
    choices, or a line; with its hint and tooltip, translated; named by the setting's key."""
    from ..services.settings import declared

    setting = declared()[key]

    def tr(text: str) -> str:
        return QCoreApplication.translate("settings", text) if text else ""

    edit: QLineEdit | QSpinBox | QComboBox
    if setting.kind == "whole" and not setting.optional:
        edit = QSpinBox()
        edit.setRange(setting.low, setting.high)
        edit.setValue(int(value))
        edit.setSuffix(tr(setting.unit))
        edit.setSpecialValueText(tr(setting.hint))  # what the lowest value means (the idle lock's "never")
    elif setting.kind in ("choice", "recipient"):
        edit = QComboBox()
        if setting.kind == "choice":
            for choice, label in zip(setting.choices, setting.choice_labels, strict=True):
                edit.addItem(tr(label), choice)
        else:  # none, or the one chosen even where it is no longer active: the owner sees what is set
            for choice in ("", *([value] if value else [])):
                edit.addItem(choice or tr(setting.hint), choice)
        edit.setCurrentIndex(max(0, edit.findData(value)))
    else:
        edit = QLineEdit(value)
        edit.setPlaceholderText(tr(setting.hint))
    edit.setToolTip(tr(setting.tip))
    edit.setObjectName(key)
    return edit
