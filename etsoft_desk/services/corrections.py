"""Correcting the card's history (Art. 16): a visit, a service job, an invoice's register entry; and telling the
recipients who received the data (Art. 19).

A correction is checked as the row was when it was added (domain/validation.check_history_row: no card numbers or
BSNs in free text), passes the restriction gate (a restriction for contested accuracy allows only the fields it
names), may carry out an open rectification request, and keeps the value before and after with when, by whom and
for which request (table ``correction``), so nothing is lost; the audit log names the fields, never the values.

An invoice entry is corrected to match the invoice as it was issued (see domain/corrections.py): the tax law
keeps the invoice itself unchanged for seven years (AWR art. 52) and asks that the administration can be checked;
so the correction keeps the old and the new value, when, by whom and why (the request), next to the entry. The
invoice number, the invoice's identity, is never changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ..domain.corrections import (COLUMN, FIELDS, Correction, RowKind, field_of, parse_value, qualified,
                                  received)
from ..domain.customer import display_name
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.personal_data import TABLE
from ..domain.requests import RequestKind
from ..domain.rights import Use
from ..domain.validation import check_history_row
from ..store import corrections as store
from ..store import customers as customers_store
from . import rights
from .audit import Action, AuditLog
from .settings import Settings

NOT_FOUND = {RowKind.VISIT: Msg.VISIT_NOT_FOUND, RowKind.SERVICE_JOB: Msg.SERVICE_JOB_NOT_FOUND,
             RowKind.INVOICE: Msg.INVOICE_NOT_FOUND}
NOT_RECEIVED = "(deze gegevens ontving u niet van ons)"


@dataclass
class CorrectionResult:
    customer_id: int
    kind: RowKind
    row_id: int
    corrections: list[Correction]
    recipients: list[tuple[int, str]]  # who received the customer's data: they are told (Art. 19)

    @property
    def ids(self) -> list[int]:
        return [c.id for c in self.corrections]


def shown(kind: RowKind, values: dict[str, object]) -> dict[str, str]:
    """Each correctable field's value as the access report prints it (Dutch: "04-11-2026", "€ 1.234,56",
    "reparatie"): the history is read by the customer and the inspector, and the letters quote it."""
    from .access import format_value

    table = TABLE[kind.value]
    return {f: format_value(table.field(COLUMN.get(f, f)), values[COLUMN.get(f, f)], None) for f in FIELDS[kind]}


class CorrectionService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def row(self, kind: RowKind, row_id: int):
        """(customer id, the row as a record)."""
        found = store.load_row(kind, row_id)
        if found is None:
            raise UserError(NOT_FOUND[kind], value=row_id)
        return found

    def correct(self, kind: RowKind, row_id: int, changes: dict[str, object], *, request_id: int | None = None,
                by: str | None = None) -> CorrectionResult:
        """Correct fields of one history row (``changes``: field → the new value, typed or as text). Refused,
        changing nothing, where a field cannot be corrected, a value is invalid, a restriction forbids it, or
        ``request_id`` is not an open rectification request of this customer."""
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            customer_id, record = self.row(kind, row_id)
            before = store.column_values(kind, record)
            errors = []
            for name, value in changes.items():
                name = field_of(kind, name)
                try:
                    setattr(record, name, parse_value(kind, name, value))
                except FieldError as exc:
                    errors.append(exc)
            if errors:
                raise ValidationFailed(errors)
            check_history_row(record)  # the rules it was added under
            after = store.column_values(kind, record)
            changed = [f for f in FIELDS[kind] if before[COLUMN.get(f, f)] != after[COLUMN.get(f, f)]]
            if not changed:
                raise UserError(Msg.CORRECTION_UNCHANGED)
            names = [qualified(kind, f) for f in changed]
            rights.check(customer_id, Use.CARD_EDIT, changed=names)
            now = self._clock()
            rights.carried_out(request_id, customer_id, RequestKind.RECTIFICATION, "rectification", ",".join(names),
                               now, recorder)
            store.save_row(kind, row_id, record)
            old, new = shown(kind, before), shown(kind, after)
            ids = [store.add(customer_id, kind, row_id, qualified(kind, f), old[f], new[f], now, recorder, request_id)
                   for f in changed]
            self._audit.record(Action.CORRECTION, customer_id,
                               f"{kind.value} {row_id}: {','.join(changed)} (correction {','.join(map(str, ids))})"
                               + (f" request {request_id}" if request_id else "") + f" by {recorder}")
            recipients = [(rid, name) for rid, (name, _) in store.disclosures(customer_id).items()]
            corrections = store.get(ids)
        return CorrectionResult(customer_id, kind, row_id, corrections, recipients)

    def history(self, customer_id: int) -> list[Correction]:
        if not customers_store.exists(customer_id):
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
        return store.for_customer(customer_id)

    def recipients(self, customer_id: int) -> list[tuple[int, str]]:
        return [(rid, name) for rid, (name, _) in store.disclosures(customer_id).items()]

    def letters(self, correction_ids: list[int], *, by: str | None = None) -> tuple[list[str], bytes]:
        """The Art. 19 notices about these corrections (of one customer): one document per recipient that received
        the customer's data, naming the corrected data by its label, with the corrected value only where that
        recipient received data of that kind (the others learn no more than that something they may hold was
        corrected; the wrong value is never repeated). Each is kept and recorded as a waiting notice
        (services/notices.py), and per correction and recipient. Returns (their document ids, one PDF of all,
        to print them at once)."""
        from ..reports.document import Block
        from ..store import documents as documents_store
        from ..store import notices as notices_store
        from .notices import Letter, Made, combined, keep, lay_out_notices, the_person

        recorder = self._settings.recorder(by)
        with self._db.atomic():
            found = store.get(sorted(set(correction_ids)))
            missing = sorted(set(correction_ids) - {c.id for c in found})
            if missing:
                raise UserError(Msg.CORRECTION_NOT_FOUND, value=missing[0])
            customer_id = found[0].customer_id
            other = next((c.id for c in found if c.customer_id != customer_id), None)
            if other is not None:
                raise UserError(Msg.CORRECTIONS_OF_ONE_CUSTOMER, value=other)
            told = store.disclosures(customer_id)
            if not told:
                raise UserError(Msg.NO_RECIPIENTS_TO_TELL)
            card = customers_store.load_card(customer_id)
            person = the_person(display_name(card.first_name, card.infix, card.last_name),
                                card.emails[0] if card.emails else "")
            asked = any(c.request_id for c in found)
            intro = (f"{person[0].upper()}{person[1:]} heeft ons gevraagd onjuiste persoonsgegevens te corrigeren "
                     "(AVG art. 16). Wij hebben dat gedaan." if asked else
                     f"Wij hebben onjuiste persoonsgegevens van {person} gecorrigeerd (AVG art. 16).")
            dates = {(c.row_kind, c.row_id): store.row_dates(c.row_kind, c.row_id) for c in found}
            # Asked again for the same corrections: the notices already made are given again, not made twice.
            reference = "correctie " + ",".join(str(c.id) for c in found)
            already = {n.recipient_id: n for n in notices_store.listing(reference=reference)
                       if n.cause == "correction" and documents_store.pdf(n.document_id) is not None}
            letters = []
            for recipient_id, (_name, disclosures) in told.items():
                if recipient_id in already:
                    continue
                rows = [[c.label[0].upper() + c.label[1:], f"{c.corrected_at:%d-%m-%Y}",
                         c.new_value if received(c.row_kind, dates[(c.row_kind, c.row_id)], disclosures)
                         else NOT_RECEIVED] for c in found]
                letters.append(Letter(recipient_id, [
                    Block("p", intro + " Omdat wij u eerder gegevens van deze persoon verstrekten, laten wij u weten "
                               "welke gegevens zijn gecorrigeerd (AVG art. 19). Waar u die gegevens van ons "
                               "ontving, staat de juiste waarde erbij."),
                    Block("table", columns=["Gegevens", "Gecorrigeerd op", "Juiste waarde"], rows=rows),
                    Block("p", "Wilt u de gegevens die u van ons ontving in uw eigen administratie ook corrigeren? "
                               "Gegevens die u niet van ons ontving, hoeft u niet te zoeken.")]))
            now = self._clock()
            made = lay_out_notices(self._settings, "Correctie van persoonsgegevens", letters, at=now,
                                   prepared_by=recorder, names={rid: name for rid, (name, _) in told.items()})
            keep(made, "correction", reference, customer_id, now, recorder, self._audit)
            for c in found:
                for m in made:
                    store.add_notice(c.id, customer_id, m.recipient_id, m.document_id, now, recorder)
            if made:
                self._audit.record(Action.CORRECTION, customer_id,
                                   f"art. 19 letters {','.join(m.document_id for m in made)} for correction "
                                   f"{','.join(str(c.id) for c in found)} to recipients "
                                   f"{','.join(str(m.recipient_id) for m in made)} made by {recorder}")
            every = {m.recipient_id: m for m in made}
            every.update({rid: Made(rid, n.recipient_name, n.document_id, documents_store.pdf(n.document_id) or b"")
                          for rid, n in already.items() if rid in told})
            ordered = [every[rid] for rid in told]
        return [m.document_id for m in ordered], combined(ordered)
