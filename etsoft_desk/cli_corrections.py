"""Commands for correcting the card's history (issue 11 item 3): a visit, a service job, an invoice entry; the
history of the corrections; the Art. 19 letters to the recipients."""

from __future__ import annotations

import argparse
import sys

from .domain.corrections import RowKind

KINDS = {"visit": RowKind.VISIT, "job": RowKind.SERVICE_JOB, "invoice": RowKind.INVOICE}
NAMES = {RowKind.VISIT: "visit", RowKind.SERVICE_JOB: "service job", RowKind.INVOICE: "invoice entry"}
USAGE = ("correct visit|job|invoice ROW_ID --field F --value V [--request N] [--notices FILE.pdf], "
         "correct letter N[,M] --notices FILE.pdf, or correct ID --list|--json")


def cmd_correct(args, keystore, out) -> int:
    if args.target in KINDS:
        if args.row is None or not args.field or args.value is None:
            return _usage()
        return _correct(args, keystore, out, KINDS[args.target])
    if args.target == "letter":
        if not args.row or not args.notices:
            return _usage()
        return _letters(args, keystore, out)
    if not args.target.isdigit() or args.row is not None or not (args.list or args.json):
        return _usage()
    return _history(args, keystore, out, int(args.target))


def _usage() -> int:
    print(f"usage: {USAGE}", file=sys.stderr)
    return 2


def _ids(text: str) -> list[int] | None:
    parts = [p.strip() for p in str(text).split(",")]
    return [int(p) for p in parts] if parts and all(p.isdigit() for p in parts) else None


def _correct(args, keystore, out, kind: RowKind) -> int:
    from .cli import _open, _preflight
    from .services import outputs

    if not str(args.row).isdigit():
        return _usage()
    _preflight(args, args.notices)  # a refused path corrects nothing
    with _open(args, keystore) as register:
        result = register.corrections.correct(kind, int(args.row), {args.field: args.value},
                                              request_id=args.request, by=args.by)
        ids = ",".join(map(str, result.ids))
        fields = ", ".join(c.field for c in result.corrections)
        print(f"Corrected {NAMES[kind]} {args.row} of customer {result.customer_id}: {fields} (correction {ids})."
              + (f" Request {args.request} is carried out: close it with: request done {args.request}"
                 if args.request else ""), file=out)
        if not result.recipients:
            if args.notices:
                print("No recipient received this customer's data: no letters to write.", file=out)
            return 0
        names = ", ".join(name for _, name in result.recipients)
        if args.notices:  # they name the person: made in memory, written only where asked
            doc_ids, pdf = register.corrections.letters(result.ids, by=args.by)
            outputs.write(args.notices, pdf, overwrite=args.overwrite)
            print(f"Tell these recipients (Art. 19): {names}; letters {', '.join(doc_ids)} in {args.notices} "
                  "(record each once sent: etsoft-desk notices).", file=out)
        else:
            print(f"Tell these recipients (Art. 19): {names}; write the letters with: "
                  f"correct letter {ids} --notices FILE.pdf", file=out)
    return 0


def _letters(args, keystore, out) -> int:
    from .cli import _open, _preflight
    from .services import outputs

    ids = _ids(args.row)
    if ids is None:
        return _usage()
    _preflight(args, args.notices)
    with _open(args, keystore) as register:
        doc_ids, pdf = register.corrections.letters(ids, by=args.by)
        outputs.write(args.notices, pdf, overwrite=args.overwrite)
    print(f"Letters {', '.join(doc_ids)} to the recipients (Art. 19) written to {args.notices} "
          "(record each once sent: etsoft-desk notices).", file=out)
    return 0


def _history(args, keystore, out, customer_id: int) -> int:
    from .cli import _open, _print_json

    with _open(args, keystore) as register:
        history = register.corrections.history(customer_id)
        waiting = register.corrections.recipients(customer_id)
    if args.json:
        _print_json([{"id": c.id, "customer_id": c.customer_id, "row": c.row_kind.value, "row_id": c.row_id,
                      "field": c.field, "old_value": c.old_value, "new_value": c.new_value,
                      "corrected_at": c.corrected_at.isoformat(timespec="seconds"), "by": c.recorded_by,
                      "request_id": c.request_id,
                      "notices": [{"recipient": name, "document_id": doc, "made_at": at.isoformat(timespec="seconds")}
                                  for name, doc, at in c.notices]} for c in history], out)
        return 0
    for c in history:
        told = (f"letters {c.notices[0][1]} made for {', '.join(n for n, _, _ in c.notices)}" if c.notices
                else "letters not made" if waiting else "no recipients")
        request = f"  request {c.request_id}" if c.request_id else ""
        print(f"{c.id:>5}  {c.corrected_at:%d-%m-%Y %H:%M}  {c.recorded_by:<4} {c.field:<26} "
              f"{c.old_value} -> {c.new_value}{request}  ({told})", file=out)
    print(f"{len(history)} correction(s).", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("correct", parents=[common], usage=f"etsoft-desk {USAGE}",
                       help="correct a visit, service job or invoice entry (Art. 16); the history of corrections",
                       description="Row numbers are in 'show ID --json'. Fields: visit date, purpose; job date, "
                                   "kind, device, serial_number, description; invoice date, amount (the invoice "
                                   "number is never changed: a wrong invoice needs a credit note and a new one).")
    p.add_argument("target", metavar="visit|job|invoice|letter|ID")
    p.add_argument("row", nargs="?", metavar="ROW_ID|N[,M]")
    p.add_argument("--field", metavar="F")
    p.add_argument("--value", metavar="V", help="a date as dd-mm-jjjj, an amount as 49,95, a kind as repair, ...")
    p.add_argument("--request", type=int, metavar="N", help="the rectification request this carries out")
    p.add_argument("--notices", metavar="FILE.pdf", help="write the letters to the recipients (Art. 19) here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--list", action="store_true", help="the customer's corrections")
    p.add_argument("--json", action="store_true")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_correct)
