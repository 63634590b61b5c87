"""Defects a hostile tester found in the erasure ledger, restore, backup and the leftovers sweep."""

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from etsoft_desk.domain.customer import Address
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services import register as reg
from etsoft_desk.services.backup import restore
from tests.conftest import fixed_clock
from tests.helpers.cards import card

LEDGER = "erasure-ledger.jsonl"


def open_again(path, key, **kw):
    return reg.open_with_key(path, key, clock=fixed_clock, **kw)


def anna(email: str, number: int, **kw):
    return card(first_name="Anna", infix="", last_name="Mulder", emails=[email], phones=[],
                address=Address(street="Dorpsstraat", house_number=number, postcode="1234 AB", city="Ergens"), **kw)


def emails(register) -> list[list[str]]:
    from etsoft_desk.store.models import database_proxy

    ids = [r[0] for r in database_proxy.obj.execute_sql("SELECT id FROM customer ORDER BY id").fetchall()]
    return [register.customers.open(i, log_view=False).card.emails for i in ids]


# --- 1. a namesake in the same postcode is another person -------------------------------------------------------
@pytest.fixture
def two_annas(new_register, register_path, tmp_path):
    register = new_register.register
    first = register.customers.create(anna("anna.een@example.com", 3))
    register.customers.create(anna("anna.twee@example.com", 41))
    stick = tmp_path / "stick"
    stick.mkdir()
    before = register.backups.backup(stick / "before.db").path
    register.erasure.erase(first, by="JV")
    register.close()
    return register_path, new_register.key, before


def test_a_restore_erases_again_only_the_anna_who_asked_not_her_namesake(two_annas):
    path, key, before = two_annas
    register, result = restore(path, before, key, open_again, fixed_clock)
    with register:
        assert result.replayed == 1
        assert emails(register) == [["anna.twee@example.com"]]


def test_an_import_refuses_the_erased_anna_and_imports_her_namesake(two_annas, tmp_path):
    path, key, _ = two_annas
    sheet = tmp_path / "annas.csv"
    sheet.write_text("voornaam;achternaam;email;postcode;huisnummer\n"
                     "Anna;Mulder;anna.drie@example.com;1234 AB;41\n"   # the other Anna, a new address
                     "Anna;Mulder;anna.vier@example.com;1234 AB;3\n",   # the erased one, a new email
                     encoding="utf-8")
    with open_again(path, key) as register:
        # the first row matches the living Anna (a duplicate): added on purpose, this test is about the ledger
        result = register.import_csv(sheet, skip_invalid=True, duplicates="add")
        assert result.imported == 1
        assert [p.line for p in result.problems] == [3]
        # the warning on a new card may be loose: it only says when someone of that name there asked
        assert register.erased_before(anna("nieuw@example.com", 99)) is not None


def test_lines_written_before_the_house_number_still_match_by_name_and_postcode(two_annas):
    path, key, before = two_annas
    with open_again(path, key) as register:
        ledger = register.ledger
        lines = [json.loads(t) for t in ledger.lines()]
        old = []
        for e in lines:
            e.pop("mac")
            if e.get("kind") == "erasure":
                e["markers"].pop("home")
                e["erasure_id"] = "VV-0LD00000"
            old.append(ledger.seal(e))
    (path.parent / LEDGER).write_text("".join(json.dumps(e) + "\n" for e in old if e.get("kind") == "erasure"))
    register, result = restore(path, before, key, open_again, fixed_clock)
    with register:  # an old line cannot tell them apart: both go, as before
        assert register.customers.count() == 0


# --- 2. an erase killed after its ledger line: the replay keeps a shred confirmation --------------------------
KILLED_ERASE = """
import os, signal, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from etsoft_desk.services import register as reg
from etsoft_desk.store import erasure as store
from tests.conftest import fixed_clock
def killed(customer_id):  # inside the erasure's transaction, after the ledger line was written and synced
    os.kill(os.getpid(), signal.SIGKILL)
store.delete_customer = killed
register = reg.open_with_key(Path({path!r}), bytes.fromhex({key!r}), clock=fixed_clock)
register.erasure.erase({cid}, request_id={request}, by="JV")
"""


def test_an_erase_killed_before_its_commit_is_replayed_with_a_shred_confirmation(new_register, register_path):
    from etsoft_desk.domain.requests import RequestChannel, RequestKind, RequestStatus
    from etsoft_desk.store import documents
    from tests.helpers.cards import distinctive_card

    register = new_register.register
    register.settings.staff_initials = "JV"
    cid = register.customers.create(distinctive_card())
    register.customers.create(anna("anna.een@example.com", 3))
    request = register.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 11, 20), RequestChannel.COUNTER)
    register.close()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    child = subprocess.run([sys.executable, "-c", KILLED_ERASE.format(
        root=root, path=str(register_path), key=new_register.key.hex(), cid=cid, request=request)], cwd=root)
    assert child.returncode == -9
    lines = [json.loads(t) for t in (register_path.parent / LEDGER).read_text().splitlines()]
    (erasure_id,) = [e["erasure_id"] for e in lines if e["kind"] == "erasure"]
    with open_again(register_path, new_register.key) as again:
        assert again.replayed == 1 and again.customers.count() == 1
        assert again.requests.get(request).status is RequestStatus.DONE
        pdf = documents.pdf(erasure_id)
        assert pdf is not None and pdf.startswith(b"%PDF")
        assert [k for i, k, _ in documents.listing() if i == erasure_id] == ["shred_confirmation"]


# --- 3. a restore that could not write the ledger changes nothing --------------------------------------------
@pytest.fixture
def one_erased(new_register, register_path, tmp_path):
    from tests.helpers.cards import distinctive_card

    register = new_register.register
    cid = register.customers.create(distinctive_card())
    register.customers.create(anna("anna.een@example.com", 3))
    stick = tmp_path / "stick"
    stick.mkdir()
    before = register.backups.backup(stick / "before.db").path
    register.erasure.erase(cid, by="JV")
    register.close()
    return register_path, new_register.key, before


def _immutable(path, on: bool) -> bool:
    return subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True).returncode == 0


@pytest.mark.parametrize("how", ["folder", "immutable"])
def test_a_restore_that_cannot_write_the_ledger_refuses_and_changes_nothing(one_erased, how):
    path, key, before = one_erased
    ledger = path.parent / LEDGER
    if how == "folder":
        ledger.unlink()
        ledger.mkdir()
    elif not _immutable(ledger, True):
        pytest.skip("chattr +i is not allowed here")
    files = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    try:
        with pytest.raises(UserError) as err:
            restore(path, before, key, open_again, fixed_clock)
    finally:
        if how == "immutable":
            _immutable(ledger, False)
    assert err.value.template == Msg.RESTORE_CANNOT_WRITE and str(ledger) in str(err.value)
    assert {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()} == files
    with open_again(path, key) as register:
        assert register.customers.count() == 1  # the erased person did not come back


# --- 4. two registers back up to one folder: neither loses the other's erasures ------------------------------
def test_two_registers_backing_up_to_one_folder_keep_each_others_ledger_lines(one_erased, tmp_path):
    import shutil

    path, key, before = one_erased
    stick = before.parent
    with open_again(path, key) as register:
        register.backups.backup(stick / "mine.db")  # leaves this register's ledger beside its backups
    mine = set((stick / LEDGER).read_text().splitlines())
    other = reg.create(tmp_path / "other" / "register.db", clock=fixed_clock)
    with other.register as register:
        register.settings.staff_initials = "JV"
        register.erasure.erase(register.customers.create(anna("anna.twee@example.com", 41)))
        register.backups.backup(stick / "other.db")
    beside = set((stick / LEDGER).read_text().splitlines())
    assert mine <= beside and len(beside) > len(mine)
    shutil.rmtree(path.parent)  # this PC is lost: only the stick is left
    new_pc = tmp_path / "new-pc" / "register.db"
    register, result = restore(new_pc, before, key, open_again, fixed_clock)
    with register:
        assert result.replayed == 1 and register.customers.count() == 1


# --- 5. leftovers: only what the program made, also in a folder a backup went to -------------------------------
def test_the_sweep_leaves_the_owners_files_and_removes_only_our_own_leftovers(one_erased):
    path, key, _ = one_erased
    folder = path.parent
    (folder / "my.partial").write_text("x\n")
    (folder / "register.db.restoring.txt").write_text("mijn aantekeningen\n")
    (folder / "plain.db.partial").write_bytes(b"SQLite format 3\0" + bytes(4080))  # an unencrypted file: not ours
    (folder / "copy.db.partial").write_bytes(os.urandom(4096))  # encrypted pages: ours
    (folder / "copy.db.partial-journal").write_bytes(os.urandom(512))
    (folder / "empty.partial").write_bytes(b"")
    (folder / "register.db.restoring").write_bytes(os.urandom(4096))
    (folder / "register.db.restoring-wal").write_bytes(os.urandom(100))
    (folder / "gone.db.partial-journal").write_bytes(os.urandom(512))  # its main file was removed already
    with open_again(path, key) as register:
        removed = {os.path.basename(t.params["name"]) for t in register.removed}
    assert removed == {"copy.db.partial", "empty.partial", "register.db.restoring", "gone.db.partial"}
    left = {p.name for p in folder.iterdir()}
    assert {"my.partial", "register.db.restoring.txt", "plain.db.partial"} <= left
    assert not left & {"copy.db.partial", "copy.db.partial-journal", "empty.partial", "register.db.restoring",
                       "register.db.restoring-wal", "gone.db.partial-journal"}


KILLED_BACKUP = """
import os, signal, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from etsoft_desk.services import register as reg
from etsoft_desk.store import backup as store
from tests.conftest import fixed_clock
def killed(*args, **kw):  # the encrypted copy is written, not yet checked nor renamed
    os.kill(os.getpid(), signal.SIGKILL)
store.inspect = killed
register = reg.open_with_key(Path({path!r}), bytes.fromhex({key!r}), clock=fixed_clock)
register.backups.backup(Path({target!r}))
"""


def test_a_backup_killed_in_a_folder_of_its_own_leaves_nothing_after_the_next_backup_there(one_erased, tmp_path):
    path, key, _ = one_erased
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    child = subprocess.run([sys.executable, "-c", KILLED_BACKUP.format(
        root=root, path=str(path), key=key.hex(), target=str(elsewhere / "monday.db"))], cwd=root)
    assert child.returncode == -9
    assert [p.name for p in elsewhere.iterdir()] == ["monday.db.partial"]
    with open_again(path, key) as register:  # not the automatic backup folder: the start leaves it
        assert (elsewhere / "monday.db.partial").exists()
        register.backups.backup(elsewhere / "tuesday.db")
    assert sorted(p.name for p in elsewhere.iterdir()) == [LEDGER, "tuesday.db"]


def test_a_backup_into_a_folder_that_cannot_be_written_says_so_in_one_sentence(one_erased, tmp_path):
    path, key, _ = one_erased
    locked = tmp_path / "RO"
    locked.mkdir()
    if not _immutable(locked, True):
        pytest.skip("chattr +i is not allowed here")
    try:
        with open_again(path, key) as register, pytest.raises(UserError) as err:
            register.backups.backup(locked)
    finally:
        _immutable(locked, False)
    assert err.value.template == Msg.BACKUP_FOLDER_UNWRITABLE and str(locked) in str(err.value)
    assert list(locked.iterdir()) == []


# --- 6. a rekey while a restore's set-aside register is there ---------------------------------------------------
def test_a_rekey_after_a_restore_refuses_until_the_restore_is_confirmed(one_erased, tmp_path):
    from etsoft_desk.services.rekey import rekey

    path, key, before = one_erased
    register, _ = restore(path, before, key, open_again, fixed_clock)
    with register:
        (set_aside,) = [p for p in path.parent.glob("register.db.set-aside-*") if p.name[-4:] not in ("-wal", "-shm")]
        with pytest.raises(UserError) as err:
            rekey(register, None, sheet=tmp_path / "herstel.pdf")
        assert err.value.template == Msg.REKEY_SET_ASIDE and set_aside.name in str(err.value)
        assert not (tmp_path / "herstel.pdf").exists()
    with open_again(path, key) as again:  # the old key still opens the register, the set-aside copy stays
        assert set_aside.exists() and again.customers.count() == 1
