"""Every message box of the program, and the translation of domain messages.

No other module builds a QMessageBox: each box is asked for here, by what it is for (``ask``, ``tell``,
``show_error``). Tests answer them through :func:`answer_with` instead of patching Qt (after qutebrowser's
msgbox module): the box is then not built, only recorded with the answer given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..domain.errors import UserError


@dataclass(frozen=True)
class Box:
    """What one message box says: ``kind`` is question, warning (a question with a warning icon), error, info
    or about; ``name`` the box's object name (what tests and screenshots find it by)."""
    kind: str
    title: str
    text: str
    name: str = ""
    informative: str = ""
    details: str = ""


Answerer = Callable[[Box], bool]
_answerer: Answerer | None = None


@contextmanager
def answer_with(answerer: Answerer) -> Iterator[list[Box]]:
    """While inside, every box is answered by ``answerer(box)`` (True: yes/save/ok) and not shown; the boxes
    asked are collected in the list yielded."""
    global _answerer
    asked: list[Box] = []
    previous = _answerer

    def record(box: Box) -> bool:
        asked.append(box)
        return answerer(box)
    _answerer = record
    try:
        yield asked
    finally:
        _answerer = previous


def tr_message(error: UserError) -> str:
    """The sentence of a UserError in the window's language."""
    template = QCoreApplication.translate("messages", error.template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back to English
        return str(error)


def _exec(parent: QWidget | None, box: Box, *, yes: str = "yes", default_yes: bool = False) -> bool:
    """Show ``box`` (or hand it to the tests' answerer); True when the person chose yes/save/ok."""
    if _answerer is not None:
        return _answerer(box)
    from PySide6.QtWidgets import QMessageBox  # Qt makes each class on first use: not before the first paint

    buttons = QMessageBox.StandardButton
    icons = {"question": QMessageBox.Icon.Question, "warning": QMessageBox.Icon.Warning,
             "error": QMessageBox.Icon.Warning, "info": QMessageBox.Icon.Information,
             "about": QMessageBox.Icon.Information}
    if box.kind in ("question", "warning"):
        accept = {"yes": buttons.Yes, "save": buttons.Save}[yes]
        reject = buttons.No if yes == "yes" else buttons.Cancel
        shown = QMessageBox(icons[box.kind], box.title, box.text, accept | reject, parent)
        shown.setDefaultButton(accept if default_yes else reject)
    else:
        accept = buttons.Ok
        shown = QMessageBox(icons[box.kind], box.title, box.text, buttons.Ok, parent)
    if box.name:
        shown.setObjectName(box.name)
    if box.informative:
        shown.setInformativeText(box.informative)
    if box.details:
        shown.setDetailedText(box.details)
    return shown.exec() == accept


def ask(parent: QWidget | None, title: str, text: str, *, name: str = "", informative: str = "",
        details: str = "", warning: bool = False, save: bool = False, default_yes: bool = False) -> bool:
    """A yes/no question (Save/Cancel with ``save``); the safe answer (No) is the default unless
    ``default_yes``."""
    box = Box("warning" if warning else "question", title, text, name, informative, details)
    return _exec(parent, box, yes="save" if save else "yes", default_yes=default_yes)


def show_error(parent: QWidget | None, error: UserError) -> None:
    _exec(parent, Box("error", QCoreApplication.translate("messages", "ETSoft Desk"), tr_message(error),
                      "userErrorBox"))


def show_info(parent: QWidget | None, title: str, text: str, *, name: str = "", details: str = "") -> None:
    _exec(parent, Box("info", title, text, name, details=details))


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    if _answerer is not None:
        _answerer(Box("about", title, text, "aboutBox"))
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)
