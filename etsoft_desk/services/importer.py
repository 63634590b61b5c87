"""Importing the shop's existing customer file: CSV as Excel saves it, in Dutch or English.

All or nothing: without ``skip_invalid`` one bad row imports nothing and every bad row is
reported with its line number; with it, the good rows go in and the bad ones are written to a
rejects file beside the input. The import runs in one transaction, so an interrupted import
leaves the register as it was.

The rejects file and the list of bad rows (command line, window) keep nothing they must not: a card number or
BSN is masked, a value echoed in a reason is cut short, every cell is safe to open in a spreadsheet (a formula
start gets an apostrophe, which a re-import of the rejects file takes off again), and the row of a person on
the erasure ledger is not copied at all: only its line number and the date the person asked to be erased.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import logging
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.card_numbers import mask_card_numbers_and_bsns
from ..domain.customer import Address, CustomerCard, SourceKind
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.validation import (normalise_country, normalise_email, normalise_postcode, parse_date, parse_house_number,
                                 validate_card)
from ..store import customers as store
from ..store.models import database_proxy
from .audit import Action, AuditLog

HEADERS = {
    "first_name": ("voornaam", "firstname", "first_name", "roepnaam"),
    "infix": ("tussenvoegsel", "tussenvoegsels", "infix", "prefix"),
    "last_name": ("achternaam", "lastname", "last_name", "surname", "familienaam"),
    "email": ("email", "e-mail", "e_mail", "emailadres", "e-mailadres", "mail"),
    "phone": ("telefoon", "telefoonnummer", "phone", "tel", "mobiel", "gsm", "phone_number"),
    "street": ("straat", "street", "adres", "straatnaam"),
    "house_number": ("huisnummer", "house_number", "housenumber", "nr", "nummer"),
    "house_number_addition": ("toevoeging", "huisnummertoevoeging", "addition", "house_number_addition"),
    "postcode": ("postcode", "postal_code", "zip", "zipcode"),
    "city": ("plaats", "woonplaats", "city", "town", "gemeente"),
    "country": ("land", "country"),
    "birth_date": ("geboortedatum", "birth_date", "birthdate", "date_of_birth", "dob"),
    "notes": ("notities", "notes", "opmerkingen", "notitie", "opmerking"),
}
_LOOKUP = {re.sub(r"[\s_\-.]", "", alias): key for key, aliases in HEADERS.items() for alias in aliases}
REASON_COLUMN = "reden"
LINE_COLUMN = "regel"
VALUE_LIMIT = 60  # characters of a value echoed in a reason ("“…” is not a valid email address.")
# What makes a spreadsheet read a cell as a formula (OWASP CSV injection), also in full-width form.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


@dataclass
class RowProblem:
    """A refused row; its errors echo no card number, no BSN and no long value (see :func:`_safe_error`)."""

    line: int
    errors: list[FieldError]
    columns: dict[str, str] = field(default_factory=dict)  # field → the file's column header, to name it

    @property
    def reasons(self) -> list[str]:
        return [f"{self.columns[e.field]}: {e}" if e.field in self.columns else str(e) for e in self.errors]


def safe_cell(text: str) -> str:
    """A cell for the rejects file: card numbers and BSNs masked, a formula start neutralised."""
    text = mask_card_numbers_and_bsns(text)
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text


def _unescape(cell: str) -> str:
    """The apostrophe :func:`safe_cell` put before a formula start, taken off when a rejects file comes back."""
    return cell[1:] if cell.startswith("'") and cell[1:].lstrip(" ").startswith(_FORMULA_START) else cell


def _short(value: object) -> object:
    if not isinstance(value, str):
        return value
    value = " ".join(mask_card_numbers_and_bsns(value).split())
    return value if len(value) <= VALUE_LIMIT else value[:VALUE_LIMIT - 1] + "…"


def _safe_error(error: FieldError) -> FieldError:
    """The same sentence with every echoed value masked and cut to a readable length."""
    return FieldError(error.field, error.template, **{k: _short(v) for k, v in error.params.items()})


@dataclass
class ImportResult:
    imported: int
    problems: list[RowProblem] = field(default_factory=list)
    rejects_path: Path | None = None


class ImportRejected(UserError):
    """Bad rows and no --skip-invalid: nothing was imported."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(Msg.IMPORT_ROWS_INVALID, count=len(problems))
        self.problems = problems


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _header_key(text: str) -> str | None:
    return _LOOKUP.get(re.sub(r"[\s_\-.]", "", text.strip().lower()))


_MULTI_EMAIL = re.compile(r"[;,|/]|\s{2,}")
_MULTI_PHONE = re.compile(r"[;,|]|\s/\s")


def _split(value: str, pattern: re.Pattern) -> list[str]:
    """Several addresses or numbers in one cell, as people type them ("a@x.nl; b@y.nl")."""
    return [v for v in (p.strip() for p in pattern.split(value)) if v] if value else []


def _card_from_row(values: dict[str, str]) -> tuple[CustomerCard, dt.date | None]:
    errors: list[FieldError] = []
    number, addition = None, values.get("house_number_addition", "")
    try:
        number, parsed_addition = parse_house_number(values.get("house_number", ""))
        addition = addition or parsed_addition
    except FieldError as exc:
        errors.append(exc)
    birth = None
    try:
        birth = parse_date(values.get("birth_date", ""), "age", Msg.BIRTH_DATE_INVALID)
    except FieldError as exc:
        errors.append(exc)
    if errors:
        raise ValidationFailed(errors)
    card = CustomerCard(
        first_name=values.get("first_name", ""), infix=values.get("infix", ""), last_name=values.get("last_name", ""),
        emails=_split(values.get("email", ""), _MULTI_EMAIL),
        phones=_split(values.get("phone", ""), _MULTI_PHONE),
        address=Address(street=values.get("street", ""), house_number=number, house_number_addition=addition,
                        postcode=values.get("postcode", ""), city=values.get("city", ""),
                        country=values.get("country", "")),
        source_kind=SourceKind.CUSTOMER, notes=values.get("notes", ""),
    )
    return card, birth


def _identity(values: dict[str, str]) -> CustomerCard:
    """What the erasure ledger needs of a row that did not validate (emails, name and postcode), as far as it
    can be read: an erased person's row is refused as such whatever else is wrong with it."""
    emails = []
    for raw in _split(values.get("email", ""), _MULTI_EMAIL):
        try:
            emails.append(normalise_email(raw))
        except FieldError:
            pass
    try:
        country = normalise_country(values.get("country", ""))
    except FieldError:
        country = "NL"
    try:
        postcode = normalise_postcode(values.get("postcode", ""), country)
    except FieldError:
        postcode = ""
    try:  # with the house number, the ledger tells this person from a namesake in the same postcode
        number, addition = parse_house_number(values.get("house_number", ""))
        addition = (values.get("house_number_addition", "").strip() or addition).upper()
    except FieldError:
        number, addition = None, ""
    return CustomerCard(first_name=values.get("first_name", "").strip(), infix=values.get("infix", "").strip().lower(),
                        last_name=values.get("last_name", "").strip(), emails=emails,
                        address=Address(postcode=postcode, country=country, house_number=number,
                                        house_number_addition=addition))


def import_csv(path: Path, *, audit: AuditLog, today: dt.date, now: dt.datetime, skip_invalid: bool = False,
               progress: Callable[[int, int], None] | None = None,
               erased: Callable[[CustomerCard], dict | None] | None = None) -> ImportResult:
    """``erased`` finds a row's person in the erasure ledger: such a row is not imported (the person asked to
    be forgotten), and is listed with the date."""
    path = Path(path)
    if not path.is_file():
        raise UserError(Msg.IMPORT_FILE_MISSING, path=str(path))
    try:
        text = _decode(path.read_bytes())
        sample = text[:4096]
        first_line = sample.splitlines()[0] if sample else ""
        delimiter = max(";,\t", key=first_line.count)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = next(reader)
    except (StopIteration, csv.Error, IndexError):
        raise UserError(Msg.IMPORT_NOT_CSV, path=str(path)) from None
    keys = [_header_key(h) for h in header]
    columns = {k: " ".join(header[i].split())[:40] for i, k in enumerate(keys) if k}
    if "birth_date" in columns:
        columns["age"] = columns["birth_date"]
    if "first_name" not in keys and "last_name" not in keys:
        raise UserError(Msg.IMPORT_NO_NAME_COLUMN)

    rows = []
    try:
        last = reader.line_num
        for raw in reader:  # a row's line is where it starts (a quoted cell may hold line breaks)
            rows.append((last + 1, raw))
            last = reader.line_num
    except csv.Error:
        raise UserError(Msg.IMPORT_NOT_CSV, path=str(path)) from None

    cards: list[CustomerCard] = []
    problems: list[RowProblem] = []
    rejected: list[tuple[int, list[str] | None, str]] = []  # line, cells (None: an erased person's), reason
    total = len(rows)
    for done, (line, raw) in enumerate(rows, 1):
        if not any(cell.strip() for cell in raw):
            continue
        values = {k: (raw[i].strip() if i < len(raw) else "") for i, k in enumerate(keys) if k}
        if "'" in "".join(raw):  # rarely: only then a cell may carry the apostrophe of safe_cell
            values = {k: _unescape(v) for k, v in values.items()}
        card, errors = None, []
        try:
            card, birth = _card_from_row(values)
            card = validate_card(card, today=today, birth_date=birth, allow_unconfirmed_age=True)
        except ValidationFailed as exc:
            card, errors = None, exc.errors
        entry = erased(card if card is not None else _identity(values)) if erased else None
        if entry is not None:  # the person asked to be erased: nothing of the row is kept, not even its errors
            day = dt.date.fromisoformat(str(entry.get("asked_on") or entry["at"])[:10])  # when the person asked
            problem = RowProblem(line, [FieldError("name", Msg.ERASED_BEFORE, date=f"{day:%d-%m-%Y}")])
            problems.append(problem)
            rejected.append((line, None, " ".join(problem.reasons)))
        elif errors:
            problem = RowProblem(line, [_safe_error(e) for e in errors], columns)
            problems.append(problem)
            rejected.append((line, raw, " ".join(problem.reasons)))
        else:
            cards.append(card)
        if progress and done % 1000 == 0:
            progress(done, total)

    if problems and not skip_invalid:
        raise ImportRejected(problems)
    rejects_path = path.with_name(f"{path.stem}.rejects.csv") if rejected else None
    # Written before the import commits (a folder that cannot take it imports nothing), put in place after.
    pending = _write_rejects(rejects_path, delimiter, header, rejected) if rejects_path else None
    try:
        with database_proxy.atomic():
            ids = store.insert_many(cards, now)
            if ids:
                audit.record(Action.IMPORT, None, f"{len(ids)} customers, ids {ids[0]}-{ids[-1]}")
    except BaseException:
        if pending:
            pending.unlink(missing_ok=True)
        raise
    log = logging.getLogger(__name__)
    log.info("import: %d customers in, %d rows refused", len(ids), len(problems))
    if pending:
        try:
            os.replace(pending, rejects_path)
        except OSError as exc:
            pending.unlink(missing_ok=True)
            log.warning("import: the rejects file could not be put in place (%s)", type(exc).__name__)
            rejects_path = None
    if progress:
        progress(total, total)
    return ImportResult(imported=len(cards), problems=problems, rejects_path=rejects_path)


def _write_rejects(target: Path, delimiter: str, header: list[str],
                   rejected: list[tuple[int, list[str] | None, str]]) -> Path:
    """The rejects file under a temporary name beside ``target``, synced; a sentence if it cannot be written."""
    pending = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    width = len(header)
    try:
        if target.is_dir():
            raise IsADirectoryError(target)
        with open(pending, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh, delimiter=delimiter)
            writer.writerow([safe_cell(h) for h in (*header, LINE_COLUMN, REASON_COLUMN)])
            for line, raw, reason in rejected:
                cells = [""] * width if raw is None else [*raw[:width], *[""] * (width - len(raw))]
                extra = [] if raw is None else raw[width:]
                writer.writerow([safe_cell(c) for c in (*cells, str(line), reason, *extra)])
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            pending.unlink(missing_ok=True)
        raise UserError(Msg.IMPORT_REJECTS_NOT_WRITTEN, path=str(target)) from None
    return pending
