"""The import command: the shop's contact files (CSV, Excel .xlsx, vCard; Google, Outlook, ...) into the register,
naming every column it leaves out and every bad row (issue 13)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_import(args, keystore, out) -> int:
    from .services.import_layouts import read_mapping
    from .services.importer import ImportRejected

    mapping = read_mapping(args.mapping) if args.mapping else None
    from .cli import _open

    with _open(args, keystore) as register:
        try:
            result = register.import_csv(Path(args.file), skip_invalid=args.skip_invalid, mapping=mapping,
                                         ignore=args.ignore_columns or [], notes=args.notes_columns or [],
                                         duplicates=args.duplicates, overwrite=args.overwrite,
                                         delimiter=args.delimiter, country_unknown=args.country_unknown)
        except ImportRejected as exc:
            for problem in exc.problems:
                print(f"line {problem.line}: {' '.join(problem.reasons)}", file=sys.stderr)
            if len(exc.problems) < exc.params["count"]:
                print(f"... and {exc.params['count'] - len(exc.problems)} more bad rows.", file=sys.stderr)
            raise
    if result.left_out:
        print("Not imported (columns): " + ", ".join(f"“{c}”" for c in result.left_out), file=out)
    print(f"Imported {result.imported} customers.", file=out)
    if result.merged or result.skipped:
        print(f"{result.merged} duplicates merged, {result.skipped} duplicates skipped.", file=out)
    for line, same_line, customer in result.skipped_rows:
        same = f"line {same_line} of the file" if same_line else f"customer {customer}"
        print(f"line {line}: skipped, the same person as {same}.", file=out)
    if result.rejects_path:
        print(f"{result.problem_count} rows were not imported; they are in {result.rejects_path}.", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common],
                       help="import customers from a contact file (CSV, Excel .xlsx, vCard; Google, Outlook, ...)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--skip-invalid", action="store_true", help="import the good rows, write the bad ones beside FILE")
    p.add_argument("--overwrite", action="store_true", help="replace an existing rejects file")
    p.add_argument("--ignore-columns", metavar="COLUMN", action="append",
                   help="leave this column out (repeat for more)")
    p.add_argument("--notes-columns", metavar="COLUMN", action="append",
                   help="put this column in the notes, as 'column: value' (repeat for more)")
    p.add_argument("--mapping", metavar="FILE.json", help='a JSON object of column and field: {"Bedrijf": "notes"}')
    p.add_argument("--duplicates", choices=["skip", "add", "merge"],
                   help="a contact matching a customer (email, or name and postcode); without it: a bad row")
    p.add_argument("--country-unknown", metavar="NL|BE|DE|ask", default="NL",
                   help="the country of a contact whose postcode, place and phone tell none (a two-letter code; "
                        "ask: such rows are bad rows, for the rejects file); default NL")
    p.add_argument("--delimiter", metavar="CHAR", help="the CSV delimiter (default: told from the file)")
    p.set_defaults(command=cmd_import)
