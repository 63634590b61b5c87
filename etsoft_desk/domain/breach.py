"""The data-breach register (GDPR Art. 33(5)): what an entry is, the 72-hour clock, and the Dutch names.

An entry records what happened and whose data it was (customer ids, categories from the personal-data registry),
never a copy of the exposed data itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from .errors import UserError
from .messages import Msg

HOURS = 72  # Art. 33(1): notify the AP within 72 hours of becoming aware
MANY_PEOPLE = 50  # from here on a "no" decision is warned about (as with special-category data)


class BreachKind(StrEnum):
    CONFIDENTIALITY = "confidentiality"  # seen by someone who should not (wrong address, lost stick)
    INTEGRITY = "integrity"  # changed without authority
    AVAILABILITY = "availability"  # lost or unreachable (destroyed file, break-in)


class Scope(StrEnum):
    """What was exposed, as the owner picks it; the people concerned are computed from it."""

    CUSTOMER = "customer"
    SEARCH = "search"
    DOCUMENT = "document"
    BACKUP = "backup"
    ALL = "all"


class KeyWhere(StrEnum):
    """Where the register's key was when a file was lost (Art. 34(3)(a): unintelligible to whoever has it?)."""

    KEYRING = "keyring"  # the keyring of a logged-in account on the lost device: within reach
    SHEET = "sheet"  # the printed recovery sheet went with it: within reach
    NOWHERE = "nowhere"  # nowhere on the device or with the file: the data is unintelligible


# The Dutch names of the kinds, scopes and key places: code_names.BREACH_KINDS, BREACH_SCOPES and KEY_WHERE.
ENCRYPTION_NL = ("versleuteld met SQLCipher (AES-256); de sleutel staat niet in het bestand zelf")

# What a misdirected document shows, by the prefix of its id (reports/common.document_id); None: everything the
# register holds about the person (the access report prints every category).
DOCUMENT_CATEGORIES: dict[str, tuple[str, ...] | None] = {
    "IZ": None,  # access report (Art. 15)
    "TB": ("identity", "consents", "sharing", "referrals"),  # consent receipt
    "BO": ("identity", "address", "rights"),  # letter lifting a restriction (Art. 18(3))
    "VB": ("identity", "address", "requests"),  # letter extending a request's term (Art. 12(3))
    "WB": ("identity", "address", "requests"),  # letter refusing a request (Art. 12(4))
    "DL": ("identity", "address", "breaches"),  # a letter about a breach (Art. 34)
}
DOCUMENT_ID = re.compile(r"^[A-Z]{2}-[0-9A-F]{8}$")


@dataclass(frozen=True)
class Person:
    """One person concerned, and the categories of their data that were exposed (registry keys)."""

    customer_id: int
    categories: tuple[str, ...]
    records: int = 0
    name: str = ""  # read when shown; never stored with the breach
    letter_doc: str = ""
    letter_on: dt.date | None = None

    @property
    def special(self) -> bool:
        return "special" in self.categories


@dataclass
class Breach:
    id: int
    aware_at: dt.datetime
    happened_at: dt.datetime | None
    what: str
    kind: BreachKind
    scope: Scope
    scope_ref: str  # the document id or the backup file's name; never a search text or a name
    people: int  # counted when recorded: stays true after one of them is erased
    records: int
    categories: tuple[str, ...]
    special: bool
    encrypted: bool | None  # None: not a file
    key_where: KeyWhere | None
    consequences: str
    measures_taken: str
    measures_proposed: str
    recorded_at: dt.datetime
    recorded_by: str
    report_ap: bool | None = None
    tell_people: bool | None = None
    decision_reason: str = ""
    delay_reason: str = ""
    decided_at: dt.datetime | None = None
    decided_by: str = ""
    reported_on: dt.date | None = None
    ap_reference: str = ""
    closed_on: dt.date | None = None
    persons: list[Person] = field(default_factory=list)

    @property
    def deadline(self) -> dt.datetime:
        return deadline(self.aware_at)

    @property
    def decided(self) -> bool:
        return self.decided_at is not None

    @property
    def unintelligible(self) -> bool:
        """Encrypted and the key out of reach: Art. 34(3)(a) allows not telling the people."""
        return bool(self.encrypted) and self.key_where is KeyWhere.NOWHERE

    def hours_left(self, now: dt.datetime) -> float:
        return hours_left(self.aware_at, now)


def deadline(aware_at: dt.datetime) -> dt.datetime:
    return aware_at + dt.timedelta(hours=HOURS)


def hours_left(aware_at: dt.datetime, now: dt.datetime) -> float:
    """Hours left of the 72 (negative once they have passed)."""
    return (deadline(aware_at) - now).total_seconds() / 3600


def parse_moment(raw: str | None, now: dt.datetime, *, required: bool, template: str) -> dt.datetime | None:
    """"YYYY-MM-DD HH:MM" (or dd-mm-yyyy HH:MM) in the shop's own time; not in the future."""
    value = (raw or "").strip()
    if not value:
        if required:
            raise UserError(Msg.BREACH_AWARE_REQUIRED)
        return None
    for form in ("%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M", "%Y-%m-%dT%H:%M"):
        try:
            moment = dt.datetime.strptime(value, form)
            break
        except ValueError:
            continue
    else:
        raise UserError(template, value=value)
    moment = moment.replace(tzinfo=now.tzinfo) if now.tzinfo else moment
    if moment > now:
        raise UserError(Msg.BREACH_MOMENT_FUTURE, value=value)
    return moment


def yes_no(raw: str | bool | None, template: str) -> bool:
    if isinstance(raw, bool):
        return raw
    value = (raw or "").strip().lower()
    if value in ("yes", "ja", "y", "j"):
        return True
    if value in ("no", "nee", "n"):
        return False
    raise UserError(template, value=raw or "")
