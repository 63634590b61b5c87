"""Who is at the counter: chosen from the staff list in the main window's toolbar, remembered for the session,
so that every record names who really made it ("recorded by")."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget


class StaffChooser(QWidget):
    def __init__(self, staff, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffChooser")
        self._staff = staff
        self._settings = settings
        self.combo = QComboBox()
        self.combo.setObjectName("staffCombo")
        self.combo.setToolTip(self.tr("Who is at the counter: every change is recorded under these initials"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("At the counter:")))
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.refresh()

    def refresh(self) -> None:
        """The list as it is now (after a change in the settings); the person chosen stays chosen."""
        people = self._staff.list()
        current = self._settings.at_counter or self._settings.staff_initials
        self.combo.blockSignals(True)
        self.combo.clear()
        for person in people:
            self.combo.addItem(person.label, person.initials)
        index = self.combo.findData(current)
        if index < 0 and people:
            index = next((i for i, p in enumerate(people) if p.owner), 0)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.setVisible(bool(people))  # without a list, initials are typed where a change is recorded
        self._chosen()

    def _chosen(self, *_args) -> None:
        self._settings.at_counter = self.combo.currentData() or ""
