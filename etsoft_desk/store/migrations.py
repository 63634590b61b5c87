"""Numbered schema migrations: each runs in one transaction together with its version bump.

The schema version lives in ``PRAGMA user_version``. Each migration is frozen SQL, so an old
migration keeps creating what it created when it was released, whatever the models say today.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

from ..domain.errors import UserError
from ..domain.messages import Msg
from .migration_breach import v19_breach
from .migration_outbox import v20_outbox
from .migration_corrections import v18_corrections
from .migration_kept import v21_kept_documents_and_notices
from .migration_rights import v14_recipient_contact_and_transfer, v16_requests_without_customer
from .migration_search import v22_search_order

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


def _v10_ledger_line(db: Database) -> None:
    # The register's own copy of every erasure-ledger line (as written, with its MAC): written in the same
    # transaction as the erasure, so every backup carries the ledger as of that moment.
    db.execute_sql("""CREATE TABLE ledger_line (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, line TEXT NOT NULL UNIQUE)""")
def _v9_issued_documents(db: Database) -> None:
    # Proof of an irreversible act (a shred confirmation, a retention run, a destruction), kept inside the
    # register from the same transaction as the act, so that a failed print or save never loses it. No
    # customer id: the customer is gone; the documents name nobody.
    db.execute_sql("""CREATE TABLE issued_document (
        document_id TEXT PRIMARY KEY, kind TEXT NOT NULL, created_at DATETIME NOT NULL, pdf BLOB NOT NULL)""")


def _v11_audit_pseudonyms(db: Database) -> None:
    """The audit log names a customer by a random pseudonym, whose link to the customer (audit_subject) goes
    with the customer; the chain becomes keyed (HMAC-SHA256, key kept in the register) and gets a random id
    under which its head is anchored in the erasure ledger. Existing entries are converted and re-chained."""
    import hashlib
    import hmac
    import re
    import secrets

    def old_digest(prev, entry_id, at, action, customer_id, detail):
        text = "\x1f".join([prev, str(entry_id), at, action, "" if customer_id is None else str(customer_id), detail])
        return hashlib.sha256(text.encode()).hexdigest()

    db.execute_sql("""CREATE TABLE audit_subject (
        customer_id INTEGER PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
        pseudonym TEXT NOT NULL UNIQUE)""")
    rows = db.execute_sql("SELECT id, at, action, customer_id, detail, prev_hash, hash FROM audit_entry "
                          "ORDER BY id").fetchall()
    # What the old chain said about itself, kept as the first fact of the new one.
    expected_prev, expected_id, verdict = "0" * 64, 1, ""
    for entry_id, at, action, customer_id, detail, prev, digest in rows:
        if entry_id != expected_id or prev != expected_prev or \
                old_digest(prev, entry_id, at, action, customer_id, detail) != digest:
            verdict = f"broken at entry {expected_id}"
            break
        expected_prev, expected_id = digest, entry_id + 1
    head = db.execute_sql("SELECT value FROM register_setting WHERE key = 'audit_head'").fetchone()
    if not verdict and rows and (head is None or head[0] != f"{expected_id - 1}:{expected_prev}"):
        verdict = f"entries after {expected_id - 1} missing"
    present = {r[0] for r in db.execute_sql("SELECT id FROM customer").fetchall()}
    pseudonyms: dict[int, str] = {}
    gone: dict[int, str] = {}  # ids no longer present: a random name each, linked to nobody
    for customer_id in sorted({r[3] for r in rows if r[3] is not None}):
        if customer_id in present:
            pseudonyms[customer_id] = secrets.token_hex(16)
        else:
            gone[customer_id] = secrets.token_hex(16)
    db.execute_sql("DROP TABLE audit_entry")
    db.execute_sql("""CREATE TABLE audit_entry (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL, action TEXT NOT NULL, subject TEXT,
        detail TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""")
    db.execute_sql("CREATE INDEX audit_entry_subject ON audit_entry (subject)")
    for customer_id, pseudonym in pseudonyms.items():
        db.execute_sql("INSERT INTO audit_subject (customer_id, pseudonym) VALUES (?, ?)", (customer_id, pseudonym))
    key = secrets.token_bytes(32)
    chain = secrets.token_hex(16)

    def digest_of(prev, entry_id, at, action, subject, detail):
        text = "\x1f".join([prev, str(entry_id), at, action, subject or "", detail])
        return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()

    special = re.compile(r"^(add \d+) \([a-z_]+\)( by .*)?$")  # "add 3 (health) by AB": the kind goes
    prev, entry_id = "0" * 64, 0
    for entry_id, at, action, customer_id, detail, _prev, _hash in rows:
        subject = None
        if customer_id is not None and action != "customer.erase":  # the erase entry names nobody
            subject = pseudonyms.get(customer_id) or gone[customer_id]
        if action == "sensitive":
            detail = special.sub(lambda m: m.group(1) + (m.group(2) or ""), detail)
        digest = digest_of(prev, entry_id, at, action, subject, detail)
        db.execute_sql("INSERT INTO audit_entry (id, at, action, subject, detail, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", (entry_id, at, action, subject, detail, prev, digest))
        prev = digest
    if not rows:  # a register being created: nothing to convert
        db.execute_sql("INSERT OR REPLACE INTO register_setting (key, value) VALUES ('audit_key', ?), "
                       "('audit_chain', ?)", (key.hex(), chain))
        return
    import datetime as dt

    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    detail = f"converted {len(rows)} entries to pseudonyms; old chain " + (verdict or "intact")
    entry_id += 1
    digest = digest_of(prev, entry_id, at, "audit.convert", None, detail)
    db.execute_sql("INSERT INTO audit_entry (id, at, action, subject, detail, prev_hash, hash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", (entry_id, at, "audit.convert", None, detail, prev, digest))
    for name, value in (("audit_head", f"{entry_id}:{digest}"), ("audit_key", key.hex()), ("audit_chain", chain)):
        db.execute_sql("INSERT OR REPLACE INTO register_setting (key, value) VALUES (?, ?)", (name, value))


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


def _v13_rights(db: Database) -> None:
    # Issue 11 "Rights that act": restriction (Art. 18), objection (Art. 21), and what carried out a request.
    db.execute_sql("""CREATE TABLE restriction (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        reason TEXT NOT NULL, fields TEXT NOT NULL DEFAULT '', since DATE NOT NULL,
        request_id INTEGER REFERENCES data_request (id) ON DELETE SET NULL, recorded_by TEXT NOT NULL,
        lifted_on DATE, lifted_by TEXT, told_how TEXT)""")
    db.execute_sql("CREATE INDEX restriction_customer ON restriction (customer_id, lifted_on)")
    db.execute_sql("""CREATE TABLE objection (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        kind TEXT NOT NULL, processing TEXT NOT NULL DEFAULT '', since DATE NOT NULL, method TEXT NOT NULL,
        request_id INTEGER REFERENCES data_request (id) ON DELETE SET NULL, recorded_by TEXT NOT NULL,
        decision TEXT, decision_reason TEXT NOT NULL DEFAULT '', decided_on DATE)""")
    db.execute_sql("CREATE INDEX objection_customer ON objection (customer_id, kind)")
    # A grant after an objection to direct marketing says so; a withdrawal names the objection or request.
    db.execute_sql("ALTER TABLE consent_record ADD COLUMN after_objection INTEGER NOT NULL DEFAULT 0")
    db.execute_sql("ALTER TABLE consent_record ADD COLUMN objection_id INTEGER REFERENCES objection (id)")
    db.execute_sql("ALTER TABLE consent_record ADD COLUMN request_id INTEGER REFERENCES data_request (id) "
                   "ON DELETE SET NULL")
    db.execute_sql("CREATE INDEX consent_record_channel ON consent_record (channel, customer_id, id)")
    db.execute_sql("""CREATE TABLE request_action (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES data_request (id) ON DELETE CASCADE,
        action TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '', done_at DATETIME NOT NULL,
        recorded_by TEXT NOT NULL)""")
    db.execute_sql("CREATE INDEX request_action_request ON request_action (request_id, action)")


MIGRATIONS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _v1_initial),
    (2, _v2_consent),
    (3, _v3_notices),
    (4, _v4_sharing),
    (5, _v5_referrals),
    (6, _v6_sensitive),
    (7, _v7_requests),
    (8, _v8_erasure),
    (9, _v9_issued_documents),
    (10, _v10_ledger_line),
    (11, _v11_audit_pseudonyms),
    (12, _v12_staff),
    (13, _v13_rights),
    (14, v14_recipient_contact_and_transfer),
    (16, v16_requests_without_customer),
    (18, v18_corrections),  # 15, 17: numbers set aside, not used
    (19, v19_breach),  # issue 16
    (20, v20_outbox),  # issue 12
    (21, v21_kept_documents_and_notices),  # issue 12 items 4 and 6 (20: the outbox)
    (22, v22_search_order),  # issue 14: the search's sort reads an index, not every matching row
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
