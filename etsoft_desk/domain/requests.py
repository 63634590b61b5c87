"""Data-subject requests and their legal terms (GDPR Art. 12(3) and 12(4)).

Due one calendar month after receipt. An extension of up to two more months is possible only before the
first month ends and only with reasons told to the person; a refusal also within the month, with reasons and
the complaint route.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from .dates import add_months
from .errors import UserError
from .messages import Msg


class RequestKind(StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PORTABILITY = "portability"
    CONSENT_WITHDRAWAL = "consent_withdrawal"


class RequestChannel(StrEnum):
    COUNTER = "counter"
    EMAIL = "email"
    LETTER = "letter"


class IdentityCheck(StrEnum):
    ID_SHOWN = "id_shown"  # shown at the counter; no copy is kept
    KNOWN_CUSTOMER = "known_customer"
    REGISTERED_EMAIL = "registered_email"  # the request came from, or is answered to, the registered address


class RequestStatus(StrEnum):
    OPEN = "open"
    EXTENDED = "extended"
    DONE = "done"
    REFUSED = "refused"


@dataclass(frozen=True)
class DataRequest:
    id: int
    customer_id: int | None
    kind: RequestKind
    received_on: dt.date
    channel: RequestChannel
    identity: IdentityCheck | None
    answer_to: str
    status: RequestStatus
    extended_months: int = 0
    extension_reason: str = ""
    outcome: str = ""
    closed_on: dt.date | None = None
    requester_name: str = ""  # someone who is not a customer; "[gewist]" once retention anonymised it

    @property
    def not_customer(self) -> bool:
        """From someone the register holds nothing about (answered with the "Nee" access report)."""
        return self.customer_id is None and bool(self.requester_name)

    @property
    def first_due(self) -> dt.date:
        return add_months(self.received_on, 1)

    @property
    def due(self) -> dt.date:
        return add_months(self.received_on, 1 + self.extended_months)

    @property
    def open(self) -> bool:
        return self.status in (RequestStatus.OPEN, RequestStatus.EXTENDED)


def check_extension(request: DataRequest, months: int, reason: str, today: dt.date) -> None:
    if not request.open:
        raise UserError(Msg.REQUEST_CLOSED)
    if months not in (1, 2) or request.extended_months:
        raise UserError(Msg.EXTENSION_TOO_LONG)
    if today > request.first_due:
        raise UserError(Msg.EXTENSION_TOO_LATE, due=f"{request.first_due:%d-%m-%Y}")
    if not reason.strip():
        raise UserError(Msg.REASONS_REQUIRED)


def due_soon(requests: list[DataRequest], today: dt.date, days: int = 7) -> list[DataRequest]:
    """Open requests due within ``days`` days or overdue, earliest first."""
    limit = today + dt.timedelta(days=days)
    return sorted((r for r in requests if r.open and r.due <= limit), key=lambda r: (r.due, r.id))


def outcome_text(outcome: str) -> str:
    """A request's outcome in Dutch: the to-do bar of older versions wrote "answered (letter)"."""
    from .code_names import METHODS

    found = re.fullmatch(r"answered \((\w+)\)", outcome)
    if found:
        return "beantwoord " + METHODS.get(found.group(1), found.group(1))
    return outcome
