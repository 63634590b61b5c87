"""The access report (Art. 15): "Overzicht van uw persoonsgegevens", printed at the counter or sent.

Layout only: the service layer hands over plain Dutch text (services/access.py), driven by the registry of
personal data. Tables repeat their header row and break between rows across pages; every page carries the
document id and "pagina x van y".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.rights import complaint_route
from .. import __version__
from .common import FONT, FONT_BOLD, column_widths, numbered_canvas, styles
from .common import text as _p

TITLE = "Overzicht van uw persoonsgegevens"
WIDTH = A4[0] - 36 * mm
EMPTY = "—"
CELL_PAD = 13  # reportlab's cell padding, 6 points each side, and a point to spare
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("FONT", (0, 0), (-1, -1), FONT, 8, 10),
                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
HEADER = TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                     ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8, 10)])
LABELS = TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f5f7"))])


@dataclass
class ReportTable:
    title: str
    columns: list[str]
    rows: list[list[str]]
    layout: str = "columns"  # "columns": one row per record; "single"/"records": label/value pairs per record


@dataclass
class ReportSection:
    title: str
    what: str
    purpose: str
    basis: str
    retention: str
    tables: list[ReportTable]
    special: bool = False


@dataclass
class Recipient:
    name: str
    role: str
    country: str
    what: str
    when: str
    ground: str


@dataclass
class AccessReportData:
    document_id: str
    issued_at: dt.datetime
    prepared_by: str
    shop: dict[str, str]
    authority: dict[str, str]
    customer_id: int | None  # None: someone the register holds nothing about
    customer_name: str
    request: dict[str, str] | None
    sections: list[ReportSection]
    empty_categories: list[str] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    transfers: list[str] = field(default_factory=list)
    # issue 11 item 6: what is in force, who consulted the data (CJEU C-579/21), which copy this is (Art. 15(3))
    in_force: list[tuple[str, str]] = field(default_factory=list)
    consultations: list[list[str]] = field(default_factory=list)
    copy_note: str = "Dit overzicht is het eerste, kosteloze exemplaar."


RIGHTS = [
    ("Correctie (AVG art. 16)", "Kloppen uw gegevens niet, dan passen wij ze aan."),
    ("Verwijdering (AVG art. 17)", "U kunt vragen uw gegevens te wissen. Wat de wet ons verplicht te bewaren "
     "(zoals facturen, 7 jaar) bewaren wij tot het einde van die termijn, alleen voor dat doel."),
    ("Beperking (AVG art. 18)", "U kunt vragen het gebruik van uw gegevens tijdelijk te beperken."),
    ("Bezwaar (AVG art. 21)", "U kunt bezwaar maken tegen het gebruik van uw gegevens op grond van ons "
     "gerechtvaardigd belang. Tegen direct marketing kunt u altijd bezwaar maken; dan stoppen wij daarmee "
     "(art. 21 lid 2 en 3)."),
    ("Toestemming intrekken (AVG art. 7 lid 3)", "U kunt een gegeven toestemming op elk moment intrekken, even "
     "gemakkelijk als u die gaf. Dat doet niets af aan wat daarvoor gebeurde."),
    ("Overdraagbaarheid (AVG art. 20)", "U kunt de gegevens die u ons gaf krijgen in een gangbaar, "
     "machineleesbaar formaat (JSON en CSV), om ze zelf te bewaren of aan een ander te geven."),
]


def _pairs(rows: list[tuple[str, str]], st, label_width=52 * mm) -> Table:
    widths = [label_width, WIDTH - label_width]
    table = Table(_cells([list(r) for r in rows], widths, st["cell"], FONT), colWidths=widths, hAlign="LEFT")
    table.setStyle(GRID)
    table.setStyle(LABELS)
    return table


def _cells(rows: list[list[str]], widths: list[float], style, font: str) -> list[list]:
    """Plain strings where the text fits on one line (cheap to lay out); wrapping paragraphs elsewhere."""
    size = style.fontSize

    def fits(text: str, room: float) -> bool:
        # No DejaVu Sans glyph is wider than 1.6 em: a short text fits without being measured.
        return "\n" not in text and (len(text) * size * 1.6 <= room or stringWidth(text, font, size) <= room)

    return [[text if fits(text, width - CELL_PAD) else _p(text, style) for text, width in zip(row, widths)]
            for row in rows]


def _table(table: ReportTable, st) -> list:
    out = []
    if table.title:
        out.append(_p(table.title, st["h3"]))
    if table.layout == "columns":
        widths = column_widths(table.columns, table.rows, WIDTH)
        data = _cells([table.columns], widths, st["cellb"], FONT_BOLD)
        data += _cells(table.rows, widths, st["cell"], FONT)
        flow = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        flow.setStyle(GRID)
        flow.setStyle(HEADER)
        out.append(flow)
    else:
        for n, row in enumerate(table.rows, 1):
            pairs = [(c, v) for c, v in zip(table.columns, row) if v != EMPTY]
            if table.layout == "records" and len(table.rows) > 1:
                out.append(_p(f"{n}.", st["small"]))
            out.append(_pairs(pairs, st))
            out.append(Spacer(1, 2 * mm))
    out.append(Spacer(1, 2 * mm))
    return out


def _section(section: ReportSection, st) -> list:
    head = [_p(section.title, st["h2"]), Spacer(1, 1.5 * mm)]
    body = []
    for table in section.tables:
        body += _table(table, st)
    # Keep a heading with the start of its first table.
    return [CondPageBreak(40 * mm), *head, *body]


def purpose_rows(sections: list[ReportSection]) -> list[list[str]]:
    """One row per purpose, basis and retention: the categories that share them are named together, so each
    purpose and each retention period is said once."""
    rows: dict[tuple[str, str, str], list[list[str]]] = {}
    for s in sections:
        rows.setdefault((s.purpose, s.basis, s.retention), []).append([s.title, s.what])
    return [[", ".join(t for t, _ in group), "; ".join(w for _, w in group), purpose, basis, retention]
            for (purpose, basis, retention), group in rows.items()]


def _about_the_data(data: AccessReportData, st, heading) -> list:
    """Art. 15(1)(a)-(h) and 15(2): purposes, categories, retention, recipients, source, decisions, transfers."""
    story = [CondPageBreak(50 * mm), heading("Doelen, soorten gegevens, grondslagen en bewaartermijnen"),
             *_table(ReportTable("", ["Soort gegevens", "Welke gegevens", "Doel", "Grondslag", "Bewaartermijn"],
                                 purpose_rows(data.sections)), st)]

    story.append(heading("Ontvangers"))
    if data.recipients:
        story.append(_p("Wij verstrekten uw gegevens aan, of mogen ze met uw toestemming delen met:", st["body"]))
        story += _table(ReportTable("", ["Ontvanger", "Soort", "Welke gegevens", "Wanneer", "Grond"],
                                    [[r.name + (f" ({r.country})" if r.country else ""), r.role, r.what, r.when,
                                      r.ground] for r in data.recipients]), st)
    else:
        story.append(_p("Wij hebben uw gegevens aan niemand verstrekt, en u gaf geen toestemming om ze te delen.",
                        st["body"]))

    story.append(heading("Herkomst van uw gegevens"))
    story += [_p(s, st["body"]) for s in data.sources] or [
        _p("Alle gegevens kregen wij van uzelf, of legden wij vast bij onze dienstverlening aan u.", st["body"])]

    story.append(heading("Geautomatiseerde besluitvorming en profilering"))
    story.append(_p("Geen. Wij nemen geen besluiten over u die alleen op geautomatiseerde verwerking berusten, en "
                    "wij maken geen profielen.", st["body"]))

    story.append(heading("Doorgifte buiten de Europese Economische Ruimte"))
    if data.transfers:
        story.append(_p("Uw gegevens gaan, of mogen met uw toestemming gaan, naar ontvangers buiten de EER. Per "
                        "ontvanger de grond voor die doorgifte en waar u de waarborgen kunt lezen (AVG art. 15 "
                        "lid 2, art. 44-49):", st["body"]))
        story += [_p("• " + t, st["body"]) for t in data.transfers]
    else:
        story.append(_p("Geen. Uw gegevens blijven binnen de Europese Economische Ruimte.", st["body"]))
    return story


def _choices_and_log(data: AccessReportData, st, heading) -> list:
    """What the customer chose that is in force now, and who consulted or changed the data when."""
    story = [CondPageBreak(40 * mm), heading("Beperking en bezwaar: wat nu geldt"),
             _pairs(data.in_force, st), Spacer(1, 2 * mm),
             CondPageBreak(40 * mm), heading("Wie uw gegevens inzag of wijzigde"),
             _p("Ons logboek houdt bij wanneer een medewerker uw klantkaart opende of wijzigde, of een overzicht of "
                "export van uw gegevens maakte, en wie (de initialen van de medewerker). Wijzigingen in uw "
                "toestemmingen, verzoeken, beperking en bezwaar staan hierboven bij die gegevens, met wie ze "
                "vastlegde.", st["body"])]
    if data.consultations:
        story += _table(ReportTable("", ["Wanneer", "Wat", "Door"], data.consultations), st)
        if any(row[2] == "onbekend" for row in data.consultations):
            story.append(_p("Bij oudere regels werden de initialen nog niet vastgelegd: daar staat „onbekend”.",
                            st["small"]))
    else:
        story.append(_p("Niemand heeft uw gegevens ingezien of gewijzigd.", st["body"]))
    return story


def write_access_report(target: Path | BinaryIO, data: AccessReportData) -> None:
    """Write the PDF to a file or a binary stream (the print preview keeps it in memory)."""
    st = styles()
    st["h3"] = st["h2"].clone("h3", fontSize=9.5, leading=12, spaceBefore=3, spaceAfter=2)
    shop, ap = data.shop, data.authority
    footer = (f"{shop['shop_name']} · {TITLE} · {data.issued_at:%d-%m-%Y} · opgesteld door {data.prepared_by}"
              f" · document {data.document_id}")
    doc = SimpleDocTemplate(target if hasattr(target, "write") else str(target), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=TITLE, author=shop["shop_name"], subject=data.document_id,
                            creator=f"ETSoft Desk {__version__}")
    controller = ", ".join(x for x in (shop["shop_name"], shop["shop_address"],
                                       f"KvK {shop['shop_kvk']}" if shop["shop_kvk"] else "",
                                       shop["shop_email"], shop.get("shop_phone", "")) if x)
    header = [("Van (verwerkingsverantwoordelijke)", controller),
              ("Voor", data.customer_name + (f" (klantnummer {data.customer_id})" if data.customer_id else "")),
              ("Datum", f"{data.issued_at:%d-%m-%Y}")]
    if data.request:
        r = data.request
        header += [("Uw verzoek", f"{r['reference']}, ontvangen op {r['received']} {r['channel']}"),
                   ("Uiterste antwoorddatum", r["due"] + (f"; {r['extension']}" if r["extension"] else "")),
                   ("Identiteit gecontroleerd", r["identity"])]
    story = [_p(TITLE, st["title"]), _p("Op grond van artikel 15 van de Algemene verordening gegevensbescherming "
                                        "(AVG)", st["small"]), Spacer(1, 3 * mm), _pairs(header, st)]

    story += [_p("1. Verwerken wij uw gegevens?", st["h2"])]
    if data.sections:
        about = 3 + any(s.special for s in data.sections)
        story.append(_p(f"Ja. {shop['shop_name']} verwerkt persoonsgegevens over u. Hieronder staan ze allemaal, "
                        f"per soort; in onderdeel {about} staat waarvoor wij ze gebruiken, op welke grondslag en "
                        "hoe lang wij ze bewaren.", st["body"]))
    else:
        story.append(_p(f"Nee. {shop['shop_name']} verwerkt geen persoonsgegevens over u.", st["body"]))
    if data.empty_categories:
        story.append(_p("Over u hebben wij niets vastgelegd in: " + ", ".join(data.empty_categories).lower() + ".",
                        st["small"]))

    if data.sections:
        story.append(_p("2. Uw gegevens", st["h2"]))
    ordinary = [s for s in data.sections if not s.special]
    special = [s for s in data.sections if s.special]
    for section in ordinary:
        story += _section(section, st)
    if special:
        story.append(_p("3. Bijzondere persoonsgegevens", st["h2"]))
        story.append(_p("Deze gegevens gaf u zelf, met uw uitdrukkelijke toestemming. Ze zijn in ons systeem "
                        "verborgen; elke keer dat iemand ze bekijkt, wordt dat vastgelegd.", st["body"]))
        for section in special:
            story += _section(section, st)
    n = 2 + bool(data.sections) + bool(special)

    def heading(text: str) -> Paragraph:
        nonlocal n
        para = _p(f"{n}. {text}", st["h2"])
        n += 1
        return para

    if data.sections:
        story += _about_the_data(data, st, heading)
        story += _choices_and_log(data, st, heading)

    story.append(heading("Uw rechten"))
    story.append(_p(f"U kunt uw rechten uitoefenen aan de balie, per e-mail aan {shop['shop_email']} of per brief "
                    f"aan {shop['shop_name']}, {shop['shop_address']}. Wij antwoorden binnen een maand; alleen "
                    "naar het e-mailadres dat bij ons bekend is, of aan de balie.", st["body"]))
    story.append(_pairs(RIGHTS, st))

    complaint = [heading("Klacht indienen"),
                 _p("Bent u het niet eens met hoe wij met uw gegevens omgaan, laat het ons weten. "
                    + complaint_route(ap), st["body"]),
                 Spacer(1, 4 * mm),
                 _p(f"{data.copy_note} Wij bewaren dit overzicht zelf niet; wel "
                    f"dat het op {data.issued_at:%d-%m-%Y} is verstrekt (document {data.document_id}).",
                    st["small"])]
    story.append(KeepTogether(complaint))
    doc.build(story, canvasmaker=numbered_canvas(footer))
