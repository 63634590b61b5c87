"""The documents kept inside the register to print again: confirmations (an erasure, a retention run, a destruction),
letters, consent receipts and Art. 19 notices (store/documents.py says which go with the customer at an erasure)."""

from __future__ import annotations

from ..store import documents as store


def listing(customer_id: int | None = None) -> list[tuple[str, str, str]]:
    """(document id, kind, created at), oldest first; only the customer's where one is given."""
    return store.listing(customer_id)


def pdf(document_id: str) -> bytes | None:
    return store.pdf(document_id)
