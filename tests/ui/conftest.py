from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from etsoft_desk.app import install_translators
from etsoft_desk.ui.main_window import MainWindow
from tests.helpers.cards import card


@pytest.fixture(scope="session", autouse=True)
def dutch(qapp):
    qapp.setOrganizationName("ETSoft-tests")
    qapp.setApplicationName("ETSoft Desk tests")
    translators = install_translators(qapp, "nl")
    assert translators, "the Dutch translations did not load"
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture(autouse=True)
def garbage_on_the_gui_thread(qapp):
    """As the program does (app.start_application): no cycle collection in a worker thread, where it would
    destroy widgets; the automatic collector is back on after the test (the other tests have no event loop)."""
    from etsoft_desk.ui.tasks import collect_garbage_on_the_gui_thread

    stop = collect_garbage_on_the_gui_thread(qapp)
    yield
    stop()


@pytest.fixture
def customers(register):
    ids = {}
    for first, last, phone, postcode, city in (("Anna", "Zwart", "06-12345678", "4561 ZH", "Hulst"),
                                                ("Bert", "Aalst", "0612340000", "4571 AB", "Axel"),
                                                ("Cor", "Mulder", "0687654321", "4531 CD", "Terneuzen")):
        ids[first] = register.customers.create(card(first_name=first, infix="", last_name=last, phones=[phone],
                                                    emails=[f"{first.lower()}@example.com"],
                                                    address=card().address.__class__(postcode=postcode, city=city)))
    return ids


@pytest.fixture
def window(qtbot, register, customers):
    w = MainWindow(register)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def answer_boxes():
    """Stands in for the person at every message box (ui/messages.answer_with): ``answer_boxes(True)``, or a
    function of the Box, answers each one; the list returned fills with the boxes asked, in order."""
    import contextlib

    from etsoft_desk.ui import messages

    with contextlib.ExitStack() as stack:
        def install(answer=True):
            answerer = answer if callable(answer) else (lambda box: answer)
            return stack.enter_context(messages.answer_with(answerer))
        yield install


_pollers: list[dict] = []


@pytest.fixture(autouse=True)
def stop_modal_pollers():
    """A poller still waiting when its test ends must not catch the next test's dialog."""
    yield
    for state in _pollers:
        state["cancelled"] = True
    _pollers.clear()


def when_modal(qtbot, handler, timeout=5000, kind=None):
    """Run ``handler(dialog)`` on the next modal dialog once it is shown (dialogs block in exec()); with
    ``kind``, on the next modal dialog of that class (others still open are left alone)."""
    state = {"done": False, "error": None, "left_open": False}
    deadline = time.monotonic() + timeout / 1000
    _pollers.append(state)

    def poll():
        if state.get("cancelled"):
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or (kind is not None and not isinstance(dialog, kind)):
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        try:
            handler(dialog)
        except BaseException as exc:  # surfaced after exec() returns
            state["error"] = exc
        if dialog.isVisible():  # never leave exec() blocking the test
            state["left_open"] = True
            dialog.reject()
        state["done"] = True

    QTimer.singleShot(0, poll)
    return state


def column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]
