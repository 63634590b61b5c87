"""Customer cards: add, change, open, search, and their visits, service jobs and invoices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from ..domain import search
from ..domain.customer import CustomerCard, Invoice, JobStatus, ServiceJob, Visit
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.validation import check_history_row, validate_card
from ..store import customers as store
from ..store.customers import CustomerRow, StoredCustomer
from .audit import Action, AuditLog
from .settings import Settings

__all__ = ["CustomerRow", "CustomerService", "StoredCustomer"]


class CustomerService:
    def __init__(self, db, audit: AuditLog, clock: Callable[[], dt.datetime], settings: Settings) -> None:
        self._db = db
        self._audit = audit
        self._clock = clock
        self._settings = settings  # who is at the counter: named in the audit entries of views and changes

    def _by(self, given: str | None = None) -> str:
        """The ' by XX' of an audit entry (the access report says who consulted the data, CJEU C-579/21); never
        a reason to refuse opening or saving a card."""
        try:
            return f" by {self._settings.recorder(given)}"
        except UserError:
            return ""

    def _today(self) -> dt.date:
        return self._clock().date()

    def create(self, card: CustomerCard, *, birth_date: dt.date | None = None) -> int:
        valid = validate_card(card, today=self._today(), birth_date=birth_date)
        with self._db.atomic():
            customer_id = store.insert_customer(valid, self._clock())
            self._audit.record(Action.CREATE, customer_id, self._by().strip())
        return customer_id

    def update(self, customer_id: int, card: CustomerCard, *, request_id: int | None = None,
               by: str | None = None) -> list[str]:
        """Save the changed card; returns the names of the changed fields. A restriction allows only the
        correction it is about; ``request_id`` links the change to the rectification request it carries out."""
        from . import rights

        valid = validate_card(card, today=self._today())
        with self._db.atomic():
            self._require(customer_id)
            changed = store.update_customer(customer_id, valid, self._clock())
            rights.check(customer_id, rights.Use.CARD_EDIT, changed=changed)  # refused: the transaction rolls back
            if changed and request_id is not None:
                rights.carried_out(request_id, customer_id, rights.RequestKind.RECTIFICATION, "rectification",
                                   ",".join(changed), self._clock(), self._settings.recorder(by))
            if changed:
                self._audit.record(Action.UPDATE, customer_id, ",".join(changed) + self._by(by))
        return changed

    def open(self, customer_id: int, *, log_view: bool = True) -> StoredCustomer:
        """The full card with its history; opening it is logged (a reload of an open card is not, and reads in a
        snapshot that never waits for a writer elsewhere)."""
        with self._db.atomic() if log_view else self._db.atomic("DEFERRED"):
            record = store.load_customer(customer_id)
            if record is None:
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            if log_view:
                self._audit.record(Action.VIEW, customer_id, self._by().strip())
        return record

    def search(self, typed: str = "", *, sort: str = "name", descending: bool = False, offset: int = 0,
               limit: int = 100, after_id: int | None = None) -> list[CustomerRow]:
        return store.page(search.match_expression(typed), sort=sort, descending=descending, offset=offset, limit=limit,
                          after_id=after_id)

    def every_row(self, typed: str = "") -> Iterator[CustomerRow]:
        """The whole list (or search) in name order, read as it is used (``list`` prints each as it comes)."""
        return store.iter_rows(search.match_expression(typed))

    def rows(self, ids: list[int]) -> list[CustomerRow]:
        return store.rows_for(ids)

    def count(self, typed: str = "", *, at_most: int | None = None) -> int:
        return store.count(search.match_expression(typed), at_most=at_most)

    def highest_number(self) -> int:
        """The highest customer number given: about how large the register is, without counting it."""
        return store.highest_id()

    # Visits, service jobs and invoices are checked as their corrections are (services/corrections.py).
    def add_visit(self, customer_id: int, visit: Visit) -> int:
        return self._add(customer_id, Action.VISIT_ADD, store.insert_visit, check_history_row(visit))

    def add_service_job(self, customer_id: int, job: ServiceJob) -> int:
        return self._add(customer_id, Action.JOB_ADD, store.insert_service_job, check_history_row(job))

    def set_service_job_status(self, customer_id: int, job_id: int, status: JobStatus) -> None:
        with self._db.atomic():
            if store.update_service_job_status(customer_id, job_id, status):
                self._audit.record(Action.JOB_STATUS, customer_id, f"job {job_id}: {status.value}{self._by()}")

    def add_invoice(self, customer_id: int, invoice: Invoice) -> int:
        return self._add(customer_id, Action.INVOICE_ADD, store.insert_invoice, check_history_row(invoice))

    def _add(self, customer_id: int, action: Action, insert, record) -> int:
        with self._db.atomic():
            self._require(customer_id)
            new_id = insert(customer_id, record)
            self._audit.record(action, customer_id, f"{new_id}{self._by()}")
        return new_id

    def _require(self, customer_id: int) -> None:
        if not store.exists(customer_id):
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)

