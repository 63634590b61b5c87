"""Queries for customer cards, their history and the search index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from peewee import Database, IntegrityError

from ..domain import search
from ..domain.customer import (AgeCheck, Address, CustomerCard, Interest, Invoice as InvoiceRecord, JobKind,
                               JobStatus, ServiceJob as ServiceJobRecord, SourceKind, Visit as VisitRecord,
                               sort_name)
from ..domain.errors import FieldError
from ..domain.messages import Msg
from ..domain.search import fold
from . import search_page
from .models import Customer, CustomerEmail, CustomerPhone, Invoice, ServiceJob, Visit, database_proxy
from .convert import as_date, as_datetime

LIST_CACHE_KIB = 1024 * 1024  # a whole list's cache at most (a register of 1,000,000 customers is ~750 MiB)
SORT_COLUMNS = {"name": "c.sort_key", "postcode": "c.postcode", "city": "c.city", "id": "c.id"}


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    name: str
    email: str
    phone: str
    postcode: str
    city: str


@dataclass
class StoredCustomer:
    id: int
    card: CustomerCard
    created_at: dt.datetime
    updated_at: dt.datetime
    visits: list[VisitRecord]
    service_jobs: list[ServiceJobRecord]
    invoices: list[InvoiceRecord]
    source_informed_on: dt.date | None = None


def _columns(card: CustomerCard) -> dict:
    a = card.address
    return dict(
        first_name=card.first_name, infix=card.infix, last_name=card.last_name,
        sort_key=fold(sort_name(card.first_name, card.infix, card.last_name)),
        street=a.street, house_number=a.house_number, house_number_addition=a.house_number_addition,
        postcode=a.postcode, city=a.city, country=a.country,
        age_confirmed=card.age_confirmed, age_check=card.age_check.value if card.age_check else None,
        age_checked_on=card.age_checked_on, source_kind=card.source_kind.value, source_name=card.source_name,
        source_date=card.source_date, source_how=card.source_how,
        interests=",".join(sorted(i.value for i in card.interests)), notes=card.notes,
    )


def _index_body(card: CustomerCard) -> str:
    return search.index_text(names=[card.first_name, card.infix, card.last_name], emails=card.emails,
                             phones=card.phones, postcode=card.address.postcode, city=card.address.city)


def insert_customer(card: CustomerCard, now: dt.datetime) -> int:
    customer = Customer.create(**_columns(card), created_at=now, updated_at=now)
    _write_contacts(customer.id, card)
    _index(customer.id, card, new=True)
    return customer.id


def insert_many(cards: Iterable[CustomerCard], now: dt.datetime) -> list[int]:
    """Bulk insert for imports: plain executemany, one statement shape each table."""
    db: Database = database_proxy.obj
    cursor = db.cursor()
    ids: list[int] = []
    emails, phones, index = [], [], []
    columns = None
    stamp = now.isoformat(" ")
    for card in cards:
        values = _columns(card)
        if columns is None:
            columns = list(values) + ["created_at", "updated_at"]
            sql = f"INSERT INTO customer ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        cursor.execute(sql, (*values.values(), stamp, stamp))
        cid = cursor.lastrowid
        ids.append(cid)
        emails.extend((cid, e, i) for i, e in enumerate(card.emails))
        phones.extend((cid, p, i) for i, p in enumerate(card.phones))
        index.append((cid, _index_body(card)))
    cursor.executemany("INSERT INTO customer_email (customer_id, address, position) VALUES (?, ?, ?)", emails)
    cursor.executemany("INSERT INTO customer_phone (customer_id, number, position) VALUES (?, ?, ?)", phones)
    cursor.executemany("INSERT INTO customer_search (rowid, body) VALUES (?, ?)", index)
    return ids


def update_customer(customer_id: int, card: CustomerCard, now: dt.datetime) -> list[str]:
    """Write the card; return the names of the fields that changed (for the audit log, no values)."""
    before = load_card(customer_id)
    changed = [name for name in ("first_name", "infix", "last_name", "emails", "phones", "address", "age_confirmed",
                                 "age_check", "source_kind", "source_name", "source_date", "source_how",
                                 "interests", "notes") if getattr(before, name) != getattr(card, name)]
    if not changed:
        return []
    extra = {}
    if any(name.startswith("source_") for name in changed):
        extra["source_informed_on"] = None  # new or changed third-party data: a new Art. 14 notice is due
    Customer.update(**_columns(card), **extra, updated_at=now).where(Customer.id == customer_id).execute()
    CustomerEmail.delete().where(CustomerEmail.customer == customer_id).execute()
    CustomerPhone.delete().where(CustomerPhone.customer == customer_id).execute()
    _write_contacts(customer_id, card)
    _index(customer_id, card, new=False)
    return changed


def _write_contacts(customer_id: int, card: CustomerCard) -> None:
    if card.emails:
        CustomerEmail.insert_many([(customer_id, e, i) for i, e in enumerate(card.emails)],
                                  fields=[CustomerEmail.customer, CustomerEmail.address, CustomerEmail.position]).execute()
    if card.phones:
        CustomerPhone.insert_many([(customer_id, p, i) for i, p in enumerate(card.phones)],
                                  fields=[CustomerPhone.customer, CustomerPhone.number, CustomerPhone.position]).execute()


def _index(customer_id: int, card: CustomerCard, *, new: bool) -> None:
    db: Database = database_proxy.obj
    if not new:
        # With FTS5 secure-delete on, the old tokens are overwritten, not left in a segment.
        db.execute_sql("DELETE FROM customer_search WHERE rowid = ?", (customer_id,))
    db.execute_sql("INSERT INTO customer_search (rowid, body) VALUES (?, ?)", (customer_id, _index_body(card)))


def exists(customer_id: int) -> bool:
    # Checked before every change to a customer: plain SQL, no query building.
    return database_proxy.obj.execute_sql("SELECT 1 FROM customer WHERE id = ?", (customer_id,)).fetchone() is not None


def load_card(customer_id: int) -> CustomerCard | None:
    c = Customer.get_or_none(Customer.id == customer_id)
    if c is None:
        return None
    return _card_from(c)


def _card_from(c: Customer) -> CustomerCard:
    emails = [e.address for e in CustomerEmail.select().where(CustomerEmail.customer == c.id).order_by(CustomerEmail.position)]
    phones = [p.number for p in CustomerPhone.select().where(CustomerPhone.customer == c.id).order_by(CustomerPhone.position)]
    return CustomerCard(
        first_name=c.first_name, infix=c.infix, last_name=c.last_name, emails=emails, phones=phones,
        address=Address(street=c.street, house_number=c.house_number, house_number_addition=c.house_number_addition,
                        postcode=c.postcode, city=c.city, country=c.country),
        age_confirmed=bool(c.age_confirmed), age_check=AgeCheck(c.age_check) if c.age_check else None,
        age_checked_on=as_date(c.age_checked_on), source_kind=SourceKind(c.source_kind), source_name=c.source_name,
        source_date=as_date(c.source_date), source_how=c.source_how,
        interests={Interest(i) for i in c.interests.split(",") if i}, notes=c.notes,
    )


def load_customer(customer_id: int) -> StoredCustomer | None:
    c = Customer.get_or_none(Customer.id == customer_id)
    if c is None:
        return None
    visits = [VisitRecord(date=as_date(v.date), purpose=v.purpose, id=v.id)
              for v in Visit.select().where(Visit.customer == customer_id).order_by(Visit.date.desc(), Visit.id.desc())]
    jobs = [ServiceJobRecord(date=as_date(j.date), kind=JobKind(j.kind), device=j.device, serial_number=j.serial_number,
                             description=j.description, status=JobStatus(j.status), id=j.id)
            for j in ServiceJob.select().where(ServiceJob.customer == customer_id)
            .order_by(ServiceJob.date.desc(), ServiceJob.id.desc())]
    invoices = [InvoiceRecord(number=i.number, date=as_date(i.date), amount=Decimal(i.amount_cents) / 100, id=i.id)
                for i in Invoice.select().where(Invoice.customer == customer_id).order_by(Invoice.date.desc(), Invoice.id.desc())]
    return StoredCustomer(id=c.id, card=_card_from(c), created_at=as_datetime(c.created_at),
                          updated_at=as_datetime(c.updated_at), visits=visits, service_jobs=jobs, invoices=invoices,
                          source_informed_on=as_date(c.source_informed_on))


def insert_visit(customer_id: int, visit: VisitRecord) -> int:
    return Visit.create(customer=customer_id, date=visit.date, purpose=visit.purpose).id


def insert_service_job(customer_id: int, job: ServiceJobRecord) -> int:
    return ServiceJob.create(customer=customer_id, date=job.date, kind=job.kind.value, device=job.device,
                             serial_number=job.serial_number, description=job.description, status=job.status.value).id


def service_job(job_id: int) -> tuple[int, ServiceJobRecord] | None:
    """One service job and whose it is (the intake slip is made from it)."""
    j = ServiceJob.get_or_none(ServiceJob.id == job_id)
    if j is None:
        return None
    return j.customer.id, ServiceJobRecord(date=as_date(j.date), kind=JobKind(j.kind), device=j.device,
                                           serial_number=j.serial_number, description=j.description,
                                           status=JobStatus(j.status), id=j.id)


def update_service_job_status(customer_id: int, job_id: int, status: JobStatus) -> bool:
    return bool(ServiceJob.update(status=status.value)
                .where((ServiceJob.id == job_id) & (ServiceJob.customer == customer_id)).execute())


def insert_invoice(customer_id: int, invoice: InvoiceRecord) -> int:
    cents = int((invoice.amount * 100).to_integral_value())
    kept = database_proxy.obj.execute_sql("SELECT 1 FROM kept_invoice WHERE number = ?", (invoice.number,))
    if kept.fetchone():  # an erased customer's invoice, kept for the tax law, has this number
        raise FieldError("number", Msg.INVOICE_NUMBER_TAKEN, value=invoice.number)
    try:
        with database_proxy.atomic():
            return Invoice.create(customer=customer_id, number=invoice.number, date=invoice.date, amount_cents=cents).id
    except IntegrityError:
        raise FieldError("number", Msg.INVOICE_NUMBER_TAKEN, value=invoice.number) from None


_ROW_SELECT = """
    SELECT c.id, c.first_name, c.infix, c.last_name,
           (SELECT address FROM customer_email e WHERE e.customer_id = c.id ORDER BY e.position LIMIT 1),
           (SELECT number FROM customer_phone p WHERE p.customer_id = c.id ORDER BY p.position LIMIT 1),
           c.postcode, c.city
    FROM customer c"""


def _row(r) -> CustomerRow:
    return CustomerRow(id=r[0], name=" ".join(p for p in r[1:4] if p), email=r[4] or "", phone=r[5] or "",
                       postcode=r[6], city=r[7])


def _rows(sql: str, params: list) -> list[CustomerRow]:
    return [_row(r) for r in database_proxy.obj.execute_sql(sql, params).fetchall()]


def _order(sort: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return f"{SORT_COLUMNS[sort]} {direction}" + ("" if sort in ("name", "id") else f", c.sort_key {direction}") + \
        ("" if sort == "id" else f", c.id {direction}")


_KEY_COLUMNS = {"name": ["sort_key", "id"], "postcode": ["postcode", "sort_key", "id"],
                "city": ["city", "sort_key", "id"], "id": ["id"]}


def _after(sort: str, descending: bool, after_id: int) -> tuple[str, list] | None:
    """The condition "after this customer in the list's order" (None: the customer is gone)."""
    columns = _KEY_COLUMNS[sort]
    values = database_proxy.obj.execute_sql(f"SELECT {', '.join(columns)} FROM customer WHERE id = ?",
                                            (after_id,)).fetchone()
    if values is None:
        return None
    return (f"({', '.join('c.' + c for c in columns)}) {'<' if descending else '>'} ({', '.join('?' * len(columns))})",
            list(values))


def page(match: str | None, *, sort: str = "name", descending: bool = False, offset: int = 0,
         limit: int = 100, after_id: int | None = None) -> list[CustomerRow]:
    """One page of the list, optionally narrowed by an FTS5 match expression.

    ``after_id`` (the last customer of the page before) starts the page right after that customer, however
    far down the list: the index is entered there instead of counted through (``offset`` if it is gone)."""
    order = _order(sort, descending)
    after = _after(sort, descending, after_id) if after_id is not None else None
    if after is not None:
        offset = 0
    if match is None:
        where, params = (f"WHERE {after[0]}", after[1]) if after else ("", [])
        return _rows(f"{_ROW_SELECT} {where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    return rows_for(search_page.matching_ids(match, sort, order, offset, limit, after))


def iter_rows(match: str | None, *, sort: str = "name", descending: bool = False) -> Iterator[CustomerRow]:
    """Every line of the list (or of a search) in the list's order, read from one cursor as it comes."""
    order = _order(sort, descending)
    where, params = "", []
    if match is not None:
        # The list's own index walked in order, each customer looked up among the matches: the first line
        # comes as soon as the matches are gathered, without sorting them all first.
        where = "WHERE c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)"
        params.append(match)
    db = database_proxy.obj
    # In name order the rows are read all over the file, each page some dozen times: a cache that holds them
    # decrypts each page once (SQLite takes the memory as pages are read, up to this; given back after).
    kept = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size = -{LIST_CACHE_KIB}")
    try:
        cursor = db.execute_sql(f"{_ROW_SELECT} INDEXED BY {search_page.ORDER_INDEX[sort]} {where} ORDER BY {order}",
                                params)
        for r in cursor:
            yield _row(r)
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(kept)}")


def rows_for(ids: list[int]) -> list[CustomerRow]:
    """List lines for the given customers, in the list's order."""
    if not ids:
        return []
    found: list[CustomerRow] = []
    for start in range(0, len(ids), 500):  # stay under SQLite's limit on bound parameters
        chunk = ids[start:start + 500]
        found += _rows(f"{_ROW_SELECT} WHERE c.id IN ({', '.join('?' * len(chunk))})", chunk)
    order = {cid: i for i, cid in enumerate(ids)}
    return sorted(found, key=lambda r: order[r.id])


def existing(ids: list[int]) -> set[int]:
    """Those of the given customers that are in the register (without reading their lines)."""
    found: set[int] = set()
    for start in range(0, len(ids), 500):  # stay under SQLite's limit on bound parameters
        chunk = ids[start:start + 500]
        found.update(r[0] for r in database_proxy.obj.execute_sql(
            f"SELECT id FROM customer WHERE id IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
    return found


def count(match: str | None, *, at_most: int | None = None) -> int:
    """How many customers (match); with ``at_most``, counting stops there (a broad search at a million is
    counted in a few milliseconds instead of tens)."""
    if match is None:
        return database_proxy.obj.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
    if at_most is not None:
        return database_proxy.obj.execute_sql("SELECT count(*) FROM (SELECT 1 FROM customer_search WHERE "
                                              "customer_search MATCH ? LIMIT ?)", (match, at_most)).fetchone()[0]
    return database_proxy.obj.execute_sql(
        "SELECT count(*) FROM customer_search WHERE customer_search MATCH ?", (match,)).fetchone()[0]


def highest_id() -> int:
    """The highest customer number given (the last row of the primary key: instant at a million)."""
    return database_proxy.obj.execute_sql("SELECT max(id) FROM customer").fetchone()[0] or 0


def email_owners() -> Iterable[tuple[int, str]]:
    """(customer id, email address in lower case) of every customer: an import's duplicates are found by it."""
    return database_proxy.obj.execute_sql("SELECT customer_id, lower(address) FROM customer_email")


def name_postcodes() -> Iterable[tuple[int, str, str, str, str, int | None]]:
    """(customer id, first name, infix, last name, postcode, house number) of every customer with a postcode."""
    return database_proxy.obj.execute_sql("SELECT id, first_name, infix, last_name, postcode, house_number FROM customer "
                                          "WHERE postcode != ''")
