"""Issue 11 from the command line: restrict, object, marketing lists, requests carried out (real processes)."""

import csv
import datetime as dt
import json

from pypdf import PdfReader

from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture)


def test_restrict_object_and_consent_after_objection(keyed, tmp_path):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    assert run("consent", "1", "email", "grant", "--how", "counter", "--by", "JV").returncode == 0
    restricted = run("restrict", "1", "--reason", "accuracy_contested", "--fields", "address", "--by", "JV")
    assert restricted.returncode == 0, restricted.stderr
    grant = run("consent", "1", "sms", "grant", "--how", "counter", "--by", "JV")
    assert grant.returncode == 1 and "restricted on" in grant.stderr and "Traceback" not in grant.stderr
    assert len(grant.stderr.strip().splitlines()) == 1
    assert "IN FORCE" in run("restrict", "1").stdout
    letter = tmp_path / "opheffing.pdf"
    lifted = run("restrict", "1", "--lift", "-o", str(letter), "--by", "JV")
    assert lifted.returncode == 0, lifted.stderr
    text = PdfReader(str(letter)).pages[0].extract_text()
    assert "18 lid 3" in " ".join(text.split()) and "Anna Zwart" in text
    assert run("restrict", "1", "--lift", "--by", "JV").returncode == 1

    objected = run("object", "1", "--how", "letter", "--by", "JV")
    assert objected.returncode == 0 and "withdrawn: email" in objected.stdout
    again = run("consent", "1", "phone", "grant", "--how", "counter", "--by", "JV")
    assert again.returncode == 1 and "--after-objection" not in again.stderr and "anew" in again.stderr
    other = run("object", "1", "--processing", "klantenquête", "--how", "letter", "--by", "JV")
    assert other.returncode == 0 and "--decide 2" in other.stdout, other.stderr
    assert run("object", "1", "--decide", "2", "--decision", "overridden", "--reason", "garantieplicht",
               "--by", "JV").returncode == 0
    shown = run("object", "1", "--show").stdout
    assert "direct_marketing" in shown and "in force" in shown and "overridden 02-12-2026: garantieplicht" \
        .replace("02-12-2026", dt.date.today().strftime("%d-%m-%Y")) in shown
    anew = run("consent", "1", "phone", "grant", "--how", "counter", "--after-objection", "--by", "JV")
    assert anew.returncode == 0, anew.stderr
    listed = json.loads(run("marketing", "phone", "--json").stdout)
    assert [(p["id"], p["address"]) for p in listed] == [(1, "06 12345678")]
    assert json.loads(run("marketing", "email", "--json").stdout) == []
    unknown = run("marketing", "fax")
    assert unknown.returncode == 1 and "not a marketing channel" in unknown.stderr
    assert run("restrict", "99", "--reason", "legal_claim", "--by", "JV").returncode == 1
    assert run("audit", "verify").returncode == 0


def test_requests_are_carried_out_before_done_and_listed_as_json(keyed, tmp_path):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    run("consent", "2", "email", "grant", "--how", "counter", "--by", "JV")
    run("consent", "2", "post", "grant", "--how", "counter", "--by", "JV")
    assert run("request", "add", "1", "access", "--received", "20-11-2026", "--channel", "counter",
               "--by", "JV").returncode == 0
    withdrawal = run("request", "add", "2", "consent_withdrawal", "--received", "24-11-2026", "--channel", "email",
                     "--channels", "email", "--by", "JV")
    assert withdrawal.returncode == 0 and "Withdrawn: email." in withdrawal.stdout
    not_yet = run("request", "done", "1", "--by", "JV")
    assert not_yet.returncode == 1 and "not carried out yet" in not_yet.stderr and "access report" in not_yet.stderr
    assert run("report", "access", "1", "-o", str(tmp_path / "inzage.pdf"), "--request", "1", "--by", "JV"
               ).returncode == 0
    assert run("request", "done", "1", "--by", "JV").returncode == 0
    assert run("request", "done", "2", "--by", "JV").returncode == 0
    listed = json.loads(run("request", "list", "--json").stdout)
    assert [(r["id"], r["customer_id"], r["kind"], r["state"], r["due"]) for r in listed] == [
        (1, 1, "access", "done", "2026-12-20"), (2, 2, "consent_withdrawal", "done", "2026-12-24")]
    assert "Anna" not in json.dumps(listed) and "example.com" not in json.dumps(listed)
    consent = run("consent", "2").stdout
    assert "email         withdrawn" in consent and "post          granted" in consent


def test_marketing_csv_holds_only_the_allowed_and_no_formula_cells(keyed, tmp_path):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    crafted = tmp_path / "lastig.csv"
    crafted.write_text("voornaam;achternaam;e-mail;straat;huisnummer;postcode;plaats\n"
                       "=HYPERLINK(\"x\");@Som;cmd@example.com;+Straat;1;4561 ZH;-Hulst\n", encoding="utf-8")
    assert run("import", str(crafted)).returncode == 0
    for cid in ("1", "3"):
        assert run("consent", cid, "post", "grant", "--how", "counter", "--by", "JV").returncode == 0
        assert run("consent", cid, "email", "grant", "--how", "counter", "--by", "JV").returncode == 0
    run("consent", "2", "post", "grant", "--how", "counter", "--by", "JV")
    run("restrict", "2", "--reason", "legal_claim", "--by", "JV")  # restricted before the grant is refused
    run("object", "1", "--by", "JV")  # objected: withdrawn on every channel
    out = tmp_path / "post.csv"
    written = run("marketing", "post", "-o", str(out), "--by", "JV")
    assert written.returncode == 0 and "1 customers" in written.stdout, written.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["naam", "adres", "toestemming_sinds", "soort"]
    assert len(rows) == 2
    name, address, since, kind = rows[1]
    assert name.startswith("'=HYPERLINK") and "@Som" in name
    assert address.startswith("'+Straat 1") and "-Hulst" in address
    assert (since, kind) == (dt.date.today().isoformat(), "consent")
    for row in rows[1:]:
        assert all(cell[:1] not in ("=", "+", "-", "@") for cell in row), row
    assert not list(tmp_path.glob("*.csv.*"))
    assert run("audit", "verify").returncode == 0
    assert not (tmp_path / "email.csv").exists()  # nothing is written unless asked
