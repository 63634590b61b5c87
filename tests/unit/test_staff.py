"""Who may do what, on the command line as the owner or a script runs it (a real process, a real register): the
staff list, `--by` someone on it, and the owner's PIN before each dangerous act (ETSOFT_DESK_PIN here; a terminal
asks for it), five wrong PINs and then only the recovery key. Also: the lock's PIN becomes the owner's PIN."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services import register as reg
from etsoft_desk.store import migrations
from tests.conftest import fixed_clock

PIN = "2468"
CSV = ("voornaam;achternaam;e-mail;telefoon;postcode;plaats\n"
       "Anna;Zwart;anna@example.com;06-12345678;4561 ZH;Hulst\n"
       "Bert;Aalst;bert@example.com;0612340000;4571 AB;Axel\n")


def etsoft(*args, data, key, pin=None, new_pin=None):
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data), ETSOFT_DESK_KEY=key)
    for name, value in (("ETSOFT_DESK_PIN", pin), ("ETSOFT_DESK_NEW_PIN", new_pin)):
        env.pop(name, None)
        if value is not None:
            env[name] = value
    return subprocess.run([sys.executable, "-m", "etsoft_desk", *args], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A register with two customers, a backup, and a staff list: JV the owner with a PIN, MK without."""
    root = tmp_path_factory.mktemp("owned")
    data = root / "data"
    init = etsoft("init", data=data, key="")
    key = init.stdout.strip().splitlines()[-1]
    (root / "klanten.csv").write_text(CSV, encoding="utf-8")
    steps = [(("import", str(root / "klanten.csv")), {}), (("backup", str(root / "backup")), {}),
             (("staff", "add", "jv", "--name", "Jan Vos", "--owner", "--pin"), {"new_pin": PIN}),
             (("staff", "add", "MK", "--name", "Mies Kok"), {"pin": PIN}),
             (("settings", "set", "staff_initials", "JV"), {"pin": PIN})]
    (root / "backup").mkdir()
    for args, extra in steps:
        run = etsoft(*args, data=data, key=key, **extra)
        assert run.returncode == 0, (args, run.stderr)
    return root, key


@pytest.fixture
def owned(template, tmp_path):
    root, key = template
    shutil.copytree(root / "data", tmp_path / "data")
    shutil.copytree(root / "backup", tmp_path / "backup")
    return tmp_path / "data", key


def names(data, key):
    return sorted(r["name"] for r in json.loads(etsoft("list", "--json", data=data, key=key, pin=PIN).stdout))


def staff(data, key):
    return [p["initials"] for p in json.loads(etsoft("staff", "list", "--json", data=data, key=key).stdout)]


def restore_args(data, tmp):
    etsoft("import", str(tmp / "more.csv"), data=data, key=KEY[0])  # one more customer than in the backup
    # the backup itself, not the copy of the erasure ledger beside it (iterdir's order is the file system's)
    return ["restore", str(next(p for p in (tmp / "backup").iterdir() if p.name.startswith("etsoft-desk-backup")))]


KEY = [""]
# Each protected act: its arguments (made in the test's folder), and what the test reads back to see whether it
# changed anything.
ACTS = {
    "erase": (lambda d, t: ["erase", "1", "--yes"], lambda d, t: names(d, KEY[0])),
    "export": (lambda d, t: ["export", "1", "-o", str(t / "anna.json")], lambda d, t: (t / "anna.json").exists()),
    "customer list": (lambda d, t: ["list", "--json"], None),
    "mailing list": (lambda d, t: ["statement", "inform", "--json"], None),
    "marketing list": (lambda d, t: ["marketing", "email", "--json"], None),
    "marketing csv": (lambda d, t: ["marketing", "email", "-o", str(t / "email.csv")],
                      lambda d, t: (t / "email.csv").exists()),
    "settings": (lambda d, t: ["settings", "set", "shop_name", "Ander"],
                 lambda d, t: "Ander" in etsoft("settings", data=d, key=KEY[0]).stdout),
    "staff add": (lambda d, t: ["staff", "add", "PB", "--name", "Piet Bakker"], lambda d, t: staff(d, KEY[0])),
    "staff remove": (lambda d, t: ["staff", "remove", "MK"], lambda d, t: staff(d, KEY[0])),
    "restore": (restore_args, lambda d, t: names(d, KEY[0])),
    "rekey": (lambda d, t: ["rekey", "--recovery-sheet", str(t / "new-sheet.pdf")],
              lambda d, t: (t / "new-sheet.pdf").exists()),
}


@pytest.mark.parametrize("act", ACTS)
def test_each_dangerous_act_needs_the_owners_pin(owned, tmp_path, act):
    data, key = owned
    KEY[0] = key
    (tmp_path / "more.csv").write_text(CSV.splitlines()[0] + "\nCor;Mulder;cor@example.com;;;\n", encoding="utf-8")
    make_args, read_back = ACTS[act]
    args = make_args(data, tmp_path)
    before = read_back(data, tmp_path) if read_back else None
    refused = etsoft(*args, data=data, key=key)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().endswith("This needs the owner's PIN: set ETSOFT_DESK_PIN or run this in a "
                                           "terminal. Nothing was changed.")
    assert refused.stdout == ""  # a list refused prints no customer
    wrong = etsoft(*args, data=data, key=key, pin="1111")
    assert wrong.returncode == 1 and "Wrong PIN: nothing was changed (4 tries left" in wrong.stderr
    assert wrong.stdout == ""
    if read_back:
        assert read_back(data, tmp_path) == before
    allowed = etsoft(*args, data=data, key=key, pin=PIN)
    assert allowed.returncode == 0, allowed.stderr
    if read_back:
        assert read_back(data, tmp_path) != before
    else:
        assert "Anna" in allowed.stdout or json.loads(allowed.stdout) == []


def test_five_wrong_pins_then_only_the_recovery_key(owned):
    data, key = owned
    for left in (4, 3, 2, 1):
        run = etsoft("erase", "1", "--yes", data=data, key=key, pin="0000")
        assert f"({left} tries left" in run.stderr
    fifth = etsoft("erase", "1", "--yes", data=data, key=key, pin="0000")
    assert fifth.returncode == 1 and "Five wrong PINs: only the register's recovery key allows this now" in fifth.stderr
    right_too_late = etsoft("erase", "1", "--yes", data=data, key=key, pin=PIN)
    assert right_too_late.returncode == 1 and "Five wrong PINs" in right_too_late.stderr
    listing = etsoft("list", "--json", data=data, key=key, pin=PIN)
    assert listing.returncode == 1 and listing.stdout == ""  # even the list needs the recovery key now
    erased = etsoft("erase", "1", "--yes", data=data, key=key, pin=key)  # the recovery key, in the same variable
    assert erased.returncode == 0, erased.stderr
    assert names(data, key) == ["Bert Aalst"]  # and the count starts over: the PIN works again


def test_by_someone_not_on_the_list_is_refused_and_a_removed_person_keeps_their_records(owned):
    data, key = owned
    stranger = etsoft("consent", "1", "email", "grant", "--how", "counter", "--by", "XX", data=data, key=key)
    assert stranger.returncode == 1 and "Traceback" not in stranger.stderr
    assert "XX is not on the staff list: choose someone who is (etsoft-desk staff list)" in stranger.stderr
    assert "history:" not in etsoft("consent", "1", data=data, key=key).stdout  # nothing recorded
    by_mk = etsoft("consent", "1", "email", "grant", "--how", "counter", "--by", "mk", data=data, key=key)
    assert by_mk.returncode == 0 and by_mk.stdout.strip().endswith(", MK)")
    default = etsoft("consent", "1", "sms", "refuse", "--how", "counter", data=data, key=key)
    assert default.stdout.strip().endswith(", JV)")  # the settings' staff_initials: the default person
    bad_default = etsoft("settings", "set", "staff_initials", "ZZ", data=data, key=key, pin=PIN)
    assert bad_default.returncode == 1 and "ZZ is not on the staff list" in bad_default.stderr
    assert etsoft("staff", "remove", "MK", data=data, key=key, pin=PIN).returncode == 0
    history = etsoft("consent", "1", data=data, key=key).stdout
    assert "email granted counter opt_in by MK" in history
    listed = etsoft("staff", "list", data=data, key=key).stdout
    assert "JV" in listed and "Jan Vos" in listed and "owner" in listed and "MK" not in listed


def test_staff_add_refuses_what_it_cannot_keep(owned):
    data, key = owned
    for args, sentence in ((("staff", "add", "JV", "--name", "Jan"), "JV is already on the staff list."),
                           (("staff", "add", "P3", "--name", "Piet"), "are not initials"),
                           (("staff", "add", "PB", "--name", "Piet", "--owner"), "JV is already the owner"),
                           (("staff", "remove", "JV"), "The owner can only be removed as the last person"),
                           (("staff", "add", "PB", "--name", "Piet", "--pin"), "ETSOFT_DESK_NEW_PIN")):
        run = etsoft(*args, data=data, key=key, pin=PIN)
        assert run.returncode == 1 and sentence in run.stderr and "Traceback" not in run.stderr, (args, run.stderr)
    assert staff(data, key) == ["JV", "MK"]


def test_a_fresh_register_allows_everything_and_says_how_to_start_a_list(tmp_path):
    init = etsoft("init", data=tmp_path / "data", key="")
    key = init.stdout.strip().splitlines()[-1]
    empty = etsoft("staff", "list", data=tmp_path / "data", key=key)
    assert "The staff list is empty" in empty.stdout and "--owner --pin" in empty.stdout
    anyone = etsoft("settings", "set", "staff_initials", "QQ", data=tmp_path / "data", key=key)
    assert anyone.returncode == 0  # no list and no owner's PIN yet: as before


def test_the_lock_pin_of_an_older_register_becomes_the_owners_pin(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    key = bytes(range(32))
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] < 12])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 8)
    old = reg.create(path, key, clock=fixed_clock)
    from etsoft_desk.services.pin import hash_pin

    from etsoft_desk.store import settings as stored

    stored.put("staff_initials", "AB")  # as the older version kept it
    old.register.settings.mark("pin", hash_pin("97531"))
    old.register.close()
    monkeypatch.undo()
    with reg.open_with_key(path, key, clock=fixed_clock) as register:
        assert register.settings.marked("pin") == ""
        assert [(p.initials, p.name, p.owner, p.has_pin) for p in register.staff.list()] == [
            ("AB", "Eigenaar", True, True)]
        assert register.pin.has_pin() and register.pin.check("97531")
        with pytest.raises(UserError) as err:
            register.pin.authorize("13579")
        assert err.value.template == Msg.OWNER_PIN_WRONG
        register.pin.authorize("97531")


def on_terminal(*args, data, key, typed: str):
    """Run with a terminal as stdin (a pseudo-terminal) where the owner types ``typed`` once asked."""
    import pty
    import select
    import time

    master, slave = pty.openpty()
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data), ETSOFT_DESK_KEY=key)
    env.pop("ETSOFT_DESK_PIN", None)
    process = subprocess.Popen([sys.executable, "-m", "etsoft_desk", *args], stdin=slave, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env, start_new_session=True)
    os.close(slave)
    try:
        asked, deadline = b"", time.monotonic() + 30
        while b"PIN: " not in asked and time.monotonic() < deadline and process.poll() is None:
            if select.select([process.stderr], [], [], 0.1)[0]:
                asked += os.read(process.stderr.fileno(), 1000)
        os.write(master, typed.encode() + b"\n")
        out, err = process.communicate(timeout=60)
    finally:
        os.close(master)
    return process.returncode, out.decode(), (asked + err).decode()


def test_on_a_terminal_the_owners_pin_is_asked(owned, tmp_path):
    data, key = owned
    code, out, err = on_terminal("export", "1", "-o", str(tmp_path / "a.json"), data=data, key=key, typed="1111")
    assert code == 1 and "Owner's PIN:" in err and "Wrong PIN: nothing was changed" in err
    assert "1111" not in out + err and not (tmp_path / "a.json").exists()
    code, out, err = on_terminal("export", "1", "-o", str(tmp_path / "a.json"), data=data, key=key, typed=PIN)
    assert code == 0 and (tmp_path / "a.json").exists(), err


def test_changes_to_the_staff_list_are_in_the_audit_log(new_register):
    from etsoft_desk.store.models import AuditEntry

    register = new_register.register
    register.staff.add("jv", "Jan Vos", pin="2468")
    register.staff.add("MK", "Mies Kok")
    register.staff.remove("MK")
    details = [e.detail for e in AuditEntry.select().where(AuditEntry.action == "staff").order_by(AuditEntry.id)]
    assert details == ["added JV (owner) with a PIN", "added MK", "removed MK"]
    assert "2468" not in " ".join(details)
    assert register.audit.verify().entries >= 4
