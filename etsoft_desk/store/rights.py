"""Queries for restrictions, objections, what carried out a request, and who may be approached."""

from __future__ import annotations

import datetime as dt

from ..domain import rights as rules
from .convert import as_date
from .models import database_proxy


def _db():
    return database_proxy.obj


_RESTRICTION = ("id, customer_id, reason, since, fields, request_id, recorded_by, lifted_on, lifted_by, told_how")
_OBJECTION = ("id, customer_id, kind, since, method, processing, request_id, recorded_by, decision, "
              "decision_reason, decided_on")


def _restriction(row) -> rules.Restriction:
    return rules.Restriction(id=row[0], customer_id=row[1], reason=rules.RestrictionReason(row[2]),
                             since=as_date(row[3]), fields=tuple(f for f in row[4].split(",") if f),
                             request_id=row[5], recorded_by=row[6], lifted_on=as_date(row[7]), lifted_by=row[8],
                             told_how=row[9])


def _objection(row) -> rules.Objection:
    return rules.Objection(id=row[0], customer_id=row[1], kind=rules.ObjectionKind(row[2]), since=as_date(row[3]),
                           method=row[4], processing=row[5], request_id=row[6], recorded_by=row[7],
                           decision=rules.ObjectionDecision(row[8]) if row[8] else None, decision_reason=row[9],
                           decided_on=as_date(row[10]))


def in_force(customer_id: int) -> rules.InForce:
    """What the gate needs: the active restriction and the date of an objection to direct marketing."""
    db = _db()
    row = db.execute_sql(f"SELECT {_RESTRICTION} FROM restriction WHERE customer_id = ? AND lifted_on IS NULL "
                         "ORDER BY id DESC LIMIT 1", (customer_id,)).fetchone()
    objected = db.execute_sql("SELECT min(since) FROM objection WHERE customer_id = ? AND kind = ?",
                              (customer_id, rules.ObjectionKind.DIRECT_MARKETING.value)).fetchone()[0]
    return rules.InForce(restriction=_restriction(row) if row else None, marketing_objection=as_date(objected))


def add_restriction(customer_id: int, reason: rules.RestrictionReason, fields: tuple[str, ...], since: dt.date,
                    request_id: int | None, by: str) -> int:
    return _db().execute_sql(
        "INSERT INTO restriction (customer_id, reason, fields, since, request_id, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
        (customer_id, reason.value, ",".join(fields), since.isoformat(), request_id, by)).lastrowid


def lift_restriction(restriction_id: int, on: dt.date, by: str, told_how: str) -> None:
    _db().execute_sql("UPDATE restriction SET lifted_on = ?, lifted_by = ?, told_how = ? WHERE id = ?",
                      (on.isoformat(), by, told_how, restriction_id))


def restrictions(customer_id: int) -> list[rules.Restriction]:
    rows = _db().execute_sql(f"SELECT {_RESTRICTION} FROM restriction WHERE customer_id = ? ORDER BY id",
                             (customer_id,)).fetchall()
    return [_restriction(r) for r in rows]


def add_objection(customer_id: int, kind: rules.ObjectionKind, processing: str, since: dt.date, method: str,
                  request_id: int | None, by: str) -> int:
    return _db().execute_sql(
        "INSERT INTO objection (customer_id, kind, processing, since, method, request_id, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (customer_id, kind.value, processing, since.isoformat(), method, request_id, by)).lastrowid


def decide_objection(objection_id: int, customer_id: int, decision: rules.ObjectionDecision, reason: str,
                     on: dt.date) -> bool:
    return bool(_db().execute_sql(
        "UPDATE objection SET decision = ?, decision_reason = ?, decided_on = ? WHERE id = ? AND customer_id = ? "
        "AND kind = ?", (decision.value, reason, on.isoformat(), objection_id, customer_id,
                         rules.ObjectionKind.LEGITIMATE_INTEREST.value)).rowcount)


def objections(customer_id: int) -> list[rules.Objection]:
    rows = _db().execute_sql(f"SELECT {_OBJECTION} FROM objection WHERE customer_id = ? ORDER BY id",
                             (customer_id,)).fetchall()
    return [_objection(r) for r in rows]


def granted_channels(customer_id: int) -> list[str]:
    """The channels whose latest record is a grant."""
    rows = _db().execute_sql(
        "SELECT channel, state FROM consent_record WHERE id IN (SELECT max(id) FROM consent_record "
        "WHERE customer_id = ? GROUP BY channel)", (customer_id,)).fetchall()
    return sorted(channel for channel, state in rows if state == "granted")


def insert_withdrawal(customer_id: int, channel: str, method: str, at: dt.datetime, by: str,
                      statement_version: int | None, *, objection_id: int | None = None,
                      request_id: int | None = None) -> int:
    return _db().execute_sql(
        "INSERT INTO consent_record (customer_id, channel, state, method, basis, statement_version_id, recorded_at,"
        " recorded_by, after_objection, objection_id, request_id) VALUES (?, ?, 'withdrawn', ?, NULL, ?, ?, ?, 0, ?, ?)",
        (customer_id, channel, method, statement_version, at.isoformat(" "), by, objection_id, request_id)).lastrowid


def mark_consent(record_id: int, *, after_objection: bool = False, request_id: int | None = None) -> None:
    _db().execute_sql("UPDATE consent_record SET after_objection = ?, request_id = ? WHERE id = ?",
                      (int(after_objection), request_id, record_id))


def after_objection(record_id: int) -> bool:
    row = _db().execute_sql("SELECT after_objection FROM consent_record WHERE id = ?", (record_id,)).fetchone()
    return bool(row and row[0])


# --- what carried out a request ---------------------------------------------------------------------------
def add_action(request_id: int, action: str, reference: str, at: dt.datetime, by: str) -> None:
    _db().execute_sql("INSERT INTO request_action (request_id, action, reference, done_at, recorded_by) "
                      "VALUES (?, ?, ?, ?, ?)", (request_id, action, reference, at.isoformat(" "), by))


def actions(request_id: int) -> list[tuple[str, str]]:
    return [(a, r) for a, r in _db().execute_sql(
        "SELECT action, reference FROM request_action WHERE request_id = ? ORDER BY id", (request_id,)).fetchall()]


REPORT_ACTIONS = ("access", "no_data")  # the access report, and the "Nee" report for someone not a customer


def mark_issued(reference: str, at: dt.datetime) -> None:
    """The access report with this document id left the program (printed or saved): a copy handed over."""
    _db().execute_sql("UPDATE request_action SET issued_at = ? WHERE reference = ? AND action IN (?, ?) "
                      "AND issued_at IS NULL", (at.isoformat(" "), reference, *REPORT_ACTIONS))


def copies_issued(request_id: int, action: str) -> list[dt.date]:
    """When earlier copies of the report made with ``action`` for this request were handed over."""
    rows = _db().execute_sql("SELECT issued_at FROM request_action WHERE request_id = ? AND action = ? "
                             "AND issued_at IS NOT NULL ORDER BY issued_at", (request_id, action)).fetchall()
    return [dt.datetime.fromisoformat(str(r[0])).date() for r in rows]


# --- who may be approached ----------------------------------------------------------------------------------
def approachable(channel: str, soft_opt_in_since: dt.date) -> list[tuple]:
    """Customers whose latest record on ``channel`` is a grant, without a restriction in force, and without an
    objection to direct marketing unless the grant came after it on their own new request. A soft opt-in counts
    only for a customer with an invoice or a service job on or after ``soft_opt_in_since``.

    Rows: (customer id, first name, infix, last name, consent time, basis, first email, first phone, street,
    house number, addition, postcode, city, country)."""
    sql = """
        SELECT c.id, c.first_name, c.infix, c.last_name, r.recorded_at, r.basis, e.address, p.number,
               c.street, c.house_number, c.house_number_addition, c.postcode, c.city, c.country
          FROM (SELECT max(id) AS id FROM consent_record WHERE channel = :channel GROUP BY customer_id) AS latest
          JOIN consent_record r ON r.id = latest.id
          JOIN customer c ON c.id = r.customer_id
          LEFT JOIN customer_email e ON e.customer_id = c.id AND e.position = 0
          LEFT JOIN customer_phone p ON p.customer_id = c.id AND p.position = 0
         WHERE r.state = 'granted'
           AND NOT EXISTS (SELECT 1 FROM restriction x WHERE x.customer_id = c.id AND x.lifted_on IS NULL)
           AND (r.after_objection OR NOT EXISTS (SELECT 1 FROM objection o WHERE o.customer_id = c.id
                                                   AND o.kind = 'direct_marketing'))
           AND (r.basis IS NOT 'soft_opt_in'
                OR EXISTS (SELECT 1 FROM invoice i WHERE i.customer_id = c.id AND i.date >= :since)
                OR EXISTS (SELECT 1 FROM service_job j WHERE j.customer_id = c.id AND j.date >= :since))
         ORDER BY c.sort_key, c.id"""
    return _db().execute_sql(sql, {"channel": channel, "since": soft_opt_in_since.isoformat()}).fetchall()


def other_emails() -> dict[int, list[str]]:
    """Every customer's email addresses after the first (the lists carry the first; the ledger needs all)."""
    out: dict[int, list[str]] = {}
    for cid, address in _db().execute_sql(
            "SELECT customer_id, address FROM customer_email WHERE position > 0 ORDER BY customer_id, position"):
        out.setdefault(cid, []).append(address)
    return out


def identity(customer_id: int) -> tuple | None:
    """(first name, infix, last name, postcode, house number, addition, emails): what the erasure ledger matches."""
    db = _db()
    row = db.execute_sql("SELECT first_name, infix, last_name, postcode, house_number, house_number_addition "
                         "FROM customer WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        return None
    emails = [e for (e,) in db.execute_sql("SELECT address FROM customer_email WHERE customer_id = ? "
                                           "ORDER BY position", (customer_id,))]
    return (*row, emails)


def shared_with(recipient_id: int) -> list[tuple]:
    """Customers whose latest approval to share with the recipient is in force, who did not ask us to stop
    sharing, and without a restriction in force.

    Rows: (customer id, first name, infix, last name, approval id, given on, data, purpose, first email, first
    phone, street, house number, addition, postcode, city, country)."""
    sql = """
        SELECT c.id, c.first_name, c.infix, c.last_name, a.id, a.given_on, a.data, a.purpose, e.address, p.number,
               c.street, c.house_number, c.house_number_addition, c.postcode, c.city, c.country
          FROM (SELECT max(id) AS id FROM sharing_approval WHERE recipient_id = :recipient AND withdrawn_on IS NULL
                 GROUP BY customer_id) AS latest
          JOIN sharing_approval a ON a.id = latest.id
          JOIN customer c ON c.id = a.customer_id
          LEFT JOIN customer_email e ON e.customer_id = c.id AND e.position = 0
          LEFT JOIN customer_phone p ON p.customer_id = c.id AND p.position = 0
         WHERE NOT EXISTS (SELECT 1 FROM sharing_objection s WHERE s.customer_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM restriction x WHERE x.customer_id = c.id AND x.lifted_on IS NULL)
         ORDER BY c.sort_key, c.id"""
    return _db().execute_sql(sql, {"recipient": recipient_id}).fetchall()
