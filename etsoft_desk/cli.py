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
from .secrets import KeyringUnavailable, KeyStore, SystemKeyStore
from .services import register as reg
from .services import unlock as unlocking
from .cli_staff import require_owner
from .domain.validation import format_phone

KeyStoreFactory = Callable[[], KeyStore]
SHOP_NAME = "ETSoft"


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
    if unlocked.keyring_note:
        print(str(unlocked.keyring_note), file=sys.stderr)
    broken = unlocked.register.audit.anchor_holds()  # cheap: the full check is "audit verify"
    if broken is not None:
        print(str(broken), file=sys.stderr)
    expired = unlocked.register.retention.destroy_expired()  # kept data whose keep-until date has passed
    if expired:
        print(f"Destroyed {expired} kept record(s) whose keep-until date has passed.", file=sys.stderr)
    for told in [*unlocked.register.ledger_report, *unlocked.register.removed]:  # the ledger's check, leftovers
        print(str(told), file=sys.stderr)
    if unlocked.register.replayed:
        print(f"Erased again from the erasure ledger: {unlocked.register.replayed} customer(s) "
              "(a crash or a restored backup had left them).", file=sys.stderr)
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
    from .services import outputs

    path = reg.register_path(reg.data_dir(args.data_dir))
    key = parse_key(os.environ[unlocking.KEY_ENV]) if os.environ.get(unlocking.KEY_ENV) else None
    if args.recovery_sheet:
        outputs.check(args.recovery_sheet, overwrite=args.overwrite)  # before the register exists
    new = reg.create(path, key)
    with new.register as register:
        rid = register.register_id
        try:
            keystore().save(rid, new.key)
            print(f"Register created at {path}; its key is in the keyring.", file=out)
        except KeyringUnavailable:
            print(str(UserError(Msg.KEYRING_UNAVAILABLE)), file=sys.stderr)
            print(f"Register created at {path}; the key is NOT kept on this computer.", file=out)
        if args.recovery_sheet:
            from .reports.recovery_sheet import write_recovery_sheet

            try:
                sheet = outputs.write(args.recovery_sheet, lambda fh: write_recovery_sheet(
                    fh, recovery_key=new.recovery_key, register_id=rid, shop_name=SHOP_NAME,
                    created=register.clock().date()), overwrite=args.overwrite)
            except UserError as exc:  # the register exists: its key must not be lost with the sheet
                print(str(exc), file=sys.stderr)
                print("Recovery key (write it down and keep it somewhere safe, away from this computer):", file=out)
                print(new.recovery_key, file=out)
                return 1
            print(f"Recovery sheet written to {sheet}: print it and keep it somewhere safe.", file=out)
        else:
            print("Recovery key (write it down and keep it somewhere safe, away from this computer):", file=out)
            print(new.recovery_key, file=out)
    return 0


def cmd_import(args, keystore: KeyStoreFactory, out) -> int:
    from .services.importer import ImportRejected

    with _open(args, keystore) as register:
        try:
            result = register.import_csv(Path(args.file), skip_invalid=args.skip_invalid)
        except ImportRejected as exc:
            for problem in exc.problems:
                print(f"line {problem.line}: {' '.join(problem.reasons)}", file=sys.stderr)
            raise
    print(f"Imported {result.imported} customers.", file=out)
    if result.rejects_path:
        print(f"{len(result.problems)} rows were not imported; they are in {result.rejects_path}.", file=out)
    return 0


def cmd_list(args, keystore: KeyStoreFactory, out) -> int:
    with _open(args, keystore) as register:
        if args.json:
            require_owner(register)  # a list of customers leaving the register
        rows, offset = [], 0
        while batch := register.customers.search(args.search or "", offset=offset, limit=1000):
            rows.extend(batch)
            offset += len(batch)
    if args.json:
        _print_rows_json(rows, out)
    else:
        for r in rows:
            print(f"{r.id:>6}  {r.name:<32.32} {format_phone(r.phone) if r.phone else '':<14} {r.email:<36.36} {r.postcode:<8} {r.city}", file=out)
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


def cmd_consent(args, keystore: KeyStoreFactory, out) -> int:
    from .domain.consent import Channel, ConsentBasis, ConsentMethod, ConsentState

    if args.channel and (not args.change or not args.how):
        print("a consent change needs CHANNEL, grant|refuse|withdraw and --how", file=sys.stderr)
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

    _preflight(args, args.letter)  # before the request changes
    with _open(args, keystore) as register:
        if args.action == "add":
            if args.id is None or not args.kind or not args.received or not args.channel:
                print("request add needs ID, KIND, --received DATE and --channel CHANNEL", file=sys.stderr)
                return 2
            received = parse_date(args.received, "received")
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
            if args.letter or args.action == "letter":
                if not args.letter:
                    print("request letter needs -o FILE.pdf", file=sys.stderr)
                    return 2
                doc_id = register.documents.request_letter(args.id, Path(args.letter), by=args.by,
                                                           overwrite=args.overwrite)
                print(f"Letter {doc_id} written to {args.letter}.", file=out)
            return 0
        requests = register.requests.due_soon() if args.due else register.requests.list()
    today = register.clock().date()
    if args.json:  # ids, kinds, states and due dates; no personal data beyond the customer number
        _print_json([{"id": r.id, "customer_id": r.customer_id, "kind": r.kind.value, "state": r.status.value,
                      "received_on": r.received_on.isoformat(), "due": r.due.isoformat(),
                      "overdue": r.open and r.due < today} for r in requests], out)
        return 0
    for r in requests:
        late = "  OVERDUE" if r.open and r.due < today else ""
        print(f"{r.id:>5}  customer {r.customer_id or '-':>6}  {r.kind.value:<18} received {r.received_on:%d-%m-%Y}  "
              f"due {r.due:%d-%m-%Y}  {r.status.value}{late}", file=out)
    return 0


def cmd_report(args, keystore: KeyStoreFactory, out) -> int:
    from .services import outputs

    if args.kind == "access" and not args.no_data_for and args.id is None:
        print("report access needs the customer number (or --no-data-for NAME)", file=sys.stderr)
        return 2
    _preflight(args, args.output)
    with _open(args, keystore) as register:
        if args.kind == "access" and args.no_data_for:
            doc_id, pdf = register.access.render_none(args.no_data_for, by=args.by)
            outputs.write(args.output, pdf, overwrite=args.overwrite)
            register.access.issued(None, doc_id, "saved")
        elif args.kind == "access":
            doc_id = register.access.report(args.id, Path(args.output), request_id=args.request, by=args.by,
                                            overwrite=args.overwrite)
        else:
            doc_id = register.documents.processing_record(Path(args.output), by=args.by, overwrite=args.overwrite)
    print(f"Report {doc_id} written to {args.output}.", file=out)
    return 0


def cmd_export(args, keystore: KeyStoreFactory, out) -> int:
    _preflight(args, args.output)
    with _open(args, keystore) as register:
        require_owner(register)
        register.access.export(args.id, Path(args.output), by=args.by, request_id=args.request,
                               overwrite=args.overwrite)
    print(f"Export written to {args.output}.", file=out)
    return 0


def cmd_erase(args, keystore: KeyStoreFactory, out) -> int:
    if args.plan:
        return _plan(args, keystore, out)
    if not args.yes:
        print("erase destroys the customer's data for good: add --yes (and -o FILE.pdf for the shred "
              "confirmation). See what it will do first with: erase ID --plan", file=sys.stderr)
        return 2
    from .cli_outputs import write_proof

    paper = []
    for item in args.paper or []:
        what, _, method = item.partition(":")
        paper.append(("paper", what.strip(), method.strip() or "versnipperd"))
    _preflight(args, args.output, args.notices)  # a refused path erases nothing
    with _open(args, keystore) as register:
        require_owner(register)
        result = register.erasure.erase(args.id, request_id=args.request, notify=args.notify, paper=paper,
                                        by=args.by)
        for told in result.removed:  # leftover copies that still held the person (services/leftovers.py)
            print(str(told), file=sys.stderr)
        if args.notices and result.notices:  # they name the person: only in memory, so written first
            from .services import outputs

            outputs.write(args.notices, result.notices, overwrite=args.overwrite)
        if not result.checkpoint_clean:
            raise UserError(Msg.ERASURE_STILL_FINISHING, doc=result.erasure_id)
        if args.output:
            write_proof(args.output, result.confirmation, result.erasure_id, overwrite=args.overwrite)
    kept = sum(line.count for line in result.plan.kept)
    print(f"Customer {args.id} erased ({result.erasure_id}); kept for the tax law: {kept} invoice(s)."
          + (f" Shred confirmation: {args.output}." if args.output else ""), file=out)
    if result.plan.recipients:
        print("Tell these recipients (Art. 19): " + ", ".join(name for _, name in result.plan.recipients)
              + (f"; letters in {args.notices}." if args.notices else "; write the letters with --notices FILE.pdf."),
              file=out)
    if result.plan.takedowns:
        print("Take down from the website: " + ", ".join(result.plan.takedowns), file=out)
    return 0


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


def cmd_backup(args, keystore: KeyStoreFactory, out) -> int:
    with _open(args, keystore) as register:
        result = register.backups.backup(Path(args.target))
    print(f"Backup written to {result.path} and verified: {result.counts['customer']} customers "
          f"({result.seconds:.1f} s). It opens with the register's recovery key.", file=out)
    if not result.recorded:
        print("The register was busy (a transaction left open elsewhere): the time of this backup is not noted.",
              file=sys.stderr)
    return 0


def cmd_restore(args, keystore: KeyStoreFactory, out) -> int:
    from .services.backup import restore

    path = reg.register_path(reg.data_dir(args.data_dir))
    if path.exists():
        from .cli_staff import require_owner_of

        require_owner_of(lambda: _open(args, keystore))  # the owner's PIN of the register being replaced
    if args.file is None:  # --confirm alone: the restored register is right, the set-aside copies go
        if not args.confirm:
            print("Name the backup to restore, or give --confirm to confirm the last restore.", file=sys.stderr)
            return 2
        with _open(args, keystore) as register:
            removed = register.remove_leftovers(confirmed=True)
        for told in removed:
            print(str(told), file=out)
        print(f"Restore confirmed: {len(removed)} set-aside copy(ies) removed.", file=out)
        return 0
    if args.key:
        key = parse_key(args.key)
    elif os.environ.get(unlocking.KEY_ENV):
        key = parse_key(os.environ[unlocking.KEY_ENV])
    elif path.exists():
        with _open(args, keystore) as current:
            key = current.key
    else:
        print("No register here yet: give the backup's recovery key with --key (or ETSOFT_DESK_KEY).",
              file=sys.stderr)
        return 2
    register, result = restore(path, Path(args.file), key, reg.open_with_key, reg.local_now)
    with register:
        for told in result.report:
            print(str(told), file=sys.stderr)
        try:
            keystore().save(register.register_id, key)
        except KeyringUnavailable:
            print(str(UserError(Msg.KEYRING_UNAVAILABLE)), file=sys.stderr)
        if args.confirm:
            for told in register.remove_leftovers(confirmed=True):
                print(str(told), file=out)
    aside = (f" The previous register is kept as {result.set_aside.name}." if result.set_aside.exists() else "")
    print(f"Restored {args.file}: {result.customers} customer(s).{aside} Erased again from the erasure ledger: "
          f"{result.replayed}.", file=out)
    return 0


def cmd_rekey(args, keystore: KeyStoreFactory, out) -> int:
    from .services.rekey import rekey

    _preflight(args, args.recovery_sheet)
    with _open(args, keystore) as register:
        require_owner(register)
        result = rekey(register, keystore, sheet=Path(args.recovery_sheet) if args.recovery_sheet else None,
                       shop_name=register.settings.shop()["shop_name"], overwrite=args.overwrite)
    if result.in_keyring:
        print("The register is re-encrypted with a new key; the keyring holds it.", file=out)
    else:
        print(str(UserError(Msg.KEYRING_UNAVAILABLE)), file=sys.stderr)
        print("The register is re-encrypted with a new key; the key is NOT kept on this computer.", file=out)
    if result.sheet:
        print(f"New recovery sheet written to {result.sheet}: print it and keep it somewhere safe.", file=out)
    print("Backups made before now still open only with the OLD recovery sheet: keep it with them.", file=out)
    print("New recovery key:", file=out)
    print(result.recovery_key, file=out)
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
    p.set_defaults(command=cmd_init)
    p = sub.add_parser("import", parents=[common], help="import customers from a CSV file")
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--skip-invalid", action="store_true", help="import the good rows, write the bad ones beside FILE")
    p.set_defaults(command=cmd_import)
    p = sub.add_parser("list", parents=[common], help="list (or search) customers")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(command=cmd_list)
    p = sub.add_parser("show", parents=[common], help="show one customer's card")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(command=cmd_show)
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
    p.set_defaults(command=cmd_consent)
    p = sub.add_parser("statement", parents=[common], help="versions of the privacy statement")
    p.add_argument("action", choices=["load", "list", "inform"])
    p.add_argument("file", nargs="?", metavar="FILE.txt")
    p.add_argument("--effective", metavar="DATE")
    p.add_argument("--minor", action="store_true", help="not a material change: nobody needs to be told")
    p.add_argument("--by", metavar="INITIALS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(command=cmd_statement)
    from .domain.requests import IdentityCheck, RequestChannel, RequestKind

    p = sub.add_parser("request", parents=[common], help="data-subject requests and their deadlines")
    p.add_argument("action", choices=["add", "list", "extend", "refuse", "done", "letter"])
    p.add_argument("id", nargs="?", type=int, help="customer number (add) or request number (the others)")
    p.add_argument("kind", nargs="?", choices=[k.value for k in RequestKind])
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
    p.set_defaults(command=cmd_request)
    p = sub.add_parser("report", parents=[common], help="printable reports: access (Art. 15), processing (Art. 30)")
    p.add_argument("kind", choices=["access", "processing"])
    p.add_argument("id", nargs="?", type=int, help="customer number (access)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    p.add_argument("--request", type=int, metavar="N", help="the request this access report answers")
    p.add_argument("--no-data-for", metavar="NAME", help="answer someone the register holds nothing about")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_report)
    p = sub.add_parser("export", parents=[common], help="a customer's data, machine-readable (Art. 20)")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", metavar="FILE.json|FILE.zip", required=True)
    p.add_argument("--request", type=int, metavar="N", help="the portability request this export carries out")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_export)
    p = sub.add_parser("erase", parents=[common], help="erase a customer for good (Art. 17), with a shred confirmation")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true", help="really erase (there is no undo)")
    p.add_argument("--plan", action="store_true", help="only show what would be erased, kept and told")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="write the shred confirmation here")
    p.add_argument("--request", type=int, metavar="N", help="the erasure request this carries out")
    p.add_argument("--notify", default="per brief", metavar="HOW", help="how the recipients are told (Art. 19)")
    p.add_argument("--notices", metavar="FILE.pdf", help="write the letters to the recipients here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--paper", action="append", metavar="WHAT:METHOD",
                   help="paper destroyed with it, e.g. 'werkbon 2026-113:versnipperd' (no personal data)")
    p.add_argument("--by", metavar="INITIALS")
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
    p = sub.add_parser("backup", parents=[common], help="write a verified, encrypted copy of the register")
    p.add_argument("target", metavar="FILE|FOLDER")
    p.set_defaults(command=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="put a backup in place of the register (kept aside)")
    p.add_argument("file", metavar="BACKUP", nargs="?")
    p.add_argument("--key", metavar="RECOVERY-KEY", help="the backup's recovery key, if not the register's current one")
    p.add_argument("--confirm", action="store_true",
                   help="the restored register is right: securely remove the set-aside copies")
    p.set_defaults(command=cmd_restore)
    p = sub.add_parser("rekey", parents=[common], help="re-encrypt the register with a new key")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf", help="write the new printable recovery sheet here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.set_defaults(command=cmd_rekey)
    p = sub.add_parser("settings", parents=[common], help="show or change the shop's settings")
    p.add_argument("action", nargs="?", choices=["show", "set"], default="show")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(command=cmd_settings)
    from . import cli_check, cli_outputs, cli_rights, cli_staff

    cli_check.add_commands(sub, common)  # check, audit verify
    cli_rights.add_commands(sub, common)
    cli_outputs.add_commands(sub, common)
    cli_staff.add_commands(sub, common)


def run(args: argparse.Namespace, keystore: KeyStoreFactory = SystemKeyStore, out=None) -> int:
    out = out or sys.stdout
    try:
        return args.command(args, keystore, out)
    except UserError as exc:
        # The log names the sentence by its template; the values in it may be personal.
        logging.getLogger("etsoft_desk.cli").info("told: %s", exc.template)
        print(str(exc), file=sys.stderr)
        return 1
    except Exception as exc:  # a damaged page met halfway through a command: one sentence, no traceback
        from .store.database import boundary_error  # also a folder that is a file, a read-only disk, ...

        error = boundary_error(exc, reg.register_path(reg.data_dir(getattr(args, "data_dir", None))))
        if error is None:
            raise
        logging.getLogger("etsoft_desk.cli").info("told: %s", error.template)
        print(str(error), file=sys.stderr)
        return 1
