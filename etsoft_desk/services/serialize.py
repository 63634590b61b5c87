"""Customer data as plain JSON-ready dicts (``show --json`` now, the portability export later)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import asdict

from ..domain.consent import ConsentRecord, current_states
from ..domain.referral import Referral
from ..domain.sharing import Approval, Disclosure, Recipient
from ..domain.customer import CustomerCard
from ..store.customers import CustomerRow, StoredCustomer


def card_dict(card: CustomerCard) -> dict:
    return {
        "first_name": card.first_name, "infix": card.infix, "last_name": card.last_name,
        "name": card.display_name(), "emails": list(card.emails), "phones": list(card.phones),
        "address": asdict(card.address),
        "age": {"confirmed_18_plus": card.age_confirmed, "how": card.age_check.value if card.age_check else None,
                "checked_on": card.age_checked_on.isoformat() if card.age_checked_on else None},
        "source": {"kind": card.source_kind.value, "name": card.source_name,
                   "date": card.source_date.isoformat() if card.source_date else None, "how": card.source_how},
        "interests": sorted(i.value for i in card.interests),
        "notes": card.notes,
    }


def consent_dict(record: ConsentRecord) -> dict:
    return {"id": record.id, "channel": record.channel.value, "state": record.state.value,
            "method": record.method.value, "basis": record.basis.value if record.basis else None,
            "statement_version": record.statement_version,
            "recorded_at": record.recorded_at.isoformat(timespec="seconds"), "recorded_by": record.recorded_by}


def customer_dict(record: StoredCustomer, consents: Sequence[ConsentRecord] = (), *, approvals: Sequence[Approval] = (),
                  disclosures: Sequence[Disclosure] = (), objection_since: dt.date | None = None,
                  recipients: dict[int, Recipient] | None = None, referrals: Sequence[Referral] = (),
                  sensitive: Sequence = ()) -> dict:
    current = current_states(list(consents))
    names = {rid: r.name for rid, r in (recipients or {}).items()}
    card = card_dict(record.card)
    card["source"]["informed_on"] = record.source_informed_on.isoformat() if record.source_informed_on else None
    return {
        "id": record.id, **card,
        "created_at": record.created_at.isoformat(timespec="seconds"),
        "updated_at": record.updated_at.isoformat(timespec="seconds"),
        "visits": [{"id": v.id, "date": v.date.isoformat(), "purpose": v.purpose} for v in record.visits],
        "service_jobs": [{"id": j.id, "date": j.date.isoformat(), "kind": j.kind.value, "device": j.device,
                          "serial_number": j.serial_number, "description": j.description, "status": j.status.value}
                         for j in record.service_jobs],
        "invoices": [{"id": i.id, "number": i.number, "date": i.date.isoformat(), "amount": f"{i.amount:.2f}"}
                     for i in record.invoices],
        "consents": {
            "current": {c.value: (r.state.value if r else "not_asked") for c, r in current.items()},
            "history": [consent_dict(r) for r in consents],
        },
        "sharing": {
            "stop_sharing_since": objection_since.isoformat() if objection_since else None,
            "approvals": [approval_dict(a, names) for a in approvals],
            "disclosures": [disclosure_dict(d, names) for d in disclosures],
        },
        "referrals": [referral_dict(r) for r in referrals],
        # Special-category data (GDPR Art. 9) under its own heading.
        "special_category": [{"id": n.id, "category": n.category.value, "text": n.text,
                              "explicit_consent_how": n.consent_method, "statement_version": n.statement_version,
                              "recorded_at": n.recorded_at.isoformat(timespec="seconds"),
                              "recorded_by": n.recorded_by, "keep_until": n.retain_until.isoformat()}
                             for n in sensitive],
    }


def approval_dict(a: Approval, names: dict[int, str]) -> dict:
    return {"id": a.id, "recipient": names.get(a.recipient_id, a.recipient_id), "data": a.data,
            "purpose": a.purpose, "given_on": a.given_on.isoformat(), "how": a.method,
            "statement_version": a.statement_version, "recorded_by": a.recorded_by,
            "withdrawn_on": a.withdrawn_on.isoformat() if a.withdrawn_on else None,
            "withdrawn_how": a.withdrawn_method}


def disclosure_dict(d: Disclosure, names: dict[int, str]) -> dict:
    return {"id": d.id, "recipient": names.get(d.recipient_id, d.recipient_id), "what": d.what,
            "at": d.disclosed_at.isoformat(timespec="seconds"), "ground": d.ground.value,
            "approval": d.approval_id, "recorded_by": d.recorded_by}


def referral_dict(r: Referral) -> dict:
    return {"id": r.id, "text": r.text, "shown_as": r.shown_as.value, "status": r.status.value,
            "requested_on": _iso(r.requested_on), "evidence": r.evidence, "approved_on": _iso(r.approved_on),
            "approval_how": r.approval_method, "statement_version": r.statement_version,
            "published_url": r.published_url, "published_on": _iso(r.published_on),
            "withdrawn_on": _iso(r.withdrawn_on), "taken_down_on": _iso(r.taken_down_on)}


def recipient_dict(r: Recipient) -> dict:
    return {"id": r.id, "name": r.name, "kind": r.role.value, "processor_agreement": r.processor_agreement,
            "country": r.country, "email": r.email, "address": r.address, "active": r.active,
            "outside_eea": r.outside_eea, "transfer_ground": r.transfer_ground.value if r.transfer_ground else None,
            "safeguards": r.safeguards}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def row_dict(row: CustomerRow) -> dict:
    return asdict(row)


def customer_data(register, customer_id: int, *, reason: str = "show") -> dict:
    """Everything held about one customer, as plain data (``show --json``; the base of report and export).

    It includes the special-category notes under their own heading, so producing it is a logged reveal.
    """
    record = register.customers.open(customer_id)
    return customer_dict(record, register.consent.history(customer_id),
                         sensitive=register.sensitive.reveal(customer_id, reason=reason),
                         approvals=register.sharing.approvals(customer_id),
                         disclosures=register.sharing.disclosures(customer_id),
                         objection_since=register.sharing.objection_since(customer_id),
                         referrals=register.referrals.for_customer(customer_id),
                         recipients={r.id: r for r in register.sharing.recipients()})


def stream_rows_json(rows: Iterable[CustomerRow], out) -> None:
    """The same JSON array as json.dump(indent=1) of the whole list, written (and flushed) a line at a time."""
    import json

    first = True
    for r in rows:
        element = json.dumps(row_dict(r), ensure_ascii=False, indent=1).replace("\n", "\n ")
        out.write(("[\n " if first else ",\n ") + element)
        out.flush()
        first = False
    out.write("[]\n" if first else "\n]\n")
    out.flush()
