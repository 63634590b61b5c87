"""The erasure ledger: a file beside the register, outside it, so that it survives a restore.

One JSON line per erasure: when, why (the request's reference, or retention), the categories and counts,
and salted hashes (HMAC-SHA256) of the identifying values: email addresses, phone numbers, and name with
postcode. No readable personal data. The salt is derived from the register's key, so it lives where the key
lives (keyring, recovery sheet) and never in the ledger.

It lets the program warn "this person asked to be erased on <date>" when the person turns up again in an
import or a new card, and lets a register that was restored from an older backup erase again whoever was
erased after that backup was made.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.customer import CustomerCard

LEDGER_NAME = "erasure-ledger.jsonl"
SALT_LABEL = b"etsoft-desk erasure ledger salt v1"


def ledger_salt(key: bytes) -> bytes:
    return hmac.new(key, SALT_LABEL, hashlib.sha256).digest()


def identifiers(card: CustomerCard) -> list[str]:
    """The values that identify a person again on a later import or card (normalised as stored)."""
    from ..domain.search import fold

    values = [f"email:{e.strip().lower()}" for e in card.emails if e.strip()]
    values += [f"phone:{p}" for p in card.phones if p]
    name = fold(" ".join(p for p in (card.first_name, card.infix, card.last_name) if p))
    postcode = card.address.postcode.replace(" ", "").upper()
    if name and postcode:
        values.append(f"name:{name}|{postcode}")
    return values


class ErasureLedger:
    def __init__(self, path: Path, salt: bytes) -> None:
        self.path = path
        self._salt = salt

    def markers(self, card: CustomerCard) -> dict[str, list[str]]:
        """Salted hashes of the card's identifying values, by kind (email, phone, name)."""
        out: dict[str, list[str]] = {}
        for value in identifiers(card):
            out.setdefault(value.split(":", 1)[0], []).append(
                hmac.new(self._salt, value.encode("utf-8"), hashlib.sha256).hexdigest())
        return out

    def strong(self, markers: dict[str, list[str]]) -> set[str]:
        """The markers that identify one person: an email address, or name with postcode. A phone number alone
        does not (a household shares a landline), so it never decides that someone was erased."""
        return set(markers.get("email", ())) | set(markers.get("name", ()))

    def append(self, entry: dict) -> None:
        """Add one erasure, durably (written and synced before the register is changed)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(entry, ensure_ascii=True, sort_keys=True) + "\n"
        with open(self.path, "a", encoding="ascii") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def entries(self) -> list[dict]:
        if not self.path.exists():
            return []
        out = []
        with open(self.path, encoding="ascii") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    continue  # a line cut off by a crash while it was written: that erasure never started
        return out

    def matcher(self):
        """``match`` for many cards (an import): the ledger is read once. None when nobody was ever erased."""
        entries = [e for e in self.entries() if e.get("kind") == "erasure"]
        if not entries:
            return None
        by_marker = {m: e for e in entries for m in self.strong(e.get("markers", {}))}

        def match(card: CustomerCard) -> dict | None:
            hits = [by_marker[m] for m in self.strong(self.markers(card)) if m in by_marker]
            return max(hits, key=lambda e: e["at"]) if hits else None
        return match

    def match(self, card: CustomerCard) -> dict | None:
        """The latest erasure of someone with one of this card's identifying values, if any."""
        mine = self.strong(self.markers(card))
        if not mine:
            return None
        hits = [e for e in self.entries()
                if e.get("kind") == "erasure" and mine & self.strong(e.get("markers", {}))]
        return hits[-1] if hits else None
