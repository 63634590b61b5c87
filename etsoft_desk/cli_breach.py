"""The data-breach register from the command line (issue 16): breach add|list|show|decide|report|letters|close."""

from __future__ import annotations

import argparse
import sys

from .domain.breach import BreachKind, KeyWhere


def _open_and(args, keystore):
    from .cli import _open

    return _open(args, keystore)


def cmd_breach(args, keystore, out) -> int:
    return {"add": _add, "list": _list, "show": _show, "decide": _decide, "report": _report,
            "letters": _letters, "close": _close}[args.action](args, keystore, out)


def _add(args, keystore, out) -> int:
    from .services.breach import parse_categories

    with _open_and(args, keystore) as register:
        service = register.breaches
        categories = parse_categories(args.categories)
        # the owner's entries first: a breach without its awareness time is refused before any file is read
        service.check(aware=args.aware, what=args.what, kind=args.kind, happened=args.happened)
        exposure = service.concerned(customers=args.customer or [], search_text=args.search, document=args.document,
                                     backup=args.backup, everyone=args.all, categories=categories)
        breach_id = service.add(exposure, aware=args.aware, what=args.what, kind=args.kind, happened=args.happened,
                                consequences=args.consequences, measures_taken=args.measures_taken,
                                measures_proposed=args.measures_proposed, key_where=args.key_was, by=args.by)
        breach = service.get(breach_id, names=False)
    print(breach_id, file=out)
    print(f"Data breach {breach_id} recorded: {breach.people} people, {breach.records} records"
          + (", special-category data" if breach.special else "")
          + (", the file was encrypted (SQLCipher, AES-256; the key is not in the file)" if breach.encrypted else "")
          + f". Decide by {breach.deadline:%Y-%m-%d %H:%M} (72 hours).", file=sys.stderr)
    return 0


def _decision(b) -> dict | None:
    if not b.decided:
        return None
    return {"report_ap": b.report_ap, "tell_people": b.tell_people, "reason": b.decision_reason,
            "delay_reason": b.delay_reason, "decided_at": b.decided_at.isoformat(timespec="minutes"),
            "decided_by": b.decided_by}


def _list(args, keystore, out) -> int:
    from .cli import _print_json

    with _open_and(args, keystore) as register:
        breaches = register.breaches.listing()
        now = register.clock()
    if args.json:
        _print_json([{"id": b.id, "aware": b.aware_at.isoformat(timespec="minutes"),
                      "deadline": b.deadline.isoformat(timespec="minutes"), "decision": _decision(b),
                      "hours_left": None if b.decided else round(b.hours_left(now), 1), "kind": b.kind.value,
                      "people": b.people, "reported_on": b.reported_on.isoformat() if b.reported_on else None,
                      "closed": b.closed_on is not None} for b in breaches], out)
        return 0
    for b in breaches:
        if b.closed_on:
            state = f"closed {b.closed_on:%Y-%m-%d}"
        elif b.decided:
            state = f"report {'yes' if b.report_ap else 'no'}, tell {'yes' if b.tell_people else 'no'}"
        else:
            left = b.hours_left(now)
            state = f"NOT DECIDED, {left:.0f} h left" if left > 0 else f"NOT DECIDED, {-left:.0f} h past the 72"
        print(f"{b.id:>4}  aware {b.aware_at:%Y-%m-%d %H:%M}  {b.kind.value:<15} {b.people:>6} people  {state}",
              file=out)
    if not breaches:
        print("No data breaches recorded.", file=out)
    return 0


def _show(args, keystore, out) -> int:
    from .cli import _print_json
    from .cli_staff import require_owner
    from .services.breach import warnings

    with _open_and(args, keystore) as register:
        if args.json:
            require_owner(register)  # the people concerned, by name, leave the register
        b = register.breaches.get(args.id)
        now = register.clock()
    data = {"id": b.id, "aware": b.aware_at.isoformat(timespec="minutes"),
            "happened": b.happened_at.isoformat(timespec="minutes") if b.happened_at else None,
            "deadline": b.deadline.isoformat(timespec="minutes"),
            "hours_left": None if b.decided else round(b.hours_left(now), 1), "what": b.what, "kind": b.kind.value,
            "exposed": {"scope": b.scope.value, "reference": b.scope_ref},
            "people": b.people, "records": b.records, "categories": list(b.categories), "special": b.special,
            "file": None if b.encrypted is None else {
                "encrypted": b.encrypted, "cipher": "SQLCipher, AES-256" if b.encrypted else None,
                "key_in_file": False, "key_where": b.key_where.value if b.key_where else None,
                "unintelligible": b.unintelligible},
            "consequences": b.consequences, "measures_taken": b.measures_taken,
            "measures_proposed": b.measures_proposed, "recorded_by": b.recorded_by, "decision": _decision(b),
            "reported_on": b.reported_on.isoformat() if b.reported_on else None, "ap_reference": b.ap_reference,
            "closed_on": b.closed_on.isoformat() if b.closed_on else None,
            "people_concerned": [{"id": p.customer_id, "name": p.name, "categories": list(p.categories),
                                  "special": p.special, "letter": p.letter_doc or None,
                                  "letter_on": p.letter_on.isoformat() if p.letter_on else None}
                                 for p in b.persons]}
    if args.json:
        _print_json(data, out)
        return 0
    print(f"Data breach {b.id} ({b.kind.value}): {b.what}", file=out)
    print(f"  aware {b.aware_at:%Y-%m-%d %H:%M}, deadline {b.deadline:%Y-%m-%d %H:%M}", file=out)
    print(f"  exposed: {b.scope.value} {b.scope_ref}".rstrip() + f"; {b.people} people, {b.records} records; "
          f"categories: {', '.join(b.categories) or '-'}" + ("; SPECIAL-CATEGORY DATA" if b.special else ""), file=out)
    if b.encrypted is not None:
        print(f"  file encrypted: {'yes (SQLCipher, AES-256; the key is not in the file)' if b.encrypted else 'NO'}"
              + (f"; key: {b.key_where.value}" if b.key_where else ""), file=out)
    decision = _decision(b)
    print("  decision: " + (f"report {'yes' if b.report_ap else 'no'}, tell {'yes' if b.tell_people else 'no'}: "
                            f"{b.decision_reason}" if decision else "NOT DECIDED"), file=out)
    for p in b.persons:
        letter = f"  letter {p.letter_doc} {p.letter_on:%Y-%m-%d}" if p.letter_doc else ""
        print(f"  {p.customer_id:>6}  {p.name:<32.32} {','.join(p.categories)}{' SPECIAL' if p.special else ''}"
              f"{letter}", file=out)
    for told in warnings(b):
        print(str(told), file=sys.stderr)
    return 0


def _decide(args, keystore, out) -> int:
    with _open_and(args, keystore) as register:
        told = register.breaches.decide(args.id, report=args.report, tell=args.tell, reason=args.reason or "",
                                        delay_reason=args.delay_reason or "", by=args.by)
    for warning in told:
        print(str(warning), file=sys.stderr)
    print(f"Data breach {args.id} decided: report to the AP {args.report}, tell the people {args.tell}.", file=out)
    return 0


def _report(args, keystore, out) -> int:
    from .cli import _preflight
    from .domain.errors import UserError
    from .domain.messages import Msg
    from .domain.validation import parse_date

    if not args.output and not (args.reported_on or args.reference):
        print("breach report N needs -o FILE.pdf (the summary for the AP) or --reported-on DATE --reference REF",
              file=sys.stderr)
        return 2
    if bool(args.reported_on) != bool(args.reference):
        raise UserError(Msg.BREACH_REFERENCE_REQUIRED)
    on = parse_date(args.reported_on, "reported_on") if args.reported_on else None
    _preflight(args, args.output)
    with _open_and(args, keystore) as register:
        if on is not None:
            register.breaches.record_report(args.id, on, args.reference, by=args.by)
            print(f"Data breach {args.id}: reported to the AP on {on:%Y-%m-%d}, reference recorded.", file=out)
        if args.output:
            doc_id = register.breaches.write_summary(args.id, args.output, by=args.by, overwrite=args.overwrite)
            print(f"Summary for the AP ({doc_id}) written to {args.output}.", file=out)
    return 0


def _letters(args, keystore, out) -> int:
    from .cli import _preflight
    from .cli_staff import require_owner

    if not args.output:
        print("breach letters N needs -o FILE.pdf", file=sys.stderr)
        return 2
    _preflight(args, args.output)
    with _open_and(args, keystore) as register:
        require_owner(register)  # names and addresses leave the register
        count = register.breaches.write_letters(args.id, args.output, by=args.by, overwrite=args.overwrite)
    print(f"{count} letter(s) about data breach {args.id} written to {args.output}; each is recorded as made.",
          file=out)
    return 0


def _close(args, keystore, out) -> int:
    with _open_and(args, keystore) as register:
        register.breaches.close(args.id, by=args.by)
    print(f"Data breach {args.id} closed; it stays in the register.", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("breach", parents=[common], help="the data-breach register (Art. 33, 34)")
    actions = p.add_subparsers(dest="action", required=True, metavar="add|list|show|decide|report|letters|close")
    a = actions.add_parser("add", parents=[common], help="record a data breach; prints its number")
    a.add_argument("--aware", metavar="'YYYY-MM-DD HH:MM'", help="when the shop became aware (the 72 hours start)")
    a.add_argument("--happened", metavar="'YYYY-MM-DD HH:MM'", help="when it happened, if known")
    a.add_argument("--what", metavar="TEXT", help="what happened, in your own words (no names)")
    a.add_argument("--kind", choices=[k.value for k in BreachKind])
    scope = a.add_mutually_exclusive_group()
    scope.add_argument("--customer", type=int, nargs="+", action="extend", metavar="ID")
    scope.add_argument("--search", metavar="TEXT", help="the customers this search finds")
    scope.add_argument("--document", metavar="DOC-ID", help="a document by the id at its foot, e.g. IZ-1A2B3C4D")
    scope.add_argument("--backup", metavar="FILE", help="a backup file (read with the register's key)")
    scope.add_argument("--all", action="store_true", help="everyone in the register")
    a.add_argument("--categories", metavar="C1,C2", help="only these categories were exposed (registry keys)")
    a.add_argument("--key-was", choices=[k.value for k in KeyWhere], help="where the key was (a lost file)")
    a.add_argument("--consequences", metavar="TEXT", default="")
    a.add_argument("--measures-taken", metavar="TEXT", default="")
    a.add_argument("--measures-proposed", metavar="TEXT", default="")
    a.add_argument("--by", metavar="INITIALS")
    a = actions.add_parser("list", parents=[common], help="every breach, with the 72-hour clock")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("show", parents=[common], help="one breach: the people concerned and the assessment")
    a.add_argument("id", type=int)
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("decide", parents=[common], help="report to the AP or not, tell the people or not, why")
    a.add_argument("id", type=int)
    a.add_argument("--report", required=True, choices=["yes", "no"])
    a.add_argument("--tell", required=True, choices=["yes", "no"])
    a.add_argument("--reason", metavar="TEXT")
    a.add_argument("--delay-reason", metavar="TEXT", help="after 72 hours: why the report comes late (Art. 33(1))")
    a.add_argument("--by", metavar="INITIALS")
    a = actions.add_parser("report", parents=[common], help="the summary for the AP's form; or record the report")
    a.add_argument("id", type=int)
    a.add_argument("-o", "--output", metavar="FILE.pdf")
    a.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    a.add_argument("--reported-on", metavar="DATE", help="the date it was reported to the AP")
    a.add_argument("--reference", metavar="REF", help="the AP's reference")
    a.add_argument("--by", metavar="INITIALS")
    a = actions.add_parser("letters", parents=[common], help="a letter to each person concerned (Art. 34)")
    a.add_argument("id", type=int)
    a.add_argument("-o", "--output", metavar="FILE.pdf")
    a.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    a.add_argument("--by", metavar="INITIALS")
    a = actions.add_parser("close", parents=[common], help="close a decided (and, if due, reported) breach")
    a.add_argument("id", type=int)
    a.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_breach)
