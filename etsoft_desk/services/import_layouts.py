"""Which column of a contact file goes to which field of the card.

Known layouts are recognised by their headers without asking: the Dutch and English headers the shop's own
files use, Google Contacts (the current export and the older one), Outlook (English and Dutch headers, home,
business and other address; "Middle Name" as the tussenvoegsel where it is one), vCard, a single name column
and a combined address column. A column is mapped to a field, left out by the owner ("skip"), or known to
hold nothing of its own ("extra": a label or type of another column, a formatted copy of the address columns,
initials); every other column that holds data must be told about before anything is imported.

A field may carry an address group: "street.2" is the street of the second address (Outlook's business
address, Google's "Address 2"). The card has one address: the first group with data; a further one goes into
the notes, so that nothing is lost.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from ..domain.errors import UserError
from ..domain.messages import Msg

# The fields a column can be mapped to, in the order the window offers them.
FIELDS = ("first_name", "middle_name", "infix", "last_name", "name", "email", "phone", "street", "house_number",
          "house_number_addition", "postcode", "city", "country", "address", "birth_date", "notes")
SKIP = "skip"  # the owner's "niet importeren"
EXTRA = "extra"  # a column that holds nothing of its own (a label, a formatted copy), left out by the layout
ADDRESS_FIELDS = ("street", "house_number", "house_number_addition", "postcode", "city", "country", "address")
JOINED = ("email", "phone", "notes", "street")  # several columns add up; the others must agree

_ALIASES = {
    "first_name": "voornaam firstname roepnaam givenname voornamen ngiven",
    "middle_name": "middlename middelstenaam additionalname nadditional",
    "infix": "tussenvoegsel tussenvoegsels infix prefix",
    "last_name": "achternaam lastname surname familienaam familyname nfamily",
    "name": "naam name fullname volledigenaam displayname weergavenaam fn klantnaam",
    "email": "email e-mail emailadres mail emailaddress",
    "phone": "telefoon telefoonnummer phone tel mobiel gsm phonenumber mobilephone homephone homephone2 "
             "businessphone businessphone2 otherphone primaryphone carphone companymainphone mobieletelefoon "
             "telefoonthuis telefoonthuis2 telefoonopwerk telefoonopwerk2 anderetelefoon hoofdtelefoon autotelefoon "
             "hoofdtelefoonbedrijf mobile telefoonmobiel",
    "street": "straat street straatnaam homestreet homestreet2 homestreet3 huisadresstraat huisadresstraat2 "
              "huisadresstraat3 adrstreet adrextended",
    "house_number": "huisnummer housenumber nr nummer",
    "house_number_addition": "toevoeging huisnummertoevoeging addition housenumberaddition",
    "postcode": "postcode postalcode zip zipcode homepostalcode huisadrespostcode adrpostalcode",
    "city": "plaats woonplaats city town gemeente homecity huisadresplaats adrlocality",
    "country": "land country homecountryregion homecountry landregiothuis huisadresland huisadreslandregio "
               "adrcountry",
    "address": "adres address homeaddress huisadres",
    "address.2": "adr2 businessaddress werkadres",
    "birth_date": "geboortedatum birthdate dateofbirth dob birthday verjaardag bday",
    "notes": "notities notes opmerkingen notitie opmerking note memo",
    "street.2": "businessstreet businessstreet2 businessstreet3 werkadresstraat werkadres2straat werkadres3straat "
                "werkadresstraat2 werkadresstraat3",
    "city.2": "businesscity werkadresplaats",
    "postcode.2": "businesspostalcode werkadrespostcode",
    "country.2": "businesscountryregion businesscountry landregiowerk werkadresland werkadreslandregio",
    "street.3": "otherstreet otherstreet2 otherstreet3 anderadresstraat anderadresstraat2 anderadresstraat3",
    "city.3": "othercity anderadresplaats",
    "postcode.3": "otherpostalcode anderadrespostcode",
    "country.3": "othercountryregion othercountry landregioanders",
    EXTRA: "emailtype emaildisplayname email2type email2displayname email3type email3displayname "
           "weergavenaamvooremail emailweergegevennaam2 emailweergegevennaam3 emailtype2 emailtype3 initials "
           "initialen fileas regel reden",  # the last two: the columns of our own rejects file
}
_LOOKUP = {re.sub(r"[\s_\-.,/()'’*:]", "", alias): target for target, aliases in _ALIASES.items() for alias in aliases.split()}
_NUMBERED = (  # Google's numbered groups: "E-mail 1 - Value", "Phone 2 - Label", "Address 1 - Postal Code"
    (re.compile(r"^e?mail\d+(?:value|address)$|^emailadres\d+$|^email\d+$"), "email"),
    (re.compile(r"^(?:phone|telefoon)\d+value$"), "phone"),
    (re.compile(r"^(?:e?mail|phone|address|website|relation|event|im|organization)\d+(?:label|type)$"), EXTRA),
)
_GOOGLE_ADDRESS = re.compile(r"^address(\d+)(street|city|postalcode|country|formatted|extendedaddress)$")
_GOOGLE_ADDRESS_FIELD = {"street": "street", "city": "city", "postalcode": "postcode", "country": "country",
                         "formatted": "address", "extendedaddress": "street"}
# Values some programs put in every row that say nothing about the person ("Normal", "* myContacts").
_PLACEHOLDERS = {"unspecified", "nietgespecificeerd", "onbekend", "normal", "normaal", "false", "onwaar", "000",
                 "0000", "00000000", "mycontacts", "starred"}


_PLACEHOLDER_STARTS = set("0*uUnNfFoOsS ")


def normal(header: str) -> str:
    return re.sub(r"[\s_\-.,/()'’*:]", "", header.strip().lower())


def field_of(header: str) -> str | None:
    """The field a header names, "extra", or None where it is not known."""
    key = normal(header)
    if key in _LOOKUP:
        return _LOOKUP[key]
    for pattern, target in _NUMBERED:
        if pattern.match(key):
            return target
    match = _GOOGLE_ADDRESS.match(key)
    if match:
        group, part = int(match.group(1)), _GOOGLE_ADDRESS_FIELD[match.group(2)]
        return part if group == 1 else f"{part}.{group}"
    return None


def is_placeholder(value: str) -> bool:
    """A cell that holds only what a program writes in every row (Outlook's "Normal", "Unspecified", "False",
    the birthday "0-0-00"; Google's system labels "* myContacts ::: * starred")."""
    if value[:1] not in _PLACEHOLDER_STARTS:  # the usual value, told at once
        return False
    parts = [normal(p) for p in value.split(":::")]
    return all(p in _PLACEHOLDERS or not p.strip("0") for p in parts)


def layout_of(header: list[str], kind: str = "csv") -> str:
    """Which program's layout the header is (for the window and the command line to name)."""
    keys = {normal(h) for h in header}
    if kind == "vcard":
        return "vcard"
    if "givenname" in keys and "familyname" in keys:
        return "google_old"
    if "email1value" in keys or "phone1value" in keys or "address1street" in keys:
        return "google"
    if "emailadres" in keys or "huisadresstraat" in keys or "mobieletelefoon" in keys:
        return "outlook_nl"
    if "emailaddress" in keys or "homestreet" in keys or "mobilephone" in keys:
        return "outlook_en"
    return "plain"


def propose(header: list[str]) -> list[str | None]:
    """A field (or "extra") per column, None where the header is not known. A whole-name column next to name
    columns, and a formatted address next to its address columns, hold nothing of their own."""
    fields = [field_of(h) for h in header]
    if {"first_name", "last_name"} & set(fields):
        fields = [EXTRA if f == "name" else f for f in fields]
    for i, f in enumerate(fields):
        if f and f.split(".")[0] == "address":
            group = f.partition(".")[2]
            if f"street.{group}".rstrip(".") in fields:
                fields[i] = EXTRA
    return fields


def header_digest(header: list[str]) -> str:
    """The key under which the owner's choice for this set of headers is remembered (no values in it)."""
    return hashlib.sha256("\x1f".join(normal(h) for h in header).encode()).hexdigest()[:32]


def check_field(value: str) -> str:
    field = value.strip()
    base, _, group = field.partition(".")
    if field in (SKIP, EXTRA) or (base in FIELDS and (not group or (base in ADDRESS_FIELDS and group.isdigit()))):
        return field
    raise UserError(Msg.IMPORT_FIELD_UNKNOWN, value=value, fields=", ".join((*FIELDS, SKIP)))


def apply_choices(header: list[str], fields: list[str | None], *, mapping: dict[str, str] | None = None,
                  ignore: Sequence[str] = (), notes: Sequence[str] = ()) -> list[str | None]:
    """The proposed fields with the owner's choices laid over them: a mapping (column header → field), columns
    to leave out, columns to put in the notes. A header the file does not have is named."""
    fields = list(fields)
    keys = [normal(h) for h in header]

    def columns(name: str) -> list[int]:
        found = [i for i, k in enumerate(keys) if k == normal(name)]
        if not found:
            raise UserError(Msg.IMPORT_COLUMN_UNKNOWN, value=name)
        return found

    for name, field in (mapping or {}).items():
        target = SKIP if field in (None, "", "niet importeren") else check_field(str(field))
        for i in columns(name):
            fields[i] = target
    for name in ignore:
        for i in columns(name):
            fields[i] = SKIP
    for name in notes:
        for i in columns(name):
            fields[i] = "notes"
    return fields


def check_names(fields: list[str | None]) -> None:
    if not any(f and f.split(".")[0] in ("first_name", "last_name", "name") for f in fields):
        raise UserError(Msg.IMPORT_NO_NAME_COLUMN)


def read_mapping(path) -> dict[str, str]:
    """A mapping file: a JSON object of column headers and fields ({"Bedrijf": "notes", "Fax": "skip"})."""
    import json

    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        raise UserError(Msg.IMPORT_MAPPING_UNREADABLE, path=str(path)) from None
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, (str, type(None)))
                                             for k, v in data.items()):
        raise UserError(Msg.IMPORT_MAPPING_UNREADABLE, path=str(path))
    return data
