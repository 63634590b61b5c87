"""What the search index holds for a customer, and how typed text becomes an FTS5 query.

Phone numbers are indexed as digit strings in national (0612345678) and international
(31612345678) form, so every way of typing a number reaches them by prefix.
Postcodes are indexed both as "4561 ZH" and "4561zh".
"""

from __future__ import annotations

import re
import unicodedata

_PHONEISH = re.compile(r"^[+()\d][\d\s()./-]*$")
_WORD = re.compile(r"\w+", re.UNICODE)


def phone_tokens(e164: str) -> list[str]:
    digits = e164.lstrip("+")
    tokens = [digits]
    if digits.startswith("31"):
        tokens.append("0" + digits[2:])
    elif digits.startswith("32"):  # Belgian numbers are written with a 0 too
        tokens.append("0" + digits[2:])
    return tokens


def index_text(*, names: list[str], emails: list[str], phones: list[str], postcode: str,
               city: str, street: str = "") -> str:
    parts = [*names, *emails, postcode, postcode.replace(" ", ""), city, street]
    for phone in phones:
        parts.extend(phone_tokens(phone))
    return " ".join(p for p in parts if p)


def fold(text: str) -> str:
    """Case- and accent-free form for sorting and matching ("Müller" → "muller")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def match_expression(typed: str) -> str | None:
    """FTS5 MATCH text for what the owner typed: every word as a prefix, all required.

    Returns None where nothing searchable was typed (show the whole list then).
    """
    text = typed.strip()
    if not text:
        return None
    if _PHONEISH.match(text):
        digits = re.sub(r"\D", "", text)
        if len(digits) >= 3 and len(digits) > len(text) // 2:
            if digits.startswith("00"):
                digits = digits[2:]
            return f'"{digits}"*'
    words = _WORD.findall(fold(text))
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)
