"""Settings kept inside the register (they travel with it): plain key/value text."""

from __future__ import annotations

from .models import RegisterSetting, database_proxy


def get(key: str, default: str = "") -> str:
    row = database_proxy.obj.execute_sql("SELECT value FROM register_setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def put(key: str, value: str) -> None:
    RegisterSetting.replace(key=key, value=value).execute()


def remove(key: str) -> None:
    RegisterSetting.delete().where(RegisterSetting.key == key).execute()
