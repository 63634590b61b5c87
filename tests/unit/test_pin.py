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


RACER = r"""
import sys, time
from pathlib import Path
from etsoft_desk.services import register as reg
register = reg.open_with_key(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
go = float(sys.argv[3])
while time.time() < go:
    time.sleep(0.001)
try:
    print(register.pin.check(sys.argv[4]), flush=True)
except Exception as exc:
    print(type(exc).__name__, flush=True)
register.close()
"""


def test_wrong_pins_typed_at_once_in_many_windows_are_each_counted(register, new_register, register_path):
    """Ten windows (or commands) each try a wrong PIN at the same moment: the count read outside the write
    transaction lost updates (3 counted of 10), and the recovery-key lock never came."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    register.pin.set_pin("864209")
    root = str(Path(__file__).resolve().parents[2])
    go = time.time() + 3.0
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(register_path), new_register.key.hex(), str(go),
                                f"{100000 + n}"], cwd=root, env=dict(os.environ, PYTHONPATH=root),
                               stdout=subprocess.PIPE, text=True) for n in range(10)]
    answers = [racer.communicate(timeout=60)[0].split() for racer in racers]
    refused = sum(a == ["False"] for a in answers)
    assert refused + sum(a == ["UserError"] for a in answers) == 10, answers  # wrong, or refused unchecked
    from etsoft_desk.services.pin import MAX_TRIES

    assert register.pin.failures == min(refused, MAX_TRIES) == MAX_TRIES, (register.pin.failures, answers)
    assert register.pin.only_recovery_key  # five counted; the later ones refused as the lock-out says
