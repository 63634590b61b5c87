"""Printing from the preview: the PDF itself goes to a CUPS queue (text stays text, the A5 slip stays A5), Windows'
way renders sharp but small page images, and the window keeps running while the printer works."""

from __future__ import annotations

import datetime as dt
import io
import os
import pwd
import shutil
import stat
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from etsoft_desk.domain.customer import JobKind, ServiceJob
from etsoft_desk.ui import printing
from etsoft_desk.ui.print_preview import PrintPreview
from tests.helpers.cards import card
from tests.ui.conftest import when_modal

A4 = (595.3, 841.9)
A5 = (419.5, 595.3)


@pytest.fixture
def report(register):
    """A real access report of a fictitious customer, several pages long."""
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart", phones=["0612345678"],
                                         emails=["anna@example.com"]))
    for day in range(1, 25):
        register.customers.add_service_job(cid, ServiceJob(
            date=dt.date(2026, 11, day), kind=JobKind.REPAIR, device=f"Laptop {day}", serial_number=f"SN{day:04d}",
            description="Start niet op."))
    return register.access.render(cid)[1]


@pytest.fixture
def slip(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Mieke", infix="de", last_name="Vries", phones=["0612345678"]))
    job = register.customers.add_service_job(cid, ServiceJob(
        date=dt.date(2026, 11, 24), kind=JobKind.REPAIR, device="Router Fritz!Box 7590", serial_number="AVM8031474",
        description="Wifi valt steeds weg."))
    return register.intake.render(job)[1]


def preview(qtbot, pdf: bytes, issued: list[str]) -> PrintPreview:
    dialog = PrintPreview(pdf, "Inzageoverzicht", "inzage.pdf", issued=issued.append)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_printed(qtbot, dialog: PrintPreview, issued: list[str], timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: dialog.findChild(QPushButton, "printButton").isEnabled(), timeout=timeout)
    assert issued == ["printed"]


@pytest.fixture
def fake_lp(tmp_path, monkeypatch):
    """An ``lp`` on PATH that keeps its arguments and the bytes it got on stdin, and takes a second about it."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "lp"
    script.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/args"\ncat > "$(dirname "$0")/stdin"\n'
                      'sleep 1\necho "request id is Winkel-7 (1 file(s))"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(printing, "cups_queue", lambda printer: "Winkel")  # the queue the print dialog chose
    monkeypatch.setattr(printing.sys, "platform", "linux")
    return folder


@pytest.fixture
def pdf_threads(monkeypatch):
    """The threads the print job's QtPdf documents are opened and closed in (pdfium aborts the program when a
    worker does either while the GUI thread does too)."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtPdf import QPdfDocument

    seen: dict[str, list[str]] = {"opened": [], "closed": []}

    class Recorded(QPdfDocument):
        def __init__(self) -> None:
            super().__init__()
            seen["opened"].append(threading.current_thread().name)
            self.destroyed.connect(lambda: seen["closed"].append(threading.current_thread().name),
                                   Qt.ConnectionType.DirectConnection)
    monkeypatch.setattr(printing, "QPdfDocument", Recorded)
    return seen


def test_through_cups_the_pdf_itself_goes_to_lp_and_the_window_keeps_running(qtbot, report, fake_lp, pdf_threads):
    issued: list[str] = []
    dialog = preview(qtbot, report, issued)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(2)
    dialog.ask_printer = lambda: printer
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    dialog.findChild(QPushButton, "printButton").click()
    assert all(not b.isEnabled() for b in dialog.findChildren(QPushButton))  # no second print, no close meanwhile
    wait_printed(qtbot, dialog, issued)
    timer.stop()
    args = (fake_lp / "args").read_text().splitlines()
    assert args == ["-d", "Winkel", "-n", "2", "-o", "media=A4", "-t", "ETSoft Desk", "-"]
    assert (fake_lp / "stdin").read_bytes() == report  # the document as it is: text stays text
    assert len(ticks) >= 25 and max(b - a for a, b in zip(ticks, ticks[1:])) < 0.2  # lp took a second: no freeze
    assert dialog.findChild(QPushButton, "printButton").isEnabled()
    assert pdf_threads == {"opened": ["MainThread"], "closed": ["MainThread"]}  # pdfium opened and closed here only


def test_the_a5_slip_goes_to_lp_as_a5_and_a_refusal_is_one_sentence(qtbot, slip, fake_lp, answer_boxes):
    issued: list[str] = []
    dialog = preview(qtbot, slip, issued)
    dialog.ask_printer = lambda: QPrinter()
    dialog.findChild(QPushButton, "printButton").click()
    wait_printed(qtbot, dialog, issued)
    assert "media=A5" in (fake_lp / "args").read_text().splitlines()

    (fake_lp / "lp").write_text('#!/bin/sh\ncat > /dev/null\necho "lp: The printer or class does not exist." >&2\n'
                                'exit 1\n')
    told = answer_boxes(True)
    issued.clear()
    dialog.findChild(QPushButton, "printButton").click()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    from etsoft_desk.domain.errors import UserError
    from etsoft_desk.domain.messages import Msg
    from etsoft_desk.ui.messages import tr_message

    sentence = tr_message(UserError(Msg.PRINT_FAILED, printer="Winkel", detail="The printer or class does not exist"))
    assert "Winkel" in sentence and sentence != Msg.PRINT_FAILED  # the Dutch sentence, with what lp said
    assert [(box.kind, box.text) for box in told] == [("error", sentence)]
    assert issued == [] and dialog.findChild(QPushButton, "printButton").isEnabled()


def test_the_print_dialog_choices_go_on_the_lp_line():
    printer = QPrinter()
    printer.setCopyCount(3)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert printing.lp_command("Winkel", "A5", printer) == [
        "lp", "-d", "Winkel", "-n", "3", "-o", "media=A5", "-t", "ETSoft Desk", "-o", "print-color-mode=monochrome",
        "-o", "page-ranges=2-3", "-"]


def test_closing_the_preview_while_printing_still_records_it(qtbot, report, fake_lp, pdf_threads):
    issued: list[str] = []
    dialog = PrintPreview(report, "Inzageoverzicht", "inzage.pdf", issued=issued.append)  # not kept by qtbot
    dialog.show()
    dialog.ask_printer = lambda: QPrinter()
    dialog.findChild(QPushButton, "printButton").click()
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: issued == ["printed"], timeout=10000)  # and no error from the buttons that are gone
    assert pdf_threads == {"opened": ["MainThread"], "closed": ["MainThread"]}


def test_media_names_follow_the_page():
    from PySide6.QtCore import QSizeF

    assert printing.media_for(QSizeF(*A5)) == "A5" and printing.media_for(QSizeF(*A4)) == "A4"
    assert printing.media_for(QSizeF(A4[1], A4[0])) == "A4"  # landscape
    assert printing.media_for(QSizeF(612, 792)) == "Letter" and printing.media_for(QSizeF(288, 432)) == "Custom.102x152mm"


def test_without_cups_pages_are_rendered_off_the_gui_thread_sharp_small_and_at_their_own_size(qtbot, report, slip,
                                                                                             tmp_path):
    """Windows' way (no lp): page images at 200 dpi, grayscale for black-and-white pages, each on its own paper."""
    two = io.BytesIO()
    from pypdf import PdfWriter

    writer = PdfWriter()
    for pdf in (report, report, report, slip):  # about 16 pages: seconds of work when done on the GUI thread
        for page in PdfReader(io.BytesIO(pdf)).pages:
            writer.add_page(page)
    writer.write(two)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for a Windows printer driver
    out = tmp_path / "rendered.pdf"
    printer.setOutputFileName(str(out))
    import threading

    seen: list[tuple[int, int]] = []
    from etsoft_desk.ui import tasks

    state: dict = {}

    document = printing.open_pdf(two.getvalue())  # on the GUI thread, as start_printing does

    def render(progress):
        state["thread"] = threading.current_thread()
        return printing.render_pages(document, printer, progress)
    tasks.run(None, render, lambda pages: state.update(done=pages),
              progress=lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: "done" in state, timeout=60000)
    printing.close_pdf(document)
    pages = PdfReader(out).pages
    count = 3 * len(PdfReader(io.BytesIO(report)).pages) + 1
    assert state["done"] == count and len(pages) == count and seen[-1] == (count, count)
    assert state["thread"] is not threading.main_thread()  # rendered in a worker: the GUI thread is free
    assert (round(float(pages[0].mediabox.width)), round(float(pages[0].mediabox.height))) == (595, 842)
    assert (round(float(pages[-1].mediabox.width)), round(float(pages[-1].mediabox.height))) == (420, 595)  # A5
    assert out.stat().st_size < count * 2_000_000  # not the 10 MB a page of 300 dpi colour would be


def _rows_on_paper(pdf: bytes, size: tuple[int, int] = (300, 424)) -> list[list[int]]:
    """The first page as paper shows it (rendered on white by QtPdf), as rows of pixel lightness (0-255)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter

    document = printing.open_pdf(pdf)
    try:
        image = document.render(0, QSize(*size))
    finally:
        printing.close_pdf(document)
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return [[QColor(paper.pixel(x, y)).lightness() for x in range(paper.width())] for y in range(paper.height())]


def _lines(rows: list[list[int]]) -> list[tuple[int, int]]:
    """Where the lines of text are: the (first, last + 1) of each run of rows with ink in them."""
    found: list[tuple[int, int]] = []
    top = None
    for y, row in enumerate([*rows, []]):
        inked = bool(row) and sum(row) / len(row) < 245
        if inked and top is None:
            top = y
        elif not inked and top is not None:
            found.append((top, y))
            top = None
    return found


@pytest.mark.parametrize("colour", [False, True], ids=["black-and-white", "colour"])
def test_without_cups_a_printed_page_is_white_paper_with_the_text_on_it(qtbot, tmp_path, colour):
    """Windows' way prints what the page shows, not its transparent background: a black-and-white page (the kind
    made small in grayscale) came out as a page of solid black, a toner cartridge for nothing."""
    from reportlab.lib.colors import Color
    from reportlab.pdfgen import canvas

    source = io.BytesIO()
    pdf = canvas.Canvas(source)
    pdf.setFont("Helvetica-Bold", 18)
    if colour:
        pdf.setFillColor(Color(0.1, 0.5, 0.2))
    for y in range(80, 780, 40):
        pdf.drawString(60, y, "Overzicht van uw persoonsgegevens, ETSoft Hulst")
    pdf.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for a Windows printer driver
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    document = printing.open_pdf(source.getvalue())
    try:
        assert printing.render_pages(document, printer, lambda done, total: None) == 1
    finally:
        printing.close_pdf(document)
    printed = _rows_on_paper(out.read_bytes())
    shades = [shade for row in printed for shade in row]
    brightness, ink = sum(shades) / len(shades), sum(1 for shade in shades if shade < 128) / len(shades)
    assert brightness > 200 and 0.002 < ink < 0.2, (brightness, ink)  # white paper, a little ink: the lines
    # ... and the lines where the page has them: drawn in strips, none shifted, no seam where two strips meet
    lines, printed_lines = _lines(_rows_on_paper(source.getvalue())), _lines(printed)
    assert len(printed_lines) == len(lines) == 18
    assert all(abs(a - c) <= 1 and abs(b - d) <= 1 for (a, b), (c, d) in zip(printed_lines, lines)), printed_lines


# --- the real thing: a CUPS-PDF queue ---------------------------------------------------------------------------

def _cups_pdf_queue() -> str | None:
    if not shutil.which("lpstat") or not shutil.which("lp"):
        return None
    try:
        listed = subprocess.run(["lpstat", "-v"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in listed.splitlines():  # "device for PDF: cups-pdf:/"
        if line.startswith("device for ") and "cups-pdf:/" in line:
            return line.removeprefix("device for ").split(":")[0]
    return None


def _cups_pdf_folder() -> Path:
    """Where cups-pdf writes (its "Out", ${HOME} being the account's home, not this test's)."""
    out = "${HOME}/PDF"
    config = Path("/etc/cups/cups-pdf.conf")
    if config.exists():
        for line in config.read_text().splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    account = pwd.getpwuid(os.getuid())
    return Path(out.replace("${HOME}", account.pw_dir).replace("${USER}", account.pw_name))


QUEUE = _cups_pdf_queue()
needs_cups_pdf = pytest.mark.skipif(  # in CI (.ci/run sets the queue up) a missing queue fails instead
    QUEUE is None and not os.environ.get("CI"), reason="no CUPS-PDF queue here: apt-get install cups printer-driver-cups-pdf (.ci/run does, and "
                          "adds the queue)")


def _printed(folder: Path, before: set[Path], timeout: float = 60) -> bytes:
    """The PDF cups-pdf wrote, once it is complete (the same size twice and readable)."""
    deadline = time.monotonic() + timeout
    last = b""
    while time.monotonic() < deadline:
        new = sorted(set(folder.glob("*.pdf")) - before) if folder.exists() else []
        if new:
            data = new[-1].read_bytes()
            if data and data == last:
                try:
                    PdfReader(io.BytesIO(data))
                except Exception:  # still being written
                    pass
                else:
                    new[-1].unlink()
                    return data
            last = data
        QApplication.processEvents()
        time.sleep(0.3)
    raise AssertionError(f"nothing printed in {folder} within {timeout} s")


@needs_cups_pdf
@pytest.mark.parametrize("document, size, words", [("report", A4, ["Overzicht van uw persoonsgegevens", "Anna Zwart"]),
                                                   ("slip", A5, ["Mieke de Vries", "AVM8031474"])])
def test_printed_through_a_real_cups_pdf_queue_with_the_print_dialog_text_stays_text(qtbot, request, document, size,
                                                                                     words):
    assert QUEUE, "no CUPS-PDF queue in CI: .ci/run installs cups and printer-driver-cups-pdf and adds one"
    pdf = request.getfixturevalue(document)
    folder = _cups_pdf_folder()
    before = set(folder.glob("*.pdf")) if folder.exists() else set()
    issued: list[str] = []
    dialog = preview(qtbot, pdf, issued)

    def choose(print_dialog):  # the system's own print dialog: pick the CUPS-PDF queue and press Print
        assert isinstance(print_dialog, QPrintDialog)
        printers = print_dialog.findChild(QComboBox, "printers")
        printers.setCurrentIndex(printers.findText(QUEUE))
        print_dialog.accept()
    state = when_modal(qtbot, choose, kind=QPrintDialog, timeout=10000)
    dialog.findChild(QPushButton, "printButton").click()
    assert state["done"] and state["error"] is None, state["error"]
    wait_printed(qtbot, dialog, issued, timeout=60000)
    printed = PdfReader(io.BytesIO(_printed(folder, before)))
    text = " ".join(page.extract_text() for page in printed.pages)
    for word in words:
        assert word in text, word  # text, not a picture of text
    box = printed.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=2)
    assert len(printed.pages) == len(PdfReader(io.BytesIO(pdf)).pages)
