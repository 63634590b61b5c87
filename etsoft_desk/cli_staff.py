"""The command line's staff list and the owner's PIN before the dangerous acts (issue 10, item 8).

The PIN comes from ETSOFT_DESK_PIN, or is asked on a terminal; without either a protected command refuses in
one sentence. After five wrong PINs only the recovery key allows (in the same variable, or on the terminal).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from .domain.errors import UserError
from .domain.messages import Msg

PIN_ENV = "ETSOFT_DESK_PIN"
NEW_PIN_ENV = "ETSOFT_DESK_NEW_PIN"


def _terminal() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def _ask(prompt: str) -> str | None:
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        return None


def require_owner(register) -> None:
    """Before an erasure, an export, a customer list, a restore, a rekey, a settings or staff change."""
    pin = register.pin
    if not pin.has_pin():
        return  # a fresh register: nobody set an owner's PIN yet
    typed = os.environ.get(PIN_ENV)
    if typed is None and _terminal():
        typed = _ask("Recovery key: " if pin.only_recovery_key else "Owner's PIN: ")
    pin.authorize(typed)


def require_owner_of(open_current) -> None:
    """The owner's PIN of the register a restore replaces; a damaged one has no PIN left to ask, and a backup
    is its way back (any other reason it does not open is told, as for every command)."""
    try:
        current = open_current()
    except UserError as exc:
        if exc.template in (Msg.REGISTER_DAMAGED, Msg.NOT_A_REGISTER):
            return
        raise
    with current:
        require_owner(current)


def _new_pin() -> str:
    if os.environ.get(NEW_PIN_ENV):
        return os.environ[NEW_PIN_ENV]
    if not _terminal():
        raise UserError(Msg.NEW_PIN_NEEDED)
    first, second = _ask("New PIN: "), _ask("The same PIN again: ")
    if not first:
        raise UserError(Msg.NEW_PIN_NEEDED)
    if first != second:
        raise UserError(Msg.NEW_PIN_MISMATCH)
    return first


def cmd_staff(args, keystore, out) -> int:
    from .cli import _open, _print_json

    with _open(args, keystore) as register:
        if args.action == "list":
            people = register.staff.list()
            if args.json:
                _print_json([{"initials": p.initials, "name": p.name, "owner": p.owner, "pin": p.has_pin}
                             for p in people], out)
            elif not people:
                print("The staff list is empty: anyone can record under any initials. "
                      "Add the owner first: staff add INITIALS --name NAME --owner --pin", file=out)
            for p in people if not args.json else ():
                role = "owner" if p.owner else "staff"
                print(f"{p.initials:<8} {p.name:<32.32} {role:<6} {'PIN' if p.has_pin else 'no PIN'}", file=out)
            return 0
        if not args.initials:
            print(f"staff {args.action} needs INITIALS", file=sys.stderr)
            return 2
        if args.action == "add" and not args.name:
            print("staff add needs --name NAME", file=sys.stderr)
            return 2
        require_owner(register)
        if args.action == "add":
            pin = _new_pin() if args.pin else None
            person = register.staff.add(args.initials, args.name, owner=args.owner, pin=pin)
            role = "the owner" if person.owner else "staff"
            print(f"Added {person.initials} ({person.name}), {role}"
                  + (", with a PIN." if person.has_pin else "."), file=out)
        else:
            register.staff.remove(args.initials)
            print(f"Removed {args.initials.strip().upper()} from the staff list; the records they made keep "
                  "their initials.", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("staff", parents=[common], help="the staff list: who records changes, and the owner")
    p.add_argument("action", choices=["list", "add", "remove"])
    p.add_argument("initials", nargs="?", metavar="INITIALS")
    p.add_argument("--name", metavar="NAME")
    p.add_argument("--owner", action="store_true", help="this person is the owner (the owner's PIN allows "
                                                        "erasure, export, restore, rekey and changes)")
    p.add_argument("--pin", action="store_true", help=f"give the person a PIN (asked twice, or {NEW_PIN_ENV})")
    p.add_argument("--json", action="store_true")
    p.set_defaults(command=cmd_staff)
