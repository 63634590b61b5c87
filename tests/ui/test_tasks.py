"""The one runner (ui/tasks.run): whatever the work does, the busy widgets come back and the person hears one
thing: a refusal as a message box with its sentence, a fault through the crash dialog (sys.excepthook)."""

import sys

from PySide6.QtWidgets import QPushButton, QWidget

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.ui import tasks


def _window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Go", window)
    window.show()
    return window, button


def test_a_fault_in_the_work_goes_to_the_crash_dialog_and_the_buttons_come_back(qtbot, monkeypatch, answer_boxes):
    window, button = _window(qtbot)
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: crashes.append(exc))
    asked = answer_boxes(True)
    done: list[object] = []

    def work(_progress):
        raise ZeroDivisionError("injected")

    tasks.run(window, work, done.append, busy=[button], label="Working…")
    assert not button.isEnabled()  # while the work runs
    qtbot.waitUntil(lambda: bool(crashes), timeout=5000)
    assert isinstance(crashes[0], ZeroDivisionError) and str(crashes[0]) == "injected"
    assert button.isEnabled() and done == [] and asked == []  # no message box: the crash dialog tells it
    button.click()  # the window is usable


def test_a_refusal_is_one_message_with_its_sentence_and_the_buttons_come_back(qtbot, monkeypatch, answer_boxes):
    window, button = _window(qtbot)
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: crashes.append(exc))
    asked = answer_boxes(True)

    def work(_progress):
        raise UserError(Msg.PRINT_FAILED, printer="Winkel", detail="offline")

    tasks.run(window, work, lambda result: None, busy=[button])
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert [box.kind for box in asked] == ["error"]
    assert "Winkel" in asked[0].text and "offline" in asked[0].text and "PDF" in asked[0].text
    assert asked[0].text != Msg.PRINT_FAILED  # the Dutch sentence, its placeholders filled in
    assert button.isEnabled() and crashes == []


def test_the_result_comes_back_on_the_gui_thread_with_the_progress(qtbot):
    import threading

    window, button = _window(qtbot)
    seen: dict = {"progress": []}

    def work(progress):
        seen["worker"] = threading.current_thread()
        progress(1, 2)
        progress(2, 2)
        return 42

    tasks.run(window, work, lambda result: seen.update(result=result, thread=threading.current_thread()),
              busy=[button], progress=lambda done, total: seen["progress"].append((done, total)))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["thread"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread() and seen["progress"] == [(1, 2), (2, 2)]
    assert button.isEnabled()


class _Garbage:
    """Stands in for a widget in a reference cycle: it notes the thread it is destroyed in."""

    def __init__(self, seen: list) -> None:
        self.me, self.seen = self, seen

    def __del__(self) -> None:
        import threading

        self.seen.append(threading.current_thread())


def test_garbage_of_the_window_is_collected_on_the_gui_thread_not_in_a_worker(qtbot):
    """A worker that allocates a lot passes the collector's thresholds: the cycles it finds then are destroyed
    in the GUI thread, a quarter second later, not in the worker (a widget would be destroyed off its thread)."""
    import gc
    import threading

    assert not gc.isenabled()  # tests/ui/conftest.py and app.start_application switch it off
    seen: list = []
    _Garbage(seen)  # now unreachable but for its own cycle
    state: dict = {}

    def work(_progress):
        state["worker"] = threading.current_thread()
        return [[i] for i in range(200_000)]  # far past the collector's thresholds, kept until the test ends

    tasks.run(None, work, lambda result: state.update(done=result))
    qtbot.waitUntil(lambda: "done" in state and bool(seen), timeout=5000)
    assert seen == [threading.main_thread()]


def test_what_the_start_keeps_is_frozen_out_of_the_collectors_sight(qapp, qtbot):
    """A full collection on the GUI thread looked at every object of the start (25 ms at 100,000 customers);
    what the start keeps is frozen once it is up, and the collector sees only what came since."""
    import gc

    from etsoft_desk.ui.tasks import collect_garbage_on_the_gui_thread

    import threading

    seen: list = []
    _Garbage(seen)  # garbage when the freeze comes: collected first, not kept for good
    stop = collect_garbage_on_the_gui_thread(qapp, freeze_after_ms=50)
    try:
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 1000, timeout=3000)
        assert seen == [threading.main_thread()]
    finally:
        stop()
    assert gc.get_freeze_count() == 0 and gc.isenabled()  # the tests' own collector back as it was
    stop = collect_garbage_on_the_gui_thread(qapp, freeze_after_ms=50)
    stop()  # stopped before its time: the freeze does not come later, in the middle of other work
    qtbot.wait(200)
    assert gc.get_freeze_count() == 0


def test_work_that_ends_after_the_program_closed_its_signals_tells_nobody(qapp, capfd):
    """Closing while a count runs: the work ends after its signals were deleted. Qt for Python printed a
    traceback ("Signal source has been deleted") on the terminal; now the end goes untold, as nobody is left."""
    from shiboken6 import delete

    from etsoft_desk.ui.tasks import _Task

    task = _Task(lambda _progress: 42, lambda: None)
    delete(task.signals)
    task.run()
    assert "Traceback" not in capfd.readouterr().err and not task.working


def test_a_task_that_reported_lets_go_of_what_it_was_started_for(qtbot):
    """The dialog a task was started for, and what its slots hold (a preview's PDF), go once the task has reported
    and the dialog is closed: a task that kept them did so until the program ended (a cycle through Qt's
    connections that no collector sees). The worker finishes first; all is let go of on the GUI thread."""
    import gc
    import weakref

    from PySide6.QtWidgets import QDialog

    class Document:  # stands in for the PDF (bytes cannot be weakly referenced)
        def __init__(self, data: bytes) -> None:
            self.data = data

    seen: list = []

    def start() -> tuple[weakref.ref, weakref.ref]:  # what the test holds goes with this frame
        dialog = QDialog()
        pdf = Document(b"%PDF-1.4 personal data")
        tasks.run(dialog, lambda _progress: len(pdf.data), lambda size: seen.append((size, dialog.objectName())),
                  busy=[dialog])
        return weakref.ref(dialog), weakref.ref(pdf)

    gone = start()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(22, "")]
    qtbot.waitUntil(lambda: (gc.collect(), all(ref() is None for ref in gone))[1], timeout=3000)
