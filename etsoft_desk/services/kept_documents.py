"""The documents kept inside the register to print again (an erasure, a retention run, a destruction)."""

from __future__ import annotations

from ..store import documents as store


def listing() -> list[tuple[str, str, str]]:
    """(document id, kind, created at), oldest first."""
    return store.listing()


def pdf(document_id: str) -> bytes | None:
    return store.pdf(document_id)
