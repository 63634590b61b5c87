"""The invoices of a period, as the accountant gets them: the rules, no storage.

An invoice belongs to a customer in the register, or it was kept after that customer's erasure because the
tax law requires it (AWR art. 52): then it carries the name and address the invoice needs and a keep-until
date, and no customer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import UserError
from .messages import Msg


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    number: str
    date: dt.date
    amount_cents: int
    customer_name: str
    customer_address: str
    customer_id: int | None = None  # None: kept after the customer's erasure
    keep_until: dt.date | None = None  # kept invoices only: destroyed on this date

    @property
    def kept(self) -> bool:
        return self.customer_id is None


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: dt.date
    end: dt.date

    def label(self) -> str:
        """How the register and the disclosure name it: "01-01-2026 t/m 31-03-2026"."""
        return f"{self.start:%d-%m-%Y} t/m {self.end:%d-%m-%Y}"


def quarter_of(day: dt.date) -> Period:
    first_month = (day.month - 1) // 3 * 3 + 1
    start = dt.date(day.year, first_month, 1)
    next_start = dt.date(day.year + (first_month == 10), 1 if first_month == 10 else first_month + 3, 1)
    return Period(start, next_start - dt.timedelta(days=1))


def previous_quarter(today: dt.date) -> Period:
    """The last full quarter: what the accountant needs for the VAT return (btw-aangifte per kwartaal)."""
    return quarter_of(quarter_of(today).start - dt.timedelta(days=1))


def period(start: dt.date | None, end: dt.date | None, today: dt.date) -> Period:
    """The period asked for: neither end given, the last full quarter; only a start, up to today; only an end,
    from the first day of its quarter. A start after the end is refused."""
    if start is None and end is None:
        return previous_quarter(today)
    if end is None:
        end = max(today, start)
    if start is None:
        start = quarter_of(end).start
    if start > end:
        raise UserError(Msg.PERIOD_REVERSED, start=f"{start:%d-%m-%Y}", end=f"{end:%d-%m-%Y}")
    return Period(start, end)


def euros(cents: int) -> str:
    """The amount as a Dutch spreadsheet reads a number: "1234,50", "-49,95" (no thousands separator)."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole},{rest:02d}"


def euros_display(cents: int) -> str:
    """The amount as the window and the command line show it: "€ 1.234,50"."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"€ {sign}{whole:,}".replace(",", ".") + f",{rest:02d}"


def disclosure_text(period: Period, count: int) -> str:
    """What the disclosure to the accountant says was given: "facturen 01-01-2026 t/m 31-03-2026: 2 facturen"."""
    return f"facturen {period.label()}: {count} {'factuur' if count == 1 else 'facturen'}"
