import contextlib
import sqlite3

import peewee
import pytest
import sqlcipher3

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services import register as reg
from etsoft_desk.store import database, migrations
from etsoft_desk.store.models import ALL_MODELS, database_proxy
from tests.conftest import fixed_clock
from tests.helpers.cards import DISTINCTIVE_VALUES, distinctive_card
from tests.helpers.old_audit import PSEUDONYMS_FROM, use_old_audit
from tests.helpers.sqlcipher_pages import decrypted_pages, side_files


def test_register_reopens_with_its_key_and_keeps_customers(new_register, register_path):
    cid = new_register.register.customers.create(distinctive_card())
    new_register.register.close()
    with reg.open_with_key(register_path, new_register.key) as again:
        assert again.customers.open(cid).card.last_name == "Quaxelbrink"


def test_standard_sqlcipher_opens_the_file_with_the_raw_key(new_register, register_path):
    new_register.register.customers.create(distinctive_card())
    new_register.register.close()
    conn = sqlcipher3.connect(str(register_path))
    conn.execute(f"PRAGMA key = \"x'{new_register.key.hex()}'\"")
    assert conn.execute("SELECT last_name FROM customer").fetchall() == [("Quaxelbrink",)]
    conn.close()


def test_pragmas_that_keep_data_safe_are_on(register):
    db = database_proxy.obj
    assert db.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA temp_store").fetchone()[0] == 2
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert db.execute_sql("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0] == 0


def test_wrong_key_is_one_sentence(new_register, register_path):
    new_register.register.close()
    with pytest.raises(UserError) as err:
        reg.open_with_key(register_path, bytes(32))
    assert err.value.template == Msg.WRONG_KEY


def test_a_file_that_is_not_a_register_is_told_apart_from_a_wrong_key(tmp_path):
    garbage = tmp_path / "register.db"
    garbage.write_bytes(b"hello" * 1000)
    with pytest.raises(UserError) as err:
        reg.open_with_key(garbage, bytes(32))
    assert err.value.template == Msg.NOT_A_REGISTER
    plain = tmp_path / "plain.db"
    with contextlib.closing(sqlite3.connect(plain)) as db:  # closed: Python 3.13 warns of one left open
        db.execute("CREATE TABLE t (a)").connection.commit()
    with pytest.raises(UserError) as err:
        reg.open_with_key(plain, bytes(32))
    assert err.value.template == Msg.PLAIN_SQLITE
    with pytest.raises(UserError) as err:
        reg.open_with_key(tmp_path / "absent.db", bytes(32))
    assert err.value.template == Msg.REGISTER_MISSING


def test_creating_over_an_existing_register_is_refused_and_leaves_it(new_register, register_path):
    before = register_path.read_bytes()
    with pytest.raises(UserError) as err:
        reg.create(register_path)
    assert err.value.template == Msg.REGISTER_EXISTS
    assert register_path.read_bytes() == before


def test_register_from_a_newer_version_is_refused(new_register, register_path):
    database_proxy.obj.execute_sql("PRAGMA user_version = 999")
    new_register.register.close()
    with pytest.raises(UserError) as err:
        reg.open_with_key(register_path, new_register.key)
    assert err.value.template == Msg.REGISTER_TOO_NEW
    assert "999" in str(err.value)


def test_a_failing_migration_leaves_the_schema_and_version_as_they_were(new_register, register_path, monkeypatch):
    new_register.register.close()
    latest = migrations.LATEST_VERSION

    def broken(db):
        db.execute_sql("CREATE TABLE half_done (a)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (latest + 1, broken)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", latest + 1)
    with pytest.raises(RuntimeError):
        reg.open_with_key(register_path, new_register.key)
    monkeypatch.undo()
    with reg.open_with_key(register_path, new_register.key):
        db = database_proxy.obj
        assert migrations.schema_version(db) == latest
        assert not db.table_exists("half_done")


@pytest.mark.parametrize("start", [v for v, _ in migrations.MIGRATIONS[:-1]])
def test_a_register_of_every_earlier_schema_migrates_with_its_customers(tmp_path, monkeypatch, start):
    """Migrations are frozen SQL, so the register an older release wrote is built by its own migrations."""
    path = tmp_path / "old.db"
    key = bytes(range(32))
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] <= start])
    monkeypatch.setattr(migrations, "LATEST_VERSION", start)
    use_old_audit(monkeypatch, start)  # and the audit code of that release
    old = reg.create(path, key, clock=fixed_clock)
    cid = old.register.customers.create(distinctive_card())
    old.register.close()
    monkeypatch.undo()
    with reg.open_with_key(path, key, clock=fixed_clock) as register:
        assert migrations.schema_version(database_proxy.obj) == migrations.LATEST_VERSION
        assert register.customers.open(cid).card.last_name == "Quaxelbrink"
        # register, customer, (the conversion to pseudonyms,) view
        assert register.audit.verify().entries == (4 if start < PSEUDONYMS_FROM else 3)


def test_models_match_the_migrated_schema(register):
    db = database_proxy.obj
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in db.get_columns(table)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_nothing_personal_is_readable_in_the_files_on_disk(new_register, register_path):
    """Saved values are in the decrypted pages (so the search can find them) and nowhere in the raw bytes."""
    register = new_register.register
    cid = register.customers.create(distinctive_card())
    register.customers.open(cid)
    files = side_files(register_path)
    assert {p.name for p in files} >= {"register.db", "register.db-wal"}
    raw = b"".join(p.read_bytes() for p in files)
    decrypted = b"".join(decrypted_pages(register_path, new_register.key))
    for value in DISTINCTIVE_VALUES:
        if value == "0648765432":
            continue  # only in the search index, in its tokenised form
        assert value.encode() in decrypted, value
        assert value.encode() not in raw, value
        assert value.encode("utf-16-le") not in raw, value
    register.close()
    raw = register_path.read_bytes()
    assert not any(v.encode() in raw for v in DISTINCTIVE_VALUES)
    assert not (register_path.parent / "register.db-wal").exists() or \
        (register_path.parent / "register.db-wal").stat().st_size == 0


def test_no_temp_files_appear_while_working(new_register, register_path, tmp_path, monkeypatch):
    register = new_register.register
    before = set(register_path.parent.iterdir())
    for _ in range(30):
        register.customers.create(distinctive_card())
    register.customers.search("Quax", sort="city")
    assert set(register_path.parent.iterdir()) - before == set()


def test_register_id_is_the_salt_and_stable(new_register, register_path):
    rid = new_register.register.register_id
    assert len(rid) == 32 and rid == register_path.read_bytes()[:16].hex()


def test_database_errors_become_sentences():
    assert database.user_error_for(peewee.OperationalError("database is locked"), "x").template == Msg.REGISTER_LOCKED
    assert database.user_error_for(peewee.OperationalError("database or disk is full"), "x").template == Msg.DISK_FULL
    assert database.user_error_for(peewee.DatabaseError("database disk image is malformed"), "x").template == \
        Msg.REGISTER_DAMAGED
    missing = database.user_error_for(peewee.OperationalError("no such table: main.ledger_line"), "x")
    assert missing.template == Msg.REGISTER_TABLE_MISSING and "“ledger_line”" in str(missing)  # issue 10: told
    assert database.user_error_for(peewee.OperationalError("attempt to write a readonly database"), "x").template \
        == Msg.REGISTER_UNWRITABLE
    assert database.user_error_for(peewee.OperationalError("something new"), "x").template == \
        Msg.REGISTER_DATABASE_ERROR  # every database error is a sentence at the boundary


def test_clock_is_injected(register):
    assert register.clock is fixed_clock
