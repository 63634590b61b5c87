"""Whom the erasure ledger holds back: customers in the register who are someone erased on their own request.

The rule (issue 11, item 4: "not erased, not on the erasure ledger"):

- A customer is *on the ledger* when their identifying values meet a line of an erasure the person asked for,
  with the markers that make an import refuse a row (:meth:`ErasureLedger.certain`: an email address, or name
  with postcode and house number; a phone number alone never decides). Erasures by the retention run do not
  count: that person never asked to be forgotten (the import does not turn them away either).
- A choice recorded *at or before* that erasure (a consent, an approval to share) is a copy that should not
  exist: a duplicate card the erasure did not reach, a card re-entered from an old file, rows from another
  register. It does not put the customer on a marketing or sharing list, and an approval of that kind allows
  no disclosure.
- A choice recorded *after* the erasure is the person's new word and counts: the customer came back and
  agreed again. A consent is compared by its time; an approval, which the register keeps by the day, counts
  from the day after the erasure. The latest erasure that matches decides.

Markers are computed only when the ledger holds such an erasure, and then only for the rows of a list (and only
those older than the newest such erasure): the list for 100,000 customers stays well under a second.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable

from ..domain.errors import UserError
from ..domain.messages import Msg
from .ledger import ErasureLedger, identity_values


def instant(value: str | dt.datetime) -> dt.datetime:
    """A recorded time as an aware datetime (a time written without an offset is the shop's local time)."""
    moment = recorded(value)
    return moment if moment.tzinfo is not None else moment.astimezone()


def recorded(value: str | dt.datetime) -> dt.datetime:
    """A recorded time as written (aware, or naive: the shop's local time); :func:`before` compares either."""
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def before(moment: dt.datetime, erased: dt.datetime) -> bool:
    """``moment`` (aware, or naive local time) at or before ``erased`` (aware)."""
    if moment.tzinfo is None:  # compared in local time: no time-zone lookup for each of many rows
        return moment <= erased.astimezone().replace(tzinfo=None)
    return moment <= erased


def house_number_text(number: int | None, addition: str | None) -> str:
    """As :meth:`Address.house_number_text` writes it, from the stored columns."""
    if number is None:
        return ""
    return f"{number}-{addition}" if addition else str(number)


# Per ledger, what the lists found for each customer, while the ledger's erasures stay the same: a second list
# (another channel, the same list again) hashes nobody again. Keyed by customer id, holding a hash of the values
# it was found for, so a changed card is looked at afresh; a few MB for 100,000 customers, nothing on disk.
_found: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class Suppression:
    """The erasures people asked for, by the markers that may decide, read once for a list."""

    def __init__(self, ledger: ErasureLedger, entries: list[dict]) -> None:
        self._ledger = ledger
        self._at: dict[str, dt.datetime] = {}
        version = frozenset((e.get("erasure_id"), str(e.get("at"))) for e in entries)
        memo = _found.get(ledger)
        if memo is None or memo[0] != version:
            memo = (version, {})
            _found[ledger] = memo
        self._memo: dict[int, tuple[int, dt.datetime | None]] = memo[1]
        kinds = {"email"}
        for entry in entries:
            markers = entry.get("markers", {})
            kinds.add("home" if "home" in markers else "name")  # what certain() takes of this line
            try:
                at = instant(entry["at"])
            except (TypeError, ValueError):
                continue  # an authenticated line always has it; never a traceback for a list
            for marker in ledger.certain(markers):
                if marker not in self._at or self._at[marker] < at:
                    self._at[marker] = at
        self._kinds = tuple(sorted(kinds))
        self.latest = max(self._at.values()) if self._at else None
        self._latest_local = self.latest.astimezone().replace(tzinfo=None) if self.latest else None

    @classmethod
    def of(cls, ledger: ErasureLedger | None) -> Suppression | None:
        """None when there is no ledger or nobody asked to be erased: then nothing is held back or computed."""
        if ledger is None:
            return None
        entries = ledger.asked()
        if not entries:
            return None
        found = cls(ledger, entries)
        return found if found.latest is not None else None

    def erased_at(self, first_name: str, infix: str, last_name: str, postcode: str, house_number: int | None,
                  addition: str | None, emails: Iterable[str]) -> dt.datetime | None:
        """When the latest erasure this person asked for was carried out, if the ledger knows them."""
        values = identity_values(first_name, infix, last_name, postcode, house_number_text(house_number, addition),
                                 emails, kinds=self._kinds)
        at, mark = self._at, self._ledger.mark
        hits = [at[m] for m in map(mark, values) if m in at]
        return max(hits) if hits else None

    def erased_at_customer(self, customer_id: int, identity: tuple, since: str | None = None) -> dt.datetime | None:
        """:meth:`erased_at` for a row of a list (``identity`` as there), remembered while card and ledger stay.
        ``since``: when the row's choice was recorded; a choice newer than every erasure needs no hashing."""
        key = hash(identity)
        known = self._memo.get(customer_id)
        if known is not None and known[0] == key:
            return known[1]
        if since is not None and not self.may_predate(recorded(since)):
            return None  # not remembered: the same row may be older than a later erasure
        erased = self.erased_at(*identity)
        self._memo[customer_id] = (key, erased)
        return erased

    def may_predate(self, moment: dt.datetime) -> bool:
        """Whether a choice recorded then could be older than an erasure at all (else no marker is needed)."""
        latest = self._latest_local if moment.tzinfo is None else self.latest
        return latest is not None and moment <= latest


def copy_of_erased(moment: dt.datetime, erased: dt.datetime | None) -> bool:
    """A consent recorded at or before the person's erasure: a copy that should not exist."""
    return erased is not None and before(moment, erased)


def approval_of_erased(given_on: dt.date, erased: dt.datetime | None) -> bool:
    """An approval (kept by the day) given on or before the day of the person's erasure."""
    return erased is not None and given_on <= erased.date()


def refuse_copied_approval(ledger: ErasureLedger | None, identity: tuple | None, given_on: dt.date,
                           recipient: str) -> None:
    """The sentence for a disclosure on an approval the erasure ledger says is a copy (see the rule above);
    ``identity`` is (first, infix, last, postcode, house number, addition, emails) of the customer."""
    suppression = Suppression.of(ledger)
    if suppression is None or identity is None:
        return
    erased = suppression.erased_at(*identity)
    if approval_of_erased(given_on, erased):
        raise UserError(Msg.LEDGER_COPY_NO_DISCLOSURE, since=f"{erased:%d-%m-%Y}", name=recipient)
