"""Two threads of the program writing the register at once: a document built in the background (its own
connection) while the counter saves a card on the GUI thread. Seen in benchmarks/gui_stall.py: the access report
failed with "database is locked" because its transaction read first, the counter then saved, and SQLite refuses
a write from a snapshot that is no longer the newest, without waiting. A write transaction now takes the write
lock at its start (BEGIN IMMEDIATE), and the report's PDF is drawn outside it, so the counter never waits for
the drawing either."""

from __future__ import annotations

import datetime as dt
import threading

from etsoft_desk.domain.customer import JobKind, ServiceJob
from etsoft_desk.reports import access_report
from etsoft_desk.store.models import AuditEntry
from tests.helpers.cards import card


def _in_a_worker(register, work):
    """``work`` on a thread of its own (as ui/tasks runs it), its connection released after."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # noqa: BLE001 (handed to the test)
            outcome["error"] = exc
        finally:
            register.release_thread()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _held_write(register, cid):
    """A write transaction held in a worker (an import elsewhere) until the returned event is set."""
    writing, done = threading.Event(), threading.Event()

    def long_write() -> None:
        with register.transaction():
            register.customers.add_service_job(cid, ServiceJob(dt.date(2026, 3, 2), JobKind.REPAIR, device="pc"))
            writing.set()
            assert done.wait(20)

    thread, outcome = _in_a_worker(register, long_write)
    assert writing.wait(10)
    return thread, outcome, done


def test_an_access_report_built_while_the_counter_saves_a_card_is_made_and_logged(register, monkeypatch):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", last_name="Zwart", emails=["anna@example.com"]))
    other = register.customers.create(card(first_name="Bert", last_name="Bakker", emails=["bert@example.com"]))
    drawing, saved = threading.Event(), threading.Event()
    draw = access_report.write_access_report

    def drawn_while_the_counter_saves(buffer, data) -> None:
        drawing.set()
        assert saved.wait(10), "the counter's save did not finish while the report was being drawn"
        draw(buffer, data)

    monkeypatch.setattr(access_report, "write_access_report", drawn_while_the_counter_saves)
    thread, outcome = _in_a_worker(register, lambda: register.access.render(cid))
    assert drawing.wait(10), outcome
    register.customers.add_service_job(other, ServiceJob(dt.date(2026, 3, 2), JobKind.REPAIR, device="laptop"))
    saved.set()
    thread.join(20)
    assert "error" not in outcome, f"the report failed: {outcome.get('error')!r}"
    doc_id, pdf = outcome["result"]
    assert pdf.startswith(b"%PDF")
    logged = [e.detail for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert any(f"access report {doc_id} prepared" in d for d in logged)


def test_a_write_transaction_holds_the_write_lock_from_its_start(register):
    """Read first, then another connection commits, then write: refused at once under BEGIN DEFERRED
    (SQLITE_BUSY_SNAPSHOT); under BEGIN IMMEDIATE the other one waits for this transaction instead."""
    cid = register.customers.create(card(first_name="Anna", last_name="Zwart"))
    read, other_done = threading.Event(), threading.Event()

    def other_writer() -> None:
        assert read.wait(10)
        register.customers.add_service_job(cid, ServiceJob(dt.date(2026, 3, 2), JobKind.REPAIR, device="printer"))
        other_done.set()

    thread, outcome = _in_a_worker(register, other_writer)
    with register.transaction():
        register.customers.count()
        read.set()
        assert not other_done.wait(0.5), "another connection wrote inside this transaction's snapshot"
        register.customers.add_service_job(cid, ServiceJob(dt.date(2026, 3, 3), JobKind.REPAIR, device="scanner"))
    thread.join(20)
    assert "error" not in outcome, f"the other writer failed: {outcome.get('error')!r}"
    assert other_done.is_set()


def test_reading_never_waits_for_a_write_transaction_elsewhere(register):
    """The window's read-only lists (kept documents, notices) read in ``register.reading()``: while a long write
    (an import) holds the write lock in a worker they are there at once, not after the busy timeout."""
    import time

    cid = register.customers.create(card(first_name="Anna", last_name="Zwart"))
    thread, outcome, done = _held_write(register, cid)
    started = time.monotonic()
    with register.reading():
        count = register.customers.count()
    took = time.monotonic() - started
    done.set()
    thread.join(20)
    assert "error" not in outcome, outcome
    assert count == 1 and took < 1.0, f"the reading waited {took:.1f} s for the write elsewhere"


def test_a_customer_erased_while_the_report_is_drawn_gets_no_report(register, monkeypatch):
    """Read in one snapshot, logged in another transaction: a customer erased between the two (by another window
    or command) must not get a report made and logged after the erasure."""
    from etsoft_desk.domain.errors import UserError
    from etsoft_desk.domain.messages import Msg

    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", last_name="Zwart", emails=["anna@example.com"]))
    draw = access_report.write_access_report

    def erased_while_drawn(buffer, data) -> None:
        draw(buffer, data)
        register.erasure.erase(cid, by="JV")  # stands in for the other process, between the reading and the log

    monkeypatch.setattr(access_report, "write_access_report", erased_while_drawn)
    try:
        register.access.render(cid)
    except UserError as refused:
        assert refused.template == Msg.CUSTOMER_NOT_FOUND
    else:
        raise AssertionError("a report was made of a customer erased meanwhile")
    assert not any("access report" in e.detail for e in AuditEntry.select())


def test_reloading_an_open_card_and_a_command_that_only_reads_never_wait_for_a_writer(register, register_path):
    """Reads that write nothing (a card reloaded after a save; `check` in another program: its opening finds the
    ledger in order, its closing checkpoints and anchors) do not wait the busy timeout for a write elsewhere
    (the reload waited 5 s, `check` 10 s; `list` failed after 5 s: the retention check of every start)."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    from etsoft_desk.domain.recovery_key import format_recovery_key

    cid = register.customers.create(card(first_name="Anna", last_name="Zwart"))
    env = dict(os.environ, ETSOFT_DESK_DATA=str(register_path.parent), PYTHONPATH=str(Path(__file__).parents[2]),
               ETSOFT_DESK_KEY=format_recovery_key(register.key))
    idle = time.monotonic()
    assert subprocess.run([sys.executable, "-m", "etsoft_desk", "check"], env=env, capture_output=True,
                          timeout=60).returncode == 0
    idle = time.monotonic() - idle  # the command's own start, nobody writing
    thread, outcome, done = _held_write(register, cid)
    try:
        started = time.monotonic()
        assert register.customers.open(cid, log_view=False).card.first_name == "Anna"
        reloaded = time.monotonic() - started
        runs = []
        for command in (["check"], ["list"], ["list", "--search", "zwart"]):  # each start's retention check too
            started = time.monotonic()
            ran = subprocess.run([sys.executable, "-m", "etsoft_desk", *command], env=env, capture_output=True,
                                 text=True, timeout=60)
            runs.append((command, ran, time.monotonic() - started))
    finally:
        done.set()
        thread.join(20)
    assert "error" not in outcome, outcome
    assert reloaded < 1.0, f"the reload waited {reloaded:.1f} s"
    for command, ran, took in runs:
        assert ran.returncode == 0, (command, ran.stdout + ran.stderr)
        assert took < idle + 2.0, f"{command} took {took:.1f} s beside a writer ({idle:.1f} s alone)"
    assert "Zwart" in runs[1][1].stdout and "Zwart" in runs[2][1].stdout


def test_an_erasure_that_ends_beside_a_writer_is_done_and_says_so(register, monkeypatch):
    """Another program takes the write lock right after the erasure committed (an import): anchoring the audit
    head and marking the checkpoint as pending waited 5 s each and then told the owner the erasure had failed,
    though it was done. The mark is now written with the erasure itself; the rest does not wait long."""
    import time

    from etsoft_desk.services.audit import AuditLog
    from etsoft_desk.store import customers as customers_store

    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Quaxter", last_name="Horn", emails=["q@example.com"]))
    other = register.customers.create(card(first_name="Blijft", last_name="Bestaan"))
    register.erasure.checkpoint_seconds = 0.5
    held: dict = {}
    anchor = AuditLog.anchor

    def a_writer_starts_first(self, *args, **kwargs):
        if "done" not in held:
            held["thread"], held["outcome"], held["done"] = _held_write(register, other)
        return anchor(self, *args, **kwargs)

    monkeypatch.setattr(AuditLog, "anchor", a_writer_starts_first)
    started = time.monotonic()
    try:
        result = register.erasure.erase(cid, by="JV")
        took = time.monotonic() - started
    finally:
        if "done" in held:
            held["done"].set()
            held["thread"].join(20)
    assert "done" in held and "error" not in held["outcome"], held
    assert not customers_store.exists(cid) and result.erasure_id
    assert not result.checkpoint_clean and register.checkpoint_pending()  # finished later, and marked so
    assert took < 3.0, f"the erasure waited {took:.1f} s for the writer"
