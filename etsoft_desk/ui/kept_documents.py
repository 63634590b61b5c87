"""The documents the register keeps (issue 12 item 6), to print again through the print preview: on the card, the
customer's own (page "Documenten"); from Register › Bewaarde documenten, every kept document, found by its id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..domain.messages import Msg
from .dialogs import Dialog
from .names import document_kinds



class KeptDocuments(QWidget):
    """A table of kept documents (id, kind, date), newest first, and a button that opens the chosen one in the
    print preview. ``customer_id`` None: every kept document, with a field to find one by its id."""

    def __init__(self, register, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keptDocuments")
        self._register = register
        self._customer_id = customer_id
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("documentId")
        self.search.setPlaceholderText(self.tr("Document id, for example VV-1A2B3C4D"))
        self.search.setAccessibleName(self.tr("Document id"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.reprint)
        if customer_id is None:
            layout.addWidget(self.search)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("documentsTable")
        self.table.setAccessibleName(self.tr("Kept documents"))
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Kind"), self.tr("Date")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.reprint)
        self.empty = QLabel(self.tr("No documents kept for this customer yet.") if customer_id is not None
                            else self.tr("No documents kept yet."))
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addStretch(1)
        self.reprint_button = QPushButton(self.tr("&Print again…"))
        self.reprint_button.setObjectName("reprintDocument")
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.clicked.connect(self.reprint)
        row.addWidget(self.reprint_button)
        layout.addLayout(row)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Read again each time the page is shown: a receipt made on another page of the card is there."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        from ..services import kept_documents

        with self._register.reading():
            rows = list(reversed(kept_documents.listing(self._customer_id)))
        names = document_kinds()
        self.table.setRowCount(len(rows))
        for r, (doc_id, kind, created_at) in enumerate(rows):
            day = created_at[:10]
            shown = f"{day[8:10]}-{day[5:7]}-{day[0:4]}" if len(day) == 10 else created_at
            for c, value in enumerate((doc_id, names.get(kind, kind), shown)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, doc_id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.empty.setVisible(not rows)
        self.reprint_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _filter(self, text: str) -> None:
        wanted = text.strip().upper()
        first = None
        for r in range(self.table.rowCount()):
            hidden = bool(wanted) and wanted not in self._id_at(r).upper()
            self.table.setRowHidden(r, hidden)
            if not hidden and first is None:
                first = r
        if first is not None:
            self.table.selectRow(first)

    def _id_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return item.text() if item is not None else ""

    def chosen(self) -> str | None:
        typed = self.search.text().strip().upper()
        rows = [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]
        exact = [r for r in rows if self._id_at(r) == typed] or (rows if typed and len(rows) == 1 else [])
        if typed and not exact and self._customer_id is None:
            return typed  # told in one sentence that there is no such document
        selected = self.table.selectionModel().selectedRows()
        row = exact[0] if exact else (selected[0].row() if selected and selected[0].row() in rows else None)
        return self._id_at(row) if row is not None else None

    def reprint(self) -> None:
        from ..services import kept_documents
        from . import tasks

        doc_id = self.chosen()
        if doc_id is None:
            return
        register = self._register

        def read() -> bytes:
            with register.reading():
                pdf = kept_documents.pdf(doc_id)
            if pdf is None:
                raise UserError(Msg.DOCUMENT_NOT_FOUND, value=doc_id)
            return pdf

        def show(pdf: bytes) -> None:
            from .print_preview import PrintPreview

            PrintPreview(pdf, self.tr("Document %1").replace("%1", doc_id), f"{doc_id}.pdf", parent=self).exec()
        tasks.document(self, read, show, register=register, busy=[self])


class KeptDocumentsDialog(Dialog):
    """Register › Bewaarde documenten: every kept document, to find by its id and print again."""

    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keptDocumentsDialog")
        self.setWindowTitle(self.tr("Kept documents"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.documents = KeptDocuments(register, None, self)
        layout.addWidget(self.documents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.documents.search.setFocus()
