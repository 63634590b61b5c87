"""Reading a contact file into a header and rows, lazily (memory stays flat however long the file is).

The format is told by the content first and the extension second: CSV in any delimiter and in UTF-8 (with or
without BOM), UTF-16 (with BOM, Excel's "Unicode text") or Windows-1252; an Excel .xlsx workbook (its first
sheet; openpyxl is imported only when such a file is opened); vCard 3.0 or 4.0 (vobject, likewise).

A line that is not in the file's encoding (a file that mixes UTF-8 and Windows-1252) is not decoded into a
wrong value: its row carries a problem and is refused as a named bad row.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import FieldError, UserError
from ..domain.messages import Msg

DELIMITERS = ";,\t|"
SNIFF_LINES = 50


@dataclass
class SourceRow:
    line: int  # where the row starts in the file (a line of a CSV or a vCard, a row of a sheet)
    cells: list[str]
    problem: FieldError | None = None  # the row could not be read faithfully (its encoding)


@dataclass
class Table:
    kind: str  # "csv", "xlsx" or "vcard"
    header: list[str]
    rows: Iterator[SourceRow]
    delimiter: str = ";"  # of the rejects file
    fraction: Callable[[], float] = lambda: 0.0  # how far through the file the rows are
    closers: list[Callable[[], None]] = field(default_factory=list)

    def close(self) -> None:
        for closer in self.closers:
            with contextlib.suppress(Exception):
                closer()


def kind_of(path: Path, head: bytes) -> str:
    """"xlsx", "vcard" or "csv", from the first bytes (and the extension where they do not tell)."""
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(Msg.IMPORT_OLD_EXCEL, path=str(path))
    text = _head_text(head).lstrip("\ufeff \r\n\t").upper()
    if text.startswith("BEGIN:VCARD"):
        return "vcard"
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        raise UserError(Msg.IMPORT_NOT_READABLE, path=str(path))
    if suffix in (".vcf", ".vcard") and text:
        raise UserError(Msg.IMPORT_NOT_READABLE, path=str(path))
    return "csv"


def _head_text(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="ignore")


def open_table(path: Path, *, delimiter: str | None = None) -> Table:
    """The file's header and its rows (read as they are used); a UserError where it cannot be read."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except FileNotFoundError:
        raise UserError(Msg.IMPORT_FILE_MISSING, path=str(path)) from None
    except OSError:
        raise UserError(Msg.IMPORT_NOT_READABLE, path=str(path)) from None
    kind = kind_of(path, head)
    if kind == "xlsx":
        return _open_xlsx(path)
    if kind == "vcard":
        from .import_vcard import open_vcards

        return open_vcards(path, head)
    return _open_csv(path, head, delimiter)


# --- CSV ------------------------------------------------------------------------------------------------
class _Lines:
    """The file's lines decoded one by one. Without a BOM the first line that is not plain ASCII decides:
    valid UTF-8 makes it a UTF-8 file, anything else Windows-1252; a later line in the other encoding is
    marked bad (in a Windows-1252 file, text that is valid UTF-8 is what "RenÃ©" comes from)."""

    def __init__(self, fh, encoding: str | None) -> None:
        self._fh = fh
        self.encoding = encoding
        self.bad: set[int] = set()
        self.number = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        raw = next(self._fh)
        self.number += 1
        if raw.isascii():
            return raw.decode("ascii")
        try:
            text, utf8 = raw.decode("utf-8"), True
        except UnicodeDecodeError:
            text, utf8 = raw.decode("cp1252", errors="replace"), False
        if self.encoding is None:
            self.encoding = "utf-8" if utf8 else "cp1252"
        if utf8 != (self.encoding == "utf-8"):
            self.bad.add(self.number)
        return text


def _open_csv(path: Path, head: bytes, delimiter: str | None) -> Table:
    fh = open(path, "rb")
    try:
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = io.TextIOWrapper(fh, encoding="utf-16", errors="replace", newline="")
            lines, bad, closer = text, set(), text.close
        else:
            encoding = None
            if head.startswith(codecs.BOM_UTF8):
                fh.read(3)
                encoding = "utf-8"
            lines = _Lines(fh, encoding)
            bad, closer = lines.bad, fh.close
        first = list(itertools.islice(lines, SNIFF_LINES))
    except (OSError, UnicodeError):
        fh.close()
        raise UserError(Msg.IMPORT_NOT_CSV, path=str(path)) from None
    if not first or not first[0].strip():
        fh.close()
        raise UserError(Msg.IMPORT_NOT_CSV, path=str(path))
    delimiter = delimiter or _sniff(first)
    reader = csv.reader(itertools.chain(first, lines), delimiter=delimiter)
    try:
        header = next(reader)
    except (csv.Error, StopIteration):
        fh.close()
        raise UserError(Msg.IMPORT_NOT_CSV, path=str(path)) from None
    size = max(path.stat().st_size, 1)

    def rows() -> Iterator[SourceRow]:
        last = reader.line_num
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error:
                raise UserError(Msg.IMPORT_CSV_BROKEN, path=str(path), line=last + 1) from None
            start, end = last + 1, reader.line_num
            last = end
            problem = None
            if bad:
                if any(n in bad for n in range(start, end + 1)):
                    problem = FieldError("row", Msg.IMPORT_MIXED_ENCODING)
                bad.difference_update(range(start, end + 1))
            yield SourceRow(start, cells, problem)

    def fraction() -> float:
        try:
            return min(fh.tell() / size, 1.0)
        except (OSError, ValueError):
            return 0.0

    return Table("csv", header, rows(), delimiter, fraction, [closer, fh.close])


def _sniff(lines: list[str]) -> str:
    sample = "".join(lines)
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = None
    counts = {d: _count_outside_quotes(lines[0], d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    if found and counts.get(found, 0) and counts[found] >= counts[best] / 2:
        return found
    return best if counts[best] else ";"


def _count_outside_quotes(line: str, delimiter: str) -> int:
    return len(re.sub(r'"[^"]*"', "", line).split(delimiter)) - 1


# --- Excel .xlsx ----------------------------------------------------------------------------------------
def _open_xlsx(path: Path) -> Table:
    import warnings

    import openpyxl  # only when a workbook is opened: start-up stays fast

    warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\..*)?")
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = book.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        total = sheet.max_row or 0
    except Exception as exc:  # noqa: BLE001 (a zip that is no workbook fails in many ways inside openpyxl)
        if isinstance(exc, FileNotFoundError):
            raise UserError(Msg.IMPORT_FILE_MISSING, path=str(path)) from None
        raise UserError(Msg.IMPORT_NOT_READABLE, path=str(path)) from None
    position = {"row": 0}
    header: list[str] = []
    for number, row in enumerate(values, 1):
        position["row"] = number
        if row and any(v not in (None, "") for v in row):
            header = [_cell(v) for v in row]
            break
    if not header:
        book.close()
        raise UserError(Msg.IMPORT_NOT_READABLE, path=str(path))
    while header and not header[-1]:
        header.pop()

    def rows() -> Iterator[SourceRow]:
        for number, row in enumerate(values, position["row"] + 1):
            position["row"] = number
            yield SourceRow(number, [_cell(v) for v in row])

    return Table("xlsx", header, rows(), ";", lambda: position["row"] / total if total else 0.0, [book.close])


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.datetime):
        return f"{value:%d-%m-%Y}" if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
