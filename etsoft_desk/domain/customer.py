"""The customer card and its history as plain records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Service(StrEnum):
    """What the shop does: what a customer is interested in, and the kind of a service job."""

    REMOTE_HELP = "remote_help"
    REPAIR = "repair"
    INSTALLATION = "installation"


Interest = Service
JobKind = Service


class AgeCheck(StrEnum):
    ID_SHOWN = "id_shown"
    SELF_DECLARED = "self_declared"
    BIRTH_DATE = "birth_date"  # checked against a date of birth given on import; the date is not kept


class SourceKind(StrEnum):
    CUSTOMER = "customer"
    THIRD_PARTY = "third_party"


class JobStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass
class Address:
    street: str = ""
    house_number: int | None = None
    house_number_addition: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"

    def house_number_text(self) -> str:
        if self.house_number is None:
            return ""
        return f"{self.house_number}{('-' + self.house_number_addition) if self.house_number_addition else ''}"


@dataclass
class CustomerCard:
    """What the owner fills in on the customer card (already validated when it comes back from
    :func:`etsoft_desk.domain.validation.validate_card`)."""

    first_name: str = ""
    infix: str = ""  # tussenvoegsel: "van der", "de"
    last_name: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)  # E.164 once validated
    address: Address = field(default_factory=Address)
    age_confirmed: bool = False
    age_check: AgeCheck | None = None
    age_checked_on: dt.date | None = None
    source_kind: SourceKind = SourceKind.CUSTOMER
    source_name: str = ""
    source_date: dt.date | None = None
    source_how: str = ""
    interests: set[Interest] = field(default_factory=set)
    notes: str = ""

    def display_name(self) -> str:
        return display_name(self.first_name, self.infix, self.last_name)


def display_name(first: str, infix: str, last: str) -> str:
    """"Jan van der Berg": the Dutch reading order."""
    return " ".join(p for p in (first, infix, last) if p)


def postal_lines(a: Address) -> list[str]:
    """The address as a letter carries it: street and number, postcode and place, the country outside NL."""
    if not a.street:
        return []
    return [f"{a.street} {a.house_number_text()}".strip(), f"{a.postcode}  {a.city}".strip(),
            *([a.country] if a.country != "NL" else [])]


def sort_name(first: str, infix: str, last: str) -> str:
    """"Berg, Jan van der": how a Dutch register sorts (the tussenvoegsel does not count)."""
    head = last or first
    tail = " ".join(p for p in ((first if last else ""), infix) if p)
    return f"{head}, {tail}" if tail else head


@dataclass
class Visit:
    date: dt.date
    purpose: str = ""
    id: int | None = None


@dataclass
class ServiceJob:
    date: dt.date
    kind: JobKind
    device: str = ""
    serial_number: str = ""
    description: str = ""
    status: JobStatus = JobStatus.OPEN
    id: int | None = None


@dataclass
class Invoice:
    number: str
    date: dt.date
    amount: Decimal
    id: int | None = None
