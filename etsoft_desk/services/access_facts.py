"""What the access report says beyond the data itself (issue 11 item 6), as plain Dutch text.

- what is in force: the restriction (Art. 18) and the objections (Art. 21), with the owner's decision;
- when the data was consulted or changed and by whom (the staff member's initials; CJEU C-579/21), from the
  audit log, which names the customer only by their pseudonym;
- which copy this is: the first copy for a request is free, a further one says so (Art. 15(3)).
"""

from __future__ import annotations

import datetime as dt
import re

from ..domain.code_names import capitalised
from ..domain.personal_data import (CHANNELS, IDENTITY_CHECKS, METHODS, OBJECTION_DECISIONS, OBJECTION_KINDS,
                                    REQUEST_CHANNELS, RESTRICTION_REASONS)
from ..domain.requests import DataRequest
from ..domain.rights import FIELD_LABELS, ObjectionKind, RestrictionReason, field_labels
from ..store import audit as audit_store
from ..store import rights as rights_store

UNKNOWN = "onbekend"  # an older entry, written before the initials were recorded with it
RESTRICTION = "Beperking van de verwerking (AVG art. 18)"
MARKETING = capitalised(OBJECTION_KINDS["direct_marketing"])
OTHER = capitalised(OBJECTION_KINDS["legitimate_interest"])

# What an audit entry of these kinds did with the customer's data, in the customer's words. Consents, sharing,
# referrals, requests, restriction and objection are printed with their own records (and who recorded them).
CONSULTED = {"customer.create": "klantkaart aangemaakt", "customer.view": "klantkaart bekeken",
             "customer.update": "klantkaart gewijzigd", "visit.add": "bezoek vastgelegd",
             "service_job.add": "servicebeurt vastgelegd", "service_job.status": "status van een servicebeurt gewijzigd",
             "invoice.add": "factuur vastgelegd", "export": "gegevens geëxporteerd (overdraagbaarheid, AVG art. 20)",
             "sensitive.reveal": "bijzondere persoonsgegevens ingezien", "report.issue": "document opgesteld"}
REPORTS = (("access report", "prepared", "overzicht van uw gegevens opgesteld"),
           ("access report", "printed", "overzicht van uw gegevens afgedrukt"),
           ("access report", "saved", "overzicht van uw gegevens opgeslagen"),
           ("consent receipt", "", "ontvangstbewijs van uw toestemming opgesteld"),
           ("intake slip", "printed", "werkbon afgedrukt"),  # issue 15: the intake slip (services/intake.py)
           ("intake slip", "", "werkbon opgesteld"))
_BY = re.compile(r"(?:^|\s)by ([A-Z]{1,8})\b")


def _day(day: dt.date) -> str:
    return f"{day:%d-%m-%Y}"


def in_force(customer_id: int) -> list[tuple[str, str]]:
    """(what, what holds now) for the restriction and each kind of objection."""
    rows: list[tuple[str, str]] = []
    restrictions = rights_store.restrictions(customer_id)
    for r in restrictions:
        reason = RESTRICTION_REASONS[r.reason.value]
        if r.active:
            allowed = ""
            if r.reason is RestrictionReason.ACCURACY_CONTESTED:
                allowed = f", behalve het corrigeren van {field_labels(r.fields) if r.fields else 'uw gegevens'}"
            rows.append((RESTRICTION, f"Van kracht sinds {_day(r.since)}. Reden: {reason}. Zolang de beperking "
                                      "duurt, bewaren wij uw gegevens alleen: geen marketing, niets delen met anderen, "
                                      f"geen nieuwe toestemmingen en geen wijzigingen{allowed}."))
        else:
            told = f" U werd vooraf geïnformeerd ({r.told_how})." if r.told_how else ""
            rows.append((RESTRICTION, f"Opgeheven op {_day(r.lifted_on)}; van kracht sinds {_day(r.since)}, reden: "
                                      f"{reason}.{told}"))
    if not restrictions:
        rows.append((RESTRICTION, "Niet van kracht: u heeft niet gevraagd het gebruik van uw gegevens te beperken."))
    objections = rights_store.objections(customer_id)
    marketing = [o for o in objections if o.kind is ObjectionKind.DIRECT_MARKETING]
    if marketing:
        first = marketing[0]
        again = rights_store.granted_channels(customer_id)  # every grant after the objection was asked anew
        anew = (" Op uw eigen nieuwe verzoek mogen wij u weer benaderen via: "
                + ", ".join(CHANNELS.get(c, c) for c in again) + "." if again else "")
        rows.append((MARKETING, f"Van kracht sinds {_day(first.since)} ({METHODS.get(first.method, first.method)}): "
                                f"wij benaderen u niet voor marketing, op geen enkel kanaal.{anew}"))
    else:
        rows.append((MARKETING, "Geen bezwaar gemaakt."))
    others = [o for o in objections if o.kind is ObjectionKind.LEGITIMATE_INTEREST]
    for o in others:
        if o.decision is None:
            decided = "Wij hebben nog niet besloten; u krijgt ons besluit met de redenen."
        else:
            decided = (f"Ons besluit op {_day(o.decided_on)}: {OBJECTION_DECISIONS[o.decision.value]}. "
                       f"Onze redenen: {o.decision_reason}")
            decided += "" if decided.endswith(".") else "."
        rows.append((f"Bezwaar tegen {o.processing} (AVG art. 21 lid 1)", f"Gemaakt op {_day(o.since)}. {decided}"))
    if not others:
        rows.append((OTHER, "Geen bezwaar gemaakt."))
    return rows


def initials(detail: str) -> str:
    found = _BY.search(detail or "")
    return found.group(1) if found else UNKNOWN


def _what(action: str, detail: str) -> str:
    if action == "report.issue":
        return next((text for kind, how, text in REPORTS if detail.startswith(kind) and (not how or f" {how}" in detail)),
                    CONSULTED[action])
    if action == "customer.update":
        changed = [FIELD_LABELS.get(f, f) for f in _BY.split(detail)[0].strip().split(",") if f.strip()]
        return CONSULTED[action] + (": " + ", ".join(changed) if changed else "")
    return CONSULTED[action]


def consultations(customer_id: int) -> list[list[str]]:
    """[when, what, by whom] for every entry of the audit log that consulted or changed the customer's data."""
    rows = []
    for entry in audit_store.for_customer(customer_id):
        if entry.action not in CONSULTED:
            continue
        when = dt.datetime.fromisoformat(entry.at).astimezone()  # the log keeps UTC; the report speaks local time
        rows.append([f"{when:%d-%m-%Y %H:%M}", _what(entry.action, entry.detail), initials(entry.detail)])
    return rows


def request_header(request: DataRequest) -> dict[str, str]:
    """The request an access report answers, as its header prints it."""
    return {"reference": f"verzoek nr. {request.id}", "received": f"{request.received_on:%d-%m-%Y}",
            "channel": REQUEST_CHANNELS.get(request.channel.value, request.channel.value),
            "due": f"{request.due:%d-%m-%Y}",
            "extension": (f"verlengd met {request.extended_months} "
                          f"{'maand' if request.extended_months == 1 else 'maanden'}: {request.extension_reason}"
                          if request.extended_months else ""),
            "identity": (IDENTITY_CHECKS.get(request.identity.value, request.identity.value) if request.identity
                         else "nog niet vastgelegd")}


def copy_note(request_id: int | None, action: str, shop: dict[str, str]) -> str:
    """Which copy this is (Art. 15(3)): the first for a request is free; a further one says when the earlier one
    was handed over (printed or saved) and what the shop charges for further copies."""
    if request_id is None:
        return "Dit overzicht is kosteloos."
    earlier = list(dict.fromkeys(rights_store.copies_issued(request_id, action)))
    if not earlier:
        return "Dit overzicht is het eerste, kosteloze exemplaar bij uw verzoek."
    days = [_day(d) for d in earlier]
    when = days[0] if len(days) == 1 else ", ".join(days[:-1]) + " en " + days[-1]
    fee = (shop.get("shop_copy_fee") or "").strip()
    charge = f"{shop['shop_name']} rekent daarvoor {fee} per exemplaar" if fee else \
        f"{shop['shop_name']} rekent daarvoor niets"
    return (f"Dit is een extra exemplaar van het overzicht bij hetzelfde verzoek (eerder verstrekt op {when}). "
            "Voor extra exemplaren mag een redelijke vergoeding voor de administratieve kosten worden gevraagd "
            f"(AVG art. 15 lid 3); {charge}.")
