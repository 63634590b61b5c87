"""Slow work off the GUI thread: the result (or the error) comes back to the main thread as a signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs ``work(progress)`` in the thread pool; ``progress(done, total)`` may be called from the worker.

    ``release`` runs in the worker thread after the work (the register closes that thread's connection).
    Connect to ``signals`` before calling :func:`start`.
    """

    def __init__(self, work: Callable[[Callable[[int, int], None]], object], release: Callable[[], None],
                 explain: Callable[[BaseException], BaseException] | None = None) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._release = release
        self._explain = explain  # turns a failure into the sentence for it (the register changed elsewhere)

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except BaseException as exc:  # handed to the main thread, which tells the person or shows a crash
            if self._explain is not None:
                try:
                    exc = self._explain(exc)
                except BaseException:
                    pass
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            self._release()


_running: set[Task] = set()  # Python must keep each task (and its signals) alive until it reports back


def start(task: Task) -> None:
    _running.add(task)
    task.signals.finished.connect(lambda _result: _running.discard(task))
    task.signals.failed.connect(lambda _exc: _running.discard(task))
    task.setAutoDelete(False)
    QThreadPool.globalInstance().start(task)
