"""The card's pages in a side list (QListWidget beside a QStackedWidget) instead of a row of tabs.

Nine tabs did not fit the card's width (the last ones hid behind scroll arrows); a list down the side shows
every page's name at once. It answers the QTabWidget calls the card and its tests use (addTab, count, tabText,
setCurrentIndex, setCurrentWidget, currentIndex, currentWidget, widget, indexOf, currentChanged).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QListWidget, QStackedWidget, QWidget
from shiboken6 import isValid


class PageList(QWidget):
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPages")
        self._later: list[tuple[QWidget, Callable[[], QWidget]]] = []  # (placeholder, what builds its page)
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

    # --- pages built when first needed -------------------------------------------------------------------
    def addLater(self, build: Callable[[], QWidget], text: str) -> Callable[[], QWidget]:
        """A page whose ``build()`` runs when it is first shown, when the returned function is called (which
        gives the page), or on an idle turn after :meth:`build_later_pages`; an empty page stands in meanwhile."""
        placeholder = QWidget()
        self.addTab(placeholder, text)
        page: list[QWidget] = []

        def built() -> QWidget:
            if not page:
                self._later = [(p, b) for p, b in self._later if p is not placeholder]
                page.append(build())
                current = self.stack.currentWidget() is placeholder
                self.stack.insertWidget(self.stack.indexOf(placeholder), page[0])
                self.stack.removeWidget(placeholder)
                placeholder.setParent(None)  # Python's now: gone with its last reference
                if current:
                    self.stack.setCurrentWidget(page[0])
            return page[0]
        self._later.append((placeholder, built))
        return built

    def build_later_pages(self) -> None:
        """Builds the pages still to build, one per turn of the event loop while this shows (after a pause: a
        zero timer would run in the turn that shows and paints the card)."""
        def next_one() -> None:
            if self._later and isValid(self) and self.isVisible():
                self._later[0][1]()
                QTimer.singleShot(5, next_one)
        QTimer.singleShot(20, next_one)

    # --- inside ---------------------------------------------------------------------------------------------
    def _show_row(self, row: int) -> None:
        if row >= 0:
            for placeholder, built in self._later:
                if placeholder is self.stack.widget(row):
                    built()
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
