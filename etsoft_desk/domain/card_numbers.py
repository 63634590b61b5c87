"""Payment card numbers (Luhn) and citizen service numbers (BSN, 11-check) in free text, however written.

The shop promises not to keep either. A "number" is digit groups joined by separators as people (and
copy-paste) write them: spaces (one or several), NBSP and narrow NBSP (NFKC makes them spaces), tabs, dots,
dashes of every kind, slashes, underscores. Other Unicode digits (full-width, Arabic-Indic, ...) count as
digits; zero-width characters and soft hyphens are dropped.

What is not taken for one (false positives at the counter):
- a card number is 13-19 digits in a card issuer's range (first digit 2-6) passing Luhn, in groups of one
  kind of separator of 3 digits or more (the last may be shorter), so dates, times, amounts and phone numbers
  side by side never add up to one; 15 digits only as Amex (34, 37): an IMEI is 15 digits with Luhn too;
- a BSN is 9 digits written 123456789, 123 456 789 or 1234.56.789 (one kind of separator), standing alone:
  not glued to letters (a code), not after + or 00 (a phone number), not in a longer run of digit groups, not
  after a word that says what else it is (order, factuur, serienummer, IMEI, ...: one 9-digit number in 11
  passes the 11-check by chance), and not in a field that holds a code (a device's serial number).
"""

from __future__ import annotations

import re

from .messages import Msg


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def bsn_valid(digits: str) -> bool:
    """The Dutch "elfproef" for a citizen service number (9 digits, or 8 with a leading zero dropped)."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11 == 0


# Separators between digit groups: 1-4 spaces or tabs, one or two symbols, or both (" - ").
_SYMBOLS = ".,\\-/_\\\\\u2010-\u2015\u2212"
# Whitespace between groups includes line breaks: "4111\n1111\n1111\n1111" typed on four lines is one number.
_SEP = rf"(?:[ \t\r\n]{{1,4}}(?:[{_SYMBOLS}]{{1,2}}[ \t\r\n]{{0,4}})?|[{_SYMBOLS}]{{1,2}}[ \t\r\n]{{0,4}})"
_NUMBER = re.compile(rf"[0-9]+(?:{_SEP}[0-9]+)*")
_SPLIT = re.compile(rf"({_SEP})")
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_DASHES = re.compile("[\u2010-\u2015\u2212]")
# Words before a 9-digit number that say what it is when it is not a BSN (an order, invoice, serial number, …).
_CODE_LABEL = re.compile(r"(?:order|bestel|factuur|invoice|serie|serial|s/n|\bsn\b|imei|artikel|\bart\b|klantn|"
                         r"\bref|track|zending|pakket|ticket|dossier|\bcase\b|kenteken|iban|rekening)[^0-9]{0,12}$")
_BSN_LABEL = re.compile(r"(?:bsn|sofi|burgerservice)")
_BSN_GROUPS = {(9,), (3, 3, 3), (4, 2, 3)}
# Fields that hold a code by their nature (a device's serial number): a 9-digit number there is not taken for a BSN.
CODE_FIELDS = frozenset({"serial_number"})


def _plain(text: str) -> str:
    """NFKC (full-width digits and NBSPs become ASCII), invisible characters dropped, every digit 0-9."""
    if text.isascii():
        return text
    import unicodedata

    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


def _kind(separator: str) -> str:
    """Separators of one kind: every run of whitespace is one kind, otherwise the symbol (every dash is "-")."""
    symbols = _DASHES.sub("-", separator.strip(" \t\r\n"))
    return symbols or " "


def _card_like(digits: str) -> bool:
    """13-19 digits from a card issuer's range (2-6: Mastercard, Amex, Visa, Maestro, Discover, JCB, UnionPay)
    that pass Luhn. 15 digits only as Amex (34, 37): an IMEI (a phone's serial) is 15 digits with Luhn too."""
    if not (13 <= len(digits) <= 19) or digits[0] not in "23456":
        return False
    if len(digits) == 15 and digits[:2] not in ("34", "37"):
        return False
    return luhn_valid(digits)


# Nine digits (any Unicode digits) with at most a separator's length between each: the usual text has none.
_NINE_DIGITS = re.compile(r"\d(?:\D{0,10}\d){8}")


def may_hold_one(text: str) -> bool:
    """False for the usual text (fast): nothing in it could be a BSN or a card number."""
    return _NINE_DIGITS.search(text) is not None


def find_card_numbers_and_bsns(text: str, field: str = "") -> tuple[str, list[tuple[str, int, int]]]:
    """The text as checked (see :func:`_plain`) and the spans in it of what looks like a card number or a BSN,
    each as (message template, start, end)."""
    if not may_hold_one(text):
        return text, []
    plain = _plain(text)
    found: list[tuple[str, int, int]] = []
    for match in _NUMBER.finditer(plain):
        start, end = match.span()
        if end - start < 9 or plain[start - 1:start] == "+" or match.group().startswith("00"):
            continue  # too short, or an international phone number (+31 6 …, 0031 6 …)
        parts = _SPLIT.split(match.group())
        groups, kinds = parts[0::2], [_kind(s) for s in parts[1::2]]
        offsets, at = [], start
        for i, group in enumerate(groups):
            offsets.append(at)
            at += len(group) + (len(parts[2 * i + 1]) if i < len(kinds) else 0)
        if sum(map(len, groups)) >= 13:
            found += _cards(groups, kinds, offsets)
        found += _bsns(plain, start, end, groups, kinds, offsets, field)
    return plain, found


def mask_card_numbers_and_bsns(text: str) -> str:
    """The text with the digits of every card number and BSN in it replaced by X (for a rejects file)."""
    if not may_hold_one(text):
        return text
    plain, found = find_card_numbers_and_bsns(text)
    if not found:
        return text
    chars = list(plain)
    for _template, start, end in found:
        for i in range(start, end):
            if chars[i].isdigit():
                chars[i] = "X"
    return "".join(chars)


def _cards(groups: list[str], kinds: list[str], offsets: list[int]) -> list[tuple[str, int, int]]:
    """Consecutive groups with one kind of separator, each of 3 digits or more (the last may be shorter:
    4-4-4-4-3), so that dates, times, amounts and phone numbers side by side never add up to a card number."""
    found = []
    for i in range(len(groups)):
        total = 0
        for j in range(i, len(groups)):
            if j > i and (kinds[j - 1] != kinds[i] or len(groups[j - 1]) < 3):
                break
            total += len(groups[j])
            if total > 19:
                break
            if total >= 13 and _card_like("".join(groups[i:j + 1])):
                found.append((Msg.PAYMENT_CARD_IN_TEXT, offsets[i], offsets[j] + len(groups[j])))
    return found


def _bsns(plain: str, start: int, end: int, groups: list[str], kinds: list[str], offsets: list[int],
          field: str) -> list[tuple[str, int, int]]:
    """9 digits written as 123456789, 123 456 789 or 1234.56.789 (any one kind of separator), standing alone."""
    found, segment = [], 0
    for i in range(1, len(groups) + 1):
        if i == len(groups) or kinds[i - 1] != kinds[segment]:
            lengths = tuple(len(g) for g in groups[segment:i])
            if lengths in _BSN_GROUPS and (len(lengths) > 1 or len(groups) == 1) \
                    and bsn_valid("".join(groups[segment:i])):
                found.append((Msg.BSN_IN_TEXT, offsets[segment], offsets[i - 1] + len(groups[i - 1])))
            segment = i
    if not found or field in CODE_FIELDS or plain[start - 1:start].isalnum() or plain[end:end + 1].isalnum():
        return []
    before = plain[max(0, start - 30):start].lower()
    if _CODE_LABEL.search(before) and not _BSN_LABEL.search(before):
        return []
    return found
