"""The list of customers a named recipient may receive: the same gate as marketing, for sharing (issue 11, item 4).

On the list: an approval to share with this recipient in force (the latest one, not withdrawn), no request to stop
sharing (the "stop sharing" objection), no restriction in force (Art. 18: nothing is disclosed, and a list for a
recipient is no legal claim), and not on the erasure ledger with an approval from before that erasure
(services/suppression.py). An objection to direct marketing does not matter here: sharing rests on its own
approval. The recipient itself must be one a disclosure may go to (domain/sharing.ground_for: active, a processor
with its agreement, ...).

Every export of the list is, per customer on it, a disclosure (the ground: their approval; what: "lijst voor
<recipient> (<date>)"), recorded in one transaction with the writing of the file: a file that cannot be written
records nothing, and a record that cannot be made leaves no file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain import sharing as rules
from ..domain.customer import display_name
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import rights as store
from ..store import sharing as sharing_store
from ..store.convert import as_date
from .audit import Action, AuditLog
from .ledger import ErasureLedger
from .marketing import phone_text, postal_line, safe_cell
from .settings import Settings
from .suppression import Suppression, approval_of_erased

CSV_HEADER = ("naam", "e-mail", "telefoon", "adres", "goedgekeurd_op", "gegevens", "doel")


@dataclass(frozen=True)
class SharedWith:
    customer_id: int
    name: str
    email: str
    phone: str
    address: str  # the postal address on one line, or ""
    approval_id: int
    given_on: dt.date
    data: str  # what the customer approved to share, in their words as recorded
    purpose: str


def what_for(recipient: rules.Recipient, on: dt.date) -> str:
    """What a disclosure by the list says went out."""
    return f"lijst voor {recipient.name} ({on:%d-%m-%Y})"


class SharingListService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime],
                 ledger: Callable[[], ErasureLedger | None] = lambda: None) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock
        self._ledger = ledger

    def recipient(self, text: str | int) -> rules.Recipient:
        """The recipient by its name (as the recipients register spells it, any case) or its number."""
        from .sharing import find_recipient

        return find_recipient(text)

    def listed(self, recipient_id: int) -> list[SharedWith]:
        """Who may be shared with this recipient today; the sentence why nobody may, where the recipient forbids it."""
        recipient = self._allowed(recipient_id)
        rows = store.shared_with(recipient.id)
        suppression = Suppression.of(self._ledger())
        if suppression is not None and rows:
            more = store.other_emails()
            rows = [r for r in rows if not approval_of_erased(
                as_date(r[5]), suppression.erased_at_customer(r[0], (r[1], r[2], r[3], r[13], r[11], r[12],
                                                                     (r[8], *more.get(r[0], ())))))]
        return [SharedWith(r[0], display_name(r[1], r[2], r[3]), r[8] or "", phone_text(r[9]), postal_line(*r[10:16]),
                           r[4], as_date(r[5]), r[6], r[7]) for r in rows]

    def save_csv(self, recipient_id: int, path: Path, *, by: str | None = None, overwrite: bool = False) -> int:
        """Write the list where the owner asked (through the one writer) and record a disclosure per customer."""
        import csv
        import io

        from . import outputs

        outputs.check(path, overwrite=overwrite)
        recorder = self._settings.recorder(by)
        now = self._clock()
        written = False
        try:
            with self._db.atomic():
                recipient = self._allowed(recipient_id)
                listed = self.listed(recipient.id)
                what = what_for(recipient, now.date())
                for p in listed:
                    disclosure_id = sharing_store.add_disclosure(p.customer_id, recipient.id, what, now,
                                                                 rules.Ground.APPROVAL, p.approval_id, recorder)
                    self._audit.record(Action.DISCLOSURE, p.customer_id,
                                       f"{disclosure_id} to recipient {recipient.id} (list)")
                self._audit.record(Action.SHARING_LIST_EXPORT, None,
                                   f"recipient {recipient.id}: {len(listed)} customers by {recorder}")
                buffer = io.StringIO()
                writer = csv.writer(buffer, delimiter=";")
                writer.writerow(CSV_HEADER)
                writer.writerows([safe_cell(p.name), safe_cell(p.email), safe_cell(p.phone), safe_cell(p.address),
                                  p.given_on.isoformat(), safe_cell(p.data), safe_cell(p.purpose)] for p in listed)
                outputs.write(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"), overwrite=overwrite)
                written = True  # the last act inside the transaction: its commit records what the file holds
        except BaseException:
            if written:  # the file went out but its record did not: take the file back
                Path(path).unlink(missing_ok=True)
            raise
        return len(listed)

    def _allowed(self, recipient_id: int) -> rules.Recipient:
        recipient = sharing_store.recipient(recipient_id)
        if recipient is None:
            raise UserError(Msg.RECIPIENT_NOT_FOUND, value=recipient_id)
        # The recipient's own conditions, asked of ground_for as for one disclosure: an approval that is in force
        # stands for each customer on the list (their own approval, objection and restriction the query checked).
        rules.ground_for(recipient, _APPROVED, None)
        return recipient


_APPROVED = rules.Approval(id=0, recipient_id=0, data="", purpose="", given_on=dt.date.min, method="", recorded_by="")
