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
