"""What the owner still has to do for the customers' rights: the to-do list with its counts."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.dates import add_months
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.requests import outcome_text
from ..domain.todo import TodoKind
from ..store import consent as consent_store
from ..store import customers as customers_store
from ..store import erasure as erasure_store
from ..store import requests as requests_store
from .audit import Action, AuditLog
from .settings import Settings

if TYPE_CHECKING:  # only for the annotations
    from .consent import StatementService
    from .referrals import ReferralService
    from .requests import RequestService


@dataclass(frozen=True)
class TodoItem:
    kind: TodoKind
    customer_id: int
    name: str
    due: dt.date | None

    def overdue(self, today: dt.date) -> bool:
        return self.due is not None and self.due < today


class TodoService:
    def __init__(self, db, audit: AuditLog, statements: StatementService, referrals: ReferralService,
                 requests: RequestService, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._statements = statements
        self._referrals = referrals
        self._requests = requests
        self._settings = settings
        self._clock = clock

    def items(self, kind: TodoKind) -> list[TodoItem]:
        due, erased = self._due(kind)
        rows = customers_store.rows_for(list(due))
        return [TodoItem(kind, r.id, r.name, due[r.id]) for r in rows] + erased

    def count(self, kind: TodoKind, today: dt.date) -> tuple[int, bool]:
        """How many items :meth:`items` lists, and whether one is overdue, without their names: the bar's
        button (a new privacy statement may be told to tens of thousands of customers)."""
        due, erased = self._due(kind)
        there = customers_store.existing(list(due))  # as items() lists them: customers still in the register
        dates = [day for cid, day in due.items() if cid in there] + [item.due for item in erased]
        return len(dates), any(day is not None and day < today for day in dates)

    def _due(self, kind: TodoKind) -> tuple[dict, list[TodoItem]]:
        """Per customer the date an item is due; and the items of erased customers (referrals only)."""
        if kind == TodoKind.REQUEST_DUE:
            # As RequestService.due_soon() (due within 7 days, or overdue), from the dates alone: the requests
            # themselves are not loaded (tens of thousands of objects, issue 14).
            limit = self._clock().date() + dt.timedelta(days=7)
            due: dict = {}
            for customer_id, received_on, extended in requests_store.open_due_fields():
                day = add_months(received_on, 1 + extended)
                if day <= limit and (customer_id not in due or day < due[customer_id]):
                    due[customer_id] = day  # the earliest
            due.pop(None, None)  # a request whose customer was erased is answered from the request register
        elif kind == TodoKind.REFERRAL_TAKE_DOWN:
            # Due at once: the customer no longer agrees to what the website shows.
            due = {cid: r.withdrawn_on for cid, r in self._referrals.needing_take_down()}
            # After an erasure only the address is left; such items carry the task's number, negated.
            return due, [TodoItem(kind, -task_id, f"gewiste klant: {url}", since)
                         for task_id, url, since in erasure_store.open_takedowns()]
        elif kind == TodoKind.ART14_NOTICE:
            due = {cid: add_months(came_in, 1) for cid, came_in in consent_store.third_party_sources_to_inform()}
        else:
            current = self._statements.current()  # one date for all: a month after the version came into force
            due = dict.fromkeys(self._statements.customers_to_inform(),
                                add_months(current.effective_date, 1) if current else None)
        return due, []

    def export_rows(self, kind: TodoKind) -> list[tuple]:
        """Number, name, email, phone and due date of everyone on one list (to tell them)."""
        from ..domain.validation import format_phone

        items = self.items(kind)
        rows = {r.id: r for r in customers_store.rows_for([i.customer_id for i in items if i.customer_id > 0])}
        return [(i.customer_id if i.customer_id > 0 else "", i.name,
                 rows[i.customer_id].email if i.customer_id > 0 else "",
                 format_phone(rows[i.customer_id].phone) if i.customer_id > 0 and rows[i.customer_id].phone else "",
                 f"{i.due:%d-%m-%Y}" if i.due else "") for i in items]

    def save_csv(self, kind: TodoKind, path: Path, *, overwrite: bool = False) -> int:
        """The list as CSV (semicolons and a BOM, as Excel in the Netherlands expects), written where asked."""
        import io

        from . import outputs

        outputs.check(path, overwrite=overwrite)
        rows = self.export_rows(kind)
        text = io.StringIO(newline="")
        writer = csv.writer(text, delimiter=";")
        writer.writerow(["nr", "naam", "e-mail", "telefoon", "voor"])
        writer.writerows(rows)
        outputs.write(path, text.getvalue().encode("utf-8-sig"), overwrite=overwrite)
        self._log_export(kind, "csv", len(rows))
        return len(rows)

    def print_list(self, kind: TodoKind, path: Path, title: str, intro: str, *, overwrite: bool = False) -> str:
        from ..reports.common import document_id
        from ..reports.customer_list import write_customer_list
        from . import outputs

        outputs.check(path, overwrite=overwrite)
        rows = self.export_rows(kind)
        doc_id = document_id("TD")
        outputs.write(path, lambda fh: write_customer_list(fh, title=title, intro=intro, shop=self._settings.shop(),
                                                           rows=rows, document_id=doc_id, printed=self._clock()),
                      overwrite=overwrite)
        self._log_export(kind, f"pdf {doc_id}", len(rows))
        return doc_id

    def _log_export(self, kind: TodoKind, form: str, count: int) -> None:
        with self._db.atomic():
            self._audit.record(Action.EXPORT, None, f"to-do list {kind.value} as {form}: {count} customers")

    @staticmethod
    def outbox_waiting() -> int:
        """Issue 12: messages in the outbox the mail server has not taken yet."""
        from ..store import outbox as outbox_store

        return outbox_store.waiting_count()

    @staticmethod
    def notices_waiting() -> int:
        """Issue 12 item 4: Art. 19 notices to recipients not yet sent (nor recorded as impossible)."""
        from ..store import notices as notices_store

        return notices_store.waiting_count()

    def breaches_to_decide(self) -> list[tuple[int, float]]:
        """Issue 16: (number, hours left of the 72) of every breach not yet decided, the most urgent first; the
        hours are negative once the 72 have passed (the notification must then carry the reasons for the delay)."""
        from ..domain.breach import hours_left
        from ..store import breach as breach_store

        now = self._clock()
        return [(bid, hours_left(aware, now)) for bid, aware in breach_store.undecided()]

    def counts(self) -> dict[TodoKind, int]:
        today = self._clock().date()
        return {kind: self.count(kind, today)[0] for kind in TodoKind}

    def mark_done(self, kind: TodoKind, customer_id: int, method: str, *, by: str | None = None) -> None:
        recorder = self._settings.recorder(by)
        today = self._clock().date()
        with self._db.atomic():
            if kind == TodoKind.REFERRAL_TAKE_DOWN and customer_id < 0:  # an erased customer's referral
                erasure_store.takedown_done(-customer_id, today)
                self._audit.record(Action.TODO_DONE, None, f"{kind.value} task {-customer_id} by {recorder}")
                return
            if not customers_store.exists(customer_id):
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            if kind == TodoKind.REQUEST_DUE:
                for request in self._requests.due_soon():
                    if request.customer_id == customer_id:
                        self._requests.complete(request.id, outcome_text(f"answered ({method})"),  # "beantwoord per brief"
                                                by=recorder)
            elif kind == TodoKind.REFERRAL_TAKE_DOWN:
                for cid, referral in self._referrals.needing_take_down():
                    if cid == customer_id:
                        self._referrals.taken_down(referral.id, by=recorder)
            elif kind == TodoKind.ART14_NOTICE:
                consent_store.mark_source_informed(customer_id, today)
            else:
                current = self._statements.current()
                if current is None:
                    return
                consent_store.insert_notice(customer_id, current.id, today, method, recorder)
            self._audit.record(Action.TODO_DONE, customer_id, f"{kind.value} {method} by {recorder}")
