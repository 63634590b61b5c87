"""The one confirmation before an erasure: exactly what is destroyed, what is kept and until when, whom to tell.

Cancel is the default button. The erasure runs off the GUI thread with progress; the shred confirmation is
shown in the print preview afterwards.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget)
from shiboken6 import isValid

from ..domain.erasure import ErasurePlan
from ..domain.errors import UserError
from ..domain.requests import RequestKind
from . import tasks
from .dialogs import Dialog
from .messages import show_error

WARN = "color: #b00020;"


class ErasureDialog(Dialog):
    planned = Signal()  # the plan is shown (read in a worker)

    def __init__(self, register, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasureDialog")
        self.setWindowTitle(self.tr("Erase customer %1").replace("%1", str(customer_id)))
        self._register = register
        self._id = customer_id
        self.result_value = None
        self.plan: ErasurePlan | None = None  # read in a worker: it counts the customer's rows in every table
        self.summary = QLabel(self.tr("Looking up…"))
        self.summary.setObjectName("erasurePlan")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("What the erasure does"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)

        self.request = QComboBox()
        self.request.setObjectName("erasureRequest")
        self.request.addItem(self.tr("no request (the owner's decision)"), None)
        for r in register.requests.for_customer(customer_id):
            if r.open:
                self.request.addItem(self.tr("request %1, received %2").replace("%1", str(r.id)).replace(
                    "%2", f"{r.received_on:%d-%m-%Y}"), r.id)
                if r.kind is RequestKind.ERASURE and self.request.currentIndex() == 0:
                    self.request.setCurrentIndex(self.request.count() - 1)
        form = QFormLayout()
        form.addRow(self.tr("Carries out"), self.request)
        # What was destroyed with the erasure (the command line's --paper): described, never its contents.
        self.paper = QPlainTextEdit()
        self.paper.setObjectName("erasurePaper")
        self.paper.setPlaceholderText(self.tr("One per line: what, and how, e.g. werkbon 2026-113: versnipperd"))
        self.paper.setFixedHeight(54)
        self.devices = QPlainTextEdit()
        self.devices.setObjectName("erasureDevices")
        self.devices.setPlaceholderText(self.tr("One per line: which device, and how, e.g. laptop HP: gewist en "
                                                "teruggegeven"))
        self.devices.setFixedHeight(54)
        form.addRow(self.tr("Paper destroyed"), self.paper)
        form.addRow(self.tr("Devices wiped or returned"), self.devices)
        self.device_hint = hint = QLabel(self.tr("A service job is still open: note here what happens to the device."))
        hint.setObjectName("erasureDeviceHint")
        hint.setStyleSheet(WARN)
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.setRowVisible(hint, False)  # shown with the plan where a service job is open
        self._form = form
        # Issue 12: the confirmation by email, queued in the erasure itself (the address goes once it is sent).
        self.send_mail = QCheckBox(self.tr("Send the shred confirmation by email (to the address of the request, "
                                           "without a request to the first address on the card)"))
        self.send_mail.setObjectName("erasureSendMail")
        self.mail_password = QLineEdit()
        self.mail_password.setObjectName("erasureMailPassword")
        self.mail_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.mail_password.setPlaceholderText(self.tr("optional: a password on the PDF, given to the customer apart"))
        self.mail_password.setEnabled(False)
        self.send_mail.toggled.connect(self.mail_password.setEnabled)
        form.addRow("", self.send_mail)
        form.addRow(self.tr("Password"), self.mail_password)

        self.progress = QProgressBar()
        self.progress.setObjectName("erasureProgress")
        self.progress.setRange(0, 4)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase for good"))
        self.erase_button.setObjectName("confirmErasure")
        self.erase_button.setStyleSheet("QPushButton { font-weight: bold; } QPushButton:enabled { color: #b00020; }")  # greyed while it cannot be pressed
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setDefault(True)  # Enter cancels; erasing takes a deliberate click
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.erase_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):  # no size kept from last time
            self.resize(720, 720)
        self.erase_button.setEnabled(False)  # until the plan is shown: a person erases what they have read
        tasks.run(self, lambda _progress: register.erasure.plan(customer_id), self._planned, register=register)

    def _planned(self, plan: ErasurePlan) -> None:
        if not isValid(self):  # closed meanwhile
            return
        self.plan = plan
        self.summary.setText(self._summary_html(plan))
        self._form.setRowVisible(self.device_hint, bool(plan.open_jobs))
        self.erase_button.setEnabled(not self.progress.isVisible())
        self.planned.emit()

    def _summary_html(self, plan: ErasurePlan) -> str:
        known = self.tr("The erasure ledger knows this person: erased before on %1.")
        wait = self.tr("Reason to wait:")
        too = self.tr("Erasing now erases these too.")
        destroyed = self.tr("Destroyed for good")
        kept = self.tr("Kept, because the law requires it")
        until = self.tr("until %1, then destroyed automatically")
        only = self.tr("Only the name and address stay on these invoices, apart from the register and not "
                       "searchable.")
        nothing = self.tr("Nothing.")
        tell = self.tr("Whom you must tell")
        letters = self.tr("A letter for each comes with the confirmation.")
        nobody = self.tr("Nobody: the data was never shared.")
        takedown = self.tr("Take down from the website")
        e = escape
        parts = []
        if plan.already_erased_on:
            parts.append(f"<p>{e(known.replace('%1', plan.already_erased_on))}</p>")
        for reason in plan.wait_reasons:
            parts.append(f"<p style='{WARN}'><b>{e(wait)}</b> {e(reason)}. {e(too)}</p>")
        parts.append(f"<h3>{e(destroyed)}</h3><ul>")
        parts += [f"<li>{e(line.title)}: {line.count}</li>" for line in plan.erased]
        parts.append(f"</ul><h3>{e(kept)}</h3>")
        if plan.kept:
            parts.append("<ul>")
            for line in plan.kept:
                parts.append(f"<li>{e(line.title)}: {line.count} — {e(until.replace('%1', f'{line.until:%d-%m-%Y}'))}"
                             f"<br/><small>{e(line.ground)}</small></li>")
            parts.append(f"</ul><p>{e(only)}</p>")
        else:
            parts.append(f"<p>{e(nothing)}</p>")
        parts.append(f"<h3>{e(tell)}</h3>")
        if plan.recipients:
            parts.append("<ul>" + "".join(f"<li>{e(name)}</li>" for _, name in plan.recipients) + "</ul>"
                         + f"<p>{e(letters)}</p>")
        else:
            parts.append(f"<p>{e(nobody)}</p>")
        if plan.takedowns:
            parts.append(f"<h3>{e(takedown)}</h3><ul>" + "".join(f"<li>{e(url)}</li>" for url in plan.takedowns)
                         + "</ul>")
        return "".join(parts)

    def reject(self) -> None:
        if self.progress.isVisible():
            return  # the erasure is under way: it finishes, then the dialog closes by itself
        super().reject()

    def paper_and_devices(self) -> list[tuple[str, str, str]]:
        """(kind, what, how) for each line of the paper and device fields; "what: how", how optional."""
        out = []
        for kind, box, default in (("paper", self.paper, "versnipperd"), ("device", self.devices, "gewist")):
            for line in box.toPlainText().splitlines():
                what, _, how = line.partition(":")
                if what.strip():
                    out.append((kind, what.strip(), how.strip() or default))
        return out

    def start(self) -> None:
        request_id = self.request.currentData()
        paper = self.paper_and_devices()
        send_to, password = None, ""
        if self.send_mail.isChecked():
            outbox = self._register.outbox
            try:
                send_to = ((outbox.request_address(request_id), "request") if request_id is not None
                           else (outbox.card_address(self._id), "card"))
            except UserError as exc:  # nowhere to send it: nothing is erased yet
                show_error(self, exc)
                return
            password = self.mail_password.text()
        self.progress.show()
        register, customer_id = self._register, self._id

        def work(report):
            from . import print_preview  # noqa: F401  (the previews that follow: their modules loaded here)

            result = register.erasure.erase(customer_id, request_id=request_id, paper=paper, progress=report,
                                            send_to=send_to, attachment_password=password)
            # The letters joined into one file here: on the GUI thread the first join (pypdf's import) and the
            # merge froze the window for 150 ms before the previews (issue 14).
            _ = result.notices
            return result
        tasks.run(self, work, self._done, register=register, busy=[self.erase_button, self.cancel_button],
                  progress=lambda done, total: self.progress.setValue(done), failed=self._failed)

    def _done(self, result) -> None:
        self.result_value = result
        self.progress.hide()
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        # The dialog is usable again first (closable with Cancel or Escape; ui/tasks.run enabled its buttons),
        # whatever the failure was; then ui/tasks.run tells it: a message, or a fault to the crash dialog.
        self.progress.hide()
        return False
