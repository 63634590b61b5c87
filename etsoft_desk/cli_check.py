"""``check`` and ``audit verify``: is the register sound, and its audit log whole? One sentence per check;
exit 1 when any of them finds damage."""

from __future__ import annotations

import argparse
import sys


def _report(findings, out) -> int:
    for sentence, ok in dict.fromkeys((f.sentence, f.ok) for f in findings):  # each sentence once
        print(sentence, file=out if ok else sys.stderr)
    return 0 if all(f.ok for f in findings) else 1


def cmd_check(args, keystore, out) -> int:
    from .cli import open_for_check
    from .services.check import audit_check, file_checks, ledger_checks

    with open_for_check(args, keystore) as register:
        return _report([*file_checks(register), *ledger_checks(register), audit_check(register)], out)


def cmd_audit(args, keystore, out) -> int:
    from .cli import open_for_check
    from .services.check import audit_check, file_checks, ledger_checks

    with open_for_check(args, keystore) as register:
        damage = [f for f in file_checks(register) if not f.ok] + ledger_checks(register)
        audit = audit_check(register)
        return _report([*damage, *([] if damage and audit.ok else [audit])], out)  # "intact" only when all is


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="check the register for damage, and its audit log")
    p.set_defaults(command=cmd_check)
    p = sub.add_parser("audit", parents=[common], help="check the audit log (and the register's pages)")
    p.add_argument("action", choices=["verify"])
    p.set_defaults(command=cmd_audit)
