"""Email: the mail server's password, a test message, the outbox, and sending a document (issue 12).

    etsoft-desk mail password            (asks for it; kept in the OS keyring)
    etsoft-desk mail test ADDRESS
    etsoft-desk outbox [--json]
    etsoft-desk outbox send [N] | drop N      (drop: the server refused it for good; its content goes)
Documents are sent with --send on the commands that make them (report access, erase, request letter, ...).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys


ATTACHMENT_PASSWORD_ENV = "ETSOFT_DESK_ATTACHMENT_PASSWORD"  # for --protect without a terminal (scripts, tests)


def add_send_options(p: argparse.ArgumentParser, *, card: bool = True) -> None:
    """--send (and --to, --protect) on a command that makes a document for a person."""
    p.add_argument("--send", action="store_true", help="send it by email (to the request's address, or the card's)")
    if card:
        p.add_argument("--to", metavar="ADDRESS", help="with --send and no request: which address on the card")
    p.add_argument("--protect", action="store_true", help="with --send: protect the PDF with a password you give "
                   "the customer apart (asked for; never kept)")


def send_usage(args) -> str:
    """The sentence for --to or --protect given without --send, or --to with a request ('' when all is well)."""
    if getattr(args, "to", None) and not args.send:
        return "--to goes with --send"
    if getattr(args, "to", None) and getattr(args, "request", None) is not None:
        return "--to cannot be given with --request: the answer goes to the address the request was registered with"
    if args.protect and not args.send:
        return "--protect goes with --send"
    return ""


def attachment_password(args) -> str:
    if not getattr(args, "protect", False):
        return ""
    if os.environ.get(ATTACHMENT_PASSWORD_ENV):
        pass
    elif not sys.stdin or not sys.stdin.isatty():
        raise SystemExit("--protect needs a terminal to ask for the password (or set "
                         f"{ATTACHMENT_PASSWORD_ENV})")
    else:
        first = getpass.getpass("Password for the attachment: ")
        if getpass.getpass("The same password again: ") != first:
            raise SystemExit("the two passwords differ: nothing was sent")
        return checked_password(first)
    return checked_password(os.environ[ATTACHMENT_PASSWORD_ENV])


def checked_password(password: str) -> str:
    """Refused before any document is made (a document id is not spent on one that is never sent)."""
    from .domain.errors import UserError
    from .domain.messages import Msg
    from .services.outbox import MIN_PASSWORD

    if len(password) < MIN_PASSWORD:
        raise UserError(Msg.ATTACHMENT_PASSWORD_SHORT, limit=MIN_PASSWORD)
    return password


def address_for(register, args, customer_id: int | None, request_id: int | None) -> tuple[str, str]:
    """(address, kind of address): the request's answer address, else one on the card."""
    if request_id is not None:
        return register.outbox.request_address(request_id), "request"
    if customer_id is None:
        raise SystemExit("--send needs --request N (the answer goes to the address it was registered with)")
    return register.outbox.card_address(customer_id, getattr(args, "to", None)), "card"


def send_document(register, args, out, *, document_id: str, kind: str, pdf: bytes, file_name: str,
                  customer_id: int | None, request_id: int | None, password: str = "",
                  target: tuple[str, str] | None = None) -> int:
    """Queue the document in the outbox and try to send it now; 1 when it stays waiting (with the reason).
    ``target``: the address found before the document was made (so a refusal changes nothing)."""
    to, address_kind = target or address_for(register, args, customer_id, request_id)
    number = register.outbox.queue(document_id=document_id, kind=kind, attachment=pdf, attachment_name=file_name,
                                   to=to, address_kind=address_kind, customer_id=customer_id,
                                   request_id=request_id, password=password, by=getattr(args, "by", None))
    return tell_sent(register, number, out)


def tell_sent(register, number: int, out, result=None) -> int:
    result = result or register.outbox.send(number)
    if result.error is None:
        print(f"Sent {result.document_id} by email (message {number}): {result.answer}", file=out)
        return 0
    print(f"Not sent: {result.error} {result.document_id} stays in the outbox as message {number}; "
          "send it later with: etsoft-desk outbox send", file=sys.stderr)
    return 1


def cmd_mail(args, keystore, out) -> int:
    from .cli import _open
    from .cli_staff import require_owner
    from .services import mail

    with _open(args, keystore) as register:
        if args.action == "password":
            require_owner(register)
            if not sys.stdin or not sys.stdin.isatty():
                print("mail password needs a terminal to ask for it (for unattended use set "
                      f"{mail.PASSWORD_ENV})", file=sys.stderr)
                return 2
            password = getpass.getpass("Password of the mail server (empty: forget it): ")
            mail.keep_password(keystore, register.register_id, password)
            print("The mail password is kept in the keyring." if password else "The mail password is forgotten.",
                  file=out)
            return 0
        if not args.address:
            print("mail test needs the ADDRESS to send the test message to", file=sys.stderr)
            return 2
        answer = register.outbox.test(args.address)
    print(f"Test message sent: {answer}", file=out)
    return 0


def cmd_outbox(args, keystore, out) -> int:
    from .cli import _open, _print_json

    with _open(args, keystore) as register:
        if args.action == "send":
            if args.number is not None:
                return tell_sent(register, args.number, out)
            results = register.outbox.send_waiting()
            if not results:
                print("The outbox is empty: nothing to send.", file=out)
            return 1 if sum(tell_sent(register, r.message_id, out, r) for r in results) else 0
        if args.action == "drop":
            if args.number is None:
                print("outbox drop needs the message's number (see: etsoft-desk outbox)", file=sys.stderr)
                return 2
            register.outbox.drop(args.number, by=getattr(args, "by", None))
            print(f"Message {args.number} taken out of the outbox, unsent; its content is gone.", file=out)
            return 0
        rows = register.outbox.rows()
    if args.json:
        _print_json(rows, out)
        return 0
    for row in rows:
        state = {"sent": f"sent {row['sent_at']}", "dropped": "taken out, not sent", "sending": "being sent now"}.get(
            row["status"], "waiting" + (f" ({row['attempts']} tries): {row['reason']}" if row["attempts"] else ""))
        print(f"{row['id']:>4}  {row['document_id']:<14} {row['kind']:<20} to {row['address_kind']} address  {state}",
              file=out)
    if not rows:
        print("The outbox is empty.", file=out)
    return 0


def send_receipt(register, args, out) -> int:
    """consent ID --send: the consent receipt to an address on the card."""
    target = address_for(register, args, args.id, None)
    doc_id, pdf = register.receipts.render(args.id, by=args.by)
    told = send_document(register, args, out, document_id=doc_id, kind="consent_receipt", pdf=pdf,
                         file_name=f"toestemming-{doc_id}.pdf", customer_id=args.id, request_id=None,
                         password=attachment_password(args), target=target)
    register.receipts.issued(args.id, doc_id, "sent by email" if told == 0 else "queued for email", by=args.by,
                             pdf=pdf)
    return told


def send_export(register, args, out) -> int:
    """export ID --send: the portability export (ZIP) to the request's address, or the card's."""
    target = address_for(register, args, args.id, args.request)
    packed = register.access.export_bytes(args.id, "zip", by=args.by, request_id=args.request)
    return send_document(register, args, out, document_id=f"export-{args.id}", kind="export", pdf=packed,
                         file_name=f"gegevens-klant-{args.id}.zip", customer_id=args.id, request_id=args.request,
                         target=target)


def send_notice(args, keystore, out) -> int:
    """notice N --send: the Art. 19 notice to the recipient's email address; it counts as sent once taken."""
    from .cli import _open

    password = attachment_password(args)
    with _open(args, keystore) as register:
        notice = register.notices.get(args.id)
        if notice.state != "waiting":
            from .domain.errors import UserError
            from .domain.messages import Msg
            from .domain.code_names import NOTICE_STATES

            raise UserError(Msg.NOTICE_SETTLED, value=args.id, state=NOTICE_STATES[notice.state])
        to = register.notices.recipient_email(args.id)
        number = register.outbox.queue(document_id=notice.document_id, kind="art19_notice",
                                       attachment=register.notices.pdf(args.id),
                                       attachment_name=f"kennisgeving-{notice.document_id}.pdf", to=to,
                                       address_kind="recipient", customer_id=notice.customer_id,
                                       password=password, by=args.by, after_sent={"art19_notice": args.id})
        return tell_sent(register, number, out)


def statement_notify(args, keystore, out) -> int:
    """statement notify ID (-o FILE.pdf | --send): the notice of the new privacy statement to one customer."""
    from .cli import _open, _preflight
    from .services import outputs

    if not (args.file or "").isdigit() or not (args.output or args.send) or send_usage(args):
        print(send_usage(args) or "statement notify needs the customer number and -o FILE.pdf or --send",
              file=sys.stderr)
        return 2
    customer_id = int(args.file)
    _preflight(args, args.output)
    password = attachment_password(args)
    with _open(args, keystore) as register:
        target = address_for(register, args, customer_id, None) if args.send else None
        doc_id, version, pdf = register.statement_notices.render(customer_id, by=args.by)
        if args.output:
            outputs.write(args.output, pdf, overwrite=args.overwrite)
            if target is None:  # printed to post: given now
                register.statement_notices.given(customer_id, version, register.clock().date(), "letter",
                                                 register.settings.recorder(args.by))
                print(f"Notice {doc_id} written to {args.output}.", file=out)
        if target is None:
            return 0
        to, address_kind = target
        number = register.outbox.queue(document_id=doc_id, kind="statement_notice", attachment=pdf,
                                       attachment_name=f"privacyverklaring-{doc_id}.pdf", to=to,
                                       address_kind=address_kind, customer_id=customer_id, password=password,
                                       by=args.by, after_sent={"statement_notice": version})
        return tell_sent(register, number, out)


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("mail", parents=[common], help="email: keep the mail server's password, send a test message")
    p.add_argument("action", choices=["password", "test"])
    p.add_argument("address", nargs="?", metavar="ADDRESS")
    p.set_defaults(command=cmd_mail)
    p = sub.add_parser("outbox", parents=[common], help="messages waiting to be sent, and those sent")
    p.add_argument("action", nargs="?", choices=["show", "send", "drop"], default="show")
    p.add_argument("number", nargs="?", type=int, metavar="N", help="send: only this message; drop: this one")
    p.add_argument("--by", metavar="INITIALS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(command=cmd_outbox)

