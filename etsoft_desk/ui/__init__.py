"""Windows, dialogs, table models and message boxes (PySide6)."""
