"""The main window's import: the file dialog (every format offered), the column-mapping step, the import off
the GUI thread with progress and cancel, and the bad rows listed in the window's language."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..domain.messages import Msg


class ImportCancelled(Exception):
    pass


if TYPE_CHECKING:  # a mixin of MainWindow: checked as the window it is part of
    from PySide6.QtCore import Signal
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow as _Window

    from ..services.register import Register
    from .customer_model import CustomerTableModel
else:
    _Window = object


class ImportFlow(_Window):
    """Mixed into the main window (which has ``_register``, ``model``, ``import_action``, ``importFinished``)."""

    _register: Register
    model: CustomerTableModel
    import_action: QAction
    importFinished: Signal

    # importing a contact file (CSV, Excel, vCard), off the GUI thread, after the column-mapping step
    def import_customers(self) -> None:
        from .file_dialogs import open_file

        path = open_file(
            self, self.tr("Import customers"),
            self.tr("Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;"
                    "Excel workbooks (*.xlsx);;vCard files (*.vcf *.vcard);;All files (*)"))
        if path:
            self.choose_import(Path(path))

    def choose_import(self, path: Path) -> None:
        """Read the file's columns and first rows in the background, then show the mapping step."""
        from . import tasks

        def failed(exc: BaseException) -> bool:  # reported (tests wait for it), then told by ui/tasks.run
            self.importFinished.emit(exc)
            return False
        tasks.run(self, lambda report: self._register.import_preview(path), lambda preview: self._show_mapping(
            path, preview), register=self._register, busy=[self.import_action], failed=failed)

    def _show_mapping(self, path: Path, preview) -> None:
        from .import_mapping import ImportMappingDialog

        dialog = ImportMappingDialog(preview, self)
        if dialog.exec() != ImportMappingDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was imported."), 10000)
            self.importFinished.emit(None)
            return
        fields = dialog.fields()
        self._register.remember_import_mapping(preview.header, fields)
        self.start_import(path, fields=fields, duplicates=dialog.duplicate_choice(), countries=dialog.countries())

    def start_import(self, path: Path, skip_invalid: bool = False, **choices) -> None:
        from . import tasks

        cancel = threading.Event()

        def work(report):
            def checked(done: int, total: int) -> None:
                if cancel.is_set():
                    raise ImportCancelled  # inside the import's transaction: everything is rolled back
                report(done, total)

            return self._register.import_csv(path, skip_invalid=skip_invalid, progress=checked, **choices)

        tasks.run(self, work, self._import_done, register=self._register, busy=[self.import_action],
                  label=self.tr("Importing customers…"), name="importProgress", cancel=cancel.set,
                  failed=lambda exc: self._import_failed(path, exc, skip_invalid, choices))

    def _import_done(self, result) -> None:
        self.model.refresh()
        text = self.tr("%n customer(s) imported.", "", result.imported)
        if result.merged or result.skipped:
            text += " " + self.tr("%1 duplicates merged, %2 skipped.").replace("%1", str(result.merged)).replace(
                "%2", str(result.skipped))
        if result.rejects_path:
            text += " " + self.tr("%1 rows were not imported; they are in %2.").replace(
                "%1", str(len(result.problems))).replace("%2", str(result.rejects_path))
        self.statusBar().showMessage(text, 10000)
        self.importFinished.emit(result)

    def _import_failed(self, path: Path, exc: BaseException, skip_invalid: bool = False,
                       choices: dict | None = None) -> bool:
        """The import's own answers to a failure; False for a fault (ui/tasks.run takes it to the crash dialog)."""
        from ..services.importer import ImportRejected
        from .messages import ask, show_error, tr_message

        self.importFinished.emit(exc)
        if isinstance(exc, ImportCancelled):
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was imported."), 10000)
        elif isinstance(exc, ImportRejected):
            lines = "\n".join(self.tr("line %1: %2").replace("%1", str(p.line)).replace(
                "%2", " ".join(tr_message(e) for e in p.errors)) for p in exc.problems[:15])
            if ask(self, self.tr("Import"), tr_message(exc), name="importRejectedBox", warning=True, details=lines,
                   informative=self.tr("Import the good rows and put the bad ones in a separate file?")):
                self.start_import(path, skip_invalid=True, **(choices or {}))
        elif isinstance(exc, UserError) and exc.template == Msg.OUTPUT_EXISTS and skip_invalid:
            if ask(self, self.tr("Import"), tr_message(exc), name="rejectsExistBox",
                   informative=self.tr("Replace the existing file with the bad rows of this import?")):
                self.start_import(path, skip_invalid=True, **{**(choices or {}), "overwrite": True})
        elif isinstance(exc, UserError):
            show_error(self, exc)
        else:
            return False  # a bug: the crash dialog takes it
        return True
