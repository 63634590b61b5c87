"""Every test runs with its user directories in tmp, offscreen Qt, and no real keyring unless it asks."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXED_NOW = dt.datetime(2026, 11, 25, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def fixed_clock() -> dt.datetime:
    return FIXED_NOW


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    for var in ("ETSOFT_DESK_KEY", "ETSOFT_DESK_DATA"):
        monkeypatch.delenv(var, raising=False)
    # A subprocess started by a test finds no keyring unless the test sets one up.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield home


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def logged_warnings_fail(request):
    """A WARNING or worse logged by the program's own loggers fails the test, unless the test says it expects
    one (``@pytest.mark.expect_log_warning``) or looks at the log itself (``caplog``)."""
    handler = _Warnings()
    logger = logging.getLogger("etsoft_desk")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
    expected = request.node.get_closest_marker("expect_log_warning") or "caplog" in request.fixturenames
    if handler.records and not expected:
        told = "; ".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in handler.records[:5])
        pytest.fail(f"logged {len(handler.records)} unexpected warning(s): {told}", pytrace=False)


@pytest.fixture
def register_path(tmp_path) -> Path:
    return tmp_path / "data" / "register.db"


@pytest.fixture
def new_register(register_path):
    """A fresh register with a known key and a fixed clock."""
    from etsoft_desk.services import register as reg

    new = reg.create(register_path, clock=fixed_clock)
    yield new
    new.register.close()


@pytest.fixture
def register(new_register):
    return new_register.register
