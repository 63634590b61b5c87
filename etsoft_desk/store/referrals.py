"""Queries for referrals."""

from __future__ import annotations

import datetime as dt

from ..domain import referral as rules
from .models import Referral
from .convert import as_date


def _referral(r: Referral) -> rules.Referral:
    return rules.Referral(
        id=r.id, text=r.text, shown_as=rules.NameShown(r.shown_as), status=rules.ReferralStatus(r.status),
        requested_on=as_date(r.requested_on), recorded_by=r.recorded_by, evidence=r.evidence,
        approved_on=as_date(r.approved_on), approval_method=r.approval_method, statement_version=r.statement_version_id,
        published_url=r.published_url, published_on=as_date(r.published_on), withdrawn_on=as_date(r.withdrawn_on),
        withdrawn_method=r.withdrawn_method, taken_down_on=as_date(r.taken_down_on))


def add(customer_id: int, text: str, shown_as: rules.NameShown, on: dt.date, by: str) -> int:
    return Referral.create(customer=customer_id, text=text, shown_as=shown_as.value,
                           status=rules.ReferralStatus.REQUESTED.value, requested_on=on, recorded_by=by).id


def get(referral_id: int) -> tuple[int, rules.Referral] | None:
    row = Referral.get_or_none(Referral.id == referral_id)
    return (row.customer_id, _referral(row)) if row else None


def update(referral_id: int, status: rules.ReferralStatus, **fields) -> None:
    Referral.update(status=status.value, **fields).where(Referral.id == referral_id).execute()


def for_customer(customer_id: int) -> list[rules.Referral]:
    return [_referral(r) for r in Referral.select().where(Referral.customer == customer_id).order_by(Referral.id)]


def all_with_customer() -> list[tuple[int, rules.Referral]]:
    return [(r.customer_id, _referral(r)) for r in Referral.select().order_by(Referral.id.desc())]


def needing_take_down() -> list[tuple[int, rules.Referral]]:
    rows = Referral.select().where((Referral.status == rules.ReferralStatus.WITHDRAWN.value)
                                   & Referral.published_on.is_null(False) & Referral.taken_down_on.is_null())
    return [(r.customer_id, _referral(r)) for r in rows.order_by(Referral.withdrawn_on)]
