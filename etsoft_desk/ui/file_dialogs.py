"""Every file dialog of the window, one way each: open a file, save a file, choose a folder.

They start in the folder the owner last used in any of them (remembered in QSettings, only the folder, never a
file name), or, the first time or when that folder is gone (a USB stick taken out), in the owner's Documents
(the home folder when there is none); never in the working directory the program happened to start in. Each
returns the chosen path, or "" when the owner cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER = "dialogs/last_folder"


def start_folder() -> str:
    last = QSettings().value(LAST_FOLDER)
    if last and Path(str(last)).is_dir():
        return str(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


def remember(folder: str | Path) -> None:
    QSettings().setValue(LAST_FOLDER, str(folder))


def open_file(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), filters)
    if path:
        remember(Path(path).parent)
    return path


def save_file(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    """``name``: the file name suggested, in the starting folder. The dialog asks before replacing a file."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(start_folder()) / name), filters)
    if path:
        remember(Path(path).parent)
    return path


def choose_folder(parent: QWidget | None, title: str, current: str = "") -> str:
    """``current``: the folder already chosen (a setting), shown first while it exists."""
    start = current if current and Path(current).is_dir() else start_folder()
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    if folder:
        remember(folder)
    return folder
