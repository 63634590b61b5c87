"""Issue 11 item 5 from the command line: `invoices` lists a period and exports it for the accountant (real
processes on a real register)."""

import csv
import datetime as dt
import json
from decimal import Decimal

import pytest

from etsoft_desk.domain.customer import Address, Invoice
from etsoft_desk.domain.recovery_key import parse_key
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.services import register as reg
from tests.conftest import fixed_clock
from tests.helpers.cards import card
from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture)


@pytest.fixture
def books(keyed):
    """Anna (1) and Bert (2) with invoices in the first quarter of 2026, an erased customer's kept invoice, the
    accountant (with a processor agreement) and a bookkeeper without one."""
    data, key = keyed
    with reg.open_with_key(reg.register_path(data), parse_key(key), clock=fixed_clock) as register:
        register.settings.staff_initials = "JV"
        register.customers.add_invoice(1, Invoice("F-2026-001", dt.date(2026, 1, 1), Decimal("121.00")))
        register.customers.add_invoice(1, Invoice("=SOM(A1)", dt.date(2026, 3, 31), Decimal("10.00")))
        register.customers.add_invoice(2, Invoice("F-2026-007", dt.date(2026, 2, 10), Decimal("-49.95")))
        register.customers.add_invoice(2, Invoice("F-2026-020", dt.date(2026, 4, 1), Decimal("20.00")))
        gone = register.customers.create(card(first_name="Dirk", infix="", last_name="Verdwenen", address=Address(
            street="Gasthuisstraat", house_number=9, postcode="4561 AB", city="Hulst")))
        register.customers.add_invoice(gone, Invoice("F-2026-005", dt.date(2026, 2, 1), Decimal("75.00")))
        register.erasure.erase(gone)
        register.sharing.add_recipient("Boekhouder Zeeland", RecipientRole.PROCESSOR, processor_agreement=True)
        register.sharing.add_recipient("Cijfers zonder Contract", RecipientRole.PROCESSOR)
    return data, key


def one_sentence(run, *words):
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    for word in words:
        assert word in run.stderr, run.stderr


def test_the_period_is_listed_and_exported_for_the_accountant_and_recorded(books, tmp_path):
    data, key = books
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    period = ("--from", "01-01-2026", "--to", "31-03-2026")
    listed = run("invoices", *period)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["F-2026-001", "F-2026-005", "F-2026-007", "=SOM(A1)"]
    assert "Dirk Verdwenen" in lines[1] and "kept after an erasure, until 01-02-2033" in lines[1]
    assert lines[-1] == ("4 invoice(s) from 01-01-2026 to 31-03-2026, total € 156,05 (1 kept after an erasure).")
    as_json = json.loads(run("invoices", *period, "--json").stdout)
    assert [(x["number"], x["customer_id"], x["kept"], x["keep_until"]) for x in as_json] == [
        ("F-2026-001", 1, False, None), ("F-2026-005", None, True, "2033-02-01"), ("F-2026-007", 2, False, None),
        ("=SOM(A1)", 1, False, None)]
    assert as_json[1]["customer_address"] == "Gasthuisstraat 9, 4561 AB Hulst"

    out = tmp_path / "q1.csv"
    unset = run("invoices", *period, "-o", str(out), "--by", "JV")
    one_sentence(unset, "No accountant has been chosen", "accountant_recipient")
    assert not out.exists()
    assert run("settings", "set", "accountant_recipient", "Boekhouder Zeeland").returncode == 0
    assert "Boekhouder Zeeland" in run("settings").stdout
    exported = run("invoices", *period, "-o", str(out), "--by", "JV")
    assert exported.returncode == 0, exported.stderr
    assert "4 invoice(s)" in exported.stdout and "disclosed to Boekhouder Zeeland for 2 customer(s)" in exported.stdout
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][0] == "factuurnummer" and len(rows) == 5
    assert ["F-2026-005", "2026-02-01", "75,00", "Dirk Verdwenen", "Gasthuisstraat 9, 4561 AB Hulst", "ja",
            "2033-02-01"] in rows
    assert rows[4][0] == "'=SOM(A1)"
    again = run("invoices", *period, "-o", str(out), "--by", "JV")
    one_sentence(again, "already exists", "--overwrite")
    assert run("invoices", *period, "-o", str(out), "--overwrite", "--by", "JV").returncode == 0
    assert run("audit", "verify").returncode == 0
    with reg.open_with_key(reg.register_path(data), parse_key(key), clock=fixed_clock) as register:
        whats = [d.what for d in register.sharing.disclosures(1)]
        assert whats == ["facturen 01-01-2026 t/m 31-03-2026: 2 facturen"] * 2  # each export recorded
        assert [d.what for d in register.sharing.disclosures(2)][0].endswith(": 1 factuur")


def test_bad_periods_and_accountants_are_one_sentence_and_write_nothing(books, tmp_path, monkeypatch):
    data, key = books
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    out = tmp_path / "q1.csv"
    one_sentence(run("invoices", "--from", "32-01-2026"), "not a valid date")
    one_sentence(run("invoices", "--from", "01-04-2026", "--to", "31-03-2026", "-o", str(out), "--accountant",
                     "Boekhouder Zeeland", "--by", "JV"), "starts on 01-04-2026, after it ends on 31-03-2026")
    one_sentence(run("invoices", "--from", "01-01-2026", "--to", "31-03-2026", "-o", str(out), "--accountant",
                     "Cijfers zonder Contract", "--by", "JV"), "no processor agreement with Cijfers zonder Contract")
    one_sentence(run("invoices", "-o", str(out), "--accountant", "Niemand", "--by", "JV"), "no recipient named")
    one_sentence(run("settings", "set", "accountant_recipient", "Niemand"), "no recipient named")
    assert not out.exists()
    assert run("invoices", "--accountant", "Boekhouder Zeeland").returncode == 2  # only with -o
    # With an owner's PIN, the export (and the JSON) needs it; the list on the screen does not.
    with reg.open_with_key(reg.register_path(data), parse_key(key), clock=fixed_clock) as register:
        register.staff.add("JV", "Jan Verhage", owner=True, pin="2468")
    monkeypatch.delenv("ETSOFT_DESK_PIN", raising=False)
    one_sentence(run("invoices", "-o", str(out), "--accountant", "Boekhouder Zeeland", "--by", "JV"),
                 "needs the owner's PIN")
    one_sentence(run("invoices", "--json"), "needs the owner's PIN")
    assert run("invoices").returncode == 0
    assert not out.exists()
    with reg.open_with_key(reg.register_path(data), parse_key(key), clock=fixed_clock) as register:
        assert register.sharing.disclosures(1) == [] and register.sharing.disclosures(2) == []
    monkeypatch.setenv("ETSOFT_DESK_PIN", "2468")
    done = run("invoices", "--from", "01-01-2026", "--to", "31-03-2026", "-o", str(out), "--accountant",
               "Boekhouder Zeeland", "--by", "JV")
    assert done.returncode == 0, done.stderr
