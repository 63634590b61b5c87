"""Imports go one way: ui → services → (domain, store, secrets, reports), store → domain; only ui, app and
__main__ import PySide6; only store imports peewee/sqlcipher; only reports import reportlab; only secrets
imports keyring.

Every .py file of the package is read (app.py, cli*.py, __main__.py included), and every import in it counts:
at the top, inside a function, under ``if TYPE_CHECKING``, and ``importlib.import_module("...")`` with a
literal name. The front ends are ui/, app.py, __main__.py and the cli*.py modules: the command line is a front
end like the window, so it may use services and domain but never store or reports itself. app.py and the
command line choose which key store a register gets (the system keyring), so they may import secrets; the
window's widgets may not."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "etsoft_desk"

# Which layer (a folder, or a top-level module; every cli*.py is "cli") may import which other layer.
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "secrets": set(),
    "reports": {"domain"},
    "services": {"domain", "store", "secrets", "reports"},
    "ui": {"services", "domain"},
    "cli": {"services", "domain", "secrets"},
    "app": {"ui", "services", "domain", "secrets"},
    "__main__": {"cli", "app"},
    "launcher": {"__main__"},
}
# Leaf modules that import nothing of the package (the version, the resource resolver, the log set-up):
# anyone may use them.
LEAVES = {"__init__", "resources_path", "logsetup"}
THIRD_PARTY_OWNERS = {"PySide6": {"ui", "app", "__main__"}, "shiboken6": {"ui", "app", "__main__"},
                      "peewee": {"store"}, "playhouse": {"store"}, "sqlcipher3": {"store"},
                      "reportlab": {"reports"}, "pypdf": {"reports"}, "keyring": {"secrets"}}


def layer_of(rel: Path) -> str:
    """``rel`` is relative to the package folder."""
    if len(rel.parts) > 1:
        return rel.parts[0]
    return "cli" if rel.stem.startswith("cli") else rel.stem


def imported_modules(source: str, rel: Path, package: Path = PACKAGE) -> list[tuple[int, str]]:
    """Every module the source imports, relative imports resolved to ``etsoft_desk.…``, with its line."""
    tree = ast.parse(source)
    parts = ("etsoft_desk", *rel.with_suffix("").parts)
    here = parts if rel.name == "__init__.py" else parts[:-1]  # the package the module is in
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - node.level + 1])
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            for alias in node.names:  # ``from . import cli_records`` imports a module; ``__version__`` does not
                sub = package.parent.joinpath(*module.split("."), alias.name)
                if sub.with_suffix(".py").is_file() or sub.is_dir():
                    found.append((node.lineno, f"{module}.{alias.name}"))
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                   or (isinstance(node.func, ast.Name) and node.func.id in ("import_module", "__import__")))):
            found.append((node.lineno, node.args[0].value))
    return found


def target_layer(module: str, package: Path = PACKAGE) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "__init__"
    if (package / parts[1]).is_dir():
        return parts[1]
    return "cli" if parts[1].startswith("cli") else parts[1]


def violations(source: str, rel: Path, package: Path = PACKAGE) -> list[str]:
    layer = layer_of(rel)
    if layer not in ALLOWED and layer not in LEAVES:
        return [f"{rel}: layer {layer!r} has no rule in this test"]
    wrong = []
    for line, module in imported_modules(source, rel, package):
        top = module.split(".")[0]
        owners = THIRD_PARTY_OWNERS.get(top)
        if owners is not None and layer not in owners:
            wrong.append(f"{rel}:{line} ({layer}) imports {module}")
        if top != "etsoft_desk":
            continue
        target = target_layer(module, package)
        if target == layer or (target in LEAVES and layer not in LEAVES):
            continue
        if target not in ALLOWED.get(layer, set()):
            wrong.append(f"{rel}:{line} ({layer}) imports {module} ({target})")
    return wrong


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_leaves_import_nothing_of_the_package():
    for leaf in LEAVES:
        rel = Path(f"{leaf}.py")
        assert not [m for _, m in imported_modules((PACKAGE / rel).read_text(), rel) if m.startswith("etsoft_desk")]


def test_the_test_reads_every_module():
    names = {str(p.relative_to(PACKAGE)) for p in MODULES}
    assert {"app.py", "__main__.py", "cli.py", "cli_records.py", "launcher.py", "ui/main_window.py",
            "store/migrations.py"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_imports_go_one_way(path):
    assert violations(path.read_text(), path.relative_to(PACKAGE)) == []


# --- the check itself fails on a deliberate break, on a copy ----------------------------------------------
def _copy_with(tmp_path, rel: str, extra: str) -> tuple[str, Path, Path]:
    package = tmp_path / "etsoft_desk"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    path = package / rel
    source = path.read_text() + extra
    path.write_text(source)
    return source, Path(rel), package


@pytest.mark.parametrize("rel, extra, expected", [
    ("cli.py", "\nfrom .store.models import Customer\n", "cli.py:"),  # the command line reaching into store
    ("app.py", "\nfrom .reports import access_report\n", "app.py:"),  # app.py at the top level
    ("cli_records.py", "\n\ndef late():\n    from .store import customers\n", "store"),  # inside a function
    ("services/customers.py", "\n\ndef late():\n    from PySide6.QtCore import QObject\n", "PySide6"),
    ("domain/customer.py", "\nfrom ..services import register\n", "services"),  # relative, two levels up
    ("store/customers.py", "\nimport etsoft_desk.reports.common\n", "reports"),
    ("ui/main_window.py", "\n\ndef late():\n    import peewee\n", "peewee"),
    ("ui/main_window.py", "\nfrom ..secrets import SystemKeyStore\n", "secrets"),
    ("reports/common.py", "\nimport keyring\n", "keyring"),
    ("__main__.py", "\nimport importlib\nimportlib.import_module('etsoft_desk.store.database')\n", "store"),
    ("services/audit.py", "\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..ui import tasks\n", "ui"),
])
def test_the_layering_check_catches_a_break(tmp_path, rel, extra, expected):
    clean = (PACKAGE / rel).read_text()
    assert violations(clean, Path(rel)) == []
    source, rel_path, package = _copy_with(tmp_path, rel, extra)
    found = violations(source, rel_path, package)
    assert found and all(expected in f for f in found), found


def test_the_command_line_does_not_load_qt_or_reportlab():
    code = ("import sys, etsoft_desk.__main__ as m, etsoft_desk.cli; "
            "import json; print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] in "
            "('PySide6', 'reportlab'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []


# Services are given the register's database when they are made (services/register.Register.db); none reaches
# for the global proxy, which stays in store/ as peewee's binding of the models. Still to follow:
STILL_ON_THE_PROXY: set[str] = set()


def services_on_the_proxy(package: Path = PACKAGE) -> set[str]:
    return {str(p.relative_to(package)) for p in (package / "services").glob("*.py")
            if "database_proxy" in p.read_text(encoding="utf-8")}


def test_no_service_reaches_for_the_global_database():
    assert services_on_the_proxy() <= STILL_ON_THE_PROXY


def test_the_database_check_catches_a_service_on_the_proxy(tmp_path):
    import shutil

    copy = tmp_path / "etsoft_desk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    consent = copy / "services" / "consent.py"
    consent.write_text(consent.read_text(encoding="utf-8") + "\nfrom ..store.models import database_proxy\n",
                       encoding="utf-8")
    assert services_on_the_proxy(copy) - STILL_ON_THE_PROXY == {"services/consent.py"}
