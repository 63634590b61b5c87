"""The QApplication: translations, crash handling, finding and unlocking the register, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .domain.errors import UserError
from .domain.messages import Msg
from .resources_path import resource
from .secrets import KeyringUnavailable, SystemKeyStore
from .services import register as reg
from .services.unlock import open_keystore, unlock
from .ui.main_window import MainWindow
from .ui.messages import show_error

DEMO_CUSTOMERS = 300


def install_crash_handler(path: Path | None = None) -> None:
    """A bug opens the crash dialog; its module is loaded only when something went wrong. A database error or
    an OSError met halfway (a dropped table, a read-only register) is its one sentence, not a crash."""
    previous = sys.excepthook

    def handle(exc_type, exc, tb) -> None:
        from .ui.crash import handle_crash

        if path is not None and "file is not a database" not in str(exc):  # that one: a rekey elsewhere
            from .services.recovery import boundary_error

            error = boundary_error(exc, path)
            if error is not None and QApplication.instance() is not None:
                logging.getLogger("etsoft_desk.app").info("told: %s", error.template)  # never the values
                show_error(QApplication.activeWindow(), error)
                return
        handle_crash(exc_type, exc, tb, previous)

    sys.excepthook = handle


def window_language() -> str:
    """Dutch by default; English where the system speaks English."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    if language == "en":
        return []
    installed = []
    for name, directory in (("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                            ("etsoft_desk_nl", str(resource("translations")))):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class DemoRegister:
    """A throwaway register in a temporary folder, with a key that lives only in memory."""

    def __init__(self) -> None:
        from .services import demo as demo_data

        self._dir = tempfile.TemporaryDirectory(prefix="etsoft-desk-demo-")
        new = reg.create(Path(self._dir.name) / reg.REGISTER_FILE)
        self.register = new.register
        with self.register.transaction():
            demo_data.fill(self.register, DEMO_CUSTOMERS)
        self.register.pin.set_pin(demo_data.DEMO_PIN)  # a lock it can open: the demo shows no recovery key

    def close(self) -> None:
        self.register.close()
        self._dir.cleanup()


def ask_in_window(reason: UserError) -> str | None:
    from .ui.unlock import ask_with_dialog  # only when the key must be typed

    return ask_with_dialog()(reason)


def create_register_interactively(path: Path, parent=None) -> reg.Register:
    from .ui.unlock import ask_initials, ask_recovery_sheet_path, show_recovery_key

    new = reg.create(path)
    store, note = open_keystore(SystemKeyStore)
    if store is not None:
        try:
            store.save(new.register.register_id, new.key)
        except KeyringUnavailable:
            store = None
    if store is None:  # nothing will be asked now: say where the key is (nowhere on this computer)
        note = UserError(Msg.KEY_KEPT_NOWHERE)
    sheet = ask_recovery_sheet_path(parent)
    if sheet:
        from .services.recovery import write_sheet
        from .services import outputs

        try:  # the save dialog asked before replacing a file
            outputs.write(sheet, lambda fh: write_sheet(
                fh, recovery_key=new.recovery_key, register_id=new.register.register_id,
                shop_name=new.register.settings.shop()["shop_name"],
                created=new.register.clock().date(), in_keyring=store is not None), overwrite=True)
        except UserError as exc:  # the key is still shown below: write it down
            show_error(parent, exc)
            sheet = None
    show_recovery_key(parent, new.recovery_key, sheet, note)
    with new.register.transaction():
        ask_initials(parent, new.register.settings)
    return new.register


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def tell_at_start(window, register) -> None:
    """What the erasure ledger's cross-check found and which leftover copies were removed, one line each."""
    told = [*register.ledger_report, *register.removed]
    if told:
        from .ui.messages import show_info, tr_message

        QTimer.singleShot(0, lambda: show_info(window, _tr("Erasure ledger"), "\n".join(map(tr_message, told))))


def watch_checkpoint(window, register) -> QTimer:
    """An erasure whose checkpoint a reader held up is finished as soon as it can be; until then the status bar
    says it is still being finished."""
    timer = QTimer(window)
    timer.setInterval(2000)
    busy = _tr("Erasure still being finished: another program is reading the register…")

    def tick() -> None:
        try:
            if not register.checkpoint_pending():
                if window.statusBar().currentMessage() == busy:
                    window.statusBar().clearMessage()
                return
            window.statusBar().showMessage(busy)
            if register.erasure.retry_checkpoint():
                window.statusBar().clearMessage()
        except Exception:  # the register was replaced or closed meanwhile; the next open retries
            timer.stop()
    timer.timeout.connect(tick)
    timer.start()
    tick()
    return timer


def confirm_restore(window, register) -> None:
    """Once the restored register is up: is it right? Then the set-aside copy of the previous one goes."""
    from PySide6.QtWidgets import QMessageBox

    from .ui.messages import show_info, tr_message

    if not list(register.path.parent.glob(register.path.name + ".set-aside-*")):
        show_info(window, _tr("Restore a backup"), _tr("There is no register set aside by a restore: nothing to "
                                                       "confirm."))
        return
    answer = QMessageBox.question(window, _tr("Restore a backup"), _tr(
        "Is the restored register as it should be? Then the previous register, set aside, is removed for good "
        "(it may hold people erased since). Choose No to keep it for now."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes:
        removed = register.remove_leftovers(confirmed=True)
        if removed:
            show_info(window, _tr("Restore a backup"), "\n".join(map(tr_message, removed)))


def save_screenshot(window, path: str, overwrite: bool) -> int:
    """The window as PNG bytes, written through the one writer (atomic; a failure is one sentence)."""
    from PySide6.QtCore import QBuffer, QIODevice

    from .services import outputs

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        return 1
    try:
        outputs.write(path, bytes(buffer.data()), overwrite=overwrite)
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


def program_icon():
    from PySide6.QtGui import QIcon

    return QIcon(str(resource("icons", "etsoft-desk.png")))


def start_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("ETSoft")
    app.setApplicationName("ETSoft Desk")
    app.setWindowIcon(program_icon())
    install_translators(app, window_language())
    return app


def tell_to_use_the_cli() -> int:
    """The window's exe was given a command but has no console to print to (Windows): say which exe has one.
    Exit 2, as for a command line this program cannot run."""
    from .ui.messages import show_info

    start_application()
    logging.getLogger("etsoft_desk.app").info("a command given to the window's exe: told to use etsoft-desk-cli")
    show_info(None, "ETSoft Desk", _tr(
        "This is the window of ETSoft Desk: it has no command line to print to. Give commands to "
        "etsoft-desk-cli.exe in a Command Prompt, for example: etsoft-desk-cli.exe init"))
    return 2


def run_gui(args: argparse.Namespace) -> int:
    app = start_application()
    demo = None
    path = reg.register_path(reg.data_dir(args.data_dir))
    install_crash_handler(path)
    try:
        if args.screenshot:  # never over the register's files, nor a file the owner did not say to replace
            from .services import outputs

            outputs.check(args.screenshot, overwrite=getattr(args, "overwrite", False))
        if args.demo or (args.screenshot and not path.exists()):
            demo = DemoRegister()
            register = demo.register
        elif not path.exists():
            from .ui.unlock import WelcomeDialog

            choice = WelcomeDialog(str(path)).exec()
            if choice == WelcomeDialog.CREATE:
                register = create_register_interactively(path)
            elif choice == WelcomeDialog.DEMO:
                demo = DemoRegister()
                register = demo.register
            else:
                return 0
        else:
            # --screenshot runs unattended: no dialog that nobody could answer.
            register = unlock(path, keystore=SystemKeyStore, ask=None if args.screenshot else ask_in_window).register
    except UserError as exc:
        if args.screenshot:
            print(str(exc), file=sys.stderr)
        elif exc.template != Msg.KEY_NEEDED:  # KEY_NEEDED here means the owner closed the unlock dialog
            show_error(None, exc)
        return 1

    keystore = None if demo is not None else SystemKeyStore
    register.keystore = keystore  # where the mail password is kept (issue 12)
    current: dict[str, Any] = {"window": MainWindow(register, demo=demo is not None, keystore=keystore,
                                    unattended=bool(args.screenshot)), "register": register}

    def tell_replayed(window, reg_) -> None:
        if reg_.replayed:  # a crash or a restored backup had left erasures undone; they are done now
            window.statusBar().showMessage(window.tr("Erased again from the erasure ledger: %n customer(s).", "",
                                                     reg_.replayed), 30000)

    def replaced(new_register) -> None:  # a backup was restored: a new window around the new register
        old = current["window"]
        new_register.keystore = keystore
        window = MainWindow(new_register, demo=demo is not None, keystore=keystore)
        window.registerReplaced.connect(replaced)
        window.confirmRestoreRequested.connect(lambda: confirm_restore(window, new_register))
        window.show()
        old.retire()
        old.deleteLater()
        current.update(window=window, register=new_register)
        tell_replayed(window, new_register)
        tell_at_start(window, new_register)
        watch_checkpoint(window, new_register)
        QTimer.singleShot(0, lambda: confirm_restore(window, new_register))

    window = current["window"]
    window.registerReplaced.connect(replaced)
    window.confirmRestoreRequested.connect(lambda: confirm_restore(window, register))
    tell_replayed(window, register)
    if not args.screenshot:  # unattended: no box that nobody could close
        tell_at_start(window, register)
        watch_checkpoint(window, register)
    try:
        window.show()
        if args.screenshot:
            app.processEvents()
            return save_screenshot(window, args.screenshot, getattr(args, "overwrite", False))
        return app.exec()
    finally:
        current["window"].close()
        if demo is not None:
            if current["register"] is not register:
                current["register"].close()
            demo.close()
        else:
            current["register"].close()
