"""Queries for corrections of the history rows and the Art. 19 letters made about them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..domain.corrections import Correction, RowKind
from ..domain.customer import Invoice, JobKind, JobStatus, ServiceJob, Visit
from .convert import as_date, as_datetime
from .models import database_proxy


def _db():
    return database_proxy.obj


_SELECT = {RowKind.VISIT: "SELECT customer_id, date, purpose FROM visit WHERE id = ?",
           RowKind.SERVICE_JOB: "SELECT customer_id, date, kind, device, serial_number, description, status "
                                "FROM service_job WHERE id = ?",
           RowKind.INVOICE: "SELECT customer_id, number, date, amount_cents FROM invoice WHERE id = ?"}


def load_row(kind: RowKind, row_id: int) -> tuple[int, Visit | ServiceJob | Invoice] | None:
    """(customer id, the row as a record), or None."""
    row = _db().execute_sql(_SELECT[kind], (row_id,)).fetchone()
    if row is None:
        return None
    if kind is RowKind.VISIT:
        record = Visit(date=as_date(row[1]), purpose=row[2], id=row_id)
    elif kind is RowKind.SERVICE_JOB:
        record = ServiceJob(date=as_date(row[1]), kind=JobKind(row[2]), device=row[3], serial_number=row[4],
                            description=row[5], status=JobStatus(row[6]), id=row_id)
    else:
        record = Invoice(number=row[1], date=as_date(row[2]), amount=Decimal(row[3]) / 100, id=row_id)
    return row[0], record


def column_values(kind: RowKind, record) -> dict[str, object]:
    """The row's correctable columns as they are stored (an amount in cents, a kind by its code)."""
    if kind is RowKind.VISIT:
        return {"date": record.date, "purpose": record.purpose}
    if kind is RowKind.SERVICE_JOB:
        return {"date": record.date, "kind": record.kind.value, "device": record.device,
                "serial_number": record.serial_number, "description": record.description}
    return {"date": record.date, "amount_cents": int((record.amount * 100).to_integral_value())}


def save_row(kind: RowKind, row_id: int, record) -> None:
    values = column_values(kind, record)
    columns = ", ".join(f"{c} = ?" for c in values)
    params = [v.isoformat() if isinstance(v, dt.date) else v for v in values.values()]
    _db().execute_sql(f"UPDATE {kind.value} SET {columns} WHERE id = ?", (*params, row_id))


def add(customer_id: int, kind: RowKind, row_id: int, field: str, old: str, new: str, at: dt.datetime, by: str,
        request_id: int | None) -> int:
    return _db().execute_sql(
        "INSERT INTO correction (customer_id, row_table, row_id, field, old_value, new_value, corrected_at, "
        "recorded_by, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (customer_id, kind.value, row_id, field, old, new, at.isoformat(), by, request_id)).lastrowid


_COLUMNS = "id, customer_id, row_table, row_id, field, old_value, new_value, corrected_at, recorded_by, request_id"


def _correction(row, notices) -> Correction:
    return Correction(id=row[0], customer_id=row[1], row_kind=RowKind(row[2]), row_id=row[3], field=row[4],
                      old_value=row[5], new_value=row[6], corrected_at=as_datetime(row[7]), recorded_by=row[8],
                      request_id=row[9], notices=notices.get(row[0], []))


def _notices(where: str, params) -> dict[int, list[tuple[str, str, dt.datetime]]]:
    out: dict[int, list] = {}
    for correction_id, name, doc, made in _db().execute_sql(
            "SELECT n.correction_id, r.name, n.document_id, n.made_at FROM correction_notice n "
            f"JOIN recipient r ON r.id = n.recipient_id WHERE {where} ORDER BY n.id", params).fetchall():
        out.setdefault(correction_id, []).append((name, doc, as_datetime(made)))
    return out


def for_customer(customer_id: int) -> list[Correction]:
    rows = _db().execute_sql(f"SELECT {_COLUMNS} FROM correction WHERE customer_id = ? ORDER BY id",
                             (customer_id,)).fetchall()
    notices = _notices("n.customer_id = ?", (customer_id,))
    return [_correction(r, notices) for r in rows]


def get(ids: list[int]) -> list[Correction]:
    marks = ", ".join("?" * len(ids))
    rows = _db().execute_sql(f"SELECT {_COLUMNS} FROM correction WHERE id IN ({marks}) ORDER BY id", ids).fetchall()
    notices = _notices(f"n.correction_id IN ({marks})", ids)
    return [_correction(r, notices) for r in rows]


def row_dates(kind: RowKind, row_id: int) -> list[dt.date]:
    """The dates a row had: now and before each correction of it (the earliest says since when it existed)."""
    db = _db()
    now = db.execute_sql(f"SELECT date FROM {kind.value} WHERE id = ?", (row_id,)).fetchone()
    before = db.execute_sql("SELECT old_value FROM correction WHERE row_table = ? AND row_id = ? AND field = ?",
                            (kind.value, row_id, f"{kind.value}.date")).fetchall()
    dates = [as_date(now[0])] if now else []
    for (text,) in before:
        try:
            dates.append(dt.datetime.strptime(text, "%d-%m-%Y").date())
        except ValueError:
            pass
    return dates


def disclosures(customer_id: int) -> dict[int, tuple[str, list[tuple[str, dt.datetime]]]]:
    """Per recipient that received the customer's data: (name, [(what, when)])."""
    out: dict[int, tuple[str, list]] = {}
    for rid, name, what, at in _db().execute_sql(
            "SELECT r.id, r.name, d.what, d.disclosed_at FROM disclosure d JOIN recipient r ON r.id = d.recipient_id "
            "WHERE d.customer_id = ? ORDER BY r.name, d.id", (customer_id,)).fetchall():
        out.setdefault(rid, (name, []))[1].append((what, as_datetime(at)))
    return out


def add_notice(correction_id: int, customer_id: int, recipient_id: int, document_id: str, at: dt.datetime,
               by: str) -> None:
    _db().execute_sql("INSERT INTO correction_notice (correction_id, customer_id, recipient_id, document_id, made_at, "
                      "recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                      (correction_id, customer_id, recipient_id, document_id, at.isoformat(), by))
