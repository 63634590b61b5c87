"""Encrypted copies of the register: SQLite's online backup into a file keyed with the same key, and checking a
copy without binding the models to it (the open register stays where it is)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import sqlcipher3

from ..domain.errors import UserError
from ..domain.messages import Msg
from . import migrations
from .database import _check_file_shape, pages_verify, user_error_for
from .models import ALL_MODELS

TABLES = [m._meta.table_name for m in ALL_MODELS] + ["customer_search"]


def _keyed(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # first, then the cipher settings, then the rest
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def counts(conn) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def copy_to(db, target: Path, key: bytes) -> dict[str, int]:
    """Copy the open register (its committed state) into ``target``, encrypted with ``key``; returns the row
    counts of exactly that state. Writes in progress on other connections are not in the copy."""
    source = db.connection()
    source.execute("BEGIN")  # one read snapshot for the check, the counts and the copy
    try:
        # SQLCipher hands a page whose HMAC fails to the backup as zeros, and the copy encrypts those zeros
        # afresh: the copy's own HMAC check would pass. So the register's pages are checked first.
        bad = source.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            raise UserError(Msg.BACKUP_SOURCE_DAMAGED, count=len(bad))
        dest = _keyed(target, key)
        try:
            seen = counts(source)
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a single file on the stick, no WAL beside it
        finally:
            dest.close()
    finally:
        source.execute("COMMIT")
    return seen


def inspect(path: Path, key: bytes, *, thorough: bool = True) -> tuple[int, dict[str, int]]:
    """Schema version and row counts of a register file, after checking key, shape and integrity.
    A wrong key, a damaged file or a file that is not a register is one plain sentence.

    ``thorough``: SQLite's full integrity check (a file of unknown history, before a restore). Otherwise
    SQLCipher's check of every page's HMAC, which proves each page of a copy we just wrote is intact and
    decrypts with the key (a quarter of the time on 100,000 customers); the row counts, compared by the
    caller, prove it is complete."""
    path = Path(path)
    _check_file_shape(path)
    conn = None
    try:
        conn = _keyed(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as exc:
            if "not a database" in str(exc):
                if pages_verify(path, key):  # the key is right: the first page is what is broken
                    raise UserError(Msg.BACKUP_DAMAGED, path=str(path)) from None
                raise UserError(Msg.WRONG_KEY) from None
            raise
        if conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID:
            raise UserError(Msg.NOT_A_REGISTER, path=str(path))
        if thorough:
            sound = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        else:
            sound = not conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if not sound:
            raise UserError(Msg.BACKUP_DAMAGED, path=str(path))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.LATEST_VERSION:
            raise UserError(Msg.REGISTER_TOO_NEW, found=version, known=migrations.LATEST_VERSION)
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return version, {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES
                         if t in present}
    except (sqlcipher3.Error, sqlite3.Error) as exc:
        error = user_error_for(exc, path)
        if error is None:
            raise
        if error.template == Msg.REGISTER_DAMAGED:
            raise UserError(Msg.BACKUP_DAMAGED, path=str(path)) from None
        raise error from None
    finally:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()


def _read_only(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A keyed connection that never writes to the file (a set-aside register, a backup on a stick)."""
    conn = sqlcipher3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _query(path: Path, key: bytes, sql: str) -> list[tuple] | None:
    """Rows of one query on another register file; None when the key does not open it (or it has no such
    table, or it cannot be read)."""
    path = Path(path)
    if not path.is_file():
        return None
    conn = None
    try:
        conn = _read_only(path, key)
        return conn.execute(sql).fetchall()
    except (sqlcipher3.Error, sqlite3.Error):
        return None
    finally:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()


def applied_in(path: Path, key: bytes) -> set[str] | None:
    """The erasure ids carried out in another register file; None when ``key`` does not open it."""
    rows = _query(path, key, "SELECT erasure_id FROM erasure_applied")
    return None if rows is None else {r[0] for r in rows}


def ledger_lines_in(path: Path, key: bytes) -> list[str]:
    """The ledger lines another register file keeps (its ``ledger_line`` table); none if it cannot be read."""
    return [r[0] for r in _query(path, key, "SELECT line FROM ledger_line ORDER BY seq") or []]


def setting_in(path: Path, key: bytes, name: str) -> str | None:
    """One value of another register file's settings, if the key opens it and it is there."""
    rows = _query(path, key, f"SELECT value FROM register_setting WHERE key = '{name}'")
    return rows[0][0] if rows else None


def put_setting_in(path: Path, key: bytes, name: str, value: str) -> None:
    """One value written into another register file's settings (the copy a restore is about to put in place),
    synced and folded back into the file (no WAL left beside it)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA secure_delete = 1")
        conn.execute("PRAGMA synchronous = full")
        conn.execute("INSERT OR REPLACE INTO register_setting (key, value) VALUES (?, ?)", (name, value))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (sqlcipher3.Error, sqlite3.Error) as exc:
        error = user_error_for(exc, path)
        if error is None:
            raise
        raise error from None
    finally:
        conn.close()
