"""Print preview for the shop's documents (QtPdf): the PDF stays in memory until the owner prints or saves it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .dialogs import Dialog


class PrintPreview(Dialog):
    """Shows a PDF with Print… and Save as PDF…; ``issued`` is told how the document left the program."""

    def __init__(self, pdf: bytes, title: str, file_name: str, issued: Callable[[str], None] | None = None,
                 parent: QWidget | None = None, mailing=None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self._pdf = pdf
        self._file_name = file_name
        self._issued = issued or (lambda how: None)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.pages.setObjectName("pageCount")
        print_button = QPushButton(self.tr("Print…"))
        print_button.setObjectName("printButton")
        print_button.setDefault(True)
        print_button.setShortcut(QKeySequence("Ctrl+P"))  # issue 15 item 5: the usual print key
        print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        print_button.clicked.connect(self.print_document)
        save_button = QPushButton(self.tr("Save as PDF…"))
        save_button.setObjectName("saveButton")
        save_button.setShortcut(QKeySequence("Ctrl+S"))
        save_button.clicked.connect(self.save_document)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        self._mailing = mailing  # ui/mail_send.Mailing: the document may be sent by email (issue 12)
        self.mail_status = QLabel()
        self.mail_status.setObjectName("mailStatus")
        self.mail_status.setWordWrap(True)
        self.mail_status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addWidget(self.mail_status, 1)
        buttons.addStretch(1)
        if mailing is not None:
            self.send_button = QPushButton(self.tr("Send by email…"))
            self.send_button.setObjectName("sendEmailButton")
            self.send_button.clicked.connect(self.send_document)
            buttons.addWidget(self.send_button)
        buttons.addWidget(save_button)
        buttons.addWidget(print_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        if QSettings().value("geometry/PrintPreview") is None:
            self.resize(760, 900)

    def send_document(self) -> None:
        from .mail_send import send_document

        if send_document(self, self._mailing, self._pdf, self.tell_sent):
            self.send_button.setEnabled(False)
            self.mail_status.setText(self.tr("Sending…"))
            self.mail_status.show()

    def tell_sent(self, sentence: str, sent: bool) -> None:
        self.mail_status.setText(sentence)
        self.mail_status.setStyleSheet("" if sent else "color: #b00020;")
        self.mail_status.show()
        self.send_button.setEnabled(not sent)
        if sent:
            self._issued("sent by email")

    def ask_printer(self) -> QPrinter | None:
        """The system's print dialog; None when the owner cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_file(self) -> str:
        from .file_dialogs import save_file

        return save_file(self, self.tr("Save as PDF"), self._file_name, self.tr("PDF documents (*.pdf)"))

    def print_document(self) -> None:
        """Print off the GUI thread (ui/printing.py); the buttons wait until the printer took the document."""
        from .printing import start_printing

        printer = self.ask_printer()
        if printer is not None:
            start_printing(self, self._pdf, printer, lambda pages: self._issued("printed") if pages else None)

    def save_document(self, path: str | None = None) -> bool:
        """Save where the owner chooses; the save dialog's own overwrite question counts as yes. A refused or
        failed save is a message with the sentence; True when the file was written."""
        from ..domain.errors import UserError
        from ..services import outputs
        from .messages import show_error

        path = path or self.ask_file()
        if not path:
            return False
        confirmed = path.lower().endswith(".pdf")  # the name the dialog asked about (a name it did not: ask)
        if not confirmed:
            path += ".pdf"
        try:
            outputs.write(path, self._pdf, overwrite=confirmed)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._issued("saved")
        return True
