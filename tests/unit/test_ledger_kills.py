"""kill -9 at random moments of a restore and of a backup: the register always opens at the next start, the
erased stay erased, and no leftover copy (set-aside, .restoring, .partial) holds an erased value after it."""

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from etsoft_desk.domain.requests import RequestChannel, RequestKind
from etsoft_desk.services import register as reg
from tests.conftest import fixed_clock
from tests.helpers.cards import card, distinctive_card
from tests.helpers.sqlcipher_pages import decrypted_pages

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ERASABLE = ["Zebulonia", "Quaxelbrink", "zebulonia.quax@example.org", "Pyroclastische"]
KILLS = {"restore": 20, "backup": 10}  # bounded; 20 so that some land in the copy of a restore

CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from etsoft_desk.services import register as reg
    from etsoft_desk.services.backup import restore
    path, key = Path({path!r}), bytes.fromhex({key!r})
    print("ready", flush=True)
    if {what!r} == "restore":
        register, _ = restore(path, Path({backup!r}), key, reg.open_with_key, reg.local_now)
    else:
        register = reg.open_with_key(path, key)
        register.backups.backup(Path({stick!r}))
    register.close()
""")


def leftovers(folder):
    return [p for p in folder.iterdir()
            if (".set-aside-" in p.name or ".restoring" in p.name or p.name.endswith(".partial"))]


def holds_erased(path, key) -> bool:
    try:
        pages = b"".join(decrypted_pages(path, key))
    except (ValueError, IndexError):  # not whole pages: cannot be a register, scan the raw bytes instead
        pages = path.read_bytes()
    return any(v.encode() in pages or v.lower().encode() in pages for v in ERASABLE)


@pytest.fixture
def shop(new_register, register_path, tmp_path):
    register = new_register.register
    register.settings.staff_initials = "JV"
    for i in range(300):  # enough pages that a copy takes a moment
        register.customers.create(card(first_name=f"Klant{i}", last_name="Vulling", emails=[f"k{i}@example.com"]))
    cid = register.customers.create(distinctive_card())
    request = register.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 11, 20), RequestChannel.COUNTER)
    stick = tmp_path / "stick"
    stick.mkdir()
    with register.transaction():
        register.settings.set_value("backup_folder", str(stick))
    before = register.backups.backup(stick / "before.db").path
    register.erasure.erase(cid, request_id=request)
    register.close()
    return register_path, new_register.key, before, stick


@pytest.mark.parametrize("what", ["restore", "backup"])
def test_killed_at_random_moments_the_register_opens_and_nothing_left_holds_the_erased(shop, what):
    path, key, before, stick = shop
    rng = random.Random(10 + len(what))
    script = CHILD.format(root=ROOT, path=str(path), key=key.hex(), what=what, backup=str(before),
                          stick=str(stick))
    killed, took = 0, None
    for _ in range(KILLS[what] + 1):
        child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        start = time.monotonic()
        if took is None:  # the first run is timed, not killed: the kills fall within that time
            child.wait(60)
            took = time.monotonic() - start
        else:
            time.sleep(rng.uniform(0.0, took))
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
                killed += 1
            else:  # it ran faster than the timed run (the machine got less busy): kill earlier next time
                took *= 0.8
        _, err = child.communicate(timeout=60)
        assert child.returncode in (0, -signal.SIGKILL), err
        with reg.open_with_key(path, key, clock=fixed_clock) as register:  # the next start
            assert register.customers.count() == 300
            assert register.erased_before(distinctive_card()) == "20-11-2026"
        assert not holds_erased(path, key)
        for left in leftovers(path.parent) + leftovers(stick):
            assert ".set-aside-" in left.name, left  # interrupted copies are gone
            assert not holds_erased(left, key), left
        for backup in stick.glob("etsoft-desk-backup-*.db"):
            assert not holds_erased(backup, key)
        time.sleep(1.0 if what == "backup" else 0)  # backups are named by the second
    assert killed >= KILLS[what] // 2  # most runs were really interrupted
