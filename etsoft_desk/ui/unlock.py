"""Asking for the recovery key, and the first start where no register exists yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ..domain.errors import UserError
from .dialogs import ERROR_STYLE, Dialog
from .messages import tr_message


class UnlockDialog(Dialog):
    def __init__(self, reason: UserError | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock the register"))
        intro = QLabel(self.tr("Type the recovery key from the printed sheet (14 groups of 4 characters)."))
        intro.setWordWrap(True)
        self.reason = QLabel(tr_message(reason) if reason else "")
        self.reason.setObjectName("unlockReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKey")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.key.setMinimumWidth(520)
        show = QCheckBox(self.tr("Show the key"))
        show.toggled.connect(lambda on: self.key.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.reason, self.key, show, buttons):
            layout.addWidget(widget)


def ask_with_dialog(parent: QWidget | None = None):
    """An ``ask`` for services.unlock: shows the dialog with the reason, returns the typed key or None."""

    def ask(reason: UserError) -> str | None:
        dialog = UnlockDialog(reason, parent)
        return dialog.key.text() if dialog.exec() else None

    return ask


class WelcomeDialog(Dialog):
    """No register on this computer yet: create one, or look around in the demo."""

    CREATE, DEMO = 1, 2

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to ETSoft Desk"))
        text = QLabel(self.tr("There is no customer register on this computer yet.\n\nA new register is created at:\n%1"
                              ).replace("%1", path))
        text.setWordWrap(True)
        create = QPushButton(self.tr("Create a new register…"))
        demo = QPushButton(self.tr("Open the demo (fictitious customers)"))
        cancel = QPushButton(self.tr("Quit"))
        create.clicked.connect(lambda: self.done(self.CREATE))
        demo.clicked.connect(lambda: self.done(self.DEMO))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, create, demo, cancel):
            layout.addWidget(widget)
        create.setDefault(True)


def ask_recovery_sheet_path(parent: QWidget | None) -> str | None:
    title = QCoreApplication.translate("Welcome", "Save the recovery sheet")
    from .file_dialogs import save_file

    path = save_file(parent, title, "herstelsleutel.pdf", "PDF (*.pdf)")
    return path or None


def show_recovery_key(parent: QWidget | None, recovery_key: str, sheet: str | None,
                      keyring_note: UserError | None) -> None:
    lines = []
    if keyring_note:
        lines.append(tr_message(keyring_note))
    if sheet:
        lines.append(QCoreApplication.translate("Welcome", "The recovery sheet was saved to %1. Print it now and keep it somewhere safe, "
                                    "away from this computer.").replace("%1", sheet))
    else:
        lines.append(QCoreApplication.translate("Welcome", "Write this recovery key down and keep it somewhere safe, away from this "
                                    "computer:"))
    from .messages import show_info

    show_info(parent, QCoreApplication.translate("Welcome", "Recovery key"), "\n\n".join(lines), name="recoveryKeyBox",
              details=recovery_key)


def ask_initials(parent: QWidget | None, settings) -> None:
    """Asked once when a register is made: every record names who made it (changed later in the settings)."""
    from PySide6.QtWidgets import QInputDialog

    from ..services.staff import normal_initials
    from .messages import show_error

    while True:  # QCoreApplication.translate spelled out: pyside6-lupdate does not follow an alias
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("Welcome", "Your initials"),
            QCoreApplication.translate("Welcome", "Your initials (every record names who made it, for example JV):"))
        if not ok or not text.strip():
            return  # asked again by the first act that needs them
        try:
            initials = normal_initials(text)
            settings.staff_initials = initials
            return
        except UserError as exc:
            show_error(parent, exc)
