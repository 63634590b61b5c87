"""The recovery sheet and the one sentence at the program's edge, for the front ends: the window and the
command line reach reports and store only through services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import UserError


def write_sheet(fh: BinaryIO, *, recovery_key: str, register_id: str, shop_name: str, created: dt.date,
                in_keyring: bool) -> None:
    """The printed recovery sheet of a register's key (reportlab is loaded only now)."""
    from ..reports.recovery_sheet import write_recovery_sheet

    write_recovery_sheet(fh, recovery_key=recovery_key, register_id=register_id, shop_name=shop_name,
                         created=created, in_keyring=in_keyring)


def boundary_error(exc: BaseException, path: Path | str) -> UserError | None:
    """The sentence for a failure that reached the command line or the window; None for a bug."""
    from ..store.database import boundary_error as sentence

    return sentence(exc, path)
