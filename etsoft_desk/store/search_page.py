"""Which customers are on one page of a search, in the list's order, without sorting every match.

FTS5 hands out its matches by customer number; the list is sorted by name (or postcode, city). Three ways
to the page, chosen by how many customers match (measured at 1,000,000 by benchmarks/scale.py):

* a search of short words with fewer than ``BROAD`` matches: each match's sort key read from the small index of migration 22
  (customer_search_order) and the page taken from those, a fraction of a microsecond a match;
* a broad search of short words (``"06"``, ``"j"``, ``"jan"``: FTS5 keeps a prefix index for 1 to 3 letters,
  looking one customer up in it is cheap): the list's own index walked in order, each customer looked up,
  until the page is full; a broad search fills a page within a few hundred customers;
* a search of longer words (more than FTS5's prefix index holds): the list's index walked the same way against
  the matches gathered once, whatever their number (counting them would gather them twice).

A walk stops after ``WALK`` (``WALK_LOOKUPS``) customers of the list; a search whose matches lie further on (all of them under
one letter, say) takes the first way after all. Every way gives the same page.
The window's next page starts after the last customer it shows (``after``): each way enters the list's order
there, so scrolling far down costs what the first page did (a longer word's walk still gathers its matches
anew each page: "example", every customer, some 135 ms a page at 1,000,000).
"""

from __future__ import annotations

import re

from .models import database_proxy

BROAD = 20_000  # matches from which walking the list's order beats sorting the matches
WALK = 20_000  # customers of the list a walk looks at before it gives way to sorting the matches
WALK_LOOKUPS = 1_000  # the same for a walk that looks each customer up in FTS5 (some 35 microseconds each)
ORDER_INDEX = {"name": "customer_sort_key", "postcode": "customer_postcode", "city": "customer_city",
               "id": "customer_search_order"}
_TERM = re.compile(r'"([^"]*)"(\*?)')
_INDEXED_PREFIX = 3  # the FTS5 table's prefix = '1 2 3' (migration 22)


def matching_ids(match: str, sort: str, order: str, offset: int, limit: int,
                 after: tuple[str, list] | None = None) -> list[int]:
    """``after``: (condition on c.<column>s, its values): only customers after the one the page follows."""
    db = database_proxy.obj
    condition, values = after or ("1", [])
    if sort == "id":  # FTS5's own order
        direction = "DESC" if order.endswith("DESC") else "ASC"
        return [r[0] for r in db.execute_sql(
            f"SELECT rowid FROM customer_search WHERE customer_search MATCH ? AND {condition.replace('c.id', 'rowid')} "
            f"ORDER BY rowid {direction} LIMIT ? OFFSET ?", (match, *values, limit, offset))]
    need = offset + limit
    cheap = _cheap_lookup(match)
    # Counting how many match costs a long word's merge of every word it begins (FTS5 does it per query):
    # such a search walks at once; one that matches few customers finds too few of them on the walk.
    if need <= (WALK_LOOKUPS if cheap else WALK) and (not cheap or _at_least(match, BROAD)):
        walked = _walk(match, sort, order, need, condition, values, per_customer=cheap)
        if walked is not None:
            return walked[offset:]
    return [r[0] for r in db.execute_sql(
        "SELECT c.id FROM customer_search s JOIN customer c INDEXED BY customer_search_order ON c.id = s.rowid "
        f"WHERE customer_search MATCH ? AND {condition} ORDER BY {order} LIMIT ? OFFSET ?",
        (match, *values, limit, offset))]


def _at_least(match: str, n: int) -> bool:
    return database_proxy.obj.execute_sql(
        "SELECT count(*) FROM (SELECT 1 FROM customer_search WHERE customer_search MATCH ? LIMIT ?)",
        (match, n)).fetchone()[0] >= n


def _cheap_lookup(match: str) -> bool:
    """Whether FTS5 answers "does this one customer match" quickly: every word a prefix it keeps an index of."""
    terms = _TERM.findall(match)
    return bool(terms) and all(star and 1 <= len(word) <= _INDEXED_PREFIX or not star for word, star in terms)


def _walk(match: str, sort: str, order: str, need: int, condition: str, values: list, *,
          per_customer: bool) -> list[int] | None:
    """The first ``need`` matches in the list's order among its first WALK (WALK_LOOKUPS) customers; None if fewer."""
    if per_customer:
        check = "EXISTS (SELECT 1 FROM customer_search s WHERE s.rowid = c.id AND customer_search MATCH ?)"
    else:
        check = "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)"
    columns = {"name": "c.id, c.sort_key", "postcode": "c.id, c.postcode, c.sort_key",
               "city": "c.id, c.city, c.sort_key"}[sort]  # what the list's index holds: no row is read
    ids = [r[0] for r in database_proxy.obj.execute_sql(
        f"SELECT c.id FROM (SELECT {columns} FROM customer c INDEXED BY {ORDER_INDEX[sort]} WHERE {condition} "
        f"ORDER BY {order} LIMIT {int(WALK_LOOKUPS if per_customer else WALK)}) c WHERE {check} LIMIT ?",
        (*values, match, need))]
    return ids if len(ids) >= need else None
