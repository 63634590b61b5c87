"""The owner's PIN before a dangerous act: an erasure, an export, a list of customers, a restore, a rekey, a
change of the settings or the staff list. The counter lock's check and count of wrong tries (ui/lock.py): after
five wrong PINs only the recovery key allows. Without an owner's PIN (a fresh register) the act is allowed, and
the window says once where to set one."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from .dialogs import ERROR_STYLE, Dialog
from .lock import pin_attempt, pin_prompt


class OwnerPinDialog(Dialog):
    def __init__(self, parent: QWidget | None, pin, what: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ownerPinDialog")
        self.setWindowTitle(self.tr("Owner's PIN"))
        self._pin = pin
        self.granted = False
        intro = QLabel(self.tr("Only the owner may do this: %1").replace("%1", what) if what else
                       self.tr("Only the owner may do this."))
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("ownerPinMessage")
        self.message.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setObjectName("ownerPinEntry")
        self.entry.setAccessibleName(self.tr("Owner's PIN"))
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.entry)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)  # the prompt and a wrong-PIN note on two lines, never cut off
        self._prompt()

    def _prompt(self, note: str = "") -> None:
        text, recovery = pin_prompt(self._pin)
        text = text if recovery else self.tr("Type the owner's PIN.")
        self.entry.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.entry.setPlaceholderText("XXXX-XXXX-…" if recovery else self.tr("PIN"))
        self.message.setText((note + "\n" if note else "") + text)
        self.message.setStyleSheet(ERROR_STYLE if note else "")
        self.entry.setFocus()
        self.adjustSize()  # a second line of text gets its room

    def submit(self) -> None:
        typed = self.entry.text()
        self.entry.clear()
        ok, note = pin_attempt(self._pin, typed)
        if ok:
            self.granted = True
            self.accept()
        else:
            self._prompt(note)


dialog_factory = OwnerPinDialog  # tests put a dialog here that types its answers
_noted: weakref.WeakSet = weakref.WeakSet()  # the PIN services already told about (one per register)


def owner_allows(parent: QWidget | None, pin, what: str = "") -> bool:
    """True when the act may go ahead: the owner's PIN (or the recovery key) was given, or there is no PIN."""
    if not pin.has_pin():
        _note_no_pin(parent, pin)
        return True
    dialog = dialog_factory(parent, pin, what)
    dialog.exec()
    return bool(dialog.granted)


def _note_no_pin(parent: QWidget | None, pin) -> None:
    """Once per session, in the main window's status bar: nothing asks to be answered."""
    if pin in _noted:
        return
    _noted.add(pin)
    window = parent
    while window is not None and not isinstance(window, QMainWindow):
        window = window.parentWidget()
    if window is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "OwnerPin", "No owner's PIN yet: anyone at this PC may erase, export, restore and change the settings. "
            "Set one in Settings → Counter lock."), 30000)
