"""Migration 21 (issue 12 items 4 and 6): every issued document kept to print again, found by customer; and the
Art. 19 notices, one per recipient, each with what became of it.

Frozen SQL like every migration: it keeps creating what it created when it was released.
"""

from __future__ import annotations

from peewee import Database


def v21_kept_documents_and_notices(db: Database) -> None:
    # The customer a kept document is about (NULL: none, or erased), and whether it holds their personal data
    # (a letter, a receipt, a notice): those go with the customer at an erasure.
    db.execute_sql("ALTER TABLE issued_document ADD COLUMN customer_id INTEGER")
    db.execute_sql("ALTER TABLE issued_document ADD COLUMN personal INTEGER NOT NULL DEFAULT 0")
    db.execute_sql("CREATE INDEX issued_document_customer ON issued_document (customer_id, created_at)")
    # One Art. 19 notice to one recipient: made "waiting"; "sent" (sent_on, how: post or email), or
    # "impossible"/"disproportionate" (reason). cause: erasure, correction, restriction; reference: the act.
    db.execute_sql("""CREATE TABLE art19_notice (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL UNIQUE,
        cause TEXT NOT NULL, reference TEXT NOT NULL,
        recipient_id INTEGER, recipient_name TEXT NOT NULL,
        customer_id INTEGER,
        state TEXT NOT NULL DEFAULT 'waiting',
        made_at DATETIME NOT NULL, made_by TEXT NOT NULL,
        sent_on DATE, how TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',
        changed_at DATETIME, changed_by TEXT NOT NULL DEFAULT '')""")
    db.execute_sql("CREATE INDEX art19_notice_state ON art19_notice (state, id)")
    db.execute_sql("CREATE INDEX art19_notice_reference ON art19_notice (reference, id)")
    db.execute_sql("CREATE INDEX art19_notice_customer ON art19_notice (customer_id, id)")
