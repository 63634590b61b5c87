"""The SQL of erasure: what a customer has, moving what the law keeps aside, deleting the rest.

Deleting relies on the register's settings (store/database.py): ``secure_delete`` overwrites freed space, the
search index has FTS5's ``secure-delete`` so no token of the customer stays in its segments, and the caller
checkpoints the WAL with TRUNCATE afterwards. See shared/ERASURE.md for what each of these was measured to do.
"""

from __future__ import annotations

import datetime as dt
from ..domain.customer import Address, CustomerCard
from .convert import as_date
from .models import database_proxy


def _db():
    return database_proxy.obj


def open_jobs(customer_id: int) -> int:
    return _db().execute_sql("SELECT count(*) FROM service_job WHERE customer_id = ? AND status IN "
                             "('open', 'in_progress')", (customer_id,)).fetchone()[0]


def invoices(customer_id: int) -> list[tuple[str, dt.date, int]]:
    cursor = _db().execute_sql("SELECT number, date, amount_cents FROM invoice WHERE customer_id = ? ORDER BY date",
                               (customer_id,))
    return [(n, as_date(d), a) for n, d, a in cursor.fetchall()]


def published_referrals(customer_id: int) -> list[str]:
    """Addresses where a referral of the customer is (or may still be) on the website."""
    cursor = _db().execute_sql("SELECT published_url FROM referral WHERE customer_id = ? AND published_url IS NOT "
                               "NULL AND taken_down_on IS NULL", (customer_id,))
    return [r[0] for r in cursor.fetchall()]


def recipients_told(customer_id: int) -> list[tuple[int, str]]:
    """Recipients that received the customer's data: (id, name)."""
    cursor = _db().execute_sql(
        "SELECT DISTINCT r.id, r.name FROM disclosure d JOIN recipient r ON r.id = d.recipient_id "
        "WHERE d.customer_id = ? ORDER BY r.name", (customer_id,))
    return [tuple(r) for r in cursor.fetchall()]


def keep_invoices(customer_id: int, erasure_id: str, name: str, address: str, keep_until: dict[str, dt.date],
                  ground: str) -> int:
    db = _db()
    moved = 0
    for number, day, amount in invoices(customer_id):
        if number not in keep_until:
            continue
        db.execute_sql("INSERT INTO kept_invoice (erasure_id, number, date, amount_cents, customer_name, "
                       "customer_address, keep_until, ground) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (erasure_id, number, day.isoformat(), amount, name, address, keep_until[number].isoformat(),
                        ground))
        moved += 1
    db.execute_sql("DELETE FROM invoice WHERE customer_id = ?", (customer_id,))
    return moved


def add_takedowns(erasure_id: str, urls: list[str], since: dt.date) -> None:
    for url in urls:
        _db().execute_sql("INSERT INTO takedown_task (erasure_id, url, since) VALUES (?, ?, ?)",
                          (erasure_id, url, since.isoformat()))


def anonymise_requests(customer_id: int, erasure_id: str, request_id: int | None, today: dt.date) -> int:
    """Requests stay in the register (accountability) without anything that points to the person."""
    db = _db()
    if request_id is not None:
        db.execute_sql("UPDATE data_request SET status = 'done', closed_on = ?, outcome = ? WHERE id = ?",
                       (today.isoformat(), f"uitgevoerd: {erasure_id}", request_id))
    cursor = db.execute_sql(
        "UPDATE data_request SET customer_id = NULL, answer_to = '', requester_name = '', "
        "extension_reason = CASE WHEN extension_reason = '' THEN '' ELSE '[gewist]' END, "
        "outcome = CASE WHEN outcome = '' OR id = ? THEN outcome ELSE '[gewist]' END "
        "WHERE customer_id = ?", (request_id, customer_id))
    return cursor.rowcount


def delete_customer(customer_id: int) -> None:
    db = _db()
    db.execute_sql("DELETE FROM customer_search WHERE rowid = ?", (customer_id,))
    db.execute_sql("DELETE FROM disclosure WHERE customer_id = ?", (customer_id,))
    db.execute_sql("DELETE FROM customer WHERE id = ?", (customer_id,))  # the rest cascades


def mark_applied(erasure_id: str, at: dt.datetime) -> None:
    _db().execute_sql("INSERT OR IGNORE INTO erasure_applied (erasure_id, applied_at) VALUES (?, ?)",
                      (erasure_id, at.isoformat()))


def applied_ids() -> set[str]:
    return {r[0] for r in _db().execute_sql("SELECT erasure_id FROM erasure_applied").fetchall()}


def identity_cards() -> dict[int, CustomerCard]:
    """Every customer's identifying values (names, postcode, emails, phones), for matching the ledger."""
    db = _db()
    cards: dict[int, CustomerCard] = {}
    for cid, first, infix, last, postcode, number, addition in db.execute_sql(
            "SELECT id, first_name, infix, last_name, postcode, house_number, house_number_addition FROM customer"):
        cards[cid] = CustomerCard(first_name=first, infix=infix, last_name=last, emails=[], phones=[],
                                  address=Address(postcode=postcode, house_number=number,
                                                  house_number_addition=addition or ""))
    for cid, address in db.execute_sql("SELECT customer_id, address FROM customer_email"):
        cards[cid].emails.append(address)
    for cid, number in db.execute_sql("SELECT customer_id, number FROM customer_phone"):
        cards[cid].phones.append(number)
    return cards


def kept_due(today: dt.date) -> list[tuple[int, str, dt.date, dt.date]]:
    """Kept invoices whose keep-until date has passed: (id, number, date, keep_until)."""
    cursor = _db().execute_sql("SELECT id, number, date, keep_until FROM kept_invoice WHERE keep_until <= ? "
                               "ORDER BY keep_until", (today.isoformat(),))
    return [(i, n, as_date(d), as_date(k)) for i, n, d, k in cursor.fetchall()]


def destroy_kept(ids: list[int]) -> None:
    for kept_id in ids:
        _db().execute_sql("DELETE FROM kept_invoice WHERE id = ?", (kept_id,))


def open_takedowns() -> list[tuple[int, str, dt.date]]:
    cursor = _db().execute_sql("SELECT id, url, since FROM takedown_task WHERE done_on IS NULL ORDER BY since, id")
    return [(i, u, as_date(d)) for i, u, d in cursor.fetchall()]


def takedown_done(task_id: int, on: dt.date) -> None:
    _db().execute_sql("UPDATE takedown_task SET done_on = ? WHERE id = ?", (on.isoformat(), task_id))


# --- the register's own copy of the erasure ledger ------------------------------------------------------------
def ledger_lines() -> list[str]:
    return [r[0] for r in _db().execute_sql("SELECT line FROM ledger_line ORDER BY seq").fetchall()]


def keep_ledger_line(line: str) -> None:
    _db().execute_sql("INSERT OR IGNORE INTO ledger_line (line) VALUES (?)", (line,))


def request_to_close(request_id: int, customer_id: int) -> bool:
    """Whether a replayed erasure should close this request: it exists, is the customer's, and is still open."""
    row = _db().execute_sql("SELECT customer_id, status FROM data_request WHERE id = ?", (request_id,)).fetchone()
    return bool(row) and row[0] == customer_id and row[1] in ("open", "extended")


def checkpoint_until_clean(db, seconds: float, sleep=None) -> tuple[bool, int]:
    """TRUNCATE checkpoints, with a growing pause between them, until one finishes or ``seconds`` pass (a reader
    holding an old snapshot keeps the WAL's frames, and the old page images with them). (clean, attempts)."""
    import time

    from . import database

    sleep = sleep or time.sleep
    deadline = time.monotonic() + seconds
    pause, attempts = 0.05, 0
    # A single try (seconds=0, the window's timer on the GUI thread) must not wait on the reader's lock at all.
    with database.busy_timeout(db, int(min(200, seconds * 1000))):
        while True:
            attempts += 1
            if database.checkpoint(db):
                return True, attempts
            if time.monotonic() + pause > deadline:
                return False, attempts
            sleep(pause)
            pause = min(pause * 2, 1.0)


def has_ledger_records() -> bool:
    """Whether this register ever kept a ledger line or carried out an erasure."""
    return bool(_db().execute_sql("SELECT EXISTS (SELECT 1 FROM ledger_line) OR EXISTS "
                                  "(SELECT 1 FROM erasure_applied)").fetchone()[0])


def ledger_state() -> tuple[int, int]:
    """Changes when a line is added to the register's copy of the ledger: (count, last seq)."""
    return tuple(_db().execute_sql("SELECT count(*), coalesce(max(seq), 0) FROM ledger_line").fetchone())
