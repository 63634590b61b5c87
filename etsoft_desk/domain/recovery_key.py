"""The register key as a person can copy it from paper and type it back.

The key is 32 random bytes, the SQLCipher key itself. On the recovery sheet it is written in
Crockford base32 (no I, L, O or U, so 0/O and 1/I/L cannot be confused) as 52 characters,
followed by 4 check characters (20 bits of SHA-256 over the key), in 14 groups of 4.
A typo is caught by the check characters before the register is even tried.
The raw form (64 hex digits) is also accepted, for scripts and standard SQLCipher tools.
"""

from __future__ import annotations

import re

from .errors import UserError
from .messages import Msg

KEY_BYTES = 32
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_BODY_CHARS = 52  # ceil(256 / 5)
_CHECK_CHARS = 4
GROUPS = (_BODY_CHARS + _CHECK_CHARS) // 4
_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


def _encode_bits(value: int, chars: int) -> str:
    return "".join(_ALPHABET[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _check(key: bytes) -> str:
    import hashlib  # here, not at start-up: it loads OpenSSL (8 ms) before the window is painted

    digest = int.from_bytes(hashlib.sha256(b"etsoft-desk recovery key" + key).digest()[:3], "big")
    return _encode_bits(digest >> 4, _CHECK_CHARS)


def format_recovery_key(key: bytes) -> str:
    """"7K2M-9QXD-…": 14 groups of 4, the last one the check characters."""
    if len(key) != KEY_BYTES:
        raise ValueError("a register key has 32 bytes")
    body = _encode_bits(int.from_bytes(key, "big") << 4, _BODY_CHARS)  # 260 bits, 4 padding zeros
    text = body + _check(key)
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_key(text: str) -> bytes:
    """The recovery key as printed (spaces, dashes and case ignored) or 64 hex digits → the key."""
    compact = re.sub(r"[\s\-]", "", text)
    if _HEX64.match(compact):
        return bytes.fromhex(compact)
    compact = compact.upper()
    if len(compact) != _BODY_CHARS + _CHECK_CHARS or any(ch not in _DECODE for ch in compact):
        raise UserError(Msg.KEY_MALFORMED)
    value = 0
    for ch in compact[:_BODY_CHARS]:
        value = (value << 5) | _DECODE[ch]
    if value & 0xF:
        raise UserError(Msg.KEY_TYPO)
    key = (value >> 4).to_bytes(KEY_BYTES, "big")
    check = "".join(_ALPHABET[_DECODE[ch]] for ch in compact[_BODY_CHARS:])
    if check != _check(key):
        raise UserError(Msg.KEY_TYPO)
    return key
