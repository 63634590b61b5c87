"""The QApplication: translations, crash handling, finding and unlocking the register, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

# The register's own modules before Qt's: Qt for Python reads the source of every module imported after it (to
# see whether it asks for a __feature__), some 15 ms of each start.
from .domain.errors import UserError
from .domain.messages import Msg
from .resources_path import resource
from .secrets import SystemKeyStore
from .services import ledger, leftovers, pin, staff  # noqa: F401 (the start's, imported before Qt)
from .services import register as reg
from .services.unlock import open_keystore, unlock

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .ui.main_window import MainWindow

DEMO_CUSTOMERS = 300


def show_error(parent, error: UserError) -> None:
    from .ui.messages import show_error as show  # only when there is something to tell: not before the first frame

    show(parent, error)


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
    from .services import outputs
    from .services.operations import found_register
    from .ui.unlock import ask_initials, ask_recovery_sheet_path, show_recovery_key

    store, note = open_keystore(SystemKeyStore)
    while True:  # the save dialog asked before replacing a file; a place that cannot take it is asked again
        sheet = ask_recovery_sheet_path(parent)
        try:
            if sheet:
                outputs.check(sheet, overwrite=True)
            break
        except UserError as exc:
            show_error(parent, exc)
    founded = found_register(path, (lambda: store) if store is not None else None, sheet=sheet or None,
                             overwrite=True)
    kept_nowhere = [t for t in founded.told if t.template == Msg.KEY_KEPT_NOWHERE]
    for told in founded.told:
        if told not in kept_nowhere:  # the sheet could not be written: the key is still shown below
            show_error(parent, told)
    show_recovery_key(parent, founded.recovery_key, str(founded.sheet) if founded.sheet else None,
                      kept_nowhere[0] if kept_nowhere else note)
    ask_initials(parent, founded.register.settings)  # one write, after the answer: no transaction waits for it
    return founded.register


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


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
    from .ui.tasks import collect_garbage_on_the_gui_thread

    collect_garbage_on_the_gui_thread(app)  # never in a worker: that would destroy widgets off the GUI thread
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

    def replaced(new_register) -> None:  # a backup was restored: a new window around the new register
        old = current["window"]
        new_register.keystore = keystore
        window = MainWindow(new_register, demo=demo is not None, keystore=keystore)
        window.registerReplaced.connect(replaced)
        window.show()
        old.retire()
        old.deleteLater()
        current.update(window=window, register=new_register)
        watch_checkpoint(window, new_register)
        QTimer.singleShot(0, lambda: window.confirm_restore(after_restore=True))

    window = current["window"]
    window.registerReplaced.connect(replaced)
    if not args.screenshot:  # unattended: no timer
        watch_checkpoint(window, register)
    try:
        window.show()
        if args.screenshot:
            from .ui.tasks import settle_for_a_picture

            settle_for_a_picture(app, asked=lambda: window.counts_asked)
            return save_screenshot(window, args.screenshot, getattr(args, "overwrite", False))
        return app.exec()
    finally:
        from .ui.tasks import wait_for_work

        current["window"].close()
        wait_for_work()  # nothing may run on in the background once the register is closed
        if demo is not None:
            if current["register"] is not register:
                current["register"].close()
            demo.close()
        else:
            current["register"].close()
