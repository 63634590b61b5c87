"""Where the register key is kept: the operating system's keyring, behind a small interface.

There is no fallback to a file: where no keyring exists the program says so and asks for the
recovery key (see services/unlock.py).
"""

from __future__ import annotations

import abc

SERVICE = "ETSoft Desk"


class KeyringUnavailable(Exception):
    """This machine has no usable keyring backend (or it refused us)."""


class KeyStore(abc.ABC):
    @abc.abstractmethod
    def load(self, register_id: str) -> bytes | None: ...

    @abc.abstractmethod
    def save(self, register_id: str, key: bytes) -> None: ...

    @abc.abstractmethod
    def delete(self, register_id: str) -> None: ...

    @property
    @abc.abstractmethod
    def name(self) -> str: ...


class MemoryKeyStore(KeyStore):
    """For tests and the throwaway demo register."""

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def load(self, register_id: str) -> bytes | None:
        return self._keys.get(register_id)

    def save(self, register_id: str, key: bytes) -> None:
        self._keys[register_id] = key

    def delete(self, register_id: str) -> None:
        self._keys.pop(register_id, None)

    @property
    def name(self) -> str:
        return "memory"


class SystemKeyStore(KeyStore):
    """The keyring of the operating system (Windows Credential Manager, macOS Keychain, Secret Service)."""

    def __init__(self) -> None:
        import keyring  # imported here: start-up of the command line does not pay for it
        import keyring.errors

        self._keyring = keyring
        self._errors = keyring.errors
        backend = keyring.get_keyring()
        # keyring's fail and null backends, and its chainer with nothing in it, hold nothing.
        if backend.priority <= 0 or type(backend).__module__.startswith(("keyring.backends.fail", "keyring.backends.null")):
            raise KeyringUnavailable(type(backend).__name__)
        self._backend = backend

    @property
    def name(self) -> str:
        return type(self._backend).__name__

    def load(self, register_id: str) -> bytes | None:
        try:
            value = self._backend.get_password(SERVICE, register_id)
        except self._errors.KeyringError as exc:
            raise KeyringUnavailable(str(exc)) from None
        return bytes.fromhex(value) if value else None

    def save(self, register_id: str, key: bytes) -> None:
        try:
            self._backend.set_password(SERVICE, register_id, key.hex())
        except self._errors.KeyringError as exc:
            raise KeyringUnavailable(str(exc)) from None

    def delete(self, register_id: str) -> None:
        try:
            self._backend.delete_password(SERVICE, register_id)
        except self._errors.PasswordDeleteError:
            pass
        except self._errors.KeyringError as exc:
            raise KeyringUnavailable(str(exc)) from None
