"""The accessible-name walk (issue 15 item 5): every visible control that takes the keyboard's focus must have a
name a screen reader can say."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollBar, QStackedWidget, QWidget


def _describe(w: QWidget) -> str:
    return f"{type(w).__name__} {w.objectName() or '(no object name)'} in {type(w.window()).__name__}"


def unnamed_now(top: QWidget) -> list[str]:
    """The focusable, visible controls under ``top`` whose accessible interface has an empty Name."""
    QApplication.processEvents()
    found = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible() or w.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(w, QScrollBar):
            continue
        if w.focusProxy() is not None:  # the proxy takes the focus and is checked itself
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            found.append(_describe(w))
    return found


def unnamed(top: QWidget) -> list[str]:
    """As :func:`unnamed_now`, on every page of every stack under ``top`` in turn (a QTabWidget's pages and the
    card's side list are both a QStackedWidget)."""
    found = unnamed_now(top)
    for stack in top.findChildren(QStackedWidget):
        if not stack.isVisible():
            continue
        current = stack.currentIndex()
        for i in range(stack.count()):
            stack.setCurrentIndex(i)
            found += unnamed_now(top)
        stack.setCurrentIndex(current)
    return sorted(set(found))
