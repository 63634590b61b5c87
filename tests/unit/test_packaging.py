"""What the packaging files promise: the metadata in today's form, package data that matches files, the
program icon for Linux and Windows, and build.spec's two Windows exes (.ci/package builds and runs both)."""

import ast
import re
import struct
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_licence_is_an_spdx_string_with_a_setuptools_that_reads_it():
    assert isinstance(PYPROJECT["project"]["license"], str)  # the table form is deprecated
    assert re.fullmatch(r"LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+", PYPROJECT["project"]["license"])
    setuptools = next(r for r in PYPROJECT["build-system"]["requires"] if r.startswith("setuptools"))
    version = tuple(int(n) for n in re.search(r">=([\d.]+)", setuptools).group(1).split("."))
    assert version >= (77,)  # PEP 639 licence expressions


def test_every_package_data_pattern_matches_a_file():
    resources = ROOT / PYPROJECT["tool"]["setuptools"]["package-dir"]["etsoft_desk.resources"]
    for pattern in PYPROJECT["tool"]["setuptools"]["package-data"]["etsoft_desk.resources"]:
        assert list(resources.glob(pattern)), f"{pattern} matches nothing in {resources}"


def test_the_desktop_file_starts_the_program_with_its_icon():
    entry = dict(line.split("=", 1) for line in (ROOT / "resources" / "etsoft-desk.desktop").read_text(
        encoding="utf-8").splitlines() if "=" in line)
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"].split()[0] in PYPROJECT["project"]["scripts"]
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.png").is_file()


def test_the_windows_icon_holds_the_usual_sizes_as_png():
    raw = (ROOT / "resources" / "icons" / "etsoft-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", raw)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", raw, 6 + 16 * i)
        assert raw[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(raw)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_build_spec_makes_a_window_exe_without_console_and_a_cli_exe_with_one_in_one_folder():
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]

    def keywords(call):
        return {k.arg: k.value for k in call.keywords}

    exes = {}
    for call in (c for c in calls if c.func.id == "EXE"):
        kw = keywords(call)
        exes[ast.literal_eval(kw["name"])] = ast.literal_eval(kw["console"])
        assert "version" in kw and "icon" in kw
    assert exes == {"etsoft-desk": False, "etsoft-desk-cli": True}
    (collect,) = [c for c in calls if c.func.id == "COLLECT"]
    assert len([a for a in collect.args if isinstance(a, ast.Name) and a.id in ("window", "cli")]) == 2
