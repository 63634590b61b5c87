"""A bug opens this dialog with details to copy; the details carry no personal data."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from .. import __version__
from ..domain.redact import redact
from .dialogs import Dialog

log = logging.getLogger(__name__)


def crash_report(exc_type, exc, tb) -> str:
    """Type, a redacted message, and the stack as file:line function (no local variables)."""
    import platform  # only when something went wrong: it is slow to import

    frames = traceback.extract_tb(tb)
    lines = [f"ETSoft Desk {__version__}, Python {platform.python_version()}, {platform.platform()}",
             f"{exc_type.__name__}: {redact(str(exc))}", "Traceback (most recent call last):"]
    lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines)


class CrashDialog(Dialog):
    def __init__(self, details: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("ETSoft Desk: something went wrong"))
        text = QLabel(self.tr("This is a fault in ETSoft Desk, not something you did. Your register is safe: "
                              "what was saved stays saved. Copy the details below and send them to the developers; "
                              "they contain no customer data."))
        text.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 360)


def handle_crash(exc_type, exc, tb, previous) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        previous(exc_type, exc, tb)
        return
    if "file is not a database" in str(exc) and QApplication.instance() is not None:
        # The register's key changed under the open window (a rekey from the command line): not a bug, so
        # logged as the sentence told, not as an unexpected error.
        from ..domain.errors import UserError
        from ..domain.messages import Msg
        from .messages import show_error

        log.info("told: %s", Msg.REGISTER_CHANGED_ELSEWHERE)
        show_error(QApplication.activeWindow(), UserError(Msg.REGISTER_CHANGED_ELSEWHERE))
        return
    details = crash_report(exc_type, exc, tb)
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is not None:
        CrashDialog(details, QApplication.activeWindow()).exec()
