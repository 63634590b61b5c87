"""One row of a contact file to a customer card: the values of its mapped columns gathered per field, names
and addresses split by Dutch rules, the country told where the file has none (or asked for, where nothing
tells it).

What would be stored wrongly is a named problem of the row instead: a NUL character, a character that could
not be read, text decoded with the wrong character set ("RenÃ©"), two columns that give different values for
one field (duplicate header names).
"""

from __future__ import annotations

import datetime as dt
import re

from ..domain.customer import Address, CustomerCard, SourceKind
from ..domain.dutch_names import guess_country, is_infix, split_address, split_full_name, split_infix, split_street_line
from ..domain.errors import FieldError, ValidationFailed
from ..domain.messages import Msg
from ..domain.validation import normalise_country, normalise_email, normalise_postcode, parse_date, parse_house_number
from .import_layouts import EXTRA, JOINED, SKIP, is_placeholder, normal

_MULTI_EMAIL = re.compile(r"[;,|/]|\s{2,}")
_MULTI_PHONE = re.compile(r"[;,|]|\s/\s")
# What UTF-8 text looks like when it was read as Windows-1252: "Ã©", "Ã«", "â€™".
_MOJIBAKE = re.compile("[\u00c3\u00c2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|\u00e2\u20ac")
_NOTES_HEADERS = {"notities", "notes", "opmerkingen", "notitie", "opmerking", "note", "memo"}
_LOST_ZERO = re.compile(r"^6\d{8}$")  # a Dutch mobile number a spreadsheet took for a number
VALUE_LIMIT = 60


def short(value: object) -> object:
    """A value as it may be echoed in a reason: masked, on one line, cut to a readable length."""
    from ..domain.card_numbers import mask_card_numbers_and_bsns

    if not isinstance(value, str):
        return value
    value = " ".join(mask_card_numbers_and_bsns(value).split())
    return value if len(value) <= VALUE_LIMIT else value[:VALUE_LIMIT - 1] + "…"


class RowReader:
    """Turns the cells of a row into (card, date of birth), or raises ValidationFailed."""

    def __init__(self, header: list[str], fields: list[str | None]) -> None:
        self.header = header
        self.used = [(i, f, f.split(".")[0], int(f.partition(".")[2] or 1)) for i, f in enumerate(fields)
                     if f and f not in (SKIP, EXTRA)]
        self.has_infix_column = any(base == "infix" for _, _, base, _ in self.used)
        self.labelled_notes = {i for i, _, base, _ in self.used
                               if base == "notes" and normal(header[i]) not in _NOTES_HEADERS}

    def values(self, cells: list[str]) -> tuple[dict, list[FieldError]]:
        """{(field, group): value or [values]} of the row, and what is wrong with how it reads."""
        values: dict = {}
        errors: list[FieldError] = []
        width = len(cells)
        joined = "".join(cells)  # one look for the rare bad character, then per cell only where one is
        suspect = "\x00" in joined or "\ufffd" in joined or _MOJIBAKE.search(joined) is not None
        for i, _field, base, group in self.used:
            raw = cells[i] if i < width else ""
            value = raw.strip()
            if not value:
                continue
            if suspect:
                if "\x00" in value:
                    errors.append(FieldError("row", Msg.IMPORT_NUL_CHARACTER, column=self._name(i)))
                    continue
                if "\ufffd" in value or _MOJIBAKE.search(value):
                    errors.append(FieldError("row", Msg.IMPORT_UNREADABLE_TEXT, column=self._name(i),
                                             value=short(value)))
                    continue
            if base == "birth_date" and is_placeholder(value):
                continue
            if i in self.labelled_notes:
                value = f"{self._name(i)}: {value}"
            key = (base, group)
            if base in JOINED:
                values.setdefault(key, []).append(value)
            elif key in values and values[key][0] != value:
                errors.append(FieldError("row", Msg.IMPORT_COLUMNS_DISAGREE,
                                         columns=f"{self._name(values[key][1])}, {self._name(i)}"))
            else:
                values[key] = (value, i)
        return {k: (v if isinstance(v, list) else v[0]) for k, v in values.items()}, errors

    def _name(self, i: int) -> str:
        return " ".join(self.header[i].split())[:40] or f"#{i + 1}"

    def card(self, cells: list[str], country: str = "NL") -> tuple[CustomerCard, dt.date | None]:
        """``country``: for a row whose country nothing tells (no country column, a postcode, place and phone
        that fit more than one); "" makes such a row a bad one, to be asked about."""
        values, errors = self.values(cells)
        get = lambda base, group=1: values.get((base, group), "")  # noqa: E731
        phones = [p for v in values.get(("phone", 1), []) for p in _split(v, _MULTI_PHONE)]
        phones = ["0" + p if _LOST_ZERO.match(p) else p for p in phones]
        emails = [e for v in values.get(("email", 1), []) for e in _split(v, _MULTI_EMAIL)]
        notes = list(values.get(("notes", 1), []))

        groups = sorted({g for (base, g) in values if base in ("street", "house_number", "house_number_addition",
                                                                "postcode", "city", "country", "address")})
        address, number_text = Address(country=""), ""
        for n, group in enumerate(groups):
            parts = self._address(values, group)
            if n == 0:
                address, number_text = parts
            else:  # the card has one address: a further one is kept in the notes
                text = ", ".join(x for x in (f"{parts[0].street} {parts[1]}".strip(),
                                             f"{parts[0].postcode} {parts[0].city}".strip(), parts[0].country) if x)
                notes.append(f"Ander adres: {text}")
        if not address.country:
            address.country = guess_country(address.postcode, address.city, phones) or country
            if not address.country:
                errors.append(FieldError("country", Msg.IMPORT_COUNTRY_UNKNOWN))
                address.country = "NL"

        first, infix, last = get("first_name"), get("infix"), get("last_name")
        if not (first or last) and get("name"):
            first, infix_from_name, last = split_full_name(get("name"))
            infix = infix or infix_from_name
        middle = get("middle_name")
        if middle:
            if is_infix(middle) and not infix:
                infix = " ".join(middle.lower().split())
            else:
                first = f"{first} {middle}".strip()
        if not infix and not self.has_infix_column and _country(address.country) == "NL":
            infix, last = split_infix(last)  # Belgian and German prefixes are part of the surname

        number, addition = None, get("house_number_addition")
        try:
            number, parsed = parse_house_number(number_text)
            addition = addition or parsed
        except FieldError as exc:
            errors.append(exc)
        address.house_number, address.house_number_addition = number, addition
        birth = None
        try:
            birth = parse_date(get("birth_date"), "age", Msg.BIRTH_DATE_INVALID)
        except FieldError as exc:
            errors.append(exc)
        if errors:
            raise ValidationFailed(errors)
        card = CustomerCard(first_name=first, infix=infix, last_name=last, emails=emails, phones=phones,
                            address=address, source_kind=SourceKind.CUSTOMER, notes="\n".join(notes))
        return card, birth

    @staticmethod
    def _address(values: dict, group: int) -> tuple[Address, str]:
        get = lambda base: values.get((base, group), "")  # noqa: E731
        street = ", ".join(values.get(("street", group), []))
        number, postcode, city, country = get("house_number"), get("postcode"), get("city"), get("country")
        combined = get("address")
        if combined and not street:
            parts = split_address(combined)
            street, number = parts["street"], number or parts["house_number"]
            postcode, city, country = postcode or parts["postcode"], city or parts["city"], country or parts["country"]
        elif street and not number:
            street, number = split_street_line(street)
        return Address(street=street, postcode=postcode, city=city, country=country), number

    def identity(self, cells: list[str]) -> CustomerCard:
        """What the erasure ledger needs of a row that did not validate (emails, name and postcode), as far as
        it can be read: an erased person's row is refused as such whatever else is wrong with it."""
        values, _ = self.values(cells)
        emails = []
        for raw in (e for v in values.get(("email", 1), []) for e in _split(v, _MULTI_EMAIL)):
            try:
                emails.append(normalise_email(raw))
            except FieldError:
                pass
        first, infix, last = (values.get((k, 1), "") for k in ("first_name", "infix", "last_name"))
        if not (first or last) and values.get(("name", 1)):
            first, infix, last = split_full_name(values[("name", 1)])
        streets = values.get(("street", 1), [])
        raw_country = values.get(("country", 1), "") or guess_country(values.get(("postcode", 1), ""), "", [])
        country = _country(raw_country)
        if not infix and not self.has_infix_column and country == "NL":
            infix, last = split_infix(last)
        try:
            postcode = normalise_postcode(values.get(("postcode", 1), ""), country)
        except FieldError:
            postcode = ""
        number_text = values.get(("house_number", 1), "") or (split_street_line(streets[0])[1] if streets else "")
        try:  # with the house number, the ledger tells this person from a namesake in the same postcode
            number, addition = parse_house_number(number_text)
            addition = (values.get(("house_number_addition", 1), "").strip() or addition).upper()
        except FieldError:
            number, addition = None, ""
        return CustomerCard(first_name=first.strip(), infix=infix.strip().lower(), last_name=last.strip(),
                            emails=emails, address=Address(postcode=postcode, country=country, house_number=number,
                                                           house_number_addition=addition))


def _country(raw: str) -> str:
    try:
        return normalise_country(raw)
    except FieldError:
        return "NL"


def _split(value: str, pattern: re.Pattern) -> list[str]:
    """Several addresses or numbers in one cell, as people type them ("a@x.nl; b@y.nl")."""
    return [v for v in (p.strip() for p in pattern.split(value)) if v] if value else []
