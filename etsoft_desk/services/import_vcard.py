"""vCard 2.1, 3.0 and 4.0 files as a table: one row per card, one column per kind of value the file holds.

The file is read twice, lazily both times: first to learn which properties it holds (so that every one of them
becomes a column, and none is dropped without a word), then card by card through vobject.

vCard 2.1 (Outlook, older phones) writes values as QUOTED-PRINTABLE in the character set its CHARSET= parameter
names ("N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Hoog=E9;Ren=E9"), with soft line breaks (a "=" at the
end of a line continues the value on the next, which is not indented): vobject decodes both when told to
(``allowQP``); a soft-broken line's continuation is not taken for a property of its own.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from ..domain.errors import FieldError, UserError
from ..domain.messages import Msg
from .import_formats import SourceRow, Table

# Columns the known properties become, in this order; any other property becomes a column of its own name.
N_PARTS = (("family", "N family"), ("given", "N given"), ("additional", "N additional"), ("prefix", "N prefix"),
           ("suffix", "N suffix"))
ADR_PARTS = (("street", "ADR street"), ("city", "ADR locality"), ("code", "ADR postal code"),
             ("country", "ADR country"), ("region", "ADR region"), ("extended", "ADR extended"), ("box", "ADR po box"))
KNOWN = {"N": [c for _, c in N_PARTS], "FN": ["FN"], "EMAIL": ["EMAIL"], "TEL": ["TEL"],
         "ADR": [c for _, c in ADR_PARTS] + ["ADR 2"], "BDAY": ["BDAY"], "NOTE": ["NOTE"]}
# What says something about the file or the card, not about the person.
TECHNICAL = {"BEGIN", "END", "VERSION", "PRODID", "UID", "REV", "KIND", "X-ABLABEL", "X-ABUID", "X-ABSHOWAS",
             "SOURCE", "CLIENTPIDMAP", "X-ABADR", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-OL-DESIGN"}
_VERSION_21 = re.compile(r"^VERSION:2\.1\s*$", re.MULTILINE)
_BACKSLASH = re.compile(r"\\(?!;)")
_QP = re.compile("QUOTED-PRINTABLE", re.IGNORECASE)
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")


def _lines(path: Path, encoding: str):
    with open(path, encoding=encoding, errors="replace", newline=None) as fh:
        yield from fh


def _encoding(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return "cp1252"
    return "utf-8-sig"


def open_vcards(path: Path, head: bytes) -> Table:
    import logging

    import vobject  # only when a vCard file is opened

    # vobject logs a line it cannot parse with its text: a person's data, which no log may hold
    logging.getLogger("vobject.base").setLevel(logging.CRITICAL)

    encoding = _encoding(head)
    seen: list[str] = []
    continued = False  # the line before ended in a quoted-printable soft line break
    try:
        for line in _lines(path, encoding):
            was_continued, bare = continued, line.rstrip("\r\n")
            continued = bare.endswith("=") and (was_continued or "QUOTED-PRINTABLE" in bare.partition(":")[0].upper())
            if was_continued:
                continue
            match = _PROPERTY.match(line)
            if match and not line[:1].isspace():
                name = match.group(1).upper()
                if name not in TECHNICAL and name not in seen:
                    seen.append(name)
    except OSError:
        raise UserError(Msg.IMPORT_NOT_READABLE, path=str(path)) from None
    header = [c for name, columns in KNOWN.items() if name in seen for c in columns]
    header += [name for name in seen if name not in KNOWN and not (name == "LABEL" and "ADR" in seen)]
    index = {c: i for i, c in enumerate(header)}
    size = max(path.stat().st_size, 1)
    position = {"bytes": 0}

    def cards() -> Iterator[tuple[int, str]]:
        start, chunk = 0, []
        for number, line in enumerate(_lines(path, encoding), 1):
            position["bytes"] += len(line)
            upper = line.strip().upper()
            if upper == "BEGIN:VCARD":
                start, chunk = number, [line]
            elif start:
                chunk.append(line)
                if upper == "END:VCARD":
                    yield start, "".join(chunk)
                    start, chunk = 0, []

    def rows() -> Iterator[SourceRow]:
        for line, text in cards():
            cells = [""] * len(header)
            try:
                if _VERSION_21.search(text):
                    text = _escape_21(text)
                card = vobject.readOne(text, ignoreUnreadable=True, allowQP=_QP.search(text) is not None)
                _fill(card, cells, index)
            except Exception:  # noqa: BLE001 (vobject's parse errors have no common base)
                yield SourceRow(line, cells, FieldError("row", Msg.IMPORT_VCARD_UNREADABLE))
                continue
            yield SourceRow(line, cells)

    return Table("vcard", header, rows(), ";", lambda: min(position["bytes"] / size, 1.0))


def _escape_21(text: str) -> str:
    """vCard 2.1 has no escapes for commas and backslashes in a value, which vobject reads as 3.0's (it cuts a
    NOTE at its first comma): escaped here, in the values only (the "\\;" of a structured value is kept)."""
    out, continued = [], False
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if continued or line[:1] in " \t":
            head, value = "", line
        else:
            head, colon, value = line.partition(":")
            head += colon
        out.append(head + _BACKSLASH.sub(r"\\\\", value).replace(",", "\\,"))
        continued = bare.endswith("=") and (continued or "QUOTED-PRINTABLE" in bare.partition(":")[0].upper())
    return "".join(out)


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value if v)
    return "" if value is None else str(value)


def _fill(card, cells: list[str], index: dict[str, int]) -> None:
    def put(column: str, value: str) -> None:
        if value and column in index:
            i = index[column]
            cells[i] = f"{cells[i]}; {value}" if cells[i] else value

    addresses = 0
    for prop in card.getChildren():
        name = prop.name.upper()
        if name in TECHNICAL:
            continue
        value = prop.value
        if name == "N":
            for part, column in N_PARTS:
                put(column, _text(getattr(value, part, "")).strip())
        elif name == "ADR":
            addresses += 1
            if addresses == 1:
                for part, column in ADR_PARTS:
                    put(column, " ".join(_text(getattr(value, part, "")).split()))
            else:
                put("ADR 2", ", ".join(x for x in (" ".join(_text(getattr(value, p, "")).split())
                                                   for p, _ in ADR_PARTS) if x))
        elif name == "TEL":
            put("TEL", re.sub(r"^tel:", "", _text(value).strip(), flags=re.IGNORECASE))
        elif name == "BDAY":
            put("BDAY", _birthday(_text(value).strip()))
        elif name == "PHOTO":
            put("PHOTO", "(photo)" if value else "")
        else:
            put(name, _text(value).strip())


def _birthday(text: str) -> str:
    """vCard's dates (1970-02-01, 19700201, with a time) as dd-mm-yyyy; a birthday without a year ("--0201")
    cannot tell an age, which is all a date of birth is used for: left empty."""
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", text)
    if match:
        return f"{match.group(3)}-{match.group(2)}-{match.group(1)}"
    return "" if text.startswith("--") else text
