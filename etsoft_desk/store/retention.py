"""The SQL of retention: what falls due by date, deleting it, and the log of destroyed paper and devices."""

from __future__ import annotations

import datetime as dt

from .convert import as_date
from .models import database_proxy


def _db():
    return database_proxy.obj


def _one(sql: str, *params) -> int:
    return _db().execute_sql(sql, params).fetchone()[0]


def count_notes_until(day: dt.date) -> int:
    return _one("SELECT count(*) FROM sensitive_note WHERE retain_until <= ?", day.isoformat())


def delete_notes_until(day: dt.date) -> int:
    return _db().execute_sql("DELETE FROM sensitive_note WHERE retain_until <= ?", (day.isoformat(),)).rowcount


def count_visits_before(day: dt.date) -> int:
    return _one("SELECT count(*) FROM visit WHERE date < ?", day.isoformat())


def delete_visits_before(day: dt.date) -> int:
    return _db().execute_sql("DELETE FROM visit WHERE date < ?", (day.isoformat(),)).rowcount


_FINISHED_JOBS = "status IN ('done', 'cancelled') AND date < ?"


def count_jobs_before(day: dt.date) -> int:
    return _one(f"SELECT count(*) FROM service_job WHERE {_FINISHED_JOBS}", day.isoformat())


def delete_jobs_before(day: dt.date) -> int:
    return _db().execute_sql(f"DELETE FROM service_job WHERE {_FINISHED_JOBS}", (day.isoformat(),)).rowcount


# Requests of people who are not customers: closed before the date, their name still there.
_REQUESTERS = "customer_id IS NULL AND requester_name NOT IN ('', '[gewist]') AND closed_on < ?"


def count_requesters_before(day: dt.date) -> int:
    return _one(f"SELECT count(*) FROM data_request WHERE {_REQUESTERS}", day.isoformat())


def anonymise_requesters_before(day: dt.date) -> int:
    """The request stays (accountability), without anything that points to the person, as an erasure leaves
    a customer's requests."""
    return _db().execute_sql(
        "UPDATE data_request SET requester_name = '[gewist]', answer_to = '', "
        "extension_reason = CASE WHEN extension_reason = '' THEN '' ELSE '[gewist]' END, "
        f"outcome = CASE WHEN outcome = '' THEN '' ELSE '[gewist]' END WHERE {_REQUESTERS}",
        (day.isoformat(),)).rowcount


def inactive_customers(before: dt.date) -> list[int]:
    """Customers with no contact on or after ``before``: card made, visit, service job, invoice, consent."""
    day = before.isoformat()
    cursor = _db().execute_sql(
        "SELECT c.id FROM customer c WHERE substr(c.created_at, 1, 10) < ?1 AND substr(c.updated_at, 1, 10) < ?1 "
        "AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.customer_id = c.id AND v.date >= ?1) "
        "AND NOT EXISTS (SELECT 1 FROM service_job j WHERE j.customer_id = c.id AND (j.date >= ?1 "
        "               OR j.status IN ('open', 'in_progress'))) "
        "AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.customer_id = c.id AND i.date >= ?1) "
        "AND NOT EXISTS (SELECT 1 FROM consent_record r WHERE r.customer_id = c.id "
        "               AND substr(r.recorded_at, 1, 10) >= ?1) ORDER BY c.id", (day,))
    return [r[0] for r in cursor.fetchall()]


def add_destruction(kind: str, what: str, method: str, day: dt.date, by: str, at: dt.datetime,
                    erasure_id: str | None = None) -> None:
    _db().execute_sql("INSERT INTO destruction_log (kind, what, method, done_on, done_by, erasure_id, recorded_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)", (kind, what, method, day.isoformat(), by, erasure_id,
                                                       at.isoformat()))


def destructions() -> list[tuple[str, str, str, dt.date, str, str | None]]:
    cursor = _db().execute_sql("SELECT kind, what, method, done_on, done_by, erasure_id FROM destruction_log "
                               "ORDER BY done_on DESC, id DESC")
    return [(k, w, m, as_date(d), b, e) for k, w, m, d, b, e in cursor.fetchall()]
