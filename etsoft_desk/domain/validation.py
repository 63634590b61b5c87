"""Validation and normalisation of what the owner types or imports.

Each check raises or collects :class:`FieldError` with a sentence from :class:`Msg`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal, InvalidOperation

from .customer import AgeCheck, CustomerCard, Invoice, ServiceJob, SourceKind, Visit
from .errors import FieldError, ValidationFailed
from .card_numbers import bsn_valid, luhn_valid  # noqa: F401 (their home was here)
from .card_numbers import _NINE_DIGITS, find_card_numbers_and_bsns
from .messages import Msg

NAME_LIMIT = 100
TEXT_LIMIT = 10_000
ADDRESS_LIMIT = 200  # a street or a place
ADDITION_LIMIT = 10  # a house-number addition ("A", "BIS", "3HOOG")

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$")
_NL_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s*([A-Za-z]{2})$")
_BE_POSTCODE = re.compile(r"^(?:B-?)?([1-9][0-9]{3})$", re.IGNORECASE)
_DE_POSTCODE = re.compile(r"^(?:D-?)?([0-9]{5})$", re.IGNORECASE)
_HOUSE_NUMBER = re.compile(r"^\s*([1-9][0-9]{0,5})\s*(?:[-/ ]?\s*([A-Za-z0-9]{1,6}))?\s*$")
_DUTCH_DATE = re.compile(r"^(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})$")
_ISO_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")

COUNTRY_ALIASES = {
    "nl": "NL", "nederland": "NL", "netherlands": "NL", "the netherlands": "NL", "holland": "NL",
    "be": "BE", "belgie": "BE", "belgië": "BE", "belgium": "BE", "belgique": "BE",
    "de": "DE", "duitsland": "DE", "germany": "DE", "deutschland": "DE",
    "fr": "FR", "frankrijk": "FR", "france": "FR",
    "lu": "LU", "luxemburg": "LU", "luxembourg": "LU",
}


def normalise_email(raw: str, field: str = "email") -> str:
    value = raw.strip()
    if len(value) > 254 or not _EMAIL.match(value):
        raise FieldError(field, Msg.EMAIL_INVALID, value=raw.strip())
    local, domain = value.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


# Fast path for the most common case, a Dutch mobile number, built from phonenumbers' own metadata so it
# accepts exactly what the library does (a test compares both); a full parse costs ~20 µs, this ~1 µs.
# phonenumbers itself (25 ms to import) is loaded on first use, not at start-up.
_SEPARATORS = re.compile(r"[\s\-.()/]")
_E164_NL_MOBILE = re.compile(r"^\+316(\d{8})$")


@functools.cache
def _nl_mobile() -> re.Pattern:
    import phonenumbers

    pattern = phonenumbers.PhoneMetadata.metadata_for_region("NL").mobile.national_number_pattern
    return re.compile(rf"^(?:\+31|0031|0)({pattern})$")


def normalise_phone(raw: str, country: str = "NL", field: str = "phone") -> str:
    """Any way people write a number (06-12345678, +31 6 1234 5678, 0031612345678) → E.164."""
    import phonenumbers

    compact = _SEPARATORS.sub("", raw)
    if country == "NL" or compact.startswith(("+31", "0031")):
        match = _nl_mobile().match(compact)
        if match:
            return "+31" + match.group(1)
    text = raw.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, country or "NL")
    except phonenumbers.NumberParseException:
        raise FieldError(field, Msg.PHONE_INVALID, value=raw.strip()) from None
    if not phonenumbers.is_valid_number(number):
        raise FieldError(field, Msg.PHONE_INVALID, value=raw.strip())
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """National format for Dutch numbers (06 12345678), international for the rest."""
    mobile = _E164_NL_MOBILE.match(e164)
    if mobile:  # what phonenumbers gives for every Dutch mobile number (a test compares both)
        return "06 " + mobile.group(1)
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 31 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, fmt)


def normalise_country(raw: str) -> str:
    value = raw.strip()
    if not value:
        return "NL"
    code = COUNTRY_ALIASES.get(value.lower())
    if code:
        return code
    if len(value) == 2 and value.isalpha():
        return value.upper()
    raise FieldError("country", Msg.COUNTRY_INVALID, value=value)


def normalise_postcode(raw: str, country: str = "NL") -> str:
    value = raw.strip()
    if not value:
        return ""
    patterns = {"NL": _NL_POSTCODE, "BE": _BE_POSTCODE, "DE": _DE_POSTCODE}
    pattern = patterns.get(country)
    if pattern is None:
        if len(value) > 12:
            raise FieldError("postcode", Msg.POSTCODE_INVALID, value=value)
        return value.upper()
    match = pattern.match(value)
    if not match:
        raise FieldError("postcode", Msg.POSTCODE_INVALID, value=value)
    if country == "NL":
        return f"{match.group(1)} {match.group(2).upper()}"
    return match.group(1)


def parse_house_number(raw: str) -> tuple[int | None, str]:
    """"12", "12a", "12-A", "12 bis" → (12, "A"/"BIS"); the addition may also come in its own field."""
    if not raw.strip():
        return None, ""
    match = _HOUSE_NUMBER.match(raw)
    if not match:
        raise FieldError("house_number", Msg.HOUSE_NUMBER_INVALID)
    return int(match.group(1)), (match.group(2) or "").upper()


def check_free_text(text: str, field: str) -> str:
    """Refuse payment card numbers (Luhn) and BSNs (11-check): the shop promises not to hold them."""
    if not text:
        return text
    if len(text) > TEXT_LIMIT:
        raise FieldError(field, Msg.NAME_TOO_LONG, limit=TEXT_LIMIT)
    if _NINE_DIGITS.search(text):  # inline: the usual text has nothing that could be a card number or a BSN
        _plain_text, found = find_card_numbers_and_bsns(text, field)
        if found:
            raise FieldError(field, found[0][0])
    return text.strip()


def required_text(text: str, field: str) -> str:
    """Free text that must not be empty (and, like all free text, holds no card number or BSN)."""
    value = check_free_text(text, field)
    if not value:
        raise FieldError(field, Msg.REQUIRED)
    return value


def check_history_row(row: Visit | ServiceJob | Invoice) -> Visit | ServiceJob | Invoice:
    """A visit, service job or invoice as it is added, and as it is corrected: the same rules (free text holds
    no card number or BSN; an invoice has a number). Normalises ``row`` in place and returns it, or raises
    :class:`ValidationFailed` with every bad field."""
    errors: list[FieldError] = []
    texts = {Visit: ("purpose",), ServiceJob: ("description", "device", "serial_number"), Invoice: ()}[type(row)]
    for name in texts:
        try:
            setattr(row, name, check_free_text(getattr(row, name), name))
        except FieldError as exc:
            errors.append(exc)
    if isinstance(row, Invoice):
        row.number = row.number.strip()
        if not row.number:
            errors.append(FieldError("number", Msg.REQUIRED))
    if errors:
        raise ValidationFailed(errors)
    return row


def parse_date(raw: str, field: str, template: str = Msg.DATE_INVALID) -> dt.date | None:
    """dd-mm-jjjj (also with / or .), d-m-jjjj, or ISO jjjj-mm-dd; empty → None."""
    value = raw.strip()
    if not value:
        return None
    match = _DUTCH_DATE.match(value) or _ISO_DATE.match(value)
    if match:
        day, month, year = match.group("d"), match.group("m"), match.group("y")
        try:
            return dt.date(int(year), int(month), int(day))
        except ValueError:
            pass
    raise FieldError(field, template, value=value)


def parse_amount(raw: str, field: str = "amount") -> Decimal:
    """"49,95", "1.234,50", "€ 12" or "49.95" → Decimal with two places."""
    value = raw.strip().replace("€", "").replace(" ", "")
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(value).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise FieldError(field, Msg.AMOUNT_INVALID, value=raw.strip()) from None
    if not amount.is_finite() or abs(amount) >= Decimal("100000000"):
        raise FieldError(field, Msg.AMOUNT_INVALID, value=raw.strip())
    return amount


def age_on(birth_date: dt.date, today: dt.date) -> int:
    return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))


def validate_card(card: CustomerCard, *, today: dt.date, birth_date: dt.date | None = None,
                  allow_unconfirmed_age: bool = False) -> CustomerCard:
    """Return a normalised copy of ``card`` or raise :class:`ValidationFailed` with every bad field.

    ``birth_date`` is used for the age guard only and is not kept. ``allow_unconfirmed_age`` is for
    imports of an existing customer file: such cards show "18+ not confirmed" until the owner checks.
    """
    errors: list[FieldError] = []

    def attempt(fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except FieldError as exc:
            errors.append(exc)
            return None

    out = CustomerCard()
    out.first_name = card.first_name.strip()
    out.infix = card.infix.strip().lower()
    out.last_name = card.last_name.strip()
    if not (out.first_name or out.last_name):
        errors.append(FieldError("first_name", Msg.FIRST_OR_LAST_NAME_REQUIRED))
    for name_field in ("first_name", "infix", "last_name"):
        if len(getattr(out, name_field)) > NAME_LIMIT:
            errors.append(FieldError(name_field, Msg.NAME_TOO_LONG, limit=NAME_LIMIT))
        else:
            attempt(check_free_text, getattr(out, name_field), name_field)

    out.emails = []
    for raw in card.emails:
        if raw.strip() and attempt(check_free_text, raw, "email") is not None:  # the local part is free text too
            email = attempt(normalise_email, raw)
            if email and email.lower() not in (e.lower() for e in out.emails):
                out.emails.append(email)

    country = attempt(normalise_country, card.address.country) or "NL"
    out.phones = []
    for raw in card.phones:
        if raw.strip():
            phone = attempt(normalise_phone, raw, country)
            if phone and phone not in out.phones:
                out.phones.append(phone)

    addr = card.address
    out.address.country = country
    for name in ("street", "city"):  # a card number in it is told first, then its length
        value = attempt(check_free_text, getattr(addr, name), name) if len(getattr(addr, name)) <= TEXT_LIMIT else None
        if len(getattr(addr, name).strip()) > ADDRESS_LIMIT and (value is not None or len(getattr(addr, name)) > TEXT_LIMIT):
            errors.append(FieldError(name, Msg.ADDRESS_TOO_LONG, limit=ADDRESS_LIMIT))
        else:
            setattr(out.address, name, value or "")
    out.address.postcode = attempt(normalise_postcode, addr.postcode, country) or ""
    out.address.house_number = addr.house_number
    # The addition has no field of its own on the card: its refusal is shown under the house number.
    addition = addr.house_number_addition
    checked = attempt(check_free_text, addition, "house_number") if len(addition) <= TEXT_LIMIT else None
    if len(addition.strip()) > ADDITION_LIMIT and (checked is not None or len(addition) > TEXT_LIMIT):
        errors.append(FieldError("house_number", Msg.ADDITION_TOO_LONG, limit=ADDITION_LIMIT))
    else:
        out.address.house_number_addition = (checked or "").upper()
    if addr.house_number is not None and not (0 < addr.house_number < 1_000_000):
        errors.append(FieldError("house_number", Msg.HOUSE_NUMBER_INVALID))

    if birth_date is not None:
        if birth_date > today or birth_date.year < 1900:
            errors.append(FieldError("age", Msg.BIRTH_DATE_INVALID, value=birth_date.strftime("%d-%m-%Y")))
        elif age_on(birth_date, today) < 18:
            errors.append(FieldError("age", Msg.UNDER_18))
        else:
            out.age_confirmed, out.age_check, out.age_checked_on = True, AgeCheck.BIRTH_DATE, today
    if not out.age_confirmed:
        if card.age_confirmed and card.age_check is not None:
            out.age_confirmed, out.age_check = True, card.age_check
            out.age_checked_on = card.age_checked_on or today
        elif not allow_unconfirmed_age and not any(e.field == "age" for e in errors):
            errors.append(FieldError("age", Msg.AGE_NOT_CONFIRMED))

    out.source_kind = card.source_kind
    source_name = attempt(check_free_text, card.source_name, "source_name")
    out.source_name = source_name or ""
    out.source_how = attempt(check_free_text, card.source_how, "source_how") or ""
    out.source_date = card.source_date
    if out.source_kind == SourceKind.THIRD_PARTY and source_name == "":
        errors.append(FieldError("source_name", Msg.SOURCE_NAME_REQUIRED))
    if out.source_kind == SourceKind.CUSTOMER:
        out.source_name = ""

    out.interests = set(card.interests)
    out.notes = attempt(check_free_text, card.notes, "notes") or ""

    if errors:
        raise ValidationFailed(errors)
    return out
