"""The settings' email group (issue 12): the mail server, the sender, the password (to the OS keyring, never the
register) and a test message sent off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton

from ..services.settings import in_group
from . import tasks
from .messages import show_info
from .settings_dialog import editor, label_of


class MailBox(QGroupBox):
    def __init__(self, register, values: dict[str, str], parent=None) -> None:
        super().__init__(self.tr("Email (answers to the address a customer registered)"), parent)
        self._register = register
        self.edits: dict[str, QLineEdit | QComboBox] = {}
        self._lines: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for key in in_group("mail"):
            edit = editor(key, values[key])
            self.edits[key] = edit
            if isinstance(edit, QLineEdit):
                self._lines[key] = edit
            else:  # as wide as the column, not as its longest choice (which pushed the retention column away)
                edit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                edit.setMinimumContentsLength(20)
            form.addRow(label_of(key), edit)
        self._from = self._lines["smtp_from"]
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: keep the password as it is"))
        form.addRow(self.tr("Password"), self.password)
        note = QLabel(self.tr("The password is kept in the computer's keyring, not in the register."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.test_button = QPushButton(self.tr("Test message…"))
        self.test_button.setObjectName("mailTest")
        self.test_button.setToolTip(self.tr("Send a test message with the settings as they are saved"))
        self.test_button.clicked.connect(self.send_test)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        form.addRow("", row)

    def keep_password(self) -> None:
        """On save: a password typed goes to the keyring (a UserError when there is none)."""
        from ..services.mail import keep_password

        if self.password.text():
            keep_password(self._register.keystore, self._register.register_id, self.password.text())
            self.password.clear()

    def send_test(self) -> None:
        address, ok = QInputDialog.getText(self, self.tr("Test message"), self.tr(
            "Send a test message (with the settings as they are saved) to:"), text=self._from.text())
        if not ok or not address.strip():
            return
        register = self._register
        tasks.run(self, lambda _progress: register.outbox.test(address.strip()), self._tested, register=register,
                  busy=[self.test_button])

    def _tested(self, answer: str) -> None:
        show_info(self, self.tr("Test message"), self.tr("The test message was sent. The server answered: %1")
                  .replace("%1", answer))



