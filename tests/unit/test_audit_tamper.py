"""Each way of tampering with the audit log is caught, each by its own link of ``AuditLog.verify``: the entry's
own hash, the link to the entry before (prev_hash), the unbroken numbering, the head. The tamperer here knows
the chain key (it is in the register) and recomputes hashes. Then each link is removed from a copy of
``verify`` (a mutant) and the tampering it alone catches goes through: no link is dead weight."""

import ast
import inspect
import textwrap

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.services import audit as audit_service
from etsoft_desk.store import audit as store
from etsoft_desk.store.models import database_proxy
from tests.helpers.cards import card


@pytest.fixture
def audited(register):
    for i in range(4):
        cid = register.customers.create(card(first_name=f"Klant{i}"))
        register.customers.open(cid)
    assert register.audit.verify().entries == 9
    return register


def sql(text, *params):
    return database_proxy.obj.execute_sql(text, params).fetchall()


def rows():
    return sql("SELECT id, at, action, subject, detail, prev_hash, hash FROM audit_entry ORDER BY id")


def rehash(first_id: int) -> None:
    """Recompute, with the chain key, the prev_hash and own hash of every entry from ``first_id`` on, and
    the head: what a tamperer with the register's key can do."""
    key = store.chain_key()
    prev = None
    for entry_id, at, action, subject, detail, prev_hash, digest in rows():
        if entry_id >= first_id:
            prev_hash = prev if prev is not None else prev_hash
            digest = audit_service._digest(key, prev_hash, entry_id, at, action, subject, detail)
            sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", prev_hash, digest, entry_id)
        prev = digest
        last = entry_id
    sql("UPDATE register_setting SET value = ? WHERE key = 'audit_head'", f"{last}:{prev}")


def own_hash_only(entry_id: int) -> None:
    """Recompute one entry's own hash (its prev_hash as stored), nothing else."""
    key = store.chain_key()
    for row_id, at, action, subject, detail, prev_hash, _ in rows():
        if row_id == entry_id:
            digest = audit_service._digest(key, prev_hash, row_id, at, action, subject, detail)
            sql("UPDATE audit_entry SET hash = ? WHERE id = ?", digest, row_id)


def change_a_field():
    sql("UPDATE audit_entry SET action = 'customer.view' WHERE id = 4")


def change_and_recompute_its_hash():
    sql("UPDATE audit_entry SET subject = 'someone else' WHERE id = 4")
    own_hash_only(4)  # its own hash is right again; only entry 5's prev_hash still names the old one


def reorder():
    """Swap entries 4 and 5 (their ids), each with its own hash recomputed for its new place."""
    sql("UPDATE audit_entry SET id = -4 WHERE id = 4")
    sql("UPDATE audit_entry SET id = 4 WHERE id = 5")
    sql("UPDATE audit_entry SET id = 5 WHERE id = -4")
    own_hash_only(4)
    own_hash_only(5)


def remove_and_rewrite_the_rest():
    """Remove entry 5 and rewrite the chain after it and the head: only the gap in the numbering is left."""
    sql("DELETE FROM audit_entry WHERE id = 5")
    rehash(6)


def insert_at_the_end():
    """A forged entry 10 that links properly to entry 9, the head left as it was."""
    key = store.chain_key()
    *_, last = rows()
    entry_id, prev = last[0] + 1, last[6]
    at, action, detail = last[1], "customer.view", "{}"
    digest = audit_service._digest(key, prev, entry_id, at, action, None, detail)
    sql("INSERT INTO audit_entry (id, at, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        entry_id, at, action, None, detail, prev, digest)


def remove_the_last():
    sql("DELETE FROM audit_entry WHERE id = 9")


# (tampering, what verify says, the part of verify that alone catches it)
CASES = {
    "changed field": (change_a_field, "entry 4 was changed", "_digest("),
    "changed field, own hash recomputed": (change_and_recompute_its_hash, "entry 5 does not follow entry 4",
                                           "entry.prev_hash != expected_prev"),
    "reordered": (reorder, "entry 4 does not follow entry 3", "entry.prev_hash != expected_prev"),
    "removed, rest rewritten": (remove_and_rewrite_the_rest, "entry 5 is missing", "entry.id != expected_id"),
    "inserted at the end": (insert_at_the_end, r"ended \(entry 9\).*added", "head != "),
    "removed the last": (remove_the_last, r"ended \(entry 9\).*removed", "head != "),
}


@pytest.mark.parametrize("name", CASES)
def test_each_tampering_is_caught(audited, name):
    tamper, told, _ = CASES[name]
    tamper()
    with pytest.raises(UserError, match=told):
        audited.audit.verify()


def verify_without(check: str):
    """A copy of ``AuditLog.verify`` with the ``if`` whose condition contains ``check`` never taken."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(audit_service.AuditLog.verify)))
    removed = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and check in ast.unparse(node.test):
            node.test = ast.Constant(False)
            removed += 1
    assert removed == 1, f"verify has no single check {check!r}"
    namespace = {}
    exec(compile(ast.fix_missing_locations(tree), "<mutant verify>", "exec"), vars(audit_service), namespace)
    return namespace["verify"]


@pytest.mark.parametrize("name", CASES)
def test_without_its_link_the_tampering_goes_through(audited, monkeypatch, name):
    """The mutation check: the test above goes red when the part of verify that catches it is removed."""
    tamper, _, check = CASES[name]
    tamper()
    monkeypatch.setattr(audit_service.AuditLog, "verify", verify_without(check))
    audited.audit.verify()  # the mutant finds nothing wrong


@pytest.mark.parametrize("check", sorted({c for _, _, c in CASES.values()}))
def test_an_intact_log_passes_every_mutant(audited, monkeypatch, check):
    monkeypatch.setattr(audit_service.AuditLog, "verify", verify_without(check))
    assert audited.audit.verify().entries == 9
