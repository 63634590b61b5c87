"""Qt for Python reads the whole source of every module imported after it (``inspect.getsource``, to learn whether
the module mentions PySide6 and so might switch a ``__feature__`` such as snake_case): 1.3 ms for a module of
ours, more for a large one of reportlab's, paid by the window's start (some 15 ms) and by every first use of a
dialog, on the GUI thread or holding the interpreter in a worker. No module of this program selects a feature.

:func:`install` puts a finder first on ``sys.meta_path`` that enters each new module in Qt for Python's table
before it is loaded, as one that selects no feature, so the scan is not made. A module that does import from
``__feature__`` still sets its own entry (that import writes it). Qt for Python's own modules are left to it.
Where the table is not there (another version of Qt for Python), nothing changes. Imports no Qt.
"""

from __future__ import annotations

import sys

FEATURE_MODULE = "PySide6.support.feature"  # where Qt for Python keeps its table, pyside_feature_dict
OURS = "etsoft_desk"


def _enter(name: str) -> None:
    feature = sys.modules.get(FEATURE_MODULE)
    known = getattr(feature, "pyside_feature_dict", None)
    if isinstance(known, dict) and not name.startswith(("PySide6", "shiboken6", "__feature__")):
        # 0: "uses PySide6, no feature", what the scan finds for our windows; -1: "not a Qt module"
        known.setdefault(name, 0 if name.startswith(OURS) else -1)


class _EnteredBeforehand:
    """A meta path finder that finds nothing: it only enters the module's name in the table."""

    @staticmethod
    def find_spec(fullname: str, path=None, target=None) -> None:
        _enter(fullname)
        return None


def install() -> None:
    """The finder, and the modules imported so far (an import of one of them after Qt's is scanned too)."""
    for name in list(sys.modules):
        _enter(name)
    if not any(isinstance(finder, _EnteredBeforehand) for finder in sys.meta_path):
        sys.meta_path.insert(0, _EnteredBeforehand())
