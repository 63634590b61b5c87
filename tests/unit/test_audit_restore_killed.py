"""kill -9 of ``restore BACKUP`` at random moments: the chain of whatever register is left in place verifies
against the erasure ledger afterwards (``audit verify`` exits 0), never a false alarm of a rewritten log. The
restore names the incoming chain's head in the ledger as an allowed rewind before the swap."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

KILLS = 15  # bounded


def etsoft(*args, data_dir, key, wait=True):
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data_dir), ETSOFT_DESK_KEY=key)
    command = [sys.executable, "-m", "etsoft_desk", *args]
    if not wait:
        return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL)
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


@pytest.fixture
def shop(tmp_path):
    data = tmp_path / "data"
    run = etsoft("init", data_dir=data, key="")
    assert run.returncode == 0, run.stderr
    key = run.stdout.strip().splitlines()[-1]
    csv = tmp_path / "klanten.csv"
    csv.write_text("voornaam;achternaam;e-mail;postcode;plaats\n" + "".join(
        f"Klant{i};Vulling;k{i}@example.com;4561 ZH;Hulst\n" for i in range(400)), encoding="utf-8")
    backup = tmp_path / "stick" / "kopie.db"
    backup.parent.mkdir()
    for args in (("import", str(csv)), ("show", "1"), ("backup", str(backup)), ("show", "2"), ("show", "3")):
        run = etsoft(*args, data_dir=data, key=key)
        assert run.returncode == 0, run.stderr  # the ledger now anchors entries the backup does not hold
    return data, key, backup


def test_a_restore_killed_at_any_moment_leaves_a_chain_that_verifies(shop, tmp_path):
    data, key, backup = shop
    pristine = tmp_path / "pristine"
    shutil.copytree(data, pristine)
    rng = random.Random(10)
    killed, took = 0, None
    for _ in range(KILLS + 1):
        shutil.rmtree(data)
        shutil.copytree(pristine, data)
        start = time.monotonic()
        child = etsoft("restore", str(backup), data_dir=data, key=key, wait=False)
        if took is None:  # the first run is timed, not killed: the kills fall within that time
            assert child.wait(60) == 0
            took = time.monotonic() - start
        else:
            time.sleep(rng.uniform(0.3 * took, 0.9 * took))  # the start-up of the interpreter holds no risk
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
                killed += 1
            else:  # faster than the timed run (the machine got less busy): kill earlier next time
                took *= 0.8
        assert child.wait(60) in (0, -signal.SIGKILL)
        verified = etsoft("audit", "verify", data_dir=data, key=key)
        assert verified.returncode == 0, verified.stderr
        assert "intact" in verified.stdout and "tampered" not in verified.stderr
    assert killed >= KILLS // 3  # many runs were really interrupted


KILLED_AFTER_SWAP = """
import os, sys
from pathlib import Path
from etsoft_desk.domain.recovery_key import parse_key
from etsoft_desk.services import backup
from etsoft_desk.services.operations import restore_register
backup.fsync_dir = lambda folder: os._exit(9)  # killed right after os.replace, before the restore's audit entry
restore_register(Path(sys.argv[1]), Path(sys.argv[2]), parse_key(sys.argv[3]), None)
"""


def restores_in_log(path, key):
    from etsoft_desk.domain.recovery_key import parse_key
    from etsoft_desk.services import register as reg
    from etsoft_desk.store.models import AuditEntry

    with reg.open_with_key(path, parse_key(key)) as register:
        details = [e.detail for e in AuditEntry.select().where(AuditEntry.action == "register.restore")]
        assert register.audit.verify().entries > 0
    return details


def test_a_restore_killed_right_after_the_swap_is_in_the_audit_log_from_the_next_opening(shop):
    data, key, backup = shop
    path = data / "register.db"
    run = subprocess.run([sys.executable, "-c", KILLED_AFTER_SWAP, str(path), str(backup), key], timeout=60,
                         capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert run.returncode == 9, run.stderr
    assert list(data.glob("register.db.set-aside-*"))  # the backup's copy is in place
    assert restores_in_log(path, key) == ["restored kopie.db: 400 customers; erased again from the ledger: 0"]
    assert restores_in_log(path, key) == ["restored kopie.db: 400 customers; erased again from the ledger: 0"]  # once
    verified = etsoft("audit", "verify", data_dir=data, key=key)
    assert verified.returncode == 0 and "intact" in verified.stdout, verified.stderr


def test_a_restore_that_ran_through_has_one_entry_in_the_audit_log(shop):
    data, key, backup = shop
    assert etsoft("restore", str(backup), data_dir=data, key=key).returncode == 0
    assert restores_in_log(data / "register.db", key) == [
        "restored kopie.db: 400 customers; erased again from the ledger: 0"]
