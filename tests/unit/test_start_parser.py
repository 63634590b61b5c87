"""The window's start parses only the window's options: the command modules are not imported for it."""

import subprocess
import sys

import pytest

from etsoft_desk.__main__ import build_parser, window_only


@pytest.mark.parametrize("argv, window", [([], True), (["--demo"], True), (["--data-dir", "/x", "--demo"], True),
                                          (["--screenshot=a.png", "--overwrite"], True),
                                          (["list"], False), (["--data-dir", "/x", "list"], False),
                                          (["--help"], False), (["--version"], False), (["--data-dir"], False)])
def test_what_counts_as_the_windows_own_command_line(argv, window):
    assert window_only(argv) is window


def test_the_windows_parse_imports_no_command_module_and_the_full_one_knows_every_command():
    code = ("import sys, etsoft_desk.__main__ as m; a = m.build_parser(commands=False).parse_args(['--demo']); "
            "print(a.demo, a.subcommand, any(n.startswith('etsoft_desk.cli') for n in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.stdout.split() == ["True", "None", "False"], run.stderr
    assert build_parser().parse_args(["list"]).subcommand == "list"


START_PROBE = """
import sys, runpy
sys.argv = ["etsoft-desk", "--data-dir", sys.argv[1], "--screenshot", sys.argv[2]]
try:
    runpy.run_module("etsoft_desk", run_name="__main__")
except SystemExit as exc:
    order = list(sys.modules)
    print(exc.code, "etsoft_desk.services.erasure" in sys.modules,
          order.index("etsoft_desk.store.database") < order.index("PySide6.QtCore"))
"""


def test_the_windows_start_loads_the_register_before_qt_and_no_erasure_machinery(tmp_path):
    """What the window's start does not need, it does not load: with nothing to erase again, the erasure service
    stays unimported; the register's modules come before Qt's (Qt for Python reads the source of every module
    imported after it)."""
    import os

    from etsoft_desk.services import register as reg
    from etsoft_desk.services.ledger import LEDGER_NAME

    new = reg.create(reg.register_path(tmp_path))
    new.register.close()
    (tmp_path / LEDGER_NAME).touch()  # a ledger beside the register: its cross-check runs at the start
    env = dict(os.environ, ETSOFT_DESK_KEY=new.key.hex(), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", START_PROBE, str(tmp_path), str(tmp_path / "window.png")],
                         capture_output=True, text=True, timeout=120, env=env)
    assert run.stdout.split() == ["0", "False", "True"], run.stderr[-2000:]
    assert (tmp_path / "window.png").stat().st_size > 1000
