"""Commands for the customer's rights that act (issue 11): restrict, object, and who may be approached."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .domain.code_names import METHODS
from .domain.consent import ConsentMethod
from .domain.rights import ObjectionDecision, RestrictionReason


def cmd_restrict(args, keystore, out) -> int:
    from .cli import _open
    from .services import outputs

    from .cli_mail import address_for, attachment_password, send_document, send_usage

    if send_usage(args) or (args.send and not args.lift):
        print(send_usage(args) or "--send goes with --lift (the Art. 18(3) letter)", file=sys.stderr)
        return 2
    if args.lift and args.output:
        outputs.check(args.output, overwrite=args.overwrite)  # a refused path lifts nothing
    password = attachment_password(args)
    with _open(args, keystore) as register:
        if args.lift:
            target = address_for(register, args, args.id, None) if args.send else None  # before lifting
            told = METHODS["email"] if target is not None and args.told == METHODS["letter"] else args.told
            doc_id, pdf = register.rights.lift(args.id, told_how=told, by=args.by)
            if target is not None:
                if args.output:
                    outputs.write(args.output, pdf, overwrite=args.overwrite)
                return send_document(register, args, out, document_id=doc_id, kind="lift_letter", pdf=pdf,
                                     file_name=f"opheffing-beperking-{doc_id}.pdf", customer_id=args.id,
                                     request_id=None, password=password, target=target)
            if args.output:
                outputs.write(args.output, pdf, overwrite=args.overwrite)
                print(f"Restriction lifted; letter {doc_id} to the customer written to {args.output}.", file=out)
            else:
                print(f"Restriction lifted; letter {doc_id} (write it with -o LETTER.pdf next time).", file=out)
            return 0
        if args.reason:
            fields = [f.strip() for f in (args.fields or "").split(",") if f.strip()]
            rid = register.rights.restrict(args.id, RestrictionReason(args.reason), fields=fields,
                                           request_id=args.request, by=args.by)
            print(f"Processing restricted ({args.reason}); restriction {rid}.", file=out)
            return 0
        register.customers.open(args.id)
        restrictions = register.rights.restrictions(args.id)
    if not restrictions:
        print("not restricted", file=out)
    for r in restrictions:
        state = f"lifted {r.lifted_on:%d-%m-%Y} by {r.lifted_by}" if r.lifted_on else "IN FORCE"
        fields = f" fields {','.join(r.fields)}" if r.fields else ""
        print(f"{r.id:>5}  {r.reason.value:<19} since {r.since:%d-%m-%Y}{fields}  {state}", file=out)
    return 0


def cmd_object(args, keystore, out) -> int:
    from .cli import _open

    method = ConsentMethod(args.how)
    with _open(args, keystore) as register:
        if args.show:
            register.customers.open(args.id)
            for o in register.rights.objections(args.id):
                what = "direct marketing" if o.kind.value == "direct_marketing" else o.processing
                decision = (f"{o.decision.value} {o.decided_on:%d-%m-%Y}: {o.decision_reason}" if o.decision else
                            "in force" if o.kind.value == "direct_marketing" else "NOT DECIDED")
                print(f"{o.id:>5}  {o.kind.value:<19} since {o.since:%d-%m-%Y}  {what}  {decision}", file=out)
            return 0
        if args.decide is not None:
            if not args.decision or not args.reason:
                print("object ID --decide N needs --decision upheld|overridden and --reason TEXT", file=sys.stderr)
                return 2
            register.rights.decide(args.id, args.decide, ObjectionDecision(args.decision), args.reason, by=args.by)
            print(f"Objection {args.decide}: {args.decision}.", file=out)
            return 0
        if args.processing:
            oid = register.rights.object_to_processing(args.id, args.processing, method, request_id=args.request,
                                                       by=args.by)
            print(f"Objection {oid} to processing on legitimate interest recorded; decide it with "
                  f"--decide {oid}.", file=out)
            return 0
        withdrawn = register.rights.object_to_marketing(args.id, method, request_id=args.request, by=args.by)
        print(f"Objection to direct marketing recorded; withdrawn: {', '.join(withdrawn) or 'no channel was granted'}.",
              file=out)
    return 0


def cmd_marketing(args, keystore, out) -> int:
    from .cli import _open, _print_json
    from .services.marketing import parse_channel

    from .cli_staff import require_owner
    from .services import outputs

    if args.to and not args.output:
        print("marketing --to RECIPIENT needs -o FILE.csv: the list is disclosed to the mailing tool with the file",
              file=sys.stderr)
        return 2
    if args.output:
        outputs.check(args.output, overwrite=args.overwrite)  # before the register is even opened
    with _open(args, keystore) as register:
        channel = parse_channel(args.channel)
        if args.output or args.json:  # a list of customers leaves the register
            require_owner(register)
        if args.output:
            count = register.marketing.save_csv(channel, Path(args.output), by=args.by, overwrite=args.overwrite,
                                                to=args.to)
            print(f"{count} customers who may be approached by {channel.value} written to {args.output}.", file=out)
            return 0
        listed = register.marketing.approachable(channel)
    if args.json:
        _print_json([{"id": p.customer_id, "name": p.name, "address": p.address,
                      "consent_on": p.consent_on.isoformat(), "kind": p.kind} for p in listed], out)
    else:
        for p in listed:
            print(f"{p.customer_id:>6}  {p.name:<32.32} {p.address:<36.36} {p.consent_on:%d-%m-%Y}  {p.kind}", file=out)
        print(f"{len(listed)} customers may be approached by {channel.value} today.", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("restrict", parents=[common], help="restrict the processing of a customer's data (Art. 18)")
    p.add_argument("id", type=int)
    p.add_argument("--reason", choices=[r.value for r in RestrictionReason])
    p.add_argument("--fields", metavar="F1,F2", help="contested accuracy: the fields that may be corrected: card fields, "
                   "history fields (service_job.serial_number) or a whole history table (visit, service_job, invoice)")
    p.add_argument("--request", type=int, metavar="N", help="the restriction request this carries out")
    p.add_argument("--lift", action="store_true", help="lift the restriction (writes the Art. 18(3) letter)")
    p.add_argument("--told", default=METHODS["letter"], metavar="HOW", help="how the customer is told before lifting")
    p.add_argument("-o", "--output", metavar="LETTER.pdf")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    from .cli_mail import add_send_options

    add_send_options(p)
    p.set_defaults(command=cmd_restrict)
    p = sub.add_parser("object", parents=[common], help="record an objection (Art. 21): direct marketing by default")
    p.add_argument("id", type=int)
    p.add_argument("--how", default="counter", choices=[m.value for m in ConsentMethod])
    p.add_argument("--request", type=int, metavar="N", help="the objection request this carries out")
    p.add_argument("--processing", metavar="TEXT", help="objection to processing on legitimate interest (Art. 21(1))")
    p.add_argument("--show", action="store_true", help="list the customer's objections and the decisions on them")
    p.add_argument("--decide", type=int, metavar="N", help="the owner's decision on objection N")
    p.add_argument("--decision", choices=[d.value for d in ObjectionDecision])
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_object)
    p = sub.add_parser("marketing", parents=[common], help="who may be approached today on a channel")
    p.add_argument("channel", metavar="CHANNEL", help="email, phone, sms, post, social_media, in_app, in_store")
    p.add_argument("--json", action="store_true")
    p.add_argument("-o", "--output", metavar="FILE.csv", help="write the list for a mailing tool here")
    p.add_argument("--to", metavar="RECIPIENT", help="with -o: the mailing tool (a processor in the recipients "
                                                     "register); each customer listed is recorded as a disclosure")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_marketing)
