"""A keyring backend for tests only (never shipped): it keeps passwords in a JSON file, so that a subprocess
killed with -9 leaves what it had saved. Select it with
PYTHON_KEYRING_BACKEND=tests.helpers.json_keyring.JsonKeyring and ETSOFT_TEST_KEYRING=/path/keyring.json.
Each save replaces the file atomically (temp, fsync, rename), as a real keyring's store is transactional."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "ETSOFT_TEST_KEYRING"


def read(path: Path) -> dict[str, str]:
    """Every entry as "service/username" -> password."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


class JsonKeyring(KeyringBackend):
    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _write(self, data: dict[str, str]) -> None:
        temp = self._path.with_suffix(".tmp")
        with open(temp, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, self._path)

    def get_password(self, service: str, username: str) -> str | None:
        return read(self._path).get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = read(self._path)
        data[f"{service}/{username}"] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = read(self._path)
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._write(data)
