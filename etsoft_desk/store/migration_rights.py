"""Migrations 14 and 16 (issue 11: recipients' contact and transfer ground; requests from people who are not
customers), in their own module to keep migrations.py short.

Frozen SQL like every migration: it keeps creating what it created when it was released.
"""

from __future__ import annotations

from peewee import Database


def v14_recipient_contact_and_transfer(db: Database) -> None:
    # Issue 11 items 8-9: a recipient's contact email and postal address (for the Art. 19 notices), and for one
    # outside the EEA the transfer ground (Art. 45-49; NULL: none recorded) and where its safeguards can be read.
    db.execute_sql("ALTER TABLE recipient ADD COLUMN email TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE recipient ADD COLUMN address TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE recipient ADD COLUMN transfer_ground TEXT")
    db.execute_sql("ALTER TABLE recipient ADD COLUMN safeguards TEXT NOT NULL DEFAULT ''")


def v16_requests_without_customer(db: Database) -> None:
    # Issue 11 item 7: a request from someone who is not a customer names the requester (the answer goes to
    # ``answer_to``); item 6: a copy of the access report counts as handed over once printed or saved.
    db.execute_sql("ALTER TABLE data_request ADD COLUMN requester_name TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE request_action ADD COLUMN issued_at DATETIME")
