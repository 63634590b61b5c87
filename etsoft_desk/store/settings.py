"""Settings kept inside the register (they travel with it): plain key/value text."""

from __future__ import annotations

from .models import RegisterSetting


def get(key: str, default: str = "") -> str:
    row = RegisterSetting.get_or_none(RegisterSetting.key == key)
    return row.value if row else default


def put(key: str, value: str) -> None:
    RegisterSetting.replace(key=key, value=value).execute()
