"""The staff list kept in the register: initials, name, whether this is the owner, a PIN hash (or none)."""

from __future__ import annotations

from .models import Staff


def all_staff() -> list[Staff]:
    return list(Staff.select().order_by(Staff.owner.desc(), Staff.initials))


def get(initials: str) -> Staff | None:
    return Staff.get_or_none(Staff.initials == initials)


def owner() -> Staff | None:
    return Staff.get_or_none(Staff.owner == True)  # noqa: E712 (peewee builds SQL from ==)


def count() -> int:
    return Staff.select().count()


def add(initials: str, name: str, *, owner: bool, pin: str | None) -> None:
    Staff.create(initials=initials, name=name, owner=owner, pin=pin)


def set_pin(initials: str, pin: str | None) -> None:
    Staff.update(pin=pin).where(Staff.initials == initials).execute()


def remove(initials: str) -> int:
    return Staff.delete().where(Staff.initials == initials).execute()
