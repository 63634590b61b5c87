"""Is the register sound? SQLCipher's check of every page's HMAC, SQLite's full integrity check and the audit
chain (with its anchor in the erasure ledger): each result one sentence, for ``check`` and ``audit verify``."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import database


@dataclass(frozen=True)
class Finding:
    ok: bool
    sentence: str


def file_checks(register) -> list[Finding]:
    """The pages (HMAC with the key) and the database structure; a damaged file is told, never raised."""
    db, path = register.db, str(register.path)
    found = []
    pages = database.damaged_pages(db)
    if pages:
        found.append(Finding(False, str(UserError(Msg.DAMAGED_PAGES, path=path, count=len(pages), page=pages[0]))))
    else:
        found.append(Finding(True, "Every page of the register passes the encryption check (SQLCipher)."))
    problems = database.structure_problems(db)
    if problems:
        detail = problems[0] + (f" and {len(problems) - 1} more problem(s)" if len(problems) > 1 else "")
        found.append(Finding(False, str(UserError(Msg.DAMAGED_STRUCTURE, path=path, detail=detail))))
    else:
        found.append(Finding(True, "The database structure is sound (SQLite's integrity check)."))
    found += [Finding(False, str(UserError(Msg.REGISTER_TABLE_MISSING, path=path, value=table)))
              for table in missing_tables(db)  # told only when one is: a sound register's check reads as before
              if table != "audit_entry"]  # the audit check tells that one in its own words
    return found


def ledger_checks(register) -> list[Finding]:
    """The erasure ledger beside the register: a folder in its place is told (no erasure can be carried out, and
    the audit log's anchor is only in the register's own copy)."""
    path = _ledger_file(register)
    return [Finding(False, str(UserError(Msg.LEDGER_IS_FOLDER, path=str(path))))] if path.is_dir() else []


def _ledger_file(register):
    from .ledger import LEDGER_NAME

    return register.path.parent / LEDGER_NAME


def missing_tables(db) -> list[str]:
    """The tables a fresh register has (those a backup carries) that this file lacks."""
    from ..store.backup import TABLES

    present = database.table_names(db)
    return [table for table in TABLES if table not in present]


def audit_check(register) -> Finding:
    try:
        result = register.audit.verify()
    except UserError as exc:
        return Finding(False, str(exc))
    except Exception as exc:  # a damaged page met while reading the log
        error = database.told(exc, register.path)
        if error is None:
            raise
        return Finding(False, str(error))
    where = "the erasure ledger" if _ledger_file(register).is_file() else "the register's own copy of the erasure ledger"
    anchored = f"; it reaches entry {result.anchored}, anchored in {where}" if result.anchored else ""
    return Finding(True, f"The audit log is intact: {result.entries} entries{anchored}.")
