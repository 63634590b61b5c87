"""Printing a document off the GUI thread.

Where the system prints through CUPS (Linux, macOS) the PDF itself goes to the queue with ``lp``, so text stays
text and a 75 KB report stays a 75 KB job. Qt's own "print to file" gets the PDF bytes as they are. Elsewhere
(Windows) each page is rendered at a resolution that keeps text sharp without tens of MB per page, on white paper,
in grayscale where the page is black and white, and drawn in strips (the window's thread waits out each call).
Every page keeps the size of the PDF's own page (the A5 intake slip prints at A5).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from shiboken6 import delete, isValid

from ..domain.errors import UserError
from ..domain.messages import Msg
from . import tasks

STRIP_ROWS = 400  # rows of a page image drawn in one call (about 15 ms at 200 dpi; see draw_in_strips)
RENDER_DPI = 200  # sharp text on paper; an A4 page is then about 4 MB in grayscale instead of 35 MB at 300 dpi colour
LP_TIMEOUT = 120  # seconds for lp to hand the job to the scheduler (it does not wait for the paper)
JOB_TITLE = "ETSoft Desk"  # the spool's job list and page log keep the title: no customer name in it

Progress = Callable[[int, int], None]

# ISO and US sizes by (short, long) side in millimetres, as CUPS names them (PWG 5101.1 short names)
_MEDIA = {(148, 210): "A5", (210, 297): "A4", (297, 420): "A3", (216, 279): "Letter", (216, 356): "Legal"}


def media_for(points: QSizeF) -> str:
    """The CUPS media name of a page of ``points`` (1/72 inch), portrait or landscape."""
    sides = sorted((round(points.width() * 25.4 / 72), round(points.height() * 25.4 / 72)))
    for (short, long), name in _MEDIA.items():
        if abs(sides[0] - short) <= 1 and abs(sides[1] - long) <= 1:
            return name
    return f"Custom.{sides[0]}x{sides[1]}mm"


def cups_queue(printer: QPrinter) -> str | None:
    """The CUPS queue ``printer`` stands for, or None where the system does not print through CUPS."""
    if sys.platform == "win32" or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    name = printer.printerName()
    return name if name and shutil.which("lp") else None


def lp_command(queue: str, media: str, printer: QPrinter) -> list[str]:
    """The ``lp`` command line for the PDF on stdin, with what the owner chose in the print dialog."""
    command = ["lp", "-d", queue, "-n", str(max(1, printer.copyCount())), "-o", f"media={media}", "-t", JOB_TITLE]
    sides = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}.get(printer.duplex())
    if sides:
        command += ["-o", f"sides={sides}"]
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        command += ["-o", "print-color-mode=monochrome"]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        command += ["-o", f"page-ranges={printer.fromPage()}-{max(printer.fromPage(), printer.toPage())}"]
    command.append("-")
    return command


def send_to_cups(pdf: bytes, command: list[str]) -> str:
    """Hand the PDF to ``lp``; returns lp's answer (the job id). A refusal is one sentence."""
    queue = command[command.index("-d") + 1]
    try:
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=LP_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise UserError(Msg.PRINT_FAILED, printer=queue, detail=f"no answer within {LP_TIMEOUT} s") from None
    except OSError as exc:
        raise UserError(Msg.PRINT_FAILED, printer=queue, detail=exc.strerror or type(exc).__name__) from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = said[0].removeprefix("lp: ").rstrip(".") if said else f"lp ended with {done.returncode}"
        raise UserError(Msg.PRINT_FAILED, printer=queue, detail=detail)
    return done.stdout.decode("utf-8", "replace").strip()


def open_pdf(pdf: bytes) -> QPdfDocument:
    """The PDF as QtPdf reads it, for one print job: call on the GUI thread, and :func:`close_pdf` it there.

    pdfium is not safe to load or close a document in a worker while the GUI thread opens or closes its own (the
    preview's): in a loop doing both, the program aborted within seconds, 4 runs in 4 (the likeliest cause of the CI
    run that hung in these tests). The worker only reads and renders the pages of a document opened here, as QtPdf's
    own page renderer thread does."""
    document = QPdfDocument()
    buffer = QBuffer(document)  # goes with the document
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def close_pdf(document: QPdfDocument) -> None:
    """Close it now, on the GUI thread (not whenever, and in whichever thread, Python happens to let it go)."""
    if isValid(document):
        delete(document)


def _page_size(points: QSizeF) -> QPageSize:
    return QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def on_paper(page: QImage) -> QImage:
    """The page as it is printed: QtPdf renders it on a transparent background, which a printer (and the grayscale
    of a black-and-white page) takes for black. Painted on white, opaque; no soft mask beside it in the job."""
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.setDotsPerMeterX(page.dotsPerMeterX())
    paper.setDotsPerMeterY(page.dotsPerMeterY())
    paper.fill(QColor(255, 255, 255))
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


def draw_in_strips(painter: QPainter, image: QImage) -> None:
    """``image`` over the whole page, a strip of rows at a time: Qt for Python holds the interpreter for the whole of
    each call (the window's thread waits), and a page in one call took 75 ms. The strips meet on whole device
    pixels, so no seam shows between them."""
    area = QRectF(painter.viewport())
    scale = min(area.width() / image.width(), area.height() / image.height())
    for top in range(0, image.height(), STRIP_ROWS):
        rows = min(STRIP_ROWS, image.height() - top)
        y0, y1 = round(area.y() + top * scale), round(area.y() + (top + rows) * scale)
        painter.drawImage(QRectF(area.x(), y0, image.width() * scale, y1 - y0), image,
                          QRectF(0, top, image.width(), rows))


def render_pages(document: QPdfDocument, printer: QPrinter, progress: Progress, dpi: int = RENDER_DPI) -> int:
    """Paint every page (or the chosen range) of ``document`` (:func:`open_pdf`) as an image on ``printer``, each on
    paper of its own size."""
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(count, max(printer.fromPage(), printer.toPage())) - 1
    pages = list(range(first, last + 1))
    if not pages:
        return 0
    dpi = min(printer.resolution(), dpi)
    printer.setFullPage(True)  # the PDF has its own margins
    printer.setPageSize(_page_size(document.pagePointSize(pages[0])))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(Msg.PRINT_FAILED, printer=printer.printerName() or "?", detail="the printer cannot be opened")
    try:
        for done, page in enumerate(pages):
            points = document.pagePointSize(page)
            if done:
                printer.setPageSize(_page_size(points))
                printer.newPage()
            image = on_paper(document.render(page, QSize(round(points.width() * dpi / 72),
                                                         round(points.height() * dpi / 72))))
            if image.allGray():  # black and white text: one byte a pixel instead of four
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            draw_in_strips(painter, image)
            progress(done + 1, len(pages))
    finally:
        painter.end()
    return len(pages)


def print_pdf(pdf: bytes, document: QPdfDocument, printer: QPrinter, progress: Progress) -> int:
    """Print ``pdf`` (open as ``document``) on ``printer``, in a worker thread; returns the pages sent."""
    queue = cups_queue(printer)
    pages = document.pageCount()
    if queue is not None:
        progress(0, 1)
        send_to_cups(pdf, lp_command(queue, media_for(document.pagePointSize(0)), printer))
        progress(1, 1)
        return pages
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        from ..services import outputs  # the print dialog's "print to file": the document as it is

        outputs.write(printer.outputFileName(), pdf, overwrite=True)
        return pages
    return render_pages(document, printer, progress)


def start_printing(dialog: QWidget, pdf: bytes, printer: QPrinter, printed: Callable[[int], None]) -> None:
    """Print in the thread pool: the dialog's buttons are disabled meanwhile and its page count label shows the
    progress; ``printed(pages)`` runs in the GUI thread once the printer took the document. A refusal is a
    message; anything else goes to the crash dialog, with the buttons usable again."""
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isEnabled()]
    status = dialog.findChild(QLabel, "pageCount")
    before = status.text() if status is not None else ""

    def show_progress(done: int, total: int) -> None:
        if status is None or not isValid(status):
            return
        if total > 1:
            status.setText(QCoreApplication.translate("Printing", "Printing page %1 of %2…")
                           .replace("%1", str(done)).replace("%2", str(total)))
        else:
            status.setText(QCoreApplication.translate("Printing", "Sending to the printer…"))

    document = open_pdf(pdf)

    def finish() -> None:  # the preview may have been closed (and deleted) while the printer worked
        close_pdf(document)
        if status is not None and isValid(status):
            status.setText(before)

    def finished(pages: object) -> None:
        finish()
        printed(pages if isinstance(pages, int) else 0)

    def failed(exc: BaseException) -> bool:  # then ui/tasks.run tells it: a message, or the crash dialog
        finish()
        return False

    show_progress(0, 1)
    tasks.run(dialog, lambda progress: print_pdf(pdf, document, printer, progress), finished, busy=buttons,
              progress=show_progress, failed=failed)
