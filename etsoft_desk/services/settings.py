"""The shop's settings that live in the register, declared once with their defaults."""

from __future__ import annotations

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import settings as store

STAFF_INITIALS = "staff_initials"
# The shop's details as its privacy statement gives them; the owner can change them in the settings.
SHOP_DEFAULTS = {
    "shop_name": "ETSoft",
    "shop_address": "Spoorwaterstraat 13, 4561 ZH Hulst",
    "shop_email": "info@etsoft.nl",
    "shop_kvk": "",
}


class Settings:
    def shop(self) -> dict[str, str]:
        return {key: store.get(key, default) for key, default in SHOP_DEFAULTS.items()}

    def set_shop(self, **values: str) -> None:
        for key, value in values.items():
            if key not in SHOP_DEFAULTS:
                raise KeyError(key)
            store.put(key, value.strip())

    @property
    def staff_initials(self) -> str:
        return store.get(STAFF_INITIALS)

    @staff_initials.setter
    def staff_initials(self, value: str) -> None:
        store.put(STAFF_INITIALS, value.strip().upper()[:8])

    def recorder(self, given: str | None = None) -> str:
        """Who records a change: the initials given now, else the ones in the settings; never nobody."""
        initials = (given or self.staff_initials).strip().upper()
        if not initials:
            raise UserError(Msg.STAFF_INITIALS_MISSING)
        return initials[:8]
