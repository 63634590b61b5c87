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
    open_jobs: int = 0  # service jobs still open: the person's device may still be in the shop
    shared: dict[int, list[str]] = field(default_factory=dict)  # recipient id: what it received (Art. 19 letter)

    @property
    def erased(self) -> list[PlanLine]:
        return [line for line in self.lines if line.treatment is not Erasure.KEEP and line.count]

    @property
    def kept(self) -> list[PlanLine]:
        return [line for line in self.lines if line.treatment is Erasure.KEEP and line.count]


def initials(first: str, infix: str, last: str) -> str:
    """"J. van der B." at most: the only trace of the name a shred confirmation may carry. A Dutch infix
    ("de", "van der", "'t") stays the lower-case words it is; only first and last name become initials."""
    parts = [f"{first[0]}." if first else "", " ".join(infix.lower().split()), f"{last[0]}." if last else ""]
    return " ".join(p for p in parts if p)


# Art. 17(1): why the person's data is erased, by what the request asked (the owner's own decision, or the end
# of the retention period: the data is no longer needed).
NO_LONGER_NEEDED = "de gegevens zijn niet meer nodig voor het doel waarvoor wij ze verzamelden"
GROUNDS_17 = {
    "erasure": "AVG art. 17 lid 1 sub a en b: u vroeg ons uw gegevens te wissen. Voor de klantrelatie zijn ze "
               "daarmee niet meer nodig (sub a); wat wij met uw toestemming hadden, is met uw verzoek ingetrokken "
               "(sub b)",
    "consent_withdrawal": "AVG art. 17 lid 1 sub b: u trok uw toestemming in en er is geen andere grond om uw "
                          "gegevens te bewaren",
    "objection": "AVG art. 17 lid 1 sub c: u maakte bezwaar tegen het gebruik van uw gegevens en wij hebben geen "
                 "zwaarwegende reden om ze toch te gebruiken",
}
RETENTION_17 = (f"AVG art. 17 lid 1 sub a en art. 5 lid 1 sub e: de bewaartermijn is verstreken; "
                f"{NO_LONGER_NEEDED}")


def ground_17(request_kind: str | None, *, retention: bool = False) -> str:
    """The sub-ground of Art. 17(1) the erasure rests on, in plain Dutch."""
    if retention:
        return RETENTION_17
    return GROUNDS_17.get(request_kind or "", f"AVG art. 17 lid 1 sub a: {NO_LONGER_NEEDED}")
