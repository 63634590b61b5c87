"""ui/qt_source_scan.py: a module imported after Qt for Python is not read whole by it (inspect.getsource). (A
module that selects a __feature__ writes its own entry; a test of that would switch Qt's classes for the whole
test session.)"""

from __future__ import annotations

import inspect
import sys

import etsoft_desk.ui  # noqa: F401 (installs the finder)


def _module(tmp_path, monkeypatch, name: str, source: str):
    (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return name


def test_a_module_imported_after_qt_is_not_read_for_its_source(tmp_path, monkeypatch):
    name = _module(tmp_path, monkeypatch, "shop_helper_after_qt", "from PySide6.QtCore import QObject\nX = 1\n")
    read: list[str] = []
    real = inspect.getsource

    def counted(obj):
        read.append(getattr(obj, "__name__", "?"))
        return real(obj)

    monkeypatch.setattr(inspect, "getsource", counted)
    exec(f"import {name}", {})  # an import statement: Qt for Python's hook is on __import__
    assert name not in read, "Qt for Python read the new module's whole source"
    assert not read, f"sources read at the import: {read}"
