"""The invoices for the accountant (issue 11 item 5): the list of a period, and its export, recorded as a
disclosure to the accountant's entry in the recipients register."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_invoices(args, keystore, out) -> int:
    from .cli import _open, _preflight, _print_json
    from .cli_staff import require_owner
    from .domain.invoices import euros_display
    from .domain.validation import parse_date

    start = parse_date(args.start, "from") if args.start else None  # a bad date: one sentence, nothing opened
    end = parse_date(args.end, "to") if args.end else None
    if args.accountant and not args.output:
        print("invoices --accountant NAME goes with -o FILE.csv (the export it records)", file=sys.stderr)
        return 2
    _preflight(args, args.output)  # a refused path: nothing is opened, nothing recorded
    with _open(args, keystore) as register:
        asked = register.invoices.period(start, end)
        if args.output or args.json:  # names and addresses leave the register
            require_owner(register)
        if args.output:
            done = register.invoices.save_for_accountant(asked, Path(args.output), accountant=args.accountant,
                                                         by=args.by, overwrite=args.overwrite)
            print(f"{done.invoices} invoice(s) of {asked.start:%d-%m-%Y} to {asked.end:%d-%m-%Y} "
                  f"({done.kept} kept after an erasure), total {euros_display(done.total_cents)}, written to "
                  f"{done.path}; recorded as disclosed to {done.accountant} for {done.customers} customer(s).",
                  file=out)
            return 0
        lines = register.invoices.in_period(asked)
    if args.json:
        _print_json([{"number": x.number, "date": x.date.isoformat(), "amount_cents": x.amount_cents,
                      "customer_id": x.customer_id, "customer_name": x.customer_name,
                      "customer_address": x.customer_address, "kept": x.kept,
                      "keep_until": x.keep_until.isoformat() if x.keep_until else None} for x in lines], out)
        return 0
    for x in lines:
        kept = f"  kept after an erasure, until {x.keep_until:%d-%m-%Y}" if x.kept else ""
        print(f"{x.number:<16.16} {x.date:%d-%m-%Y} {euros_display(x.amount_cents):>13}  {x.customer_name:<32.32}"
              f"{kept}".rstrip(), file=out)
    kept = sum(1 for x in lines if x.kept)
    print(f"{len(lines)} invoice(s) from {asked.start:%d-%m-%Y} to {asked.end:%d-%m-%Y}, total "
          f"{euros_display(sum(x.amount_cents for x in lines))}" + (f" ({kept} kept after an erasure)." if kept
                                                                     else "."), file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("invoices", parents=[common], help="the invoices of a period, and their export for the "
                                                          "accountant (recorded as a disclosure)")
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (dd-mm-yyyy); default: the last full "
                                                                "quarter")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day, included (default: the end of the last full "
                                                            "quarter; after --from alone, today)")
    p.add_argument("--json", action="store_true")
    p.add_argument("-o", "--output", metavar="FILE.csv", help="write them for the accountant (.csv, or .xlsx) and "
                                                              "record the disclosure")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--accountant", metavar="NAME", help="the recipient who gets them (default: the setting "
                                                        "accountant_recipient)")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_invoices)
