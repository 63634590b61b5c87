"""Queries for privacy-statement versions and consent records."""

from __future__ import annotations

import datetime as dt

from ..domain import consent as rules
from .models import (ConsentRecord, Customer, Invoice, ServiceJob, StatementNotice, StatementVersion,
                     database_proxy)
from .convert import as_date, as_datetime


def insert_statement(*, effective_date: dt.date, text: str, sha256: str, material: bool, now: dt.datetime,
                     by: str) -> int:
    return StatementVersion.create(effective_date=effective_date, text=text, sha256=sha256, material=material,
                                   loaded_at=now, loaded_by=by).id


def current_statement(today: dt.date) -> StatementVersion | None:
    """The version in force on ``today``: the latest effective date not after it (the newest load wins a tie)."""
    return (StatementVersion.select().where(StatementVersion.effective_date <= today)
            .order_by(StatementVersion.effective_date.desc(), StatementVersion.id.desc()).first())


def statements() -> list[StatementVersion]:
    return list(StatementVersion.select().order_by(StatementVersion.effective_date, StatementVersion.id))


def insert_record(customer_id: int, record: rules.ConsentRecord) -> int:
    return database_proxy.obj.execute_sql(
        "INSERT INTO consent_record (customer_id, channel, state, method, basis, statement_version_id, recorded_at,"
        " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (customer_id, record.channel.value, record.state.value, record.method.value,
         record.basis.value if record.basis else None, record.statement_version, record.recorded_at.isoformat(" "),
         record.recorded_by)).lastrowid


def records(customer_id: int) -> list[rules.ConsentRecord]:
    """The customer's whole history, oldest first."""
    rows = ConsentRecord.select().where(ConsentRecord.customer == customer_id).order_by(ConsentRecord.id)
    return [rules.ConsentRecord(channel=rules.Channel(r.channel), state=rules.ConsentState(r.state),
                                method=rules.ConsentMethod(r.method), recorded_at=as_datetime(r.recorded_at),
                                recorded_by=r.recorded_by, statement_version=r.statement_version_id,
                                basis=rules.ConsentBasis(r.basis) if r.basis else None, id=r.id) for r in rows]


def current_state(customer_id: int, channel: rules.Channel) -> rules.ConsentState:
    row = database_proxy.obj.execute_sql(
        "SELECT state FROM consent_record WHERE customer_id = ? AND channel = ? ORDER BY id DESC LIMIT 1",
        (customer_id, channel.value)).fetchone()
    return rules.ConsentState(row[0]) if row else rules.ConsentState.NOT_ASKED


def is_existing_customer(customer_id: int) -> bool:
    """Bought something or had a service job: the soft opt-in may apply."""
    return (Invoice.select().where(Invoice.customer == customer_id).exists()
            or ServiceJob.select().where(ServiceJob.customer == customer_id).exists())


def customers_to_inform(version_id: int) -> list[int]:
    """Customers with a consent or an approval in force that was given under a version older than
    ``version_id``, and not yet told of it."""
    sql = """
        WITH cutoff AS (SELECT effective_date FROM statement_version WHERE id = :v),
        given AS (
            SELECT r.customer_id, r.statement_version_id AS version FROM consent_record r
             WHERE r.id IN (SELECT max(id) FROM consent_record GROUP BY customer_id, channel) AND r.state = 'granted'
            UNION ALL
            SELECT customer_id, statement_version_id FROM sharing_approval WHERE withdrawn_on IS NULL
            UNION ALL
            SELECT customer_id, statement_version_id FROM referral WHERE status IN ('approved', 'published'))
        SELECT DISTINCT g.customer_id FROM given g LEFT JOIN statement_version v ON v.id = g.version
         WHERE (v.id IS NULL OR v.effective_date < (SELECT effective_date FROM cutoff))
           AND g.customer_id NOT IN (SELECT customer_id FROM statement_notice WHERE statement_version_id = :v)
         ORDER BY g.customer_id"""
    return [row[0] for row in database_proxy.obj.execute_sql(sql, {"v": version_id}).fetchall()]


def insert_notice(customer_id: int, version_id: int, informed_on: dt.date, method: str, by: str) -> None:
    StatementNotice.insert(customer=customer_id, statement_version=version_id, informed_on=informed_on,
                           method=method, recorded_by=by).on_conflict_ignore().execute()


def third_party_sources_to_inform() -> list[tuple[int, dt.date]]:
    """Customers whose data came from a third party and who were not told yet, with the date it came in."""
    rows = (Customer.select(Customer.id, Customer.source_date, Customer.created_at)
            .where((Customer.source_kind == "third_party") & Customer.source_informed_on.is_null())
            .order_by(Customer.source_date, Customer.id))
    return [(r.id, as_date(r.source_date) or as_datetime(r.created_at).date()) for r in rows]


def mark_source_informed(customer_id: int, on: dt.date) -> bool:
    return bool(Customer.update(source_informed_on=on).where(Customer.id == customer_id).execute())


