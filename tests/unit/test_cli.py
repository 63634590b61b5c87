"""The command line as the owner or a script runs it: a real process, real files, exit codes."""

import json
import re
import os
import subprocess
import sys

import pytest

from pypdf import PdfReader

from etsoft_desk.domain.recovery_key import parse_key


def etsoft(*args, data_dir, key=None, stdin=None):
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data_dir))
    env.pop("ETSOFT_DESK_KEY", None)
    if key:
        env["ETSOFT_DESK_KEY"] = key
    return subprocess.run([sys.executable, "-m", "etsoft_desk", *args], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


@pytest.fixture
def initialised(tmp_path):
    data = tmp_path / "data"
    run = etsoft("init", "--recovery-sheet", str(tmp_path / "sheet.pdf"), data_dir=data)
    assert run.returncode == 0, run.stderr
    assert "no keyring" in run.stderr  # this test process has none, and says so plainly
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    return data


@pytest.fixture
def keyed(tmp_path):
    data = tmp_path / "data"
    run = etsoft("init", data_dir=data)
    assert run.returncode == 0, run.stderr
    recovery = run.stdout.strip().splitlines()[-1]
    parse_key(recovery)
    csv = tmp_path / "klanten.csv"
    csv.write_text("voornaam;achternaam;e-mail;telefoon;postcode;plaats\n"
                   "Anna;Zwart;anna@example.com;06-12345678;4561 ZH;Hulst\n"
                   "Bert;Aalst;bert@example.com;0612340000;4571 AB;Axel\n", encoding="utf-8")
    imported = etsoft("import", str(csv), data_dir=data, key=recovery)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 customers." in imported.stdout
    return data, recovery


def test_init_with_a_given_key_and_an_existing_register_is_refused(initialised):
    again = etsoft("init", data_dir=initialised)
    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr


def test_list_json_and_search(keyed):
    data, key = keyed
    listed = etsoft("list", "--json", data_dir=data, key=key)
    rows = json.loads(listed.stdout)
    assert [r["name"] for r in rows] == ["Bert Aalst", "Anna Zwart"]
    assert set(rows[0]) >= {"id", "name", "email", "phone", "postcode", "city"}
    searched = etsoft("list", "--search", "+31 6 1234 5678", "--json", data_dir=data, key=key)
    assert [r["name"] for r in json.loads(searched.stdout)] == ["Anna Zwart"]
    text = etsoft("list", "--search", "axel", data_dir=data, key=key)
    assert "Bert Aalst" in text.stdout and "06 12340000" in text.stdout and "Anna" not in text.stdout


def test_show_json_is_the_whole_card(keyed):
    data, key = keyed
    shown = json.loads(etsoft("show", "1", "--json", data_dir=data, key=key).stdout)
    assert shown["first_name"] == "Anna" and shown["phones"] == ["+31612345678"]
    assert shown["address"]["postcode"] == "4561 ZH"
    assert shown["age"]["confirmed_18_plus"] is False
    assert shown["visits"] == [] and shown["invoices"] == []


def test_audit_verify(keyed):
    data, key = keyed
    run = etsoft("audit", "verify", data_dir=data, key=key)
    assert run.returncode == 0 and "intact" in run.stdout


def test_wrong_key_is_one_sentence_exit_1_no_traceback(keyed):
    data, _ = keyed
    run = etsoft("list", data_dir=data, key="00" * 32)
    assert run.returncode == 1
    assert run.stderr.strip() == "This key does not open this register."


def test_no_key_and_no_terminal_is_one_sentence(keyed):
    data, _ = keyed
    run = etsoft("list", data_dir=data)
    assert run.returncode == 1 and "no key was given" in run.stderr and "Traceback" not in run.stderr


def test_missing_register_and_damaged_file(tmp_path):
    run = etsoft("list", data_dir=tmp_path / "empty")
    assert run.returncode == 1 and "There is no register" in run.stderr
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "register.db").write_bytes(b"not a register at all")
    run = etsoft("list", data_dir=tmp_path / "bad", key="00" * 32)
    assert run.returncode == 1 and "not an ETSoft Desk register" in run.stderr


def test_bad_import_rows_are_listed_and_nothing_is_imported(keyed, tmp_path):
    data, key = keyed
    bad = tmp_path / "bad.csv"
    bad.write_text("voornaam;achternaam;e-mail\nCor;Vos;cor@\nDina;Maas;dina@example.com\n", encoding="utf-8")
    run = etsoft("import", str(bad), data_dir=data, key=key)
    assert run.returncode == 1
    assert "line 2:" in run.stderr and "1 rows are invalid; nothing was imported." in run.stderr
    assert len(json.loads(etsoft("list", "--json", data_dir=data, key=key).stdout)) == 2


def test_usage_errors_exit_2(tmp_path):
    assert etsoft("show", "abc", data_dir=tmp_path).returncode == 2
    assert etsoft("frobnicate", data_dir=tmp_path).returncode == 2
    assert etsoft("--version", data_dir=tmp_path).returncode == 0


def test_consent_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    statement = tmp_path / "verklaring.txt"
    statement.write_text("ETSoft Privacyverklaring\n", encoding="utf-8")
    run = etsoft("statement", "load", str(statement), "--effective", "10-04-2018", "--by", "JV", data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    run = etsoft("consent", "1", "email", "grant", "--how", "counter", "--by", "JV", data_dir=data, key=key)
    assert run.returncode == 0 and run.stdout.startswith("email: granted (counter,")
    assert etsoft("consent", "1", "email", "withdraw", data_dir=data, key=key).returncode == 2  # --how missing
    run = etsoft("consent", "1", "sms", "withdraw", "--how", "phone", "--by", "JV", data_dir=data, key=key)
    assert run.returncode == 1 and run.stderr.strip() == "There is no consent on this channel to withdraw."
    shown = etsoft("consent", "1", data_dir=data, key=key).stdout
    assert "email         granted since" in shown and "sms           not_asked" in shown
    card = json.loads(etsoft("show", "1", "--json", data_dir=data, key=key).stdout)
    assert card["consents"]["current"]["email"] == "granted"
    assert card["consents"]["history"][0]["statement_version"] == 1
    assert card["consents"]["history"][0]["recorded_by"] == "JV"


def test_consent_receipt_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    out = tmp_path / "bewijs.pdf"
    run = etsoft("consent", "1", "--receipt", str(out), "--by", "JV", data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Consent receipt TB-") and out.read_bytes().startswith(b"%PDF")


def test_requests_from_the_command_line(keyed):
    data, key = keyed
    run = etsoft("request", "add", "1", "access", "--received", "31-01-2026", "--channel", "counter", "--identity",
                 "id_shown", "--by", "JV", data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Request 1 logged; due 28-02-2026."
    listed = etsoft("request", "list", "--due", data_dir=data, key=key)
    assert "access" in listed.stdout and "OVERDUE" in listed.stdout
    assert etsoft("request", "add", "1", data_dir=data, key=key).returncode == 2


def test_access_report_export_processing_and_letters_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    assert etsoft("settings", "set", "staff_initials", "jv", data_dir=data, key=key).returncode == 0
    shown = etsoft("settings", "set", "shop_kvk", "12345678", data_dir=data, key=key)
    assert shown.returncode == 0 and re.search(r"shop_kvk\s+12345678", shown.stdout)
    refused = etsoft("settings", "set", "retention.invoices", "12", data_dir=data, key=key)
    assert refused.returncode == 1 and "at least 84 months" in refused.stderr
    report = tmp_path / "inzage.pdf"
    run = etsoft("report", "access", "1", "-o", str(report), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Report IZ-") and "Anna" in PdfReader(str(report)).pages[0].extract_text()
    run = etsoft("export", "1", "-o", str(tmp_path / "anna.json"), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    exported = json.loads((tmp_path / "anna.json").read_text(encoding="utf-8"))
    assert exported["categories"]["contact"]["tables"]["customer_email"] == [{"address": "anna@example.com"}]
    bad = etsoft("export", "1", "-o", str(tmp_path / "anna.txt"), data_dir=data, key=key)
    assert bad.returncode == 1 and ".json or .zip" in bad.stderr
    run = etsoft("report", "processing", "-o", str(tmp_path / "art30.pdf"), data_dir=data, key=key)
    assert run.returncode == 0 and "KvK 12345678" in PdfReader(str(tmp_path / "art30.pdf")).pages[0].extract_text()
    assert etsoft("report", "access", "-o", str(report), data_dir=data, key=key).returncode == 2
    etsoft("request", "add", "1", "access", "--received", "20-11-2026", "--channel", "email", data_dir=data, key=key)
    letter = tmp_path / "verlenging.pdf"
    run = etsoft("request", "extend", "1", "--months", "1", "--reason", "Drukte door de feestdagen.", "-o",
                 str(letter), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert "Drukte door de feestdagen." in PdfReader(str(letter)).pages[0].extract_text()
    assert etsoft("request", "refuse", "1", data_dir=data, key=key).returncode == 2


def test_erase_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    etsoft("settings", "set", "staff_initials", "JV", data_dir=data, key=key)
    refused = etsoft("erase", "1", data_dir=data, key=key)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    plan = etsoft("erase", "1", "--plan", data_dir=data, key=key)
    assert plan.returncode == 0 and re.search(r"Contactgegevens\s+2\s+vernietigd", plan.stdout)
    out = tmp_path / "verklaring.pdf"
    run = etsoft("erase", "1", "--yes", "-o", str(out), "--paper", "werkbon 12:versnipperd", data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert re.match(r"Customer 1 erased \(VV-[0-9A-F]{8}\); kept for the tax law: 0 invoice\(s\)", run.stdout)
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Verklaring van vernietiging" in text and "Anna" not in text and "Zwart" not in text
    listed = etsoft("list", "--json", data_dir=data, key=key)
    assert [c["name"] for c in json.loads(listed.stdout)] == ["Bert Aalst"]
    again = etsoft("erase", "1", "--yes", data_dir=data, key=key)
    assert again.returncode == 1 and "no customer with number 1" in again.stderr.lower()


def test_retention_and_destruction_log_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    etsoft("settings", "set", "staff_initials", "JV", data_dir=data, key=key)
    shown = etsoft("retention", data_dir=data, key=key)
    assert shown.returncode == 0 and re.match(r"Due up to \d\d-\d\d-\d{4}: nothing\.", shown.stdout)
    later = etsoft("retention", "--until", "31-12-2099", data_dir=data, key=key)
    assert "Klanten zonder contact sinds de bewaartermijn" in later.stdout
    out = tmp_path / "papier.pdf"
    run = etsoft("destroyed", "paper", "werkbonnen 2019", "--method", "versnipperd", "-o", str(out),
                 data_dir=data, key=key)
    assert run.returncode == 0 and run.stdout.startswith("Recorded VP-")
    assert "werkbonnen 2019" in PdfReader(str(out)).pages[0].extract_text()
    bad = etsoft("destroyed", "paper", "kaart 4111 1111 1111 1111", "--method", "versnipperd", data_dir=data, key=key)
    assert bad.returncode == 1


def test_backup_and_restore_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    stick = tmp_path / "usb"
    stick.mkdir()
    run = etsoft("backup", str(stick), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert re.match(r"Backup written to .*etsoft-desk-backup-\d{8}-\d{6}\.db and verified: 2 customers", run.stdout)
    backup = next(stick.glob("*.db"))
    missing = etsoft("backup", f"{tmp_path}/geen-stick/", data_dir=data, key=key)  # the stick is not in
    assert missing.returncode == 1 and missing.stderr.strip().splitlines() == [
        f"The folder {tmp_path}/geen-stick does not exist: no backup was written (is the USB stick in?)."]
    assert not (tmp_path / "geen-stick").exists()  # not a file named like the folder
    etsoft("settings", "set", "staff_initials", "JV", data_dir=data, key=key)
    assert etsoft("erase", "1", "--yes", data_dir=data, key=key).returncode == 0
    run = etsoft("restore", str(backup), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert ": 1 customer(s)." in run.stdout and "Erased again from the erasure ledger: 1." in run.stdout
    listed = etsoft("list", "--json", data_dir=data, key=key)
    assert [c["name"] for c in json.loads(listed.stdout)] == ["Bert Aalst"]
    assert any(p.name.startswith("register.db.set-aside-") for p in data.iterdir())
    junk = tmp_path / "foto.jpg"
    junk.write_bytes(bytes(4096))
    bad = etsoft("restore", str(junk), data_dir=data, key=key)
    assert bad.returncode == 1 and "Nothing was changed" in bad.stderr and "Traceback" not in bad.stderr


def test_rekey_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    sheet = tmp_path / "nieuw-herstelblad.pdf"
    run = etsoft("rekey", "--recovery-sheet", str(sheet), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert "OLD recovery sheet" in run.stdout and sheet.read_bytes().startswith(b"%PDF")
    new_key = run.stdout.strip().splitlines()[-1]
    parse_key(new_key)
    assert new_key.replace("-", "") in PdfReader(str(sheet)).pages[0].extract_text().replace(" ", "").replace("\n", "")
    assert etsoft("list", data_dir=data, key=key).returncode == 1  # the old key no longer opens it
    listed = etsoft("list", "--json", data_dir=data, key=new_key)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 2


def test_initials_set_once_at_init_are_used_by_every_command_and_their_absence_says_how(tmp_path):
    bare = tmp_path / "bare"
    made = etsoft("init", data_dir=bare)
    key = made.stdout.strip().splitlines()[-1]
    refused = etsoft("report", "access", "--no-data-for", "Jan Smit", "-o", str(tmp_path / "a.pdf"), data_dir=bare,
                     key=key)
    assert refused.returncode == 1
    assert refused.stderr.strip() == ("“etsoft-desk report access” records who did it: add --by XX with your "
                                      "initials, or set them once with “etsoft-desk settings set staff_initials XX”.")
    assert not (tmp_path / "a.pdf").exists()
    bad = etsoft("init", "--initials", "J1", data_dir=tmp_path / "bad")
    assert bad.returncode == 1 and "are not initials" in bad.stderr and not (tmp_path / "bad").exists()
    data = tmp_path / "data"
    made = etsoft("init", "--initials", "jv", data_dir=data)
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip().splitlines()[-1]
    done = etsoft("report", "access", "--no-data-for", "Jan Smit", "-o", str(tmp_path / "b.pdf"), data_dir=data,
                  key=key)
    assert done.returncode == 0, done.stderr
    assert "JV" in PdfReader(tmp_path / "b.pdf").pages[0].extract_text()


def test_import_names_the_columns_it_would_leave_out_and_imports_nothing_until_told(keyed, tmp_path):
    from pathlib import Path

    data, key = keyed
    outlook = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "outlook_dutch.csv"
    before = len(json.loads(etsoft("list", "--json", data_dir=data, key=key).stdout))
    run = etsoft("import", str(outlook), data_dir=data, key=key)
    assert run.returncode == 1 and "“Bedrijf”" in run.stderr and "--notes-columns" in run.stderr
    assert len(json.loads(etsoft("list", "--json", data_dir=data, key=key).stdout)) == before
    mapping = tmp_path / "kolommen.json"
    mapping.write_text('{"Bedrijf": "notes"}', encoding="utf-8")
    run = etsoft("import", str(outlook), "--mapping", str(mapping), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert "Imported 2 customers." in run.stdout and "“Geslacht”" in run.stdout  # what it left out, named
    run = etsoft("import", str(outlook), "--ignore-columns", "Bedrijf", data_dir=data, key=key)
    assert run.returncode == 1 and "matches customer" in run.stderr  # the same two again: duplicates
    run = etsoft("import", str(outlook), "--ignore-columns", "Bedrijf", "--duplicates", "skip", data_dir=data, key=key)
    assert run.returncode == 0 and "2 duplicates skipped" in run.stdout
    vcard = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "vcard4.vcf"
    run = etsoft("import", str(vcard), data_dir=data, key=key)
    assert run.returncode == 0 and "Imported 1 customers." in run.stdout
