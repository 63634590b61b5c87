import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.recovery_key import format_recovery_key
from etsoft_desk.store import staff


def owner_pin() -> str:
    return staff.owner().pin


def test_the_pin_is_kept_only_as_a_salted_scrypt_hash(register, new_register, register_path):
    pin = register.pin
    assert not pin.has_pin() and pin.only_recovery_key
    for bad in ("123", "12a4", "1234567890123", ""):
        with pytest.raises(UserError) as err:
            pin.set_pin(bad)
        assert err.value.template == Msg.PIN_INVALID
    pin.set_pin("864209")
    stored = owner_pin()  # the lock's PIN is the owner's PIN, on the owner's row of the staff list
    assert stored.startswith("scrypt$16384$8$1$") and "864209" not in stored
    register.pin.set_pin("864209")
    assert owner_pin() != stored  # a new salt every time
    assert pin.check("864209") and not pin.check("864208") and pin.failures == 1
    assert pin.check("864209") and pin.failures == 0
    for _ in range(5):
        assert not pin.check("000000")
    assert pin.only_recovery_key and not pin.check("864209")
    assert not pin.check_recovery_key("not a key") and pin.only_recovery_key
    assert pin.check_recovery_key(format_recovery_key(new_register.key)) and not pin.only_recovery_key
    register.close()
    assert b"864209" not in register_path.read_bytes()
