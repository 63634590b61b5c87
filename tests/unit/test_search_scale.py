"""Issue 14 (performance), without a clock: a search's page is the same whichever way store/search_page.py takes
to it, the window asks for one page (LIMIT), and `list` writes each line before it reads the next."""

import argparse
import contextlib
import io
import json

import pytest

from etsoft_desk import cli
from etsoft_desk.services import serialize
from etsoft_desk.store import customers as store, search_page
from tests.helpers.cards import card

FIRST = ["Jan", "Janneke", "Piet", "Vera", "Kees", "Jozef"]
LAST = ["Bakker", "Verhoeven", "Jansen", "Dekker", "Aalst", "Zwart", "Visser"]
CITIES = [("4561 ZH", "Hulst"), ("4571 AB", "Axel"), ("4531 CD", "Terneuzen")]
QUERIES = ["j", "ja", "jan", "v", "ver", "verhoeven", "06", "0612", "hulst", "4561", "4561 zh", "example", "jan b",
           "zzz"]


@pytest.fixture
def many(register):
    for n in range(84):
        postcode, city = CITIES[n % 3]
        register.customers.create(card(first_name=FIRST[n % 6], infix="", last_name=LAST[n % 7],
                                       phones=[f"06{12000000 + n * 7919:08d}"],
                                       emails=[f"{FIRST[n % 6].lower()}{n}@example.com"],
                                       address=card().address.__class__(postcode=postcode, city=city)))
    return register


def pages(register, query, sort, descending):
    by_offset = [[r.id for r in register.customers.search(query, sort=sort, descending=descending, offset=o,
                                                          limit=7)] for o in (0, 7, 35)]
    if by_offset[0]:  # the window's next page starts after its last line: the same lines as counting through
        following = register.customers.search(query, sort=sort, descending=descending, offset=7, limit=7,
                                              after_id=by_offset[0][-1])
        assert [r.id for r in following] == by_offset[1], (query, sort, descending)
    return by_offset


@pytest.mark.parametrize("sort", ["name", "postcode", "city", "id"])
def test_every_way_to_a_page_gives_the_same_page(many, monkeypatch, sort):
    every = {}
    for descending in (False, True):
        for q in QUERIES:
            # the reference: every match sorted (what the list did before)
            monkeypatch.setattr(search_page, "BROAD", 10**9)
            every[q] = pages(many, q, sort, descending)
            all_ids = [r.id for r in many.customers.search(q, sort=sort, descending=descending, limit=1000)]
            assert every[q][0] == all_ids[:7]
            # the walks: a few matches count as broad, a walk looks at a few customers of the list
            for walk in (10, 40, 200):
                monkeypatch.setattr(search_page, "BROAD", 3)
                monkeypatch.setattr(search_page, "WALK", walk)
                monkeypatch.setattr(search_page, "WALK_LOOKUPS", walk)
                assert pages(many, q, sort, descending) == every[q], (q, walk)
    assert every["ver"][0] and every["zzz"] == [[], [], []]


def test_the_walk_is_taken_and_each_way_is_used(many, monkeypatch):
    monkeypatch.setattr(search_page, "BROAD", 3)
    monkeypatch.setattr(search_page, "WALK", 200)
    monkeypatch.setattr(search_page, "WALK_LOOKUPS", 200)
    taken = []
    real = search_page._walk
    monkeypatch.setattr(search_page, "_walk", lambda *a, **k: (taken.append(k["per_customer"]), real(*a, **k))[1])
    many.customers.search("ja")
    many.customers.search("example")
    assert taken == [True, False]


def test_the_windows_search_asks_for_one_page(many, qtbot):
    from etsoft_desk.services.customers import CustomerService  # noqa: F401
    from etsoft_desk.ui.customer_model import PAGE, CustomerTableModel

    model = CustomerTableModel(many.customers)
    db = store.database_proxy.obj
    seen = []
    real = db.execute_sql

    def recording(sql, params=None, *a, **k):
        seen.append(" ".join(sql.split()))
        return real(sql, params, *a, **k)

    db.execute_sql = recording
    try:
        model.set_filter("jan")
    finally:
        del db.execute_sql
    assert model.rowCount() == min(PAGE, len(many.customers.search("jan", limit=1000)))
    selects = [s for s in seen if s.startswith("SELECT") and "customer_search" in s]
    assert selects and all("LIMIT" in s for s in selects), selects
    assert not any("count(" in s and "LIMIT" not in s for s in seen)  # no count over every match


def test_list_writes_each_line_before_it_reads_the_next(many, monkeypatch):
    out = io.StringIO()
    lines_when_read = []
    real = many.customers.every_row

    def watched(typed=""):
        for row in real(typed):
            lines_when_read.append(out.getvalue().count("\n"))
            yield row

    monkeypatch.setattr(many.customers, "every_row", watched)
    monkeypatch.setattr(cli, "_open", lambda args, keystore: contextlib.nullcontext(many))
    args = argparse.Namespace(search="ver", json=False, data_dir=None)
    assert cli.cmd_list(args, None, out) == 0
    assert len(lines_when_read) == 24
    assert lines_when_read == list(range(24))  # line n was written before row n + 1 was read
    assert out.getvalue().splitlines()[0].split()[1:3] == ["Vera", "Aalst"]


def test_the_streamed_json_is_the_json_of_the_whole_list(many):
    rows = list(many.customers.every_row("jan"))
    for chosen in (rows, rows[:1], []):
        out = io.StringIO()
        serialize.stream_rows_json(iter(chosen), out)
        whole = io.StringIO()
        json.dump([serialize.row_dict(r) for r in chosen], whole, ensure_ascii=False, indent=1)
        assert out.getvalue() == whole.getvalue() + "\n"
        assert json.loads(out.getvalue()) == [serialize.row_dict(r) for r in chosen]


def test_list_is_in_the_windows_order(many):
    for q in ("", "j", "hulst", "zzz"):
        assert [r.id for r in many.customers.every_row(q)] == [r.id for r in many.customers.search(q, limit=1000)]


def test_the_window_scrolls_on_after_its_last_line(many):
    from etsoft_desk.ui.customer_model import PAGE, CustomerTableModel

    model = CustomerTableModel(many.customers)
    asked = []
    real = many.customers.search
    many.customers.search = lambda *a, **k: (asked.append(k.get("after_id")), real(*a, **k))[1]
    try:
        model.fetchMore()
    finally:
        del many.customers.search
    assert asked == [model.customer_id(PAGE - 1)]
    everyone = [r.id for r in many.customers.search("", limit=1000)]
    assert [model.customer_id(n) for n in range(model.rowCount())] == everyone[:model.rowCount()]
    assert model.rowCount() == min(2 * PAGE, len(everyone))
