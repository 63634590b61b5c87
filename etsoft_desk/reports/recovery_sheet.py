"""The printed recovery sheet: the register key in groups, a QR code of it, and what to do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .. import __version__


def _qr(text: str, size: float) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def write_recovery_sheet(path: Path | BinaryIO, *, recovery_key: str, register_id: str, shop_name: str,
                         created: dt.date, in_keyring: bool) -> Path | BinaryIO:
    """Write the sheet to ``path`` (a place the person chose) and return it. ``in_keyring``: whether this
    computer's keyring keeps the key too (the sheet says where the key is, truthfully)."""
    from ..domain.recovery_key import parse_key

    raw = parse_key(recovery_key).hex()
    styles = getSampleStyleSheet()
    mono = ParagraphStyle("mono", parent=styles["BodyText"], fontName="Courier", fontSize=8.6, leading=11)
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=9.8, leading=12.6)
    key_style = ParagraphStyle("key", parent=body, fontName="Courier-Bold", fontSize=17, leading=26)
    groups = recovery_key.split("-")
    lines = ["  ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
    doc = SimpleDocTemplate(path if hasattr(path, "write") else str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title="Herstelsleutel ETSoft Desk",
                            author=shop_name, subject="Herstelsleutel", creator=f"ETSoft Desk {__version__}")
    key_table = Table([[Paragraph("<br/>".join(lines), key_style), _qr(recovery_key, 42 * mm)]],
                      colWidths=[118 * mm, 50 * mm])
    key_table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("LEFTPADDING", (0, 0), (0, 0), 6 * mm), ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
    story = [
        Paragraph("Herstelsleutel van het klantenregister", styles["Title"]),
        Paragraph(f"{shop_name} \u2013 ETSoft Desk", styles["Heading3"]),
        Spacer(1, 4 * mm),
        Paragraph(f"Aangemaakt op {created.strftime('%d-%m-%Y')}. Register-id: {register_id[:8]}\u2026{register_id[-4:]}", body),
        Spacer(1, 4 * mm),
        key_table,
        Spacer(1, 1.5 * mm),
        Paragraph("De laatste groep van vier tekens is een controle: een tikfout in de sleutel wordt "
                  "daardoor meteen herkend. Hoofd- en kleine letters, spaties en streepjes tellen niet; "
                  "de letters I, L, O en U komen niet voor (I en L worden gelezen als 1, O als 0).", body),
        Spacer(1, 4 * mm),
        Paragraph("Wat is dit?", styles["Heading2"]),
        Paragraph(("Het klantenregister is versleuteld. De sleutel staat ook in de sleutelbos (keyring) van deze "
                   "computer, voor de gebruiker die het register aanmaakte. Met dit blad opent u het register en de "
                   "back-ups ervan ook als die sleutel weg is: na een nieuwe computer, een herinstallatie of een "
                   "kapotte schijf.") if in_keyring else
                  ("Het klantenregister is versleuteld. Deze computer heeft geen sleutelbos (keyring): de sleutel "
                   "staat nergens op deze computer, alleen op dit blad. Bij elke start vraagt het programma erom. "
                   "Zonder dit blad zijn het register en de back-ups ervan niet meer te openen."), body),
        Spacer(1, 1.5 * mm),
        Paragraph("Wat doet u ermee?", styles["Heading2"]),
        Paragraph("\u2022 Bewaar dit blad op een veilige plek, niet bij de computer en niet bij de back-upschijf "
                  "(bijvoorbeeld in een kluis).<br/>"
                  "\u2022 Maak er geen foto of scan van en stuur het nooit per e-mail.<br/>"
                  "\u2022 Wie dit blad en het registerbestand heeft, kan alle klantgegevens lezen.<br/>"
                  "\u2022 Bij een nieuwe sleutel (\u201csleutel vervangen\u201d) krijgt u een nieuw blad; bewaar het "
                  "oude zolang u nog back-ups van v\u00f3\u00f3r die datum hebt, en vernietig het daarna "
                  "(versnipperen).", body),
        Spacer(1, 1.5 * mm),
        Paragraph("Gebruiken", styles["Heading2"]),
        Paragraph("Start ETSoft Desk; als de sleutel niet in de sleutelbos staat, vraagt het programma om "
                  "deze herstelsleutel. Typ hem over of scan de QR-code. Voor onbeheerd gebruik kan de "
                  "sleutel ook in de omgevingsvariabele ETSOFT_DESK_KEY staan.", body),
        Spacer(1, 1.5 * mm),
        Paragraph("Zonder ETSoft Desk", styles["Heading2"]),
        Paragraph("Het register is een SQLCipher-4-bestand (AES-256). Elk programma met SQLCipher 4 of nieuwer "
                  "opent het met de sleutel hieronder, in de vorm van 64 tekens: bijvoorbeeld Python met het "
                  "pakket sqlcipher3-binary (Windows en Debian), of de opdracht sqlcipher van versie 4 of nieuwer "
                  "(Debian 12 heeft versie 3.4, die SQLCipher 4 niet kan lezen). Open register.db en geef eerst:",
                  body),
        Paragraph(f"PRAGMA key = \"x'{raw}'\";<br/>SELECT count(*) FROM customer;", mono),
    ]
    doc.build(story)
    return path
