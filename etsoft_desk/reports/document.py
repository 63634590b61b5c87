"""A plain printed document of the shop: letterhead, an optional address block, headings, text and tables.

Used for the letters about requests (extension, refusal), the letters to recipients (Art. 19) and the record
of processing (Art. 30). The service layer hands over Dutch text; this module only lays it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from .. import __version__
from .common import column_widths, numbered_canvas, styles
from .common import text as _p

WIDTH = A4[0] - 40 * mm


@dataclass
class Block:
    kind: str  # "h2", "p", "table", "pairs"
    text: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Document:
    title: str
    document_id: str
    issued_at: dt.datetime
    prepared_by: str
    shop: dict[str, str]
    blocks: list[Block]
    address: list[str] = field(default_factory=list)  # the addressee, for a letter
    subtitle: str = ""


def _template(target, title: str, shop: dict[str, str], subject: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(target if hasattr(target, "write") else str(target), pagesize=A4, leftMargin=20 * mm,
                             rightMargin=20 * mm, topMargin=16 * mm, bottomMargin=18 * mm, title=title,
                             author=shop["shop_name"], subject=subject, creator=f"ETSoft Desk {__version__}")


def write_document(target: Path | BinaryIO, doc: Document) -> None:
    write_letters(target, [doc])


def write_letters(target: Path | BinaryIO, docs: list[Document], *, title: str | None = None,
                  document_id: str | None = None) -> None:
    """One PDF with each document starting on a new page (letters to several recipients or people: one each,
    each addressed to its own); the footer names the file's title and id (by default the first letter's), with
    "page x of y" over the whole file."""

    first = docs[0]
    title, document_id = title or first.title, document_id or first.document_id
    footer = (f"{first.shop['shop_name']} · {title} · {first.issued_at:%d-%m-%Y} · {first.prepared_by} · "
              f"document {document_id}")
    story = []
    for i, doc in enumerate(docs):
        story += ([PageBreak()] if i else []) + _story(doc)
    _template(target, title, first.shop, document_id).build(story, canvasmaker=numbered_canvas(footer))


def _story(doc: Document) -> list:
    st = styles()
    shop = doc.shop
    letterhead = ", ".join(x for x in (shop["shop_address"], shop["shop_email"], shop.get("shop_phone", ""),
                                       f"KvK {shop['shop_kvk']}" if shop.get("shop_kvk") else "") if x)
    story = [_p(shop["shop_name"], st["h2"]), _p(letterhead, st["small"]), Spacer(1, 8 * mm)]
    if doc.address:
        story += [_p("\n".join(doc.address), st["body"]), Spacer(1, 8 * mm),
                  _p(f"Hulst, {doc.issued_at:%d-%m-%Y}" if "Hulst" in shop["shop_address"]
                     else f"{doc.issued_at:%d-%m-%Y}", st["body"]), Spacer(1, 4 * mm)]
    story.append(_p(doc.title, st["title"]))
    if doc.subtitle:
        story.append(_p(doc.subtitle, st["small"]))
    story.append(Spacer(1, 3 * mm))
    for block in doc.blocks:
        if block.kind == "h2":
            story += [CondPageBreak(30 * mm), _p(block.text, st["h2"])]
        elif block.kind == "p":
            story += [_p(block.text, st["body"]), Spacer(1, 1.5 * mm)]
        else:
            header = [] if block.kind == "pairs" else [[_p(c, st["cellb"]) for c in block.columns]]
            data = header + [[_p(v, st["cell"]) for v in row] for row in block.rows]
            widths = ([50 * mm, WIDTH - 50 * mm] if block.kind == "pairs"
                      else column_widths(block.columns, block.rows, WIDTH))
            table = Table(data, colWidths=widths, repeatRows=len(header), hAlign="LEFT")
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            if header:
                table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4"))]))
            story += [table, Spacer(1, 2 * mm)]
    return story
