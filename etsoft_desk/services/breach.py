"""The data-breach register (GDPR Art. 33(5)), the 72-hour clock (Art. 33(1)), the decision, and whom to tell.

Who is concerned is computed, not guessed: from one or more customers, the customers of a search, a document by
its id (the audit log names whom each document was about), a backup file (opened with the register's key and
read itself), or the whole register; their categories come from the personal-data registry. The register keeps
what was exposed and whose (customer ids), never a copy of the data. The audit log names the breach by number.
The PDFs (the summary for the AP, the letters to the people) are in breach_documents.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.code_names import METHODS
from ..domain import search
from ..domain.breach import (DOCUMENT_CATEGORIES, DOCUMENT_ID, MANY_PEOPLE, Breach, BreachKind, KeyWhere, Person,
                             Scope, parse_moment, yes_no)
from ..domain.errors import FieldError, UserError
from ..domain.messages import Msg
from ..domain.personal_data import CATEGORIES, CATEGORY
from ..domain.validation import check_free_text
from ..store import breach as store
from ..store import customers as customers_store
from .audit import Action, AuditLog
from .settings import Settings

ORDER = {c.key: i for i, c in enumerate(CATEGORIES)}


@dataclass
class Exposure:
    """What was exposed and whose: computed before anything is recorded."""

    scope: Scope
    ref: str = ""
    persons: list[Person] = field(default_factory=list)
    encrypted: bool | None = None
    key_where: KeyWhere | None = None

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({c for p in self.persons for c in p.categories}, key=ORDER.get))

    @property
    def records(self) -> int:
        return sum(p.records for p in self.persons)


def _sorted(categories) -> tuple[str, ...]:
    return tuple(sorted(set(categories), key=ORDER.get))


def _text(value: str | None, name: str) -> str:
    try:
        return check_free_text((value or "").strip(), name)
    except FieldError as exc:  # a card number or a BSN: the register promises not to keep them
        raise UserError(exc.template, **exc.params) from None


def parse_categories(raw: str | list[str] | None) -> tuple[str, ...] | None:
    """"contact,address" (registry keys) → a tuple; None: what each person has."""
    if not raw:
        return None
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    keys = [k.strip() for k in items if k.strip()]
    for key in keys:
        if key not in CATEGORY:
            raise UserError(Msg.BREACH_CATEGORY_UNKNOWN, value=key)
    return _sorted(keys) or None


class BreachService:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime],
                 key: Callable[[], bytes | None]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock
        self._key = key  # the register's key: a backup of this register opens with it

    # --- who is concerned ----------------------------------------------------------------------------------
    def concerned(self, *, customers: Sequence[int] = (), search_text: str | None = None, document: str | None = None,
                  backup: Path | str | None = None, everyone: bool = False,
                  categories: tuple[str, ...] | None = None) -> Exposure:
        """The people concerned and their exposed categories; one sentence for an unknown customer, document or
        file. ``categories`` narrows what was exposed (a note with only a phone number); by default everything
        the register (or the backup) holds about each of them."""
        given = [bool(customers), search_text is not None, bool(document), backup is not None, everyone]
        if sum(given) != 1:
            raise UserError(Msg.BREACH_SCOPE_REQUIRED)
        if customers:
            ids = list(dict.fromkeys(int(c) for c in customers))
            missing = [c for c in ids if c not in store.existing(ids)]
            if missing:
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=missing[0])
            return self._from_register(Exposure(Scope.CUSTOMER), ids, categories)
        if search_text is not None:
            match = search.match_expression(search_text)
            ids = store.search_ids(match) if match else []
            if not ids:
                raise UserError(Msg.BREACH_SEARCH_EMPTY, value=search_text)
            return self._from_register(Exposure(Scope.SEARCH), ids, categories)  # the text itself is not kept
        if document:
            doc_id = document.strip().upper()
            known, ids, _kind = store.document_subjects(doc_id) if DOCUMENT_ID.match(doc_id) else (False, [], "")
            if not known:
                raise UserError(Msg.BREACH_DOCUMENT_NOT_FOUND, value=document.strip())
            shown = categories or DOCUMENT_CATEGORIES.get(doc_id[:2])
            return self._from_register(Exposure(Scope.DOCUMENT, doc_id), list(store.existing(ids) & set(ids)),
                                       shown)
        if backup is not None:
            return self._from_backup(Path(backup), categories)
        return self._from_register(Exposure(Scope.ALL, encrypted=True, key_where=KeyWhere.KEYRING),
                                   store.all_customer_ids(), categories)

    def _from_register(self, exposure: Exposure, ids: list[int], categories) -> Exposure:
        held = store.held_in_register(sorted(ids))
        for cid in sorted(ids):
            cats, records = held.get(cid, ({"identity"}, 1))
            exposure.persons.append(Person(cid, _sorted(cats & set(categories)) if categories else _sorted(cats),
                                           records))
        return exposure

    def _from_backup(self, path: Path, categories) -> Exposure:
        from .backup import check_backup

        key = self._key()
        if key is None:
            raise UserError(Msg.BACKUP_OTHER_KEY, path=str(path))
        check_backup(path, key)  # a missing file, another key, a damaged file: one sentence each
        encrypted, held = store.held_in_backup(path, key)
        exposure = Exposure(Scope.BACKUP, path.name, encrypted=encrypted, key_where=KeyWhere.NOWHERE)
        for cid in sorted(held):
            cats, records = held[cid]
            exposure.persons.append(Person(cid, _sorted(cats & set(categories)) if categories else _sorted(cats),
                                           records))
        return exposure

    # --- recording -----------------------------------------------------------------------------------------
    def add(self, exposure: Exposure | None, *, aware: str | dt.datetime | None, what: str,
            kind: BreachKind | str | None, happened: str | dt.datetime | None = None, consequences: str = "",
            measures_taken: str = "", measures_proposed: str = "", key_where: KeyWhere | str | None = None,
            by: str | None = None) -> int:
        """Record a breach; every check first, so a refused one records nothing. Returns its number."""
        now = self._clock()
        aware_at, happened_at, what, kind = self.check(aware=aware, what=what, kind=kind, happened=happened)
        if exposure is None:
            raise UserError(Msg.BREACH_SCOPE_REQUIRED)
        texts = {k: _text(v, k) for k, v in (("consequences", consequences), ("measures_taken", measures_taken),
                                             ("measures_proposed", measures_proposed))}
        recorder = self._settings.recorder(by)
        where = KeyWhere(key_where) if key_where else exposure.key_where
        breach = Breach(id=0, aware_at=aware_at, happened_at=happened_at, what=what, kind=kind,
                        scope=exposure.scope, scope_ref=exposure.ref, people=len(exposure.persons),
                        records=exposure.records, categories=exposure.categories,
                        special=any(p.special for p in exposure.persons), encrypted=exposure.encrypted,
                        key_where=where if exposure.encrypted else None, recorded_at=now, recorded_by=recorder,
                        **texts)
        with self._db.atomic():
            breach_id = store.insert(breach)
            store.insert_people(breach_id, exposure.persons)
            self._audit.record(Action.BREACH, None, f"add {breach_id} ({kind.value}, {exposure.scope.value}): "
                                                    f"{breach.people} people, {breach.records} records by {recorder}")
        return breach_id

    def check(self, *, aware, what: str, kind, happened=None) -> tuple:
        """The owner's own entries, checked before whose data it was is computed (that may read a whole file)."""
        now = self._clock()
        aware_at = aware if isinstance(aware, dt.datetime) else parse_moment(
            aware, now, required=True, template=Msg.BREACH_MOMENT_INVALID)
        happened_at = happened if isinstance(happened, dt.datetime) else parse_moment(
            happened, now, required=False, template=Msg.BREACH_MOMENT_INVALID)
        if happened_at is not None and happened_at > aware_at:
            raise UserError(Msg.BREACH_HAPPENED_AFTER_AWARE)
        what = _text(what, "what")
        if not what:
            raise UserError(Msg.BREACH_WHAT_REQUIRED)
        if not kind:
            raise UserError(Msg.BREACH_KIND_REQUIRED)
        return aware_at, happened_at, what, BreachKind(kind)

    def get(self, breach_id: int, *, names: bool = True) -> Breach:
        breach = store.get(breach_id)
        if breach is None:
            raise UserError(Msg.BREACH_NOT_FOUND, value=breach_id)
        if names and breach.persons:
            rows = {r.id: r.name for r in customers_store.rows_for([p.customer_id for p in breach.persons])}
            breach.persons = [Person(p.customer_id, p.categories, p.records, rows.get(p.customer_id, ""),
                                     p.letter_doc, p.letter_on) for p in breach.persons]
        return breach

    def listing(self) -> list[Breach]:
        return store.listing()

    def undecided(self) -> list[tuple[int, dt.datetime]]:
        return store.undecided()

    def for_customer(self, customer_id: int) -> list[int]:
        return store.for_customer(customer_id)

    def set_details(self, breach_id: int, *, by: str | None = None, **texts: str) -> None:
        """Consequences and measures, as they become known (Art. 33(4): information may follow in phases)."""
        recorder = self._settings.recorder(by)
        checked = {k: _text(v, k) for k, v in texts.items() if v is not None}
        with self._db.atomic():
            self._open(breach_id)
            store.set_details(breach_id, **checked)
            self._audit.record(Action.BREACH, None, f"details {breach_id}: {','.join(sorted(checked))} by {recorder}")

    def decide(self, breach_id: int, *, report: str | bool, tell: str | bool, reason: str,
               delay_reason: str = "", by: str | None = None) -> list[UserError]:
        """Record the decision and its reasons; after 72 hours a report also needs the reasons for the delay.
        Returns the warnings (special-category data or many people, and a "no")."""
        report_ap = yes_no(report, Msg.BREACH_ANSWER_INVALID)
        tell_people = yes_no(tell, Msg.BREACH_ANSWER_INVALID)
        reason = _text(reason, "reason")
        if not reason:
            raise UserError(Msg.BREACH_REASON_REQUIRED)
        delay_reason = _text(delay_reason, "delay_reason")
        recorder = self._settings.recorder(by)
        now = self._clock()
        with self._db.atomic():
            breach = self._open(breach_id)
            if report_ap and now > breach.deadline and not breach.reported_on and not delay_reason:
                raise UserError(Msg.BREACH_DELAY_REASON_REQUIRED, value=f"{breach.deadline:%d-%m-%Y %H:%M}")
            store.decide(breach_id, report_ap, tell_people, reason, delay_reason, now, recorder)
            self._audit.record(Action.BREACH, None, f"decide {breach_id}: report {'yes' if report_ap else 'no'}, "
                                                    f"tell {'yes' if tell_people else 'no'} by {recorder}")
        breach.report_ap, breach.tell_people = report_ap, tell_people
        return warnings(breach)

    def record_report(self, breach_id: int, on: dt.date, reference: str, *, by: str | None = None) -> None:
        """The date it was reported to the AP and the AP's reference, recorded afterwards."""
        reference = _text(reference, "reference")
        if not reference or on is None:
            raise UserError(Msg.BREACH_REFERENCE_REQUIRED)
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            breach = self._open(breach_id)
            if on < breach.aware_at.date() or on > self._clock().date():
                raise UserError(Msg.BREACH_REPORTED_TOO_EARLY)
            store.reported(breach_id, on, reference)
            self._audit.record(Action.BREACH, None, f"reported {breach_id} on {on.isoformat()} by {recorder}")

    def close(self, breach_id: int, *, by: str | None = None) -> None:
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            breach = self._open(breach_id)
            if not breach.decided:
                raise UserError(Msg.BREACH_NOT_DECIDED, value=breach_id)
            if breach.report_ap and not breach.reported_on:
                raise UserError(Msg.BREACH_NOT_REPORTED, value=breach_id)
            store.close(breach_id, self._clock().date())
            self._audit.record(Action.BREACH, None, f"close {breach_id} by {recorder}")

    def _open(self, breach_id: int) -> Breach:
        breach = store.get(breach_id)
        if breach is None:
            raise UserError(Msg.BREACH_NOT_FOUND, value=breach_id)
        if breach.closed_on is not None:
            raise UserError(Msg.BREACH_CLOSED, value=breach_id)
        return breach

    # --- the documents ---------------------------------------------------------------------------------------
    def summary(self, breach_id: int, *, by: str | None = None) -> tuple[str, bytes]:
        """The summary for the AP's online form (Art. 33(3)), as PDF bytes; its making is in the audit log."""
        from .breach_documents import summary_pdf

        recorder = self._settings.recorder(by)
        breach = self.get(breach_id, names=False)
        doc_id, pdf = summary_pdf(breach, self._settings, recorder, self._clock())
        with self._db.atomic():
            self._audit.record(Action.BREACH, None, f"summary {breach_id} {doc_id} by {recorder}")
        return doc_id, pdf

    def letters(self, breach_id: int, *, by: str | None = None) -> tuple[list[tuple[int, str]], bytes]:
        """One letter per person concerned still in the register (Art. 34(2)), in one PDF. Returns the
        (customer, letter id) pairs and the PDF; call :meth:`letters_made` once it is written or printed."""
        return self._letters(breach_id, by=by)

    def _letters(self, breach_id: int, *, by: str | None = None,
                 singles: dict[str, bytes] | None = None) -> tuple[list[tuple[int, str]], bytes]:
        from .breach_documents import letters_pdf

        recorder = self._settings.recorder(by)
        breach = self.get(breach_id, names=False)
        if not breach.persons:
            raise UserError(Msg.BREACH_NOBODY, value=breach_id)
        cards = {p.customer_id: customers_store.load_card(p.customer_id) for p in breach.persons}
        return letters_pdf(breach, cards, self._settings, recorder, self._clock(), singles)

    def letters_made(self, breach_id: int, made: list[tuple[int, str]], how: str = METHODS["letter"], *,
                     by: str | None = None, pdfs: dict[str, bytes] | None = None) -> None:
        """Each letter recorded as made (as the Art. 19 notices are): its id and date in the link row; with
        ``pdfs`` (letter id → PDF), each letter kept to print again, with its customer (issue 12 item 6)."""
        from ..store import documents as documents_store

        recorder = self._settings.recorder(by)
        now = self._clock()
        today = now.date()
        with self._db.atomic():
            for customer_id, doc_id in made:
                store.letter_made(breach_id, customer_id, doc_id, today)
                if pdfs and doc_id in pdfs:
                    documents_store.keep(doc_id, "breach_letter", now, pdfs[doc_id], customer_id=customer_id,
                                         personal=True)
                self._audit.record(Action.BREACH, customer_id, f"letter {breach_id} {doc_id} {how} by {recorder}")

    def write_summary(self, breach_id: int, path: Path, *, by: str | None = None, overwrite: bool = False) -> str:
        from . import outputs

        outputs.check(path, overwrite=overwrite)
        doc_id, pdf = self.summary(breach_id, by=by)
        outputs.write(path, pdf, overwrite=overwrite)
        return doc_id

    def write_letters(self, breach_id: int, path: Path, *, by: str | None = None, overwrite: bool = False) -> int:
        from . import outputs

        outputs.check(path, overwrite=overwrite)
        singles: dict[str, bytes] = {}
        made, pdf = self._letters(breach_id, by=by, singles=singles)
        outputs.write(path, pdf, overwrite=overwrite)
        self.letters_made(breach_id, made, by=by, pdfs=singles)
        return len(made)


def warnings(breach: Breach) -> list[UserError]:
    """A "no" where special-category data or many people are concerned: said, not refused (the reasons may hold,
    for example an encrypted file whose key was out of reach, Art. 34(3)(a))."""
    out = []
    if breach.report_ap is False:
        if breach.special:
            out.append(UserError(Msg.BREACH_WARN_SPECIAL_REPORT))
        if breach.people >= MANY_PEOPLE:
            out.append(UserError(Msg.BREACH_WARN_MANY_REPORT, count=breach.people))
    if breach.tell_people is False:
        if breach.special:
            out.append(UserError(Msg.BREACH_WARN_SPECIAL_TELL))
        if breach.people >= MANY_PEOPLE:
            out.append(UserError(Msg.BREACH_WARN_MANY_TELL, count=breach.people))
    return out
