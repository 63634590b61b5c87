"""The real keyring: gnome-keyring's Secret Service in a private D-Bus session.

`init` stores the key there; a new process opens the register with it, no key given.
"""

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.integration

NEEDED = ("dbus-run-session", "gnome-keyring-daemon")


@pytest.fixture
def secret_service_script(tmp_path):
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {missing} (see .ci/run)")
        pytest.skip(f"not installed here: {missing}")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    script = tmp_path / "session.sh"
    script.write_text(textwrap.dedent(f"""\
        set -eu
        export HOME={tmp_path} XDG_DATA_HOME={tmp_path}/share XDG_RUNTIME_DIR={runtime}
        eval "$(printf 'ci-only-password' | gnome-keyring-daemon --unlock --components=secrets)"
        export PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring
        unset ETSOFT_DESK_KEY
        "$@"
        """))
    return script


def in_session(script, *commands):
    """Run shell ``commands`` one after another, each a new process, inside one keyring session."""
    joined = " && ".join(commands)
    return subprocess.run(["dbus-run-session", "--", "bash", str(script), "bash", "-c", joined],
                          capture_output=True, text=True, timeout=120)


def test_init_stores_the_key_and_a_new_process_opens_the_register_with_it(secret_service_script, tmp_path):
    etsoft = f"{sys.executable} -m etsoft_desk --data-dir {tmp_path / 'data'}"
    csv = tmp_path / "klanten.csv"
    csv.write_text("voornaam;achternaam;telefoon\nAnna;Zwart;0612345678\n", encoding="utf-8")
    run = in_session(secret_service_script,
                     f"{etsoft} init",
                     f"{etsoft} import {csv}",
                     f"{etsoft} list --json > {tmp_path / 'list.json'}",
                     f"{sys.executable} -c 'import keyring; print(keyring.get_keyring().__class__.__name__)'")
    assert run.returncode == 0, run.stderr
    assert "its key is in the keyring" in run.stdout
    assert run.stdout.strip().splitlines()[-1] == "Keyring"  # SecretService.Keyring, not the fail backend
    assert [r["name"] for r in json.loads((tmp_path / "list.json").read_text())] == ["Anna Zwart"]
    assert not any(p.suffix == ".key" for p in (tmp_path / "data").iterdir())


def test_without_the_keyring_the_same_register_asks_for_the_recovery_key(secret_service_script, tmp_path):
    etsoft = f"{sys.executable} -m etsoft_desk --data-dir {tmp_path / 'data'}"
    run = in_session(secret_service_script, f"{etsoft} init")
    assert run.returncode == 0, run.stderr
    # A new session is a new, empty keyring: the key is not there, and no terminal can be asked.
    os.remove(next((tmp_path / "share").rglob("*.keyring")))
    again = in_session(secret_service_script, f"{etsoft} list")
    assert again.returncode == 1
    assert again.stderr.strip().splitlines()[-1] == (
        "The register is locked and no key was given: set ETSOFT_DESK_KEY or run this in a terminal.")
