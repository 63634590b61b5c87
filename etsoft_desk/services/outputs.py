"""One writer for every file the program writes at the owner's request (reports, letters, exports, sheets).

``check`` is the preflight: it refuses, with one sentence each, a path that is (or resolves to) one of the
register's own files, an existing file the owner did not agree to replace, a folder, and a missing folder.
``write`` then writes atomically: a temp file in the same folder, flushed and fsynced, renamed over the name,
and the folder fsynced; on any failure the temp file is removed, so nothing half-written is ever left. An
OSError (permission, read-only file system, disk full, a name too long) becomes one sentence.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import UserError
from ..domain.messages import Msg

REGISTER_NAMES = ("register.db", "register.db-wal", "register.db-shm", "register.db-journal",
                  "register.db.lock", "erasure-ledger.jsonl")
TEMP_PREFIX = ".etsoft-output-"


def _register_file(name: str) -> bool:
    """Names of the register's own files (and of backups being written), wherever they are."""
    return (name in REGISTER_NAMES or name.endswith(".partial") or name.startswith("register.db.restoring")
            or name.startswith("register.db.set-aside-") or name.startswith(TEMP_PREFIX))


# What makes a spreadsheet read a cell as a formula (OWASP CSV injection), also in full-width form.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula: one starting with = + - @ (or a tab or CR, also after
    spaces, also in full-width form) gets an apostrophe before it. Every CSV the program writes uses it."""
    return "'" + value if value.lstrip(" ").startswith(FORMULA_START) else value


def check(path: Path | str, *, overwrite: bool = False) -> Path:
    """The path to write to (symlinks resolved), or a UserError that says why not. Writes nothing."""
    try:
        return _check(Path(path).expanduser(), path, overwrite)
    except OSError as exc:  # a name too long, a folder we may not look into
        raise as_user_error(exc, path) from None


def _check(given: Path, path, overwrite: bool) -> Path:
    if not str(path).strip():
        raise UserError(Msg.OUTPUT_FOLDER_MISSING, path=str(path))
    try:
        target = given.resolve()  # a symlink is followed: a link to the register is the register
    except (OSError, RuntimeError):  # a symlink loop
        raise UserError(Msg.OUTPUT_FAILED, path=str(given), detail=os.strerror(errno.ELOOP)) from None
    if _register_file(given.name) or _register_file(target.name):
        raise UserError(Msg.OUTPUT_IS_REGISTER_FILE, path=str(given))
    if target.is_dir():
        raise UserError(Msg.OUTPUT_IS_FOLDER, path=str(given))
    if not target.parent.is_dir():
        above = next((p for p in target.parents if p.exists()), None)
        if above is not None and not above.is_dir():  # a file where a folder of the path was meant
            raise UserError(Msg.OUTPUT_UNDER_A_FILE, path=str(above))
        raise UserError(Msg.OUTPUT_FOLDER_MISSING, path=str(given.parent))
    if (target.exists() or given.is_symlink()) and not overwrite:
        raise UserError(Msg.OUTPUT_EXISTS, path=str(given))
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise UserError(Msg.OUTPUT_NOT_ALLOWED, path=str(given))
    return target


def write(path: Path | str, data: bytes | Callable[[BinaryIO], None], *, overwrite: bool = False) -> Path:
    """Check ``path``, then write ``data`` (bytes, or a function that writes to a binary file) atomically."""
    target = check(path, overwrite=overwrite)
    temp = target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(4)}.tmp")
    try:
        try:
            with open(temp, "xb") as fh:
                if callable(data):
                    data(fh)
                else:
                    fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if target.exists() and not overwrite:  # appeared meanwhile: still never replaced unasked
                raise UserError(Msg.OUTPUT_EXISTS, path=str(path))
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        fsync_dir(target.parent)
    except OSError as exc:
        raise as_user_error(exc, path) from None
    return target


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder: its rename is durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def as_user_error(exc: OSError, path: Path | str) -> UserError:
    """One sentence for a failed write."""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(Msg.OUTPUT_NOT_ALLOWED, path=str(path))
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return UserError(Msg.OUTPUT_DISK_FULL, path=str(path))
    if code == errno.ENAMETOOLONG:
        return UserError(Msg.OUTPUT_NAME_TOO_LONG, path=str(path))
    if code == errno.ENOENT:
        return UserError(Msg.OUTPUT_FOLDER_MISSING, path=str(Path(path).parent))
    if code == errno.EISDIR:
        return UserError(Msg.OUTPUT_IS_FOLDER, path=str(path))
    return UserError(Msg.OUTPUT_FAILED, path=str(path), detail=exc.strerror or type(exc).__name__)
