"""Reading one customer's rows column by column as the personal-data registry declares them.

The registry (domain/personal_data.py) names tables and columns; only those names reach the SQL here, never a
value typed by a user. Values come back typed: dates and times as Python values, booleans as bool.
"""

from __future__ import annotations

from ..domain.personal_data import Show, Table
from .convert import as_date, as_datetime
from .models import database_proxy


def _quote(identifier: str) -> str:
    if not identifier.replace("_", "").isalnum():
        raise ValueError(f"not an identifier: {identifier!r}")
    return f'"{identifier}"'


def rows(table: Table, customer_id: int) -> list[dict]:
    columns = [f.column for f in table.fields]
    sql = (f"SELECT {', '.join(_quote(c) for c in columns)} FROM {_quote(table.name)} "
           f"WHERE {_quote(table.link)} = ? ORDER BY {_quote(table.order_by)}, rowid")
    cursor = database_proxy.obj.execute_sql(sql, (customer_id,))
    return [{f.column: _typed(f.show, value) for f, value in zip(table.fields, row)} for row in cursor.fetchall()]


def _typed(show: Show, value):
    if value is None:
        return None
    if show is Show.DATE:
        return as_date(value)
    if show is Show.DATETIME:
        return as_datetime(value)
    if show is Show.YES_NO:
        return bool(value)
    return value


def statement_dates() -> dict[int, str]:
    """Statement version id → its effective date (ISO)."""
    cursor = database_proxy.obj.execute_sql("SELECT id, effective_date FROM statement_version")
    return {vid: str(day)[:10] for vid, day in cursor.fetchall()}


def recipients() -> dict[int, dict]:
    cursor = database_proxy.obj.execute_sql(
        "SELECT id, name, role, processor_agreement, country, contact, active, transfer_ground, safeguards "
        "FROM recipient ORDER BY name")
    return {r[0]: {"name": r[1], "role": r[2], "processor_agreement": bool(r[3]), "country": r[4],
                   "contact": r[5], "active": bool(r[6]), "transfer_ground": r[7], "safeguards": r[8]}
            for r in cursor.fetchall()}


def breaches() -> dict[int, tuple]:
    """Breach number → (when the shop became aware, its kind): what a customer's access report says of it."""
    cursor = database_proxy.obj.execute_sql("SELECT id, aware_at, kind FROM breach")
    return {bid: (as_datetime(aware), kind) for bid, aware, kind in cursor.fetchall()}
