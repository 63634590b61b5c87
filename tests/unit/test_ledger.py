"""The erasure ledger under faults: sealed lines, the register's own copy, backups that carry it, restores that
apply every ledger they find, and no leftover copy of an erased person beside the register."""

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import threading
import time

import pytest
import sqlcipher3

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.recovery_key import format_recovery_key
from etsoft_desk.domain.requests import RequestChannel, RequestKind, RequestStatus
from etsoft_desk.services import register as reg
from etsoft_desk.services.backup import restore
from tests.conftest import fixed_clock
from tests.helpers.cards import DISTINCTIVE_VALUES, card, distinctive_card
from tests.helpers.sqlcipher_pages import decrypted_pages

LEDGER = "erasure-ledger.jsonl"
ERASABLE = ["Zebulonia", "Quaxelbrink", "zebulonia.quax@example.org", "Pyroclastische"]


def open_again(path, key, **kw):
    return reg.open_with_key(path, key, clock=fixed_clock, **kw)


def found(path, key, values=ERASABLE) -> set[str]:
    pages = b"".join(decrypted_pages(path, key))
    return {v for v in values if v.encode() in pages or v.lower().encode() in pages}


@pytest.fixture
def erased(new_register, register_path, tmp_path):
    """A register where one person asked to be erased (and was), one other customer stays, and another helper's
    anchor line sits in the ledger; a backup from before the erasure is in a folder on the 'stick'."""
    register = new_register.register
    cid = register.customers.create(distinctive_card())
    register.customers.create(card(first_name="Blijft", last_name="Bestaan", emails=["blijft@example.com"]))
    register.settings.staff_initials = "JV"
    request = register.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 11, 20), RequestChannel.COUNTER)
    stick = tmp_path / "stick"
    stick.mkdir()
    before = register.backups.backup(stick / "before.db").path
    result = register.erasure.erase(cid, request_id=request, by="JV")
    assert result.checkpoint_clean
    register.ledger.append({"kind": "anchor", "head": "ab" * 16})
    register.close()
    return register_path, new_register.key, before, request


def templates(told) -> list[str]:
    return [t.template for t in told]


def erasure_line(lines) -> int:
    return next(n for n, t in enumerate(lines, 1) if json.loads(t)["kind"] == "erasure")


def damage(ledger, how):
    raw = ledger.read_bytes()
    lines = raw.splitlines(keepends=True)
    if how == "deleted":
        ledger.unlink()
    elif how == "cut":
        ledger.write_bytes(raw[:len(lines[0]) + 20])  # the second line cut off, as by a crash
    elif how == "altered":
        at = erasure_line(lines) - 1
        entry = json.loads(lines[at])
        entry["categories"]["identity"] = 0
        lines[at] = json.dumps(entry, sort_keys=True).encode() + b"\n"
        ledger.write_bytes(b"".join(lines))
    elif how == "bom":
        ledger.write_bytes(b"\xef\xbb\xbf" + raw)  # as Notepad saves it
    elif how == "list":
        ledger.write_bytes(raw + b'["erasure", "VV-00000000"]\n')
    elif how == "missing-key":
        ledger.write_bytes(raw + b'{"erasure_id": "VV-00000000", "kind": "erasure", "mac": "00"}\n')
    elif how == "kind-not-text":
        ledger.write_bytes(raw + b'{"kind": ["erasure"], "mac": "00"}\n')
    elif how == "folder":
        ledger.unlink()
        ledger.mkdir()


EXPECTED = {"deleted": [Msg.LEDGER_REPAIRED], "cut": [Msg.LEDGER_LINE_NOT_JSON, Msg.LEDGER_REPAIRED],
            "altered": [Msg.LEDGER_LINE_ALTERED, Msg.LEDGER_REPAIRED], "bom": [Msg.LEDGER_LINE_BOM, Msg.LEDGER_REPAIRED],
            "list": [Msg.LEDGER_LINE_NOT_ENTRY], "missing-key": [Msg.LEDGER_LINE_KEY_MISSING],
            "kind-not-text": [Msg.LEDGER_LINE_KEY_MISSING],
            "folder": [Msg.LEDGER_IS_FOLDER]}
# The audit log's anchors come before and after the erasure's line; "end": a line added after the last one.
LINE = {"cut": 2, "altered": "erasure", "bom": 1, "list": "end", "missing-key": "end", "kind-not-text": "end"}
LOST = {"deleted": "all", "cut": "all but one", "altered": 1, "bom": 1}


@pytest.mark.parametrize("how", list(EXPECTED))
def test_a_damaged_ledger_is_told_in_one_sentence_each_and_repaired_from_the_register(erased, how):
    path, key, _, _ = erased
    ledger = path.parent / LEDGER
    good = ledger.read_text().splitlines()
    damage(ledger, how)
    with open_again(path, key) as register:
        told = register.ledger_report
        assert templates(told) == EXPECTED[how]
        if how in LINE:
            line = {"end": len(good) + 1, "erasure": erasure_line(good)}.get(LINE[how], LINE[how])
            assert told[0].params["line"] == line and f"Line {line} " in str(told[0])
        if how in LOST:
            lost = {"all": len(good), "all but one": len(good) - 1}.get(LOST[how], LOST[how])
            assert told[-1].params["count"] == lost
        if how == "missing-key":
            assert told[0].params["key"] == "at"
        kinds = sorted({e["kind"] for e in register.ledger.entries()})
        assert kinds == ["anchor", "erasure"]  # the register's own copy keeps both, the unknown kind too
        assert register.erased_before(distinctive_card()) == "20-11-2026"  # the day the person asked
        if how == "folder":
            with pytest.raises(UserError) as refused:  # the ledger line must be written first: nothing changes
                register.erasure.erase(register._db.execute_sql('SELECT id FROM customer').fetchone()[0])
            assert refused.value.template == Msg.LEDGER_IS_FOLDER and register.customers.count() == 1
        else:
            assert ledger.read_text().splitlines()[:len(good)] == good  # rewritten from the register, atomically
    if how != "folder":
        with open_again(path, key) as register:
            assert register.ledger_report == []  # told once: the file was repaired


def test_a_ledger_that_cannot_be_written_again_is_told_as_such_and_leaves_no_half_copy(erased, monkeypatch):
    """An immutable or read-only ledger, or a full disk, at the start: not "written again" nor "nothing was
    erased" (nobody erased anything), but what is wrong and what to do; the register keeps every line."""
    from etsoft_desk.services import ledger as ledger_module

    path, key, _, _ = erased
    ledger = path.parent / LEDGER
    damage(ledger, "cut")
    cut = ledger.read_bytes()

    def refused(*_args):
        raise PermissionError(1, "Operation not permitted")  # what chattr +i answers a rename onto the file
    with monkeypatch.context() as patched:
        patched.setattr(ledger_module.os, "replace", refused)
        with open_again(path, key) as register:
            assert templates(register.ledger_report) == [Msg.LEDGER_LINE_NOT_JSON, Msg.LEDGER_NOT_REPAIRED]
            assert "make the file writable" in str(register.ledger_report[-1])
            assert register.removed == []  # no half copy beside it, to be swept as "left by a restore"
    assert ledger.read_bytes() == cut and sorted(p.name for p in path.parent.glob("*.partial")) == []
    with open_again(path, key) as register:  # writable again: repaired from the register at the next start
        assert templates(register.ledger_report) == [Msg.LEDGER_LINE_NOT_JSON, Msg.LEDGER_REPAIRED]


def test_an_erasure_the_register_did_without_any_valid_line_is_reported(erased):
    path, key, _, _ = erased
    db = sqlcipher3.connect(str(path), isolation_level=None)
    db.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    db.execute("DELETE FROM ledger_line")  # the register's copy gone too (an old version's register)
    db.close()
    (path.parent / LEDGER).unlink()
    with open_again(path, key) as register:
        assert templates(register.ledger_report) == [Msg.LEDGER_APPLIED_WITHOUT_LINE]
        assert register.ledger_report[0].params["count"] == 1


def test_lines_of_an_older_version_are_sealed_once_when_the_register_confirms_them(erased):
    path, key, _, _ = erased
    ledger = path.parent / LEDGER
    unsigned = []
    for text in ledger.read_text().splitlines():
        entry = json.loads(text)
        entry.pop("mac")
        unsigned.append(json.dumps(entry, sort_keys=True))
    unsigned.append(json.dumps({"kind": "erasure", "erasure_id": "VV-FORGED00", "at": "2026-01-01T00:00:00",
                                "markers": {}}))
    ledger.write_text("\n".join(unsigned) + "\n")
    with open_again(path, key) as register:
        # the erasure line is in erasure_applied: sealed; the anchor and the unknown erasure are not trusted
        anchors = len(unsigned) - 2  # the erasure line is in erasure_applied: sealed; anchors and the forged
        assert templates(register.ledger_report) == [Msg.LEDGER_LINE_UNSIGNED] * (anchors + 1) + [  # line are not
            Msg.LEDGER_REPAIRED]  # the anchors come back from the register's own copy
        assert all(register.ledger.authentic(json.loads(t)) for t in ledger.read_text().splitlines())


def test_a_restore_after_the_ledger_was_deleted_erases_again_from_the_current_registers_copy(erased):
    path, key, before, request = erased
    (path.parent / LEDGER).unlink()
    register, result = restore(path, before, key, open_again, fixed_clock)
    with register:
        assert result.replayed == 1 and register.customers.count() == 1
        assert register.erased_before(distinctive_card()) == "20-11-2026"
        closed = register.requests.get(request)
        assert closed.status is RequestStatus.DONE  # not back as "open, overdue"
    assert found(path, key) == set()


def test_a_restore_on_a_new_pc_erases_again_with_the_ledger_beside_the_backups(erased, tmp_path):
    path, key, before, _ = erased
    with open_again(path, key) as register:
        later = register.backups.backup(before.parent).path  # leaves the newest ledger beside it
    assert (before.parent / LEDGER).is_file() and later.exists()
    new_pc = tmp_path / "new-pc" / "register.db"
    register, result = restore(new_pc, before, key, open_again, fixed_clock)
    with register:
        assert result.replayed == 1 and register.customers.count() == 1
        assert not any(v.encode() in (new_pc.parent / LEDGER).read_bytes() for v in DISTINCTIVE_VALUES)
    assert found(new_pc, key) == set()


def test_the_cli_tells_the_damage_at_start_and_restore_confirm_removes_the_set_aside(erased, tmp_path):
    path, key, before, _ = erased
    (path.parent / LEDGER).unlink()
    env = dict(os.environ, ETSOFT_DESK_DATA=str(path.parent), ETSOFT_DESK_KEY=format_recovery_key(key))
    run = subprocess.run([sys.executable, "-m", "etsoft_desk", "list"], env=env, capture_output=True, text=True,
                         timeout=60, stdin=subprocess.DEVNULL)
    assert run.returncode == 0 and "The erasure ledger lacked " in run.stderr
    assert "Traceback" not in run.stderr
    run = subprocess.run([sys.executable, "-m", "etsoft_desk", "restore", str(before)], env=env,
                         capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert run.returncode == 0 and "Erased again from the erasure ledger: 1" in run.stdout, run.stderr
    aside = [p for p in path.parent.glob("register.db.set-aside-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1  # every erasure is carried out in it too: kept as the way back
    run = subprocess.run([sys.executable, "-m", "etsoft_desk", "restore", "--confirm"], env=env,
                         capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert run.returncode == 0 and "the restore is confirmed" in run.stdout, run.stderr
    assert not list(path.parent.glob("register.db.set-aside-*"))


def test_a_set_aside_register_goes_as_soon_as_someone_is_erased_after_the_restore(erased):
    path, key, before, _ = erased
    register, result = restore(path, before, key, open_again, fixed_clock)
    with register:
        assert result.set_aside.exists()
        other = register._db.execute_sql('SELECT id FROM customer').fetchone()[0]
        gone = register.erasure.erase(other, by="JV")
        assert templates(gone.removed) == [Msg.LEFTOVER_SET_ASIDE_STALE] and not result.set_aside.exists()


def test_interrupted_restores_and_backups_leave_nothing_after_the_next_start(erased, tmp_path):
    path, key, before, _ = erased
    with open_again(path, key) as register:
        with register.transaction():
            register.settings.set_value("backup_folder", str(before.parent))
    leftovers = [path.with_name("register.db.restoring"), path.with_name("x.db.partial"),
                 before.parent / "etsoft-desk-backup-20261125-103000.db.partial",
                 before.parent / "erasure-ledger.jsonl.partial"]
    for leftover in leftovers:
        shutil.copy(before, leftover)  # the backup from before the erasure: it holds the erased person
    with open_again(path, key) as register:
        assert templates(register.removed) == [Msg.LEFTOVER_INTERRUPTED] * 4
    assert not any(p.exists() for p in leftovers)


def test_a_backup_being_written_by_another_program_is_not_swept_as_a_leftover(erased, tmp_path):
    """A command-line start while the window writes a backup: the .partial in use stays, and goes once left."""
    from etsoft_desk.services import leftovers as sweeping

    path, key, before, _ = erased
    partial = path.with_name("etsoft-desk-backup-20261125-103000.db.partial")
    shutil.copy(before, partial)
    with sweeping.claim(partial):
        with open_again(path, key) as register:
            assert register.removed == [] and partial.exists()
    with open_again(path, key) as register:
        assert templates(register.removed) == [Msg.LEFTOVER_INTERRUPTED] and not partial.exists()


def test_a_customer_erased_by_the_retention_run_returns_without_a_warning(new_register):
    register = new_register.register
    cid = register.customers.create(distinctive_card())
    register.erasure.erase(cid, by="JV", reason="retention")
    kinds = [json.loads(t)["kind"] for t in register.ledger.path.read_text().splitlines()]
    assert [k for k in kinds if k != "anchor"] == ["retention"]
    assert register.erased_before(distinctive_card()) is None
    assert register.ledger.matcher() is None


def reader(path, key, hold: threading.Event, holding: threading.Event):
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM customer").fetchone()  # a read snapshot from before the erasure
    holding.set()
    hold.wait(60)
    conn.execute("COMMIT")
    conn.close()


def test_an_erasure_waits_for_a_reader_that_lets_go_and_reports_clean(new_register, register_path):
    register = new_register.register
    cid = register.customers.create(distinctive_card())
    hold, holding = threading.Event(), threading.Event()
    thread = threading.Thread(target=reader, args=(register_path, new_register.key, hold, holding))
    thread.start()
    holding.wait(10)
    threading.Timer(1.0, hold.set).start()
    result = register.erasure.erase(cid, by="JV")
    thread.join()
    assert result.checkpoint_clean and not register.erasure.checkpoint_pending()
    assert found(register_path, new_register.key) == set()


def test_an_erasure_held_up_by_a_reader_is_not_done_until_the_retry_after_it(new_register, register_path):
    register = new_register.register
    register.erasure.checkpoint_seconds = 1.0
    cid = register.customers.create(distinctive_card())
    hold, holding = threading.Event(), threading.Event()
    thread = threading.Thread(target=reader, args=(register_path, new_register.key, hold, holding))
    thread.start()
    holding.wait(10)
    start = time.monotonic()
    result = register.erasure.erase(cid, by="JV")
    assert not result.checkpoint_clean and time.monotonic() - start < 10
    assert register.erasure.checkpoint_pending()  # persisted: every open, close and the window retry it
    assert found(register_path, new_register.key)  # the remnants are still there while the reader reads
    hold.set()
    thread.join()
    assert register.erasure.retry_checkpoint() and not register.erasure.checkpoint_pending()
    assert found(register_path, new_register.key) == set()


def test_a_set_aside_name_of_the_live_register_is_unlinked_never_overwritten(erased):
    path, key, _, _ = erased
    os.link(path, path.with_name("register.db.set-aside-20261125-103000"))  # a restore killed half-way
    with open_again(path, key) as register:
        assert templates(register.remove_leftovers(confirmed=True)) == [Msg.LEFTOVER_SET_ASIDE_CONFIRMED]
    with open_again(path, key) as register:
        assert register.customers.count() == 1
