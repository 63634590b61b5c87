"""Who may be approached today, per channel: a valid consent on that channel (an opt-in, or the soft opt-in within
its limits), no objection to direct marketing, no restriction, not erased (erased customers are not in the
register) and not on the erasure ledger: a customer who is someone erased on their own request counts only with a
consent given after that erasure (services/suppression.py says the rule).

The list can be written as CSV for a mailing tool (name, the channel's address, consent date and kind) only
where the owner asks, every cell safe against spreadsheet formulas; each export is in the audit log (who,
which channel, how many; no values).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.consent import Channel
from ..domain.customer import display_name
from ..domain.dates import add_months
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import rights as store
from .audit import Action, AuditLog
from .outputs import safe_cell  # noqa: F401 (one writer of CSV cells; its home was here)
from .ledger import ErasureLedger
from .settings import Settings
from .suppression import Suppression, copy_of_erased, recorded

# The soft opt-in (Telecommunicatiewet art. 11.7 lid 3) rests on an existing customer relation: it counts while
# the customer bought something or had a service job in the last 24 months (the shop's own limit, the same as
# the retention of the customer relation).
SOFT_OPT_IN_MONTHS = 24
CHANNEL_WORDS = {"email": "e-mail", "sms": "sms", "phone": "telefoon", "post": "post", "social_media": "sociale media",
                 "in_app": "de app", "in_store": "de winkel"}
CSV_HEADER = ("naam", "adres", "toestemming_sinds", "soort")


@dataclass(frozen=True)
class Approachable:
    customer_id: int
    name: str
    address: str  # the channel's address: email address, phone number, postal address, or "" where none
    consent_on: dt.date
    kind: str  # opt_in, soft_opt_in, or consent (channels without an opt-in distinction)


def parse_channel(text: str) -> Channel:
    try:
        return Channel(text.strip().lower())
    except ValueError:
        raise UserError(Msg.CHANNEL_UNKNOWN, value=text, channels=", ".join(c.value for c in Channel)) from None


class MarketingService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime],
                 ledger: Callable[[], ErasureLedger | None] = lambda: None) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock
        self._ledger = ledger

    def approachable(self, channel: Channel) -> list[Approachable]:
        since = add_months(self._clock().date(), -SOFT_OPT_IN_MONTHS)
        rows = store.approachable(channel.value, since)
        suppression = Suppression.of(self._ledger())
        if suppression is not None and rows:
            rows = _not_copies(rows, suppression)
        day = dt.date.fromisoformat
        return [Approachable(r[0], display_name(r[1], r[2], r[3]), _address(channel, r),
                             day(str(r[4])[:10]), r[5] or "consent") for r in rows]

    def save_csv(self, channel: Channel, path: Path, *, by: str | None = None, overwrite: bool = False,
                 to: str | None = None) -> int:
        """Write the list for a mailing tool (through the one writer: never over the register's files, an
        existing file only when the owner said so, atomically) and record the export. ``to``: the mailing
        tool's entry in the recipients register (a processor): then each customer on the list is a disclosure
        to it, recorded with the file or not at all."""
        import csv
        import io

        from . import outputs

        outputs.check(path, overwrite=overwrite)
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            listed = self.approachable(channel)
            if to is not None:
                self._disclose_to_mailing_tool(to, channel, listed, recorder)
            buffer = io.StringIO()
            writer = csv.writer(buffer, delimiter=";")
            writer.writerow(CSV_HEADER)
            writer.writerows([safe_cell(p.name), safe_cell(p.address), p.consent_on.isoformat(), p.kind]
                             for p in listed)
            outputs.write(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"), overwrite=overwrite)
            self._audit.record(Action.MARKETING_EXPORT, None, f"{channel.value}: {len(listed)} customers by {recorder}")
        return len(listed)

    def _disclose_to_mailing_tool(self, to: str, channel: Channel, listed: list[Approachable], recorder: str) -> None:
        from ..domain.sharing import Ground, RecipientRole
        from .sharing import SharingService, find_recipient

        recipient = find_recipient(to)
        if recipient.role != RecipientRole.PROCESSOR:  # a partner would need each customer's approval instead
            raise UserError(Msg.MAILING_TOOL_NOT_PROCESSOR, name=recipient.name)
        what = f"lijst om te benaderen per {CHANNEL_WORDS.get(channel.value, channel.value)} " \
               f"({self._clock():%d-%m-%Y}): naam en adres"
        sharing = SharingService(self._db, self._audit, self._settings, self._clock, self._ledger)
        sharing.disclose_each([(p.customer_id, what) for p in listed], recipient.id, by=recorder,
                              ground=Ground.PROCESSOR)


def _not_copies(rows: list[tuple], suppression: Suppression) -> list[tuple]:
    """The rows whose consent is not a copy of someone erased since (markers only for the rows that may be)."""
    more = store.other_emails()
    kept = []
    for r in rows:
        erased = suppression.erased_at_customer(r[0], (r[1], r[2], r[3], r[11], r[9], r[10],
                                                       (r[6], *more[r[0]]) if r[0] in more else (r[6],)), r[4])
        if erased is None or not copy_of_erased(recorded(r[4]), erased):
            kept.append(r)
    return kept


def _address(channel: Channel, r) -> str:
    if channel is Channel.EMAIL:
        return r[6] or ""
    if channel in (Channel.SMS, Channel.PHONE):
        return phone_text(r[7])
    if channel is Channel.POST:
        return postal_line(*r[8:14])
    return ""


def phone_text(number: str | None) -> str:
    """A stored phone number as the owner writes it, or ""."""
    if not number:
        return ""
    from ..domain.validation import format_phone

    return format_phone(number)


def postal_line(street, number, addition, postcode, city, country) -> str:
    """The postal address on one line (the country only outside the Netherlands), or "" without a street."""
    if not street:
        return ""
    line = f"{street} {number or ''}{('-' + addition) if addition else ''}".strip()
    return ", ".join(x for x in (line, f"{postcode} {city}".strip(), "" if country == "NL" else country) if x)
