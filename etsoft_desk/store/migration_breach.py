"""Migration 19 (issue 16, the data-breach register), in its own module to keep migrations.py short.

Frozen SQL like every migration: it keeps creating what it created when it was released.
"""

from __future__ import annotations

from peewee import Database


def v19_breach(db: Database) -> None:
    # Issue 16, the data-breach register (Art. 33(5)): what happened and whose data it was, never the data.
    # ``people`` and ``records`` are counted when the breach is recorded and kept in the breach row itself, so
    # the record stays true after one of the people concerned is erased (their link row goes with them).
    db.execute_sql("""CREATE TABLE breach (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        aware_at DATETIME NOT NULL, happened_at DATETIME, what TEXT NOT NULL, kind TEXT NOT NULL,
        scope TEXT NOT NULL, scope_ref TEXT NOT NULL DEFAULT '',
        people INTEGER NOT NULL, records INTEGER NOT NULL, categories TEXT NOT NULL DEFAULT '',
        special INTEGER NOT NULL DEFAULT 0, encrypted INTEGER, key_where TEXT,
        consequences TEXT NOT NULL DEFAULT '', measures_taken TEXT NOT NULL DEFAULT '',
        measures_proposed TEXT NOT NULL DEFAULT '',
        recorded_at DATETIME NOT NULL, recorded_by TEXT NOT NULL,
        report_ap INTEGER, tell_people INTEGER, decision_reason TEXT NOT NULL DEFAULT '',
        delay_reason TEXT NOT NULL DEFAULT '', decided_at DATETIME, decided_by TEXT NOT NULL DEFAULT '',
        reported_on DATE, ap_reference TEXT NOT NULL DEFAULT '', closed_on DATE)""")
    db.execute_sql("CREATE INDEX breach_open ON breach (decided_at, closed_on)")
    # Whom it concerned: the link goes with the customer (ON DELETE CASCADE), the count above stays.
    db.execute_sql("""CREATE TABLE breach_person (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        breach_id INTEGER NOT NULL REFERENCES breach (id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        categories TEXT NOT NULL DEFAULT '', letter_doc TEXT NOT NULL DEFAULT '', letter_on DATE)""")
    db.execute_sql("CREATE UNIQUE INDEX breach_person_breach ON breach_person (breach_id, customer_id)")
    db.execute_sql("CREATE INDEX breach_person_customer ON breach_person (customer_id)")
