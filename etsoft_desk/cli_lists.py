"""Lists of customers for a use (issue 11, item 4): ``shared-with RECIPIENT``, the customers a named recipient may
receive. The marketing list per channel is ``marketing CHANNEL`` (cli_rights.py)."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_shared_with(args, keystore, out) -> int:
    from .cli import _open, _print_json
    from .cli_staff import require_owner
    from .services import outputs

    if args.output:
        outputs.check(args.output, overwrite=args.overwrite)  # before the register is even opened
    with _open(args, keystore) as register:
        recipient = register.sharing_list.recipient(args.recipient)
        if args.output or args.json:  # a list of customers leaves the register
            require_owner(register)
        if args.output:
            count = register.sharing_list.save_csv(recipient.id, Path(args.output), by=args.by,
                                                   overwrite=args.overwrite)
            print(f"{count} customers who approved sharing with {recipient.name} written to {args.output}; "
                  f"each is recorded as a disclosure.", file=out)
            return 0
        listed = register.sharing_list.listed(recipient.id)
    if args.json:
        _print_json([{"id": p.customer_id, "name": p.name, "email": p.email, "phone": p.phone, "address": p.address,
                      "approval_id": p.approval_id, "given_on": p.given_on.isoformat(), "data": p.data,
                      "purpose": p.purpose} for p in listed], out)
    else:
        for p in listed:
            print(f"{p.customer_id:>6}  {p.name:<32.32} {p.given_on:%d-%m-%Y}  {p.data:<30.30} {p.purpose}", file=out)
        print(f"{len(listed)} customers may be shared with {recipient.name} today.", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("shared-with", parents=[common],
                       help="the customers who approved sharing with a recipient (an export logs a disclosure each)")
    p.add_argument("recipient", metavar="RECIPIENT", help="the recipient's number or name")
    p.add_argument("--json", action="store_true")
    p.add_argument("-o", "--output", metavar="FILE.csv", help="write the list for the recipient here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_shared_with)
