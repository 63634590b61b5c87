"""The erasure ledger: a file beside the register, outside it, so that it survives a restore.

One JSON line per erasure: when, why (the request's reference, or retention), the categories and counts,
and salted hashes (HMAC-SHA256) of the identifying values: email addresses, phone numbers, and name with
postcode. No readable personal data. The salt is derived from the register's key, so it lives where the key
lives (keyring, recovery sheet) and never in the ledger.

Each line carries a MAC (HMAC-SHA256 over the canonical JSON of the rest of the line) with a key derived from
the same salt, so a deleted, cut or altered line is noticed. The register keeps its own copy of every line
(table ``ledger_line``, written in the erasure's transaction): at every open the two are cross-checked and the
file is repaired from the register; every backup carries the table, and a backup written to a folder leaves
the newest ledger file beside it.

It lets the program warn "this person asked to be erased on <date>" when the person turns up again in an
import or a new card, and lets a register that was restored from an older backup erase again whoever was
erased after that backup was made.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.search import fold
from ..store import erasure as store
from .outputs import fsync_dir

if TYPE_CHECKING:
    from ..domain.customer import CustomerCard

LEDGER_NAME = "erasure-ledger.jsonl"
SALT_LABEL = b"etsoft-desk erasure ledger salt v1"
MAC_LABEL = b"etsoft-desk ledger mac v1"
BOM = b"\xef\xbb\xbf"
ERASURE_KINDS = ("erasure", "retention")  # a request (or the owner's decision), and the retention run
# The keys a line of each known kind needs; lines of other kinds (audit anchors, ...) need only kind and mac.
NEEDED = {"erasure": ("erasure_id", "at", "markers"), "retention": ("erasure_id", "at", "markers"),
          "cancelled": ("erasure_id",)}


def ledger_salt(key: bytes) -> bytes:
    return hmac.new(key, SALT_LABEL, hashlib.sha256).digest()


def identifiers(card: CustomerCard) -> list[str]:
    """The values that identify a person again on a later import or card (normalised as stored)."""
    return identity_values(card.first_name, card.infix, card.last_name, card.address.postcode,
                           card.address.house_number_text(), card.emails, card.phones)


ALL_KINDS = ("email", "phone", "name", "home")


def identity_values(first_name: str, infix: str, last_name: str, postcode: str, house_number_text: str,
                    emails, phones=(), kinds=ALL_KINDS) -> list[str]:
    """:func:`identifiers` from the stored values themselves (a list of many customers reads no whole card);
    ``kinds`` limits it to the values a caller can use (a list of many customers builds no more)."""
    values = [f"email:{e.strip().lower()}" for e in emails if e and not e.isspace()] if "email" in kinds else []
    if "phone" in kinds:
        values += [f"phone:{p}" for p in phones if p]
    if "name" not in kinds and "home" not in kinds:
        return values
    name = fold(" ".join(filter(None, (first_name, infix, last_name))))
    postcode = (postcode or "").replace(" ", "").upper()
    if name and postcode:
        if "name" in kinds:
            values.append(f"name:{name}|{postcode}")
        if "home" in kinds:
            # Name, postcode and house number (empty when the card has none): this person, not a namesake in
            # the same postcode at another number.
            values.append(f"home:{name}|{postcode}|{house_number_text.upper()}")
    return values


def _canonical(entry: dict) -> bytes:
    return json.dumps({k: v for k, v in entry.items() if k != "mac"}, ensure_ascii=True, sort_keys=True,
                      separators=(",", ":")).encode("ascii")


def line_of(entry: dict) -> str:
    return json.dumps(entry, ensure_ascii=True, sort_keys=True)


def asked_on(entry: dict) -> str:
    """The day (yyyy-mm-dd) the person asked to be erased: the request's date where known, else the erasure's."""
    return str(entry.get("asked_on") or entry["at"])[:10]


def write_atomically(path: Path, lines: Iterable[str]) -> None:
    """Replace ``path`` with these lines: a temporary file beside it, synced, then renamed."""
    temp = path.with_name(path.name + ".partial")
    try:
        with open(temp, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(line + "\n" for line in lines)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:  # a full disk, an immutable ledger: no half copy is left beside it
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


@dataclass
class Scan:
    """What a ledger's text holds: the authenticated lines, the unsigned ones (older versions), the problems."""

    entries: list[dict] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    unsigned: list[tuple[int, dict]] = field(default_factory=list)
    problems: list[UserError] = field(default_factory=list)


class ErasureLedger:
    def __init__(self, path: Path, salt: bytes, db=None) -> None:
        """``db``: the register's database, for the register's own copy of the lines (append, reconcile); a
        ledger read or written beside a register that is not open (a restore's merge) has none."""
        self.path = path
        self._db = db
        self._salt = salt
        self._mac_key = hmac.new(salt, MAC_LABEL, hashlib.sha256).digest()
        # HMAC-SHA256 (RFC 2104) with its two keyed states made once and copied per value: a list of many
        # customers hashes two values a row, at well under half the cost of hmac.new each time.
        padded = (salt if len(salt) <= 64 else hashlib.sha256(salt).digest()).ljust(64, b"\0")
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in padded))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in padded))
        self._cached: tuple[object, list[dict]] | None = None  # entries() by the state of file and table

    def markers(self, card: CustomerCard) -> dict[str, list[str]]:
        """Salted hashes of the card's identifying values, by kind (email, phone, name, home). ``home`` is
        always there (empty without name and postcode): it tells a line from one written before it existed."""
        out: dict[str, list[str]] = {"home": []}
        for value in identifiers(card):
            out.setdefault(value.split(":", 1)[0], []).append(self.mark(value))
        return out

    def mark(self, value: str) -> str:
        """The salted hash of one identifying value (``kind:value``), as the ledger's lines hold it."""
        inner = self._inner.copy()
        inner.update(value.encode("utf-8"))
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()

    def strong(self, markers: dict[str, list[str]]) -> set[str]:
        """The markers that identify one person: an email address, or name with postcode. A phone number alone
        does not (a household shares a landline), so it never decides that someone was erased."""
        return set(markers.get("email", ())) | set(markers.get("name", ()))

    @staticmethod
    def certain(line_markers: dict[str, list[str]]) -> set[str]:
        """The markers of a ledger line that may decide to erase or refuse someone (a replay, an import): an
        email address, or name with postcode and house number. Name with postcode alone only for lines written
        before the house number was marked (they lack ``home``): two namesakes in one postcode are two people."""
        out = set(line_markers.get("email", ()))
        if "home" in line_markers:
            return out | set(line_markers.get("home") or ())
        return out | set(line_markers.get("name", ()))

    @staticmethod
    def of_card(card_markers: dict[str, list[str]]) -> set[str]:
        """A card's markers that may meet :meth:`certain` of a line."""
        return {m for kind in ("email", "name", "home") for m in card_markers.get(kind, ())}

    # --- writing ----------------------------------------------------------------------------------------------
    def seal(self, entry: dict) -> dict:
        body = {k: v for k, v in entry.items() if k != "mac"}
        return {**body, "mac": hmac.new(self._mac_key, _canonical(body), hashlib.sha256).hexdigest()}

    def write(self, entry: dict) -> str:
        """Add one sealed line to the file, durably (written and synced before the register is changed);
        returns the line, for the register's own copy. Refuses (changing nothing) when it cannot be written."""
        line = line_of(self.seal(entry))
        if self.path.is_dir():
            raise UserError(Msg.LEDGER_IS_FOLDER, path=str(self.path))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "ab+") as fh:
                fh.seek(0, os.SEEK_END)
                start = b""
                if fh.tell():  # a line cut off by a crash must not swallow this one
                    fh.seek(-1, os.SEEK_END)
                    start = b"" if fh.read(1) == b"\n" else b"\n"
                fh.write(start + line.encode("ascii") + b"\n")
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            raise UserError(Msg.LEDGER_UNWRITABLE, path=str(self.path)) from None
        return line

    def keep(self, line: str) -> None:
        """The register's own copy of a line (inside the caller's transaction)."""
        store.keep_ledger_line(line)

    def _open_register(self):
        if self._db is None:
            raise RuntimeError("this ledger was made without its register's database")
        return self._db

    def append(self, entry: dict) -> None:
        """Add one line of any kind: to the file first, then to the register's copy."""
        line = self.write(entry)
        with self._open_register().atomic():
            self.keep(line)

    # --- reading ----------------------------------------------------------------------------------------------
    def scan(self, raw: bytes) -> Scan:
        """Every line of a ledger's bytes, checked; a bad line is skipped and named by its number."""
        out = Scan()
        for number, text in enumerate(raw.split(b"\n"), 1):
            if not text.strip():
                continue
            if text.startswith(BOM):
                out.problems.append(UserError(Msg.LEDGER_LINE_BOM, line=number))
                continue
            try:
                entry = json.loads(text.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                out.problems.append(UserError(Msg.LEDGER_LINE_NOT_JSON, line=number))
                continue
            if not isinstance(entry, dict):
                out.problems.append(UserError(Msg.LEDGER_LINE_NOT_ENTRY, line=number))
                continue
            kind = entry.get("kind")
            if not isinstance(kind, str):
                out.problems.append(UserError(Msg.LEDGER_LINE_KEY_MISSING, line=number, key="kind"))
                continue
            missing = next((k for k in NEEDED.get(kind, ()) if k not in entry), None)
            if missing is None and kind in ERASURE_KINDS and not isinstance(entry["markers"], dict):
                missing = "markers"
            if missing is not None:
                out.problems.append(UserError(Msg.LEDGER_LINE_KEY_MISSING, line=number, key=missing))
                continue
            if "mac" not in entry:
                out.unsigned.append((number, entry))
                continue
            if not self.authentic(entry):
                out.problems.append(UserError(Msg.LEDGER_LINE_ALTERED, line=number))
                continue
            out.entries.append(entry)
            out.lines.append(line_of(entry))
        return out

    def authentic(self, entry: dict) -> bool:
        mac = entry.get("mac")
        return isinstance(mac, str) and hmac.compare_digest(self.seal(entry)["mac"], mac)

    def _file_bytes(self) -> bytes:
        try:
            return self.path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
            return b""

    def entries(self) -> list[dict]:
        """The authenticated lines of every kind: the file's, and the register's own copy of those it lacks.
        Read again only when the file or the register's copy changed (a card check runs it on every save)."""
        state = self._state()
        if self._cached is not None and self._cached[0] == state:
            return list(self._cached[1])
        scan = self.scan(self._file_bytes())
        seen = set(scan.lines)
        out = list(scan.entries)
        for text in store.ledger_lines():
            if text in seen:
                continue
            seen.add(text)
            entry = self._authentic_line(text)
            if entry is not None:
                out.append(entry)
        self._cached = (state, out)
        return list(out)

    def pending(self) -> list[dict]:
        """The erasures of the ledger this register has not carried out (after a crash, or a restored backup)."""
        entries = self.entries()
        cancelled = {e["erasure_id"] for e in entries if e.get("kind") == "cancelled"}
        applied = store.applied_ids()
        return [e for e in entries if e.get("kind") in ERASURE_KINDS and e["erasure_id"] not in applied
                and e["erasure_id"] not in cancelled]

    def _state(self) -> tuple:
        try:
            stat = self.path.stat()
            return stat.st_mtime_ns, stat.st_size, stat.st_ino, store.ledger_state()
        except OSError:
            return None, store.ledger_state()

    def _authentic_line(self, text: str) -> dict | None:
        try:
            entry = json.loads(text)
        except ValueError:
            return None
        return entry if isinstance(entry, dict) and self.authentic(entry) else None

    def lines(self) -> list[str]:
        """Every authenticated line as text (the file's and the register's), to carry elsewhere."""
        return [line_of(e) for e in self.entries()]

    # --- the cross-check at open -------------------------------------------------------------------------------
    def reconcile(self, extra: Iterable[str] = ()) -> list[UserError]:
        """Cross-check the file with the register's copy and its record of applied erasures; repair the file
        (atomically) from the register; merge ``extra`` lines (other ledgers found at a restore: only
        authenticated ones). Returns what the owner must be told, one sentence each."""
        problems: list[UserError] = []
        is_folder = self.path.is_dir()
        if is_folder:
            problems.append(UserError(Msg.LEDGER_IS_FOLDER, path=str(self.path)))
        raw = self._file_bytes()
        scan = self.scan(raw)
        problems += scan.problems
        applied = store.applied_ids()
        file_lines = list(scan.lines)
        for number, entry in scan.unsigned:  # written before lines were sealed: trusted once, where the
            if entry["kind"] in ERASURE_KINDS and entry["erasure_id"] in applied:  # register confirms them
                file_lines.append(line_of(self.seal(entry)))
            else:
                problems.append(UserError(Msg.LEDGER_LINE_UNSIGNED, line=number))
        checked = set(file_lines)
        kept = [t for t in store.ledger_lines() if t in checked or self._authentic_line(t) is not None]
        found = [e for e in (self._authentic_line(x.strip()) for x in extra) if e is not None]
        union = list(dict.fromkeys([*kept, *file_lines, *(line_of(e) for e in found)]))  # the register's order
        in_file = set(file_lines)
        lacking = [t for t in kept if t not in in_file]
        have = set(kept)
        if missing := [text for text in union if text not in have]:  # a write transaction only for a write
            with self._open_register().atomic():
                for text in missing:
                    store.keep_ledger_line(text)
        try:
            if not is_folder and union and raw != "".join(t + "\n" for t in union).encode("ascii"):
                write_atomically(self.path, union)
            if lacking and not is_folder:
                problems.append(UserError(Msg.LEDGER_REPAIRED, count=len(lacking)))
        except OSError:  # read-only, immutable, a full disk: the register still holds every line
            problems.append(UserError(Msg.LEDGER_NOT_REPAIRED, path=str(self.path)))
        entries = [json.loads(t) for t in union]
        self._cached = (self._state(), entries)  # what entries() would read now
        known = {e["erasure_id"] for e in entries if e.get("kind") in ERASURE_KINDS}
        orphans = sorted(applied - known)
        if orphans:
            problems.append(UserError(Msg.LEDGER_APPLIED_WITHOUT_LINE, count=len(orphans),
                                      ids=", ".join(orphans[:5]) + (", …" if len(orphans) > 5 else "")))
        if problems:
            logging.getLogger(__name__).info("ledger check: %d line(s), %d finding(s)", len(union), len(problems))
        return problems

    # --- recognising a person who returns ----------------------------------------------------------------------
    @staticmethod
    def _asked(entry: dict) -> bool:
        """An erasure the person asked for (not the retention run, which must not turn them away later)."""
        return entry.get("kind") == "erasure" and entry.get("reason") != "retention"

    def asked(self) -> list[dict]:
        """The erasures people asked for: the lines an import refuses and the lists hold back."""
        return [e for e in self.entries() if self._asked(e)]

    def matcher(self):
        """For many cards (an import, which refuses whom it finds): the ledger is read once, and only its
        :meth:`certain` markers decide. None when nobody asked to be erased."""
        entries = self.asked()
        if not entries:
            return None
        by_marker = {m: e for e in entries for m in self.certain(e.get("markers", {}))}

        def match(card: CustomerCard) -> dict | None:
            hits = [by_marker[m] for m in self.of_card(self.markers(card)) if m in by_marker]
            return max(hits, key=lambda e: e["at"]) if hits else None
        return match

    def erased_on(self, card: CustomerCard, today) -> str | None:
        """The date (dd-mm-yyyy) this person asked to be erased, if the ledger knows them (a card being typed:
        one that is not valid yet matches nobody; saving it says why)."""
        import datetime as dt

        from ..domain.errors import UserError
        from ..domain.validation import validate_card

        try:
            card = validate_card(card, today=today, allow_unconfirmed_age=True)
        except UserError:
            return None
        entry = self.match(card)
        return f"{dt.date.fromisoformat(asked_on(entry)):%d-%m-%Y}" if entry else None

    def match(self, card: CustomerCard) -> dict | None:
        """The latest erasure someone with one of this card's identifying values asked for, if any."""
        mine = self.strong(self.markers(card))
        if not mine:
            return None
        hits = [e for e in self.entries() if self._asked(e) and mine & self.strong(e.get("markers", {}))]
        return max(hits, key=lambda e: e["at"]) if hits else None
