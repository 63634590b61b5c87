"""Commands about the documents the register keeps to print again (confirmations, letters, receipts, notices), and
the Art. 19 notices to the recipients.

    etsoft-desk document list [--json]
    etsoft-desk document DOC-ID -o FILE.pdf [--overwrite]
    etsoft-desk documents [--customer ID] [--json]
    etsoft-desk notices [--json]
    etsoft-desk notice N (--posted [--on DATE] | --impossible REASON | --disproportionate REASON | -o FILE.pdf)
"""

from __future__ import annotations

import argparse
import sys

from .domain.errors import UserError
from .domain.messages import Msg


def write_proof(path: str, pdf: bytes, doc_id: str | None, *, overwrite: bool) -> None:
    """Write the confirmation of an act that is already final; a failure says the proof is kept to reprint."""
    from .services import outputs

    try:
        outputs.write(path, pdf, overwrite=overwrite)
    except UserError as exc:
        if doc_id is None:
            raise
        print(str(exc), file=sys.stderr)
        raise UserError(Msg.PROOF_KEPT, path=path, doc=doc_id) from None


def cmd_document(args, keystore, out) -> int:
    from .cli import _open, _preflight
    from .services import outputs
    from .services import kept_documents as store

    if args.id == "list":
        with _open(args, keystore):
            rows = store.listing()
        return _print_documents(rows, args.json, out)
    if not args.output:
        print("document needs -o FILE.pdf (or: document list)", file=sys.stderr)
        return 2
    _preflight(args, args.output)
    with _open(args, keystore):  # the register stays open (and bound) while its document is read
        pdf = store.pdf(args.id)
        if pdf is None:
            raise UserError(Msg.DOCUMENT_NOT_FOUND, value=args.id)
        outputs.write(args.output, pdf, overwrite=args.overwrite)
    print(f"Document {args.id} written to {args.output}.", file=out)
    return 0


def cmd_documents(args, keystore, out) -> int:
    from .cli import _open
    from .services import kept_documents as store

    with _open(args, keystore) as register:
        if args.customer is not None:
            register.customers.open(args.customer, log_view=False)  # refuses an unknown customer
        rows = store.listing(customer_id=args.customer)
    return _print_documents(rows, args.json, out)


def _print_documents(rows, as_json: bool, out) -> int:
    from .cli import _print_json

    if as_json:
        _print_json([{"id": i, "kind": k, "created_at": at} for i, k, at in rows], out)
    else:
        for i, kind, at in rows:
            print(f"{i:<14} {kind:<20} {at}", file=out)
    return 0


def _notice_json(n) -> dict:
    return {"id": n.id, "document_id": n.document_id, "cause": n.cause, "reference": n.reference,
            "recipient": n.recipient_name, "recipient_id": n.recipient_id, "customer_id": n.customer_id,
            "state": n.state, "made_at": n.made_at.isoformat(), "sent_on": n.sent_on.isoformat() if n.sent_on
            else None, "how": n.how or None, "reason": n.reason or None}


def cmd_notices(args, keystore, out) -> int:
    from .cli import _open, _print_json

    with _open(args, keystore) as register:
        rows = register.notices.listing()
    if args.json:
        _print_json([_notice_json(n) for n in rows], out)
        return 0
    for n in rows:
        state = (f"sent {n.sent_on:%Y-%m-%d} by {n.how}" if n.state == "sent" and n.sent_on
                 else "waiting to be sent" if n.state == "waiting" else f"{n.state}: {n.reason}")
        print(f"{n.id:>4}  {n.document_id:<12} {n.cause:<12} {n.reference:<16} {n.recipient_name:<28} {state}",
              file=out)
    return 0


def cmd_notice(args, keystore, out) -> int:
    import datetime as dt

    from .cli import _open, _preflight
    from .domain.validation import parse_date
    from .services import outputs

    actions = [a for a in (args.posted, args.impossible is not None, args.disproportionate is not None,
                           args.send) if a]
    if len(actions) > 1 or not (actions or args.output) or (args.on and not args.posted):
        raise UserError(Msg.NOTICE_ACTION_NEEDED)
    if args.send:
        from .cli_mail import send_notice

        return send_notice(args, keystore, out)
    on = parse_date(args.on, "on") if args.on else None
    _preflight(args, args.output)
    with _open(args, keystore) as register:
        if args.posted:
            at = dt.datetime.combine(on, dt.time(12)) if on else register.clock()
            register.notices.mark_sent(args.id, "post", at, by=args.by)
            print(f"Notice {args.id}: sent by post on {at:%Y-%m-%d}.", file=out)
        for state, reason in (("impossible", args.impossible), ("disproportionate", args.disproportionate)):
            if reason is not None:
                register.notices.mark_not_sent(args.id, state, reason, by=args.by)
                print(f"Notice {args.id}: not sent ({state}).", file=out)
        if args.output:
            notice = register.notices.get(args.id)
            outputs.write(args.output, register.notices.pdf(args.id), overwrite=args.overwrite)
            print(f"Notice {args.id} ({notice.document_id}) written to {args.output}.", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("document", parents=[common],
                       help="print again a kept document (a confirmation, letter, receipt or notice), or list them")
    p.add_argument("id", metavar="DOC-ID|list")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="write the document here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--json", action="store_true", help="with list: as JSON")
    p.set_defaults(command=cmd_document)
    p = sub.add_parser("documents", parents=[common], help="list the kept documents, or one customer's")
    p.add_argument("--customer", type=int, metavar="ID", help="only this customer's documents")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(command=cmd_documents)
    p = sub.add_parser("notices", parents=[common], help="the Art. 19 notices to recipients, and what became of them")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(command=cmd_notices)
    p = sub.add_parser("notice", parents=[common], help="record that an Art. 19 notice was sent or not, or print it")
    p.add_argument("id", type=int, metavar="N")
    p.add_argument("--posted", action="store_true", help="it was sent by post (today, or --on DATE)")
    p.add_argument("--on", metavar="DATE", help="with --posted: the day it was posted")
    p.add_argument("--impossible", metavar="REASON", help="telling this recipient proved impossible: why")
    p.add_argument("--disproportionate", metavar="REASON", help="telling it would take disproportionate effort: why")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="write the notice here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    p.add_argument("--send", action="store_true", help="send it by email to the recipient's address in the "
                   "recipients register (recorded as sent once the mail server took it)")
    p.add_argument("--protect", action="store_true", help="with --send: a password on the PDF (asked; never kept)")
    p.set_defaults(command=cmd_notice)
