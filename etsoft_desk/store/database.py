"""Opening the encrypted register file.

The key is 32 random bytes used as SQLCipher's raw key (``PRAGMA key = "x'…'"``), so no
passphrase derivation runs on every open and standard SQLCipher tools open the file with the
recovery sheet alone. Order matters: the key first, then ``cipher_*`` pragmas, then the rest.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase

from ..domain.errors import UserError
from ..domain.messages import Msg
from . import migrations
from .models import database_proxy

# peewee logs every query with its parameters at DEBUG: personal data must never reach a log.
logging.getLogger("peewee").setLevel(logging.INFO)

KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4 default
CACHE_KIB = 64 * 1024  # SQLCipher's default cache is smaller than a 100,000-customer register
SQLITE_HEADER = b"SQLite format 3\x00"

PRAGMAS = [
    ("cipher_log_level", "NONE"),  # a wrong key is told in our sentence, not SQLCipher's stderr lines
    ("journal_size_limit", 0),  # a checkpointed WAL is truncated, not left with stale frames
    ("synchronous", "full"),  # a saved card survives a power cut
    ("foreign_keys", 1),
    ("secure_delete", 1),  # SQLCipher forces it on; set it anyway and check it below
    ("temp_store", "memory"),  # SQLite's temp files are not encrypted: keep them off the disk
    ("cache_size", -CACHE_KIB),
    ("busy_timeout", 5000),
]
# Set only once the file is known to be ours (it persists in the file header): a foreign file stays unchanged.
JOURNAL_MODE = ("journal_mode", "wal")  # readers (a backup) never block the counter


def register_id(path: Path) -> str:
    """A stable, non-secret name for the register: the random salt in its first 16 bytes."""
    _check_file_shape(Path(path))
    with open(path, "rb") as fh:
        return fh.read(16).hex()


def _check_file_shape(path: Path) -> None:
    if not path.exists():
        raise UserError(Msg.REGISTER_MISSING, path=str(path))
    if path.is_dir():
        raise UserError(Msg.NOT_A_REGISTER, path=str(path))
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == SQLITE_HEADER:
        raise UserError(Msg.PLAIN_SQLITE, path=str(path))
    if size == 0 or size % 512:
        raise UserError(Msg.NOT_A_REGISTER, path=str(path))


def _connect(path: Path, key: bytes) -> SqlCipherDatabase:
    if len(key) != KEY_BYTES:
        raise ValueError("the register key must be 32 bytes")
    # IMMEDIATE: a transaction holds the write lock from its start. Begun DEFERRED, one that read first was
    # refused at its first write, without waiting, once another connection had written since (a report built in
    # the background while the counter saved a card: SQLITE_BUSY_SNAPSHOT); now the other one waits for it.
    db = SqlCipherDatabase(str(path), passphrase=f"x'{key.hex()}'", pragmas=PRAGMAS,
                           check_same_thread=False, timeout=5, lock_type="IMMEDIATE")
    return db


def open_register(path: Path, key: bytes, *, create: bool = False) -> SqlCipherDatabase:
    """Open (or create) the register at ``path``, migrate it, and bind the models to it."""
    path = Path(path)
    if create:
        if path.exists():
            raise UserError(Msg.REGISTER_EXISTS, path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        _check_file_shape(path)
    db = _connect(path, key)
    try:
        with user_errors(path):
            try:
                db.connect()
                db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            except peewee.DatabaseError as exc:
                if "not a database" in str(exc):
                    if pages_verify(path, key):  # the key is right: the first page is what is broken
                        raise UserError(Msg.REGISTER_DAMAGED, path=str(path)) from None
                    raise UserError(Msg.WRONG_KEY) from None
                raise
            if db.execute_sql("PRAGMA secure_delete").fetchone()[0] != 1:
                raise RuntimeError("secure_delete is off: erased data would stay in the file")
            app_id = db.execute_sql("PRAGMA application_id").fetchone()[0]
            if app_id != migrations.APPLICATION_ID:
                # 0 only while the file is being created (no tables yet): another program's database that
                # happens to open with the same key is refused, and left exactly as it was.
                tables = db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if app_id != 0 or tables:
                    raise UserError(Msg.NOT_A_REGISTER, path=str(path))
            db.execute_sql(f"PRAGMA {JOURNAL_MODE[0]} = {JOURNAL_MODE[1]}")
            db._pragmas = [*db._pragmas, JOURNAL_MODE]  # and on the connections opened later (worker threads)
            migrations.migrate(db)
    except BaseException:
        db.close()
        if create and path.exists():
            _remove_register_files(path)
        raise
    database_proxy.initialize(db)
    return db


def key_opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` still opens the register file (a fresh connection of its own, not bound to the models)."""
    db = _connect(Path(path), key)
    try:
        db.connect()
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except peewee.DatabaseError as exc:
        return "not a database" not in str(exc)
    finally:
        db.close()


def pages_verify(path: Path, key: bytes, pages: range = range(2, 6)) -> bool:
    """True when the key's HMAC checks out on some of the file's pages after the first (2 to 5): the key is
    right, so a file that does not open is damaged (its first page), not locked with another key. Plain
    hashlib/hmac on the bytes, as SQLCipher 4 lays them out (see shared/ERASURE.md)."""
    import hashlib
    import hmac
    import struct

    try:
        with open(path, "rb") as fh:
            salt = fh.read(16)
            hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
            good = 0
            for number in pages:
                fh.seek((number - 1) * PAGE_SIZE)
                page = fh.read(PAGE_SIZE)
                if len(page) < PAGE_SIZE:
                    break
                data, iv, mac = page[:-80], page[-80:-64], page[-64:]
                expected = hmac.new(hmac_key, data + iv + struct.pack("<I", number), hashlib.sha512).digest()
                good += hmac.compare_digest(mac, expected)
    except OSError:
        return False
    return good > 0


def damaged_pages(db) -> list[int]:
    """SQLCipher's check of every page's HMAC: the numbers of the pages that fail it."""
    import re

    rows = db.execute_sql("PRAGMA cipher_integrity_check").fetchall()
    numbers = [int(m.group(1)) for (text,) in rows for m in [re.search(r"page (\d+)", str(text))] if m]
    return numbers or ([0] if rows else [])


def structure_problems(db) -> list[str]:
    """SQLite's full integrity check: what it found, or [] when the register is sound."""
    import sqlcipher3

    try:
        rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    except (peewee.DatabaseError, sqlite3.Error, sqlcipher3.Error) as exc:
        return [f"“{exc}”"]
    if rows == ["ok"]:
        return []
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line and not line.startswith("***")] or ["an unknown problem"]


CLOSE_WAIT_MS = 200  # closing, while another program writes: the WAL is folded back, the head anchored, by it


def close_register(db: SqlCipherDatabase) -> None:
    """Fold the WAL back into the file and truncate it, so no stale page copies stay beside it. While another
    program writes, this waits only briefly (it waited the whole busy timeout after every command)."""
    if db.is_closed():
        return
    with contextlib.suppress(peewee.DatabaseError), busy_timeout(db, CLOSE_WAIT_MS):
        checkpoint(db)
    db.close()


def release_thread_connection(db: SqlCipherDatabase) -> None:
    """Close the calling (worker) thread's own connection; the main thread's stays open. The models' binding
    is released too: after a restore (or, in tests, the next register) it can be another database than the
    one the work was given, and a connection left in a pool thread aborts the process when the thread ends."""
    for each in {id(db): db, id(database_proxy.obj): database_proxy.obj}.values():
        if each is not None and not each.is_closed():
            each.close()


def versions(db: SqlCipherDatabase) -> dict[str, str]:
    return {"SQLCipher": db.execute_sql("PRAGMA cipher_version").fetchone()[0],
            "SQLite": db.execute_sql("SELECT sqlite_version()").fetchone()[0]}


def rekey(db: SqlCipherDatabase, key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError("the register key must be 32 bytes")
    # peewee's rekey also keeps the new key for the connections opened later (worker threads, reconnects).
    db.rekey(f"x'{key.hex()}'")
    checkpoint(db)


def checkpoint(db: SqlCipherDatabase) -> bool:
    """TRUNCATE checkpoint; True when every frame was written back (busy column 0)."""
    busy, _log, _done = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


@contextlib.contextmanager
def busy_timeout(db: SqlCipherDatabase, ms: int) -> Iterator[None]:
    """Wait at most ``ms`` for a lock held by another connection, for the statements inside."""
    previous = db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    db.execute_sql(f"PRAGMA busy_timeout = {int(ms)}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {int(previous)}")


@contextlib.contextmanager
def unless_busy(db: SqlCipherDatabase, ms: int = CLOSE_WAIT_MS) -> Iterator[None]:
    """Work that may be left to later (an anchor, a checkpoint's mark): it waits ``ms`` at most for another
    program's write and then gives up quietly; any other database failure is its one sentence."""
    try:
        with user_errors(db.database), busy_timeout(db, ms):
            yield
    except UserError as exc:
        if exc.template != Msg.REGISTER_LOCKED:
            raise


def _remove_register_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


@contextlib.contextmanager
def user_errors(path: Path | str) -> Iterator[None]:
    """Turn the database failures a person can act on into one plain sentence."""
    try:
        yield
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.Error) as exc:
        error = user_error_for(exc, path)
        if error is None:
            raise
        raise error from None


def told(exc: BaseException, path: Path | str) -> UserError | None:
    """The sentence for a database failure that escaped a command (e.g. a damaged page met halfway), if any."""
    import sqlcipher3

    if isinstance(exc, (peewee.DatabaseError, sqlite3.Error, sqlcipher3.Error)):
        return user_error_for(exc, path)
    return None


def boundary_error(exc: BaseException, path: Path | str) -> UserError | None:
    """The sentence for a failure that reached the program's edge (command line, window): every database error,
    and every OSError (a folder that is a file, a read-only disk); None for anything else (a bug)."""
    import errno

    error = told(exc, path)
    if error is None and isinstance(exc, OSError):
        where = str(exc.filename or path)
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return UserError(Msg.DISK_FULL_AT, path=where)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return UserError(Msg.FILE_NOT_ALLOWED, path=where)
        error = UserError(Msg.FILE_UNUSABLE, path=where,
                          detail=(exc.strerror or str(exc) or type(exc).__name__).lower())
    return error


def user_error_for(exc: BaseException, path: Path | str) -> UserError | None:
    """One sentence for every database failure: the ones a person can act on by name, any other with the
    database's own words (they name tables and columns, never the values)."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return UserError(Msg.REGISTER_LOCKED)
    if "disk is full" in text or "database or disk is full" in text:
        return UserError(Msg.DISK_FULL)
    if "disk i/o error" in text and disk_is_full(path):  # the WAL's side files could not be made: no damage
        return UserError(Msg.DISK_FULL_AT, path=str(Path(path).parent))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return UserError(Msg.REGISTER_DAMAGED, path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return UserError(Msg.REGISTER_UNWRITABLE, path=str(path))
    if text.startswith("no such table:"):
        table = str(exc).split(":", 1)[1].strip().removeprefix("main.")
        return UserError(Msg.REGISTER_TABLE_MISSING, path=str(path), value=table)
    return UserError(Msg.REGISTER_DATABASE_ERROR, path=str(path), detail=str(exc).strip() or type(exc).__name__)


def table_names(db) -> set[str]:
    """The tables the register file holds (its schema as stored, not as the program expects it)."""
    return {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}


def disk_is_full(path: Path | str) -> bool:
    """Whether the disk of ``path`` has (next to) no room left: less than a megabyte."""
    import shutil

    try:
        return shutil.disk_usage(Path(path).parent).free < 2**20
    except OSError:
        return False
