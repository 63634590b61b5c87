"""The main window's menu bar (issue 15 item 5): Bestand, Bewerken, Klant, Register, Help. Every toolbar button is
also a menu item, each item has a mnemonic (&) and the usual ones a shortcut; Help › Sneltoetsen lists them all,
read from the actions themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

if TYPE_CHECKING:  # a mixin of MainWindow: checked as the window it is part of
    from collections.abc import Callable

    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QMainWindow as _Window, QMenu
else:
    _Window = object


class MainMenus(_Window):
    """Builds the menus of :class:`MainWindow` from the actions it made for its toolbar, plus the menu-only ones."""

    if TYPE_CHECKING:
        lock_action: QAction
        new_action: QAction
        open_action: QAction
        import_action: QAction
        statement_action: QAction
        recipients_action: QAction
        referrals_action: QAction
        requests_action: QAction
        marketing_action: QAction
        retention_action: QAction
        backup_action: QAction
        settings_action: QAction
        confirmRestoreRequested: Signal
        _register: object
        todo_bar: Any

        breach_action: QAction

        # methods of the window, as attributes: lupdate misreads one-line stubs and loses the class's context
        focus_search: Callable[[], None]
        add_breach_register: Callable[[QMenu], None]
        show_invoices: Callable[[], None]
        restore_backup: Callable[..., None]
        new_key: Callable[[], None]
        show_about: Callable[[], None]
        open_log_folder: Callable[[], None]

    def _build_menus(self) -> None:
        file_menu = self._menu(self.tr("&File"), "fileMenu")
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        self.quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        edit_menu = self._menu(self.tr("&Edit"), "editMenu")
        self.find_action = edit_menu.addAction(self.tr("&Find"), self.focus_search)
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))

        customer_menu = self._menu(self.tr("&Customer"), "customerMenu")
        for action in (self.new_action, self.open_action, None, self.requests_action, self.marketing_action,
                       self.referrals_action):
            customer_menu.addAction(action) if action is not None else customer_menu.addSeparator()

        register_menu = self._menu(self.tr("&Register"), "registerMenu")
        register_menu.addAction(self.statement_action)
        register_menu.addAction(self.recipients_action)
        register_menu.addAction(self.retention_action)
        self.add_breach_register(register_menu)  # issue 16: Register › Datalekken
        self.invoices_action = register_menu.addAction(self.tr("&Invoices for the accountant…"), self.show_invoices)
        self.invoices_action.setShortcut(QKeySequence("Ctrl+E"))  # the export for the accountant
        self.documents_action = register_menu.addAction(self.tr("Kept doc&uments…"), self.show_kept_documents)
        self.documents_action.setObjectName("keptDocumentsAction")
        self.notices_action = register_menu.addAction(self.tr("&Notices to recipients…"), self.show_notices)
        self.notices_action.setObjectName("noticesAction")
        self.todo_bar.open_notices.connect(self.show_notices)
        register_menu.addSeparator()
        register_menu.addAction(self.backup_action)
        self.restore_action = register_menu.addAction(self.tr("&Restore a backup…"), self.restore_backup)
        self.confirm_restore_action = register_menu.addAction(self.tr("Confirm the re&store…"),
                                                              self.confirmRestoreRequested.emit)
        self.rekey_action = register_menu.addAction(self.tr("New &key…"), self.new_key)

        help_menu = self._menu(self.tr("&Help"), "helpMenu")
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts…"), self.show_shortcuts)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.about_action = help_menu.addAction(self.tr("&About ETSoft Desk…"), self.show_about)
        help_menu.addAction(self.tr("Open the &log folder"), self.open_log_folder)
        toolbar = self.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            self._set_icons(toolbar)

    def _set_icons(self, toolbar: QToolBar) -> None:
        """Qt's standard icons where one fits (they come with Qt: nothing to license or ship); the text stays
        under each icon, so the toolbar is no wider than before."""
        sp = QStyle.StandardPixmap
        icons = {self.new_action: sp.SP_FileIcon, self.open_action: sp.SP_DialogOpenButton,
                 self.import_action: sp.SP_DirOpenIcon, self.statement_action: sp.SP_FileDialogContentsView,
                 self.recipients_action: sp.SP_FileDialogDetailedView, self.requests_action: sp.SP_MessageBoxQuestion,
                 self.retention_action: sp.SP_TrashIcon, self.backup_action: sp.SP_DialogSaveButton,
                 self.quit_action: sp.SP_DialogCloseButton, self.shortcuts_action: sp.SP_DialogHelpButton,
                 self.about_action: sp.SP_MessageBoxInformation, self.breach_action: sp.SP_MessageBoxWarning}
        style = self.style()
        for action, pixmap in icons.items():
            action.setIcon(style.standardIcon(pixmap))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        toolbar.setIconSize(QSize(size, size))

    def _menu(self, title: str, name: str) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setObjectName(name)
        return menu

    def show_kept_documents(self) -> None:
        """Register › Bewaarde documenten: find a kept document by its id and print it again (issue 12 item 6)."""
        from .kept_documents import KeptDocumentsDialog

        KeptDocumentsDialog(self._register, self).exec()

    def show_notices(self) -> None:
        """Register › Kennisgevingen aan ontvangers: the Art. 19 notices and what became of them (issue 12 item 4)."""
        from .notices_dialog import NoticesDialog

        NoticesDialog(self._register, self).exec()
        self.todo_bar.refresh()

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()
