"""Issue 14 item 6: every setting is declared once (services/settings.SETTINGS and declared()): its kind, default
and range or choices. The command line's ``settings show``/``settings set`` and the services read that table;
changing the declaration changes what the command line shows and refuses, with no second list to update."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.services import settings

PACKAGE = Path(__file__).resolve().parents[2] / "etsoft_desk"


def etsoft(*args, data_dir, key=None, code=None):
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data_dir))
    env.pop("ETSOFT_DESK_KEY", None)
    if key:
        env["ETSOFT_DESK_KEY"] = key
    program = ["-m", "etsoft_desk"] if code is None else ["-c", code]
    return subprocess.run([sys.executable, *program, *args], env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    data = tmp_path_factory.mktemp("declared") / "data"
    run = etsoft("init", data_dir=data)
    assert run.returncode == 0, run.stderr
    return data, run.stdout.strip().splitlines()[-1]


def shown(run) -> dict[str, str]:
    return {line[:28].strip(): line[29:] for line in run.stdout.splitlines()}


def one_sentence(run, words):
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert words in run.stderr, run.stderr


def test_settings_show_lists_the_declared_settings_with_their_defaults(made):
    run = etsoft("settings", data_dir=made[0], key=made[1])
    assert run.returncode == 0, run.stderr
    listed = shown(run)
    assert list(listed) == [k for k, s in settings.declared().items() if s.command_line]
    assert listed == {k: s.default for k, s in settings.declared().items() if s.command_line}


@pytest.mark.parametrize(("key", "value", "words"), [
    ("shop_colour", "blauw", "There is no setting called “shop_colour”."),
    ("backup_keep", "0", "“0” is not a number of backups from 1 to 100."),
    ("idle_lock_minutes", "veel", "“veel” is not a number of minutes from 0 (never) to 240."),
    ("smtp_port", "70000", "“70000” is not a port number (1 to 65535)."),
    ("smtp_security", "tls13", "use one of starttls, ssl, none."),
    ("retention.invoices", "12", "at least 84 months"),
    ("retention.invoices", "5000", "is not a valid number of months (0 to 1200)."),
])
def test_an_unknown_name_or_a_bad_value_is_one_sentence_exit_1(made, key, value, words):
    one_sentence(etsoft("settings", "set", key, value, data_dir=made[0], key=made[1]), words)


def test_the_command_line_follows_a_changed_declaration(made):
    """Change the table in the process that runs the command: the default shown, the range refused and the
    sentence follow; nothing else needed changing."""
    code = ("import sys; from dataclasses import replace; from etsoft_desk.services import settings as s; "
            "s.SETTINGS['backup_keep'] = replace(s.SETTINGS['backup_keep'], default='4', high=20); "
            "s.SETTINGS['smtp_security'] = replace(s.SETTINGS['smtp_security'], choices=('ssl', 'none'), default='ssl'); "
            "from etsoft_desk.__main__ import main; sys.exit(main(sys.argv[1:]))")
    listed = shown(etsoft("settings", "show", data_dir=made[0], key=made[1], code=code))
    assert (listed["backup_keep"], listed["smtp_security"]) == ("4", "ssl")
    one_sentence(etsoft("settings", "set", "backup_keep", "21", data_dir=made[0], key=made[1], code=code),
                 "from 1 to 20.")
    one_sentence(etsoft("settings", "set", "smtp_security", "starttls", data_dir=made[0], key=made[1], code=code),
                 "use one of ssl, none.")


def test_a_setting_only_the_window_may_set_is_unknown_to_the_command_line(register, monkeypatch):
    from dataclasses import replace

    monkeypatch.setitem(settings.SETTINGS, "shop_kvk", replace(settings.SETTINGS["shop_kvk"], command_line=False))
    assert "shop_kvk" not in register.settings.all_values() and "shop_kvk" in register.settings.all_values(
        where="window")
    with pytest.raises(UserError) as refused:
        register.settings.set_value("shop_kvk", "12345678")
    assert str(refused.value) == "There is no setting called “shop_kvk”."
    register.settings.set_value("shop_kvk", "12345678", where="window")
    assert register.settings.shop()["shop_kvk"] == "12345678"


def literals(tree: ast.AST) -> list[tuple[int, str]]:
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def spelled_again(sources: dict[str, str]) -> list[tuple[str, int, str]]:
    """Where a source outside the declaration spells a setting's default text, or lists two or more setting
    names together (a tuple, list, set or the keys of a dict: a second list of settings)."""
    defaults = {s.default for s in settings.declared().values() if s.kind == "text" and s.default}
    names = set(settings.declared())
    found = []
    for path, text in sources.items():
        tree = ast.parse(text)
        found += [(path, line, value) for line, value in literals(tree) if value in defaults]
        for node in ast.walk(tree):
            items = node.keys if isinstance(node, ast.Dict) else node.elts if isinstance(
                node, ast.Tuple | ast.List | ast.Set) else []
            listed = [i.value for i in items if isinstance(i, ast.Constant) and i.value in names]
            if len(listed) >= 2:
                found.append((path, node.lineno, ", ".join(listed)))
    return found


# Not the shop's details: the program's vendor, whose name is in its folders and Qt's organisation name.
VENDOR = {("services/register.py", "ETSoft"), ("logsetup.py", "ETSoft"), ("app.py", "ETSoft")}


def test_no_second_list_of_setting_names_or_defaults():
    sources = {str(p.relative_to(PACKAGE)): p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")
               if p.relative_to(PACKAGE).as_posix() != "services/settings.py"}
    found = [(path, line, value) for path, line, value in spelled_again(sources) if (path, value) not in VENDOR]
    assert found == []
    # The check can fail: a default spelled again, and the old list of the mail settings' names.
    broken = {"ui/copy.py": 'SHOP = "ETSoft"\nfor key in ("smtp_host", "smtp_port"):\n    pass\n'}
    assert spelled_again(broken) == [("ui/copy.py", 1, "ETSoft"), ("ui/copy.py", 2, "smtp_host, smtp_port")]
