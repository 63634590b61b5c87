"""Slow work off the GUI thread: the result (or the error) comes back to the main thread as a signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import delete, isValid


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    """Runs ``work(progress)`` in the thread pool; ``progress(done, total)`` may be called from the worker.

    ``release`` runs in the worker thread after the work (the register closes that thread's connection).
    Connect to ``signals`` before calling :func:`_start`.
    """

    def __init__(self, work: Callable[[Callable[[int, int], None]], object], release: Callable[[], None],
                 explain: Callable[[BaseException], BaseException] | None = None) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._release = release
        self._explain = explain  # turns a failure into the sentence for it (the register changed elsewhere)

    working = True  # until the work (and the release of its connection) is over
    reported = False  # once the worker is done with the signals (see _retire)
    owner = None  # the widget it was started for (ui/tasks.run's parent)

    def run(self) -> None:
        failure: BaseException | None = None
        try:
            result = self._work(self.signals.progress.emit)
        except BaseException as exc:  # handed to the main thread, which tells the person or shows a crash
            failure = exc
            if self._explain is not None:
                try:
                    failure = self._explain(exc)
                except BaseException:
                    pass
        finally:
            self._release()
            self.working = False
        # told only now: what runs on the result (a restore after its check) finds this task over (ui/tasks.working)
        try:
            if failure is not None:
                self.signals.failed.emit(failure)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:  # the program is closing and its signals went first: nobody is left to tell
            pass
        finally:
            self.reported = True


# Python must keep each task (and its signals) alive until it reports back. Kept by a token, not by the slots: a
# slot that held its task made a cycle through Qt's connections that no collector sees, and every task kept what
# its slots reach (the dialog it was started for, a preview's PDF) for as long as the program ran.
_running: dict[int, _Task] = {}
_retired: list[_Task] = []  # the shell of the last task let go of (its worker may still be returning from it)


def _retire(task: _Task) -> None:
    """On the GUI thread, once the task reported and its worker is done with the signals: the signals go, and with
    them the slots and all they hold; the task's own shell goes at the next retirement."""
    if not task.reported:  # the worker has told, but not yet returned from telling
        QTimer.singleShot(20, lambda: _retire(task))
        return
    if isValid(task.signals):
        delete(task.signals)
    task._work = task._release = task._explain = task.owner = None  # type: ignore[assignment]
    _retired[:] = [task]


def settle_for_a_picture(app, seconds: float = 3.0, asked: Callable[[], bool] = lambda: True) -> None:
    """Let the work the first paint starts (the count under the list, the to-do bar's counts; ``asked`` says
    whether it has been asked for yet) report back, for --screenshot."""
    import time

    deadline = time.monotonic() + seconds
    app.processEvents()
    while (_running or not asked()) and time.monotonic() < deadline:
        time.sleep(0.005)
        app.processEvents()
    for _ in range(3):  # the layout the new texts asked for
        app.processEvents()


def wait_for_work(ms: int = 10_000) -> bool:
    """At the end of the program: what still runs in the thread pool (a count, the warm-up's imports) finishes
    before the register closes. One that ran on while the program ended crashed it (a --screenshot run, 1 in 20)."""
    return QThreadPool.globalInstance().waitForDone(ms)


def working() -> int:
    """How many tasks are still at work in the thread pool (a restore or a new key waits for none)."""
    return sum(1 for task in _running.values() if task.working)


def reporting_to(widget) -> bool:
    """Whether a task started for ``widget`` (or a widget inside it) has yet to report back: a closed dialog
    is deleted only after that (the preview of a report asked for just before the card was closed)."""
    for task in list(_running.values()):
        owner = task.owner
        while owner is not None and isValid(owner):
            if owner is widget:
                return True
            owner = owner.parentWidget() if hasattr(owner, "parentWidget") else None
    return False


def _start(task: _Task) -> None:
    token = id(task)
    _running[token] = task

    def over(_told: object) -> None:  # connected last: runs after the caller's own slots
        told = _running.pop(token, None)
        if told is not None:
            QTimer.singleShot(0, lambda: _retire(told))  # not inside a slot of the signals it deletes
    task.signals.finished.connect(over)
    task.signals.failed.connect(over)
    task.setAutoDelete(False)
    QThreadPool.globalInstance().start(task)


T = TypeVar("T")


def run(parent, work: Callable[[Callable[[int, int], None]], T], done: Callable[[T], None], *,
        register=None, busy=(), label: str | None = None, failed: Callable[[BaseException], bool] | None = None,
        name: str = "taskProgress", modal: bool = False, progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], None] | None = None) -> _Task:
    """The one way the window does slow work (after Anki's CollectionOp): ``work(progress)`` runs in the thread
    pool while ``busy`` widgets are disabled (and a progress dialog says ``label``, from 300 ms on); then
    ``done(result)`` on the GUI thread. A failure is told by default: a UserError as a message box, anything
    else to the crash dialog; either way the widgets are enabled again, so the window stays usable.
    ``failed(exc)`` sees a failure first and returns True when it told the person itself.
    ``register``: the work's connection is released in the worker and a failure caused by a rekey elsewhere
    is told as such. ``modal``: the progress dialog shows at once and keeps the window from input (the work
    changes the register under it: restore, rekey). ``progress(done, total)``: the caller shows the progress
    itself (a label of its own) instead of, or beside, the dialog. ``cancel``: the dialog gets a Cancel button
    that calls it (the work checks and stops itself)."""

    progress_box = None
    if label is not None:
        from PySide6.QtWidgets import QProgressDialog

        progress_box = QProgressDialog(label, "", 0, 0, parent)
        progress_box.setObjectName(name)
        progress_box.setWindowTitle(label.rstrip("…. "))
        if cancel is None:
            progress_box.setCancelButton(None)
        else:
            progress_box.setCancelButtonText(QCoreApplication.translate("tasks", "Cancel"))
            progress_box.canceled.connect(cancel)
        progress_box.setMinimumDuration(0 if modal else 300)
        if modal:
            from PySide6.QtCore import Qt

            progress_box.setWindowModality(Qt.WindowModality.WindowModal)
            progress_box.show()
    for widget in busy:
        widget.setEnabled(False)
    task = _Task(work, register.release_thread if register is not None else (lambda: None),
                register.explain_failure if register is not None else None)
    task.owner = parent

    def settle() -> None:
        if progress_box is not None and isValid(progress_box):
            progress_box.close()  # not deleteLater(): PySide6 owns the wrapper (a crash without the GIL)
        for widget in busy:
            if isValid(widget):  # not closed (and deleted) meanwhile
                widget.setEnabled(True)

    def on_progress(done_: int, total: int) -> None:
        if progress_box is not None and total and isValid(progress_box):
            progress_box.setMaximum(total)
            progress_box.setValue(done_)
        if progress is not None:
            progress(done_, total)

    def on_done(result: Any) -> None:
        settle()
        done(result)

    def on_failed(exc: BaseException) -> None:
        settle()
        if failed is not None and failed(exc):
            return
        tell_failure(parent, exc)

    task.signals.progress.connect(on_progress)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_failed)
    _start(task)
    return task


def tell_failure(parent, exc: BaseException) -> None:
    """A failure of work done off the GUI thread: a UserError as a message box, anything else to the crash dialog
    (ui/crash.py); the window goes on either way."""
    from ..domain.errors import UserError

    if isinstance(exc, UserError):
        from .messages import show_error

        show_error(parent if parent is None or isValid(parent) else None, exc)
        return
    import sys

    sys.excepthook(type(exc), exc, exc.__traceback__)


def document(parent, build: Callable[[], T], show: Callable[[T], None], *, register, busy=()) -> _Task:
    """A document (a PDF) built off the GUI thread, then ``show(built)`` (the print preview) on it: laying out a
    page takes 50-300 ms, a long report seconds. The progress says so from 300 ms on. The preview's modules
    (QtPdf, QtPrintSupport) are loaded in the worker too, not on the GUI thread when the first one shows."""
    def work(_progress) -> T:
        from . import print_preview  # noqa: F401

        return build()
    return run(parent, work, show, register=register, busy=busy,
               label=QCoreApplication.translate("tasks", "Preparing the document…"), name="documentProgress")


_collector: list = []  # the timers of the one collector of the process


def collect_garbage_on_the_gui_thread(app, freeze_after_ms: int = 10_000) -> Callable[[], None]:
    """Python's cycle collector runs in whatever thread allocates when a threshold is passed: in a worker it
    would destroy a widget that is garbage off the GUI thread (Qt: "QBasicTimer::stop: Failed. Possibly trying
    to stop from a different thread", or a crash). So the automatic collector is off and the GUI thread
    collects, with the collector's own thresholds, four times a second (after PyQt's GarbageCollector recipe).
    Returns what turns the automatic collector back on (the tests do, after each test of the window)."""
    import gc

    from PySide6.QtCore import QTimer

    for earlier in _collector:  # one collector: a second start (a test's) replaces the first one's timers
        if isValid(earlier):
            earlier.stop()
    gc.disable()

    def collect() -> None:
        counts, limits = gc.get_count(), gc.get_threshold()
        if counts[0] > limits[0]:
            gc.collect(2 if counts[2] > limits[2] else 1 if counts[1] > limits[1] else 0)

    timer = QTimer(app)
    timer.timeout.connect(collect)
    timer.start(250)
    # What the start made and keeps (modules, classes, the window; the card's modules imported 4 s in) is moved
    # out of the collector's sight: a full collection then looks only at what came since (25 ms less). What is
    # garbage by then is collected first, so that nothing unreachable is kept for good.
    def collect_and_freeze() -> None:
        gc.collect()
        gc.freeze()
    freeze = QTimer(app, singleShot=True, interval=freeze_after_ms)
    freeze.timeout.connect(collect_and_freeze)
    freeze.start()
    _collector[:] = [timer, freeze]

    def stop() -> None:
        timer.stop()
        freeze.stop()
        gc.unfreeze()
        gc.enable()
    return stop
