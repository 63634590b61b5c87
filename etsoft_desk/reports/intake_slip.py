"""The intake slip (werkbon) for a device left at the counter: who, what, the fault, the terms, the consent given.

One A5 page the customer takes home (and a copy for the shop's bench). The service layer hands over Dutch text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from .. import __version__
from .common import numbered_canvas, styles
from .common import text as _p

WIDTH = A5[0] - 24 * mm


@dataclass
class SlipData:
    """Plain data, in Dutch, assembled by services/intake.py."""

    number: str  # the werkbon number (the service job's number: a reprint is the same werkbon)
    shop: dict[str, str]
    customer_name: str
    customer_id: int
    phone: str
    date: dt.date  # the day the device was left
    kind: str  # "Reparatie"
    device: str
    serial_number: str
    fault: str
    taken_in_by: str
    terms: list[str]
    consent: list[str] = field(default_factory=list)  # only what the customer gave
    consent_none: str = ""  # said instead when nothing was given
    printed_at: dt.datetime | None = None


def write_intake_slip(target: BinaryIO, data: SlipData) -> None:
    st = styles()
    shop = data.shop
    doc = SimpleDocTemplate(target, pagesize=A5, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=11 * mm,
                            bottomMargin=15 * mm, title=f"Werkbon {data.number}", author=shop["shop_name"],
                            subject=f"werkbon {data.number}", creator=f"ETSoft Desk {__version__}")
    letterhead = ", ".join(x for x in (shop["shop_address"], shop.get("shop_phone", ""), shop["shop_email"],
                                       f"KvK {shop['shop_kvk']}" if shop.get("shop_kvk") else "") if x)

    def pairs(rows: list[tuple[str, str]]) -> Table:
        table = Table([[_p(k, st["cellb"]), _p(v or "—", st["cell"])] for k, v in rows],
                      colWidths=[32 * mm, WIDTH - 32 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f4f7"))]))
        return table

    story = [_p(shop["shop_name"], st["h2"]), _p(letterhead, st["small"]), Spacer(1, 3 * mm),
             _p(f"Werkbon {data.number}", st["title"]),
             _p(f"Datum: {data.date:%d-%m-%Y}    Opgemaakt door: {data.taken_in_by}", st["body"]),
             _p("Klant", st["h2"]),
             pairs([("Naam", data.customer_name), ("Telefoon", data.phone), ("Klantnummer", str(data.customer_id))]),
             _p("Apparaat", st["h2"]),
             pairs([("Soort opdracht", data.kind), ("Apparaat", data.device), ("Serienummer", data.serial_number),
                    ("Klacht", data.fault)]),
             _p("Voorwaarden", st["h2"]), *[_p("• " + t, st["small"]) for t in data.terms],
             _p("Uw toestemming voor berichten van ons", st["h2"])]
    story += [_p("• " + line, st["small"]) for line in data.consent] or [_p(data.consent_none, st["small"])]
    signature = Table([[_p("Handtekening klant", st["small"]), _p(f"Voor {shop['shop_name']}", st["small"])],
                       ["", ""]], colWidths=[WIDTH / 2, WIDTH / 2], rowHeights=[None, 14 * mm])
    signature.setStyle(TableStyle([("LINEBELOW", (0, 1), (0, 1), 0.6, colors.black),
                                   ("LINEBELOW", (1, 1), (1, 1), 0.6, colors.black),
                                   ("RIGHTPADDING", (0, 0), (0, -1), 10 * mm)]))
    story += [Spacer(1, 4 * mm), KeepTogether([signature])]
    printed = data.printed_at or dt.datetime.combine(data.date, dt.time())
    doc.build(story, canvasmaker=numbered_canvas(f"{shop['shop_name']} — werkbon {data.number} — "
                                                 f"afgedrukt {printed:%d-%m-%Y}"))
