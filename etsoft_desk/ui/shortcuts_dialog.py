"""Help › Sneltoetsen: every menu item with its shortcut, read from the menu bar itself so it cannot go stale."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHeaderView, QLabel, QMenu, QMenuBar, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from .dialogs import Dialog


def menu_rows(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, item, shortcut) for every item of every menu, in the menus' order; the shortcut as the keyboard
    shows it, or the Alt+letter path through the menus when the item has none."""
    rows = []
    for top in bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        menu_name = top.text().replace("&", "")
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if not keys:
                keys = "Alt+" + "+".join(mnemonic(t).upper() for t in (top.text(), action.text()) if mnemonic(t))
            rows.append((menu_name, action.text().replace("&", ""), keys))
    return rows


def mnemonic(text: str) -> str:
    """The letter after a single '&' in a menu text ('' when there is none)."""
    stripped = text.replace("&&", "")
    i = stripped.find("&")
    return stripped[i + 1] if 0 <= i < len(stripped) - 1 else ""


class ShortcutsDialog(Dialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = menu_rows(bar)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Item"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Alt with the underlined letter opens a menu; in it, the underlined letter "
                                        "chooses the item. Tab moves between the fields of a window.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
