import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.store.models import AuditEntry, RegisterSetting, database_proxy
from tests.helpers.cards import card


@pytest.fixture
def audited(register):
    for i in range(4):
        cid = register.customers.create(card(first_name=f"Klant{i}"))
        register.customers.open(cid)
    assert register.audit.verify().entries == 9
    return register


def sql(text, *params):
    database_proxy.obj.execute_sql(text, params)


def test_intact_log_verifies(audited):
    assert audited.audit.verify().entries == 9


def test_changed_entry_is_detected(audited):
    sql("UPDATE audit_entry SET action = 'customer.view' WHERE id = 4")
    with pytest.raises(UserError, match="entry 4 was changed"):
        audited.audit.verify()


def test_changed_entry_with_a_wrong_hash_is_detected(audited):  # recomputed: test_audit_tamper.py
    sql("UPDATE audit_entry SET subject = 'someone else', hash = 'f' || substr(hash, 2) WHERE id = 4")
    with pytest.raises(UserError):
        audited.audit.verify()


def test_removed_middle_entry_is_detected(audited):
    sql("DELETE FROM audit_entry WHERE id = 5")
    with pytest.raises(UserError, match="entry 5 is missing"):
        audited.audit.verify()


def test_removed_last_entry_is_detected(audited):
    sql("DELETE FROM audit_entry WHERE id = 9")
    with pytest.raises(UserError, match="removed"):
        audited.audit.verify()


def test_emptied_log_is_detected(audited):
    sql("DELETE FROM audit_entry")
    with pytest.raises(UserError, match="all entries"):
        audited.audit.verify()


def test_new_entries_continue_the_chain(audited):
    audited.customers.create(card())
    assert audited.audit.verify().entries == 10
    assert AuditEntry.select().count() == 10
    assert RegisterSetting.get(RegisterSetting.key == "audit_head").value.startswith("10:")


def test_an_entry_rewritten_with_a_valid_hash_is_caught_by_the_next_link(audited):
    from etsoft_desk.services.audit import _digest
    from etsoft_desk.store import audit as audit_store

    entry = AuditEntry.get_by_id(4)
    forged = _digest(audit_store.chain_key(), entry.prev_hash, 4, entry.at, "customer.view", entry.subject,
                     entry.detail)
    sql("UPDATE audit_entry SET action = 'customer.view', hash = ? WHERE id = 4", forged)
    with pytest.raises(UserError, match="entry 5 does not follow entry 4"):
        audited.audit.verify()


def test_the_chain_is_keyed_with_the_registers_own_random_key(audited):
    from etsoft_desk.services.audit import GENESIS, _digest
    from etsoft_desk.store import audit as audit_store

    key = audit_store.chain_key()
    assert len(key) == 32
    first = AuditEntry.get_by_id(1)
    assert first.hash == _digest(key, GENESIS, 1, first.at, first.action, first.subject, first.detail)
    assert first.hash != _digest(bytes(32), GENESIS, 1, first.at, first.action, first.subject, first.detail)
