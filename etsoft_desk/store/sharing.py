"""Queries for recipients, sharing approvals, objections and disclosures."""

from __future__ import annotations

import datetime as dt

from peewee import IntegrityError

from ..domain import sharing as rules
from ..domain.errors import UserError
from ..domain.messages import Msg
from .models import Disclosure, Recipient, SharingApproval, SharingObjection, database_proxy
from .convert import as_date, as_datetime


def _recipient(r: Recipient) -> rules.Recipient:
    return rules.Recipient(id=r.id, name=r.name, role=rules.RecipientRole(r.role),
                           processor_agreement=bool(r.processor_agreement), country=r.country, contact=r.contact,
                           active=bool(r.active), email=r.email, address=r.address,
                           transfer_ground=rules.TransferGround(r.transfer_ground) if r.transfer_ground else None,
                           safeguards=r.safeguards)


def add_recipient(name: str, role: rules.RecipientRole, processor_agreement: bool, country: str, contact: str,
                  **details) -> int:
    """``details``: email, address, transfer_ground, safeguards."""
    if details.get("transfer_ground") is not None:
        details["transfer_ground"] = details["transfer_ground"].value
    try:
        with database_proxy.atomic():
            return Recipient.create(name=name, role=role.value, processor_agreement=processor_agreement,
                                    country=country, contact=contact, **details).id
    except IntegrityError:
        raise UserError(Msg.RECIPIENT_NAME_TAKEN, name=name) from None


def update_recipient(recipient_id: int, **fields) -> None:
    if "role" in fields:
        fields["role"] = fields["role"].value
    if fields.get("transfer_ground") is not None:
        fields["transfer_ground"] = fields["transfer_ground"].value
    Recipient.update(**fields).where(Recipient.id == recipient_id).execute()


def recipient(recipient_id: int) -> rules.Recipient | None:
    row = Recipient.get_or_none(Recipient.id == recipient_id)
    return _recipient(row) if row else None


def recipients(active_only: bool = False) -> list[rules.Recipient]:
    query = Recipient.select().order_by(Recipient.name)
    if active_only:
        query = query.where(Recipient.active == True)  # noqa: E712 (peewee expression)
    return [_recipient(r) for r in query]


def _approval(a: SharingApproval) -> rules.Approval:
    return rules.Approval(id=a.id, recipient_id=a.recipient_id, data=a.data, purpose=a.purpose,
                          given_on=as_date(a.given_on), method=a.method, recorded_by=a.recorded_by,
                          statement_version=a.statement_version_id, withdrawn_on=as_date(a.withdrawn_on),
                          withdrawn_method=a.withdrawn_method)


def add_approval(customer_id: int, recipient_id: int, *, data: str, purpose: str, given_on: dt.date, method: str,
                 statement_version: int | None, by: str) -> int:
    return SharingApproval.create(customer=customer_id, recipient=recipient_id, data=data, purpose=purpose,
                                  given_on=given_on, method=method, statement_version=statement_version,
                                  recorded_by=by).id


def withdraw_approval(customer_id: int, approval_id: int, on: dt.date, method: str) -> bool:
    return bool(SharingApproval.update(withdrawn_on=on, withdrawn_method=method)
                .where((SharingApproval.id == approval_id) & (SharingApproval.customer == customer_id)
                       & SharingApproval.withdrawn_on.is_null()).execute())


def approvals(customer_id: int) -> list[rules.Approval]:
    rows = SharingApproval.select().where(SharingApproval.customer == customer_id).order_by(SharingApproval.id)
    return [_approval(a) for a in rows]


def active_approval(customer_id: int, recipient_id: int) -> rules.Approval | None:
    row = (SharingApproval.select()
           .where((SharingApproval.customer == customer_id) & (SharingApproval.recipient == recipient_id)
                  & SharingApproval.withdrawn_on.is_null())
           .order_by(SharingApproval.id.desc()).first())
    return _approval(row) if row else None


def objection_since(customer_id: int) -> dt.date | None:
    row = SharingObjection.get_or_none(SharingObjection.customer == customer_id)
    return as_date(row.since) if row else None


def set_objection(customer_id: int, since: dt.date, method: str, by: str) -> None:
    SharingObjection.insert(customer=customer_id, since=since, method=method,
                            recorded_by=by).on_conflict_ignore().execute()


def lift_objection(customer_id: int) -> bool:
    return bool(SharingObjection.delete().where(SharingObjection.customer == customer_id).execute())


def add_disclosure(customer_id: int, recipient_id: int, what: str, at: dt.datetime, ground: rules.Ground,
                   approval_id: int | None, by: str) -> int:
    return Disclosure.create(customer=customer_id, recipient=recipient_id, what=what, disclosed_at=at,
                             ground=ground.value, approval=approval_id, recorded_by=by).id


def disclosures(customer_id: int) -> list[rules.Disclosure]:
    rows = Disclosure.select().where(Disclosure.customer == customer_id).order_by(Disclosure.id)
    return [rules.Disclosure(id=d.id, recipient_id=d.recipient_id, what=d.what, disclosed_at=as_datetime(d.disclosed_at),
                             ground=rules.Ground(d.ground), approval_id=d.approval_id, recorded_by=d.recorded_by)
            for d in rows]
