"""The SQL of the data-breach register, and of finding whose data a breach exposed.

Only names from the personal-data registry reach the SQL as identifiers; every value is a bound parameter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

import sqlcipher3

from ..domain.breach import Breach, BreachKind, KeyWhere, Person, Scope
from ..domain.personal_data import TABLES
from .convert import as_date, as_datetime
from .models import database_proxy

Run = Callable[[str, tuple], list[tuple]]
_COLUMNS = ("id, aware_at, happened_at, what, kind, scope, scope_ref, people, records, categories, special, "
            "encrypted, key_where, consequences, measures_taken, measures_proposed, recorded_at, recorded_by, "
            "report_ap, tell_people, decision_reason, delay_reason, decided_at, decided_by, reported_on, "
            "ap_reference, closed_on")


def _db():
    return database_proxy.obj


def _register_run(sql: str, params: tuple = ()) -> list[tuple]:
    return _db().execute_sql(sql, params).fetchall()


def _q(identifier: str) -> str:
    if not identifier.replace("_", "").isalnum():
        raise ValueError(f"not an identifier: {identifier!r}")
    return f'"{identifier}"'


def _flag(value) -> bool | None:
    return None if value is None else bool(value)


def _breach(row) -> Breach:
    (bid, aware, happened, what, kind, scope, ref, people, records, cats, special, encrypted, key_where, cons,
     taken, proposed, rec_at, rec_by, report, tell, reason, delay, dec_at, dec_by, rep_on, ref_ap, closed) = row
    return Breach(id=bid, aware_at=as_datetime(aware), happened_at=as_datetime(happened) if happened else None,
                  what=what, kind=BreachKind(kind), scope=Scope(scope), scope_ref=ref, people=people,
                  records=records, categories=tuple(c for c in cats.split(",") if c), special=bool(special),
                  encrypted=_flag(encrypted), key_where=KeyWhere(key_where) if key_where else None,
                  consequences=cons, measures_taken=taken, measures_proposed=proposed,
                  recorded_at=as_datetime(rec_at), recorded_by=rec_by, report_ap=_flag(report),
                  tell_people=_flag(tell), decision_reason=reason, delay_reason=delay,
                  decided_at=as_datetime(dec_at) if dec_at else None, decided_by=dec_by,
                  reported_on=as_date(rep_on), ap_reference=ref_ap, closed_on=as_date(closed))


# --- the register of breaches ------------------------------------------------------------------------------
def insert(b: Breach) -> int:
    cursor = _db().execute_sql(
        "INSERT INTO breach (aware_at, happened_at, what, kind, scope, scope_ref, people, records, categories, "
        "special, encrypted, key_where, consequences, measures_taken, measures_proposed, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (b.aware_at.isoformat(timespec="minutes"), b.happened_at.isoformat(timespec="minutes") if b.happened_at
         else None, b.what, b.kind.value, b.scope.value, b.scope_ref, b.people, b.records, ",".join(b.categories),
         int(b.special), None if b.encrypted is None else int(b.encrypted),
         b.key_where.value if b.key_where else None, b.consequences, b.measures_taken, b.measures_proposed,
         b.recorded_at.isoformat(timespec="seconds"), b.recorded_by))
    return cursor.lastrowid


def insert_people(breach_id: int, people: Iterable[Person]) -> None:
    """Link the people still in the register (someone only in a backup has no row to link to)."""
    for p in people:
        _db().execute_sql("INSERT INTO breach_person (breach_id, customer_id, categories) SELECT ?, ?, ? "
                          "WHERE EXISTS (SELECT 1 FROM customer WHERE id = ?)",
                          (breach_id, p.customer_id, ",".join(p.categories), p.customer_id))


def get(breach_id: int) -> Breach | None:
    row = _db().execute_sql(f"SELECT {_COLUMNS} FROM breach WHERE id = ?", (breach_id,)).fetchone()
    if row is None:
        return None
    breach = _breach(row)
    breach.persons = [Person(cid, tuple(c for c in cats.split(",") if c), letter_doc=doc, letter_on=as_date(on))
                      for cid, cats, doc, on in _db().execute_sql(
                          "SELECT customer_id, categories, letter_doc, letter_on FROM breach_person "
                          "WHERE breach_id = ? ORDER BY customer_id", (breach_id,)).fetchall()]
    return breach


def listing() -> list[Breach]:
    return [_breach(r) for r in _db().execute_sql(f"SELECT {_COLUMNS} FROM breach ORDER BY id").fetchall()]


def undecided() -> list[tuple[int, dt.datetime]]:
    """(number, aware at) of every breach not yet decided, oldest first: the 72-hour clock runs for these."""
    return [(bid, as_datetime(aware)) for bid, aware in _db().execute_sql(
        "SELECT id, aware_at FROM breach WHERE decided_at IS NULL AND closed_on IS NULL ORDER BY aware_at")]


def decide(breach_id: int, report: bool, tell: bool, reason: str, delay: str, at: dt.datetime, by: str) -> None:
    _db().execute_sql("UPDATE breach SET report_ap = ?, tell_people = ?, decision_reason = ?, delay_reason = ?, "
                      "decided_at = ?, decided_by = ? WHERE id = ?",
                      (int(report), int(tell), reason, delay, at.isoformat(timespec="seconds"), by, breach_id))


def set_details(breach_id: int, **texts: str) -> None:
    for column, value in texts.items():
        if column in ("consequences", "measures_taken", "measures_proposed"):
            _db().execute_sql(f"UPDATE breach SET {_q(column)} = ? WHERE id = ?", (value, breach_id))


def reported(breach_id: int, on: dt.date, reference: str) -> None:
    _db().execute_sql("UPDATE breach SET reported_on = ?, ap_reference = ? WHERE id = ?",
                      (on.isoformat(), reference, breach_id))


def close(breach_id: int, on: dt.date) -> None:
    _db().execute_sql("UPDATE breach SET closed_on = ? WHERE id = ?", (on.isoformat(), breach_id))


def letter_made(breach_id: int, customer_id: int, doc_id: str, on: dt.date) -> None:
    _db().execute_sql("UPDATE breach_person SET letter_doc = ?, letter_on = ? WHERE breach_id = ? AND "
                      "customer_id = ?", (doc_id, on.isoformat(), breach_id, customer_id))


def for_customer(customer_id: int) -> list[int]:
    return [r[0] for r in _db().execute_sql("SELECT breach_id FROM breach_person WHERE customer_id = ? "
                                            "ORDER BY breach_id", (customer_id,)).fetchall()]


# --- whose data, and which categories of it ---------------------------------------------------------------
def _filled(column: str) -> str:
    return f"({_q(column)} IS NOT NULL AND {_q(column)} NOT IN ('', 0))"


def categories_held(run: Run, ids: list[int] | None) -> dict[int, tuple[set[str], int]]:
    """Customer id → (categories of the registry with a value, number of records), read with ``run`` from a
    register or a backup of one. ``ids``: only these customers; None: everyone. A table or column an older
    schema lacks is left out."""
    found: dict[int, tuple[set[str], int]] = {}
    present = {r[0] for r in run("SELECT name FROM sqlite_master WHERE type = 'table'", ())}
    for table in TABLES:
        if table.name not in present:
            continue
        columns = {r[1] for r in run(f"PRAGMA table_info({_q(table.name)})", ())}
        if table.link not in columns:
            continue
        parts: dict[str, list[str]] = {}
        for f in table.fields:
            if f.column in columns:
                parts.setdefault(table.category_of(f), []).append(f.column)
        if not parts:
            continue
        keys = list(parts)
        cases = ", ".join("CASE WHEN " + " OR ".join(_filled(c) for c in parts[k]) + " THEN 1 ELSE 0 END"
                          for k in keys)
        base = f"SELECT {_q(table.link)}, {cases} FROM {_q(table.name)} WHERE {_q(table.link)} IS NOT NULL"
        chunks = [None] if ids is None else [ids[i:i + 500] for i in range(0, len(ids), 500)]
        for chunk in chunks:
            sql, params = base, ()
            if chunk is not None:
                sql += f" AND {_q(table.link)} IN ({', '.join('?' * len(chunk))})"
                params = tuple(chunk)
            for row in run(sql, params):
                cats, count = found.setdefault(row[0], (set(), 0))
                cats.update(k for k, flag in zip(keys, row[1:]) if flag)
                found[row[0]] = (cats, count + 1)
    return found


def held_in_register(ids: list[int] | None) -> dict[int, tuple[set[str], int]]:
    return categories_held(_register_run, ids)


def all_customer_ids() -> list[int]:
    return [r[0] for r in _db().execute_sql("SELECT id FROM customer ORDER BY id").fetchall()]


def existing(ids: list[int]) -> set[int]:
    out: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out |= {r[0] for r in _db().execute_sql(f"SELECT id FROM customer WHERE id IN ({', '.join('?' * len(chunk))})",
                                                tuple(chunk)).fetchall()}
    return out


def held_in_backup(path: Path, key: bytes) -> tuple[bool, dict[int, tuple[set[str], int]]]:
    """(encrypted, customer id → (categories, records)) of a backup file, read from the file itself with the
    key, read-only. The caller checked first that the key opens it (services/backup.check_backup)."""
    from .backup import _read_only

    with open(path, "rb") as fh:
        encrypted = not fh.read(16).startswith(b"SQLite format 3\x00")  # a plain SQLite file names itself
    conn = _read_only(path, key)
    try:
        held = categories_held(lambda sql, params: conn.execute(sql, params).fetchall(), None)
        for (cid,) in conn.execute("SELECT id FROM customer").fetchall():
            held.setdefault(cid, ({"identity"}, 1))
        return encrypted, held
    finally:
        with contextlib.suppress(sqlcipher3.Error, sqlite3.Error):
            conn.close()


_REQUEST = re.compile(r"for request (\d+)")


def document_subjects(doc_id: str) -> tuple[bool, list[int], str]:
    """(known, customer ids, kind) of a document the program made: the audit log names each document it issued
    with the customer's pseudonym (or, for a letter about a request, the request), the register keeps the proofs
    of erasures and retention runs (which name no one still in it), and the letters about breaches."""
    db = _db()
    ids: list[int] = []
    known = False
    kind = ""
    for detail, customer_id in db.execute_sql(
            "SELECT a.detail, s.customer_id FROM audit_entry a LEFT JOIN audit_subject s ON s.pseudonym = a.subject "
            "WHERE instr(a.detail, ?) > 0 ORDER BY a.id", (doc_id,)).fetchall():
        known = True
        kind = kind or detail.split(doc_id)[0].strip()
        if customer_id is not None:
            ids.append(customer_id)
        found = _REQUEST.search(detail)
        if found:
            row = db.execute_sql("SELECT customer_id FROM data_request WHERE id = ?", (int(found.group(1)),)).fetchone()
            if row and row[0] is not None:
                ids.append(row[0])
    kept = db.execute_sql("SELECT kind FROM issued_document WHERE document_id = ?", (doc_id,)).fetchone()
    if kept:
        known, kind = True, kept[0]
    for (customer_id,) in db.execute_sql("SELECT customer_id FROM breach_person WHERE letter_doc = ?",
                                         (doc_id,)).fetchall():
        known = True
        ids.append(customer_id)
    return known, list(dict.fromkeys(ids)), kind


def search_ids(match: str) -> list[int]:
    """The customers a search finds (its FTS5 match expression, domain/search.py)."""
    return [r[0] for r in _db().execute_sql("SELECT rowid FROM customer_search WHERE customer_search MATCH ? "
                                            "ORDER BY rowid", (match,)).fetchall()]
