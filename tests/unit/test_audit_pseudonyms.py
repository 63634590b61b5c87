"""The audit log forgets the person, not the facts: after an erasure nothing in the register holds the erased
customer's number or joins their pseudonym to the erasure (and through it to the kept invoice); the decrypted
pages and WAL frames are searched as well as the tables."""

import datetime as dt

import pytest

from etsoft_desk.domain.requests import RequestChannel, RequestKind
from etsoft_desk.services import register as reg
from etsoft_desk.store import audit as audit_store
from etsoft_desk.store import migrations
from etsoft_desk.store.models import database_proxy
from tests.conftest import fixed_clock
from tests.helpers.cards import card, distinctive_card
from tests.helpers.full_customer import fill_every_category
from tests.helpers.old_audit import use_old_audit
from tests.helpers.sqlcipher_pages import decrypted_pages


def q(text, *params):
    return database_proxy.obj.execute_sql(text, params).fetchall()


def tables_with(column):
    names = [r[0] for r in q("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return [t for t in names if column in {c[1] for c in q(f'PRAGMA table_info("{t}")')}]


def link_row(pseudonym: str) -> bytes:
    """audit_subject's row as SQLite stores it: header (3 bytes: NULL for the rowid alias, a 32-char text)."""
    return b"\x03\x00\x4d" + pseudonym.encode()


def test_after_an_erasure_nothing_joins_the_person_to_their_history(register, new_register, register_path):
    filler = register.customers.create(card(first_name="Blijft"))
    cid, _ = fill_every_category(register)
    erase_request = register.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    register.customers.open(cid)
    me = audit_store.pseudonym(cid)
    mine = audit_store.for_customer(cid)
    assert me and len(mine) > 10 and {e.subject for e in mine} == {me}  # their own entries, while they exist
    assert all("health" not in e.detail and "gezondheid" not in e.detail.lower() for e in mine)
    assert link_row(me) in b"".join(decrypted_pages(register_path, new_register.key))  # the probe sees it

    result = register.erasure.erase(cid, request_id=erase_request)
    # The tables: no customer number anywhere, no link, the erase entry names the erasure only.
    for table in tables_with("customer_id"):
        assert q(f'SELECT count(*) FROM "{table}" WHERE customer_id = ?', cid) == [(0,)], table
    assert q("SELECT count(*) FROM audit_subject WHERE pseudonym = ?", me) == [(0,)]
    assert audit_store.for_customer(cid) == []
    assert "customer_id" not in {c[1] for c in q("PRAGMA table_info(audit_entry)")}
    erase_entry, = q("SELECT subject, detail FROM audit_entry WHERE action = 'customer.erase'")
    assert erase_entry[0] is None and result.erasure_id in erase_entry[1]
    # No row holds both the pseudonym and the erasure id, nor does an entry of theirs name a request (or any
    # other number) that a row carrying the erasure id names.
    carrying = [r for t in tables_with("id") for r in q(f'SELECT * FROM "{t}"')
                if any(result.erasure_id in str(v) for v in r)]
    assert carrying and not [r for r in carrying if any(me in str(v) for v in r)]
    their_numbers = {w for (d,) in q("SELECT detail FROM audit_entry WHERE subject = ?", me) for w in d.split()
                     if w.isdigit()}
    for row in q("SELECT id FROM data_request WHERE outcome LIKE ?", f"%{result.erasure_id}%"):
        assert str(row[0]) not in their_numbers
    assert q("SELECT count(*) FROM audit_subject WHERE customer_id = ?", filler) == [(1,)]  # others keep theirs
    assert register.audit.verify().entries > len(mine)
    # The bytes: the link row is overwritten in the file and the WAL, open and after close.
    assert link_row(me) not in b"".join(decrypted_pages(register_path, new_register.key))
    register.close()
    assert link_row(me) not in b"".join(decrypted_pages(register_path, new_register.key))


def test_special_category_kind_never_reaches_the_audit_log(register):
    from etsoft_desk.services.sensitive import SensitiveCategory

    cid = register.customers.create(card())
    register.settings.staff_initials = "JV"
    register.sensitive.add(cid, SensitiveCategory.HEALTH, "rolstoel", explicit_consent=True, consent_method="counter")
    text = " ".join(f"{a} {d}" for a, d in q("SELECT action, detail FROM audit_entry"))
    assert "health" not in text and "sensitive" in text


@pytest.fixture
def old_register(tmp_path, monkeypatch):
    """A register as schema 8 and its audit code wrote it: customer numbers in the log, one customer erased
    the old way (their entries still carry the number), a special note logged with its kind."""
    from etsoft_desk.services.sensitive import SensitiveCategory

    path, key = tmp_path / "data" / "register.db", bytes(range(32))
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] <= 8])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 8)
    use_old_audit(monkeypatch, 8)
    from etsoft_desk.services.settings import Settings  # schema 8 has no staff list: anyone records

    monkeypatch.setattr(Settings, "_listed", staticmethod(lambda initials: initials))
    old = reg.create(path, key, clock=fixed_clock).register
    old.settings.staff_initials = "JV"
    kept, gone = old.customers.create(distinctive_card()), old.customers.create(card(first_name="Weg"))
    for cid in (kept, gone):
        old.customers.open(cid)
        old.sensitive.add(cid, SensitiveCategory.HEALTH, "x", explicit_consent=True, consent_method="counter")
    database_proxy.obj.execute_sql("DELETE FROM customer WHERE id = ?", (gone,))
    old.close()
    monkeypatch.undo()
    return path, key, kept, gone


def test_the_migration_converts_numbers_to_pseudonyms_and_re_chains(old_register):
    path, key, kept, gone = old_register
    with reg.open_with_key(path, key, clock=fixed_clock) as register:
        assert register.audit.verify().entries == 8  # create, 2 x (customer, view, note), conversion
        subjects = dict(q("SELECT customer_id, pseudonym FROM audit_subject"))
        assert list(subjects) == [kept]
        assert len(audit_store.for_customer(kept)) == 3
        gone_subjects = {s for (s,) in q("SELECT DISTINCT subject FROM audit_entry WHERE subject IS NOT NULL")}
        assert len(gone_subjects) == 2 and subjects[kept] in gone_subjects  # the other is linked to nobody
        details = [d for (d,) in q("SELECT detail FROM audit_entry")]
        assert not [d for d in details if "health" in d]
        assert details[-1] == "converted 7 entries to pseudonyms; old chain intact"
        assert len(audit_store.chain_key()) == 32 and audit_store.chain_id()


def test_the_migration_says_when_the_old_chain_was_already_broken(old_register):
    import sqlcipher3

    path, key, _, _ = old_register
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("UPDATE audit_entry SET detail = 'x' WHERE id = 3")
    conn.close()
    with reg.open_with_key(path, key, clock=fixed_clock) as register:
        register.audit.verify()  # the new chain starts whole...
        assert q("SELECT detail FROM audit_entry ORDER BY id DESC LIMIT 1")[0][0].endswith(
            "old chain broken at entry 3")  # ...and says what the old one was
