"""The owner's PIN for the counter lock: kept only as a salted scrypt hash inside the register.

After five wrong tries in a row only the recovery key unlocks (and resets the count): a PIN of a few digits
must not be guessable by someone at the counter with time on their hands.
"""

from __future__ import annotations

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.recovery_key import parse_key
from ..store.models import database_proxy
from .settings import Settings

MAX_TRIES = 5
N, R, P = 2**14, 8, 1  # scrypt cost: about 50 ms here, and 16 MiB of memory per guess


def _hash(pin: str, salt: bytes) -> bytes:
    import hashlib

    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)


class PinService:
    def __init__(self, settings: Settings, key: bytes | None) -> None:
        self._settings = settings
        self._key = key

    def has_pin(self) -> bool:
        return bool(self._settings.marked("pin"))

    def set_pin(self, pin: str) -> None:
        pin = pin.strip()
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            raise UserError(Msg.PIN_INVALID)
        import secrets

        salt = secrets.token_bytes(16)
        with database_proxy.atomic():
            self._settings.mark("pin", f"scrypt${N}${R}${P}${salt.hex()}${_hash(pin, salt).hex()}")
            self._settings.mark("pin_failures", "0")

    @property
    def failures(self) -> int:
        return int(self._settings.marked("pin_failures") or 0)

    @property
    def only_recovery_key(self) -> bool:
        return self.failures >= MAX_TRIES or not self.has_pin()

    def check(self, pin: str) -> bool:
        """True when ``pin`` is right (and the count of wrong tries starts over)."""
        if self.only_recovery_key:
            return False
        import hashlib
        import hmac

        _, n, r, p, salt, digest = self._settings.marked("pin").split("$")
        ok = hmac.compare_digest(hashlib.scrypt(pin.strip().encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                                                r=int(r), p=int(p), dklen=32), bytes.fromhex(digest))
        with database_proxy.atomic():
            self._settings.mark("pin_failures", "0" if ok else str(self.failures + 1))
        return ok

    def check_recovery_key(self, typed: str) -> bool:
        try:
            key = parse_key(typed)
        except UserError:
            return False
        import hmac

        ok = self._key is not None and hmac.compare_digest(key, self._key)
        if ok:
            with database_proxy.atomic():
                self._settings.mark("pin_failures", "0")
        return ok
