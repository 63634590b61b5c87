"""Commands for sharing and referrals (issue 11 items 8-9): the recipients register, a customer's approvals to
share, disclosures, and referrals on the website. The same services (and so the same gates) as the window."""

from __future__ import annotations

import argparse
import sys

from .domain.consent import ConsentMethod
from .domain.referral import NameShown
from .domain.sharing import Ground, RecipientRole, TransferGround

# --kind: the shop's words; "provider" is a service provider.
KINDS = {"processor": RecipientRole.PROCESSOR, "partner": RecipientRole.PARTNER,
         "provider": RecipientRole.SERVICE_PROVIDER, "service_provider": RecipientRole.SERVICE_PROVIDER}
NO_GROUND = "none"


def _usage(text: str) -> int:
    print(text, file=sys.stderr)
    return 2


def _transfer_ground(value: str | None):
    return None if value in (None, NO_GROUND) else TransferGround(value)


def _recipient_line(r) -> str:
    agreement = "agreement" if r.processor_agreement else "no agreement" if r.role is RecipientRole.PROCESSOR else ""
    transfer = ""
    if r.outside_eea:
        transfer = (f"outside the EEA: {r.transfer_ground.value}" + (f" ({r.safeguards})" if r.safeguards else "")
                    if r.transfer_ground else "outside the EEA: NO TRANSFER GROUND")
    return (f"{r.id:>4}  {r.name:<32.32} {r.role.value:<16} {r.country:<3} {agreement:<12} "
            f"{'active' if r.active else 'INACTIVE':<8} {transfer}").rstrip()


def cmd_recipient(args, keystore, out) -> int:
    from .cli import _open, _print_json
    from .services.serialize import recipient_dict

    if args.action in ("add", "set") and not args.name:
        return _usage(f"recipient {args.action} needs NAME")
    if args.action == "add" and not args.kind:
        return _usage("recipient add needs --kind processor|partner|provider")
    with _open(args, keystore) as register:
        sharing = register.sharing
        if args.action == "add":
            rid = sharing.add_recipient(args.name, KINDS[args.kind], processor_agreement=bool(args.agreement),
                                        country=args.country or "NL", email=args.email or "",
                                        address=args.address or "",
                                        transfer_ground=_transfer_ground(args.transfer_ground),
                                        safeguards=args.safeguards or "")
            added = next(r for r in sharing.recipients() if r.id == rid)
            print(f"Recipient {rid} added: {added.name}.", file=out)
            if added.outside_eea and added.transfer_ground is None:
                print(f"{added.name} is outside the EEA: nothing can go to them until a transfer ground is "
                      f"recorded (recipient set {rid} --transfer-ground G --safeguards TEXT).", file=out)
            return 0
        if args.action == "set":
            recipient = sharing.find_recipient(args.name)
            changes = {k: v for k, v in (("processor_agreement", args.agreement), ("active", args.active),
                                         ("country", args.country), ("email", args.email),
                                         ("address", args.address), ("safeguards", args.safeguards))
                       if v is not None}
            if args.transfer_ground is not None:
                changes["transfer_ground"] = _transfer_ground(args.transfer_ground)
            if not changes:
                return _usage("recipient set needs something to change (see --help)")
            sharing.set_recipient(recipient.id, **changes)
            print(_recipient_line(next(r for r in sharing.recipients() if r.id == recipient.id)), file=out)
            return 0
        recipients = sharing.recipients(active_only=args.active_only)
    if args.json:
        _print_json([recipient_dict(r) for r in recipients], out)
    else:
        for r in recipients:
            print(_recipient_line(r), file=out)
    return 0


def cmd_share(args, keystore, out) -> int:
    from .cli import _open, _print_json
    from .services.serialize import approval_dict

    if args.change and not args.recipient:
        return _usage("share ID RECIPIENT approve|stop: name the recipient")
    if args.recipient and not args.change:
        return _usage("share ID RECIPIENT needs approve or stop")
    if (args.change or args.object or args.lift_objection) and not args.how:
        return _usage("a change to sharing needs --how (how the customer told us)")
    if args.change == "approve" and (not args.data or not args.purpose):
        return _usage("share ID RECIPIENT approve needs --data TEXT (which data) and --purpose TEXT (what for)")
    with _open(args, keystore) as register:
        sharing = register.sharing
        if args.change:
            recipient = sharing.find_recipient(args.recipient)
            if args.change == "approve":
                aid = sharing.approve(args.id, recipient.id, data=args.data, purpose=args.purpose, method=args.how,
                                      by=args.by)
                print(f"Approval {aid} recorded: customer {args.id} may share with {recipient.name}.", file=out)
            else:
                aid = sharing.stop_sharing_with(args.id, recipient.id, args.how, by=args.by)
                print(f"Approval {aid} withdrawn: nothing more goes to {recipient.name}.", file=out)
            return 0
        if args.object:
            sharing.object(args.id, args.how, by=args.by)
            print(f"Customer {args.id} asked us to stop sharing: partners and service providers get nothing.",
                  file=out)
            return 0
        if args.lift_objection:
            sharing.lift_objection(args.id, args.how, by=args.by)
            print(f"The objection to sharing of customer {args.id} is lifted.", file=out)
            return 0
        register.customers.open(args.id)  # a sentence for an unknown customer; showing approvals is a view
        since = sharing.objection_since(args.id)
        approvals = sharing.approvals(args.id)
        names = {r.id: r.name for r in sharing.recipients()}
    if args.json:
        _print_json({"stop_sharing_since": since.isoformat() if since else None,
                     "approvals": [approval_dict(a, names) for a in approvals]}, out)
        return 0
    print(f"The customer asked us to stop sharing on {since:%d-%m-%Y}." if since else
          "Shared only with the customer's approval.", file=out)
    for a in approvals:
        state = f"withdrawn {a.withdrawn_on:%d-%m-%Y} ({a.withdrawn_method})" if a.withdrawn_on else "ACTIVE"
        print(f"{a.id:>5}  {names.get(a.recipient_id, '?'):<28.28} {a.data} / {a.purpose}  "
              f"given {a.given_on:%d-%m-%Y} ({a.method}) by {a.recorded_by}  {state}", file=out)
    return 0


def cmd_disclose(args, keystore, out) -> int:
    from .cli import _open, _print_json
    from .services.serialize import disclosure_dict

    if args.recipient and (not args.what or not args.ground):
        return _usage("disclose ID RECIPIENT needs --what TEXT and --ground approval|processor")
    with _open(args, keystore) as register:
        sharing = register.sharing
        if args.recipient:
            recipient = sharing.find_recipient(args.recipient)
            done = sharing.disclose(args.id, recipient.id, args.what, by=args.by, legal_claim=args.legal_claim,
                                    ground=Ground(args.ground))
            print(f"Disclosure {done.id} recorded: {done.what} to {recipient.name} ({done.ground.value}"
                  + (", for a legal claim" if args.legal_claim else "") + ").", file=out)
            return 0
        register.customers.open(args.id)
        disclosures = sharing.disclosures(args.id)
        names = {r.id: r.name for r in sharing.recipients()}
    if args.json:
        _print_json([disclosure_dict(d, names) for d in disclosures], out)
        return 0
    for d in disclosures:
        print(f"{d.id:>5}  {d.disclosed_at:%d-%m-%Y %H:%M}  {names.get(d.recipient_id, '?'):<28.28} "
              f"{d.ground.value:<9} by {d.recorded_by:<5} {d.what}", file=out)
    if not disclosures:
        print("Nothing was disclosed about this customer.", file=out)
    return 0


def cmd_referral(args, keystore, out) -> int:
    from .cli import _open, _print_json
    from .cli_staff import require_owner
    from .services.serialize import referral_dict

    needs = {"add": "ID (the customer)", "approve": "N", "publish": "N", "withdraw": "N", "taken-down": "N"}
    if args.action in needs and args.number is None:
        return _usage(f"referral {args.action} needs {needs[args.action]}")
    if args.action == "add" and not args.text:
        return _usage("referral add ID needs --text TEXT (the exact text the customer approves)")
    if args.action == "approve" and not args.evidence:
        return _usage("referral approve N needs --evidence TEXT (how the customer approved it)")
    if args.action == "publish" and not args.url:
        return _usage("referral publish N needs --url URL (where it is on the website)")
    with _open(args, keystore) as register:
        referrals = register.referrals
        n = args.number
        if args.action == "add":
            rid = referrals.request(n, args.text, NameShown(args.shown_as), by=args.by)
            print(f"Referral {rid} recorded; it waits for the customer's approval (referral approve {rid}).",
                  file=out)
            return 0
        if args.action != "list":
            act = {"approve": lambda: referrals.approve(n, args.evidence, args.how, by=args.by),
                   "publish": lambda: referrals.publish(n, args.url, by=args.by),
                   "withdraw": lambda: referrals.withdraw(n, args.how, by=args.by),
                   "taken-down": lambda: referrals.taken_down(n, by=args.by)}[args.action]
            act()
            told = {"approve": "approved", "publish": f"published at {args.url}", "withdraw": "withdrawn",
                    "taken-down": "taken down from the website"}[args.action]
            waits = " It waits on the to-do list until it is taken down." if args.action == "withdraw" and any(
                r.id == n for _, r in referrals.needing_take_down()) else ""
            print(f"Referral {n} {told}.{waits}", file=out)
            return 0
        if n is not None:
            register.customers.open(n)
            rows = [(n, r) for r in referrals.for_customer(n)]
        else:
            if args.json:
                require_owner(register)  # every customer's referral texts leave the register
            rows = referrals.all()
        if args.waiting:
            rows = [(c, r) for c, r in rows if r.status.value == "requested" or r.needs_take_down]
    if args.json:
        _print_json([{"customer_id": c, **referral_dict(r), "needs_take_down": r.needs_take_down} for c, r in rows],
                    out)
        return 0
    for c, r in rows:
        mark = "  TAKE OFF THE WEBSITE" if r.needs_take_down else ""
        where = f" {r.published_url}" if r.published_url else ""
        print(f"{r.id:>5}  customer {c:>6}  {r.status.value:<10} {r.shown_as.value:<15}{where}{mark}  “{r.text}”",
              file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    methods = [m.value for m in ConsentMethod]
    grounds = [g.value for g in TransferGround]
    p = sub.add_parser("recipient", parents=[common], help="the recipients register: processors, partners, providers")
    p.add_argument("action", choices=["add", "list", "set"])
    p.add_argument("name", nargs="?", metavar="NAME|ID")
    p.add_argument("--kind", choices=list(KINDS), help="add: processor (works for us), partner, provider")
    p.add_argument("--processor-agreement", dest="agreement", action="store_const", const=True,
                   help="a processor agreement is signed (Art. 28); a processor without one receives nothing")
    p.add_argument("--no-processor-agreement", dest="agreement", action="store_const", const=False)
    p.add_argument("--active", dest="active", action="store_const", const=True, help="set: may receive again")
    p.add_argument("--inactive", dest="active", action="store_const", const=False, help="set: receives nothing more")
    p.add_argument("--country", metavar="CC", help="two-letter code (default NL)")
    p.add_argument("--email", metavar="E", help="where the recipient is reached (e.g. for the Art. 19 notices)")
    p.add_argument("--address", metavar="A", help="the recipient's postal address")
    p.add_argument("--transfer-ground", choices=[*grounds, NO_GROUND],
                   help="outside the EEA: what the transfer rests on (Art. 45-49); none clears it")
    p.add_argument("--safeguards", metavar="TEXT", help="where the safeguards can be read (a web address, or "
                                                        "where the signed copy is kept)")
    p.add_argument("--active-only", action="store_true", help="list: only the active recipients")
    p.add_argument("--json", action="store_true")
    p.set_defaults(command=cmd_recipient)
    p = sub.add_parser("share", parents=[common], help="a customer's approvals to share with a named recipient")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("recipient", nargs="?", metavar="RECIPIENT", help="by name or number")
    p.add_argument("change", nargs="?", choices=["approve", "stop"],
                   help="approve: record the customer's approval; stop: withdraw their active approval")
    p.add_argument("--how", choices=methods, help="how the customer told us")
    p.add_argument("--data", metavar="TEXT", help="approve: which data, e.g. 'naam, adres en telefoon'")
    p.add_argument("--purpose", metavar="TEXT", help="approve: what for, e.g. 'offerte glasvezel'")
    p.add_argument("--object", action="store_true", help="the customer asks us to stop sharing with everyone")
    p.add_argument("--lift-objection", action="store_true", help="the customer lifts that objection")
    p.add_argument("--list", action="store_true", help="list the approvals (also without any argument)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_share)
    p = sub.add_parser("disclose", parents=[common], help="record what went to a recipient, or list it")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("recipient", nargs="?", metavar="RECIPIENT", help="by name or number")
    p.add_argument("--what", metavar="TEXT", help="what was shared, e.g. 'factuur 2026-017'")
    p.add_argument("--ground", choices=[g.value for g in Ground],
                   help="approval (the customer's) or processor (under the agreement); checked against the rules")
    p.add_argument("--legal-claim", action="store_true",
                   help="needed for a legal claim, which a restriction (Art. 18(2)) allows")
    p.add_argument("--list", action="store_true", help="list the disclosures (also without RECIPIENT)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_disclose)
    p = sub.add_parser("referral", parents=[common], help="referrals on the website: ask, approve, publish, withdraw")
    p.add_argument("action", choices=["add", "approve", "publish", "withdraw", "taken-down", "list"])
    p.add_argument("number", nargs="?", type=int, metavar="ID|N",
                   help="the customer (add, list) or the referral (the others)")
    p.add_argument("--text", metavar="TEXT", help="add: the exact text the customer approves")
    p.add_argument("--shown-as", choices=[s.value for s in NameShown], default=NameShown.INITIALS.value,
                   help="add: how the name is shown (default initials)")
    p.add_argument("--evidence", metavar="TEXT", help="approve: how the customer approved this exact text")
    p.add_argument("--how", choices=methods, default=ConsentMethod.COUNTER.value,
                   help="approve, withdraw: how the customer told us (default counter)")
    p.add_argument("--url", metavar="URL", help="publish: where it is on the website")
    p.add_argument("--waiting", action="store_true", help="list: only those waiting for approval or take-down")
    p.add_argument("--json", action="store_true")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_referral)
