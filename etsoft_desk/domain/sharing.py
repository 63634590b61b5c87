"""Sharing with others: who may receive a customer's data, on what ground (GDPR Art. 6, 28; the statement).

The statement promises: business partners and service providers get nothing without the customer's prior
approval, and the customer can ask us to stop sharing. The accountant or e-invoicing processor works on our
behalf under a processor agreement (Art. 28); that is not sharing that needs approval.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from .errors import UserError
from .messages import Msg


class RecipientRole(StrEnum):
    PROCESSOR = "processor"  # accountant, e-invoicing: processes on our behalf
    PARTNER = "partner"
    SERVICE_PROVIDER = "service_provider"


class Ground(StrEnum):
    APPROVAL = "approval"  # the customer's prior approval for this recipient
    PROCESSOR = "processor"  # on our behalf under a processor agreement (Art. 28)


@dataclass(frozen=True)
class Recipient:
    id: int
    name: str
    role: RecipientRole
    processor_agreement: bool
    country: str
    contact: str = ""
    active: bool = True


@dataclass(frozen=True)
class Approval:
    id: int
    recipient_id: int
    data: str
    purpose: str
    given_on: dt.date
    method: str
    recorded_by: str
    statement_version: int | None = None
    withdrawn_on: dt.date | None = None
    withdrawn_method: str | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class Disclosure:
    id: int
    recipient_id: int
    what: str
    disclosed_at: dt.datetime
    ground: Ground
    approval_id: int | None
    recorded_by: str


def ground_for(recipient: Recipient, approval: Approval | None, objected_since: dt.date | None) -> Ground:
    """The ground a disclosure to ``recipient`` rests on, or the sentence why it may not happen."""
    if not recipient.active:
        raise UserError(Msg.RECIPIENT_INACTIVE, name=recipient.name)
    if recipient.role == RecipientRole.PROCESSOR:
        if not recipient.processor_agreement:
            raise UserError(Msg.PROCESSOR_AGREEMENT_MISSING, name=recipient.name)
        return Ground.PROCESSOR
    if objected_since is not None:
        raise UserError(Msg.SHARING_OBJECTED, name=recipient.name, since=f"{objected_since:%d-%m-%Y}")
    if approval is None or not approval.active:
        raise UserError(Msg.SHARING_NOT_APPROVED, name=recipient.name)
    return Ground.APPROVAL
