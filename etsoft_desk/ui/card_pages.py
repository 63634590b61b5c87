"""The card's pages in a side list (QListWidget beside a QStackedWidget) instead of a row of tabs.

Nine tabs did not fit the card's width (the last ones hid behind scroll arrows); a list down the side shows
every page's name at once. It answers the QTabWidget calls the card and its tests use (addTab, count, tabText,
setCurrentIndex, setCurrentWidget, currentIndex, currentWidget, widget, indexOf, currentChanged).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QListWidget, QStackedWidget, QWidget


class PageList(QWidget):
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPages")
        self.list = QListWidget()
        self.list.setObjectName("cardPageList")
        self.list.setAccessibleName(self.tr("Parts of the card"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setFrameShape(QFrame.Shape.StyledPanel)
        self.list.setSpacing(2)
        self.stack = QStackedWidget()
        self.stack.setObjectName("cardPageStack")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._show_row)
        # Ctrl+PgDown / Ctrl+PgUp turn the pages, as they do in a tab widget
        for keys, step in ((QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), 1),
                           (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), -1)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._turn(step))

    # --- the QTabWidget calls -----------------------------------------------------------------------------
    def addTab(self, widget: QWidget, text: str) -> int:
        self.stack.addWidget(widget)
        self.list.addItem(text)
        self._fit()
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return self.count() - 1

    def count(self) -> int:
        return self.stack.count()

    def tabText(self, index: int) -> str:
        item = self.list.item(index)
        return item.text() if item is not None else ""

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def indexOf(self, widget: QWidget) -> int:
        return self.stack.indexOf(widget)

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < self.count():
            self.list.setCurrentRow(index)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(widget))

    # --- inside ---------------------------------------------------------------------------------------------
    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.currentChanged.emit(row)

    def _turn(self, step: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())

    def _fit(self) -> None:
        """As wide as the longest name and tall enough for every name: nothing hides behind a scroll bar."""
        rows = range(self.list.count())
        width = self.list.sizeHintForColumn(0) if self.list.count() else 80
        frame = 2 * self.list.frameWidth()
        self.list.setFixedWidth(max(width, 80) + frame + 16)
        height = sum(self.list.sizeHintForRow(r) + 2 * self.list.spacing() for r in rows) + frame + 4
        self.list.setMinimumHeight(height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.list.minimumHeight()))
