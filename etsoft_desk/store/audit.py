"""The audit log table: append and read back, nothing else."""

from __future__ import annotations

from collections.abc import Iterator

from .models import AuditEntry, RegisterSetting

HEAD_KEY = "audit_head"


def last() -> AuditEntry | None:
    return AuditEntry.select().order_by(AuditEntry.id.desc()).first()


def append(*, at: str, action: str, customer_id: int | None, detail: str, prev_hash: str, hash_: str) -> int:
    entry = AuditEntry.create(at=at, action=action, customer_id=customer_id, detail=detail,
                              prev_hash=prev_hash, hash=hash_)
    RegisterSetting.replace(key=HEAD_KEY, value=f"{entry.id}:{hash_}").execute()
    return entry.id


def head() -> str | None:
    row = RegisterSetting.get_or_none(RegisterSetting.key == HEAD_KEY)
    return row.value if row else None


def entries() -> Iterator[AuditEntry]:
    return AuditEntry.select().order_by(AuditEntry.id).iterator()


def for_customer(customer_id: int) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.customer_id == customer_id).order_by(AuditEntry.id))
