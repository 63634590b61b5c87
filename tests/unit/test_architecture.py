"""Imports go one way: ui → services → (domain, store, secrets, reports), store → domain; only ui,
app and __main__ import PySide6; only store imports peewee/sqlcipher; only reports import reportlab;
only secrets imports keyring."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "etsoft_desk"
LAYERS = {
    "domain": set(),
    "store": {"domain"},
    "secrets": set(),
    "reports": {"domain"},
    "services": {"domain", "store", "secrets", "reports"},
    "ui": {"services", "domain"},
}
THIRD_PARTY_OWNERS = {"PySide6": {"ui", "app", "__main__"}, "peewee": {"store"}, "playhouse": {"store"},
                      "sqlcipher3": {"store"}, "reportlab": {"reports"}, "keyring": {"secrets"}}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names)
    return names


def layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_imports_go_one_way(path):
    layer = layer_of(path)
    for name in imports_of(path):
        top = name.split(".")[0]
        owners = THIRD_PARTY_OWNERS.get(top)
        if owners is not None:
            assert layer in owners, f"{path.name} ({layer}) imports {name}"
        if top == "etsoft_desk" and layer in LAYERS:
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 else ""
            if target in LAYERS and target != layer:
                assert target in LAYERS[layer], f"{path.name} ({layer}) imports {name}"


def test_the_command_line_does_not_load_qt_or_reportlab():
    code = ("import sys, etsoft_desk.__main__ as m, etsoft_desk.cli; "
            "import json; print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] in "
            "('PySide6', 'reportlab'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []
