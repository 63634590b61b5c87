"""The audit log: what was done to which customer and when, never the personal values.

Each entry carries the hash of the one before it (HMAC-SHA256 with a random key of the register), and the
register keeps the hash of the last one, so a changed, inserted or removed entry breaks the chain and
``verify`` names the place. The head is also anchored outside the register, in the erasure ledger (on close,
after an erasure, a backup or a restore), so cutting the end off and resetting the head, or rewriting the
whole chain consistently, no longer verifies either. A customer is named by a random pseudonym whose link
to them goes with the erasure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import audit as store

GENESIS = "0" * 64


class Action(StrEnum):
    CREATE = "customer.create"
    UPDATE = "customer.update"
    VIEW = "customer.view"
    IMPORT = "customer.import"
    VISIT_ADD = "visit.add"
    JOB_ADD = "service_job.add"
    JOB_STATUS = "service_job.status"
    INVOICE_ADD = "invoice.add"
    REPORT = "report.issue"
    EXPORT = "export"
    ERASE = "customer.erase"
    REGISTER_CREATE = "register.create"
    CONSENT = "consent.record"
    STATEMENT_LOAD = "statement.load"
    TODO_DONE = "todo.done"
    RECIPIENT = "recipient"
    SHARING_APPROVAL = "sharing.approval"
    SHARING_OBJECTION = "sharing.objection"
    DISCLOSURE = "disclosure"
    REFERRAL = "referral"
    SENSITIVE = "sensitive"
    SENSITIVE_REVEAL = "sensitive.reveal"
    REQUEST = "request"
    BACKUP = "register.backup"
    RESTORE = "register.restore"
    REKEY = "register.rekey"
    # issue 11 "Rights that act"
    RESTRICTION = "rights.restriction"
    OBJECTION = "rights.objection"
    MARKETING_EXPORT = "marketing.export"
    CORRECTION = "history.correction"  # a visit, service job or invoice entry corrected; its Art. 19 letters
    SHARING_LIST_EXPORT = "sharing.list_export"
    STAFF = "staff"
    # issue 11 item 5: the invoices of a period to the accountant (counts only; the disclosures name customers)
    INVOICE_EXPORT = "invoice.export"
    BREACH = "breach"  # issue 16: the data-breach register, by breach number
    MAIL = "mail"  # issue 12: a document queued for, or taken by, the mail server (never the address or content)
    NOTICE = "art19.notice"  # issue 12 item 4: an Art. 19 notice made, sent, or not sent (by notice number)


def _digest(key: bytes, prev_hash: str, entry_id: int, at: str, action: str, subject: str | None,
            detail: str) -> str:
    """HMAC-SHA256 of the entry and the one before it, with the chain's own random key."""
    text = "\x1f".join([prev_hash, str(entry_id), at, action, subject or "", detail])
    import hashlib  # here, not at start-up: it loads OpenSSL
    import hmac

    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def _anchors(entries: list[dict], chain: str | None) -> list[dict]:
    return [e for e in entries if e.get("kind") == "anchor" and e.get("chain") == chain
            and isinstance(e.get("head"), str) and ":" in e["head"]]


def newest_anchor(entries: list[dict], chain: str | None) -> dict | None:
    """The newest ``anchor`` line of this chain in the erasure ledger."""
    mine = _anchors(entries, chain)
    return mine[-1] if mine else None


def anchors_to_hold(entries: list[dict], chain: str | None) -> list[dict | None]:
    """The anchors of which the chain must hold one: the newest; when that one announces a restore (``rewind``,
    written before the restored file goes in place), also the one before it (None: nothing anchored before),
    since a restore killed before its swap leaves the register it would have replaced."""
    mine = _anchors(entries, chain)
    if not mine:
        return []
    if mine[-1].get("rewind") is True:
        return [mine[-1], mine[-2] if len(mine) > 1 else None]
    return [mine[-1]]


def announce_rewind(register_path: Path, incoming: Path, key: bytes, clock: Callable[[], dt.datetime]) -> None:
    """Before a restore puts ``incoming`` in place: an anchor line naming the incoming chain's head as an allowed
    rewind, read from the file with the key. Killed after the swap, before the restored register anchors itself,
    its chain still verifies against the ledger."""
    from ..store import backup as files  # here: only a restore needs them
    from .ledger import LEDGER_NAME, ErasureLedger, ledger_salt

    head = files.setting_in(incoming, key, store.HEAD_KEY)
    chain = files.setting_in(incoming, key, store.CHAIN_KEY)
    if not head or not chain:
        return
    kept = files.setting_in(incoming, key, "program.ledger_salt")
    ledger = ErasureLedger(Path(register_path).parent / LEDGER_NAME,
                           bytes.fromhex(kept) if kept else ledger_salt(key))
    at = clock().astimezone(dt.UTC).isoformat(timespec="seconds")
    ledger.write({"kind": "anchor", "head": head, "chain": chain, "at": at, "rewind": True})


@dataclass(frozen=True)
class VerifyResult:
    entries: int
    anchored: int | None = None  # the entry the newest anchor in the erasure ledger names


class AuditLog:
    def __init__(self, clock: Callable[[], dt.datetime]) -> None:
        self._clock = clock
        self._ledger: Callable[[], object] | None = None

    def attach_ledger(self, ledger: Callable[[], object]) -> None:
        """Where the chain's head is anchored, outside the register (the erasure ledger)."""
        self._ledger = ledger

    def record(self, action: Action, customer_id: int | None = None, detail: str = "") -> None:
        """Append one entry; call inside the transaction of the change it records. A customer is named by
        their pseudonym; the erasure entry names the erasure only, never whom it erased."""
        if action is Action.ERASE:
            customer_id = None
        previous_id, prev_hash = store.last() or (0, GENESIS)
        entry_id = previous_id + 1
        at = self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")
        subject = None if customer_id is None else store.subject_for(customer_id)
        digest = _digest(store.chain_key(), prev_hash, entry_id, at, action.value, subject, detail)
        stored_id = store.append(at=at, action=action.value, subject=subject, detail=detail,
                                 prev_hash=prev_hash, hash_=digest)
        if stored_id != entry_id:  # AUTOINCREMENT never reuses ids: a gap means entries were removed
            raise UserError(Msg.AUDIT_BROKEN, detail=f"entry {entry_id} is missing")

    def verify(self) -> VerifyResult:
        if not store.exists():
            raise UserError(Msg.AUDIT_MISSING)
        key = store.chain_key()
        expected_prev, expected_id, count = GENESIS, 1, 0
        for entry in store.entries():
            if entry.id != expected_id:
                raise UserError(Msg.AUDIT_BROKEN, detail=f"entry {expected_id} is missing")
            if entry.prev_hash != expected_prev:
                raise UserError(Msg.AUDIT_BROKEN, detail=f"entry {entry.id} does not follow entry {entry.id - 1}")
            if _digest(key, entry.prev_hash, entry.id, entry.at, entry.action, entry.subject,
                       entry.detail) != entry.hash:
                raise UserError(Msg.AUDIT_BROKEN, detail=f"entry {entry.id} was changed")
            expected_prev, expected_id, count = entry.hash, entry.id + 1, count + 1
        head = store.head()
        if count and head != f"{expected_id - 1}:{expected_prev}":
            ended = (head or "?").partition(":")[0]
            raise UserError(Msg.AUDIT_BROKEN, detail=f"the log no longer ends where it ended (entry {ended}): "
                                                     "entries were removed or added")
        if not count and head:
            raise UserError(Msg.AUDIT_BROKEN, detail="all entries were removed")
        anchored = self._check_anchor(last_id=expected_id - 1)
        return VerifyResult(entries=count, anchored=anchored)

    def _anchor_entries(self) -> list[dict]:
        if self._ledger is None:
            return []
        try:
            return self._ledger().entries()
        except (RuntimeError, OSError, ValueError):  # opened without its key; a ledger that cannot be read is
            return []                                 # told by the ledger's own check, not here

    def _check_anchor(self, *, last_id: int) -> int | None:
        """The chain must reach, unchanged, the head last anchored in the ledger (or, after a restore killed
        before its swap, the one anchored before it)."""
        candidates = anchors_to_hold(self._anchor_entries(), store.chain_id())
        first: UserError | None = None
        for anchor in candidates:
            try:
                return self._holds(anchor, last_id=last_id)
            except UserError as exc:
                first = first or exc
        if first is not None:
            raise first
        return None

    def _holds(self, anchor: dict | None, *, last_id: int) -> int | None:
        if anchor is None:
            return None
        number, _, digest = anchor["head"].partition(":")
        entry_id = int(number) if number.isdigit() else 0
        if entry_id > last_id:
            raise UserError(Msg.AUDIT_BROKEN, detail=f"entries after {last_id} were removed (the erasure ledger "
                                                     f"anchored entry {entry_id} on {anchor.get('at', '?')[:10]})")
        if store.entry_hash(entry_id) != digest:
            raise UserError(Msg.AUDIT_BROKEN, detail=f"the log was rewritten (entry {entry_id} is not the one the "
                                                     "erasure ledger anchored)")
        return entry_id

    def anchor_holds(self) -> UserError | None:
        """The cheap part of ``verify``, for the start: does the register still hold the entry the erasure ledger
        last anchored, unchanged? (The full walk of the chain is ``audit verify``.)"""
        if self._ledger is None or not store.exists():
            return None
        last = store.last()
        try:
            self._check_anchor(last_id=last[0] if last else 0)
        except UserError as exc:
            return exc
        return None

    @staticmethod
    def _reaches(anchor: dict) -> bool:
        number, _, digest = anchor["head"].partition(":")
        return number.isdigit() and store.entry_hash(int(number)) == digest

    def anchor(self, *, rewind: bool = False) -> bool:
        """Append the chain's head to the erasure ledger when it moved since this chain's newest anchor. Not
        when the chain no longer reaches that anchor (verify must still see it), unless ``rewind``: a restored
        older backup, whose shorter chain is the legitimate one from now on. True when a line was written."""
        if self._ledger is None or not store.exists():
            return False
        head, chain = store.head(), store.chain_id()
        if not head or not chain:
            return False
        try:
            ledger = self._ledger()
            entries = ledger.entries()
        except (RuntimeError, OSError, ValueError):
            return False
        previous = newest_anchor(entries, chain)
        if previous is not None:
            if previous["head"] == head:
                return False
            if not rewind and not any(a is None or self._reaches(a) for a in anchors_to_hold(entries, chain)):
                return False
        at = self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")
        ledger.append({"kind": "anchor", "head": head, "chain": chain, "at": at})
        return True
