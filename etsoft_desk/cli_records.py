"""Commands for what the customer agreed and asked: consent, the privacy statement, requests, the access
report and the portability export. The same services as the window; helpers shared with cli.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import KeyStoreFactory, _open, _preflight, _print_json, _print_rows_json
from .cli_staff import require_owner
from .domain.errors import UserError
from .domain.messages import Msg


def cmd_consent(args, keystore: KeyStoreFactory, out) -> int:
    from .domain.consent import Channel, ConsentBasis, ConsentMethod, ConsentState

    if args.channel and (not args.change or not args.how):
        print("a consent change needs CHANNEL, grant|refuse|withdraw and --how", file=sys.stderr)
        return 2
    if args.channel and args.send:
        print("--send sends the receipt: give it without a change (consent ID --send)", file=sys.stderr)
        return 2
    _preflight(args, args.receipt)
    with _open(args, keystore) as register:
        if args.channel:
            state = {"grant": ConsentState.GRANTED, "refuse": ConsentState.REFUSED,
                     "withdraw": ConsentState.WITHDRAWN}[args.change]
            basis = ConsentBasis.SOFT_OPT_IN if args.soft_opt_in else None
            record = register.consent.record(args.id, Channel(args.channel), state, ConsentMethod(args.how),
                                             basis=basis, by=args.by, after_objection=args.after_objection,
                                             request_id=args.request)
            print(f"{record.channel.value}: {record.state.value} ({record.method.value}, "
                  f"{record.recorded_at:%d-%m-%Y %H:%M}, {record.recorded_by})", file=out)
            return 0
        register.customers.open(args.id)  # a sentence for an unknown customer; showing consents is a view
        if args.send:  # the receipt by email, to an address on the card
            from .cli_mail import send_receipt

            return send_receipt(register, args, out)
        if args.receipt:
            doc_id = register.receipts.consent_receipt(args.id, Path(args.receipt), by=args.by,
                                                       overwrite=args.overwrite)
            print(f"Consent receipt {doc_id} written to {args.receipt}.", file=out)
            return 0
        states = register.consent.states(args.id)
        history = register.consent.history(args.id)
    for channel, record in states.items():
        state = record.state.value if record else "not_asked"
        since = f" since {record.recorded_at:%d-%m-%Y} ({record.method.value})" if record else ""
        print(f"{channel.value:<13} {state}{since}", file=out)
    if history:
        print("history:", file=out)
        for r in history:
            basis = f" {r.basis.value}" if r.basis else ""
            version = f" statement v{r.statement_version}" if r.statement_version else ""
            print(f"  {r.recorded_at:%d-%m-%Y %H:%M} {r.channel.value} {r.state.value} {r.method.value}"
                  f"{basis}{version} by {r.recorded_by}", file=out)
    return 0


def cmd_statement(args, keystore: KeyStoreFactory, out) -> int:
    import datetime as dt

    from .domain.validation import parse_date

    if args.action == "notify":
        from .cli_mail import statement_notify

        return statement_notify(args, keystore, out)
    with _open(args, keystore) as register:
        if args.action == "load":
            if not args.file or not args.effective:
                print("statement load needs FILE and --effective DATE", file=sys.stderr)
                return 2
            effective = parse_date(args.effective, "effective") or dt.date.today()
            path = Path(args.file)
            if not path.is_file():
                raise UserError(Msg.IMPORT_FILE_MISSING, path=str(path))
            text = path.read_text(encoding="utf-8-sig", errors="replace")
            version = register.statements.load(text, effective, material=not args.minor, by=args.by)
            print(f"Statement version {version} loaded, effective {effective:%d-%m-%Y}.", file=out)
            return 0
        if args.action == "list":
            current = register.statements.current()
            for v in register.statements.versions():
                mark = " (current)" if current and v.id == current.id else ""
                print(f"v{v.id}  effective {v.effective_date}  sha256 {v.sha256[:16]}  "
                      f"{'material' if v.material else 'minor'}{mark}", file=out)
            return 0
        require_owner(register)  # a mailing list
        listed = register.customers.rows(register.statements.customers_to_inform())
    if args.json:
        _print_rows_json(listed, out)
    else:
        for r in listed:
            print(f"{r.id:>6}  {r.name:<32.32} {r.email}", file=out)
    return 0


def cmd_request(args, keystore: KeyStoreFactory, out) -> int:
    from .domain.requests import IdentityCheck, RequestChannel, RequestKind
    from .domain.validation import parse_date

    usage = _request_usage(args)
    if usage:
        print(usage, file=sys.stderr)
        return 2
    from .cli_mail import attachment_password, send_usage

    usage = send_usage(args) or ("--send goes with extend, refuse, done and letter"
                                 if args.send and args.action not in ("extend", "refuse", "done", "letter") else "")
    if usage:
        print(usage, file=sys.stderr)
        return 2
    _preflight(args, args.letter)  # before the request changes
    password = attachment_password(args)
    with _open(args, keystore) as register:
        if args.send and args.id is not None:
            register.outbox.request_address(args.id)  # no address: refused before the request changes
        if args.action == "add" and args.not_customer is not None:  # someone the register holds nothing about
            request_id = register.requests.add_not_customer(
                args.not_customer, RequestKind(args.kind), (parse_date(args.received or "", "received") or register.clock().date()),
                RequestChannel(args.channel), answer_to=args.answer_to or "",
                identity=IdentityCheck(args.identity) if args.identity else None, by=args.by)
            due = register.requests.get(request_id).due
            print(f"Request {request_id} (not a customer) logged; due {due:%d-%m-%Y}. Answer it with: "
                  f"report access --request {request_id} -o FILE.pdf", file=out)
            return 0
        if args.action == "link":
            register.requests.link(args.id, args.customer, by=args.by)
            print(f"Request {args.id} is now on the card of customer {args.customer}.", file=out)
            return 0
        if args.action == "add":
            received = (parse_date(args.received or "", "received") or register.clock().date())
            channels = None
            if args.kind == RequestKind.CONSENT_WITHDRAWAL.value:  # a withdrawal request withdraws (issue 11)
                from .services.marketing import parse_channel

                channels = [parse_channel(c) for c in (args.channels or "").split(",") if c.strip()]
            with register.transaction():  # logged and carried out together, or neither
                request_id = register.requests.add(args.id, RequestKind(args.kind), received,
                                                   RequestChannel(args.channel),
                                                   identity=IdentityCheck(args.identity) if args.identity else None,
                                                   by=args.by)
                if channels is not None:
                    from .domain.consent import ConsentMethod

                    withdrawn = register.rights.withdraw_for_request(request_id, channels,
                                                                     ConsentMethod(args.channel), by=args.by)
            due = register.requests.get(request_id).due
            print(f"Request {request_id} logged; due {due:%d-%m-%Y}.", file=out)
            if channels is not None:
                print(f"Withdrawn: {', '.join(withdrawn) or 'no channel was granted'}.", file=out)
            return 0
        if args.action in ("extend", "refuse", "done", "letter"):
            if args.id is None:
                print(f"request {args.action} needs the request number", file=sys.stderr)
                return 2
            if args.action == "extend":
                if not args.months or not args.reason:
                    print("request extend needs --months 1 or 2 and --reason TEXT", file=sys.stderr)
                    return 2
                request = register.requests.extend(args.id, args.months, args.reason, by=args.by)
                print(f"Request {args.id} extended; due {request.due:%d-%m-%Y}.", file=out)
            elif args.action == "refuse":
                if not args.reason:
                    print("request refuse needs --reason TEXT (the reasons the customer will read)", file=sys.stderr)
                    return 2
                register.requests.refuse(args.id, args.reason, by=args.by)
                print(f"Request {args.id} refused.", file=out)
            elif args.action == "done":
                register.requests.complete(args.id, args.reason or "", by=args.by)
                print(f"Request {args.id} done.", file=out)
            if args.send:
                from .cli_mail import send_document

                target = register.outbox.request_address(args.id), "request"
                doc_id, pdf = register.documents.render_letter(args.id, by=args.by)
                if args.letter:
                    from .services import outputs

                    outputs.write(args.letter, pdf, overwrite=args.overwrite)
                return send_document(register, args, out, document_id=doc_id, kind="request_letter", pdf=pdf,
                                     file_name=f"brief-{doc_id}.pdf", customer_id=register.requests.get(args.id).customer_id,
                                     request_id=args.id, password=password, target=target)
            if args.letter or args.action == "letter":
                if not args.letter:
                    print("request letter needs -o FILE.pdf (or --send)", file=sys.stderr)
                    return 2
                doc_id = register.documents.request_letter(args.id, Path(args.letter), by=args.by,
                                                           overwrite=args.overwrite)
                print(f"Letter {doc_id} written to {args.letter}.", file=out)
            return 0
        requests = register.requests.due_soon() if args.due else register.requests.list()
    today = register.clock().date()
    # Ids, kinds, states and due dates; no personal data beyond the customer number. Not the name of someone who
    # is not a customer either: the list leaves the register without the owner's PIN, the request number is
    # enough to answer them (their name is printed on the "Nee" report and shown in the window).
    if args.json:
        _print_json([{"id": r.id, "customer_id": r.customer_id, "not_customer": r.not_customer,
                      "kind": r.kind.value, "state": r.status.value,
                      "received_on": r.received_on.isoformat(), "due": r.due.isoformat(),
                      "overdue": r.open and r.due < today} for r in requests], out)
        return 0
    for r in requests:
        late = "  OVERDUE" if r.open and r.due < today else ""
        who = "not a customer  " if r.not_customer else f"customer {r.customer_id or '-':>6}"
        print(f"{r.id:>5}  {who}  {r.kind.value:<18} received {r.received_on:%d-%m-%Y}  "
              f"due {r.due:%d-%m-%Y}  {r.status.value}{late}", file=out)
    return 0


def _request_usage(args) -> str:
    """The positional arguments of ``request``: ``add ID KIND``, ``add --not-customer NAME KIND``, ``link N
    CUSTOMER`` and ``ACTION N``; a usage error as its sentence, or ''."""
    from .domain.requests import RequestKind

    first, second = args.id, args.kind
    args.customer = None
    if args.action == "add" and args.not_customer is not None and second is None:
        first, second = None, first  # request add --not-customer NAME KIND
    kinds = [k.value for k in RequestKind]
    if (args.not_customer is not None and args.action != "add") or (args.answer_to and args.not_customer is None):
        return "--not-customer NAME and --answer-to go with request add only"
    if args.action == "add":
        if (args.not_customer is None and first is None) or not second or not args.received or not args.channel:
            return ("request add needs ID (or --not-customer NAME), KIND, --received DATE and --channel CHANNEL")
        if args.not_customer is not None and first is not None:
            return "request add takes either a customer number or --not-customer NAME, not both"
        if second not in kinds:
            return f"request add: KIND must be one of {', '.join(kinds)}"
    elif args.action == "link":
        if first is None or second is None:
            return "request link needs the request number and the customer number"
        if not second.isdigit():
            return "request link: the customer number must be a number"
        args.customer = int(second)
    elif second is not None:
        return f"request {args.action} takes one number, the request's"
    if first is not None and not first.isdigit():
        return f"request {args.action}: “{first}” is not a number"
    args.id, args.kind = (int(first) if first is not None else None), second
    return ""


def cmd_report(args, keystore: KeyStoreFactory, out) -> int:
    from .services import outputs

    if args.kind == "access" and not args.no_data_for and args.id is None and args.request is None:
        print("report access needs the customer number (or --no-data-for NAME, or --request N of someone who is "
              "not a customer)", file=sys.stderr)
        return 2
    from .cli_mail import attachment_password, send_document, send_usage

    usage = send_usage(args) or ("" if args.output or (args.send and args.kind == "access")
                                 else f"report {args.kind} needs -o FILE.pdf" + (" or --send" if args.kind == "access" else ""))
    if usage:
        print(usage, file=sys.stderr)
        return 2
    _preflight(args, args.output)
    password = attachment_password(args)
    with _open(args, keystore) as register:
        if args.kind == "access" and args.send:
            from .cli_mail import address_for

            target = address_for(register, args, args.id, args.request)  # refused: nothing is made or marked
            if args.no_data_for or args.id is None:
                doc_id, pdf = register.access.render_none(args.no_data_for or "", request_id=args.request, by=args.by)
            else:
                doc_id, pdf = register.access.render(args.id, request_id=args.request, by=args.by)
            if args.output:
                outputs.write(args.output, pdf, overwrite=args.overwrite)
            told = send_document(register, args, out, document_id=doc_id, kind="access_report", pdf=pdf,
                                 file_name=f"inzage-{doc_id}.pdf", customer_id=args.id, request_id=args.request,
                                 password=password, target=target)
            register.access.issued(args.id, doc_id, "sent by email" if told == 0 else "queued for email", by=args.by)
            return told
        if args.kind == "access" and (args.no_data_for or args.id is None):  # "Nee": a name, or their request
            doc_id, pdf = register.access.render_none(args.no_data_for or "", request_id=args.request, by=args.by)
            outputs.write(args.output, pdf, overwrite=args.overwrite)
            register.access.issued(None, doc_id, "saved", by=args.by)
        elif args.kind == "access":
            doc_id = register.access.report(args.id, Path(args.output), request_id=args.request, by=args.by,
                                            overwrite=args.overwrite)
        else:
            doc_id = register.documents.processing_record(Path(args.output), by=args.by, overwrite=args.overwrite)
    print(f"Report {doc_id} written to {args.output}.", file=out)
    return 0


def cmd_export(args, keystore: KeyStoreFactory, out) -> int:
    from .cli_mail import send_export, send_usage

    usage = send_usage(args) or ("" if args.output or args.send else "export needs -o FILE.json|FILE.zip or --send")
    if usage or (args.send and args.protect):
        print(usage or "--protect is for a PDF: an export (ZIP) cannot carry a password", file=sys.stderr)
        return 2
    _preflight(args, args.output)
    with _open(args, keystore) as register:
        require_owner(register)
        if args.send:
            return send_export(register, args, out)
        register.access.export(args.id, Path(args.output), by=args.by, request_id=args.request,
                               overwrite=args.overwrite)
    print(f"Export written to {args.output}.", file=out)
    return 0


class _IntermixedParser(argparse.ArgumentParser):
    """Positionals after options. Python 3.11's parser fills the optional positionals (ID, KIND) with nothing
    at the first option and then refuses a KIND that follows it."""

    _inside = False

    def parse_known_args(self, args=None, namespace=None):
        if self._inside:
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from .cli_mail import add_send_options
    from .domain.consent import Channel, ConsentMethod

    p = sub.add_parser("consent", parents=[common], help="show or change a customer's consent per channel")
    p.add_argument("id", type=int)
    p.add_argument("channel", nargs="?", choices=[c.value for c in Channel])
    p.add_argument("change", nargs="?", choices=["grant", "refuse", "withdraw"])
    p.add_argument("--how", choices=[m.value for m in ConsentMethod], help="how the customer told us")
    p.add_argument("--soft-opt-in", action="store_true", help="existing customer, own similar services")
    p.add_argument("--by", metavar="INITIALS", help="who records it, someone on the staff list (default: the staff "
                                                    "initials in the settings)")
    p.add_argument("--receipt", metavar="FILE.pdf", help="write the customer's consent receipt here")
    p.add_argument("--after-objection", action="store_true",
                   help="the customer objected to direct marketing and now asks for this consent anew")
    p.add_argument("--request", type=int, metavar="N", help="the consent-withdrawal request this withdrawal carries out")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    add_send_options(p)
    p.set_defaults(command=cmd_consent)
    p = sub.add_parser("statement", parents=[common], help="versions of the privacy statement")
    p.add_argument("action", choices=["load", "list", "inform", "notify"])
    p.add_argument("file", nargs="?", metavar="FILE.txt|ID", help="load: the text; notify: the customer number")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="notify: write the notice here (to post it)")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    add_send_options(p)
    p.add_argument("--effective", metavar="DATE")
    p.add_argument("--minor", action="store_true", help="not a material change: nobody needs to be told")
    p.add_argument("--by", metavar="INITIALS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(command=cmd_statement)
    from .domain.requests import IdentityCheck, RequestChannel, RequestKind

    p = sub.add_parser("request", parents=[common], help="data-subject requests and their deadlines")
    p.__class__ = _IntermixedParser  # request add --not-customer NAME KIND: KIND comes after an option
    p.add_argument("action", choices=["add", "list", "extend", "refuse", "done", "letter", "link"])
    p.add_argument("id", nargs="?", help="customer number (add) or request number (the others)")
    p.add_argument("kind", nargs="?", metavar="KIND|CUSTOMER",
                   help="add: " + ", ".join(k.value for k in RequestKind) + "; link: the customer number")
    p.add_argument("--not-customer", metavar="NAME", help="add: a request from someone who is not a customer "
                                                           "(answered with report access --request N)")
    p.add_argument("--answer-to", metavar="EMAIL|ADDRESS", help="with --not-customer: where the answer goes")
    p.add_argument("--received", metavar="DATE")
    p.add_argument("--channel", choices=[c.value for c in RequestChannel])
    p.add_argument("--identity", choices=[i.value for i in IdentityCheck], help="how identity was checked")
    p.add_argument("--due", action="store_true", help="only requests due within 7 days or overdue")
    p.add_argument("--months", type=int, choices=[1, 2], help="extension (only within the first month)")
    p.add_argument("--reason", metavar="TEXT", help="reasons for an extension or refusal; outcome of done")
    p.add_argument("-o", "--letter", metavar="FILE.pdf", help="write the letter to the customer here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    p.add_argument("--json", action="store_true", help="list: ids, kinds, states and due dates as JSON")
    p.add_argument("--channels", metavar="C1,C2", help="consent_withdrawal: the channels named (default: every granted one)")
    add_send_options(p, card=False)
    p.set_defaults(command=cmd_request)
    p = sub.add_parser("report", parents=[common], help="printable reports: access (Art. 15), processing (Art. 30)")
    p.add_argument("kind", choices=["access", "processing"])
    p.add_argument("id", nargs="?", type=int, help="customer number (access)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="write it here (access: or --send it)")
    p.add_argument("--request", type=int, metavar="N", help="the request this access report answers (without ID: "
                                                             "the \"no data\" report for a non-customer's request)")
    p.add_argument("--no-data-for", metavar="NAME", help="answer someone the register holds nothing about")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    add_send_options(p)
    p.set_defaults(command=cmd_report)
    p = sub.add_parser("export", parents=[common], help="a customer's data, machine-readable (Art. 20)")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", metavar="FILE.json|FILE.zip", help="write it here (or --send it, as ZIP)")
    p.add_argument("--request", type=int, metavar="N", help="the portability request this export carries out")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    add_send_options(p)
    p.set_defaults(command=cmd_export)
