"""Migration 20 (issue 12, the outbox), in its own module to keep migrations.py short.

Frozen SQL like every migration: it keeps creating what it created when it was released.
"""

from __future__ import annotations

from peewee import Database


def v20_outbox(db: Database) -> None:
    # A message waits here, inside the encrypted register, until the mail server has taken it. Once sent, its
    # content (address, subject, text, attachment) is blanked and what stays is the record: when, to which
    # kind of address, which document, the server's answer. A failed try keeps the reason as a message
    # template and its parameters (the server's name and port, never the message's content). ``after_sent``:
    # what is recorded once the server took it (JSON, e.g. the statement notice given, the Art. 19 notice sent).
    # ``claimed_by``/``claimed_at``: the process handing it to the server right now (status 'sending'), so two
    # sends at once never deliver it twice; a claim of a process that died is taken over.
    db.execute_sql("""CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        queued_at DATETIME NOT NULL, queued_by TEXT NOT NULL,
        document_id TEXT NOT NULL, kind TEXT NOT NULL,
        customer_id INTEGER REFERENCES customer (id) ON DELETE SET NULL,
        request_id INTEGER REFERENCES data_request (id) ON DELETE SET NULL,
        address_kind TEXT NOT NULL, to_address TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',
        attachment_name TEXT NOT NULL DEFAULT '', attachment BLOB, protected INTEGER NOT NULL DEFAULT 0,
        message_id TEXT NOT NULL, after_sent TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'waiting', attempts INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT NOT NULL DEFAULT '', claimed_at DATETIME,
        last_tried_at DATETIME, last_error TEXT NOT NULL DEFAULT '', last_error_params TEXT NOT NULL DEFAULT '',
        sent_at DATETIME, server_answer TEXT NOT NULL DEFAULT '')""")
    db.execute_sql("CREATE INDEX outbox_status ON outbox (status, id)")
    db.execute_sql("CREATE INDEX outbox_customer ON outbox (customer_id)")
