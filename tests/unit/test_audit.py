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


def test_changed_entry_with_recomputed_hash_breaks_the_next_link(audited):
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
