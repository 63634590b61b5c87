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


# The European Economic Area: the EU and Iceland, Liechtenstein, Norway. A recipient elsewhere may receive
# data only on a transfer ground of Chapter V (Art. 44-49), recorded with where its safeguards can be read.
EEA = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split())


class TransferGround(StrEnum):
    """What a transfer outside the EEA rests on (Dutch names: personal_data.TRANSFER_GROUNDS)."""

    ADEQUACY = "adequacy"  # Art. 45: an adequacy decision of the Commission (e.g. CH, GB, JP, the EU-US DPF)
    STANDARD_CLAUSES = "standard_clauses"  # Art. 46(2)(c): the Commission's standard contractual clauses
    BINDING_RULES = "binding_rules"  # Art. 47: binding corporate rules
    EXPLICIT_CONSENT = "explicit_consent"  # Art. 49(1)(a): the customer's explicit consent to the transfer
    CONTRACT = "contract"  # Art. 49(1)(b): needed for the contract with the customer


# Grounds whose safeguards are a document the customer may see (Art. 15(2), 46): where to read it is required.
NEEDS_SAFEGUARDS = frozenset({TransferGround.STANDARD_CLAUSES, TransferGround.BINDING_RULES})


def outside_eea(country: str) -> bool:
    return bool(country) and country.upper() not in EEA


@dataclass(frozen=True)
class Recipient:
    id: int
    name: str
    role: RecipientRole
    processor_agreement: bool
    country: str
    contact: str = ""
    active: bool = True
    email: str = ""
    address: str = ""
    transfer_ground: TransferGround | None = None  # only meaningful outside the EEA
    safeguards: str = ""  # where the safeguards can be read: a web address or where the copy is kept

    @property
    def outside_eea(self) -> bool:
        return outside_eea(self.country)


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


def check_transfer(recipient: Recipient) -> None:
    """Outside the EEA nothing goes to ``recipient`` (no disclosure, no new approval) without a transfer ground."""
    if recipient.outside_eea and recipient.transfer_ground is None:
        raise UserError(Msg.TRANSFER_GROUND_MISSING, name=recipient.name, country=recipient.country)


def ground_for(recipient: Recipient, approval: Approval | None, objected_since: dt.date | None,
               claimed: Ground | None = None) -> Ground:
    """The ground a disclosure to ``recipient`` rests on, or the sentence why it may not happen.

    ``claimed``: the ground the owner says it rests on (the command line asks for it); another one is refused."""
    if not recipient.active:
        raise UserError(Msg.RECIPIENT_INACTIVE, name=recipient.name)
    processor = recipient.role == RecipientRole.PROCESSOR
    if claimed is Ground.PROCESSOR and not processor:
        raise UserError(Msg.GROUND_NOT_PROCESSOR, name=recipient.name)
    if claimed is Ground.APPROVAL and processor:
        raise UserError(Msg.GROUND_IS_PROCESSOR, name=recipient.name)
    if processor:
        if not recipient.processor_agreement:
            raise UserError(Msg.PROCESSOR_AGREEMENT_MISSING, name=recipient.name)
        check_transfer(recipient)
        return Ground.PROCESSOR
    check_transfer(recipient)
    if objected_since is not None:
        raise UserError(Msg.SHARING_OBJECTED, name=recipient.name, since=f"{objected_since:%d-%m-%Y}")
    if approval is None or not approval.active:
        raise UserError(Msg.SHARING_NOT_APPROVED, name=recipient.name)
    return Ground.APPROVAL
