"""Issue 11 items 8-9 from the command line (real processes, a real register in tmp): recipients, approvals to
share, disclosures on the ground the rules give, transfers outside the EEA, and referrals."""

import json
import re

from pypdf import PdfReader

from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture)

SCC = "https://cloudprint.example/scc-2021"


def one_sentence(result, *parts):
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    for part in parts:
        assert part in result.stderr, (part, result.stderr)


def pdf(path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(str(path)).pages))


def test_recipients_approvals_and_disclosures_with_a_transfer_outside_the_eea(keyed, tmp_path):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    added = run("recipient", "add", "Boekhouding Zeeland BV", "--kind", "processor", "--processor-agreement",
                "--email", "info@bzl.example", "--address", "Markt 1, 4561 EA Hulst")
    assert added.returncode == 0 and "Recipient 1 added" in added.stdout, added.stderr
    cloud = run("recipient", "add", "Cloudprint Inc", "--kind", "provider", "--country", "us")
    assert cloud.returncode == 0 and "outside the EEA" in cloud.stdout and "--transfer-ground" in cloud.stdout
    assert run("recipient", "add", "Glasvezel Hulst", "--kind", "partner").returncode == 0
    assert run("recipient", "add", "Fax BV", "--kind", "fax").returncode == 2
    one_sentence(run("recipient", "add", "Glasvezel Hulst", "--kind", "partner"), "already a recipient")
    listed = {r["name"]: r for r in json.loads(run("recipient", "list", "--json").stdout)}
    assert listed["Boekhouding Zeeland BV"] == {
        "id": 1, "name": "Boekhouding Zeeland BV", "kind": "processor", "processor_agreement": True, "country": "NL",
        "email": "info@bzl.example", "address": "Markt 1, 4561 EA Hulst", "active": True, "outside_eea": False,
        "transfer_ground": None, "safeguards": ""}
    assert (listed["Cloudprint Inc"]["kind"], listed["Cloudprint Inc"]["outside_eea"]) == ("service_provider", True)

    # Outside the EEA without a ground: refused, nothing recorded.
    approve = ("approve", "--how", "counter", "--data", "naam en adres", "--purpose", "printerbeheer", "--by", "JV")
    one_sentence(run("share", "1", "cloudprint inc", *approve), "Cloudprint Inc is outside the EEA (US)")
    assert json.loads(run("share", "1", "--json").stdout) == {"stop_sharing_since": None, "approvals": []}
    one_sentence(run("recipient", "set", "Cloudprint Inc", "--transfer-ground", "standard_clauses"),
                 "where the safeguards can be read")
    set_ = run("recipient", "set", "2", "--transfer-ground", "standard_clauses", "--safeguards", SCC)
    assert set_.returncode == 0 and f"standard_clauses ({SCC})" in set_.stdout, set_.stderr
    assert run("share", "1", "Cloudprint Inc", "approve", "--how", "counter").returncode == 2  # --data, --purpose
    shared = run("share", "1", "Cloudprint Inc", *approve)
    assert shared.returncode == 0 and "Approval 1 recorded" in shared.stdout, shared.stderr
    one_sentence(run("share", "1", "Boekhouding Zeeland BV", *approve), "is a processor", "no approval")
    one_sentence(run("share", "1", "Nobody", *approve), "There is no recipient called “Nobody”")
    one_sentence(run("share", "99", "2", *approve), "There is no customer with number 99")

    # The ground given must be the one the rules allow.
    what = lambda text, ground: ("--what", text, "--ground", ground, "--by", "JV")  # noqa: E731
    one_sentence(run("disclose", "1", "Glasvezel Hulst", *what("naam", "approval")),
                 "has not approved sharing with Glasvezel Hulst")
    one_sentence(run("disclose", "1", "Glasvezel Hulst", *what("naam", "processor")), "is not a processor")
    one_sentence(run("disclose", "1", "1", *what("factuur 2026-017", "approval")), "rests on the processor agreement")
    assert run("disclose", "1", "1", "--what", "factuur").returncode == 2  # no --ground
    assert run("disclose", "1", "1", *what("factuur 2026-017", "processor")).returncode == 0
    told = run("disclose", "1", "Cloudprint Inc", *what("naam en adres", "approval"))
    assert told.returncode == 0 and "to Cloudprint Inc (approval)" in told.stdout, told.stderr
    disclosures = json.loads(run("disclose", "1", "--json").stdout)
    assert [(d["recipient"], d["what"], d["ground"], d["approval"]) for d in disclosures] == [
        ("Boekhouding Zeeland BV", "factuur 2026-017", "processor", None),
        ("Cloudprint Inc", "naam en adres", "approval", 1)]
    assert "Nothing was disclosed" in run("disclose", "2", "--list").stdout
    one_sentence(run("disclose", "99", "--list"), "no customer with number 99")

    # The Art. 15(2) report and the Art. 30 record name the ground and where the safeguards can be read.
    assert run("report", "access", "1", "-o", str(tmp_path / "inzage.pdf"), "--by", "JV").returncode == 0
    assert re.sub(r"\s+", "", f"Cloudprint Inc (US): modelcontractbepalingen van de Europese Commissie (AVG art. 46 "
                  f"lid 2 sub c); de waarborgen: {SCC}") in pdf(tmp_path / "inzage.pdf")
    assert run("report", "processing", "-o", str(tmp_path / "register.pdf"), "--by", "JV").returncode == 0
    record = pdf(tmp_path / "register.pdf")
    assert "Grondvoordedoorgifte" in record and "modelcontractbepalingen" in record and SCC in record

    # Stop: the active approval for that recipient is withdrawn; then nothing more goes there.
    stopped = run("share", "1", "cloudprint inc", "stop", "--how", "email", "--by", "JV")
    assert stopped.returncode == 0 and "Approval 1 withdrawn" in stopped.stdout, stopped.stderr
    one_sentence(run("share", "1", "cloudprint inc", "stop", "--how", "email", "--by", "JV"), "nothing to stop")
    one_sentence(run("disclose", "1", "Cloudprint Inc", *what("telefoon", "approval")), "has not approved")
    [approval] = json.loads(run("share", "1", "--json").stdout)["approvals"]
    assert (approval["recipient"], approval["withdrawn_how"]) == ("Cloudprint Inc", "email")
    assert "withdrawn" in run("share", "1").stdout
    assert run("recipient", "set", "Glasvezel Hulst", "--inactive").returncode == 0
    assert "INACTIVE" in [line for line in run("recipient", "list").stdout.splitlines() if "Glasvezel" in line][0]
    assert run("recipient", "set", "Glasvezel Hulst").returncode == 2  # nothing to change
    assert run("audit", "verify").returncode == 0


def test_restriction_and_stop_sharing_are_obeyed_on_the_command_line(keyed):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    run("recipient", "add", "Boekhouding Zeeland BV", "--kind", "processor", "--processor-agreement")
    run("recipient", "add", "Glasvezel Hulst", "--kind", "partner")
    approve = ("approve", "--how", "counter", "--data", "naam", "--purpose", "offerte", "--by", "JV")
    assert run("share", "2", "Glasvezel Hulst", *approve).returncode == 0
    assert run("restrict", "2", "--reason", "legal_claim", "--by", "JV").returncode == 0
    one_sentence(run("share", "2", "Glasvezel Hulst", *approve), "restricted on")
    one_sentence(run("disclose", "2", "Glasvezel Hulst", "--what", "naam", "--ground", "approval", "--by", "JV"),
                 "restricted on", "legal claim")
    claim = run("disclose", "2", "Glasvezel Hulst", "--what", "naam", "--ground", "approval", "--legal-claim",
                "--by", "JV")
    assert claim.returncode == 0 and "for a legal claim" in claim.stdout, claim.stderr
    objected = run("share", "1", "--object", "--how", "letter", "--by", "JV")
    assert objected.returncode == 0, objected.stderr
    assert "asked us to stop sharing on" in run("share", "1").stdout
    one_sentence(run("share", "1", "Glasvezel Hulst", *approve), "stop sharing", "lift that objection")
    assert run("disclose", "1", "1", "--what", "factuur", "--ground", "processor", "--by", "JV").returncode == 0
    assert run("share", "1", "--lift-objection", "--how", "counter", "--by", "JV").returncode == 0
    assert run("share", "1", "Glasvezel Hulst", *approve).returncode == 0
    assert json.loads(run("disclose", "2", "--json").stdout)[0]["what"] == "naam"


def test_referrals_from_request_to_take_down(keyed):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    added = run("referral", "add", "1", "--text", "Snel en vriendelijk geholpen!", "--shown-as", "first_name_town",
                "--by", "JV")
    assert added.returncode == 0 and "Referral 1 recorded" in added.stdout, added.stderr
    one_sentence(run("referral", "add", "99", "--text", "x", "--by", "JV"), "no customer with number 99")
    assert run("referral", "approve", "1", "--by", "JV").returncode == 2  # --evidence
    waiting = json.loads(run("referral", "list", "--waiting", "--json").stdout)
    assert [(r["customer_id"], r["id"], r["status"]) for r in waiting] == [(1, 1, "requested")]
    one_sentence(run("referral", "publish", "1", "--url", "https://etsoft.example/r", "--by", "JV"),
                 "cannot become published")
    assert run("referral", "approve", "1", "--evidence", "getekend aan de balie", "--by", "JV").returncode == 0
    one_sentence(run("referral", "publish", "1", "--url", "etsoft.example", "--by", "JV"), "not a web address")
    assert run("referral", "publish", "1", "--url", "https://etsoft.example/r", "--by", "JV").returncode == 0
    withdrawn = run("referral", "withdraw", "1", "--how", "email", "--by", "JV")
    assert withdrawn.returncode == 0 and "waits on the to-do list" in withdrawn.stdout, withdrawn.stderr
    assert "TAKE OFF THE WEBSITE" in run("referral", "list").stdout
    [r] = json.loads(run("referral", "list", "1", "--json").stdout)
    assert (r["status"], r["needs_take_down"], r["evidence"], r["shown_as"]) == (
        "withdrawn", True, "getekend aan de balie", "first_name_town")
    assert run("referral", "taken-down", "1", "--by", "JV").returncode == 0
    assert json.loads(run("referral", "list", "--waiting", "--json").stdout) == []
    one_sentence(run("referral", "approve", "7", "--evidence", "x", "--by", "JV"), "no referral with number 7")
    assert run("audit", "verify").returncode == 0
