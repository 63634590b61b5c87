"""Queries for the data-subject requests register."""

from __future__ import annotations

import datetime as dt

from ..domain import requests as rules
from .convert import as_date
from .models import DataRequestRow


def _request(r: DataRequestRow) -> rules.DataRequest:
    return rules.DataRequest(
        id=r.id, customer_id=r.customer_id, kind=rules.RequestKind(r.kind), received_on=as_date(r.received_on),
        channel=rules.RequestChannel(r.channel), identity=rules.IdentityCheck(r.identity) if r.identity else None,
        answer_to=r.answer_to, status=rules.RequestStatus(r.status), extended_months=r.extended_months,
        extension_reason=r.extension_reason, outcome=r.outcome, closed_on=as_date(r.closed_on),
        requester_name=r.requester_name)


def add(customer_id: int | None, kind: rules.RequestKind, received_on: dt.date, channel: rules.RequestChannel,
        identity: rules.IdentityCheck | None, answer_to: str, by: str, requester_name: str = "") -> int:
    return DataRequestRow.create(customer=customer_id, kind=kind.value, received_on=received_on,
                                 channel=channel.value, identity=identity.value if identity else None,
                                 answer_to=answer_to, status=rules.RequestStatus.OPEN.value, recorded_by=by,
                                 requester_name=requester_name).id


def link(request_id: int, customer_id: int, answer_to: str) -> None:
    """A request of someone who turned out to be a customer: it goes on their card, and their card names them."""
    DataRequestRow.update(customer=customer_id, requester_name="", answer_to=answer_to).where(
        DataRequestRow.id == request_id).execute()


def get(request_id: int) -> rules.DataRequest | None:
    row = DataRequestRow.get_or_none(DataRequestRow.id == request_id)
    return _request(row) if row else None


def update(request_id: int, **fields) -> None:
    if "status" in fields:
        fields["status"] = fields["status"].value
    DataRequestRow.update(**fields).where(DataRequestRow.id == request_id).execute()


def all_requests(open_only: bool = False) -> list[rules.DataRequest]:
    query = DataRequestRow.select().order_by(DataRequestRow.received_on, DataRequestRow.id)
    if open_only:
        query = query.where(DataRequestRow.status.in_([rules.RequestStatus.OPEN.value,
                                                       rules.RequestStatus.EXTENDED.value]))
    return [_request(r) for r in query]


def open_due_fields() -> list[tuple[int | None, dt.date, int]]:
    """(customer, received on, months extended) of each open request: what its due date is made of, without
    loading the requests (the to-do bar counts tens of thousands off the GUI thread; issue 14)."""
    query = (DataRequestRow.select(DataRequestRow.customer, DataRequestRow.received_on, DataRequestRow.extended_months)
             .where(DataRequestRow.status.in_([rules.RequestStatus.OPEN.value, rules.RequestStatus.EXTENDED.value]))
             .tuples())
    return [(row[0], as_date(row[1]), row[2] or 0) for row in query.execute()]


def for_customer(customer_id: int) -> list[rules.DataRequest]:
    rows = DataRequestRow.select().where(DataRequestRow.customer == customer_id).order_by(DataRequestRow.id)
    return [_request(r) for r in rows]
