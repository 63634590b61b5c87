"""A broad search is counted up to a limit (issue 14: counting every match at a million customers blocked the
window): beyond it the window says "more than", below it the exact number."""

from etsoft_desk.ui import main_window


def test_a_broad_search_says_more_than(window, qtbot, monkeypatch):
    monkeypatch.setattr(main_window, "COUNT_SHOWN", 2)
    qtbot.keyClicks(window.search, "example")  # all three customers' e-mail addresses
    qtbot.waitUntil(lambda: window.count_label.text() == "Meer dan 2 gevonden")
    window.search.clear()
    qtbot.keyClicks(window.search, "anna")
    qtbot.waitUntil(lambda: window.count_label.text() == "1 gevonden")
    window.search.clear()
    qtbot.waitUntil(lambda: window.count_label.text() == "3 klanten")  # the whole register: always the number
