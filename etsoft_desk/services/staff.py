"""Who may do what: the short staff list chosen at the counter (so "recorded by" is true) and its owner.

Records name their recorder by initials, as text: removing someone from the list leaves their records as
they were. The owner's PIN is the one PIN of the register (services/pin.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.errors import UserError
from ..domain.messages import Msg

INITIALS = re.compile(r"[A-Z]{1,8}")


@dataclass(frozen=True)
class StaffMember:
    initials: str
    name: str
    owner: bool
    has_pin: bool

    @property
    def label(self) -> str:
        return f"{self.initials} – {self.name}"


def normal_initials(text: str) -> str:
    initials = (text or "").strip().upper().replace(".", "")
    if not INITIALS.fullmatch(initials):
        raise UserError(Msg.STAFF_INITIALS_INVALID, value=text)
    return initials


class StaffService:
    def __init__(self, db, audit=None) -> None:
        self._db = db
        self._audit = audit  # the audit log: who was added to or removed from the list, and when

    def _record(self, detail: str) -> None:
        if self._audit is not None:
            from .audit import Action

            self._audit.record(Action.STAFF, None, detail)

    def list(self) -> list[StaffMember]:
        from ..store import staff

        return [StaffMember(s.initials, s.name, bool(s.owner), bool(s.pin)) for s in staff.all_staff()]

    def add(self, initials: str, name: str, *, owner: bool = False, pin: str | None = None) -> StaffMember:
        """Add a person; the first on the list is the owner. ``pin`` is their own PIN (the owner's: THE PIN)."""
        from ..store import staff
        from .pin import hash_pin

        initials = normal_initials(initials)
        from ..domain.validation import check_free_text

        name = " ".join(check_free_text(name or "", "name").split())
        if not name:
            raise UserError(Msg.STAFF_NAME_REQUIRED)
        stored = hash_pin(pin) if pin else None
        with self._db.atomic():
            if staff.get(initials) is not None:
                raise UserError(Msg.STAFF_EXISTS, value=initials)
            current = staff.owner()
            if owner and current is not None:
                raise UserError(Msg.STAFF_OWNER_EXISTS, value=current.initials)
            owner = owner or current is None
            staff.add(initials, name, owner=owner, pin=stored)
            self._record(f"added {initials}" + (" (owner)" if owner else "") + (" with a PIN" if stored else ""))
        return StaffMember(initials, name, owner, stored is not None)

    def remove(self, initials: str) -> None:
        from ..store import staff

        initials = (initials or "").strip().upper()
        with self._db.atomic():
            person = staff.get(initials)
            if person is None:
                raise UserError(Msg.STAFF_NOT_FOUND, value=initials)
            if person.owner and staff.count() > 1:
                raise UserError(Msg.STAFF_OWNER_LAST)
            staff.remove(initials)
            self._record(f"removed {initials}")

    def transaction(self):
        """Several changes (to the list and the settings) as one: all of them, or none."""
        return self._db.atomic()

    def check_pin(self, initials: str, pin: str) -> bool:
        """A person's own PIN (true for someone without a PIN): who chooses themselves at the counter."""
        from ..store import staff
        from .pin import pin_matches

        person = staff.get(initials)
        return person is not None and (not person.pin or pin_matches(person.pin, pin))
