"""Issue 11 from the command line: ``shared-with RECIPIENT``, the list of customers a named recipient may receive
(a real process, a real register): only the allowed, the owner's PIN before the list leaves the register, the CSV
formula-safe, and each export a disclosure per customer."""

import csv
import json

from etsoft_desk.domain.recovery_key import parse_key
from etsoft_desk.domain.rights import RestrictionReason
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.services import register as reg
from tests.unit.test_staff import PIN, etsoft, owned, template  # noqa: F401  (the fixtures)


def prepare(data, key):
    """A partner, approvals from Anna and Bert, and Bert's restriction (with the register closed again)."""
    register = reg.open_with_key(data / "register.db", parse_key(key))
    with register:
        partner = register.sharing.add_recipient("=Glasvezel Hulst", RecipientRole.PARTNER)
        for cid in (1, 2):
            register.sharing.approve(cid, partner, data="naam en telefoonnummer", purpose="-offerte glasvezel",
                                     method="counter", by="JV")
        register.rights.restrict(2, RestrictionReason.LEGAL_CLAIM, by="JV")
    return partner


def disclosures(data, key):
    register = reg.open_with_key(data / "register.db", parse_key(key))
    with register:
        return [(d.what, d.ground.value) for cid in (1, 2) for d in register.sharing.disclosures(cid)]


def test_shared_with_lists_only_the_allowed_and_each_export_is_a_disclosure(owned, tmp_path):
    data, key = owned
    partner = prepare(data, key)
    run = lambda *a, **kw: etsoft(*a, data=data, key=key, **kw)  # noqa: E731
    shown = run("shared-with", "=glasvezel hulst")  # the name, any case; on screen without the PIN
    assert shown.returncode == 0, shown.stderr
    assert "Anna Zwart" in shown.stdout and "Bert" not in shown.stdout
    assert "1 customers may be shared with =Glasvezel Hulst today." in shown.stdout
    refused = run("shared-with", str(partner), "--json")
    assert refused.returncode == 1 and "owner's PIN" in refused.stderr and refused.stdout == ""
    listed = json.loads(run("shared-with", str(partner), "--json", pin=PIN).stdout)
    assert [(p["id"], p["email"], p["phone"], p["data"]) for p in listed] == [
        (1, "anna@example.com", "06 12345678", "naam en telefoonnummer")]
    out = tmp_path / "glasvezel.csv"
    assert run("shared-with", str(partner), "-o", str(out)).returncode == 1 and not out.exists()
    assert disclosures(data, key) == []  # a refused export records nothing
    written = run("shared-with", str(partner), "-o", str(out), "--by", "JV", pin=PIN)
    assert written.returncode == 0, written.stderr
    assert "1 customers" in written.stdout and "disclosure" in written.stdout
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][0] == "naam" and [r[0] for r in rows[1:]] == ["Anna Zwart"]
    assert rows[1][5:] == ["naam en telefoonnummer", "'-offerte glasvezel"]  # no formula cell
    [(what, ground)] = disclosures(data, key)
    assert what.startswith("lijst voor =Glasvezel Hulst (") and ground == "approval"
    again = run("shared-with", str(partner), "-o", str(out), "--by", "JV", pin=PIN)
    assert again.returncode == 1 and "already exists" in again.stderr and len(disclosures(data, key)) == 1
    assert run("shared-with", str(partner), "-o", str(out), "--overwrite", "--by", "JV", pin=PIN).returncode == 0
    assert len(disclosures(data, key)) == 2
    assert run("audit", "verify").returncode == 0


def test_an_unknown_recipient_is_one_sentence(owned):
    data, key = owned
    for name in ("Niemand BV", "42"):
        unknown = etsoft("shared-with", name, data=data, key=key, pin=PIN)
        assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
        assert len(unknown.stderr.strip().splitlines()) == 1 and "no recipient" in unknown.stderr
