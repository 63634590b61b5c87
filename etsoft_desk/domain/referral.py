"""Referrals on the shop's website: only the exact text the customer approved, shown as they chose.

requested → approved → published; the customer can withdraw at any point, and a withdrawn referral that
was published stays on the owner's to-do list until it is taken down.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from .errors import UserError
from .messages import Msg


class ReferralStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"
    TAKEN_DOWN = "taken_down"


class NameShown(StrEnum):
    FULL_NAME = "full_name"  # Jan van der Berg
    INITIALS = "initials"  # J. v.d. B.
    FIRST_NAME_TOWN = "first_name_town"  # Jan uit Hulst


@dataclass(frozen=True)
class Referral:
    id: int
    text: str
    shown_as: NameShown
    status: ReferralStatus
    requested_on: dt.date
    recorded_by: str
    evidence: str = ""
    approved_on: dt.date | None = None
    approval_method: str | None = None
    statement_version: int | None = None
    published_url: str | None = None
    published_on: dt.date | None = None
    withdrawn_on: dt.date | None = None
    withdrawn_method: str | None = None
    taken_down_on: dt.date | None = None

    @property
    def needs_take_down(self) -> bool:
        return self.status == ReferralStatus.WITHDRAWN and self.published_on is not None and not self.taken_down_on


ALLOWED = {
    ReferralStatus.APPROVED: {ReferralStatus.REQUESTED},
    ReferralStatus.PUBLISHED: {ReferralStatus.APPROVED},
    ReferralStatus.WITHDRAWN: {ReferralStatus.REQUESTED, ReferralStatus.APPROVED, ReferralStatus.PUBLISHED},
    ReferralStatus.TAKEN_DOWN: {ReferralStatus.WITHDRAWN},
}


def check_transition(referral: Referral, new: ReferralStatus) -> None:
    if referral.status not in ALLOWED[new]:
        raise UserError(Msg.REFERRAL_WRONG_STEP, status=referral.status.value, new=new.value)
    if new == ReferralStatus.TAKEN_DOWN and referral.published_on is None:
        raise UserError(Msg.REFERRAL_WRONG_STEP, status=referral.status.value, new=new.value)


def shown_name(shown_as: NameShown, first: str, infix: str, last: str, city: str) -> str:
    """The name under the referral on the website, as the customer chose it."""
    if shown_as == NameShown.FULL_NAME:
        return " ".join(p for p in (first, infix, last) if p)
    if shown_as == NameShown.INITIALS:
        parts = [f"{first[0]}." if first else ""]
        if infix:
            parts.append(".".join(w[0] for w in infix.split()) + ".")
        parts.append(f"{last[0]}." if last else "")
        return " ".join(p for p in parts if p)
    return f"{first or last} uit {city}" if city else (first or last)
