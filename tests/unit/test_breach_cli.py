"""Issue 16 from the command line, as the issue spells it: breach add|list|show|decide|report|letters|close
(real processes, a real register)."""

import json
import re

from pypdf import PdfReader

from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture)


def test_the_breach_commands_as_the_issue_spells_them(keyed, tmp_path):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    assert run("settings", "set", "staff_initials", "JV").returncode == 0
    made = run("report", "access", "1", "-o", str(tmp_path / "inzage.pdf"))
    doc_id = re.search(r"IZ-[0-9A-F]{8}", made.stdout).group(0)
    added = run("breach", "add", "--aware", "2026-01-05 09:30", "--what", "Inzagerapport naar een verkeerd adres",
                "--kind", "confidentiality", "--document", doc_id)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "1"  # prints the new id
    assert run("backup", str(tmp_path / "stick.db")).returncode == 0
    lost = run("breach", "add", "--aware", "2026-01-06 08:00", "--what", "USB-stick verloren", "--kind",
               "confidentiality", "--backup", str(tmp_path / "stick.db"))
    assert lost.returncode == 0 and lost.stdout.strip() == "2" and "encrypted" in lost.stderr, lost.stderr
    for scope in (["--customer", "1", "2"], ["--search", "axel"], ["--all"]):
        assert run("breach", "add", "--aware", "2026-01-07 08:00", "--what", "x", "--kind", "integrity",
                   *scope).returncode == 0
    listed = json.loads(run("breach", "list", "--json").stdout)
    assert [b["id"] for b in listed] == [1, 2, 3, 4, 5]
    assert set(listed[0]) >= {"id", "aware", "deadline", "decision"} and listed[0]["decision"] is None
    assert listed[0]["deadline"].startswith("2026-01-08T09:30")
    shown = json.loads(run("breach", "show", "1", "--json").stdout)
    assert [(p["id"], p["name"]) for p in shown["people_concerned"]] == [(1, "Anna Zwart")]
    assert "contact" in shown["people_concerned"][0]["categories"] and shown["file"] is None
    backup = json.loads(run("breach", "show", "2", "--json").stdout)
    assert backup["file"]["encrypted"] is True and backup["file"]["key_in_file"] is False
    assert [p["id"] for p in backup["people_concerned"]] == [1, 2] and backup["people"] == 2
    assert [p["id"] for p in json.loads(run("breach", "show", "4", "--json").stdout)["people_concerned"]] == [2]

    # Bad input: one sentence, exit 1, nothing recorded.
    for bad in (["--what", "x", "--kind", "integrity", "--all"],
                ["--aware", "2026-01-07 08:00", "--what", "x", "--kind", "integrity", "--customer", "99"],
                ["--aware", "2026-01-07 08:00", "--what", "x", "--kind", "integrity", "--document", "IZ-00000000"]):
        refused = run("breach", "add", *bad)
        assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
        assert "Traceback" not in refused.stderr
    no_reason = run("breach", "decide", "1", "--report", "yes", "--tell", "yes")
    assert no_reason.returncode == 1 and "reasons" in no_reason.stderr
    late = run("breach", "decide", "1", "--report", "yes", "--tell", "yes", "--reason", "alle gegevens bij een ander")
    assert late.returncode == 1 and "delay" in late.stderr  # the 72 hours passed long ago
    assert len(json.loads(run("breach", "list", "--json").stdout)) == 5
    assert json.loads(run("breach", "list", "--json").stdout)[0]["decision"] is None

    decided = run("breach", "decide", "1", "--report", "yes", "--tell", "yes", "--reason",
                  "alle gegevens bij een ander", "--delay-reason", "pas bij de post gezien")
    assert decided.returncode == 0, decided.stderr
    summary, letters = tmp_path / "ap.pdf", tmp_path / "brieven.pdf"
    assert run("breach", "report", "1", "-o", str(summary)).returncode == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(summary)).pages).split())
    assert "Reden van de vertraging" in text and "pas bij de post gezien" in text and doc_id in text
    assert run("breach", "letters", "1", "-o", str(letters)).returncode == 0
    assert "Anna Zwart" in PdfReader(str(letters)).pages[0].extract_text()
    again = run("breach", "letters", "1", "-o", str(letters))
    assert again.returncode == 1 and "--overwrite" in again.stderr
    assert run("breach", "close", "1").returncode == 1  # not reported yet
    assert run("breach", "report", "1", "--reported-on", "2026-01-09", "--reference", "AP-77").returncode == 0
    assert run("breach", "close", "1").returncode == 0
    final = json.loads(run("breach", "show", "1", "--json").stdout)
    assert final["closed_on"] and final["ap_reference"] == "AP-77" and final["people_concerned"][0]["letter"]
    assert run("audit", "verify").returncode == 0
