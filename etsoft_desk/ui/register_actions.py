"""What the main window does with the register as a whole: backup (by hand and at start) and erasing a customer
with its shred confirmation (restore and a new key: ui/register_swap.py). A mixin of MainWindow (its translations
stay in the MainWindow context); every slow step runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ..domain.errors import UserError


if TYPE_CHECKING:  # a mixin of MainWindow: checked as the window it is part of
    from collections.abc import Callable
    from typing import Any

    from PySide6.QtCore import Signal
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMainWindow as _Window

    from ..services.register import Register
    from .todo import TodoBar
else:
    _Window = object


class RegisterActions(_Window):
    """Backup and erasure for :class:`MainWindow` (which provides the register and widgets)."""

    # provided by MainWindow
    _register: Register
    _keystore: Callable[[], Any] | None  # makes a KeyStore (ui does not import secrets)
    backupFinished: Signal
    registerReplaced: Signal
    backup_action: QAction
    backup_label: QLabel
    todo_bar: TodoBar

    def _after(self, ms: int, work) -> None:
        """Start-up work a little later, and only while this window is still up: one that gave way to a new one
        (after a restore) or was closed must not touch a register that is closed."""
        self.starting_up = getattr(self, "starting_up", 0) + 1  # start-up work still to come (tests wait on it)

        def run() -> None:
            self.starting_up -= 1
            if self.isVisible() and not getattr(self, "swapping", False):  # not while a restore replaces it
                work()

        QTimer.singleShot(ms, self, run)

    def show_invoices(self) -> None:
        """Register › Invoices for the accountant: the list of a period and its export (issue 11 item 5)."""
        from .invoices_dialog import InvoicesDialog

        InvoicesDialog(self._register, self).exec()

    def add_breach_register(self, menu) -> None:
        """Register › Datalekken (issue 16), also opened from the to-do bar's 72-hour button."""
        self.breach_action = menu.addAction(self.tr("&Data breaches…"), self.show_breaches)
        self.breach_action.setObjectName("breachAction")
        self.todo_bar.open_breaches.connect(self.show_breaches)
        self.todo_bar.open_outbox.connect(self.show_outbox)
        self.outbox_action = menu.addAction(self.tr("&Outbox…"), self.show_outbox)
        self.outbox_action.setObjectName("outboxAction")

    def show_outbox(self) -> None:
        from .outbox_dialog import OutboxDialog

        OutboxDialog(self._register, self).exec()
        self.todo_bar.refresh()

    def show_breaches(self) -> None:
        from .breach_dialog import BreachDialog

        BreachDialog(self._register, self).exec()
        self.todo_bar.refresh()

    def show_backup_age(self) -> None:
        """When the last good backup was made; red when there is none or it is more than a week old."""
        last = self._register.backups.last_backup() if self._register.key is not None else None
        today = self._register.clock().date()
        if last is None:
            text, late = self.tr("No backup made yet"), True
        else:
            late = (today - last.date()).days > 7
            text = (self.tr("Last backup: %1 — more than a week ago") if late else self.tr("Last backup: %1")).replace(
                "%1", f"{last:%d-%m-%Y}")
        self.backup_label.setText(text)
        self.backup_label.setStyleSheet("color: #b00020; font-weight: bold;" if late else "")

    def make_backup(self) -> None:
        from .file_dialogs import choose_folder

        folder = choose_folder(self, self.tr("Choose the folder for the backup"))
        if folder:
            self.start_backup(Path(folder))

    def auto_backup(self) -> None:
        """At start, in the background and without dialogs: a failure (no USB stick) is told in the status bar."""
        from . import tasks
        from .messages import tr_message

        register = self._register
        if register.key is None or not register.settings.backup_folder:
            return
        def done(result) -> None:
            if result is not None:
                self.show_backup_age()
                self.statusBar().showMessage(self.tr("Automatic backup written and verified: %1").replace(
                    "%1", str(result.path)), 15000)
            self.backupFinished.emit(result)

        def failed(exc: BaseException) -> bool:  # told in the status bar; a fault goes to the crash dialog
            if not isinstance(exc, UserError):
                return False
            self.statusBar().showMessage(self.tr("No automatic backup: %1").replace("%1", tr_message(exc)), 60000)
            self.backupFinished.emit(exc)
            return True

        tasks.run(self, lambda report: register.backups.auto_backup(), done, register=register, failed=failed)

    def start_backup(self, folder: Path) -> None:
        from . import tasks

        register = self._register

        def failed(exc: BaseException) -> bool:  # told first, then reported (tests wait for it)
            if not isinstance(exc, UserError):
                return False
            from .messages import show_error

            show_error(self, exc)
            self.backupFinished.emit(exc)
            return True
        tasks.run(self, lambda report: register.backups.backup(folder), self._backup_done, register=register,
                  busy=[self.backup_action], label=self.tr("Backing up…"), failed=failed, name="backupProgress")

    def _backup_done(self, result) -> None:
        self.show_backup_age()
        text = self.tr("Backup written and verified: %1").replace("%1", str(result.path))
        if not result.recorded:
            text += " " + self.tr("(The register was busy: the time of this backup is not noted.)")
        self.statusBar().showMessage(text, 15000)
        self.backupFinished.emit(result)

    def erase_customer(self, customer_id: int) -> bool:
        """The confirmation dialog, the erasure, then the shred confirmation (and letters) in the preview."""
        from .erasure_dialog import ErasureDialog
        from .owner_pin import owner_allows

        if not owner_allows(self, self._register.pin, self.tr("erase a customer")):
            return False
        dialog = ErasureDialog(self._register, customer_id, self)
        if not dialog.exec() or dialog.result_value is None:
            return False
        result = dialog.result_value
        self.model.refresh()
        self.todo_bar.refresh()
        if not result.checkpoint_clean:  # another program reads old pages: not done, nor confirmed, until folded back
            self.statusBar().showMessage(self.tr("Customer %1 erased; still being finished (%2): another program is "
                                                 "reading the register.").replace("%1", str(customer_id))
                                         .replace("%2", result.erasure_id))
            self._when_erasure_finished(lambda: self._erasure_documents(customer_id, result))
            return True
        self._erasure_documents(customer_id, result)
        return True

    def _when_erasure_finished(self, then) -> None:
        """Try the checkpoint again every 2 s; once it is clean, ``then`` (the confirmation is shown as done)."""
        timer = QTimer(self)
        timer.setInterval(2000)

        def tick() -> None:
            if self._register.erasure.retry_checkpoint():
                timer.stop()
                timer.deleteLater()
                then()
        timer.timeout.connect(tick)
        timer.start()

    def _erasure_documents(self, customer_id: int, result) -> None:
        from .print_preview import PrintPreview

        self.statusBar().showMessage(self.tr("Customer %1 erased (%2).").replace("%1", str(customer_id)).replace(
            "%2", result.erasure_id), 10000)
        if result.outbox_message is not None:  # queued by the erasure: sent now, off the GUI thread
            from .mail_send import send_in_background

            def told(sentence: str, _sent: bool) -> None:
                self.statusBar().showMessage(sentence, 30000)
                self.todo_bar.refresh()
            send_in_background(self._register, lambda: result.outbox_message, self.tr("the customer's address"), told)
        PrintPreview(result.confirmation, self.tr("Shred confirmation"), f"vernietiging-{result.erasure_id}.pdf",
                     parent=self).exec()
        if result.notices:
            PrintPreview(result.notices, self.tr("Letters to the recipients"), f"kennisgeving-{result.erasure_id}.pdf",
                         parent=self).exec()
