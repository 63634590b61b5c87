"""What the main window does with the register as a whole: backup (by hand and at start), restore, a new key,
retention at start, and erasing a customer with its shred confirmation. A mixin of MainWindow (its translations
stay in the MainWindow context); every slow step runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ..domain.errors import UserError
from ..domain.messages import Msg


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
    """Backup, restore, new key and erasure for :class:`MainWindow` (which provides the register and widgets)."""

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
            if self.isVisible():
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

    def restore_backup(self, path: str | None = None) -> None:
        """Put a backup in the register's place: checked first, the current file set aside, the ledger replayed;
        the window is then built anew around the restored register."""
        from PySide6.QtWidgets import QMessageBox

        from ..services.backup import check_backup, restore
        from ..services.register import open_with_key
        from .messages import show_error
        from .owner_pin import owner_allows

        if not owner_allows(self, self._register.pin, self.tr("restore a backup")):
            return
        if path is None:
            from .file_dialogs import open_file

            path = open_file(self, self.tr("Restore a backup"), self.tr("ETSoft Desk backups (*.db)"))
            if not path:
                return
        register, key = self._register, self._register.key
        try:
            counts = check_backup(Path(path), key)  # before anything changes
        except UserError as exc:
            if exc.template != Msg.BACKUP_OTHER_KEY:
                show_error(self, exc)
                return
            # Made before a key rotation (or not a backup at all): its own recovery key may open it.
            key = self._ask_backup_key(exc)
            if key is None:
                return
            try:
                counts = check_backup(Path(path), key)
            except UserError as again:
                show_error(self, again)
                return
        answer = QMessageBox.question(self, self.tr("Restore a backup"), self.tr(
            "Replace the register with this backup (%n customer(s))? The current register is set aside, not "
            "deleted. Whoever was erased after the backup was made is erased again.", "", counts["customer"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        path_now, clock = register.path, register.clock
        register.close()
        try:
            restored, _result = restore(path_now, Path(path), key, lambda p, k: open_with_key(p, k, clock), clock)
        except UserError as exc:
            restored = open_with_key(path_now, key, clock)  # restore() put the old file back
            show_error(self, exc)
        if self._keystore is not None:
            from ..services.unlock import remember_key

            remember_key(self._keystore, restored.register_id, key)
        self.registerReplaced.emit(restored)

    def _ask_backup_key(self, reason: UserError) -> bytes | None:
        from PySide6.QtWidgets import QInputDialog

        from ..domain.recovery_key import parse_key
        from .messages import show_error, tr_message

        typed, ok = QInputDialog.getText(self, self.tr("Restore a backup"), tr_message(reason) + "\n\n" + self.tr(
            "Recovery key of this backup:"))
        if not ok:
            return None
        try:
            return parse_key(typed)
        except UserError as exc:
            show_error(self, exc)
            return None

    def new_key(self) -> None:
        """A new key: its recovery sheet is shown to print first, then the register is re-encrypted."""
        from PySide6.QtWidgets import QMessageBox

        from ..services.register import new_key
        from ..services.rekey import refuse_while_set_aside, rekey, sheet_for
        from .messages import show_error
        from .owner_pin import owner_allows
        from .print_preview import PrintPreview

        if not owner_allows(self, self._register.pin, self.tr("a new key")):
            return
        try:  # before a sheet is printed for a key that could not be used
            refuse_while_set_aside(self._register)
        except UserError as exc:
            show_error(self, exc)
            return
        key = new_key()
        PrintPreview(sheet_for(self._register, key, in_keyring=self._keystore is not None), self.tr("New recovery sheet"), "herstelblad-nieuw.pdf",
                     parent=self).exec()
        answer = QMessageBox.question(self, self.tr("New key"), self.tr(
            "Did you print or save the new recovery sheet? Only then re-encrypt the register with the new key. "
            "Backups made before keep opening with the old sheet only: keep it with them."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:  # the owner confirmed having the sheet: it is the key's durable place when the keyring is not
            result = rekey(self._register, self._keystore, new_key=key, sheet_confirmed=True)
        except UserError as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("The register is re-encrypted with the new key.") if result.in_keyring
                                     else self.tr("The register is re-encrypted; this computer does not keep the "
                                                  "key: keep the new recovery sheet at hand."), 20000)


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
        task = tasks.Task(lambda report: register.backups.auto_backup(), register.release_thread,
                          register.explain_failure)

        def done(result) -> None:
            if result is not None:
                self.show_backup_age()
                self.statusBar().showMessage(self.tr("Automatic backup written and verified: %1").replace(
                    "%1", str(result.path)), 15000)
            self.backupFinished.emit(result)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                raise exc
            self.statusBar().showMessage(self.tr("No automatic backup: %1").replace("%1", tr_message(exc)), 60000)
            self.backupFinished.emit(exc)

        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        tasks.start(task)

    def start_backup(self, folder: Path) -> None:
        from PySide6.QtWidgets import QProgressDialog

        from . import tasks

        progress = QProgressDialog(self.tr("Backing up…"), "", 0, 0, self)
        progress.setObjectName("backupProgress")
        progress.setWindowTitle(self.tr("Backup"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        register = self._register
        task = tasks.Task(lambda report: register.backups.backup(folder), register.release_thread,
                          register.explain_failure)
        task.signals.finished.connect(lambda result: self._backup_done(progress, result))
        task.signals.failed.connect(lambda exc: self._backup_failed(progress, exc))
        self.backup_action.setEnabled(False)
        tasks.start(task)

    def _backup_done(self, progress, result) -> None:
        progress.close()
        self.backup_action.setEnabled(True)
        self.show_backup_age()
        text = self.tr("Backup written and verified: %1").replace("%1", str(result.path))
        if not result.recorded:
            text += " " + self.tr("(The register was busy: the time of this backup is not noted.)")
        self.statusBar().showMessage(text, 15000)
        self.backupFinished.emit(result)

    def _backup_failed(self, progress, exc: BaseException) -> None:
        progress.close()
        self.backup_action.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        from .messages import show_error

        show_error(self, exc)
        self.backupFinished.emit(exc)

    def _destroy_expired(self) -> None:
        """Kept invoices and special-category notes whose keep-until date has passed go at every start."""
        count = self._register.retention.destroy_expired()
        if count:
            self.statusBar().showMessage(self.tr("%n kept record(s) destroyed: their keep-until date had passed.",
                                                 "", count), 30000)


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
