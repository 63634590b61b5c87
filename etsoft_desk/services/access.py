"""The right of access (Art. 15) and portability (Art. 20), both driven by the personal-data registry.

``AccessService.report`` writes the printable "Overzicht van uw persoonsgegevens" where the owner asks and logs
that it was issued (not the report itself); ``export`` writes the machine-readable copy (JSON, or a ZIP with the
JSON and one CSV file per table).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from .. import __version__
from ..domain.customer import display_name
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.personal_data import (CATEGORIES, CATEGORY, GROUNDS, RECIPIENT_ROLES, TABLE, TABLES, TRANSFER_GROUNDS,
                                    YES_NO, Category, Field, Section, Show, Table)
from ..domain.requests import outcome_text
from ..domain.sharing import outside_eea  # transfers there need a ground (Art. 44-49)
from ..domain.validation import format_phone, required_text
from ..store import customers as customers_store
from ..store import personal as store
from . import access_facts as facts
from . import portability
from .audit import Action, AuditLog
from .requests import RequestService
from .settings import Settings

EMPTY = "—"


class Lookups:
    """Names for the ids a row refers to, read once per report."""

    def __init__(self) -> None:
        self.statements = store.statement_dates()
        self.recipients = store.recipients()
        self.breaches = store.breaches()  # issue 16: the breaches a customer's rows name

    def statement(self, version_id) -> str:
        day = self.statements.get(version_id)
        return f"versie {version_id} (geldig vanaf {dt.date.fromisoformat(day):%d-%m-%Y})" if day else str(version_id)

    def breach(self, breach_id) -> str:
        from ..domain.code_names import BREACH_KINDS

        entry = self.breaches.get(breach_id)
        if not entry:
            return f"nr. {breach_id}"
        aware, kind = entry
        return f"nr. {breach_id}, ontdekt op {aware:%d-%m-%Y} ({BREACH_KINDS.get(kind, kind).split(' (')[0]})"

    def recipient(self, recipient_id) -> str:
        entry = self.recipients.get(recipient_id)
        return entry["name"] if entry else str(recipient_id)


def format_value(f: Field, value, lookups: Lookups) -> str:
    """A value as the access report writes it, in Dutch."""
    if value is None or value == "":
        return EMPTY
    match f.show:
        case Show.DATE:
            return f"{value:%d-%m-%Y}"
        case Show.DATETIME:
            return f"{value:%d-%m-%Y %H:%M}"
        case Show.YES_NO:
            return YES_NO[bool(value)]
        case Show.CODE:
            return (f.codes or {}).get(value, str(value))
        case Show.CODES:
            return ", ".join((f.codes or {}).get(v, v) for v in str(value).split(",") if v)
        case Show.MONEY_CENTS:
            return "€ " + f"{Decimal(value) / 100:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        case Show.PHONE:
            return format_phone(value)
        case Show.STATEMENT:
            return lookups.statement(value)
        case Show.RECIPIENT:
            return lookups.recipient(value)
        case Show.BREACH:
            return lookups.breach(value)
        case Show.DERIVED:  # the name in another order, for sorting: nothing the customer does not see above
            return EMPTY
        case Show.EXTENSION:
            return f"{value} maand{'en' if value != 1 else ''}" if value else EMPTY
        case Show.OUTCOME:
            return outcome_text(str(value))
    return str(value)



def export_value(f: Field, value, lookups: Lookups):
    """A value as the portability export writes it: machine-readable, ids replaced by what they name."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(timespec="seconds") if isinstance(value, dt.datetime) else value.isoformat()
    if f.show is Show.RECIPIENT and value is not None:
        return lookups.recipient(value)
    if f.show is Show.BREACH and value is not None:
        aware, kind = lookups.breaches.get(value, (None, ""))
        return {"breach": value, "aware_at": aware.isoformat(timespec="minutes") if aware else None, "kind": kind}
    if f.show is Show.STATEMENT and value is not None:
        return {"version": value, "effective_date": lookups.statements.get(value)}
    if f.show is Show.CODES:
        return [v for v in str(value or "").split(",") if v]
    return value


def transfer_text(name: str, country: str, ground: str | None, safeguards: str) -> str:
    """One recipient outside the EEA in plain Dutch: the transfer ground and where the safeguards can be read."""
    if not ground:
        return f"{name} ({country}): geen doorgiftegrond vastgelegd; er gaat niets meer naartoe tot die er is"
    where = safeguards or "op te vragen bij ons"
    return f"{name} ({country}): {TRANSFER_GROUNDS.get(ground, ground)}; de waarborgen: {where}"


def retention_text(category: Category, months: int) -> str:
    if category.retention.criterion:
        return category.retention.criterion[0].upper() + category.retention.criterion[1:]
    if months % 12 == 0 and months:
        period = f"{months // 12} jaar"
    else:
        period = f"{months} maanden"
    return f"{period} {category.retention.after}"


def collect(customer_id: int) -> list[Section]:
    """Every registered field of one customer, grouped by category in the registry's order."""
    sections = {c.key: Section(c) for c in CATEGORIES}
    for table in TABLES:
        rows = store.rows(table, customer_id)
        for key in dict.fromkeys(table.category_of(f) for f in table.fields):
            part = Table(table.name, key, table.link, tuple(f for f in table.fields if table.category_of(f) == key),
                         order_by=table.order_by, single=table.single, records=table.records,
                         title=table.title if len({table.category_of(f) for f in table.fields}) == 1 else "")
            sections[key].tables.append((part, [{f.column: r[f.column] for f in part.fields} for r in rows]))
    return list(sections.values())


class AccessService:
    def __init__(self, db, audit: AuditLog, settings: Settings, requests: RequestService,
                 clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._requests = requests
        self._clock = clock

    def report_data(self, customer_id: int, *, request_id: int | None = None, by: str | None = None,
                    doc_id: str = ""):
        """Everything the access report prints, as plain Dutch text (reports/access_report.py lays it out)."""
        from ..reports.access_report import AccessReportData, ReportSection, ReportTable

        recorder = self._settings.recorder(by)
        card = customers_store.load_card(customer_id)
        if card is None:
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
        request = None
        if request_id is not None:
            req = self._requests.get(request_id)
            if req.customer_id != customer_id:
                raise UserError(Msg.REQUEST_NOT_FOUND, value=request_id)
            request = facts.request_header(req)
        lookups = Lookups()
        months = self._settings.retention_months()
        sections, empty = [], []
        for section in collect(customer_id):
            tables = []
            for table, rows in section.tables:
                shown = [[format_value(f, row[f.column], lookups) for f in table.fields] for row in rows]
                shown = [row for row in shown if any(v != EMPTY for v in row)]
                if shown:
                    tables.append(ReportTable(
                        title=table.title, columns=[f.label for f in table.fields], rows=shown,
                        layout="single" if table.single else "records" if table.records else "columns"))
            c = section.category
            if not tables:
                empty.append(c.title)
                continue
            sections.append(ReportSection(title=c.title, what=c.what, purpose=c.purpose, basis=c.basis,
                                          retention=retention_text(c, months[c.key]), tables=tables,
                                          special=c.special))
        recipients = self._recipients(customer_id, lookups)
        now = self._clock()
        shop = self._settings.shop()
        return AccessReportData(
            document_id=doc_id, issued_at=now, prepared_by=recorder, shop=shop,
            authority=self._settings.authority(), customer_id=customer_id,
            customer_name=display_name(card.first_name, card.infix, card.last_name), request=request,
            sections=sections, empty_categories=empty, recipients=recipients,
            sources=self._sources(card), transfers=self._transfers(recipients, lookups),
            # issue 11 item 6: what is in force, who consulted the data, which copy this is
            in_force=facts.in_force(customer_id), consultations=facts.consultations(customer_id),
            copy_note=facts.copy_note(request_id if request and req.kind.value == "access" else None, "access",
                                      shop))

    def render(self, customer_id: int, *, request_id: int | None = None, by: str | None = None) -> tuple[str, bytes]:
        """The access report as PDF bytes, for the preview or a file; preparing it is in the audit log (it shows
        the special-category data too). Returns (document id, PDF)."""
        from ..reports.access_report import write_access_report
        from ..reports.common import document_id

        doc_id = document_id("IZ")
        buffer = io.BytesIO()
        with self._db.atomic("DEFERRED"):  # one snapshot to read from; nothing is written in it
            data = self.report_data(customer_id, request_id=request_id, by=by, doc_id=doc_id)
        # Drawn outside the write transaction, so that the counter never waits for the drawing; logged only
        # once drawn (a drawing that fails leaves nothing behind).
        write_access_report(buffer, data)
        with self._db.atomic():
            if not customers_store.exists(customer_id):  # erased elsewhere while it was drawn: no report of it
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            _carried_out(request_id, customer_id, "access", doc_id, self._clock(), data.prepared_by)
            self._audit.record(Action.REPORT, customer_id,
                               f"access report {doc_id} prepared" + (f" for request {request_id}" if request_id else "")
                               + f" by {data.prepared_by}")
        return doc_id, buffer.getvalue()

    def render_none(self, name: str = "", *, request_id: int | None = None,
                    by: str | None = None) -> tuple[str, bytes]:
        """The answer to someone the register holds nothing about: "Nee", with their rights and the complaint
        route (Art. 15(1): confirmation whether data is processed). The name is printed, never logged. Made for
        a request of someone who is not a customer (``request_id``; the name defaults to the one it keeps), it
        carries that request out."""
        from ..reports.access_report import AccessReportData, write_access_report
        from ..reports.common import document_id
        from ..store import rights as rights_store

        recorder = self._settings.recorder(by)
        request = self._requests.get(request_id) if request_id is not None else None
        if request is not None and not request.not_customer:
            raise UserError(Msg.REQUEST_OF_CUSTOMER, value=request_id)
        try:
            name = required_text(name or (request.requester_name if request else ""), "name")
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        doc_id = document_id("IZ")
        shop = self._settings.shop()
        with self._db.atomic("DEFERRED"):  # one snapshot to read from, as in render()
            data = AccessReportData(document_id=doc_id, issued_at=self._clock(), prepared_by=recorder,
                                    shop=shop, authority=self._settings.authority(), customer_id=None,
                                    customer_name=name, request=facts.request_header(request) if request else None,
                                    sections=[], copy_note=facts.copy_note(request_id, "no_data", shop))
        buffer = io.BytesIO()
        write_access_report(buffer, data)
        with self._db.atomic():
            if request is not None:  # the answer to the request (a copy of it, once the request is closed)
                rights_store.add_action(request_id, "no_data", doc_id, self._clock(), recorder)
            self._audit.record(Action.REPORT, None, f"access report {doc_id} (no data held)"
                               + (f" for request {request_id}" if request_id else "") + f" by {recorder}")
        return doc_id, buffer.getvalue()

    def issued(self, customer_id: int | None, doc_id: str, how: str, *, by: str | None = None) -> None:
        """Log that the report left the program (printed, saved); the report itself is not kept. A copy made
        for a request now counts as handed over (the next one for it is an extra copy)."""
        from ..store import rights as rights_store

        try:
            who = f" by {self._settings.recorder(by)}"
        except UserError:  # who made it is in the entry of its preparation
            who = ""
        with self._db.atomic():
            rights_store.mark_issued(doc_id, self._clock())
            self._audit.record(Action.REPORT, customer_id, f"access report {doc_id} {how}{who}")

    def report(self, customer_id: int, path: Path, *, request_id: int | None = None, by: str | None = None,
               overwrite: bool = False) -> str:
        """Write the access report to ``path`` (where the owner asked) and log it; returns its document id."""
        from . import outputs

        outputs.check(path, overwrite=overwrite)  # before anything is laid out or logged
        doc_id, pdf = self.render(customer_id, request_id=request_id, by=by)
        outputs.write(path, pdf, overwrite=overwrite)
        self.issued(customer_id, doc_id, "saved", by=by)
        return doc_id

    def _recipients(self, customer_id: int, lookups: Lookups) -> list:
        """The actual recipients by name (CJEU C-154/21): every disclosure, and every standing approval."""
        from ..reports.access_report import Recipient

        def recipient(recipient_id, what, when, ground):
            info = lookups.recipients.get(recipient_id, {})
            return Recipient(name=lookups.recipient(recipient_id), role=RECIPIENT_ROLES.get(info.get("role"), ""),
                             country=info.get("country", ""), what=what, when=when, ground=ground)

        disclosures = store.rows(TABLE["disclosure"], customer_id)
        out = [recipient(row["recipient_id"], row["what"], f"{row['disclosed_at']:%d-%m-%Y}",
                         GROUNDS.get(row["ground"], row["ground"])) for row in disclosures]
        told = {row["recipient_id"] for row in disclosures}
        for row in store.rows(TABLE["sharing_approval"], customer_id):
            if row["withdrawn_on"] is None and row["recipient_id"] not in told:
                out.append(recipient(row["recipient_id"], row["data"], "nog niets verstrekt",
                                     f"uw toestemming van {row['given_on']:%d-%m-%Y} voor {row['purpose']}"))
        return out

    @staticmethod
    def _sources(card) -> list[str]:
        if card.source_kind.value != "third_party":
            return []
        when = f" op {card.source_date:%d-%m-%Y}" if card.source_date else ""
        how = f" ({card.source_how})" if card.source_how else ""
        return [f"Wij kregen uw gegevens van {card.source_name}{when}{how}."]

    @staticmethod
    def _transfers(recipients: list, lookups: Lookups) -> list[str]:
        """Art. 15(2): each recipient outside the EEA once, with its transfer ground and where to read the
        safeguards."""
        info = {v["name"]: v for v in lookups.recipients.values()}
        outside = dict.fromkeys(r.name for r in recipients if outside_eea(r.country))
        return [transfer_text(name, info[name]["country"], info[name]["transfer_ground"], info[name]["safeguards"])
                for name in outside if name in info]

    # --- portability (Art. 20) --------------------------------------------------------------------------
    def export(self, customer_id: int, path: Path, *, by: str | None = None, request_id: int | None = None,
               overwrite: bool = False) -> Path:
        """Write the customer's data machine-readably: ``.json``, or ``.zip`` with the JSON and a CSV per table."""
        from . import outputs

        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".json", ".zip"):
            raise UserError(Msg.EXPORT_FORMAT)
        outputs.check(path, overwrite=overwrite)
        with self._db.atomic():
            packed = self.export_bytes(customer_id, suffix[1:], by=by, request_id=request_id)
            outputs.write(path, packed, overwrite=overwrite)
        return path

    def export_bytes(self, customer_id: int, form: str = "zip", *, by: str | None = None,
                     request_id: int | None = None) -> bytes:
        """The export as bytes (``form`` json or zip), carried out for ``request_id`` and in the audit log: for
        a file (above) or an email attachment (issue 12)."""
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            if not customers_store.exists(customer_id):
                raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
            data, tables = self.export_data(customer_id)
            packed = portability.packed(data, tables, form)
            _carried_out(request_id, customer_id, "portability", form, self._clock(), recorder)
            self._audit.record(Action.EXPORT, customer_id, f"portability export ({form}) by {recorder}")
        return packed

    def export_data(self, customer_id: int) -> tuple[dict, dict[str, tuple[list[str], list[dict]]]]:
        lookups = Lookups()
        shop = self._settings.shop()
        categories: dict[str, dict] = {}
        tables: dict[str, tuple[list[str], list[dict]]] = {}
        for table in TABLES:
            rows = [{f.column: export_value(f, r[f.column], lookups) for f in table.fields}
                    for r in store.rows(table, customer_id)]
            tables[table.name] = ([f.column for f in table.fields], rows)
            for key in dict.fromkeys(table.category_of(f) for f in table.fields):
                entry = categories.setdefault(key, {"title": CATEGORY[key].title, "tables": {}})
                entry["tables"][table.name] = [{f.column: r[f.column] for f in table.fields
                                                if table.category_of(f) == key} for r in rows]
        data = {"format": "etsoft-desk-portability", "format_version": 1, "program": f"ETSoft Desk {__version__}",
                "exported_at": self._clock().isoformat(timespec="seconds"),
                "controller": {"name": shop["shop_name"], "address": shop["shop_address"],
                               "email": shop["shop_email"], "kvk": shop["shop_kvk"]},
                "customer_id": customer_id,
                "categories": {c.key: categories[c.key] for c in CATEGORIES if c.key in categories}}
        return data, tables


def _carried_out(request_id: int | None, customer_id: int, kind: str, reference: str, at, by: str) -> None:
    """An access report or export made for a request of that kind carries it out (issue 11)."""
    if request_id is None:
        return
    from ..domain.requests import RequestKind
    from . import rights

    request = rights.requests_store.get(request_id)
    if request is None or request.kind is not RequestKind(kind):
        return
    if request.open:
        rights.carried_out(request_id, customer_id, request.kind, kind, reference, at, by)
    elif kind == "access" and request.customer_id == customer_id:  # a further copy: the next one says so
        rights.store.add_action(request_id, kind, reference, at, by)
