"""A printed list of customers with a task (e.g. to tell of the new privacy statement)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .. import __version__
from .common import numbered_canvas, styles

HEADERS = ("Nr.", "Naam", "E-mail", "Telefoon", "Vóór")


def write_customer_list(path: Path, *, title: str, intro: str, shop: dict[str, str], rows: list[tuple],
                        document_id: str, printed: dt.datetime) -> Path:
    st = styles()
    doc = SimpleDocTemplate(path if hasattr(path, "write") else str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title=title, author=shop["shop_name"], subject=document_id,
                            creator=f"ETSoft Desk {__version__}")
    data = [[Paragraph(f"<b>{h}</b>", st["cell"]) for h in HEADERS]]
    data += [[Paragraph(str(v), st["cell"]) for v in row] for row in rows]
    table = Table(data, colWidths=[14 * mm, 52 * mm, 58 * mm, 30 * mm, 24 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(title, st["title"]), Paragraph(intro, st["body"]), Spacer(1, 4 * mm), table]
    doc.build(story, canvasmaker=numbered_canvas(f"{shop['shop_name']} — {document_id} — {printed:%d-%m-%Y}"))
    return path
