"""Importing the shop's existing customers: CSV, Excel .xlsx or vCard (services/import_formats.py), in any of
the layouts services/import_layouts.py knows, or as the owner maps the columns.

The file is read row by row and inserted in batches inside one transaction, so memory stays flat however long
the file is, and all or nothing still holds: without ``skip_invalid`` one bad row imports nothing and every bad
row is reported with its line number (an interrupted or cancelled import leaves the register as it was); with
it, the good rows go in and the bad ones are written to a rejects file beside the input (through the one
writer, services/outputs.py: an existing one is replaced only with ``overwrite``).

No column with data is dropped without a word: a column that fits no field and was not left out or put in the
notes by the owner stops the import, naming it. A contact that matches an existing customer, or an earlier row
of the same file (same email, or same name and postcode: services/import_duplicates.py), is refused as such
unless the owner chose to skip, add or merge duplicates.

The rejects file and the list of bad rows (command line, window) keep nothing they must not: a card number or
BSN is masked, a value echoed in a reason is cut short, every cell is safe to open in a spreadsheet (a formula
start gets an apostrophe, which a re-import of the rejects file takes off again), and the row of a person on
the erasure ledger is not copied at all: only its line number and the date the person asked to be erased.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.card_numbers import mask_card_numbers_and_bsns
from ..domain.customer import CustomerCard
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.validation import normalise_country, validate_card
from ..store import customers as store
from . import import_layouts as layouts
from .audit import Action, AuditLog
from .import_duplicates import Duplicates, combine_pending, merge
from .import_formats import open_table
from .import_rows import RowReader, short
from .outputs import FORMULA_START, safe_cell as _formula_safe

REASON_COLUMN = "reden"
LINE_COLUMN = "regel"
BATCH = 500
UNKNOWN_LISTED = 200  # rows without a country the window lists to ask about (the rest: NL)
LISTED = 1000  # bad rows kept for the list; the count and the rejects file have them all
DUPLICATES = ("skip", "add", "merge")


@dataclass
class RowProblem:
    """A refused row; its errors echo no card number, no BSN and no long value (see :func:`_safe_error`)."""

    line: int
    errors: list[FieldError]
    columns: dict[str, str] = field(default_factory=dict)  # field → the file's column header, to name it

    @property
    def reasons(self) -> list[str]:
        return [f"{self.columns[e.field]}: {e}" if e.field in self.columns else str(e) for e in self.errors]


@dataclass
class ImportResult:
    imported: int
    problems: list[RowProblem] = field(default_factory=list)
    rejects_path: Path | None = None
    merged: int = 0
    skipped: int = 0  # duplicates skipped at the owner's choice
    skipped_rows: list[tuple[int, int | None, int | None]] = field(default_factory=list)  # line, same line, id
    layout: str = "plain"
    left_out: list[str] = field(default_factory=list)  # columns not imported (the owner's or the layout's)
    problem_count: int = 0


@dataclass
class Preview:
    """What the window's mapping step shows: the columns, the first rows, and a field for each column."""

    kind: str
    layout: str
    header: list[str]
    rows: list[list[str]]
    fields: list[str | None]
    remembered: bool = False
    unknown_countries: list[tuple[int, str]] = field(default_factory=list)  # line, who: no country to tell
    unknown_count: int = 0


class ImportRejected(UserError):
    """Bad rows and no --skip-invalid: nothing was imported."""

    def __init__(self, problems: list[RowProblem], count: int | None = None) -> None:
        super().__init__(Msg.IMPORT_ROWS_INVALID, count=count if count is not None else len(problems))
        self.problems = problems


def safe_cell(text: str) -> str:
    """A cell for the rejects file: card numbers and BSNs masked, a formula start neutralised."""
    return _formula_safe(mask_card_numbers_and_bsns(text))


def _unescape(cell: str) -> str:
    """The apostrophe :func:`safe_cell` put before a formula start, taken off when a rejects file comes back."""
    return cell[1:] if cell.startswith("'") and cell[1:].lstrip(" ").startswith(FORMULA_START) else cell


def _safe_error(error: FieldError) -> FieldError:
    """The same sentence with every echoed value masked and cut to a readable length."""
    return FieldError(error.field, error.template, **{k: short(v) for k, v in error.params.items()})


def preview(path: Path, *, remembered: list[str | None] | None = None, delimiter: str | None = None,
            count: int = 5) -> Preview:
    table = open_table(Path(path), delimiter=delimiter)
    try:
        rows = []
        for row in table.rows:
            if any(c.strip() for c in row.cells):
                rows.append(row.cells)
            if len(rows) >= count:
                break
    finally:
        table.close()
    fields = layouts.propose(table.header)
    usable = remembered is not None and len(remembered) == len(table.header)
    result = Preview(table.kind, layouts.layout_of(table.header, table.kind), table.header, rows,
                     list(remembered) if usable else fields, usable)
    _unknown_countries(Path(path), delimiter, result)
    return result


def _unknown_countries(path: Path, delimiter: str | None, preview: Preview) -> None:
    """The rows (of the whole file, read once more) whose country nothing tells, for the window to ask about."""
    reader = RowReader(preview.header, preview.fields)
    table = open_table(path, delimiter=delimiter)
    try:
        for row in table.rows:
            if row.problem is not None or not any(c.strip() for c in row.cells):
                continue
            try:
                reader.card(row.cells, country="")
            except ValidationFailed as exc:
                if any(e.template == Msg.IMPORT_COUNTRY_UNKNOWN for e in exc.errors):
                    preview.unknown_count += 1
                    if len(preview.unknown_countries) < UNKNOWN_LISTED:
                        who = reader.identity(row.cells).display_name() or f"#{row.line}"
                        preview.unknown_countries.append((row.line, short(who)))
    finally:
        table.close()


def _country_choice(value: str) -> str:
    if value.strip().lower() == "ask":
        return ""
    try:
        return normalise_country(value)
    except FieldError:
        raise UserError(Msg.IMPORT_COUNTRY_CHOICE_INVALID, value=short(value)) from None


def import_file(path: Path, *, db, audit: AuditLog, today: dt.date, now: dt.datetime, skip_invalid: bool = False,
                progress: Callable[[int, int], None] | None = None,
                erased: Callable[[CustomerCard], dict | None] | None = None,
                fields: list[str | None] | None = None, mapping: dict[str, str] | None = None,
                ignore: Sequence[str] = (), notes: Sequence[str] = (), duplicates: str | None = None,
                overwrite: bool = False, delimiter: str | None = None, country_unknown: str = "NL",
                countries: dict[int, str] | None = None) -> ImportResult:
    """``erased`` finds a row's person in the erasure ledger: such a row is not imported (the person asked to
    be forgotten), and is listed with the date. ``fields`` (one per column) is the window's mapping;
    ``mapping``, ``ignore`` and ``notes`` are the command line's. ``duplicates``: None (refused as bad rows),
    "skip", "add" or "merge". ``country_unknown``: the country of a row whose country nothing tells (a
    two-letter code, or "ask": such a row is a bad one); ``countries``: the window's choice per line for those."""
    path = Path(path)
    if duplicates is not None and duplicates not in DUPLICATES:
        raise UserError(Msg.IMPORT_DUPLICATES_UNKNOWN, value=duplicates)
    if not path.is_file():
        raise UserError(Msg.IMPORT_FILE_MISSING, path=str(path))
    fallback = _country_choice(country_unknown)
    chosen = {line: _country_choice(code) or "NL" for line, code in (countries or {}).items()}
    table = open_table(path, delimiter=delimiter)
    try:
        return _import(db, table, path, audit, today, now, skip_invalid, progress, erased, fields, mapping, ignore,
                       notes, duplicates, overwrite, (fallback, chosen))
    finally:
        table.close()


import_csv = import_file  # its former name


def _import(db, table, path, audit, today, now, skip_invalid, progress, erased, fields, mapping, ignore, notes,
            duplicates, overwrite, country) -> ImportResult:
    fallback, chosen = country
    header = table.header
    if fields is None or len(fields) != len(header):
        fields = layouts.propose(header)
    fields = layouts.apply_choices(header, fields, mapping=mapping, ignore=ignore, notes=notes)
    layouts.check_names(fields)
    reader = RowReader(header, fields)
    columns = {}
    for i, f in enumerate(fields):
        if f and f not in (layouts.SKIP, layouts.EXTRA):
            columns.setdefault(f.split(".")[0], " ".join(header[i].split())[:40])
    if "birth_date" in columns:
        columns["age"] = columns["birth_date"]
    unknown = [i for i, f in enumerate(fields) if f is None]
    unknown_with_data: set[int] = set()
    matcher = Duplicates() if duplicates != "add" else None

    result = ImportResult(0, layout=layouts.layout_of(header, table.kind))
    rejected: list[tuple[int, list[str] | None, str]] = []  # line, cells (None: an erased person's), reason
    batch: list[CustomerCard] = []
    lines: dict[int, tuple[int, list[int]]] = {}  # line → its card's place in the batch, its duplicate keys
    first_id = last_id = None

    def refuse(line: int, errors: list[FieldError], cells: list[str] | None) -> None:
        problem = RowProblem(line, errors, columns if cells is not None else {})
        result.problem_count += 1
        if len(result.problems) < LISTED:
            result.problems.append(problem)
        if skip_invalid:
            rejected.append((line, cells, " ".join(problem.reasons)))

    def flush() -> None:
        nonlocal first_id, last_id
        if batch and (skip_invalid or not result.problem_count):
            ids = store.insert_many(batch, now)
            if ids:
                first_id = ids[0] if first_id is None else first_id
                last_id = ids[-1]
                result.imported += len(ids)
                if matcher is not None:
                    for line, (index, keys) in lines.items():
                        matcher.inserted(keys, line, batch[index].address.house_number, ids[index])
        batch.clear()
        lines.clear()
        if progress:
            progress(int(table.fraction() * 1000), 1000)

    with db.atomic():
        for row in table.rows:
            cells = row.cells
            if not any(c.strip() for c in cells):
                continue
            for i in unknown:
                if i < len(cells) and cells[i].strip() and not layouts.is_placeholder(cells[i]):
                    unknown_with_data.add(i)
            if "'" in "".join(cells):  # rarely: only then a cell may carry the apostrophe of safe_cell
                cells = [_unescape(c) for c in cells]
            card, errors = None, []
            if row.problem is not None:
                errors = [row.problem]
            else:
                try:
                    card, birth = reader.card(cells, chosen.get(row.line, fallback) if chosen else fallback)
                    card = validate_card(card, today=today, birth_date=birth, allow_unconfirmed_age=True)
                except ValidationFailed as exc:
                    card, errors = None, exc.errors
            entry = erased(card if card is not None else reader.identity(cells)) if erased else None
            if entry is not None:  # the person asked to be erased: nothing of the row is kept, not even its errors
                day = dt.date.fromisoformat(str(entry.get("asked_on") or entry["at"])[:10])  # when the person asked
                refuse(row.line, [FieldError("name", Msg.ERASED_BEFORE, date=f"{day:%d-%m-%Y}")], None)
            elif errors:
                refuse(row.line, [_safe_error(e) for e in errors], row.cells)
            else:
                match = matcher.find(card) if matcher else None
                if match is None:
                    if matcher is not None:
                        lines[row.line] = (len(batch), matcher.add(card, row.line))
                    batch.append(card)
                else:
                    if matcher is not None:  # a later row that is the same person finds the one it is
                        keys = matcher.add(card, match.line or row.line, match.customer)
                        if match.customer is None and match.line in lines:
                            lines[match.line][1].extend(keys)  # ...also once that row is in the register
                    if duplicates == "skip":
                        result.skipped += 1
                        if len(result.skipped_rows) < LISTED:
                            result.skipped_rows.append((row.line, match.line, match.customer))
                    elif duplicates == "merge":
                        if match.customer is None:  # the earlier row still waits in the batch
                            index, error = lines.get(match.line, (None, []))[0], None
                            if index is not None:  # (not when the batch was dropped: nothing is imported then)
                                merged, error = combine_pending(batch[index], card, today)
                                batch[index] = merged or batch[index]
                        else:
                            error = merge(db, match.customer, card, audit, today, now)
                        if error is None:
                            result.merged += 1
                        else:
                            refuse(row.line, [_safe_error(error)], row.cells)
                    elif match.line is not None:
                        refuse(row.line, [FieldError("row", Msg.IMPORT_DUPLICATE_IN_FILE, line=match.line)], row.cells)
                    else:
                        refuse(row.line, [FieldError("row", Msg.IMPORT_DUPLICATE, value=match.customer)], row.cells)
            if len(batch) >= BATCH:
                flush()
        flush()
        if unknown_with_data:
            raise UserError(Msg.IMPORT_COLUMNS_LEFT_OUT, columns=", ".join(
                f"“{' '.join(header[i].split())[:40]}”" for i in sorted(unknown_with_data)))
        if result.problem_count and not skip_invalid:
            raise ImportRejected(result.problems, result.problem_count)
        if result.imported:
            audit.record(Action.IMPORT, None, f"{result.imported} customers, ids {first_id}-{last_id}")
        if rejected:  # written before the import commits: a folder that cannot take it imports nothing
            from . import outputs

            result.rejects_path = path.with_name(f"{path.stem}.rejects.csv")
            data = _rejects(table.delimiter, header, rejected)
            outputs.write(result.rejects_path, data, overwrite=overwrite)
    result.left_out = [" ".join(h.split()) for h, f in zip(header, fields) if f in (layouts.SKIP, layouts.EXTRA)
                       or f is None]
    logging.getLogger(__name__).info("import: %d customers in, %d rows refused, %d merged, %d skipped",
                                     result.imported, result.problem_count, result.merged, result.skipped)
    if progress:
        progress(1000, 1000)
    return result


def _rejects(delimiter: str, header: list[str], rejected: list[tuple[int, list[str] | None, str]]) -> bytes:
    width = len(header)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow([safe_cell(h) for h in (*header, LINE_COLUMN, REASON_COLUMN)])
    for line, raw, reason in rejected:
        cells = [""] * width if raw is None else [*raw[:width], *[""] * (width - len(raw))]
        extra = [] if raw is None else raw[width:]
        writer.writerow([safe_cell(c) for c in (*cells, str(line), reason, *extra)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
