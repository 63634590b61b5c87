"""The audit chain against someone with the key who edits the register: the end cut off and the head reset, the
head reset alone, the whole chain rewritten consistently, the table dropped. Its head is anchored in the
erasure ledger, outside the register, so each is found by ``audit verify`` (a real process, exit 1, one sentence);
a restore of an older backup is a legitimate rewind."""

import json
import os
import subprocess
import sys

import pytest
import sqlcipher3

from etsoft_desk.domain.recovery_key import parse_key
from etsoft_desk.services.audit import GENESIS, _digest

LEDGER = "erasure-ledger.jsonl"


def etsoft(*args, data_dir, key):
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data_dir), ETSOFT_DESK_KEY=key)
    return subprocess.run([sys.executable, "-m", "etsoft_desk", *args], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


def one_sentence_failure(run, *words):
    assert run.returncode == 1, (run.stdout, run.stderr)
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr, run.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def shop(tmp_path):
    data = tmp_path / "data"
    run = etsoft("init", data_dir=data, key="")
    assert run.returncode == 0, run.stderr
    key = run.stdout.strip().splitlines()[-1]
    csv = tmp_path / "klanten.csv"
    csv.write_text("voornaam;achternaam;e-mail;postcode;plaats\nAnna;Zwart;anna@example.com;4561 ZH;Hulst\n"
                   "Bert;Aalst;bert@example.com;4571 AB;Axel\n", encoding="utf-8")
    for args in (("import", str(csv)), ("show", "1"), ("show", "2"), ("consent", "1", "email", "grant", "--how",
                                                                          "counter", "--by", "JV")):
        run = etsoft(*args, data_dir=data, key=key)
        assert run.returncode == 0, run.stderr
    verified = etsoft("audit", "verify", data_dir=data, key=key)
    assert verified.returncode == 0 and "intact" in verified.stdout, verified.stderr
    return data, key


def sql(data, key, *statements):
    conn = sqlcipher3.connect(str(data / "register.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{parse_key(key).hex()}'\"")
    try:
        results = [conn.execute(s, p).fetchall() for s, p in statements]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return results


def anchors(data):
    return [json.loads(line) for line in (data / LEDGER).read_text().splitlines() if '"anchor"' in line]


def rows(data, key):
    return sql(data, key, ("SELECT id, at, action, subject, detail, prev_hash, hash FROM audit_entry ORDER BY id",
                           ()))[0]


def test_the_head_is_anchored_in_the_ledger_only_when_it_moved(shop):
    data, key = shop
    marks = anchors(data)
    (last_id, last_hash), = sql(data, key, ("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1", ()))[0]
    assert marks[-1]["head"] == f"{last_id}:{last_hash}" and marks[-1]["chain"]
    assert len({m["chain"] for m in marks}) == 1 and len(marks) >= 4  # init, import, show, show, consent
    before = (data / LEDGER).read_bytes()
    for args in (("list",), ("audit", "verify"), ("check",)):  # read-only commands write nothing
        assert etsoft(*args, data_dir=data, key=key).returncode == 0
    assert (data / LEDGER).read_bytes() == before


def test_the_end_cut_off_and_the_head_reset_is_detected(shop):
    data, key = shop
    kept = rows(data, key)[:-2]
    sql(data, key, ("DELETE FROM audit_entry WHERE id > ?", (kept[-1][0],)),
        ("UPDATE register_setting SET value = ? WHERE key = 'audit_head'", (f"{kept[-1][0]}:{kept[-1][6]}",)),
        ("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_entry'", (kept[-1][0],)))
    one_sentence_failure(etsoft("audit", "verify", data_dir=data, key=key), "tampered", "removed")
    assert etsoft("check", data_dir=data, key=key).returncode == 1


def test_the_head_reset_alone_is_detected(shop):
    data, key = shop
    earlier = rows(data, key)[-3]
    sql(data, key, ("UPDATE register_setting SET value = ? WHERE key = 'audit_head'", (f"{earlier[0]}:{earlier[6]}",)))
    one_sentence_failure(etsoft("audit", "verify", data_dir=data, key=key), "tampered")


def rewrite(data, key, entries):
    """Recompute every hash with the program's own function and key, so the chain in the register is whole."""
    (chain_key,), = sql(data, key, ("SELECT value FROM register_setting WHERE key = 'audit_key'", ()))[0]
    prev, statements = GENESIS, [("DELETE FROM audit_entry", ())]
    for n, (_, at, action, subject, detail, _, _) in enumerate(entries, start=1):
        digest = _digest(bytes.fromhex(chain_key), prev, n, at, action, subject, detail)
        statements.append(("INSERT INTO audit_entry (id, at, action, subject, detail, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", (n, at, action, subject, detail, prev, digest)))
        prev = digest
    statements.append(("UPDATE register_setting SET value = ? WHERE key = 'audit_head'", (f"{len(entries)}:{prev}",)))
    statements.append(("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_entry'", (len(entries),)))
    sql(data, key, *statements)


def test_the_whole_chain_rewritten_consistently_is_detected(shop):
    data, key = shop
    entries = rows(data, key)
    # The consent entry now says the customer refused; every hash after it recomputed, the head reset.
    entries = [e if e[2] != "consent.record" else (*e[:4], "email:refused", *e[5:]) for e in entries]
    rewrite(data, key, entries)
    (subject, detail), = sql(data, key, ("SELECT subject, detail FROM audit_entry WHERE action = 'consent.record'",
                                         ()))[0]
    assert detail == "email:refused"
    one_sentence_failure(etsoft("audit", "verify", data_dir=data, key=key), "tampered", "rewritten")


def test_a_rewritten_shorter_chain_is_detected(shop):
    data, key = shop
    rewrite(data, key, [e for e in rows(data, key) if e[2] != "customer.view"])  # two views taken out
    one_sentence_failure(etsoft("audit", "verify", data_dir=data, key=key), "tampered", "removed")
    run = etsoft("show", "1", data_dir=data, key=key)  # the next close does not anchor the forged head
    assert run.returncode == 0 and "audit log has been tampered with" in run.stderr  # told at the start too
    one_sentence_failure(etsoft("audit", "verify", data_dir=data, key=key), "tampered")


def test_a_dropped_audit_table_is_one_sentence(shop):
    data, key = shop
    sql(data, key, ("DROP TABLE audit_entry", ()))
    one_sentence_failure(etsoft("audit", "verify", data_dir=data, key=key), "audit log is missing")
    run = etsoft("check", data_dir=data, key=key)
    assert run.returncode == 1 and "audit log is missing" in run.stderr and "Traceback" not in run.stderr
    assert "passes the encryption check" in run.stdout  # the file itself is sound
    one_sentence_failure(etsoft("show", "1", data_dir=data, key=key), "audit log is missing")


def test_a_restored_older_backup_is_a_legitimate_rewind(shop, tmp_path):
    data, key = shop
    backup = tmp_path / "stick" / "kopie.db"
    backup.parent.mkdir()
    assert etsoft("backup", str(backup), data_dir=data, key=key).returncode == 0
    for n in ("1", "2", "1"):
        assert etsoft("show", n, data_dir=data, key=key).returncode == 0
    restored = etsoft("restore", str(backup), data_dir=data, key=key)
    assert restored.returncode == 0, restored.stderr
    verified = etsoft("audit", "verify", data_dir=data, key=key)
    assert verified.returncode == 0 and "intact" in verified.stdout, verified.stderr
    last_id, last_hash = rows(data, key)[-1][0], rows(data, key)[-1][6]
    assert anchors(data)[-1]["head"] == f"{last_id}:{last_hash}"


def test_a_folder_in_the_ledgers_place_is_told_and_the_anchor_said_to_be_only_in_the_register(shop):
    """Not "anchored in the erasure ledger" when no ledger file is there: the head is then held only by the
    register's own copy, and no erasure can be carried out until the folder is moved away."""
    data, key = shop
    ledger = data / LEDGER
    ledger.rename(data / "ledger.moved")
    ledger.mkdir()
    verified = one_sentence_failure(etsoft("audit", "verify", data_dir=data, key=key), "is a folder")
    checked = etsoft("check", data_dir=data, key=key)
    assert checked.returncode == 1 and checked.stderr.strip() == verified
    assert "anchored in the register's own copy of the erasure ledger" in checked.stdout
    ledger.rmdir()
    (data / "ledger.moved").rename(ledger)
    again = etsoft("check", data_dir=data, key=key)
    assert again.returncode == 0 and "anchored in the erasure ledger." in again.stdout, again.stderr
