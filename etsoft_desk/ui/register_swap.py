"""What the main window does to the register file itself: restoring a backup, a new key, and telling what was
found at start. A mixin of MainWindow (translations in the MainWindow context). The work is the same
operation the command line calls (services/operations.py, services/rekey.py), run off the GUI thread by
ui/tasks.run; this module only asks and tells."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..domain.messages import Msg
from . import tasks

if TYPE_CHECKING:  # a mixin of MainWindow: checked as the window it is part of
    from collections.abc import Callable
    from typing import Any

    from PySide6.QtCore import Signal
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow as _Window, QTableView

    from ..services.register import Register
    from .customer_model import CustomerTableModel
else:
    _Window = object


class RegisterSwap(_Window):
    # provided by MainWindow
    _register: Register
    _keystore: Callable[[], Any] | None
    registerReplaced: Signal
    restore_action: QAction
    rekey_action: QAction
    backup_action: QAction
    rekeyFinished: Signal
    restoreConfirmed: Signal
    confirmRestoreRequested: Signal
    _unattended: bool
    table: QTableView
    model: CustomerTableModel

    def tell_at_start(self, told: list[UserError]) -> None:
        """What opening the register found, one sentence each: erasures carried out again and kept records
        destroyed in the status bar, the rest (the ledger's cross-check, leftovers removed, the audit log's
        anchor) in one box."""
        from .messages import show_info, tr_message

        quiet = [t for t in told if t.template in (Msg.ERASED_AGAIN_AT_START, Msg.KEPT_RECORDS_DESTROYED)]
        if quiet:
            self.statusBar().showMessage(" ".join(map(tr_message, quiet)), 30000)
        loud = [t for t in told if t not in quiet]
        if loud and not self._unattended:  # unattended: no box that nobody could close
            show_info(self, self.tr("Opening the register"), "\n".join(map(tr_message, loud)), name="startReportBox")

    def after_opening(self, tries: int = 3) -> None:
        """At every start, once the window is up: services/operations.after_opening, off the GUI thread. Met
        with the register busy (a long write started at once), it is tried again a little later."""
        from PySide6.QtCore import QTimer

        from ..services.operations import after_opening

        register = self._register

        def failed(exc: BaseException) -> bool:
            if tries > 1 and isinstance(exc, UserError) and exc.template == Msg.REGISTER_LOCKED:
                QTimer.singleShot(5000, self, lambda: self.after_opening(tries - 1))
                return True
            return False
        tasks.run(self, lambda _progress: after_opening(register), self.tell_at_start, register=register,
                  failed=failed)

    def restore_backup(self, path: str | None = None) -> None:
        """Put a backup in the register's place: checked first, the current file set aside, the ledger replayed;
        the window is then built anew around the restored register. The owner is asked at once; work still going
        in the background (a backup, an erasure, a document) ends before the swap: the file is not replaced
        under it."""
        from .owner_pin import owner_allows

        if not owner_allows(self, self._register.pin, self.tr("restore a backup")):
            return
        if path is None:
            from .file_dialogs import open_file

            path = open_file(self, self.tr("Restore a backup"), self.tr("ETSoft Desk backups (*.db)"))
            if not path:
                return
        if self._register.key is not None:  # a register is only opened without its key to check it
            self._check_backup(Path(path), self._register.key)

    def _check_backup(self, path: Path, key: bytes) -> None:
        from ..services.backup import check_backup

        register = self._register

        def failed(exc: BaseException) -> bool:
            if not (isinstance(exc, UserError) and exc.template == Msg.BACKUP_OTHER_KEY and key == register.key):
                return False
            # Made before a key rotation (or not a backup at all): its own recovery key may open it.
            other = self._ask_backup_key(exc)
            if other is not None:
                self._check_backup(path, other)
            return True
        tasks.run(self, lambda _progress: check_backup(path, key), lambda counts: self._restore(path, key, counts),
                  register=register, busy=[self.restore_action], label=self.tr("Checking the backup…"),
                  failed=failed, name="restoreProgress")

    def _restore(self, path: Path, key: bytes, counts: dict[str, int]) -> None:
        from .messages import ask

        if not ask(self, self.tr("Restore a backup"), self.tr(
                "Replace the register with this backup (%n customer(s))? The current register is set aside, not "
                "deleted. Whoever was erased after the backup was made is erased again.", "", counts["customer"])):
            return
        self.swapping = True  # start-up work still to come (ui/register_actions._after) waits for the new window
        self._when_idle(lambda: self._swap(path, key))

    def _when_idle(self, then) -> None:
        """``then()`` once no work runs in the background (the start-up work or the automatic backup may have
        begun while the backup was checked): the file is not replaced under it."""
        from PySide6.QtCore import QTimer

        self.model.stop_reading()  # the list's own thread, with its connection to the file
        if tasks.working() or self.model.reader_busy:
            self.statusBar().showMessage(self.tr("Waiting for the work in the background to finish…"), 1000)
            QTimer.singleShot(200, self, lambda: self._when_idle(then))
        else:
            then()

    def _swap(self, path: Path, key: bytes) -> None:
        from PySide6.QtCore import QTimer

        from ..services.operations import restore_register
        from ..services.register_open import open_with_key

        register, keystore, key_now = self._register, self._keystore, self._register.key
        for timer in self.findChildren(QTimer):  # nothing of this window reads the register while it is swapped
            timer.stop()
        self.table.setUpdatesEnabled(False)
        register.close()

        def work(_progress):
            try:
                restored = restore_register(register.path, path, key, keystore, clock=register.clock)
            except BaseException as exc:  # restore_register put the previous register back: open it again
                opened = open_with_key(register.path, key_now, register.clock)
                opened.release_thread()  # a connection left in a pool thread crashes it when the thread ends
                return opened, exc
            restored.register.release_thread()
            return restored, None

        def done(result) -> None:
            from .messages import show_error, show_info, tr_message

            outcome, failure = result
            if failure is None:
                if outcome.told:  # the ledger's cross-check, leftovers, a key kept nowhere
                    show_info(self, self.tr("Restore a backup"), "\n".join(map(tr_message, outcome.told)))
                opened = outcome.register
            else:
                from ..services.recovery import boundary_error

                told = failure if isinstance(failure, UserError) else boundary_error(failure, register.path)
                if told is None:  # a bug: the crash dialog, once the window is back on the previous register
                    QTimer.singleShot(0, lambda: sys.excepthook(type(failure), failure, failure.__traceback__))
                else:
                    show_error(self, told)
                opened = outcome
            QTimer.singleShot(0, self, lambda: self.registerReplaced.emit(opened))
        tasks.run(self, work, done, busy=[self.restore_action, self.backup_action, self.rekey_action],
                  label=self.tr("Restoring the backup…"), modal=True, name="restoreProgress")

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
        """A new key: its recovery sheet is shown to print first, then the register is re-encrypted (once the
        work in the background is done; the owner is asked at once)."""
        from ..services.register import new_key
        from ..services.rekey import refuse_while_open_elsewhere, refuse_while_set_aside, sheet_for
        from .owner_pin import owner_allows

        if not owner_allows(self, self._register.pin, self.tr("a new key")):
            return
        try:  # before a sheet is printed for a key that could not be used
            refuse_while_set_aside(self._register)
            refuse_while_open_elsewhere(self._register)
        except UserError as exc:
            from .messages import show_error

            show_error(self, exc)
            return
        key, register, in_keyring = new_key(), self._register, self._keystore is not None
        tasks.run(self, lambda _progress: sheet_for(register, key, in_keyring=in_keyring),
                  lambda sheet: self._rekey(key, sheet), register=register, busy=[self.rekey_action])

    def _rekey(self, key: bytes, sheet: bytes) -> None:
        from ..services.rekey import rekey
        from .messages import ask
        from .print_preview import PrintPreview

        PrintPreview(sheet, self.tr("New recovery sheet"), "herstelblad-nieuw.pdf", parent=self).exec()
        if not ask(self, self.tr("New key"), self.tr(
                "Did you print or save the new recovery sheet? Only then re-encrypt the register with the new key. "
                "Backups made before keep opening with the old sheet only: keep it with them.")):
            return
        register, keystore = self._register, self._keystore

        def done(result) -> None:
            register.release_thread()  # this thread's connection has the old key: the next one opens with the new
            from shiboken6 import isValid

            if not isValid(self):  # the window was closed meanwhile: the register is re-encrypted, nobody to tell
                return
            self.statusBar().showMessage(
                self.tr("The register is re-encrypted with the new key.") if result.in_keyring
                else self.tr("The register is re-encrypted; this computer does not keep the key: keep the new "
                             "recovery sheet at hand."), 20000)
            self.rekeyFinished.emit(result)
        # the owner confirmed having the sheet: it is the key's durable place when the keyring is not
        self._when_idle(lambda: tasks.run(
            self, lambda _progress: rekey(register, keystore, new_key=key, sheet_confirmed=True), done,
            register=register, busy=[self.rekey_action, self.backup_action, self.restore_action],
            label=self.tr("Re-encrypting the register…"), modal=True, name="rekeyProgress"))

    def confirm_restore(self, after_restore: bool = False) -> None:
        """Once the restored register is up: is it right? Then the set-aside copy of the previous one goes
        (securely removed, off the GUI thread). ``after_restore``: asked by the window built after a restore,
        which says nothing when there is nothing set aside (the restore failed, the previous register is back)."""
        from .messages import ask, show_info, tr_message

        register = self._register
        if not list(register.path.parent.glob(register.path.name + ".set-aside-*")):
            if after_restore:
                return
            show_info(self, self.tr("Restore a backup"), self.tr("There is no register set aside by a restore: "
                                                                 "nothing to confirm."))
            return
        if not ask(self, self.tr("Restore a backup"), self.tr(
                "Is the restored register as it should be? Then the previous register, set aside, is removed for "
                "good (it may hold people erased since). Choose No to keep it for now.")):
            return

        def done(removed) -> None:
            if removed:
                show_info(self, self.tr("Restore a backup"), "\n".join(map(tr_message, removed)))
            self.restoreConfirmed.emit(removed)
        self._when_idle(lambda: tasks.run(
            self, lambda _progress: register.remove_leftovers(confirmed=True), done, register=register,
            busy=[self.restore_action], label=self.tr("Removing the set-aside register…")))
