"""The counter lock: one keystroke (Ctrl+L) or a few idle minutes cover every window of the program.

Windows are covered, not hidden: hiding a dialog would end it and lose what the owner was typing. Every window
gets an opaque cover and a neutral title (nothing personal in the task switcher), its controls are disabled,
and the main window's cover asks for the PIN; after five wrong tries only the recovery key unlocks.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QPalette, QShortcut, QWindow
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..services.pin import MAX_TRIES

COVER = "#1f2a36"
TITLE = "ETSoft Desk"
ACTIVITY = ("KeyPress", "MouseButtonPress", "MouseMove", "Wheel")  # QEvent.Type's names


@functools.cache
def _activity() -> frozenset:
    """The event types that are a person at work (Qt for Python builds the 179 of QEvent.Type when first asked:
    at the first event the lock sees, not before the window shows)."""
    return frozenset(getattr(QEvent.Type, name) for name in ACTIVITY)


def pin_prompt(pin) -> tuple[str, bool]:
    """What to ask for now, and whether it is the recovery key (no PIN, or five wrong ones): the counter lock's
    rule, shared with the owner's PIN dialog (ui/owner_pin.py) and its one count of wrong tries."""
    translate = QCoreApplication.translate
    if pin.only_recovery_key:
        return (translate("CounterLock", "Type the recovery key from the printed sheet to unlock.") if pin.has_pin()
                else translate("CounterLock", "No PIN has been set: type the recovery key to unlock (set a PIN in "
                               "the settings)."), True)
    return translate("CounterLock", "Type your PIN to unlock."), False


def demo_pin_hint() -> str:
    from ..services.demo import DEMO_PIN

    return QCoreApplication.translate("CounterLock", "Demo: the PIN is %1.").replace("%1", DEMO_PIN)


def pin_attempt(pin, typed: str) -> tuple[bool, str]:
    """Check ``typed`` as the PIN, or as the recovery key once only that opens; when wrong, the sentence why."""
    translate = QCoreApplication.translate
    recovery = pin.only_recovery_key
    try:
        if pin.check_recovery_key(typed) if recovery else pin.check(typed):
            return True, ""
    except UserError as busy:  # another program holds the register: nothing was compared, nothing counted
        from .messages import tr_message

        return False, tr_message(busy)
    if recovery:
        return False, translate("CounterLock", "That is not the recovery key of this register.")
    left = MAX_TRIES - pin.failures
    return False, (translate("CounterLock", "Wrong PIN. %n try (tries) left.", "", left) if left > 0 else
                   translate("CounterLock", "Five wrong PINs: only the recovery key unlocks now."))


class Cover(QWidget):
    """An opaque sheet over one window; the main window's holds the PIN field."""

    def __init__(self, window: QWidget, *, with_pin: bool) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(COVER))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Locked"))
        title.setStyleSheet("font-size: 22pt; font-weight: bold; color: white;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: white;")
        layout.addWidget(self.message)
        self.entry = QLineEdit()
        self.entry.setObjectName("lockEntry")
        self.entry.setAccessibleName(self.tr("PIN or recovery key"))
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setMaximumWidth(420)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("unlockButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.entry)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.entry.setVisible(with_pin)
        self.button.setVisible(with_pin)
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


class CounterLock(QObject):
    """Locks on request or after ``idle_minutes`` without keyboard or mouse; ``pin`` is the PinService."""

    locked_changed = Signal(bool)

    def __init__(self, main: QWidget, pin, idle_minutes: Callable[[], int], *, hint: str = "") -> None:
        super().__init__(main)
        self._hint = hint  # the demo tells its PIN: a lock must never be one that cannot be opened
        self._main = main
        self._pin = pin
        self._idle_minutes = idle_minutes
        self._covers: list[Cover] = []
        self._saved: list[tuple[QWidget, str, bool]] = []
        self._actions: list[tuple[QAction, bool]] = []
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.lock)
        self.restart_idle()
        # Keyboard and mouse reach a window (QWindow) before its widgets: the lock watches the windows the owner
        # works in, each as it gets the focus, not every event of the program. (An application-wide filter in
        # Python made Qt for Python build every Qt class at the first event: 50 ms before the window showed.)
        self._watched: list[QWindow] = []
        QApplication.instance().focusWindowChanged.connect(self._watch)
        QTimer.singleShot(0, self, lambda: self._watch(main.windowHandle()))

    @property
    def locked(self) -> bool:
        return bool(self._covers)

    def restart_idle(self) -> None:
        minutes = self._idle_minutes()
        if minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def _watch(self, window: QWindow | None) -> None:
        if window is None or window in self._watched:
            return
        self._watched.append(window)
        window.installEventFilter(self)
        window.destroyed.connect(lambda: self._watched.remove(window) if window in self._watched else None)
        if not self.locked:
            self.idle.start()  # a window brought to the front is a person at work

    def watches(self, window: QWindow | None) -> bool:
        return window is not None and window in self._watched

    def stop(self) -> None:
        """The window gives way (after a restore): no more idle time, no more watching."""
        self.idle.stop()
        QApplication.instance().focusWindowChanged.disconnect(self._watch)
        for window in self._watched:
            window.removeEventFilter(self)
        self._watched.clear()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _activity() and not self.locked:
            self.idle.start()  # every touch of keyboard or mouse starts the idle time over
        return False

    def lock(self) -> None:
        if self.locked or not self._main.isVisible():  # a closed window (gone after a restore) has nothing to cover
            return
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or isinstance(window, Cover):
                continue
            self._saved.append((window, window.windowTitle(), window.isEnabled()))
            window.setWindowTitle(TITLE)
            main = window is self._main
            if not main:
                window.setEnabled(False)
            cover = Cover(window, with_pin=main)
            cover.show()
            cover.raise_()
            self._covers.append(cover)
            if main:
                self.main_cover = cover
                cover.button.clicked.connect(self._try)
                cover.entry.returnPressed.connect(self._try)
        for action in (*self._main.findChildren(QAction), *self._main.findChildren(QShortcut)):
            self._actions.append((action, action.isEnabled()))
            action.setEnabled(False)
        for child in (self._main.centralWidget(), *self._main.findChildren(QWidget, "mainToolbar")):
            if child is not None:
                self._saved.append((child, "", child.isEnabled()))
                child.setEnabled(False)
        self._prompt()
        self.main_cover.entry.setFocus()
        self.locked_changed.emit(True)

    def _prompt(self, note: str = "") -> None:
        cover = self.main_cover
        text, recovery = pin_prompt(self._pin)
        if recovery:
            cover.entry.setEchoMode(QLineEdit.EchoMode.Normal)
            cover.entry.setPlaceholderText("XXXX-XXXX-…")
        else:
            cover.entry.setPlaceholderText(self.tr("PIN"))
        cover.message.setText("\n".join(line for line in (note, text, self._hint) if line))

    def _try(self) -> None:
        cover = self.main_cover
        typed = cover.entry.text()
        cover.entry.clear()
        ok, note = pin_attempt(self._pin, typed)
        if ok:
            self.unlock()
        else:
            self._prompt(note)

    def unlock(self) -> None:
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers.clear()
        for widget, title, enabled in reversed(self._saved):
            if title:
                widget.setWindowTitle(title)
            widget.setEnabled(enabled)
        self._saved.clear()
        for action, enabled in self._actions:
            action.setEnabled(enabled)
        self._actions.clear()
        self.restart_idle()
        self.locked_changed.emit(False)
