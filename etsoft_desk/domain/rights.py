"""The customer's choices that decide what the shop may do (GDPR Art. 18 and 21): the rules, no storage.

One function answers "may the shop do this with this customer now?": :func:`refusal` takes what is in force
(a restriction, an objection to direct marketing) and the use, and returns the one sentence that says which
choice forbids it and what would allow it, or None. The services call it inside their transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from . import corrections
from .errors import UserError
from .messages import Msg


class RestrictionReason(StrEnum):
    """Art. 18(1)(a)-(d)."""

    ACCURACY_CONTESTED = "accuracy_contested"
    UNLAWFUL_KEPT = "unlawful_kept"
    LEGAL_CLAIM = "legal_claim"
    OBJECTION_PENDING = "objection_pending"


class ObjectionKind(StrEnum):
    DIRECT_MARKETING = "direct_marketing"  # Art. 21(2)-(3): absolute, stops marketing on every channel
    LEGITIMATE_INTEREST = "legitimate_interest"  # Art. 21(1): the owner weighs it and decides


class ObjectionDecision(StrEnum):
    UPHELD = "upheld"
    OVERRIDDEN = "overridden"


class Use(StrEnum):
    """What the shop wants to do with the customer's data."""

    CONSENT_GRANT = "consent_grant"
    SHARING_APPROVAL = "sharing_approval"
    DISCLOSURE = "disclosure"
    MARKETING = "marketing"
    CARD_EDIT = "card_edit"
    # The invoices given to the shop's accountant (a processor under Art. 28) for the books the tax law requires
    # the shop to keep (AWR art. 52, seven years). Not stopped by a restriction: Art. 18(2) allows storage, and
    # keeping the books is the storage the law requires, done by the shop's processor on its behalf (legally
    # the shop's own processing, not a disclosure to a third party); taxation is also an important public
    # interest of a Member State (Art. 23(1)(e)), which Art. 18(2) names. The invoice itself (number, date,
    # amount, name, address) goes, nothing else of the customer. An objection does not stop it either: it rests
    # on a legal obligation (Art. 6(1)(c)), not on a legitimate interest (Art. 21(1)), and it is no marketing.
    BOOKKEEPING = "bookkeeping"


# The fields of the card a correction can touch (the names CustomerCard and the audit log use).
CARD_FIELDS = ("first_name", "infix", "last_name", "emails", "phones", "address", "age_confirmed", "age_check",
               "source_kind", "source_name", "source_date", "source_how", "interests", "notes")
# How the card calls them (the banner and the refusal speak the owner's words, not the code's).
FIELD_LABELS = {"first_name": "voornaam", "infix": "tussenvoegsel", "last_name": "achternaam",
                "emails": "e-mailadressen", "phones": "telefoonnummers", "address": "adres",
                "age_confirmed": "18+-bevestiging", "age_check": "18+-controle", "source_kind": "herkomst",
                "source_name": "bron", "source_date": "datum van de bron", "source_how": "hoe verkregen",
                "interests": "interesses", "notes": "notities",
                # the history rows (domain/corrections.py): "service_job.serial_number", or a whole table
                **corrections.FIELD_LABELS, **corrections.TABLE_LABELS}
# What a restriction for contested accuracy may name: a card field, a history field, or a history table.
RESTRICTABLE = CARD_FIELDS + corrections.HISTORY_FIELDS + tuple(corrections.TABLE_LABELS)


def field_labels(fields) -> str:
    """The card's names of ``fields``, e.g. "achternaam, adres"."""
    return ", ".join(FIELD_LABELS.get(f, f) for f in fields)


@dataclass(frozen=True)
class Restriction:
    id: int
    customer_id: int
    reason: RestrictionReason
    since: dt.date
    fields: tuple[str, ...] = ()  # for contested accuracy: the fields to correct (empty: any field of the card
    # or its history); a history field is "table.field" ("service_job.serial_number"), a table is every field of it
    request_id: int | None = None
    recorded_by: str = ""
    lifted_on: dt.date | None = None
    lifted_by: str | None = None
    told_how: str | None = None

    @property
    def active(self) -> bool:
        return self.lifted_on is None


@dataclass(frozen=True)
class Objection:
    id: int
    customer_id: int
    kind: ObjectionKind
    since: dt.date
    method: str
    processing: str = ""
    request_id: int | None = None
    recorded_by: str = ""
    decision: ObjectionDecision | None = None
    decision_reason: str = ""
    decided_on: dt.date | None = None


@dataclass(frozen=True)
class InForce:
    """What the customer chose that is in force now (what the gate needs, read in one query each)."""

    restriction: Restriction | None = None
    marketing_objection: dt.date | None = None  # since when the customer objects to direct marketing


def check_fields(fields: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    unknown = [f for f in fields if f not in RESTRICTABLE]
    if unknown:
        raise UserError(Msg.RESTRICTION_FIELD_UNKNOWN, value=unknown[0], fields=", ".join(RESTRICTABLE))
    return tuple(dict.fromkeys(fields))


def _named(changed: str, fields: tuple[str, ...]) -> bool:
    """A changed field is one the restriction names: itself, or (a history field) its whole table."""
    return changed in fields or ("." in changed and changed.split(".")[0] in fields)


def refusal(use: Use, in_force: InForce, *, changed: Sequence[str] = (), after_objection: bool = False,
            legal_claim: bool = False) -> UserError | None:
    """The sentence that forbids ``use`` now, or None where it is allowed.

    ``changed`` names the card fields an edit changes; ``after_objection`` says the owner confirmed that the
    customer asked anew for a consent after objecting to direct marketing; ``legal_claim`` says a disclosure
    is needed for a legal claim, which a restriction allows (Art. 18(2))."""
    r = in_force.restriction
    since = f"{r.since:%d-%m-%Y}" if r else ""
    if r is not None:
        if use is Use.CARD_EDIT:
            if r.reason is RestrictionReason.ACCURACY_CONTESTED:
                outside = [f for f in changed if r.fields and not _named(f, r.fields)]
                if outside:
                    return UserError(Msg.RESTRICTED_EDIT_ONLY, since=since, fields=field_labels(r.fields))
            elif changed:
                return UserError(Msg.RESTRICTED_NO_EDIT, since=since)
        elif use is Use.BOOKKEEPING:
            pass  # the books the tax law requires: storage, allowed while restricted (see Use.BOOKKEEPING)
        elif use is Use.DISCLOSURE:
            if not legal_claim:
                return UserError(Msg.RESTRICTED_NO_SHARING, since=since)
        elif use is Use.SHARING_APPROVAL:
            return UserError(Msg.RESTRICTED_NO_SHARING, since=since)
        elif use is Use.CONSENT_GRANT:
            return UserError(Msg.RESTRICTED_NO_CONSENT, since=since)
        elif use is Use.MARKETING:
            return UserError(Msg.RESTRICTED_NO_MARKETING, since=since)
    objected = in_force.marketing_objection
    if objected is not None and use in (Use.CONSENT_GRANT, Use.MARKETING) and not after_objection:
        return UserError(Msg.OBJECTED_NO_GRANT if use is Use.CONSENT_GRANT else Msg.OBJECTED_NO_MARKETING,
                         since=f"{objected:%d-%m-%Y}")
    return None


def complaint_route(ap) -> str:
    """Art. 77 and 79: where a person can complain, in the same words in every document that names it (issue 14
    item 6). ``ap``: the supervisory authority as the settings give it."""
    return (f"U kunt een klacht indienen bij de {ap['authority_name']} ({ap['authority_address']}, telefoon "
            f"{ap['authority_phone']}, {ap['authority_website']}) of naar de rechter stappen (AVG art. 77 en 79).")
