"""One resolver for resource files: from the source tree, an installed wheel, or the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    source_tree = Path(__file__).resolve().parent.parent / "resources"
    if source_tree.is_dir():
        return source_tree
    from importlib.resources import files

    return Path(str(files("etsoft_desk.resources")))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
