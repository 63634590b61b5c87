"""Commands about the documents the register keeps as proof (shred, retention-run and destruction confirmations).

    etsoft-desk document list [--json]
    etsoft-desk document DOC-ID -o FILE.pdf [--overwrite]
"""

from __future__ import annotations

import argparse
import sys

from .domain.errors import UserError
from .domain.messages import Msg


def write_proof(path: str, pdf: bytes, doc_id: str | None, *, overwrite: bool) -> None:
    """Write the confirmation of an act that is already final; a failure says the proof is kept to reprint."""
    from .services import outputs

    try:
        outputs.write(path, pdf, overwrite=overwrite)
    except UserError as exc:
        if doc_id is None:
            raise
        print(str(exc), file=sys.stderr)
        raise UserError(Msg.PROOF_KEPT, path=path, doc=doc_id) from None


def cmd_document(args, keystore, out) -> int:
    from .cli import _open, _print_json, _preflight
    from .services import outputs
    from .services import kept_documents as store

    if args.id == "list":
        with _open(args, keystore):
            rows = store.listing()
        if args.json:
            _print_json([{"id": i, "kind": k, "created_at": at} for i, k, at in rows], out)
        else:
            for i, kind, at in rows:
                print(f"{i:<14} {kind:<20} {at}", file=out)
        return 0
    if not args.output:
        print("document needs -o FILE.pdf (or: document list)", file=sys.stderr)
        return 2
    _preflight(args, args.output)
    with _open(args, keystore):  # the register stays open (and bound) while its document is read
        pdf = store.pdf(args.id)
        if pdf is None:
            raise UserError(Msg.DOCUMENT_NOT_FOUND, value=args.id)
        outputs.write(args.output, pdf, overwrite=args.overwrite)
    print(f"Document {args.id} written to {args.output}.", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("document", parents=[common],
                       help="print again a kept confirmation (erasure, retention run, destruction), or list them")
    p.add_argument("id", metavar="DOC-ID|list")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="write the document here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--json", action="store_true", help="with list: as JSON")
    p.set_defaults(command=cmd_document)
