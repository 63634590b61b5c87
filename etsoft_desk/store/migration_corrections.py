"""Migration 18 (issue 11 item 3, corrections of the history), in its own module to keep migrations.py short.

Frozen SQL like every migration: it keeps creating what it created when it was released.
"""

from __future__ import annotations

from peewee import Database


def v18_corrections(db: Database) -> None:
    # Issue 11 item 3: corrections of the history rows (visits, service jobs, invoice entries) keep the value
    # before and after, when, by whom and for which request; the Art. 19 letters about them, per recipient.
    db.execute_sql("""CREATE TABLE correction (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        row_table TEXT NOT NULL, row_id INTEGER NOT NULL, field TEXT NOT NULL,
        old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT '',
        corrected_at DATETIME NOT NULL, recorded_by TEXT NOT NULL,
        request_id INTEGER REFERENCES data_request (id) ON DELETE SET NULL)""")
    db.execute_sql("CREATE INDEX correction_customer ON correction (customer_id, id)")
    db.execute_sql("CREATE INDEX correction_row ON correction (row_table, row_id)")
    db.execute_sql("""CREATE TABLE correction_notice (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        correction_id INTEGER NOT NULL REFERENCES correction (id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        recipient_id INTEGER NOT NULL REFERENCES recipient (id),
        document_id TEXT NOT NULL, made_at DATETIME NOT NULL, recorded_by TEXT NOT NULL)""")
    db.execute_sql("CREATE INDEX correction_notice_correction ON correction_notice (correction_id)")
    db.execute_sql("CREATE INDEX correction_notice_customer ON correction_notice (customer_id)")
    # The old values go with the row they belong to (a visit past its retention period, an erased customer's
    # invoice moved to kept_invoice): a correction never keeps what its row no longer holds.
    for table in ("visit", "service_job", "invoice"):
        db.execute_sql(f"""CREATE TRIGGER {table}_corrections_go AFTER DELETE ON {table} BEGIN
            DELETE FROM correction WHERE row_table = '{table}' AND row_id = OLD.id; END""")

