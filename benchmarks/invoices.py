"""Performance figures of issue 11 item 5 "The invoices for the accountant", beside the bare machinery measured
in the same run.

    python benchmarks/invoices.py [--customers 100000] [--invoices-per-customer 3]

Builds a register of fictitious customers (our CSV import), gives them invoices spread over seven years and a
few thousand invoices kept after erasures, straight in SQL, then prints:
  quarter   the invoices of one quarter (the service: both tables, names, addresses), median of 5,
            vs the same SQL fetched bare (every column, as tuples): the difference is the names, addresses
            and dates made for each row                                               target < 1 s
  year      the same for a whole year
  gui       what the window's GUI thread does with a year's list once the worker made it     target < 50 ms
  export    the quarter written as CSV for the accountant with its disclosures (one per customer, each
            through the sharing gate, and the audit entries), once
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import write_csv  # noqa: E402
from etsoft_desk.domain.invoices import Period  # noqa: E402
from etsoft_desk.domain.sharing import RecipientRole  # noqa: E402
from etsoft_desk.services import register as reg  # noqa: E402
from etsoft_desk.services.importer import import_csv  # noqa: E402

from etsoft_desk.store.invoices import _IN_PERIOD as BARE  # noqa: E402  (the same rows, as SQLite hands them)
FIRST_DAY = dt.date(2019, 12, 1)
DAYS = 7 * 365


def populate(db, customers: int, per_customer: int) -> None:
    rnd = random.Random(5)
    invoices, kept = [], []
    for cid in range(1, customers + 1):
        for n in range(rnd.randint(0, 2 * per_customer)):
            day = FIRST_DAY + dt.timedelta(days=rnd.randrange(DAYS))
            invoices.append((cid, f"B-{cid}-{n}", day.isoformat(), rnd.randint(-5000, 250000)))
    for n in range(customers // 20):  # people erased over the years: their invoices kept for the tax law
        day = FIRST_DAY + dt.timedelta(days=rnd.randrange(DAYS))
        kept.append((f"E-{n:06d}", n, day.isoformat(), rnd.randint(500, 90000), f"Gewiste Klant {n}",
                     f"Straat {n}, 4561 ZH Hulst", (day + dt.timedelta(days=7 * 366)).isoformat()))
    with db.atomic():
        cur = db.connection().cursor()
        cur.executemany("INSERT INTO invoice (customer_id, number, date, amount_cents) VALUES (?, ?, ?, ?)", invoices)
        cur.executemany("INSERT INTO kept_invoice (erasure_id, number, date, amount_cents, customer_name, "
                        "customer_address, keep_until, ground) VALUES (?, ?, ?, ?, ?, ?, ?, 'AWR art. 52')",
                        [(f"ER-{n}", number, day, cents, name, address, until)
                         for number, n, day, cents, name, address, until in kept])
    print(f"{len(invoices):,} invoices, {len(kept):,} kept after an erasure", flush=True)


def compare(register, asked: Period, label: str) -> None:
    db = register._db
    ours, bare = [], []
    for _ in range(5):  # interleaved, so both see the same cache
        start = time.perf_counter()
        lines = register.invoices.in_period(asked)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        numbers = [r[0] for r in db.execute_sql(BARE, {"start": asked.start.isoformat(),
                                                       "end": asked.end.isoformat()}).fetchall()]  # every column
        bare.append(time.perf_counter() - start)
    assert sorted(x.number for x in lines) == sorted(numbers), "the two queries disagree"
    o, b = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    print(f"{label:<32} ours {o:7.1f} ms   bare SQL (same rows, tuples) {b:7.1f} ms   ratio {o / b:4.2f}   "
          f"{len(lines):,} invoices   (target < 1000 ms: {'ok' if o < 1000 else 'OVER TARGET'})", flush=True)


def gui_thread(register, asked: Period) -> None:
    """What the window does on its GUI thread when a year's list arrives (the query and the row texts ran in the
    worker): the table model reset and the repaint, median of 5."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from etsoft_desk.ui.invoices_dialog import InvoicesDialog, row_texts

    app = QApplication.instance() or QApplication([])
    dialog = InvoicesDialog(register)
    dialog.show()
    lines = register.invoices.in_period(asked)
    result = (dialog._asked, lines, row_texts(lines, "ja, tot %1"), sum(x.amount_cents for x in lines),
              sum(1 for x in lines if x.kept))
    times = []
    for _ in range(5):
        app.processEvents()
        start = time.perf_counter()
        result = (dialog._asked, *result[1:])
        dialog._listed(result)
        dialog.table.repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{'a year on the GUI thread':<32} ours {statistics.median(times):7.1f} ms   {len(lines):,} rows   "
          f"(target < 50 ms: {'ok' if statistics.median(times) < 50 else 'OVER TARGET'})", flush=True)
    dialog.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--invoices-per-customer", type=int, default=3, help="on average, over seven years")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="etsoft-bench-") as tmp:
        work = Path(tmp)
        print(f"ETSoft Desk benchmarks (invoices), {args.customers:,} fictitious customers, "
              f"Python {sys.version.split()[0]}")
        csv_path = work / "customers.csv"
        write_csv(csv_path, args.customers)
        new = reg.create(work / "data" / "register.db")
        register = new.register
        register.settings.staff_initials = "BM"
        result = import_csv(csv_path, db=register.db, audit=register.audit, today=register.clock().date(), now=register.clock())
        assert result.imported == args.customers
        populate(register._db, args.customers, args.invoices_per_customer)
        quarter = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
        compare(register, quarter, "invoices of a quarter")
        compare(register, Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), "invoices of a year")
        gui_thread(register, Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
        register.sharing.add_recipient("Boekhouder", RecipientRole.PROCESSOR, processor_agreement=True)
        register.settings.set_value("accountant_recipient", "Boekhouder")
        start = time.perf_counter()
        done = register.invoices.save_for_accountant(quarter, work / "q1.csv")
        took = time.perf_counter() - start
        print(f"{'the quarter exported':<32} ours {took * 1000:7.1f} ms   {done.invoices:,} invoices, "
              f"{done.customers:,} disclosures ({took / max(done.customers, 1) * 1000:.2f} ms each)", flush=True)
        register.close()


if __name__ == "__main__":
    main()
