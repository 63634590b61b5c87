"""Rekey killed with -9 at random moments, in a real subprocess: every time, the register opens with a key the
owner holds (the old key, the keyring's key or its pending entry, or the key printed on the new sheet).

Three harnesses: no keyring and no sheet (rekey must refuse), no keyring with --recovery-sheet, and a keyring
that keeps what it was given across the kill (tests/helpers/json_keyring.py)."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.recovery_key import format_recovery_key, parse_key
from etsoft_desk.secrets.keystore import SERVICE
from etsoft_desk.services import register as reg
from etsoft_desk.store import database
from tests.helpers import json_keyring

CUSTOMERS = 10_000  # a register big enough that the re-encryption takes a while
KILLS = 24
BUDGET_SECONDS = 40  # per harness


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    new = reg.create(folder / "data" / reg.REGISTER_FILE)
    csv = folder / "klanten.csv"
    csv.write_text("voornaam;achternaam;e-mail;telefoon;postcode;plaats\n" + "".join(
        f"Klant{i};Achternaam{i};klant{i}@example.com;06-1{i:07d};4561 ZH;Hulst\n" for i in range(CUSTOMERS)),
        encoding="utf-8")
    with new.register as register:
        register.settings.staff_initials = "JV"
        assert register.import_csv(csv).imported == CUSTOMERS
        rid = register.register_id
    return folder / "data", new.key, rid


def sheet_key(sheet: Path) -> bytes | None:
    if not sheet.exists():
        return None
    text = PdfReader(str(sheet)).pages[0].extract_text()  # a sheet under its own name is always whole
    groups = re.findall(r"\b[0-9A-Z]{4}\b", text)
    for start in range(len(groups) - 13):
        try:
            return parse_key("-".join(groups[start:start + 14]))
        except UserError:
            continue
    raise AssertionError("the sheet carries no readable key")


def opening_key(path: Path, keys: list[bytes]) -> bytes | None:
    for key in keys:
        try:
            db = database.open_register(path, key)
        except UserError:
            continue
        try:
            assert db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == CUSTOMERS
            rekeys = db.execute_sql("SELECT count(*) FROM audit_entry WHERE action = 'register.rekey'").fetchone()[0]
        finally:
            database.close_register(db)
        return key, rekeys
    return None


def harness(template, tmp_path, *, sheet: bool, keyring: bool):
    source, old, rid = template
    rng = random.Random()
    seed = rng.randrange(10**6)
    rng.seed(seed)
    env = dict(os.environ, PYTHONPATH=os.environ.get("PYTHONPATH", str(Path(__file__).parents[2])))
    env.pop("ETSOFT_DESK_KEY", None)

    def prepared(n):
        run = tmp_path / f"run{n}"
        shutil.copytree(source, run / "data")
        env_n = dict(env, ETSOFT_DESK_DATA=str(run / "data"))
        if keyring:
            (run / "keyring.json").write_text(json.dumps({f"{SERVICE}/{rid}": old.hex()}), encoding="utf-8")
            env_n.update(PYTHON_KEYRING_BACKEND="tests.helpers.json_keyring.JsonKeyring",
                         **{json_keyring.FILE_ENV: str(run / "keyring.json")})
        else:
            env_n.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                         ETSOFT_DESK_KEY=format_recovery_key(old))
        args = [sys.executable, "-m", "etsoft_desk", "rekey"] + (["--recovery-sheet", str(run / "sheet.pdf")]
                                                                 if sheet else [])
        return run, env_n, args

    # One uninterrupted run: what it says, and how long the whole process takes.
    run, env_n, args = prepared("whole")
    start = time.perf_counter()
    whole = subprocess.run(args, env=env_n, capture_output=True, text=True, timeout=60)
    duration = time.perf_counter() - start
    assert "Traceback" not in whole.stderr
    if not sheet and not keyring:
        assert whole.returncode == 1 and "--recovery-sheet" in whole.stderr and "Nothing was changed" in whole.stderr
    else:
        assert whole.returncode == 0, whole.stderr

    outcomes = {"old key": 0, "new key": 0, "temp files left by the kill": 0}
    began = time.monotonic()
    for n in range(KILLS):
        if time.monotonic() - began > BUDGET_SECONDS:
            break
        run, env_n, args = prepared(n)
        process = subprocess.Popen(args, env=env_n, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(duration * 0.4, duration * 1.4))  # python starts up in the first part
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        held = [old]
        if keyring:
            entries = json_keyring.read(run / "keyring.json")
            held += [bytes.fromhex(v) for v in entries.values()]
        if sheet and (found := sheet_key(run / "sheet.pdf")):
            held.append(found)
        outcomes["temp files left by the kill"] += len(list(run.glob(".etsoft-output-*")))
        opened = opening_key(run / "data" / reg.REGISTER_FILE, held)
        assert opened is not None, f"run {n} (seed {seed}): the register opens with no key the owner holds"
        key, rekeys = opened
        if key == old:
            outcomes["old key"] += 1
        else:
            outcomes["new key"] += 1
            assert rekeys >= 1, "the rekey is in the audit log"
        if keyring:  # as the owner starts it next: from the keyring alone (pending entry included)
            listed = subprocess.run([sys.executable, "-m", "etsoft_desk", "list", "--search", "Klant17"],
                                    env=env_n, capture_output=True, text=True, timeout=60)
            assert listed.returncode == 0 and "Traceback" not in listed.stderr, listed.stderr
        shutil.rmtree(run)
    print(f"rekey killed {outcomes['old key'] + outcomes['new key']} times (seed {seed}, whole run {duration:.2f} s): {outcomes}")
    assert outcomes["old key"] + outcomes["new key"] >= 10
    if not sheet and not keyring:
        assert outcomes["new key"] == 0  # refused: the key never changes without a place the owner holds it
    return outcomes


def test_rekey_without_keyring_or_sheet_refuses_and_a_kill_never_changes_the_key(template, tmp_path):
    harness(template, tmp_path, sheet=False, keyring=False)


def test_rekey_killed_with_a_sheet_opens_with_the_old_key_or_the_sheets(template, tmp_path):
    harness(template, tmp_path, sheet=True, keyring=False)


def test_rekey_killed_with_a_keyring_opens_from_the_keyring(template, tmp_path):
    harness(template, tmp_path, sheet=False, keyring=True)
