"""A register saved by every released schema version still opens: tests/fixtures/registers/ holds one per version
(made by tests/fixtures/make_registers.py); each is migrated to the latest schema and its customer read back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.services import register as register_open
from etsoft_desk.store import migrations
from etsoft_desk.store.models import database_proxy
from tests.conftest import fixed_clock
from tests.fixtures import make_registers as fixtures

RELEASED = fixtures.released()


def read_back(path: Path, version: int) -> None:
    """Open (and so migrate) the register at ``path``; its customer must be there as the fixture wrote it."""
    register = register_open.open_with_key(path, fixtures.KEY, fixed_clock)
    try:
        assert migrations.schema_version(database_proxy.obj) == migrations.LATEST_VERSION
        (row,) = register.customers.search("Fenna")  # the search index came along
        assert register.customers.search("vanoost") == [row]
        stored = register.customers.open(row.id, log_view=False)
        card = stored.card
        assert (card.first_name, card.infix, card.last_name) == ("Fenna", "van", "Oost")
        assert card.emails == [fixtures.EMAIL] and card.phones == [fixtures.PHONE]
        assert (card.address.postcode, card.address.city) == ("4561 AA", "Hulst")
        states = register.consent.states(row.id)
        if version >= fixtures.CONSENT_FROM:
            record = states[Channel.EMAIL]
            assert record is not None and record.state == ConsentState.GRANTED and record.method == \
                ConsentMethod.COUNTER
        else:
            assert all(record is None for record in states.values())  # that version knew no consent
        new = ConsentState.WITHDRAWN if version >= fixtures.CONSENT_FROM else ConsentState.GRANTED
        register.consent.record(row.id, Channel.EMAIL, new, ConsentMethod.COUNTER, by="JV")  # and it takes changes
        assert register.consent.states(row.id)[Channel.EMAIL].state == new
    finally:
        register.close()


def copy_of(version: int, tmp_path: Path) -> Path:
    target = tmp_path / "register.db"
    shutil.copyfile(fixtures.path_for(version), target)
    return target


def test_every_released_schema_version_has_its_saved_register():
    missing = [v for v in RELEASED if not fixtures.path_for(v).exists()]
    assert missing == [], f"run: python tests/fixtures/make_registers.py {' '.join(map(str, missing))}"
    saved = sorted(p.name for p in fixtures.FOLDER.glob("register-v*.sqlcipher"))
    assert saved == sorted(fixtures.path_for(v).name for v in RELEASED)  # none of a version that was never released


@pytest.mark.parametrize("version", RELEASED)
def test_a_register_of_each_schema_version_migrates_and_reads_back(version, tmp_path):
    path = copy_of(version, tmp_path)
    with_key = path.read_bytes()
    assert fixtures.KEY not in with_key and b"Fenna" not in with_key  # saved encrypted
    read_back(path, version)


def test_the_saved_file_is_of_the_version_it_says(tmp_path):
    """Each file stops at its own version: opened raw, without migrating."""
    from etsoft_desk.store import database

    for version in RELEASED:
        db = database._connect(copy_of(version, tmp_path), fixtures.KEY)
        try:
            db.connect()
            assert migrations.schema_version(db) == version
        finally:
            db.close()


def test_the_read_back_fails_on_a_copy_that_lost_its_customer_or_its_consent(tmp_path):
    """The check can fail: a copy of the latest fixture with the email address or the consent record gone."""
    from etsoft_desk.store import database

    for table in ("customer_email", "consent_record"):
        path = copy_of(RELEASED[-1], tmp_path)
        db = database._connect(path, fixtures.KEY)
        db.connect()
        db.execute_sql(f"DELETE FROM {table}")
        db.close()
        with pytest.raises(AssertionError):
            read_back(path, RELEASED[-1])
