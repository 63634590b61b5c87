"""The command line: the same services as the window, no Qt.

Exit codes: 0 success; 1 a user error, told in one sentence on stderr; 2 a usage error.
"""

from __future__ import annotations

import argparse
import logging
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from .domain.errors import UserError
from .domain.messages import Msg
from .domain.recovery_key import parse_key
from .secrets import KeyStore, SystemKeyStore
from .services import register as reg
from .services import unlock as unlocking
from .cli_staff import require_owner
from .services.staff import normal_initials
from .domain.validation import format_phone

KeyStoreFactory = Callable[[], KeyStore]


def _ask_on_terminal(reason: UserError) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    print(str(reason), file=sys.stderr)
    try:
        return getpass.getpass("Recovery key: ")
    except (EOFError, KeyboardInterrupt):
        return None


def _open(args, keystore: KeyStoreFactory) -> reg.Register:
    path = reg.register_path(reg.data_dir(args.data_dir))
    unlocked = unlocking.unlock(path, keystore=keystore, ask=_ask_on_terminal)
    unlocked.register.keystore = keystore  # where the mail password is kept (issue 12)
    if unlocked.keyring_note:
        print(str(unlocked.keyring_note), file=sys.stderr)
    from .services.operations import after_opening

    try:
        told = after_opening(unlocked.register)
    except BaseException:
        unlocked.register.close()
        raise
    for sentence in told:
        print(str(sentence), file=sys.stderr)
    return unlocked.register


def _preflight(args, *paths) -> None:
    """Refuse a bad output path before anything changes (the register is not even opened)."""
    from .services import outputs

    given = [p for p in paths if p]
    for p in given:
        outputs.check(p, overwrite=args.overwrite)
    if len({str(Path(p).expanduser().resolve()) for p in given}) < len(given):
        raise UserError(Msg.OUTPUT_SAME_FILE, path=given[-1])  # two outputs to one file: one would be lost


def open_for_check(args, keystore: KeyStoreFactory) -> reg.Register:
    """The register for ``check`` and ``audit verify``: unlocked as usual, nothing else done to it first."""
    path = reg.register_path(reg.data_dir(args.data_dir))
    unlocked = unlocking.unlock(path, keystore=keystore, ask=_ask_on_terminal, opener=reg.open_plain)
    if unlocked.keyring_note:
        print(str(unlocked.keyring_note), file=sys.stderr)
    return unlocked.register


def _print_json(data, out) -> None:
    import json  # only the commands that print JSON pay for it

    json.dump(data, out, ensure_ascii=False, indent=1)
    print(file=out)


def _print_rows_json(rows, out) -> None:
    from .services.serialize import row_dict

    _print_json([row_dict(r) for r in rows], out)


def cmd_init(args, keystore: KeyStoreFactory, out) -> int:
    from .services.operations import found_register

    path = reg.register_path(reg.data_dir(args.data_dir))
    key = parse_key(os.environ[unlocking.KEY_ENV]) if os.environ.get(unlocking.KEY_ENV) else None
    initials = normal_initials(args.initials) if args.initials else ""  # a bad one refused before anything exists
    founded = found_register(path, keystore, key=key, initials=initials, sheet=args.recovery_sheet,
                             overwrite=args.overwrite)
    with founded.register:
        for sentence in founded.told:
            print(str(sentence), file=sys.stderr)
        kept = "its key is in the keyring" if founded.in_keyring else "the key is NOT kept on this computer"
        print(f"Register created at {path}; {kept}.", file=out)
        if founded.sheet is not None:
            print(f"Recovery sheet written to {founded.sheet}: print it and keep it somewhere safe.", file=out)
            return 0
        # no sheet, or one that could not be written: the register exists, its key must not be lost with it
        print("Recovery key (write it down and keep it somewhere safe, away from this computer):", file=out)
        print(founded.recovery_key, file=out)
    return 1 if args.recovery_sheet else 0


def cmd_list(args, keystore: KeyStoreFactory, out) -> int:
    with _open(args, keystore) as register:
        if args.json:
            require_owner(register)  # a list of customers leaving the register
        # Each line is written as the register's cursor reads it: the first appears at once, at any size.
        from .services.serialize import stream_rows_json

        rows = register.customers.every_row(args.search or "")
        if args.json:
            stream_rows_json(rows, out)
        else:
            for r in rows:
                print(f"{r.id:>6}  {r.name:<32.32} {format_phone(r.phone) if r.phone else '':<14} {r.email:<36.36} "
                      f"{r.postcode:<8} {r.city}", file=out, flush=True)
    return 0


def cmd_show(args, keystore: KeyStoreFactory, out) -> int:
    with _open(args, keystore) as register:
        data = register.customer_data(args.id)
    if args.json:
        _print_json(data, out)
        return 0
    print(f"{data['id']}: {data['name']}", file=out)
    address = data["address"]
    print(f"  {address['street']} {address['house_number'] or ''}{address['house_number_addition']}".rstrip(), file=out)
    print(f"  {address['postcode']} {address['city']} {address['country']}".rstrip(), file=out)
    for email in data["emails"]:
        print(f"  email: {email}", file=out)
    for phone in data["phones"]:
        print(f"  phone: {format_phone(phone)}", file=out)
    print(f"  18+: {'confirmed (' + data['age']['how'] + ')' if data['age']['confirmed_18_plus'] else 'NOT confirmed'}",
          file=out)
    for kind in ("visits", "service_jobs", "invoices"):
        print(f"  {kind.replace('_', ' ')}: {len(data[kind])}", file=out)
    return 0


def cmd_erase(args, keystore: KeyStoreFactory, out) -> int:
    if args.plan:
        return _plan(args, keystore, out)
    if not args.yes:
        print("erase destroys the customer's data for good: add --yes (and -o FILE.pdf for the shred "
              "confirmation). See what it will do first with: erase ID --plan", file=sys.stderr)
        return 2
    from .cli_mail import address_for, attachment_password, send_usage, tell_sent
    from .cli_outputs import write_proof

    if send_usage(args):
        print(send_usage(args), file=sys.stderr)
        return 2
    password = attachment_password(args)
    paper = []
    for item in args.paper or []:
        what, _, method = item.partition(":")
        paper.append(("paper", what.strip(), method.strip() or "versnipperd"))
    _preflight(args, args.output, args.notices)  # a refused path erases nothing
    with _open(args, keystore) as register:
        require_owner(register)
        target = address_for(register, args, args.id, args.request) if args.send else None  # before erasing
        result = register.erasure.erase(args.id, request_id=args.request, paper=paper, by=args.by,
                                        send_to=target, attachment_password=password)
        for told in result.removed:  # leftover copies that still held the person (services/leftovers.py)
            print(str(told), file=sys.stderr)
        if args.notices and result.notices:  # written first: the erasure's other output may fail
            from .services import outputs

            outputs.write(args.notices, result.notices, overwrite=args.overwrite)
        if not result.checkpoint_clean:
            raise UserError(Msg.ERASURE_STILL_FINISHING, doc=result.erasure_id)
        if args.output:
            write_proof(args.output, result.confirmation, result.erasure_id, overwrite=args.overwrite)
        code = tell_sent(register, result.outbox_message, out) if result.outbox_message is not None else 0
    kept = sum(line.count for line in result.plan.kept)
    print(f"Customer {args.id} erased ({result.erasure_id}); kept for the tax law: {kept} invoice(s)."
          + (f" Shred confirmation: {args.output}." if args.output else ""), file=out)
    if result.plan.recipients:
        print("Tell these recipients (Art. 19): " + ", ".join(name for _, name in result.plan.recipients)
              + (f"; letters in {args.notices}" if args.notices else "; print the letters with: notice N -o FILE.pdf")
              + ". Record each once sent: etsoft-desk notices.", file=out)
    if result.plan.takedowns:
        print("Take down from the website: " + ", ".join(result.plan.takedowns), file=out)
    return code


def _plan(args, keystore: KeyStoreFactory, out) -> int:
    from .domain.erasure import TREATMENT_NL

    with _open(args, keystore) as register:
        plan = register.erasure.plan(args.id)
    for line in plan.lines:
        if line.count:
            until = f" until {line.until:%d-%m-%Y} ({line.ground})" if line.until else ""
            print(f"{line.title:<42} {line.count:>4}  {TREATMENT_NL[line.treatment]}{until}", file=out)
    for reason in plan.wait_reasons:
        print(f"Wait? {reason}", file=out)
    if plan.recipients:
        print("Recipients to tell: " + ", ".join(name for _, name in plan.recipients), file=out)
    return 0


def cmd_retention(args, keystore: KeyStoreFactory, out) -> int:
    from .domain.validation import parse_date

    from .cli_outputs import write_proof

    until = parse_date(args.until, "until") if args.until else None
    _preflight(args, args.output if args.action == "run" else None)
    with _open(args, keystore) as register:
        if args.action == "run":
            overview, pdf = register.retention.run(until, by=args.by)
            if args.output:
                write_proof(args.output, pdf, register.retention.last_document_id, overwrite=args.overwrite)
        else:
            overview = register.retention.overview(until)
    lines = overview.lines()
    verb = "Done" if args.action == "run" else "Due"
    print(f"{verb} up to {overview.until:%d-%m-%Y}: " + ("nothing." if not lines else ""), file=out)
    for what, count, how in lines:
        print(f"  {what:<56} {count:>6}  {how}", file=out)
    return 0


def cmd_destroyed(args, keystore: KeyStoreFactory, out) -> int:
    from .domain.validation import parse_date

    from .cli_outputs import write_proof

    _preflight(args, args.output)
    with _open(args, keystore) as register:
        doc_id, pdf = register.retention.record_destruction(
            args.kind, args.what, args.method, done_on=parse_date(args.on, "on") if args.on else None, by=args.by)
        if args.output:
            write_proof(args.output, pdf, doc_id, overwrite=args.overwrite)
    print(f"Recorded {doc_id}." + (f" Confirmation: {args.output}." if args.output else ""), file=out)
    return 0


def cmd_settings(args, keystore: KeyStoreFactory, out) -> int:
    with _open(args, keystore) as register:
        if args.action == "set":
            if not args.key or args.value is None:
                print("settings set needs KEY and VALUE", file=sys.stderr)
                return 2
            require_owner(register)
            register.settings.set_value(args.key, args.value)
        for key, value in register.settings.all_values().items():
            print(f"{key:<28} {value}", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a register and its key")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf", help="write the printable recovery sheet here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--initials", metavar="XX", help="who works here: every command records these (or --by XX)")
    p.set_defaults(command=cmd_init)
    from . import cli_import

    cli_import.add_commands(sub, common)  # import, in the help's order
    p = sub.add_parser("list", parents=[common], help="list (or search) customers")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(command=cmd_list)
    p = sub.add_parser("show", parents=[common], help="show one customer's card")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(command=cmd_show)
    from . import cli_records

    cli_records.add_commands(sub, common)  # consent, statement, request, report, export
    p = sub.add_parser("erase", parents=[common], help="erase a customer for good (Art. 17), with a shred confirmation")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true", help="really erase (there is no undo)")
    p.add_argument("--plan", action="store_true", help="only show what would be erased, kept and told")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="write the shred confirmation here")
    p.add_argument("--request", type=int, metavar="N", help="the erasure request this carries out")
    p.add_argument("--notices", metavar="FILE.pdf", help="write the letters to the recipients here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--paper", action="append", metavar="WHAT:METHOD",
                   help="paper destroyed with it, e.g. 'werkbon 2026-113:versnipperd' (no personal data)")
    p.add_argument("--by", metavar="INITIALS")
    from .cli_mail import add_send_options

    add_send_options(p)
    p.set_defaults(command=cmd_erase)
    p = sub.add_parser("retention", parents=[common], help="what is due for destruction (this month), and doing it")
    p.add_argument("action", nargs="?", choices=["show", "run"], default="show")
    p.add_argument("--until", metavar="DATE", help="default: the end of this month")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="the confirmation of a run")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_retention)
    p = sub.add_parser("destroyed", parents=[common], help="log paper shredded or burned, or a device wiped")
    p.add_argument("kind", choices=["paper", "device"])
    p.add_argument("what", help="what it was, without personal data (e.g. 'werkbonnen 2019')")
    p.add_argument("--method", required=True, help="e.g. versnipperd, verbrand, gewist met nwipe")
    p.add_argument("--on", metavar="DATE", help="default: today")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="its printable confirmation")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_destroyed)
    from . import cli_register

    cli_register.add_commands(sub, common)  # backup, restore, rekey
    p = sub.add_parser("settings", parents=[common], help="show or change the shop's settings")
    p.add_argument("action", nargs="?", choices=["show", "set"], default="show")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(command=cmd_settings)
    from . import (cli_check, cli_corrections, cli_invoices, cli_jobs, cli_outputs, cli_rights, cli_sharing,
                   cli_staff)

    cli_check.add_commands(sub, common)  # check, audit verify
    cli_rights.add_commands(sub, common)
    cli_sharing.add_commands(sub, common)  # recipient, share, disclose, referral
    cli_invoices.add_commands(sub, common)  # the invoices for the accountant
    cli_corrections.add_commands(sub, common)  # correct
    from . import cli_lists

    cli_lists.add_commands(sub, common)  # shared-with
    cli_outputs.add_commands(sub, common)
    cli_staff.add_commands(sub, common)
    from . import cli_breach

    cli_breach.add_commands(sub, common)  # issue 16: the data-breach register
    cli_jobs.add_commands(sub, common)  # job slip: the intake slip of a service job
    from . import cli_mail

    cli_mail.add_commands(sub, common)  # issue 12: mail password/test, outbox


def run(args: argparse.Namespace, keystore: KeyStoreFactory = SystemKeyStore, out=None) -> int:
    out = out or sys.stdout
    try:
        return args.command(args, keystore, out)
    except KeyboardInterrupt:  # Ctrl+C: the open transaction rolls back
        print("Interrupted: what was not finished was not saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # whoever read the output went away (… | head): nothing more to say to them
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except UserError as exc:
        # The log names the sentence by its template; the values in it may be personal.
        logging.getLogger("etsoft_desk.cli").info("told: %s", exc.template)
        if exc.template == Msg.STAFF_INITIALS_MISSING:  # the window's sentence; here, how to give them
            words = [getattr(args, "subcommand", None)] + [getattr(args, a, None) for a in ("action", "kind")]
            exc = UserError(Msg.STAFF_INITIALS_MISSING_CLI,
                            command=" ".join(["etsoft-desk", *(w for w in words if isinstance(w, str))]))
        print(str(exc), file=sys.stderr)
        return 1
    except Exception as exc:  # a damaged page met halfway through a command: one sentence, no traceback
        from .services.recovery import boundary_error  # also a folder that is a file, a read-only disk, ...

        error = boundary_error(exc, reg.register_path(reg.data_dir(getattr(args, "data_dir", None))))
        if error is None:
            raise
        logging.getLogger("etsoft_desk.cli").info("told: %s", error.template)
        print(str(error), file=sys.stderr)
        return 1
