"""The modules of the card and the dialogs, imported in the thread pool once the window has been up a while.

A module tree imported at a person's first click froze the window for it (the card: 35 ms of imports, the
retention dialog and the erasure plan their services'); imported ahead of time they are there when asked for.
Nothing of the register is touched: only code is loaded. A module that fails to import here fails again where it
is used, and is told there.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QWidget

MODULES = (
    # the card and its pages (ui/card_factory.py)
    "etsoft_desk.ui.customer_dialog", "etsoft_desk.ui.card_factory", "etsoft_desk.ui.history_corrections",
    "etsoft_desk.ui.rights_banner", "etsoft_desk.ui.consent_panel", "etsoft_desk.ui.sharing_panel",
    "etsoft_desk.ui.referral_panel", "etsoft_desk.ui.sensitive_panel", "etsoft_desk.ui.requests_panel",
    "etsoft_desk.ui.kept_documents",
    # the dialogs of the menus and what they read through the register
    "etsoft_desk.ui.retention_dialog", "etsoft_desk.ui.settings_dialog", "etsoft_desk.ui.mail_settings",
    "etsoft_desk.ui.erasure_dialog", "etsoft_desk.ui.owner_pin",
    "etsoft_desk.services.consent", "etsoft_desk.services.sharing", "etsoft_desk.services.referrals",
    "etsoft_desk.services.sensitive", "etsoft_desk.services.receipts", "etsoft_desk.services.rights",
    "etsoft_desk.services.corrections", "etsoft_desk.services.requests", "etsoft_desk.services.documents",
    "etsoft_desk.services.erasure", "etsoft_desk.services.retention", "etsoft_desk.domain.personal_data",
)


def _import_all() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # told where the module is used
            return


def warm_up_later(window: QWidget, ms: int = 4000) -> None:
    """Import :data:`MODULES` in the thread pool ``ms`` after now, while ``window`` is still up (not ui/tasks.run:
    this is no work of the person's, so a restore or a new key need not wait for it)."""
    def start() -> None:
        if window.isVisible():
            QThreadPool.globalInstance().start(_import_all)
    QTimer.singleShot(ms, window, start)
