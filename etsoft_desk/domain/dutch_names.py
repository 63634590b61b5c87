"""Dutch names and addresses as other programs keep them: the tussenvoegsel inside a last name ("van der Berg",
as Google keeps it), a whole name in one column, a whole address in one column, and which country a contact
without a country column lives in (the shop is in Hulst, on the Belgian border).
"""

from __future__ import annotations

import re

# Tussenvoegsels (the Dutch surname prefixes), longest first so "van der" wins over "van".
_PREFIXES = sorted({
    "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "'s", "d'", "la", "le", "du", "des", "di", "da",
    "del", "della", "l'",
    "van der", "van den", "van de", "van het", "van 't", "van ter", "van ten", "van de la", "in 't", "in het",
    "in de", "in den", "op de", "op den", "op het", "op 't", "op ten", "uit de", "uit den", "uit het", "uit 't",
    "uijt de", "uijt den", "aan de", "aan den", "aan het", "bij de", "bij den", "onder de", "onder den",
    "over de", "voor de", "voor den", "voor in 't", "de la", "de le",
}, key=lambda p: (-len(p.split()), -len(p)))
_PREFIX_SET = set(_PREFIXES)
# What a whole name or a combined address is split on.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def is_infix(text: str) -> bool:
    return " ".join(text.translate(_APOSTROPHES).lower().split()) in _PREFIX_SET


def split_infix(last_name: str) -> tuple[str, str]:
    """"van der Berg" → ("van der", "Berg"); a last name without a prefix, or one that is only a prefix
    ("De", a surname by itself), stays whole."""
    words = last_name.split()
    if len(words) < 2:
        return "", last_name.strip()
    folded = [w.translate(_APOSTROPHES).lower() for w in words]
    for size in range(min(4, len(words) - 1), 0, -1):
        if " ".join(folded[:size]) in _PREFIX_SET:
            return " ".join(folded[:size]), " ".join(words[size:])
    return "", last_name.strip()


def split_full_name(text: str) -> tuple[str, str, str]:
    """One column with the whole name: "Jan van der Berg", "Berg, Jan van der", "J. de Vries", "Jansen"
    → (first name, tussenvoegsel, last name)."""
    text = " ".join(text.split())
    if not text:
        return "", "", ""
    if "," in text:  # "Berg, Jan van der": last name first, as a sorted register writes it
        last, _, rest = text.partition(",")
        words = rest.split()
        for start in range(len(words)):
            if is_infix(" ".join(words[start:])):
                return " ".join(words[:start]), " ".join(words[start:]).lower(), last.strip()
        infix, last_name = split_infix(last.strip())
        return " ".join(words), infix, last_name
    words = text.split(" ")
    if len(words) == 1:
        return "", "", text
    folded = [w.translate(_APOSTROPHES).lower() for w in words]
    for start in range(1, len(words) - 1):  # the first prefix after the first name starts the tussenvoegsel
        for size in range(min(4, len(words) - 1 - start), 0, -1):
            if " ".join(folded[start:start + size]) in _PREFIX_SET:
                return " ".join(words[:start]), " ".join(folded[start:start + size]), " ".join(words[start + size:])
    return " ".join(words[:-1]), "", words[-1]


# "Steenstraat 12", "Steenstraat 12a", "Steenstraat 12-A", "Plein 1944 3", "Hoofdweg 7 II", "Dorpsstraat 5 bus 2".
_BELGIAN_BOX = re.compile(r"^(?P<street>.*\D)\s+(?P<number>[1-9][0-9]{0,5})\s*(?:bus|bte|box)\s*(?P<addition>[A-Za-z0-9]{1,4})$",
                          re.IGNORECASE)
_STREET_LINE = re.compile(r"^(?P<street>.*\S)\s+(?P<number>[1-9][0-9]{0,5})(?:\s*[-/]\s*(?P<a1>[A-Za-z0-9]{1,6})"
                          r"|\s*(?P<a2>[A-Za-z]{1,3}[0-9]{0,2})|\s+(?P<a3>[IVX]{1,4}|bis|hs))?$", re.IGNORECASE)
_NL_POSTCODE_IN = re.compile(r"(?P<postcode>[1-9][0-9]{3}\s?[A-Za-z]{2})\b\s*(?P<city>.*)$")
_BE_DE_POSTCODE_IN = re.compile(r"(?:(?P<cc>[BD])-?)?(?P<postcode>[0-9]{4,5})\s+(?P<city>\D.*)$", re.IGNORECASE)


def split_street_line(text: str) -> tuple[str, str]:
    """"Steenstraat 12a" → ("Steenstraat", "12a"): the house number and its addition come last (Dutch rules);
    a line without a number stays the street."""
    text = " ".join(text.split())
    match = _BELGIAN_BOX.match(text)
    if match:
        return match.group("street").rstrip(" ,"), f"{match.group('number')}-bus{match.group('addition')}"
    match = _STREET_LINE.match(text)
    if not match or not re.search(r"[^\W\d]", match.group("street")):
        return text, ""
    addition = match.group("a1") or match.group("a2") or match.group("a3")
    return match.group("street").rstrip(" ,"), match.group("number") + (f"-{addition}" if addition else "")


def split_address(text: str) -> dict[str, str]:
    """A whole address in one column ("Steenstraat 12a, 4561 ZH Hulst", or on separate lines, with a country
    last) → street, house_number (with its addition), postcode, city, country; what cannot be told stays in
    the street."""
    parts = [p.strip() for p in re.split(r"[\r\n]+|,", text) if p.strip()]
    out = {"street": "", "house_number": "", "postcode": "", "city": "", "country": ""}
    if not parts:
        return out
    out["street"], out["house_number"] = split_street_line(parts[0])
    rest = parts[1:]
    for i, part in enumerate(rest):
        match = _NL_POSTCODE_IN.match(part) or _BE_DE_POSTCODE_IN.match(part)
        if match:
            out["postcode"], out["city"] = match.group("postcode"), match.group("city").strip()
            cc = match.groupdict().get("cc")
            if cc:
                out["country"] = "BE" if cc.upper() == "B" else "DE"
            tail = rest[i + 1:]
            if tail:
                out["country"] = tail[-1]
            break
    else:
        if rest and not out["house_number"] and len(rest) == 1:
            out["city"] = rest[0]
        elif rest:  # nothing recognisable after the street: kept whole, not guessed at
            out["street"] = ", ".join(parts)
            out["house_number"] = ""
    return out


# Places near the shop (and larger ones) across the border, for a contact without a country column.
BELGIAN_PLACES = {
    "antwerpen", "gent", "brugge", "brussel", "bruxelles", "leuven", "mechelen", "hasselt", "kortrijk", "oostende",
    "sint-niklaas", "lokeren", "beveren", "kieldrecht", "verrebroek", "stekene", "moerbeke", "wachtebeke",
    "zelzate", "assenede", "eeklo", "kemzeke", "meerdonk", "sint-gillis-waas", "de klinge", "temse", "knokke",
    "knokke-heist", "maldegem", "kaprijke", "sint-laureins", "ertvelde", "evergem", "kalmthout", "essen",
    "brasschaat", "kapellen", "zandvliet", "berendrecht", "lillo", "doel", "melsele", "zwijndrecht", "aalst",
    "dendermonde", "genk", "turnhout", "lier", "ieper", "roeselare", "luik", "liège", "namen", "namur",
}
GERMAN_PLACES = {
    "aachen", "kleve", "emmerich", "goch", "gronau", "nordhorn", "bocholt", "kranenburg", "düsseldorf",
    "dusseldorf", "köln", "koln", "keulen", "berlijn", "berlin", "hamburg", "münchen", "munchen", "frankfurt",
    "münster", "munster", "duisburg", "essen (de)", "dortmund", "mönchengladbach", "venlo-straelen", "straelen",
}
_PHONE_COUNTRY = (("+32", "BE"), ("0032", "BE"), ("+49", "DE"), ("0049", "DE"), ("+31", "NL"), ("0031", "NL"))
_NL_SHAPE = re.compile(r"^[1-9][0-9]{3}\s*[A-Za-z]{2}$")


def guess_country(postcode: str, city: str, phones: list[str]) -> str:
    """The country of a contact whose file has no country for it: the postcode's shape first (NL: 1234 AB;
    four digits without letters: Belgium; five: Germany), then the place, then the phone's country code;
    "" where nothing tells (the register's default, NL, then applies)."""
    code = postcode.strip().upper()
    if _NL_SHAPE.match(code):
        return "NL"
    if re.fullmatch(r"(?:B-?)?[1-9][0-9]{3}", code):
        return "BE"
    if re.fullmatch(r"(?:D-?)?[0-9]{5}", code):
        return "DE"
    place = " ".join(city.lower().split())
    if place in BELGIAN_PLACES:
        return "BE"
    if place in GERMAN_PLACES:
        return "DE"
    for phone in phones:
        compact = re.sub(r"[\s\-.()/]", "", phone)
        for prefix, country in _PHONE_COUNTRY:
            if compact.startswith(prefix):
                return country
    return ""
