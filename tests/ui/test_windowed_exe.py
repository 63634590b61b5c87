"""The window's exe on Windows has no console (sys.stdout is None): a command given to it runs nothing and says,
in a message box, to use etsoft-desk-cli.exe; without a command it opens the window. Simulated here by setting
sys.stdout to None, as PyInstaller's windowed exe does."""

import sys

import pytest
from PySide6.QtWidgets import QApplication

from etsoft_desk import __main__ as entry
from etsoft_desk import app as app_module
from tests.ui.conftest import when_modal


@pytest.mark.parametrize("argv, console", [
    (["init"], True), (["--data-dir", "x", "list", "--json"], True), (["backup", "stick/"], True),
    (["--version"], True), (["--help"], True), (["init", "--no-such-option"], True), (["nonsense"], True),
    ([], False), (["--demo"], False), (["--screenshot", "venster.png"], False), (["--data-dir", "x"], False)])
def test_what_needs_a_console_is_read_off_the_real_parser(argv, console, capsys):
    assert entry.wants_a_console(argv) is console
    assert capsys.readouterr() == ("", "")  # asking prints nothing (--help and the usage error are caught)


def test_a_command_given_to_the_windowed_exe_runs_nothing_and_names_the_cli_exe(qtbot, qapp, tmp_path,
                                                                              monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(app_module, "start_application", lambda: qapp)  # the test's own application
    monkeypatch.setattr(app_module, "run_gui", lambda args: pytest.fail("the window was opened"))
    told = {}
    shown = when_modal(qtbot, lambda box: told.update(text=box.text(), title=box.windowTitle()))
    assert entry.main(["--data-dir", str(data), "init"]) == 2  # exit 2: a command line it cannot run
    assert shown["done"] and told["title"] == "ETSoft Desk"
    assert "etsoft-desk-cli.exe" in told["text"] and "opdrachtprompt" in told["text"]  # in Dutch, like the window
    assert not data.exists()  # no register made, so no recovery key printed into nothing


def test_the_windowed_exe_without_a_command_opens_the_window(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    opened = []
    monkeypatch.setattr(app_module, "run_gui", lambda args: opened.append(args.demo) or 0)
    monkeypatch.setattr(app_module, "tell_to_use_the_cli", lambda: pytest.fail("told to use the cli"))
    assert entry.main(["--demo"]) == 0 and opened == [True]


def test_the_program_icon_is_the_windows_icon(qapp, monkeypatch):
    before = qapp.organizationName(), qapp.applicationName(), qapp.windowIcon()
    monkeypatch.setattr(app_module, "install_translators", lambda app, language: [])
    try:
        assert app_module.start_application() is qapp
        assert sorted(s.width() for s in QApplication.windowIcon().availableSizes()) == [256]
    finally:
        qapp.setOrganizationName(before[0])
        qapp.setApplicationName(before[1])
        qapp.setWindowIcon(before[2])
