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


def test_the_log_rotates_and_keeps_five_old_files(tmp_path):
    import logging

    from etsoft_desk.logsetup import RotatingFile
    handler = RotatingFile(tmp_path / "etsoft-desk.log", max_bytes=200, keep=5)
    logger = logging.getLogger("etsoft_desk.test_rotation")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    for n in range(100):
        logger.info("line %03d with some padding to fill the file", n)
    handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["etsoft-desk.log"] + [f"etsoft-desk.log.{n}" for n in range(1, 6)]
    assert "line 099" in (tmp_path / "etsoft-desk.log").read_text()
    assert all((tmp_path / n).stat().st_size < 400 for n in names)


def test_a_logged_warning_fails_a_test_that_does_not_expect_it(tmp_path):
    """The autouse fixture in tests/conftest.py, run on a copy: one test logs a warning unasked, one says it
    expects it, one reads caplog, one logs only INFO."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    suite = tmp_path / "suite"
    suite.mkdir()
    shutil.copy(root / "tests" / "conftest.py", suite / "conftest.py")
    (suite / "test_logs.py").write_text(
        "import logging\nimport pytest\n\nlog = logging.getLogger('etsoft_desk.services.x')\n\n"
        "def test_unasked():\n    log.warning('disk nearly full')\n\n"
        "@pytest.mark.expect_log_warning\ndef test_marked():\n    log.warning('disk nearly full')\n\n"
        "def test_caplog(caplog):\n    log.error('disk full')\n\n"
        "def test_info():\n    log.info('backup written')\n")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "ignore",
                           "-o", "markers=expect_log_warning: x", "--rootdir", str(suite), str(suite)],
                          capture_output=True, text=True, cwd=suite, timeout=120)
    # The teardown fails it: its call passed, so pytest counts 4 passed and 1 error.
    assert "4 passed, 1 error" in done.stdout, done.stdout
    # Only the unasked warning fails; pytest cuts the summary line to the terminal's width, so compare its start.
    errors = [line for line in done.stdout.splitlines() if line.startswith("ERROR ")]
    assert len(errors) == 1, done.stdout
    assert errors[0].startswith("ERROR test_logs.py::test_unasked - Failed: logged 1 unexpected warning"), done.stdout
