"""The import's duplicates: a contact that is the same person as a customer of the register, or as an earlier
row of the same file (same email address, or same name and postcode, and not a namesake at another house
number), found so that the owner's choice (skip, add, merge) holds for both.

Memory stays flat enough for a million-row file: the rows seen are kept as hashes of their keys with one packed
number each (the line, the house number, and the customer id once inserted), not as strings or cards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.customer import CustomerCard, display_name
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.search import fold
from ..domain.validation import validate_card
from ..store import customers as store
from .audit import Action, AuditLog

_LINE = (1 << 32) - 1
_NUMBER = (1 << 20) - 1


def _pack(customer: int | None, number: int | None, line: int) -> int:
    return ((customer + 1 if customer is not None else 0) << 52
            | (min(number + 1, _NUMBER) if number is not None else 0) << 32 | line)


def _unpack(packed: int) -> Match:
    customer = packed >> 52
    return Match(customer - 1 if customer else None, packed & _LINE)


@dataclass
class Match:
    """The customer a contact matches (``customer``), or the earlier row of the file (``line``; ``customer``
    is its id once that row is in the register, None while it waits in the batch)."""

    customer: int | None
    line: int | None = None


class Duplicates:
    """The register's customers before the import, by email address and by name with postcode, and the rows
    of the file accepted so far."""

    def __init__(self) -> None:
        self.by_email = {email: cid for cid, email in store.email_owners()}
        self.by_name: dict[tuple[str, str], list[tuple[int, int | None]]] = {}
        for cid, first, infix, last, postcode, number in store.name_postcodes():
            self.by_name.setdefault((fold(display_name(first, infix, last)), postcode), []).append((cid, number))
        # hash of a key → (customer id + 1) << 52 | (house number + 1) << 32 | line; id 0: not inserted yet
        self.seen: dict[int, int] = {}
        self._last: tuple[CustomerCard | None, list[int], tuple[str, str] | None] = (None, [], None)

    def find(self, card: CustomerCard) -> Match | None:
        """The customer or earlier row the card is the same person as; its keys are kept for :meth:`add`."""
        emails = [hash(("e", e.lower())) for e in card.emails]
        name = (fold(card.display_name()), card.address.postcode) if card.address.postcode else None
        self._last = (card, emails, name)
        if self.by_email or self.by_name:
            customer = self._in_register(card, name)
            if customer is not None:
                return Match(customer)
        seen = self.seen
        for key in emails:
            packed = seen.get(key)
            if packed is not None:
                return _unpack(packed)
        if name is not None:
            number = card.address.house_number
            packed = seen.get(hash(name))
            if packed is not None:
                theirs = (packed >> 32 & _NUMBER) - 1
                if number is None or theirs < 0 or theirs == number:  # a namesake at another number is not
                    return _unpack(packed)
                packed = seen.get(hash((*name, number)))  # the second namesake at that postcode
                if packed is not None:
                    return _unpack(packed)
        return None

    def add(self, card: CustomerCard, line: int, customer: int | None = None) -> list[int]:
        """Remember a row (the card :meth:`find` was last asked about) under each email, and under its name and
        postcode (a namesake at another house number under these with the number), as the row ``line`` of the
        file, or the customer it is or matched; the keys are returned, for :meth:`inserted`."""
        last, emails, name = self._last
        if last is not card:
            self.find(card)
            last, emails, name = self._last
        number = card.address.house_number
        packed = _pack(customer, number, line)
        keys = list(emails)
        if name is not None:
            theirs = self.seen.get(hash(name))
            same = theirs is None or (theirs >> 32 & _NUMBER) == (packed >> 32 & _NUMBER)
            keys.append(hash(name) if same else hash((*name, number)))
        seen = self.seen
        for key in keys:
            if key not in seen:
                seen[key] = packed
        return keys

    def inserted(self, keys: list[int], line: int, number: int | None, customer: int) -> None:
        """A row of the file (with the keys :meth:`add` gave) is now customer ``customer``."""
        packed = _pack(customer, number, line)
        for key in keys:
            self.seen[key] = packed

    def _in_register(self, card: CustomerCard, name: tuple[str, str] | None) -> int | None:
        for email in card.emails:
            if email.lower() in self.by_email:
                return self.by_email[email.lower()]
        if name is not None:
            number = card.address.house_number
            for cid, theirs in self.by_name.get(name, ()):
                if number is None or theirs is None or number == theirs:  # a namesake at another number is not
                    return cid
        return None


def combine(old: CustomerCard, new: CustomerCard) -> CustomerCard:
    """What a contact brings added to a card: emails, phones, an address where it has none, notes, the age."""
    merged = CustomerCard(**{k: getattr(old, k) for k in old.__dataclass_fields__})
    merged.emails = old.emails + [e for e in new.emails if e.lower() not in {x.lower() for x in old.emails}]
    merged.phones = old.phones + [p for p in new.phones if p not in old.phones]
    if not (old.address.street or old.address.postcode):
        merged.address = new.address
    if new.notes and new.notes not in old.notes:
        merged.notes = f"{old.notes}\n{new.notes}".strip()
    if not old.age_confirmed and new.age_confirmed:
        merged.age_confirmed, merged.age_check, merged.age_checked_on = True, new.age_check, new.age_checked_on
    return merged


def combine_pending(old: CustomerCard, new: CustomerCard, today: dt.date) -> tuple[CustomerCard | None,
                                                                                   FieldError | None]:
    """Two rows of the file merged before either is in the register: the card, or why they cannot be."""
    try:
        return validate_card(combine(old, new), today=today, allow_unconfirmed_age=True), None
    except ValidationFailed as exc:
        return None, exc.errors[0]


def merge(db, customer_id: int, new: CustomerCard, audit: AuditLog, today: dt.date, now: dt.datetime) -> FieldError | None:
    """Add what the contact brings to the existing card; a refusal (a restriction) is returned as the row's
    problem, and that customer is left as it was."""
    from . import rights

    old = store.load_card(customer_id)
    if old is None:
        return None
    try:
        merged = validate_card(combine(old, new), today=today, allow_unconfirmed_age=True)
        with db.atomic():  # a savepoint: a refusal undoes this customer's change only
            changed = store.update_customer(customer_id, merged, now)
            rights.check(customer_id, rights.Use.CARD_EDIT, changed=changed)
            if changed:
                audit.record(Action.UPDATE, customer_id, ",".join(changed))
    except ValidationFailed as exc:
        return exc.errors[0]
    except UserError as exc:
        return FieldError("row", exc.template, **exc.params)
    return None
