"""The customer list as a lazily loaded Qt table model over the register's search."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..domain.validation import format_phone
from ..services.customers import CustomerService

if TYPE_CHECKING:
    from .list_reader import ListReader

# Role and flag lookups on PySide6 enums cost microseconds each; data() runs a thousand times a repaint.
DISPLAY = Qt.ItemDataRole.DisplayRole
USER = Qt.ItemDataRole.UserRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DESCENDING = Qt.SortOrder.DescendingOrder

COL_ID, COL_NAME, COL_PHONE, COL_EMAIL, COL_POSTCODE, COL_CITY = range(6)
SORT_KEYS = {COL_ID: "id", COL_NAME: "name", COL_POSTCODE: "postcode", COL_CITY: "city"}
PAGE = 50  # a little more than a screenful; scrolling fetches the next page
SLOW_PAGE_S = 0.025  # a page read longer than this: the following ones are read in the background
# A register this large reads in the background from the first keystroke: waiting for a slow page to tell, that
# first page alone held the window up 190-330 ms at 1,000,000 customers (typing "example").
LARGE_REGISTER = 250_000
format_phone_cached = functools.lru_cache(maxsize=4096)(format_phone)


class CustomerTableModel(QAbstractTableModel):
    filterApplied = Signal(str)

    def __init__(self, customers: CustomerService, parent=None, *, register=None) -> None:
        super().__init__(parent)
        self._customers = customers
        self._rows: list[tuple] = []
        self._ids: list[int] = []
        self._text = ""
        self._sort = "name"
        self._descending = False
        self._exhausted = False
        self._headers = [self.tr("No."), self.tr("Name"), self.tr("Phone"), self.tr("Email"), self.tr("Postcode"),
                         self.tr("City")]
        self._register = register
        self._in_background = False  # from the first page that took longer than SLOW_PAGE_MS to read
        self._asked = 0  # which reading is the latest: an older one's rows are not shown
        self._reading = False
        self._when_read: list[Callable[[], None]] = []
        self._pending = (True, 0)  # what the reading in the background is for: (reset, offset)
        self._reader: ListReader | None = None  # made at the first reading in the background
        self._load(reset=True)
        if register is not None and not self._in_background:
            self._in_background = customers.highest_number() > LARGE_REGISTER

    # Qt model interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        if role == DISPLAY:
            column = index.column()
            value = self._rows[index.row()][column]
            # Formatting a number costs ~0.1 ms: do it only for rows that are painted, once each.
            return format_phone_cached(value) if column == COL_PHONE and value else value
        if role == USER:
            return self._ids[index.row()]
        if role == ALIGN and index.column() == COL_ID:
            return RIGHT
        return None

    def headerData(self, section: int, orientation, role: int = DISPLAY):
        if role == DISPLAY and orientation == HORIZONTAL:
            return self._headers[section]
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._reading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._reading:
            return
        self._load(reset=False)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        if (key, order == DESCENDING) == (self._sort, self._descending):
            return  # the view asks again for the order it has (setting up the header): the page is there
        self._sort, self._descending = key, order == DESCENDING
        self._load(reset=True)

    # our interface
    def set_filter(self, text: str) -> None:
        self._text = text
        self._load(reset=True)
        self.filterApplied.emit(text)

    def refresh(self) -> None:
        self._load(reset=True)

    def customer_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, customer_id: int) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    @property
    def reading(self) -> bool:
        """A page is being read in the background (a large register); :meth:`when_read` waits for it."""
        return self._reading

    def when_read(self, then: Callable[[], None]) -> None:
        """``then()`` once the list shows what was last asked for: at once, or when its page is there."""
        if self._reading:
            self._when_read.append(then)
        else:
            then()

    def _load(self, *, reset: bool) -> None:
        """Read a page: on the GUI thread while pages come quickly; on the list's own thread (ui/list_reader.py)
        in a large register, or from the first page that did not come quickly (a search of every one of a million
        customers), so typing, scrolling and sorting never hold the window up. Only the latest reading is shown."""
        offset = 0 if reset else len(self._rows)
        # The next page starts after the last customer shown: as quick far down a million as at the top.
        after = self._ids[-1] if offset and self._ids else None
        text, sort, descending = self._text, self._sort, self._descending
        self._asked += 1
        asked = self._asked

        def read() -> list:
            return self._customers.search(text, sort=sort, descending=descending, offset=offset, limit=PAGE,
                                          after_id=after)
        if not self._in_background:
            started = time.perf_counter()
            found = read()
            self._in_background = self._register is not None and time.perf_counter() - started > SLOW_PAGE_S
            self._show(found, reset=reset, offset=offset)
            return
        if self._reader is None:
            from .list_reader import ListReader

            self._reader = ListReader(self._register, self)
            self._reader.arrived.connect(self._arrived)
        self._reading = True
        self._pending = (reset, offset)
        self._reader.read(asked, read)

    def _arrived(self, asked: int, found) -> None:
        if asked != self._asked:  # a newer reading was asked for: this one is not shown
            return
        self._reading = False
        if isinstance(found, BaseException):
            from .tasks import tell_failure

            self._when_read = []  # what waited for this page (Enter) is not done later, on another page
            tell_failure(self.parent(), self._register.explain_failure(found))
            return
        reset, offset = self._pending
        self._show(found, reset=reset, offset=offset)
        waiting, self._when_read = self._when_read, []
        for then in waiting:
            then()

    def stop_reading(self, wait: float = 0.0) -> None:
        """The reading thread ends (and closes its connection): the window closes (waiting ``wait`` seconds at
        most for the page it reads), or its file is replaced (register_swap waits without blocking)."""
        if self._reader is not None:
            self._reader.stop(wait)

    @property
    def reader_busy(self) -> bool:
        return self._reader is not None and self._reader.busy

    def _show(self, found: list, *, reset: bool, offset: int) -> None:
        rows = [(str(r.id), r.name, r.phone, r.email, r.postcode, r.city) for r in found]
        if reset:
            self.beginResetModel()
            self._rows, self._ids = rows, [r.id for r in found]
            self._exhausted = len(found) < PAGE
            self.endResetModel()
        elif rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self._ids.extend(r.id for r in found)
            self._exhausted = len(found) < PAGE
            self.endInsertRows()
        else:
            self._exhausted = True
