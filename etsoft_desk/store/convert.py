"""Dates and times as SQLite hands them back (text), turned into Python values in one place."""

from __future__ import annotations

import datetime as dt
from typing import overload


@overload
def as_date(value: None) -> None: ...
@overload
def as_date(value: object) -> dt.date: ...
def as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
