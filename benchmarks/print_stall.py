"""The window's longest wait while pages are printed the Windows way (no CUPS: page images drawn on the printer
in a worker thread; issue 14: no GUI-thread stall over 50 ms).

    QT_QPA_PLATFORM=offscreen python benchmarks/print_stall.py [--pages 10] [--runs 3]

Qt for Python holds the interpreter for the whole of each Qt call it makes, in a worker too: while the worker is
in a long one, the window's thread cannot run a line of Python. A 1 ms heartbeat on the GUI thread (gui_stall's)
records the longest gap while ui/printing.render_pages prints a dense --pages page PDF to a PDF printer (standing
in for a Windows driver). Beside it, the bare machinery: the same heartbeat with nothing to do, and the same pages
each drawn in one call (what render_pages did before it drew in strips). Median of --runs.
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_stall import LIMIT_MS, Heartbeat  # noqa: E402


def dense_pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for _ in range(pages):
        for y in range(40, 800, 14):
            pdf.drawString(40, y, "Overzicht van uw persoonsgegevens, ETSoft Hulst, Stationsstraat 12 " * 2)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def longest_wait(app, beat: Heartbeat, work) -> tuple[float, float]:
    """(longest GUI-thread gap, time of the work) in ms, the work run in a thread while the GUI thread turns."""
    done = threading.Event()
    spent: list[float] = []

    def run() -> None:
        start = time.perf_counter()
        work()
        spent.append((time.perf_counter() - start) * 1000)
        done.set()

    beat.reset()
    threading.Thread(target=run).start()
    while not done.is_set():
        app.processEvents()
    return beat.longest, spent[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from etsoft_desk.ui import printing

    app = QApplication.instance() or QApplication([])
    beat = Heartbeat()
    document = printing.open_pdf(dense_pdf(args.pages))
    with tempfile.TemporaryDirectory(prefix="etsoft-print-") as tmp:
        def printer() -> QPrinter:
            made = QPrinter(QPrinter.PrinterMode.HighResolution)
            made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            made.setOutputFileName(str(Path(tmp) / "printed.pdf"))
            return made

        def in_strips() -> None:
            printing.render_pages(document, printer(), lambda done, total: None)

        def in_one_call() -> None:
            rows, printing.STRIP_ROWS = printing.STRIP_ROWS, 1 << 20
            try:
                printing.render_pages(document, printer(), lambda done, total: None)
            finally:
                printing.STRIP_ROWS = rows

        figures = {}
        for name, work in (("idle", lambda: time.sleep(0.5)), ("one call a page", in_one_call),
                           ("in strips (render_pages)", in_strips)):
            runs = [longest_wait(app, beat, work) for _ in range(args.runs)]
            figures[name] = (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
    printing.close_pdf(document)
    print(f"printing {args.pages} dense pages without CUPS, median of {args.runs}:")
    for name, (gap, spent) in figures.items():
        verdict = "" if name == "idle" else ("  ok" if gap <= LIMIT_MS else f"  OVER {LIMIT_MS:.0f} ms")
        print(f"  {name:<26} longest GUI-thread gap {gap:6.1f} ms   work {spent:7.0f} ms{verdict}")


if __name__ == "__main__":
    main()
