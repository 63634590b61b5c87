"""Corrections of the card's history (Art. 16): a visit, a service job or an invoice's register entry.

The rows of the history are named as ``table.field`` ("service_job.serial_number"): the correction history,
the audit log (names only, never values) and a restriction for contested accuracy (Art. 18(1)(a)) use the same
names. A restriction may also name a whole table ("service_job": every field of every service job).

An invoice is a tax document: the shop issued it and keeps it (AWR art. 52, seven years), and an issued
invoice is never altered; a wrong invoice is set right with a credit note and a new invoice (with its own
number). What the register can correct is its own entry of the invoice (a mistyped date or amount), to match
the invoice as it was issued. The invoice number is the invoice's identity and is never changed: a corrected
entry with another number would no longer be the same invoice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .customer import JobKind
from .errors import FieldError, UserError
from .messages import Msg
from .personal_data import CORRECTED_FIELDS, SERVICES
from .search import fold
from .validation import parse_amount, parse_date


class RowKind(StrEnum):
    """The history tables whose rows can be corrected (the names of their tables)."""

    VISIT = "visit"
    SERVICE_JOB = "service_job"
    INVOICE = "invoice"


# What may be corrected, per table (the attribute of the record; the invoice's amount is stored in cents).
FIELDS: dict[RowKind, tuple[str, ...]] = {
    RowKind.VISIT: ("date", "purpose"),
    RowKind.SERVICE_JOB: ("date", "kind", "device", "serial_number", "description"),
    RowKind.INVOICE: ("date", "amount"),
}
COLUMN = {"amount": "amount_cents"}  # where a field's column is named otherwise

# How the card, the refusals, the banner and the letters call them.
TABLE_LABELS = {"visit": "bezoeken", "service_job": "servicebeurten", "invoice": "facturen"}
FIELD_LABELS = CORRECTED_FIELDS  # "service_job.serial_number": "servicebeurt: serienummer" (the registry's codes)
HISTORY_FIELDS = tuple(f"{kind.value}.{f}" for kind, fields in FIELDS.items() for f in fields)

# Words in a disclosure's description ("what") that say the recipient received rows of that table. A
# disclosure is free text: these are the words the shop writes for them ("facturen over 2026", "serienummer en
# omschrijving van de reparatie"). "alle gegevens" names everything.
RECEIVED_WORDS = {"visit": ("bezoek",),
                  "service_job": ("servicebeurt", "serienummer", "apparaat", "reparatie", "installatie", "werkbon"),
                  "invoice": ("factu", "bedrag", "boekhoud")}
EVERYTHING = ("alle gegevens", "volledige klantkaart")


def qualified(kind: RowKind, name: str) -> str:
    return f"{kind.value}.{name}"


def field_of(kind: RowKind, name: str) -> str:
    """The field as typed ("serial_number" or "service_job.serial_number"), checked against what may be
    corrected; the invoice number is refused with the reason."""
    short = name.strip().lower().replace("-", "_")
    if short.startswith(kind.value + "."):
        short = short[len(kind.value) + 1:]
    if kind is RowKind.INVOICE and short == "number":
        raise UserError(Msg.INVOICE_NUMBER_FIXED)
    if short not in FIELDS[kind]:
        raise UserError(Msg.CORRECTION_FIELD_UNKNOWN, value=name, fields=", ".join(FIELDS[kind]))
    return short


def parse_value(kind: RowKind, name: str, value):
    """The value for the field: a date (dd-mm-jjjj or ISO), an amount ("49,95"), a kind of service (its code
    or Dutch name), or text; values already typed pass as they are."""
    if name == "date":
        if isinstance(value, dt.date):
            return value
        day = parse_date(str(value), "date")
        if day is None:
            raise FieldError("date", Msg.REQUIRED)
        return day
    if name == "amount":
        return value if isinstance(value, Decimal) else parse_amount(str(value))
    if name == "kind":
        if isinstance(value, JobKind):
            return value
        typed = fold(str(value).strip()).replace(" ", "_")
        for code, dutch in SERVICES.items():
            if typed in (code, fold(dutch).replace(" ", "_")):
                return JobKind(code)
        raise FieldError("kind", Msg.SERVICE_KIND_UNKNOWN, value=str(value).strip(), kinds=", ".join(SERVICES))
    return str(value)


def received(kind: RowKind, row_dates: list[dt.date], disclosures: list[tuple[str, dt.datetime]]) -> bool:
    """Whether a recipient received a row of this table: one of its disclosures of the customer names such
    data (or everything), and was made on or after the row's date (earlier, the row did not exist yet)."""
    since = min(row_dates)
    for what, at in disclosures:
        text = fold(what)
        if at.date() >= since and any(w in text for w in RECEIVED_WORDS[kind.value] + EVERYTHING):
            return True
    return False


@dataclass(frozen=True)
class Correction:
    """One corrected field of one history row: the value before and after, as the access report shows it."""

    id: int
    customer_id: int
    row_kind: RowKind
    row_id: int
    field: str  # qualified: "service_job.serial_number"
    old_value: str
    new_value: str
    corrected_at: dt.datetime
    recorded_by: str
    request_id: int | None = None
    notices: list[tuple[str, str, dt.datetime]] = field(default_factory=list)  # recipient, document id, made

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

