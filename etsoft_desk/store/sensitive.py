"""Queries for special-category notes."""

from __future__ import annotations

import datetime as dt

from .models import SensitiveNote
from .convert import as_date, as_datetime


def count(customer_id: int) -> int:
    return SensitiveNote.select().where(SensitiveNote.customer == customer_id).count()


def add(customer_id: int, *, category: str, text: str, consent_method: str, statement_version: int | None,
        at: dt.datetime, by: str, retain_until: dt.date) -> int:
    return SensitiveNote.create(customer=customer_id, category=category, text=text, consent_method=consent_method,
                                statement_version=statement_version, recorded_at=at, recorded_by=by,
                                retain_until=retain_until).id


def for_customer(customer_id: int) -> list[dict]:
    rows = SensitiveNote.select().where(SensitiveNote.customer == customer_id).order_by(SensitiveNote.id)
    return [dict(id=r.id, category=r.category, text=r.text, consent_method=r.consent_method,
                 statement_version=r.statement_version_id, recorded_at=as_datetime(r.recorded_at),
                 recorded_by=r.recorded_by, retain_until=as_date(r.retain_until)) for r in rows]


def delete(customer_id: int, note_id: int) -> bool:
    return bool(SensitiveNote.delete().where((SensitiveNote.id == note_id)
                                             & (SensitiveNote.customer == customer_id)).execute())
