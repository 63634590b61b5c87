"""The dialog that works through the to-do list: open the card, mark done, save or print the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..services.todo import TodoKind, TodoService
from .dialogs import Dialog
from .file_dialogs import save_file
from .messages import show_error
from .names import method_box
from .todo import kind_titles


class TodoDialog(Dialog):
    saved = Signal(str)  # the list was written (off the GUI thread, in a worker of ``register``) to this path

    def __init__(self, todo: TodoService, open_customer: Callable[[int], None], today: Callable[[], dt.date],
                 start: TodoKind = TodoKind.ART14_NOTICE, parent: QWidget | None = None, *,
                 allow: Callable[[QWidget], bool] | None = None, register) -> None:
        super().__init__(parent)
        self._allow = allow  # the owner's PIN before a list of customers leaves the register
        self._register = register
        self.setObjectName("todoDialog")
        self.setWindowTitle(self.tr("To do"))
        self._todo = todo
        self._open_customer = open_customer
        self._today = today
        self.tabs = QTabWidget()
        self.tables: dict[TodoKind, QTableWidget] = {}
        for kind, title in kind_titles().items():
            table = QTableWidget(0, 3)
            table.setObjectName(f"todoTable_{kind.value}")
            table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Name"), self.tr("Before")])
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.doubleClicked.connect(self.open_selected)
            self.tables[kind] = table
            self.tabs.addTab(table, title)
        self.method = method_box("letter")
        done = QPushButton(self.tr("Mark as done"))
        done.setObjectName("markDone")
        done.clicked.connect(self.mark_done)
        open_card = QPushButton(self.tr("Open card"))
        open_card.clicked.connect(self.open_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.save_button = save_csv = QPushButton(self.tr("Save as CSV…"))
        save_csv.clicked.connect(lambda: self.save_csv())
        self.print_button = print_pdf = QPushButton(self.tr("Print as PDF…"))
        print_pdf.clicked.connect(lambda: self.print_pdf())
        self.note = QLabel()
        self.note.setObjectName("todoNote")
        buttons = QHBoxLayout()
        buttons.addWidget(open_card)
        buttons.addWidget(save_csv)
        buttons.addWidget(print_pdf)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Told")))
        buttons.addWidget(self.method)
        buttons.addWidget(done)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(1180, 440)  # four lists side by side as tabs, each title with its count readable
        self.refresh()
        self.tabs.setCurrentIndex(list(TodoKind).index(start))

    def current_kind(self) -> TodoKind:
        return list(TodoKind)[self.tabs.currentIndex()]

    def refresh(self) -> None:
        today = self._today()
        for kind, table in self.tables.items():
            items = self._todo.items(kind)
            table.setRowCount(len(items))
            for row, item in enumerate(items):
                due = f"{item.due:%d-%m-%Y}" if item.due else ""
                number = str(item.customer_id) if item.customer_id > 0 else ""  # below 0: an erased customer's task
                cells = [QTableWidgetItem(number), QTableWidgetItem(item.name), QTableWidgetItem(due)]
                cells[0].setData(Qt.ItemDataRole.UserRole, item.customer_id)
                if item.overdue(today):
                    cells[2].setForeground(QBrush(QColor("#b00020")))
                    cells[2].setText(due + "  " + self.tr("(late)"))
                for column, cell in enumerate(cells):
                    table.setItem(row, column, cell)
            table.resizeColumnsToContents()
            self.tabs.setTabText(list(TodoKind).index(kind), f"{kind_titles()[kind]} ({len(items)})")

    def _selected_customer(self) -> int | None:
        table = self.tables[self.current_kind()]
        rows = table.selectionModel().selectedRows()
        return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def open_selected(self, *_args) -> None:
        customer_id = self._selected_customer()
        if customer_id is not None and customer_id > 0:  # below 0: the task of an erased customer, no card
            self._open_customer(customer_id)
            self.refresh()

    def save_csv(self, path: str | None = None) -> None:
        """The current list as CSV, only where the owner chooses."""
        if self._allow is not None and not self._allow(self):
            return
        path = path or save_file(self, self.tr("Save as CSV"), "klanten.csv", "CSV (*.csv)")
        if path:
            todo, kind = self._todo, self.current_kind()
            self._write(lambda: todo.save_csv(kind, Path(path), overwrite=True), path,  # the dialog asked
                        lambda count: self.tr("%1 customers saved in %2").replace("%1", str(count)).replace("%2", path))

    def print_pdf(self, path: str | None = None) -> None:
        if self._allow is not None and not self._allow(self):
            return
        path = path or save_file(self, self.tr("Print as PDF"), "klanten.pdf", "PDF (*.pdf)")
        if path:
            kind = self.current_kind()
            intro = self.tr("Customers still to be told, with the date it must be done by.")
            todo, title = self._todo, kind_titles()[kind]
            self._write(lambda: todo.print_list(kind, Path(path), title, intro, overwrite=True), path,
                        lambda doc_id: self.tr("List %1 saved in %2").replace("%1", str(doc_id)).replace("%2", path))

    def _write(self, write: Callable[[], object], path: str, told: Callable[[object], str]) -> None:
        """Write the list off the GUI thread (a long list takes a while); then say where it is."""
        from . import tasks

        def done(result: object) -> None:
            self.note.setText(told(result))
            self.saved.emit(path)
        tasks.run(self, lambda _progress: write(), done, register=self._register,
                  busy=[self.save_button, self.print_button, self.tabs])

    def mark_done(self) -> None:
        customer_id = self._selected_customer()
        if customer_id is None:
            return
        try:
            self._todo.mark_done(self.current_kind(), customer_id, self.method.currentData())
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
