"""The import's column-mapping step: the file's columns with their first values, each mapped to a field of the
card or to "niet importeren", and what to do with contacts that match a customer. Shown before anything is
imported, also for a known layout (as confirmation); the choice is remembered per set of headers."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..services.import_layouts import EXTRA, FIELDS, SKIP, is_placeholder
from ..services.importer import Preview
from .dialogs import Dialog

SAMPLES = 3


class ImportMappingDialog(Dialog):
    COLUMN, SAMPLE, FIELD = range(3)

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMappingDialog")
        self.setWindowTitle(self.tr("Import: columns"))
        self.preview = preview
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setObjectName("layoutLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(preview.header), 3, self)
        self.table.setObjectName("columnTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Field on the card")])
        self.table.horizontalHeader().setSectionResizeMode(self.SAMPLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.combos: list[QComboBox] = []
        self._holds_data: list[bool] = []  # a value of its own in the first rows (no label, no "Normal")
        names = self.field_names()
        for row, (header, field) in enumerate(zip(preview.header, preview.fields)):
            self.table.setItem(row, self.COLUMN, QTableWidgetItem(" ".join(header.split())))
            values = [r[row] for r in preview.rows[:SAMPLES] if row < len(r) and r[row].strip()]
            self._holds_data.append(field != EXTRA and any(not is_placeholder(v) for v in values))
            self.table.setItem(row, self.SAMPLE, QTableWidgetItem(" | ".join(" ".join(v.split())[:40] for v in values)))
            combo = QComboBox()
            for key, name in names.items():
                combo.addItem(name, key)
            if field and field not in names:  # an address group of a known layout ("street.2")
                base, _, group = field.partition(".")
                combo.addItem(self.tr("%1 (address %2)").replace("%1", names.get(base, base)).replace("%2", group),
                              field)
            chosen = field if field and field != EXTRA else SKIP
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(self._check)
            self.combos.append(combo)
            self.table.setCellWidget(row, self.FIELD, combo)
        layout.addWidget(self.table)

        form = QFormLayout()
        self.duplicates = QComboBox()
        self.duplicates.setObjectName("duplicatesCombo")
        for key, name in ((None, self.tr("List them as bad rows")), ("skip", self.tr("Skip them")),
                          ("merge", self.tr("Merge them into the customer")), ("add", self.tr("Add them anyway"))):
            self.duplicates.addItem(name, key)
        form.addRow(self.tr("Contacts that match a customer (same email, or same name and postcode):"),
                    self.duplicates)
        layout.addLayout(form)
        self.warning = QLabel()
        self.warning.setObjectName("mappingWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self._check()

    def _intro(self) -> str:
        layouts = {"google": self.tr("Google Contacts"), "google_old": self.tr("Google Contacts (older export)"),
                   "outlook_en": self.tr("Outlook (English headers)"), "outlook_nl": self.tr("Outlook (Dutch headers)"),
                   "vcard": self.tr("vCard")}
        text = self.tr("Choose for every column which field of the card it fills, or “do not import”.")
        if self.preview.layout in layouts:
            text = self.tr("Recognised: %1. Check the fields below.").replace(
                "%1", layouts[self.preview.layout]) + " " + text
        if self.preview.remembered:
            text += " " + self.tr("Your choice for this kind of file from last time is filled in.")
        return text

    def field_names(self) -> dict[str, str]:
        names = {
            "first_name": self.tr("First name"), "middle_name": self.tr("Middle name (or tussenvoegsel)"),
            "infix": self.tr("Tussenvoegsel"), "last_name": self.tr("Last name"),
            "name": self.tr("Whole name (split)"), "email": self.tr("Email address"), "phone": self.tr("Phone number"),
            "street": self.tr("Street (with house number)"), "house_number": self.tr("House number"),
            "house_number_addition": self.tr("House-number addition"), "postcode": self.tr("Postcode"),
            "city": self.tr("Place"), "country": self.tr("Country"), "address": self.tr("Whole address (split)"),
            "birth_date": self.tr("Date of birth (only for the 18+ check)"), "notes": self.tr("Notes"),
        }
        assert set(names) == set(FIELDS)
        return {**names, SKIP: self.tr("do not import")}

    def fields(self) -> list[str]:
        return [combo.currentData() for combo in self.combos]

    def duplicate_choice(self) -> str | None:
        return self.duplicates.currentData()

    def _check(self) -> None:
        """The import needs a name column; a column with data left out is shown, not hidden."""
        fields = self.fields()
        has_name = any(f.split(".")[0] in ("first_name", "last_name", "name") for f in fields)
        left_out = [self.table.item(i, self.COLUMN).text() for i, f in enumerate(fields)
                    if f == SKIP and self._holds_data[i]]
        text = "" if has_name else self.tr("Choose at least one column for the name.")
        if left_out:
            text = (text + " " if text else "") + self.tr("Not imported, although they hold data: %1.").replace(
                "%1", ", ".join(f"“{c}”" for c in left_out))
        self.warning.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_name)
