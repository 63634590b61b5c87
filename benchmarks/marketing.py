"""Performance figures of issue 11 "Rights that act", each beside the bare machinery measured in the same run.

    python benchmarks/marketing.py [--customers 100000]

Builds a register of fictitious customers (our CSV import), gives them consents, objections and restrictions
straight in SQL (a mix: opt-in, soft opt-in with and without a recent purchase, withdrawn, objected, restricted),
then prints:
  marketing  "who may be approached" by email (the service: the query, names, addresses, kinds), median of 5,
             vs one bare SQL query computing the same set of customer ids      target < 1 s
             first with an empty erasure ledger, then with --erased duplicates of listed customers erased at
             their request (the erasure ledger's check: markers for every listed row whose consent is older than
             the newest erasure, here all of them; bare SQL cannot see the ledger, so the check is that ours is
             the bare set less exactly the customers whose duplicate was erased); "first" is the first list
             after the ledger changed, which hashes every listed row (later lists remember what they found);
             the CPU time beside each is what the process itself spent (steadier on a busy machine)
  csv        the same list written as CSV (formula-safe cells, audit entry)
  gate       one gate check (restriction and objection in force) per action, median of 2,000   target < 1 ms
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import write_csv  # noqa: E402
from etsoft_desk.domain.consent import Channel  # noqa: E402
from etsoft_desk.domain.rights import Use  # noqa: E402
from etsoft_desk.services import register as reg  # noqa: E402
from etsoft_desk.services import rights  # noqa: E402
from etsoft_desk.services.importer import import_csv  # noqa: E402

# The same set, written plainly: the latest email record per customer is a grant; no restriction in force; no
# objection unless the grant came after it on the customer's request; a soft opt-in only with a recent purchase.
BARE = """
    SELECT customer_id FROM (
        SELECT customer_id, state, basis, after_objection,
               row_number() OVER (PARTITION BY customer_id ORDER BY id DESC) AS n
          FROM consent_record WHERE channel = 'email') AS r
     WHERE n = 1 AND state = 'granted'
       AND customer_id NOT IN (SELECT customer_id FROM restriction WHERE lifted_on IS NULL)
       AND (after_objection OR customer_id NOT IN (SELECT customer_id FROM objection WHERE kind = 'direct_marketing'))
       AND (basis IS NOT 'soft_opt_in' OR customer_id IN (SELECT customer_id FROM invoice WHERE date >= :since
                                                          UNION SELECT customer_id FROM service_job WHERE date >= :since))
"""


def populate(db, count: int) -> None:
    rnd = random.Random(11)
    consent, invoices, objections, restrictions = [], [], [], []
    at = "2026-06-01 10:00:00"
    for cid in range(1, count + 1):
        roll = rnd.random()
        if roll < 0.55:
            consent.append((cid, "email", "granted", "counter", "opt_in", at, "BM"))
        elif roll < 0.70:
            consent.append((cid, "email", "granted", "counter", "soft_opt_in", at, "BM"))
            invoices.append((cid, f"B-{cid}", "2026-05-01" if rnd.random() < 0.5 else "2023-05-01", 1000))
        elif roll < 0.80:
            consent.append((cid, "email", "granted", "counter", "opt_in", at, "BM"))
            consent.append((cid, "email", "withdrawn", "email", None, "2026-07-01 10:00:00", "BM"))
        if rnd.random() < 0.02:
            objections.append((cid, "direct_marketing", "2026-08-01", "letter", "BM"))
        if rnd.random() < 0.01:
            restrictions.append((cid, "accuracy_contested", "2026-08-01", "BM"))
        consent.append((cid, "post", "granted" if roll < 0.3 else "refused", "counter", None, at, "BM"))
    with db.atomic():
        db.execute_sql("SELECT 1")
        cur = db.connection().cursor()
        cur.executemany("INSERT INTO consent_record (customer_id, channel, state, method, basis, recorded_at, "
                        "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", consent)
        cur.executemany("INSERT INTO invoice (customer_id, number, date, amount_cents) VALUES (?, ?, ?, ?)", invoices)
        cur.executemany("INSERT INTO objection (customer_id, kind, since, method, recorded_by) VALUES (?, ?, ?, ?, ?)",
                        objections)
        cur.executemany("INSERT INTO restriction (customer_id, reason, since, recorded_by) VALUES (?, ?, ?, ?)",
                        restrictions)


def measure(register, db, since: str, label: str, count: int, held_back: set[int]):
    start, cpu = time.perf_counter(), time.process_time()
    register.marketing.approachable(Channel.EMAIL)  # the first list after a change of the ledger hashes every row
    first, first_cpu = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    ours, bare, ours_cpu = [], [], []
    for _ in range(5):  # interleaved, so both see the same cache
        start, cpu = time.perf_counter(), time.process_time()
        listed = register.marketing.approachable(Channel.EMAIL)
        ours.append(time.perf_counter() - start)
        ours_cpu.append(time.process_time() - cpu)
        start = time.perf_counter()
        ids = {row[0] for row in db.execute_sql(BARE, {"since": since}).fetchall()}
        bare.append(time.perf_counter() - start)
    assert {p.customer_id for p in listed} == ids - held_back, "the two queries disagree"
    o, b = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    print(f"{label:<32} ours {o:7.1f} ms   bare SQL (ids only) {b:7.1f} ms   "
          f"ratio {o / b:4.2f}   first {first:7.1f} ms   (CPU: ours {statistics.median(ours_cpu) * 1000:.0f} ms, "
          f"first {first_cpu:.0f} ms)   {len(listed):,} of {count:,} customers   "
          f"(target < 1000 ms: {'ok' if max(o, first) < 1000 else 'OVER TARGET'})", flush=True)
    return listed


def erase_duplicates(register, ids: list[int]) -> set[int]:
    """A duplicate card of each (an old file entered again), erased at the person's request: the originals, whose
    consent is older than the erasure, are held back by the erasure ledger."""
    from etsoft_desk.store import customers as customers_store

    for cid in ids:
        [twin] = customers_store.insert_many([customers_store.load_card(cid)], register.clock())
        register.erasure.erase(twin)
    return set(ids)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--erased", type=int, default=20, help="listed customers whose duplicate is erased")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="etsoft-bench-") as tmp:
        work = Path(tmp)
        print(f"ETSoft Desk benchmarks (rights), {args.customers:,} fictitious customers, Python {sys.version.split()[0]}")
        csv_path = work / "customers.csv"
        write_csv(csv_path, args.customers)
        new = reg.create(work / "data" / "register.db")
        register = new.register
        register.settings.staff_initials = "BM"
        result = import_csv(csv_path, db=register.db, audit=register.audit, today=register.clock().date(), now=register.clock())
        assert result.imported == args.customers
        populate(register._db, args.customers)
        db = register._db
        from etsoft_desk.domain.dates import add_months
        from etsoft_desk.services.marketing import SOFT_OPT_IN_MONTHS

        since = add_months(register.clock().date(), -SOFT_OPT_IN_MONTHS).isoformat()
        listed = measure(register, db, since, "who may be approached (email)", args.customers, set())
        held_back = erase_duplicates(register, [p.customer_id for p in listed[::max(1, len(listed) // args.erased)]]
                                     [:args.erased])
        measure(register, db, since, f"the same, {len(held_back)} in the ledger", args.customers, held_back)
        start = time.perf_counter()
        written = register.marketing.save_csv(Channel.EMAIL, work / "email.csv")
        print(f"{'the same list as CSV':<32} ours {(time.perf_counter() - start) * 1000:7.1f} ms   {written:,} rows",
              flush=True)
        gate = []
        for cid in range(1, 2001):
            start = time.perf_counter()
            try:
                rights.check(cid, Use.CONSENT_GRANT)
            except Exception:  # noqa: BLE001 (a refusal is a result here)
                pass
            gate.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        for cid in range(1, 2001):
            db.execute_sql("SELECT 1 FROM customer WHERE id = ?", (cid,)).fetchone()
        bare_lookup = (time.perf_counter() - start) / 2000 * 1000
        print(f"{'gate check':<32} ours {statistics.median(gate):7.3f} ms   bare one-row lookup {bare_lookup:7.3f} ms   "
              f"p95 {statistics.quantiles(gate, n=20)[18]:.3f} ms   (target < 1 ms: "
              f"{'ok' if statistics.median(gate) < 1 else 'OVER TARGET'})", flush=True)
        register.close()


if __name__ == "__main__":
    main()
