"""Scrubbing text that leaves the program (crash details, logs) of anything that may be personal."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[^\s@'\"<>()]+@[^\s@'\"<>()]+")
_LONG_DIGITS = re.compile(r"\+?\d[\d\s\-]{4,}\d")
_QUOTED = re.compile(r"(['\"“])(.*?)(['\"”])")


def redact(text: str) -> str:
    """Emails, long numbers and quoted values become placeholders; code structure stays readable."""
    text = _EMAIL.sub("<email>", text)
    text = _LONG_DIGITS.sub("<number>", text)
    return _QUOTED.sub(lambda m: f"{m.group(1)}…{m.group(3)}" if m.group(2) else m.group(0), text)
