"""Numbered schema migrations: each runs in one transaction together with its version bump.

The schema version lives in ``PRAGMA user_version``. Each migration is frozen SQL, so an old
migration keeps creating what it created when it was released, whatever the models say today.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

from ..domain.errors import UserError
from ..domain.messages import Msg

APPLICATION_ID = 0x45545344  # "ETSD" in the file header: this file is an ETSoft Desk register


def _v1_initial(db: Database) -> None:
    statements = [
        """CREATE TABLE customer (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            first_name TEXT NOT NULL DEFAULT '', infix TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL,
            street TEXT NOT NULL DEFAULT '', house_number INTEGER, house_number_addition TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT 'NL',
            age_confirmed INTEGER NOT NULL DEFAULT 0, age_check TEXT, age_checked_on DATE,
            source_kind TEXT NOT NULL DEFAULT 'customer', source_name TEXT NOT NULL DEFAULT '',
            source_date DATE, source_how TEXT NOT NULL DEFAULT '',
            interests TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL)""",
        "CREATE INDEX customer_sort_key ON customer (sort_key, id)",
        "CREATE INDEX customer_city ON customer (city, sort_key, id)",
        "CREATE INDEX customer_postcode ON customer (postcode, sort_key, id)",
        """CREATE TABLE customer_email (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
            address TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX customer_email_customer_id ON customer_email (customer_id, position)",
        """CREATE TABLE customer_phone (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
            number TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX customer_phone_customer_id ON customer_phone (customer_id, position)",
        """CREATE TABLE visit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
            date DATE NOT NULL, purpose TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX visit_customer_id ON visit (customer_id)",
        """CREATE TABLE service_job (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
            date DATE NOT NULL, kind TEXT NOT NULL, device TEXT NOT NULL DEFAULT '',
            serial_number TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open')""",
        "CREATE INDEX service_job_customer_id ON service_job (customer_id)",
        """CREATE TABLE invoice (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
            number TEXT NOT NULL UNIQUE, date DATE NOT NULL, amount_cents INTEGER NOT NULL)""",
        "CREATE INDEX invoice_customer_id ON invoice (customer_id)",
        """CREATE TABLE audit_entry (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL, action TEXT NOT NULL, customer_id INTEGER,
            detail TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""",
        "CREATE TABLE register_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        # Search index: its own copy of the searchable text, so it can be rebuilt and erased on its own.
        # secure-delete makes FTS5 overwrite a deleted customer's tokens instead of leaving them in
        # older segments (see shared/ERASURE.md); the option persists in the table's config.
        """CREATE VIRTUAL TABLE customer_search USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')""",
        "INSERT INTO customer_search (customer_search, rank) VALUES ('secure-delete', 1)",
        f"PRAGMA application_id = {APPLICATION_ID}",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v2_consent(db: Database) -> None:
    statements = [
        # Every version of the privacy statement the shop has shown, with a hash of its exact text.
        """CREATE TABLE statement_version (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            effective_date DATE NOT NULL, text TEXT NOT NULL, sha256 TEXT NOT NULL,
            material INTEGER NOT NULL DEFAULT 1, loaded_at DATETIME NOT NULL, loaded_by TEXT NOT NULL DEFAULT '')""",
        # Append-only: the state of a channel is its latest record.
        """CREATE TABLE consent_record (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
            channel TEXT NOT NULL, state TEXT NOT NULL, method TEXT NOT NULL, basis TEXT,
            statement_version_id INTEGER REFERENCES statement_version (id),
            recorded_at DATETIME NOT NULL, recorded_by TEXT NOT NULL)""",
        "CREATE INDEX consent_record_customer ON consent_record (customer_id, channel, id)",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v3_notices(db: Database) -> None:
    statements = [
        # Art. 14: data from a third party obliges us to tell the person within a month.
        "ALTER TABLE customer ADD COLUMN source_informed_on DATE",
        "CREATE INDEX customer_source_notice ON customer (source_kind, source_informed_on)",
        # Who was told about a material change of the privacy statement, when and how.
        """CREATE TABLE statement_notice (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
            statement_version_id INTEGER NOT NULL REFERENCES statement_version (id),
            informed_on DATE NOT NULL, method TEXT NOT NULL, recorded_by TEXT NOT NULL,
            UNIQUE (customer_id, statement_version_id))""",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v4_sharing(db: Database) -> None:
    statements = [
        """CREATE TABLE recipient (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
            processor_agreement INTEGER NOT NULL DEFAULT 0, country TEXT NOT NULL DEFAULT 'NL',
            contact TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1)""",
        """CREATE TABLE sharing_approval (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
            recipient_id INTEGER NOT NULL REFERENCES recipient (id),
            data TEXT NOT NULL, purpose TEXT NOT NULL, given_on DATE NOT NULL, method TEXT NOT NULL,
            statement_version_id INTEGER REFERENCES statement_version (id), recorded_by TEXT NOT NULL,
            withdrawn_on DATE, withdrawn_method TEXT)""",
        "CREATE INDEX sharing_approval_customer ON sharing_approval (customer_id, recipient_id)",
        # "Stop sharing": one row while the customer's objection stands.
        """CREATE TABLE sharing_objection (
            customer_id INTEGER PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
            since DATE NOT NULL, method TEXT NOT NULL, recorded_by TEXT NOT NULL)""",
        """CREATE TABLE disclosure (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
            recipient_id INTEGER NOT NULL REFERENCES recipient (id),
            what TEXT NOT NULL, disclosed_at DATETIME NOT NULL, ground TEXT NOT NULL,
            approval_id INTEGER REFERENCES sharing_approval (id), recorded_by TEXT NOT NULL)""",
        "CREATE INDEX disclosure_customer ON disclosure (customer_id)",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v5_referrals(db: Database) -> None:
    statements = [
        """CREATE TABLE referral (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
            text TEXT NOT NULL, shown_as TEXT NOT NULL, status TEXT NOT NULL,
            requested_on DATE NOT NULL, recorded_by TEXT NOT NULL, evidence TEXT NOT NULL DEFAULT '',
            approved_on DATE, approval_method TEXT, statement_version_id INTEGER REFERENCES statement_version (id),
            published_url TEXT, published_on DATE, withdrawn_on DATE, withdrawn_method TEXT, taken_down_on DATE)""",
        "CREATE INDEX referral_customer ON referral (customer_id)",
        "CREATE INDEX referral_status ON referral (status)",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v6_sensitive(db: Database) -> None:
    # Special-category data (GDPR Art. 9), volunteered by the customer with explicit consent; own retention.
    db.execute_sql("""CREATE TABLE sensitive_note (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        category TEXT NOT NULL, text TEXT NOT NULL, consent_method TEXT NOT NULL,
        statement_version_id INTEGER REFERENCES statement_version (id),
        recorded_at DATETIME NOT NULL, recorded_by TEXT NOT NULL, retain_until DATE NOT NULL)""")
    db.execute_sql("CREATE INDEX sensitive_note_customer ON sensitive_note (customer_id)")


def _v7_requests(db: Database) -> None:
    # customer_id is kept NULL-able: the request register outlives an erased customer (its reference stays).
    db.execute_sql("""CREATE TABLE data_request (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        customer_id INTEGER REFERENCES customer (id) ON DELETE SET NULL,
        kind TEXT NOT NULL, received_on DATE NOT NULL, channel TEXT NOT NULL, identity TEXT,
        answer_to TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, extended_months INTEGER NOT NULL DEFAULT 0,
        extension_reason TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', closed_on DATE,
        recorded_by TEXT NOT NULL)""")
    db.execute_sql("CREATE INDEX data_request_status ON data_request (status, received_on)")


def _v8_erasure(db: Database) -> None:
    # What an erasure must keep: the invoices the tax law requires (AWR art. 52), with only what an invoice
    # needs, apart from the customer and not searchable; destroyed when keep_until passes.
    db.execute_sql("""CREATE TABLE kept_invoice (
        id INTEGER PRIMARY KEY AUTOINCREMENT, erasure_id TEXT NOT NULL,
        number TEXT NOT NULL UNIQUE, date DATE NOT NULL, amount_cents INTEGER NOT NULL,
        customer_name TEXT NOT NULL, customer_address TEXT NOT NULL,
        keep_until DATE NOT NULL, ground TEXT NOT NULL)""")
    db.execute_sql("CREATE INDEX kept_invoice_keep_until ON kept_invoice (keep_until)")
    # A referral that was on the website when its author was erased: the address to take down, no name.
    db.execute_sql("""CREATE TABLE takedown_task (
        id INTEGER PRIMARY KEY AUTOINCREMENT, erasure_id TEXT NOT NULL, url TEXT NOT NULL,
        since DATE NOT NULL, done_on DATE)""")
    # Paper shredded or burned, data wiped from devices: what (without personal data), how, when, who.
    db.execute_sql("""CREATE TABLE destruction_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, what TEXT NOT NULL, method TEXT NOT NULL,
        done_on DATE NOT NULL, done_by TEXT NOT NULL, erasure_id TEXT, recorded_at DATETIME NOT NULL)""")
    # Which erasures of the ledger (kept outside the register) this register has carried out.
    db.execute_sql("""CREATE TABLE erasure_applied (
        erasure_id TEXT PRIMARY KEY, applied_at DATETIME NOT NULL)""")


def _v12_staff(db: Database) -> None:
    # Who may do what (issue 10, item 8): the short list of staff chosen at the counter; one is the owner,
    # whose PIN (salted scrypt, as the lock PIN was) is asked before the dangerous acts.
    db.execute_sql("""CREATE TABLE staff (
        initials TEXT PRIMARY KEY, name TEXT NOT NULL, owner INTEGER NOT NULL DEFAULT 0, pin TEXT)""")
    db.execute_sql("CREATE UNIQUE INDEX staff_one_owner ON staff (owner) WHERE owner = 1")
    # The counter lock's PIN becomes the owner's PIN: one PIN, not two. The owner is named by the staff
    # initials of the settings where there are any, and can be renamed with the staff list.
    db.execute_sql("""INSERT INTO staff (initials, name, owner, pin)
        SELECT COALESCE(NULLIF((SELECT value FROM register_setting WHERE key = 'staff_initials'), ''), 'EIG'),
               'Eigenaar', 1, value
        FROM register_setting WHERE key = 'program.pin' AND value <> ''""")
    db.execute_sql("DELETE FROM register_setting WHERE key = 'program.pin'")


MIGRATIONS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _v1_initial),
    (2, _v2_consent),
    (3, _v3_notices),
    (4, _v4_sharing),
    (5, _v5_referrals),
    (6, _v6_sensitive),
    (7, _v7_requests),
    (8, _v8_erasure),
    (12, _v12_staff),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def schema_version(db: Database) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: Database) -> int:
    """Bring the register to the latest schema; refuse one written by a newer version."""
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise UserError(Msg.REGISTER_TOO_NEW, found=current, known=LATEST_VERSION)
    for version, step in MIGRATIONS:
        if version <= current:
            continue
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {int(version)}")
        current = version
    return current
