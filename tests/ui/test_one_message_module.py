"""One module builds every message box (ui/messages.py): no other module of the package names QMessageBox, so
every box can be answered by the tests (the answer_boxes fixture) and none is built behind the module's back.
The crash dialog (ui/crash.py) is a dialog of its own, not a QMessageBox."""

import io
import shutil
import tokenize
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "etsoft_desk"
ALLOWED = {Path("ui/messages.py")}


def naming_the_box(package: Path) -> list[str]:
    """``file:line`` of each use of the name QMessageBox in code (an import, a call, an attribute, or the name
    as a string given to getattr/import), outside ui/messages.py; comments and prose do not count."""
    found = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if rel in ALLOWED:
            continue
        for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if (token.type == tokenize.NAME and token.string == "QMessageBox") or (
                    token.type == tokenize.STRING and token.string.strip("'\"") == "QMessageBox"):
                found.append(f"{rel}:{token.start[0]}")
    return found


def test_only_the_messages_module_names_qmessagebox():
    assert (PACKAGE / "ui" / "messages.py").read_text(encoding="utf-8").count("QMessageBox(") >= 1  # it does
    assert naming_the_box(PACKAGE) == []


def test_the_check_catches_a_box_built_elsewhere(tmp_path):
    copy = tmp_path / "etsoft_desk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    banner = copy / "ui" / "rights_banner.py"
    banner.write_text(banner.read_text(encoding="utf-8") + (
        "\n\ndef sneaky(parent):\n"
        "    # a QMessageBox in a comment is prose\n"
        "    from PySide6 import QtWidgets\n"
        "    return QtWidgets.QMessageBox.question(parent, 'x', 'y')\n"), encoding="utf-8")
    lines = len(banner.read_text(encoding="utf-8").splitlines())
    crash = copy / "ui" / "crash.py"
    crash.write_text(crash.read_text(encoding="utf-8")
                     + "\n\ndef late():\n    return getattr(__import__('PySide6.QtWidgets'), \"QMessageBox\")\n",
                     encoding="utf-8")
    assert naming_the_box(copy) == [f"ui/crash.py:{len(crash.read_text().splitlines())}", f"ui/rights_banner.py:{lines}"]
