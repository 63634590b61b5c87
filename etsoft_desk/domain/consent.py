"""Consent per marketing channel (GDPR Art. 7, Telecommunicatiewet art. 11.7): the rules, no storage.

Every change is a new record; the state of a channel is its latest record. A withdrawal never
erases the grant before it: the history is the evidence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from .errors import UserError
from .messages import Msg


class Channel(StrEnum):
    """The channels the privacy statement names."""

    EMAIL = "email"
    PHONE = "phone"
    SMS = "sms"
    POST = "post"
    SOCIAL_MEDIA = "social_media"
    IN_APP = "in_app"
    IN_STORE = "in_store"


class ConsentState(StrEnum):
    NOT_ASKED = "not_asked"
    GRANTED = "granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class ConsentMethod(StrEnum):
    """How the customer told us."""

    COUNTER = "counter"
    PAPER = "paper"
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"


class ConsentBasis(StrEnum):
    OPT_IN = "opt_in"
    SOFT_OPT_IN = "soft_opt_in"  # existing customers, own similar services (Telecommunicatiewet 11.7 lid 3)


# Electronic messages and calls need an opt-in or, for existing customers, the soft opt-in.
BASIS_CHANNELS = frozenset({Channel.EMAIL, Channel.SMS, Channel.PHONE})


@dataclass(frozen=True)
class ConsentRecord:
    channel: Channel
    state: ConsentState
    method: ConsentMethod
    recorded_at: dt.datetime
    recorded_by: str
    statement_version: int | None = None
    basis: ConsentBasis | None = None
    id: int | None = None


def check_change(channel: Channel, new: ConsentState, current: ConsentState, basis: ConsentBasis | None,
                 *, existing_customer: bool) -> ConsentBasis | None:
    """Validate one consent change; returns the basis to record (None where it does not apply)."""
    if new == ConsentState.NOT_ASKED:
        raise UserError(Msg.CONSENT_NOT_ASKED_IS_NO_CHANGE)
    if new == ConsentState.WITHDRAWN and current != ConsentState.GRANTED:
        raise UserError(Msg.CONSENT_NOTHING_TO_WITHDRAW)
    if new != ConsentState.GRANTED:
        return None
    if channel not in BASIS_CHANNELS:
        return None
    basis = basis or ConsentBasis.OPT_IN
    if basis == ConsentBasis.SOFT_OPT_IN and not existing_customer:
        raise UserError(Msg.SOFT_OPT_IN_NEEDS_CUSTOMER)
    return basis


def current_states(records: list[ConsentRecord]) -> dict[Channel, ConsentRecord | None]:
    """The latest record per channel (records in any order); None where the customer was never asked."""
    latest: dict[Channel, ConsentRecord | None] = {c: None for c in Channel}
    for record in sorted(records, key=lambda r: (r.recorded_at, r.id or 0)):
        latest[record.channel] = record
    return latest
