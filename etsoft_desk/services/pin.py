"""The owner's PIN: kept only as a salted scrypt hash inside the register, on the owner's row of the staff list.

It unlocks the counter lock and allows the dangerous acts (erasure, export, restore, rekey, settings, staff).
After five wrong tries in a row only the recovery key unlocks (and resets the count): a PIN of a few digits
must not be guessable by someone at the counter with time on their hands. The lock and the owner's PIN dialog
share this one count.
"""

from __future__ import annotations

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.recovery_key import parse_key
from .settings import Settings

MAX_TRIES = 5
PIN_WAIT_MS = 1000  # a PIN waits this long for another program's write before it is refused, unchecked
N, R, P = 2**14, 8, 1  # scrypt cost: about 50 ms here, and 16 MiB of memory per guess
OWNER_DEFAULT = ("EIG", "Eigenaar")  # the owner's row made when a PIN is set before there is a staff list


def _hash(pin: str, salt: bytes) -> bytes:
    import hashlib

    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)


def hash_pin(pin: str) -> str:
    """A PIN of 4 to 12 digits as it is kept: ``scrypt$n$r$p$salt$digest``."""
    pin = pin.strip()
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise UserError(Msg.PIN_INVALID)
    import secrets

    salt = secrets.token_bytes(16)
    return f"scrypt${N}${R}${P}${salt.hex()}${_hash(pin, salt).hex()}"


def pin_matches(stored: str, pin: str) -> bool:
    import hashlib
    import hmac

    _, n, r, p, salt, digest = stored.split("$")
    return hmac.compare_digest(hashlib.scrypt(pin.strip().encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                                              r=int(r), p=int(p), dklen=32), bytes.fromhex(digest))


class PinService:
    def __init__(self, db, settings: Settings, key: bytes | None) -> None:
        self._db = db
        self._settings = settings
        self._key = key

    @staticmethod
    def _stored() -> str:
        from ..store import staff

        owner = staff.owner()
        return owner.pin or "" if owner else ""

    def has_pin(self) -> bool:
        return bool(self._stored())

    def set_pin(self, pin: str) -> None:
        """The owner's PIN (a staff list without an owner gets one: the settings' initials, or EIG)."""
        from ..store import staff

        stored = hash_pin(pin)
        with self._db.atomic():
            owner = staff.owner()
            if owner is None:
                initials = (self._settings.staff_initials or OWNER_DEFAULT[0]).upper()
                if staff.get(initials) is not None:
                    raise UserError(Msg.STAFF_EXISTS, value=initials)
                staff.add(initials, OWNER_DEFAULT[1], owner=True, pin=stored)
            else:
                staff.set_pin(owner.initials, stored)
            self._settings.mark("pin_failures", "0")

    @property
    def failures(self) -> int:
        return int(self._settings.marked("pin_failures") or 0)

    @property
    def only_recovery_key(self) -> bool:
        return self.failures >= MAX_TRIES or not self.has_pin()

    def check(self, pin: str) -> bool:
        """True when ``pin`` is right (and the count of wrong tries starts over). The register's write lock is
        taken before the PIN is compared, so that every wrong try is counted (by any number of processes at
        once): while another program holds it longer than PIN_WAIT_MS, nothing is compared and REGISTER_LOCKED
        is raised, right PIN or wrong (guessing beside a long import was unlimited, and timed apart)."""
        from ..store import database

        with database.user_errors(self._db.database), database.busy_timeout(self._db, PIN_WAIT_MS), \
                self._db.atomic():
            if self.only_recovery_key:
                return False
            ok = pin_matches(self._stored(), pin)
            failures = self.failures
            if not ok or failures:
                self._settings.mark("pin_failures", "0" if ok else str(failures + 1))
        return ok

    def check_recovery_key(self, typed: str) -> bool:
        try:
            key = parse_key(typed)
        except UserError:
            return False
        import hmac

        ok = self._key is not None and hmac.compare_digest(key, self._key)
        if ok and self.failures:
            with self._db.atomic():
                self._settings.mark("pin_failures", "0")
        return ok

    def authorize(self, typed: str | None) -> None:
        """Allow a dangerous act with the owner's PIN (or, after five wrong ones, the recovery key); a sentence
        otherwise. Without an owner's PIN (a fresh register) everything is allowed."""
        if not self.has_pin():
            return
        if typed is None or not typed.strip():
            raise UserError(Msg.OWNER_PIN_NEEDED)
        if self.only_recovery_key:
            if not self.check_recovery_key(typed):
                raise UserError(Msg.OWNER_PIN_LOCKED)
            return
        if not self.check(typed):
            left = MAX_TRIES - self.failures
            if left <= 0:
                raise UserError(Msg.OWNER_PIN_LOCKED)
            raise UserError(Msg.OWNER_PIN_WRONG, left=left)
