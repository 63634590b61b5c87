"""Who is at the counter: chosen from the staff list in the main window's toolbar, remembered for the session,
so that every record names who really made it ("recorded by"). Choosing someone who has a PIN asks for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget


def ask_pin(parent: QWidget, person) -> str | None:
    """The chosen person's PIN, typed by them (tests put their own answer here)."""
    from PySide6.QtWidgets import QInputDialog  # at the first choice, not before the window's first frame

    translate = QCoreApplication.translate
    typed, ok = QInputDialog.getText(parent, translate("StaffChooser", "At the counter"), translate(
        "StaffChooser", "PIN of %1:").replace("%1", person.label), QLineEdit.EchoMode.Password)
    return typed if ok else None


class StaffChooser(QWidget):
    def __init__(self, staff, settings, pin=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffChooser")
        self._staff = staff
        self._settings = settings
        self._pin = pin  # the owner's PIN: its count of wrong tries is the lock's
        self._people = []
        self.combo = QComboBox()
        self.combo.setObjectName("staffCombo")
        self.combo.setToolTip(self.tr("Who is at the counter: every change is recorded under these initials"))
        self.note = QLabel()
        self.note.setObjectName("staffNote")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("At the counter:")))
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.refresh()

    def refresh(self) -> None:
        """The list as it is now (after a change in the settings); the person chosen stays chosen."""
        self._people = self._staff.list()
        current = self._settings.at_counter or self._settings.staff_initials
        self.combo.blockSignals(True)
        self.combo.clear()
        for person in self._people:
            self.combo.addItem(person.label, person.initials)
        index = self.combo.findData(current)
        if index < 0 and self._people:
            index = next((i for i, p in enumerate(self._people) if p.owner), 0)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.setVisible(bool(self._people))  # without a list, initials are typed where a change is recorded
        self._settings.at_counter = self.combo.currentData() or ""

    def _chosen(self, *_args) -> None:
        initials = self.combo.currentData() or ""
        person = next((p for p in self._people if p.initials == initials), None)
        self.note.clear()
        if person is not None and person.has_pin and not self._pin_ok(person):
            self.combo.blockSignals(True)  # back to who was at the counter
            self.combo.setCurrentIndex(self.combo.findData(self._settings.at_counter))
            self.combo.blockSignals(False)
            self.note.setText(self.tr("Wrong PIN: %1 stays at the counter.").replace("%1", self._settings.at_counter))
            return
        self._settings.at_counter = initials

    def _pin_ok(self, person) -> bool:
        typed = ask_pin_factory(self, person)
        if typed is None:
            return False
        if person.owner and self._pin is not None:
            return self._pin.check(typed)
        return self._staff.check_pin(person.initials, typed)


ask_pin_factory = ask_pin
