"""A database error met halfway through something the window does (here a table dropped behind its back) is its
one Dutch sentence in the error box, not the crash dialog with a traceback."""

from __future__ import annotations

import sys

from etsoft_desk.app import install_crash_handler
from etsoft_desk.store.models import database_proxy
from tests.ui.conftest import when_modal


def test_a_dropped_table_met_by_the_window_is_the_sentence_not_the_crash_dialog(qtbot, window, register):
    previous = sys.excepthook
    install_crash_handler(register.path)
    seen = {}
    box = when_modal(qtbot, lambda b: (seen.update(name=b.objectName(), text=b.text()), b.accept()))
    try:
        database_proxy.obj.execute_sql("DROP TABLE visit")
        try:
            database_proxy.obj.execute_sql("SELECT count(*) FROM visit")  # what the visits tab reads
        except Exception:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    qtbot.waitUntil(lambda: box["done"], timeout=5000)
    assert seen["name"] == "userErrorBox", seen
    assert "de tabel “visit” ontbreekt" in seen["text"] and "Traceback" not in seen["text"], seen["text"]
