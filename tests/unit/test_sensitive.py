import datetime as dt

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services.sensitive import SensitiveCategory
from etsoft_desk.store.models import AuditEntry, SensitiveNote
from tests.helpers.cards import card


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    return register


def test_no_explicit_consent_no_note(shop):
    cid = shop.customers.create(card())
    with pytest.raises(UserError) as err:
        shop.sensitive.add(cid, SensitiveCategory.HEALTH, "slechthorend", explicit_consent=False,
                           consent_method="counter")
    assert err.value.template == Msg.SENSITIVE_NEEDS_CONSENT
    assert SensitiveNote.select().count() == 0


def test_revealing_is_logged_and_withdrawal_deletes(shop):
    cid = shop.customers.create(card())
    note = shop.sensitive.add(cid, SensitiveCategory.HEALTH, "Slechthorend: duidelijk en rustig praten",
                              explicit_consent=True, consent_method="counter")
    assert shop.sensitive.count(cid) == 1
    reveals = AuditEntry.select().where(AuditEntry.action == "sensitive.reveal")
    assert reveals.count() == 0  # counting is not revealing
    [entry] = shop.sensitive.reveal(cid)
    assert entry.text == "Slechthorend: duidelijk en rustig praten"
    assert entry.retain_until == dt.date(2028, 11, 25)  # own retention: 24 months by default
    assert reveals.count() == 1
    assert "Slechthorend" not in " ".join(e.detail for e in AuditEntry.select())
    data = shop.customer_data(cid)
    assert data["special_category"][0]["text"].startswith("Slechthorend") and reveals.count() == 2
    shop.sensitive.withdraw_consent(cid, note, "counter")
    assert shop.sensitive.count(cid) == 0
    with pytest.raises(UserError):
        shop.sensitive.withdraw_consent(cid, note, "counter")


def test_retention_date_must_be_ahead(shop):
    cid = shop.customers.create(card())
    with pytest.raises(UserError) as err:
        shop.sensitive.add(cid, SensitiveCategory.OTHER, "x", explicit_consent=True, consent_method="counter",
                           retain_until=dt.date(2026, 11, 25))
    assert err.value.template == Msg.RETENTION_IN_PAST
