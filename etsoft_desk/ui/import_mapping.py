"""The import's column-mapping step: the file's columns with their first values, each mapped to a field of the
card or to "niet importeren", what to do with contacts that match a customer (or an earlier row), and the
country of each row whose postcode, place and phone tell none (Nederland unless the owner says otherwise).
Shown before anything is imported, also for a known layout (as confirmation); the column choice is remembered
per set of headers."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QLineEdit,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.errors import FieldError
from ..domain.validation import normalise_country

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
        form.addRow(self.tr("Contacts that match a customer or an earlier row of the file (same email, or same "
                            "name and postcode):"), self.duplicates)
        layout.addLayout(form)
        self.country_combos: list[QComboBox] = []
        self.country_edits: list[QLineEdit] = []
        if preview.unknown_countries:
            self._add_countries(layout)
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

    def _add_countries(self, layout: QVBoxLayout) -> None:
        """One row per contact whose country nothing in the file tells, with the Netherlands chosen."""
        rows = self.preview.unknown_countries
        text = self.tr("For these contacts the file does not tell the country (no country column, and the "
                       "postcode, place or phone number does not show it). Choose it:")
        if self.preview.unknown_count > len(rows):
            text += " " + self.tr("(the first %1 of %2 are listed; the others get the Netherlands)").replace(
                "%1", str(len(rows))).replace("%2", str(self.preview.unknown_count))
        label = QLabel(text)
        label.setObjectName("countryLabel")
        label.setWordWrap(True)
        layout.addWidget(label)
        table = QTableWidget(len(rows), 4, self)
        table.setObjectName("countryTable")
        table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Contact"), self.tr("Country"),
                                         self.tr("Other country (code)")])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        for row, (line, who) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(str(line)))
            table.setItem(row, 1, QTableWidgetItem(who))
            combo = QComboBox()
            for code, name in (("NL", self.tr("The Netherlands")), ("BE", self.tr("Belgium")), ("DE", self.tr("Germany")),
                               ("", self.tr("Other…"))):
                combo.addItem(name, code)
            edit = QLineEdit()
            edit.setMaxLength(2)
            edit.setPlaceholderText(self.tr("e.g. LU"))
            edit.setEnabled(False)
            combo.currentIndexChanged.connect(lambda _i, c=combo, e=edit: self._other_chosen(c, e))
            edit.textChanged.connect(self._check)
            self.country_combos.append(combo)
            self.country_edits.append(edit)
            table.setCellWidget(row, 2, combo)
            table.setCellWidget(row, 3, edit)
        table.setMaximumHeight(180)
        layout.addWidget(table)

    def _other_chosen(self, combo: QComboBox, edit: QLineEdit) -> None:
        edit.setEnabled(not combo.currentData())
        self._check()

    def countries(self) -> dict[int, str]:
        """The country chosen per line; a row whose "other" code is not (yet) a country is left out."""
        chosen = {}
        for (line, _who), combo, edit in zip(self.preview.unknown_countries, self.country_combos, self.country_edits):
            code = combo.currentData() or self._code(edit.text())
            if code:
                chosen[line] = code
        return chosen

    @staticmethod
    def _code(text: str) -> str:
        if len(text.strip()) != 2:
            return ""
        try:
            return normalise_country(text.strip())
        except FieldError:
            return ""

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
        bad_country = any(not c.currentData() and not self._code(e.text())
                          for c, e in zip(self.country_combos, self.country_edits))
        if bad_country:
            text = (text + " " if text else "") + self.tr("Enter a two-letter country code, such as LU or FR.")
        if left_out:
            text = (text + " " if text else "") + self.tr("Not imported, although they hold data: %1.").replace(
                "%1", ", ".join(f"“{c}”" for c in left_out))
        self.warning.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_name and not bad_country)
