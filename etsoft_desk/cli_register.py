"""Commands on the register as a whole: backup, restore (and its confirmation), rekey. The same services as
the window; helpers shared with cli.py."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .cli import KeyStoreFactory, _open, _preflight
from .cli_staff import require_owner
from .domain.errors import UserError
from .domain.messages import Msg
from .domain.recovery_key import parse_key
from .services import register as reg
from .services import unlock as unlocking


def cmd_backup(args, keystore: KeyStoreFactory, out) -> int:
    with _open(args, keystore) as register:
        result = register.backups.backup(args.target)  # as typed: `FOLDER/` names a folder
    print(f"Backup written to {result.path} and verified: {result.counts['customer']} customers "
          f"({result.seconds:.1f} s). It opens with the register's recovery key.", file=out)
    if not result.recorded:
        print("The register was busy (a transaction left open elsewhere): the time of this backup is not noted.",
              file=sys.stderr)
    return 0


def cmd_restore(args, keystore: KeyStoreFactory, out) -> int:
    from .services.operations import restore_register

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
    restored = restore_register(path, Path(args.file), key, keystore, confirm=args.confirm)
    with restored.register:
        for told in restored.told:
            print(str(told), file=sys.stderr)
        for told in restored.removed:
            print(str(told), file=out)
    aside = f" The previous register is kept as {restored.set_aside.name}." if restored.set_aside else ""
    print(f"Restored {args.file}: {restored.customers} customer(s).{aside} Erased again from the erasure ledger: "
          f"{restored.replayed}.", file=out)
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
        print(str(UserError(Msg.KEY_KEPT_NOWHERE)), file=sys.stderr)
        print("The register is re-encrypted with a new key; the key is NOT kept on this computer.", file=out)
    if result.sheet:
        print(f"New recovery sheet written to {result.sheet}: print it and keep it somewhere safe.", file=out)
    print("Backups made before now still open only with the OLD recovery sheet: keep it with them.", file=out)
    print("New recovery key:", file=out)
    print(result.recovery_key, file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
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
