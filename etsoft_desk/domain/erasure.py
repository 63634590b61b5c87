"""What an erasure will do, and what it did: plain data, in Dutch where the customer reads it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .personal_data import Erasure

TREATMENT_NL = {Erasure.DELETE: "vernietigd", Erasure.ANONYMISE: "geanonimiseerd (zonder verwijzing naar u)",
                Erasure.KEEP: "bewaard"}


@dataclass(frozen=True)
class PlanLine:
    category: str  # the registry's key
    title: str
    count: int
    treatment: Erasure
    ground: str = ""
    until: dt.date | None = None


@dataclass
class ErasurePlan:
    customer_id: int
    initials: str
    lines: list[PlanLine]
    wait_reasons: list[str] = field(default_factory=list)  # e.g. open service jobs
    recipients: list[tuple[int, str]] = field(default_factory=list)  # to tell (Art. 19): id, name
    takedowns: list[str] = field(default_factory=list)  # referral addresses on the website
    already_erased_on: str | None = None  # the ledger knows this person

    @property
    def erased(self) -> list[PlanLine]:
        return [line for line in self.lines if line.treatment is not Erasure.KEEP and line.count]

    @property
    def kept(self) -> list[PlanLine]:
        return [line for line in self.lines if line.treatment is Erasure.KEEP and line.count]


def initials(first: str, infix: str, last: str) -> str:
    """"J. v.d. B." at most: the only trace of the name a shred confirmation may carry."""
    parts = [f"{first[0]}." if first else "", "".join(f"{w[0]}." for w in infix.split()), f"{last[0]}." if last else ""]
    return " ".join(p for p in parts if p)
