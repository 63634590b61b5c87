"""Windows, dialogs, table models and message boxes (PySide6)."""

from . import qt_source_scan

qt_source_scan.install()  # before any window's module: none has its source read by Qt for Python at import
