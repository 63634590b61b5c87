"""The only place that imports keyring."""

from .keystore import KeyStore, KeyringUnavailable, MemoryKeyStore, SystemKeyStore

__all__ = ["KeyStore", "KeyringUnavailable", "MemoryKeyStore", "SystemKeyStore"]
