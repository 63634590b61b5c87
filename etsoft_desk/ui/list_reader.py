"""The thread that reads the customer list's pages of a large register, with its connection kept between pages.

Every other piece of slow work goes through ui/tasks.run, whose worker closes its connection when the work is
done. A page read on a new connection starts with an empty page cache: at 1,000,000 customers the first page of
"example" took 310 ms that way and 140 ms on a connection that had read before. So the list has one thread of its
own, with one connection, for as long as the window reads in the background. Only the latest page asked for is
read (older ones still waiting are dropped); its rows, or the failure, come back on the GUI thread. The thread
ends, closing its connection, when the window closes or before the register's file is replaced or re-encrypted
(ui/register_swap.py waits for :attr:`ListReader.busy`).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class ListReader(QObject):
    arrived = Signal(int, object)  # which reading, and its rows (or the exception that ended it)

    def __init__(self, register, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._asked: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        """The thread still runs (and holds its connection)."""
        return self._thread is not None and self._thread.is_alive()

    def read(self, asked: int, work: Callable[[], object]) -> None:
        if not self.busy:
            self._thread = threading.Thread(target=self._run, name="etsoft-list-reader", daemon=True)
            self._thread.start()
        self._asked.put((asked, work))

    def stop(self, wait: float = 0.0) -> None:
        """End the thread once its page is read; a later :meth:`read` starts it again. ``wait``: seconds to wait
        for it to end (the window closing: the register is closed next, and its lock released, which must not
        happen while this thread still reads the file on a connection of its own)."""
        if self.busy:
            self._asked.put(None)
            if wait > 0 and self._thread is not None:
                self._thread.join(wait)

    def _run(self) -> None:
        try:
            stopping = False
            while not stopping:
                items = [self._asked.get()]
                while not self._asked.empty():  # typed on meanwhile: only the latest page is read
                    items.append(self._asked.get())
                stopping = None in items
                wanted = [item for item in items if item is not None]
                if not wanted:
                    continue
                asked, work = wanted[-1]
                try:
                    result = work()
                except BaseException as exc:  # told on the GUI thread, as tasks.run tells a failure
                    result = exc
                try:
                    self.arrived.emit(asked, result)
                except RuntimeError:  # the window (and this object) went meanwhile
                    return
        finally:
            self._register.release_thread()
