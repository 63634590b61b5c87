"""Queries for the invoices of a period: the customers' own and those kept after an erasure, in one list."""

from __future__ import annotations

import datetime as dt

from ..domain.customer import display_name
from ..domain.invoices import InvoiceLine
from .models import database_proxy

# Both tables in one pass, in date order; a kept invoice has no customer, only what the invoice itself needs.
# Bounds are ISO dates compared as text, which is how SQLite holds them (both days included).
_IN_PERIOD = """
    SELECT i.number, i.date, i.amount_cents, c.id, c.first_name, c.infix, c.last_name, c.street, c.house_number,
           c.house_number_addition, c.postcode, c.city, c.country, NULL, NULL, NULL
      FROM invoice i JOIN customer c ON c.id = i.customer_id
     WHERE i.date BETWEEN :start AND :end
    UNION ALL
    SELECT k.number, k.date, k.amount_cents, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           k.customer_name, k.customer_address, k.keep_until
      FROM kept_invoice k
     WHERE k.date BETWEEN :start AND :end
     ORDER BY 2, 1"""


def postal_line(street: str, number: int | None, addition: str, postcode: str, city: str, country: str) -> str:
    """The address on one line, as an invoice carries it (and as an erasure keeps it): "Markt 1-A, 4561 ZH
    Hulst" (the country only outside the Netherlands)."""
    house = f"{number}{('-' + addition) if addition else ''}" if number is not None else ""
    return ", ".join(x for x in (f"{street or ''} {house}".strip(), f"{postcode or ''} {city or ''}".strip(),
                                 country if country and country != "NL" else "") if x)


def in_period(start: dt.date, end: dt.date) -> list[InvoiceLine]:
    rows = database_proxy.obj.execute_sql(_IN_PERIOD, {"start": start.isoformat(), "end": end.isoformat()})
    day = dt.date.fromisoformat  # the dates are stored as ISO text (peewee's DateField, the erasure's copy)
    out = []
    append = out.append
    for (number, on, cents, cid, first, infix, last, street, house, addition, postcode, city, country,
         kept_name, kept_address, keep_until) in rows.fetchall():
        if cid is None:
            append(InvoiceLine(number, day(on[:10]), cents, kept_name, kept_address, None, day(keep_until[:10])))
        else:
            append(InvoiceLine(number, day(on[:10]), cents, display_name(first, infix, last),
                               postal_line(street, house, addition, postcode, city, country), cid))
    return out


def recipient_named(name: str) -> int | None:
    """The recipient with this name (case does not matter), or None."""
    row = database_proxy.obj.execute_sql("SELECT id FROM recipient WHERE name = ? COLLATE NOCASE ORDER BY id",
                                         (name.strip(),)).fetchone()
    return row[0] if row else None
