"""Importing the shop's existing customer file: CSV as Excel saves it, in Dutch or English.

All or nothing: without ``skip_invalid`` one bad row imports nothing and every bad row is
reported with its line number; with it, the good rows go in and the bad ones are written to a
rejects file beside the input. The import runs in one transaction, so an interrupted import
leaves the register as it was.
"""

from __future__ import annotations

import logging

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.customer import Address, CustomerCard, SourceKind
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.validation import parse_date, parse_house_number, validate_card
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


@dataclass
class RowProblem:
    line: int
    errors: list[FieldError]

    @property
    def reasons(self) -> list[str]:
        return [str(e) for e in self.errors]


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
    if "first_name" not in keys and "last_name" not in keys:
        raise UserError(Msg.IMPORT_NO_NAME_COLUMN)

    rows = []
    try:
        for raw in reader:
            rows.append((reader.line_num, raw))
    except csv.Error:
        raise UserError(Msg.IMPORT_NOT_CSV, path=str(path)) from None

    cards: list[CustomerCard] = []
    problems: list[RowProblem] = []
    rejected: list[tuple[list[str], str]] = []
    total = len(rows)
    for done, (line, raw) in enumerate(rows, 1):
        if not any(cell.strip() for cell in raw):
            continue
        values = {k: (raw[i].strip() if i < len(raw) else "") for i, k in enumerate(keys) if k}
        try:
            card, birth = _card_from_row(values)
            card = validate_card(card, today=today, birth_date=birth, allow_unconfirmed_age=True)
            entry = erased(card) if erased else None
            if entry is not None:
                day = dt.date.fromisoformat(str(entry.get("asked_on") or entry["at"])[:10])
                raise ValidationFailed([FieldError("name", Msg.ERASED_BEFORE, date=f"{day:%d-%m-%Y}")])
            cards.append(card)
        except ValidationFailed as exc:
            problem = RowProblem(line, exc.errors)
            problems.append(problem)
            rejected.append((raw, " ".join(problem.reasons)))
        if progress and done % 1000 == 0:
            progress(done, total)

    if problems and not skip_invalid:
        raise ImportRejected(problems)
    with database_proxy.atomic():
        ids = store.insert_many(cards, now)
        if ids:
            audit.record(Action.IMPORT, None, f"{len(ids)} customers, ids {ids[0]}-{ids[-1]}")
    logging.getLogger(__name__).info("import: %d customers in, %d rows refused", len(ids), len(problems))
    if progress:
        progress(total, total)
    rejects_path = None
    if rejected:
        rejects_path = path.with_name(f"{path.stem}.rejects.csv")
        with open(rejects_path, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh, delimiter=delimiter)
            writer.writerow([*header, REASON_COLUMN])
            for raw, reason in rejected:
                writer.writerow([*raw, reason])
    return ImportResult(imported=len(cards), problems=problems, rejects_path=rejects_path)
