"""The invoices for the accountant (issue 11 item 5): the list of a period, the customers' own invoices and those
kept after an erasure (which nothing else shows), and its export for the accountant.

An export is written only where the owner asks (CSV as a Dutch spreadsheet opens it, or .xlsx), every text cell
safe against spreadsheet formulas, and recorded in the same transaction as a disclosure to the accountant's
entry in the recipients register: one per customer whose invoices went, on the processor ground. An erased
person has no customer left to record it for: the kept invoices are counted in the audit log, nothing more.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.code_names import YES_NO
from ..domain import sharing as sharing_rules
from ..domain.errors import UserError
from ..domain.invoices import InvoiceLine, Period, disclosure_text, euros, period
from ..domain.messages import Msg
from ..store import invoices as store
from .audit import Action, AuditLog
from .marketing import safe_cell
from .settings import Settings, processor_named

CSV_HEADER = ("factuurnummer", "datum", "bedrag", "klant", "adres", "bewaard_na_wissen", "bewaren_tot")


@dataclass(frozen=True)
class InvoiceExport:
    path: Path
    invoices: int
    kept: int  # of them, kept after an erasure (counted in the audit log only)
    customers: int  # disclosures recorded, one per customer
    total_cents: int
    accountant: str


class InvoiceService:
    def __init__(self, db, audit: AuditLog, settings: Settings, sharing, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._sharing = sharing
        self._clock = clock

    def period(self, start: dt.date | None = None, end: dt.date | None = None) -> Period:
        """The period asked for (the last full quarter when neither end is given); a start after the end is
        refused in one sentence."""
        return period(start, end, self._clock().date())

    def in_period(self, asked: Period) -> list[InvoiceLine]:
        """Every invoice dated from the start to the end of the period (both days included), in date order."""
        return store.in_period(asked.start, asked.end)

    def accountant(self, name: str | None = None) -> sharing_rules.Recipient:
        """The recipient named (``--accountant NAME``), else the one chosen in the settings; a processor."""
        if name is not None and name.strip():
            return processor_named(name)
        chosen = self._settings.accountant_name()
        if not chosen:
            raise UserError(Msg.ACCOUNTANT_NOT_SET)
        return processor_named(chosen)

    def save_for_accountant(self, asked: Period, path: Path | str, *, accountant: str | None = None,
                            by: str | None = None, overwrite: bool = False) -> InvoiceExport:
        """Write the invoices of the period where the owner asked and record the disclosure, in one
        transaction: the file and the records together, or neither (nothing is written when a check refuses)."""
        from . import outputs

        outputs.check(path, overwrite=overwrite)
        recorder = self._settings.recorder(by)
        xlsx = Path(path).suffix.lower() == ".xlsx"
        written: Path | None = None
        try:
            with self._db.atomic():
                recipient = self.accountant(accountant)
                sharing_rules.ground_for(recipient, None, None)  # no agreement, or inactive: refused before all
                lines = self.in_period(asked)
                per_customer = Counter(line.customer_id for line in lines if not line.kept)
                self._sharing.disclose_each([(customer_id, disclosure_text(asked, count))
                                             for customer_id, count in per_customer.items()],
                                            recipient.id, by=recorder, bookkeeping=True)
                kept = sum(1 for line in lines if line.kept)
                self._audit.record(Action.INVOICE_EXPORT, None,
                                   f"{asked.start.isoformat()}..{asked.end.isoformat()}: {len(lines)} invoices "
                                   f"({kept} kept after an erasure), {len(per_customer)} customers, to recipient "
                                   f"{recipient.id}, {'xlsx' if xlsx else 'csv'} by {recorder}")
                data = _xlsx(lines) if xlsx else _csv(lines)
                written = outputs.write(path, data, overwrite=overwrite)  # last: any refusal came before it
        except BaseException:
            if written is not None:  # the records did not commit: the file must not stay without them
                written.unlink(missing_ok=True)
            raise
        return InvoiceExport(written, len(lines), kept, len(per_customer), sum(x.amount_cents for x in lines),
                             recipient.name)


def _cells(line: InvoiceLine) -> tuple:
    """One row: every text cell made formula-safe; the amount and the dates are ours (digits, a comma, a leading
    minus for a credit note), which a spreadsheet reads as a number or a date, never as a formula."""
    return (safe_cell(line.number), line.date, line.amount_cents, safe_cell(line.customer_name),
            safe_cell(line.customer_address), YES_NO[line.kept], line.keep_until)


def _csv(lines: list[InvoiceLine]) -> bytes:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(CSV_HEADER)
    for number, day, cents, name, address, kept, until in map(_cells, lines):
        writer.writerow((number, day.isoformat(), euros(cents), name, address, kept,
                         until.isoformat() if until else ""))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM: Excel then reads UTF-8


def _xlsx(lines: list[InvoiceLine]) -> bytes:
    import io
    from decimal import Decimal

    from openpyxl import Workbook  # only for an .xlsx: the command line and the window start without it

    book = Workbook()
    sheet = book.active
    sheet.title = "Facturen"
    sheet.append(CSV_HEADER)
    for number, day, cents, name, address, kept, until in map(_cells, lines):
        sheet.append([number, day, Decimal(cents) / 100, name, address, kept, until])
        row = sheet.max_row
        for column in (1, 4, 5):  # text stays text: a string is never taken for a formula
            sheet.cell(row, column).data_type = "s"
        sheet.cell(row, 2).number_format = "DD-MM-YYYY"
        sheet.cell(row, 3).number_format = "#,##0.00"
        if until:
            sheet.cell(row, 7).number_format = "DD-MM-YYYY"
    for column, width in zip("ABCDEFG", (16, 12, 12, 32, 44, 18, 12)):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
