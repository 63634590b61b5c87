"""A large register's list: from the first page that took longer than SLOW_PAGE_S to read, the pages are read in
the thread pool, so typing, scrolling and sorting never hold the window up; only the latest reading is shown.
(At 1,000,000 customers a page can take 150 ms: benchmarks/gui_stall.py.) Here every page counts as slow."""

import pytest
from PySide6.QtCore import QPoint, Qt

from etsoft_desk.ui import customer_model
from etsoft_desk.ui.customer_model import COL_CITY, COL_NAME
from etsoft_desk.ui.main_window import MainWindow
from tests.ui.conftest import column, when_modal


@pytest.fixture
def window(qtbot, register, customers, monkeypatch):
    monkeypatch.setattr(customer_model, "SLOW_PAGE_S", -1.0)
    w = MainWindow(register)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def read(qtbot, window):
    qtbot.waitUntil(lambda: not window.model.reading, timeout=5000)


def test_typing_reads_the_page_in_the_pool_and_shows_only_the_latest(window, qtbot):
    shown = []
    window.model.modelReset.connect(lambda: shown.append(column(window.model, COL_NAME)))
    window.search.setText("a")
    assert window.model.reading  # not read on the GUI thread: the list still shows what it showed
    assert column(window.model, COL_NAME) == ["Bert Aalst", "Cor Mulder", "Anna Zwart"]
    window.search.setText("mulder")  # typed on before the page of "a" came
    read(qtbot, window)
    qtbot.wait(200)  # the reading of "a" has ended too by now
    assert shown == [["Cor Mulder"]]
    qtbot.waitUntil(lambda: window.count_label.text() == "1 gevonden")


def test_enter_while_the_page_is_read_opens_the_match_once_it_is_there(window, qtbot, customers):
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    qtbot.keyClicks(window.search, "zwart")
    state = when_modal(qtbot, look)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state["done"], timeout=5000)
    assert seen == {"title": f"Klant {customers['Anna']}"}


def test_sorting_and_scrolling_read_in_the_pool(window, qtbot, register):
    from etsoft_desk.services import demo

    header = window.table.horizontalHeader()
    city = QPoint(header.sectionViewportPosition(COL_CITY) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=city)
    assert window.model.reading
    read(qtbot, window)
    assert column(window.model, COL_CITY) == ["Axel", "Hulst", "Terneuzen"]

    for c in demo.demo_cards(120):
        register.customers.create(c)
    window.model.refresh()
    read(qtbot, window)
    assert window.model.rowCount() == 50 and window.model.canFetchMore()
    window.model.fetchMore()
    assert window.model.reading and not window.model.canFetchMore()  # one page at a time
    read(qtbot, window)
    window.table.scrollToBottom()  # the view asks for the rest as it needs it
    qtbot.waitUntil(lambda: window.model.rowCount() == 123, timeout=5000)
    assert len({window.model.customer_id(r) for r in range(123)}) == 123


def reader_threads():
    import threading

    return [t for t in threading.enumerate() if t.name == "etsoft-list-reader"]


def test_the_reading_thread_ends_before_the_file_is_replaced_and_when_the_window_closes(window, qtbot):
    window.search.setText("zwart")
    read(qtbot, window)
    assert reader_threads()  # kept between pages, with its connection
    seen = {}
    window._when_idle(lambda: seen.setdefault("threads", reader_threads()))  # a restore or a new key waits so
    qtbot.waitUntil(lambda: "threads" in seen, timeout=5000)
    assert seen["threads"] == []
    window.search.setText("mulder")  # the list reads on after a new key: a new thread
    read(qtbot, window)
    assert column(window.model, COL_NAME) == ["Cor Mulder"] and reader_threads()
    window.close()
    qtbot.waitUntil(lambda: not reader_threads(), timeout=5000)


def test_closing_the_window_while_a_page_is_read_waits_for_the_reading_thread(window, qtbot, register):
    """The register is closed (and its lock released) right after the window: the list's thread must not still
    be reading the file on its own connection then (a restore elsewhere could replace the file under it)."""
    import time

    search = window.model._customers.search

    def slow(*args, **kwargs):
        time.sleep(0.5)  # a page of a million customers
        return search(*args, **kwargs)

    window.model._customers.search = slow
    window.search.setText("zwart")
    assert window.model.reading and reader_threads()
    window.close()
    assert not reader_threads()  # ended, its connection closed, before the register is closed


def test_a_page_read_that_fails_is_told_and_what_waited_for_it_is_dropped(window, qtbot, monkeypatch):
    """Enter while the page is read, and the reading fails: one sentence, and no card opens later, when the
    owner has typed something else and that page comes."""
    import time

    from etsoft_desk.domain.errors import UserError
    from etsoft_desk.domain.messages import Msg
    from etsoft_desk.ui import tasks

    search, calls, told, opened = window.model._customers.search, [], [], []

    def failing_once(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            time.sleep(0.3)
            raise UserError(Msg.REGISTER_LOCKED)
        return search(*args, **kwargs)

    window.model._customers.search = failing_once
    monkeypatch.setattr(tasks, "tell_failure", lambda _parent, exc: told.append(exc.template))
    monkeypatch.setattr(window, "open_selected", lambda *a: opened.append(window.search.text()))
    window.search.setText("zwart")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    read(qtbot, window)
    assert told == [Msg.REGISTER_LOCKED] and opened == []
    window.search.setText("mulder")  # typed on, no Enter
    read(qtbot, window)
    qtbot.wait(100)
    assert column(window.model, COL_NAME) == ["Cor Mulder"]
    assert opened == []


def test_enter_then_the_counter_lock_before_the_page_comes_opens_no_card(window, qtbot, monkeypatch):
    """Enter, then Ctrl+L (the owner walks away) while the page is still read: the card of the match must not
    open over the locked window, uncovered, for whoever comes to the counter."""
    import time

    search, opened = window.model._customers.search, []

    def slow(*args, **kwargs):
        time.sleep(0.3)
        return search(*args, **kwargs)

    window.model._customers.search = slow
    monkeypatch.setattr(window, "open_customer", lambda customer_id: opened.append(customer_id))
    window.search.setText("zwart")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    window.counter_lock.lock()
    read(qtbot, window)
    qtbot.wait(100)
    assert window.counter_lock.locked and opened == []


def test_a_large_register_reads_the_first_typed_page_in_the_background(qtbot, register, customers, monkeypatch):
    """Quick pages at the start (the whole list by name) must not keep a large register's first search on the
    GUI thread: at 1,000,000 customers that one page held the window up 190-330 ms."""
    monkeypatch.setattr(customer_model, "LARGE_REGISTER", 2)  # the three customers here count as many
    w = MainWindow(register)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.search.setText("zwart")
    assert w.model.reading  # not read on the GUI thread
    read(qtbot, w)
    assert column(w.model, COL_NAME) == ["Anna Zwart"]
    w.close()
