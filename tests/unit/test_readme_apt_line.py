"""The README's apt line names every Debian package the Qt window loads.

Derived, not remembered: the Qt modules the program imports, the libraries of the wheel they need in turn, the
xcb platform plugin and its GL integrations, the image-format and print-support plugins; each library they
need from outside the wheel is looked up with ldconfig and dpkg. Qt's xcb plugin also opens libxcb-cursor at
run time (it is not in its dynamic section), so that one is named here by hand. Skipped where dpkg is missing
(not Debian); CI installs exactly the README's line and then starts the real window under Xvfb.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport")  # what etsoft_desk imports
PLUGINS = ("platforms/libqxcb.so", "xcbglintegrations/*.so", "imageformats/*.so", "printsupport/*.so")
OPENED_AT_RUN_TIME = ("libxcb-cursor.so.0",)  # dlopen()ed by the xcb plugin since Qt 6.5
IN_EVERY_DEBIAN = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1"}  # priority required (minbase)

pytestmark = pytest.mark.skipif(shutil.which("dpkg") is None or shutil.which("readelf") is None,
                                reason="needs Debian's dpkg and binutils' readelf")


def readme_apt_line() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^sudo apt-get install ([^\n`]+)$", text, re.M)
    assert found, "the README has no apt line"
    return set(found.group(1).split())


def needed(path: str) -> list[str]:
    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)[^\[]*\[([^\]]+)\]", out)


def libraries_from_outside_the_wheel() -> set[str]:
    import PySide6

    package = Path(PySide6.__file__).parent
    qt_lib = package / "Qt" / "lib"
    start = [str(p) for m in MODULES for p in package.glob(f"{m}.*.so")]
    start += [p for pattern in PLUGINS for p in glob.glob(str(package / "Qt" / "plugins" / pattern))]
    assert len(start) >= len(MODULES) + 2, start
    seen: set[str] = set()
    outside: set[str] = set(OPENED_AT_RUN_TIME)
    todo = list(start)
    while todo:
        path = todo.pop()
        for name in needed(path):
            inside = qt_lib / name
            if inside.exists() or (package / name).exists():
                if str(inside) not in seen and inside.exists():
                    seen.add(str(inside))
                    todo.append(str(inside))
            elif not name.startswith(("libpyside6", "libshiboken6")):
                outside.add(name)
    return outside


def package_of(library: str, cache: str) -> str | None:
    found = re.search(rf"^\s*{re.escape(library)} \([^)]*x86-64[^)]*\) => (\S+)$", cache, re.M) or \
        re.search(rf"^\s*{re.escape(library)} \([^)]*\) => (\S+)$", cache, re.M)
    if not found:
        return None
    path = found.group(1)
    real = os.path.realpath(path)
    for candidate in {path, real, path.replace("/usr/lib/", "/lib/"), real.replace("/usr/lib/", "/lib/"),
                      path.replace("/lib/", "/usr/lib/", 1) if path.startswith("/lib/") else path,
                      real.replace("/lib/", "/usr/lib/", 1) if real.startswith("/lib/") else real}:
        run = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if run.returncode == 0:
            return run.stdout.split(":", 1)[0].strip()
    return None


def test_the_readme_apt_line_lists_every_package_the_qt_window_loads():
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    listed = readme_apt_line()
    missing, packages = [], {}
    for library in sorted(libraries_from_outside_the_wheel()):
        package = package_of(library, cache)
        if package is None:
            missing.append(library)  # not on this machine: CI installs the README's line, so it is not there
        else:
            packages[library] = package
    assert missing == [], f"no package on this machine provides {missing}: add it to the README's apt line"
    absent = {lib: pkg for lib, pkg in packages.items() if pkg not in listed | IN_EVERY_DEBIAN}
    assert absent == {}, f"the README's apt line lacks {sorted(set(absent.values()))} (for {sorted(absent)})"
    unused = listed - set(packages.values())
    assert unused == set(), f"the README's apt line names packages the window does not load: {sorted(unused)}"
