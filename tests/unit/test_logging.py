"""The program's log after a scripted session: what happened is there, the customer's values are not."""

import os
import subprocess
import sys

from tests.helpers.cards import DISTINCTIVE_VALUES


def run(*args, env):
    return subprocess.run([sys.executable, "-m", "etsoft_desk", *args], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


def test_a_session_leaves_a_log_without_personal_data(tmp_path):
    logs = tmp_path / "logs"
    env = dict(os.environ, ETSOFT_DESK_DATA=str(tmp_path / "data"), ETSOFT_DESK_LOG_DIR=str(logs))
    init = run("init", env=env)
    assert init.returncode == 0, init.stderr
    env["ETSOFT_DESK_KEY"] = init.stdout.strip().splitlines()[-1]
    csv_file = tmp_path / "klanten.csv"
    csv_file.write_text("voornaam;achternaam;e-mail;telefoon;straat;huisnummer;postcode;plaats;notities\n"
                        "Zebulonia;Quaxelbrink;zebulonia.quax@example.org;+31 6 4876 5432;Xylofoonsteeg;77;9999 XQ;"
                        "Wolfertsdijk;Wil graag de Pyroclastische printer terug.\n", encoding="utf-8")
    bad = tmp_path / "fout.csv"
    bad.write_text("voornaam;achternaam;e-mail\nZebulonia;Quaxelbrink;zebulonia.quax@@example\n", encoding="utf-8")
    steps = [("settings", "set", "staff_initials", "JV"), ("import", str(csv_file)), ("show", "1"),
             ("list", "--search", "Quaxelbrink"), ("consent", "1", "email", "grant", "--how", "counter"),
             ("report", "access", "1", "-o", str(tmp_path / "inzage.pdf")),
             ("export", "1", "-o", str(tmp_path / "export.json")), ("import", str(bad)),
             ("backup", str(tmp_path)), ("erase", "1", "--yes", "-o", str(tmp_path / "verklaring.pdf"))]
    for step in steps:
        result = run(*step, env=env)
        assert result.returncode in (0, 1), (step, result.stderr)
    text = "".join(p.read_text(encoding="utf-8") for p in logs.iterdir())
    for value in DISTINCTIVE_VALUES + ["zebulonia.quax@@example", "Quaxelbrink"]:
        assert value not in text and value.lower() not in text.lower(), value
    for expected in ("start 0.1.0: import", "import: 1 customers in, 0 rows refused", "told: {count} rows",
                     "written and verified: 1 customers", "erasure VV-", "stop: exit 0"):
        assert expected in text, expected
