"""The program's own log: a rotating file in the platform's log folder, never with personal data in it.

What goes in: start and stop, which command ran, what the program did in counts and ids (erasure VV-…,
backup written, N customers imported), and which expected failure it told the person, by its template, never
with the values filled in. Faults are logged as the crash dialog shows them: redacted, without local
variables. A test runs a scripted session and searches the log for every value of its test customer.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_ENV = "ETSOFT_DESK_LOG_DIR"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    if os.environ.get(LOG_ENV):
        return Path(os.environ[LOG_ENV])
    import platformdirs

    return platformdirs.user_log_path("ETSoft Desk", "ETSoft")


class RotatingFile(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler`` in a few lines: that module (sockets, pickle, queues) would cost
    the window's start 15 ms for nothing it uses."""

    def __init__(self, path: Path, max_bytes: int, keep: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.keep = max_bytes, keep

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.close()
                base = Path(self.baseFilename)
                for n in range(self.keep - 1, 0, -1):
                    older = base.with_name(f"{base.name}.{n}")
                    if older.exists():
                        os.replace(older, base.with_name(f"{base.name}.{n + 1}"))
                os.replace(base, base.with_name(f"{base.name}.1"))
        except OSError:
            pass
        super().emit(record)


def configure() -> Path:
    """Send the ``etsoft_desk`` loggers to ``etsoft-desk.log`` (1 MiB, 5 old files kept); returns the folder."""
    folder = log_dir()
    logger = logging.getLogger("etsoft_desk")
    if any(isinstance(h, RotatingFile) for h in logger.handlers):
        return folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFile(folder / "etsoft-desk.log", max_bytes=2**20, keep=5)
    except OSError:
        return folder  # no log rather than no program
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return folder
