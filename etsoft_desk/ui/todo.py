"""The to-do bar above the customer list, with a count per kind (the dialog is in todo_dialog.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QSizePolicy, QHBoxLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from ..domain.todo import TodoKind

if TYPE_CHECKING:  # loaded in the background at the first count, after the window's first paint
    from ..services.todo import TodoService


def kind_titles() -> dict[TodoKind, str]:
    return {TodoKind.REQUEST_DUE: QCoreApplication.translate("names", "Answer requests (due within 7 days)"),
            TodoKind.ART14_NOTICE: QCoreApplication.translate("names", "Tell about data from third parties"),
            TodoKind.STATEMENT_NOTICE: QCoreApplication.translate("names", "Tell about the new privacy statement"),
            TodoKind.REFERRAL_TAKE_DOWN: QCoreApplication.translate("names", "Take referrals off the website")}


class TodoBar(QWidget):
    """One button per kind with its count; red where something is overdue."""

    open_kind = Signal(str)
    open_breaches = Signal()  # issue 16: the data-breach register, from its button
    open_outbox = Signal()  # issue 12: messages not sent yet
    open_notices = Signal()  # issue 12 item 4: Art. 19 notices still to send
    counted = Signal()  # the counts (read off the GUI thread) are on the buttons

    def __init__(self, todo: Callable[[], TodoService], today: Callable[[], dt.date],
                 parent: QWidget | None = None, *, register=None) -> None:
        super().__init__(parent)
        self.setObjectName("todoBar")
        self._todo = todo  # made on first use: the counts follow right after the window's first paint
        self._today = today
        self._register = register  # the counts are read through it in the thread pool (ui/tasks.run)
        self._asked = self._shown = 0  # counts asked for and the last shown (a later one wins)
        self.buttons: dict[TodoKind, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("To do:")))
        self.nothing = QLabel(self.tr("nothing"))
        self.nothing.setObjectName("todoNothing")
        self.nothing.setStyleSheet("color: #777777;")
        self.nothing.hide()
        layout.addWidget(self.nothing)
        def flat(name: str, clicked) -> QPushButton:
            button = QPushButton()
            button.setObjectName(name)
            button.setFlat(True)
            # Never narrower than its text (squeezed flat buttons print their words over each other).
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(clicked)
            button.hide()  # until the counts (read off the GUI thread) say there is something to do
            layout.addWidget(button)
            return button
        for kind in TodoKind:
            self.buttons[kind] = flat(f"todo_{kind.value}", lambda _=False, k=kind: self.open_kind.emit(k.value))
        # Issue 16: breaches not yet decided, with the hours left of 72 (Art. 33(1)).
        self.breach_button = flat("todo_breach", self.open_breaches.emit)
        self.notices_button = flat("todo_notices", self.open_notices.emit)  # issue 12: Art. 19 notices to send
        self.outbox_button = flat("todo_outbox", self.open_outbox.emit)  # issue 12: messages not sent yet
        layout.addStretch(1)
        # The first counts are asked for by the window, once it is painted (ui/main_window.py)

    @property
    def ready(self) -> bool:
        """The buttons show the counts of the last refresh asked for."""
        return self._shown == self._asked

    def refresh(self) -> None:
        """The counts are read in the thread pool (tens of thousands of open items took the GUI thread 70 ms and
        more, issue 14); the buttons keep the last counts until the new ones are there."""
        from . import tasks

        self._asked += 1
        number, today, kinds, make_todo = self._asked, self._today(), list(self.buttons), self._todo

        def work(_progress):
            todo = make_todo()  # its modules are loaded here at the first count, not before the first frame
            counts = {kind: todo.count(kind, today) for kind in kinds}  # without the names (the dialog's)
            return number, counts, todo.breaches_to_decide(), todo.notices_waiting(), todo.outbox_waiting()
        tasks.run(self, work, self._counted, register=self._register)

    def _counted(self, result) -> None:
        number, counts, due, notices, waiting = result
        if number != self._asked or not isValid(self):  # asked again since, or the window closed
            return
        self._shown = number
        titles = kind_titles()
        for kind, button in self.buttons.items():
            items, late = counts[kind]
            button.setText(f"{titles[kind]} ({items})")
            colour = "#b00020" if late else ("#000000" if items else "#777777")
            weight = "bold" if items else "normal"
            button.setStyleSheet(f"color: {colour}; font-weight: {weight};")
            button.setEnabled(bool(items))
            button.setVisible(bool(items))  # only what there is to do takes room in the bar
        self._refresh_breaches(due)
        self.notices_button.setText(self.tr("Tell recipients (%1)").replace("%1", str(notices)))
        self.notices_button.setStyleSheet(f"color: #000000; font-weight: {'bold' if notices else 'normal'};")
        self.notices_button.setEnabled(bool(notices))
        self.notices_button.setVisible(bool(notices))
        self.outbox_button.setText(self.tr("Not sent yet: %n message(s) in the outbox", "", waiting))
        self.outbox_button.setStyleSheet(f"color: {'#b00020' if waiting else '#777777'}; font-weight: "
                                         f"{'bold' if waiting else 'normal'};")
        self.outbox_button.setEnabled(bool(waiting))
        self.outbox_button.setVisible(bool(waiting))
        self.nothing.setVisible(not any(b.isEnabled() for b in [*self.buttons.values(), self.breach_button,
                                                                self.notices_button, self.outbox_button]))
        self.counted.emit()

    def _refresh_breaches(self, due: list[tuple[int, float]]) -> None:
        button = self.breach_button
        if due:
            left = min(hours for _, hours in due)
            when = (self.tr("%1 h left of 72").replace("%1", str(int(left))) if left > 0 else
                    self.tr("72 h passed %1 h ago: give the reasons for the delay").replace("%1", str(int(-left))))
            button.setText(self.tr("Decide on data breaches (%1): %2").replace("%1", str(len(due))).replace("%2", when))
        else:
            button.setText(self.tr("Decide on data breaches (0)"))
        colour = "#b00020" if due and min(h for _, h in due) < 24 else ("#000000" if due else "#777777")
        button.setStyleSheet(f"color: {colour}; font-weight: {'bold' if due else 'normal'};")
        button.setEnabled(bool(due))
        button.setVisible(bool(due))
