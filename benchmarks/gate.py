"""What the gate adds to an action (issue 11: "a gate check adds under 1 ms to any action").

    python benchmarks/gate.py [--customers 10000] [--runs 400]

Builds a register of fictitious customers (our CSV import), a partner in the recipients register, an approval to
share for each customer used, and erasures in the erasure ledger (duplicate cards erased at the person's request,
so that a disclosure's check of the ledger has lines to hold the customer against). Then, for each action that
obeys the gate (a consent grant, a sharing approval, a disclosure, a card edit), interleaved on fresh customers:
  with     the action as the program runs it (services/rights.check, and for a disclosure the ledger's check)
  without  the same action with the gate replaced by nothing
  gate     the gate's own work for that action alone (what "with" pays on top of "without")
Each figure is the median of --runs; the target is that "gate" (and "with" - "without") stays under 1 ms.
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import write_csv  # noqa: E402
from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState  # noqa: E402
from etsoft_desk.domain.rights import Use  # noqa: E402
from etsoft_desk.domain.sharing import RecipientRole  # noqa: E402
from etsoft_desk.services import register as reg  # noqa: E402
from etsoft_desk.services import rights, suppression  # noqa: E402
from etsoft_desk.services.importer import import_csv  # noqa: E402
from etsoft_desk.store import customers as customers_store  # noqa: E402
from etsoft_desk.store import rights as rights_store  # noqa: E402


def ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=400)
    parser.add_argument("--erased", type=int, default=20)
    args = parser.parse_args()
    runs = min(args.runs, (args.customers - args.erased) // 2)
    with tempfile.TemporaryDirectory(prefix="etsoft-bench-") as tmp:
        work = Path(tmp)
        print(f"ETSoft Desk benchmarks (the gate), {args.customers:,} fictitious customers, {runs} runs each, "
              f"Python {sys.version.split()[0]}")
        write_csv(work / "customers.csv", args.customers)
        register = reg.create(work / "data" / "register.db").register
        register.settings.staff_initials = "BM"
        result = import_csv(work / "customers.csv", db=register.db, audit=register.audit, today=register.clock().date(),
                            now=register.clock())
        assert result.imported == args.customers
        partner = register.sharing.add_recipient("Zonnepaneel Partners", RecipientRole.PARTNER)
        for cid in range(args.customers - args.erased + 1, args.customers + 1):  # the ledger gets lines
            [twin] = customers_store.insert_many([customers_store.load_card(cid)], register.clock())
            register.erasure.erase(twin)
        ids = list(range(1, 2 * runs + 1))
        for cid in ids:
            register.sharing.approve(cid, partner, data="naam", purpose="offerte", method="counter")
        cards = {cid: customers_store.load_card(cid) for cid in ids}

        def grant(cid):
            register.consent.record(cid, Channel.SMS, ConsentState.GRANTED, ConsentMethod.COUNTER)

        def approve(cid):
            register.sharing.approve(cid, partner, data="naam en adres", purpose="offerte", method="counter")

        def disclose(cid):
            register.sharing.disclose(cid, partner, "naam en adres")

        def edit(cid):
            cards[cid].notes = "Belt liever na vijven."
            register.customers.update(cid, cards[cid])

        ledger = register.known_ledger()
        gates = {  # what each action asks of the gate, on its own
            "consent grant": lambda cid: rights.check(cid, Use.CONSENT_GRANT),
            "sharing approval": lambda cid: rights.check(cid, Use.SHARING_APPROVAL),
            "disclosure": lambda cid: (rights.check(cid, Use.DISCLOSURE), suppression.refuse_copied_approval(
                ledger, rights_store.identity(cid), register.clock().date(), "Zonnepaneel Partners")),
            "card edit": lambda cid: rights.check(cid, Use.CARD_EDIT, changed=["notes"]),
        }
        actions = {"consent grant": grant, "sharing approval": approve, "disclosure": disclose, "card edit": edit}
        real_check, real_refuse = rights.check, suppression.refuse_copied_approval
        for name, act in actions.items():
            with_gate, without, alone = [], [], []
            for i in range(runs):
                for cid, gated in ((ids[2 * i], True), (ids[2 * i + 1], False)):  # interleaved: the same cache
                    if not gated:
                        rights.check = lambda *a, **k: None
                        suppression.refuse_copied_approval = lambda *a, **k: None
                    start = time.perf_counter()
                    act(cid)
                    (with_gate if gated else without).append(time.perf_counter() - start)
                    rights.check, suppression.refuse_copied_approval = real_check, real_refuse
                start = time.perf_counter()
                gates[name](ids[2 * i])
                alone.append(time.perf_counter() - start)
            w, wo, g = ms(with_gate), ms(without), ms(alone)
            print(f"{name:<18} with {w:7.3f} ms   without {wo:7.3f} ms   difference {w - wo:+7.3f} ms   "
                  f"gate {g:6.3f} ms (p95 {statistics.quantiles(alone, n=20)[18] * 1000:.3f})   "
                  f"(target < 1 ms: {'ok' if g < 1 else 'OVER TARGET'})", flush=True)
        register.close()


if __name__ == "__main__":
    main()
