"""The letters Art. 19 requires: the recipients who received a person's data are told of an erasure
(services/erasure.py) or a correction (services/corrections.py).

One builder for both: one letter per recipient, on its own page, addressed to that recipient as the recipients
register knows it (name and contact), in one PDF with one document id. The letters name the person, so they
exist only in memory until the owner prints or saves them.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from ..store import sharing as sharing_store
from .settings import Settings


def the_person(name: str, email: str) -> str:
    """How a letter names the person, so the recipient finds them in its own records (and nothing more)."""
    return f"onze klant {name}" + (f" ({email})" if email else "")


@dataclass
class Letter:
    """The body of the letter to one recipient (paragraphs and tables, see reports/document.Block)."""

    recipient_id: int
    blocks: list = field(default_factory=list)


def address_of(recipient_id: int, fallback: str = "") -> list[str]:
    """The recipient's name and its contact lines (the register's free text, split at new lines, ; and ,)."""
    recipient = sharing_store.recipient(recipient_id)
    if recipient is None:
        return [fallback] if fallback else []
    contact = recipient.contact.replace(";", "\n").replace(",", "\n")
    return [recipient.name, *(part.strip() for part in contact.splitlines() if part.strip())]


def write_letters(settings: Settings, title: str, letters: list[Letter], *, at: dt.datetime, prepared_by: str,
                  names: dict[int, str] | None = None, reference: str = "") -> tuple[str, bytes]:
    """The letters as one PDF: returns (document id, PDF). ``reference`` is what the recipient quotes when it
    answers (the document id where none is given)."""
    from ..reports.common import document_id
    from ..reports.document import Block, Document, write_letters as lay_out

    shop = settings.shop()
    doc_id = document_id("KG")
    docs = [Document(title=title, document_id=doc_id, issued_at=at, prepared_by=prepared_by, shop=shop,
                     address=address_of(letter.recipient_id, (names or {}).get(letter.recipient_id, "")),
                     blocks=[Block("p", "Geachte heer, mevrouw,"), *letter.blocks,
                             Block("p", f"Onze referentie: {reference or doc_id}."),
                             Block("p", f"Met vriendelijke groet,\n{shop['shop_name']}\n{prepared_by}")])
            for letter in letters]
    buffer = io.BytesIO()
    lay_out(buffer, docs)
    return doc_id, buffer.getvalue()
