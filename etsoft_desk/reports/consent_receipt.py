"""The consent receipt the customer takes home: what they agreed to, under which statement, how to withdraw."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.rights import complaint_route
from .. import __version__
from .common import numbered_canvas, styles


@dataclass
class ReceiptData:
    """Plain data, in Dutch, assembled by the service layer."""

    document_id: str
    shop: dict[str, str]
    customer_name: str
    customer_id: int
    issued_at: dt.datetime
    recorded_by: str
    statement: str  # "uw keuzes maakte u onder versie 1, geldig vanaf 10-04-2018"
    channels: list[tuple[str, str, str, str]]  # channel, answer, since, how (and who recorded it)
    approvals: list[str] = field(default_factory=list)
    referrals: list[str] = field(default_factory=list)
    authority: dict[str, str] = field(default_factory=dict)  # the complaint route (Art. 77)


def write_consent_receipt(path: Path, data: ReceiptData) -> Path:
    st = styles()
    shop = data.shop
    doc = SimpleDocTemplate(path if hasattr(path, "write") else str(path), pagesize=A5, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=16 * mm, title="Bevestiging van uw keuzes", author=shop["shop_name"],
                            subject=data.document_id, creator=f"ETSoft Desk {__version__}")
    rows = [[Paragraph(f"<b>{h}</b>", st["cell"]) for h in ("Kanaal", "Uw keuze", "Sinds", "Hoe (door)")]]
    rows += [[Paragraph(c, st["cell"]) for c in row] for row in data.channels]
    channels = Table(rows, colWidths=[25 * mm, 47 * mm, 22 * mm, 30 * mm], repeatRows=1)
    channels.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    contact = f"{shop['shop_name']}, {shop['shop_address']}, {shop['shop_email']}"
    story = [
        Paragraph("Bevestiging van uw keuzes", st["title"]),
        Paragraph(contact + (f", KvK {shop['shop_kvk']}" if shop["shop_kvk"] else ""), st["small"]),
        Spacer(1, 3 * mm),
        Paragraph(f"Voor: <b>{data.customer_name}</b> (klantnummer {data.customer_id})<br/>"
                  f"Datum: {data.issued_at:%d-%m-%Y %H:%M}, opgesteld door {data.recorded_by}<br/>"
                  f"Privacyverklaring: {data.statement}", st["body"]),
        Paragraph("Mogen wij u informeren over onze producten en diensten?", st["h2"]),
        channels,
    ]
    if data.approvals:
        story.append(Paragraph("U gaf toestemming om te delen met", st["h2"]))
        story += [Paragraph("• " + a, st["body"]) for a in data.approvals]
    if data.referrals:
        story.append(Paragraph("Uw referentie op onze website", st["h2"]))
        story += [Paragraph("• " + r, st["body"]) for r in data.referrals]
    story += [
        Paragraph("Intrekken of wijzigen", st["h2"]),
        Paragraph("U kunt elke toestemming altijd intrekken, even makkelijk als u haar gaf: aan de balie, per "
                  f"e-mail aan {shop['shop_email']} of per brief aan {shop['shop_name']}, {shop['shop_address']}. "
                  "Intrekken geldt vanaf dat moment; wat daarvoor gebeurde blijft rechtmatig. Bij elk bericht "
                  "dat wij sturen kunt u zich ook afmelden.", st["body"]),
        Paragraph("<b>Klachten.</b> " + escape(complaint_route(data.authority)), st["body"]),
    ]
    doc.build(story, canvasmaker=numbered_canvas(f"{shop['shop_name']} — {data.document_id} — "
                                                 f"{data.issued_at:%d-%m-%Y}"))
    return path
