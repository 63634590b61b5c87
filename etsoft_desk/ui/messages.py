"""Every message box of the program, and the translation of domain messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..domain.errors import UserError


def tr_message(error: UserError) -> str:
    """The sentence of a UserError in the window's language."""
    template = QCoreApplication.translate("messages", error.template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back to English
        return str(error)


def show_error(parent: QWidget | None, error: UserError) -> None:
    from PySide6.QtWidgets import QMessageBox  # Qt makes each class on first use: not before the first paint

    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "ETSoft Desk"),
                      tr_message(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("userErrorBox")
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()
