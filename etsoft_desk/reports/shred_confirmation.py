"""The shred confirmation ("Verklaring van vernietiging", Art. 17 and 19): what was destroyed, what was kept and
why, who was told. It never carries the erased values: a reference, categories and counts, initials at most."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.rights import complaint_route
from .. import __version__
from .common import FONT, FONT_BOLD, column_widths, numbered_canvas, styles
from .common import text as _p

TITLE = "Verklaring van vernietiging"
WIDTH = A4[0] - 36 * mm


@dataclass
class ShredData:
    document_id: str  # the erasure's id, also in the ledger and the audit log
    carried_out_at: dt.datetime
    prepared_by: str
    shop: dict[str, str]
    authority: dict[str, str]
    initials: str
    request: dict[str, str] | None
    erased: list[tuple[str, int, str]]  # category, count, how
    kept: list[tuple[str, int, str, str, str]]  # category, count, ground, until, period
    notices: list[tuple[str, str, str]] = field(default_factory=list)  # recipient, sent on, how (or "nog te versturen")
    takedowns: list[str] = field(default_factory=list)
    paper: list[tuple[str, str, str]] = field(default_factory=list)  # kind, what, method
    reason: str = ""  # for an erasure without a request (retention)
    open_jobs: int = 0  # service jobs still open when the data was erased: the device may still be in the shop


def _table(columns: list[str], rows: list[list[str]], st) -> Table:
    widths = column_widths(columns, rows, WIDTH)
    data = [[_p(c, st["cellb"]) for c in columns]] + [[_p(v, st["cell"]) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                               ("FONT", (0, 0), (-1, -1), FONT, 8), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8)]))
    return table


def write_shred_confirmation(target: Path | BinaryIO, data: ShredData) -> None:
    st = styles()
    shop, ap = data.shop, data.authority
    at = data.carried_out_at
    footer = f"{shop['shop_name']} · {TITLE} · {at:%d-%m-%Y} · {data.prepared_by} · document {data.document_id}"
    doc = SimpleDocTemplate(target if hasattr(target, "write") else str(target), pagesize=A4, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm, title=TITLE,
                            author=shop["shop_name"], subject=data.document_id, creator=f"ETSoft Desk {__version__}")
    controller = ", ".join(x for x in (shop["shop_name"], shop["shop_address"], shop["shop_email"],
                                       f"KvK {shop['shop_kvk']}" if shop.get("shop_kvk") else "") if x)
    header = [["Verwerkingsverantwoordelijke", controller], ["Betrokkene", f"{data.initials or '—'} "
              "(alleen initialen: de gewiste gegevens staan niet op deze verklaring)"]]
    if data.request:
        r = data.request
        header += [["Verzoek", r["reference"]], ["Ontvangen op", r["received"]],
                   ["Identiteit gecontroleerd", r["identity"]], ["Grond", r["ground"]]]
    else:
        header += [["Grond", data.reason or "AVG art. 5 lid 1 sub e: de bewaartermijn is verstreken"]]
    header += [["Uitgevoerd op", f"{at:%d-%m-%Y} om {at:%H:%M}"], ["Referentie", data.document_id]]
    pairs = Table([[_p(k, st["cell"]), _p(v, st["cell"])] for k, v in header], colWidths=[50 * mm, WIDTH - 50 * mm],
                  hAlign="LEFT")
    pairs.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f5f7"))]))
    story = [_p(TITLE, st["title"]), _p("Wissen van persoonsgegevens volgens artikel 17 en 19 van de AVG",
                                        st["small"]), Spacer(1, 3 * mm), pairs]

    story.append(_p("1. Wat is vernietigd", st["h2"]))
    if data.erased:
        story.append(_table(["Soort gegevens", "Aantal", "Hoe"], [[c, str(n), how] for c, n, how in data.erased], st))
        story.append(_p("Vernietigd betekent: uit het versleutelde register gewist en overschreven, ook in de "
                        "zoekindex en het logboek van de database, zodat de gegevens niet meer te herstellen zijn.",
                        st["small"]))
    else:
        story.append(_p("Er waren geen gegevens meer om te vernietigen.", st["body"]))

    story.append(_p("2. Wat wij bewaren, en waarom", st["h2"]))
    if data.kept:
        story.append(_table(["Soort gegevens", "Aantal", "Grond", "Bewaard tot", "Termijn"],
                            [[c, str(n), g, u, t] for c, n, g, u, t in data.kept], st))
        story.append(_p("Van u blijven alleen de naam en het adres op deze facturen staan, los van het register en "
                        "niet doorzoekbaar. Wij gebruiken ze alleen voor de belastingadministratie. Na de datum "
                        "hierboven vernietigt het programma ze automatisch.", st["body"]))
    else:
        story.append(_p("Niets: de wet verplicht ons niet iets van u te bewaren.", st["body"]))

    story.append(_p("3. Ontvangers die wij informeren (AVG art. 19)", st["h2"]))
    if data.notices:
        story.append(_table(["Ontvanger", "Verstuurd op", "Hoe"], [list(n) for n in data.notices], st))
    else:
        story.append(_p("Geen: wij hebben uw gegevens aan niemand verstrekt.", st["body"]))

    story.append(_p("4. Referentie op onze website", st["h2"]))
    if data.takedowns:
        story.append(_p("Uw referentie wordt van de website gehaald (" + ", ".join(data.takedowns) +
                        f"); dat staat sinds {at:%d-%m-%Y} als taak op onze takenlijst.", st["body"]))
    else:
        story.append(_p("Er stond geen referentie van u op onze website.", st["body"]))

    story.append(_p("5. Papier en apparaten", st["h2"]))
    if data.paper:
        kinds = {"paper": "papier", "device": "apparaat"}
        story.append(_table(["Soort", "Wat", "Hoe vernietigd", "Datum", "Door"],
                            [[kinds.get(k, k), w, m, f"{at:%d-%m-%Y}", data.prepared_by] for k, w, m in data.paper],
                            st))
    if data.open_jobs:
        jobs = ("stond er nog een servicebeurt" if data.open_jobs == 1
                else f"stonden er nog {data.open_jobs} servicebeurten")
        story.append(_p(f"Bij het wissen {jobs} open: uw apparaat kan nog bij ons in de winkel zijn. Wij geven het "
                        "u terug; gegevens van u die wij voor de reparatie hebben gekopieerd, wissen wij. Wat wij "
                        "wissen of vernietigen, leggen wij vast in ons logboek van vernietiging.", st["body"]))
    elif not data.paper:
        story.append(_p("Wij hebben geen papieren dossiers of apparaten met uw gegevens.", st["body"]))

    story.append(_p("6. Back-ups", st["h2"]))
    story.append(_p("Back-ups van vóór vandaag bevatten uw gegevens nog. Wordt zo'n back-up ooit teruggezet, dan "
                    "wist het programma u direct opnieuw aan de hand van het wisregister, dat buiten het register "
                    f"wordt bewaard (referentie {data.document_id}).", st["body"]))

    story.append(_p("7. Zodat wij u niet opnieuw benaderen", st["h2"]))
    story.append(_p("Wij bewaren alleen een onleesbare code, berekend uit uw e-mailadres, uw telefoonnummer en "
                    "uw naam met postcode. Uw gegevens zelf zijn er niet uit terug te halen, ook niet door ons. Wordt "
                    "later hetzelfde e-mailadres, telefoonnummer of dezelfde naam met postcode ingevoerd, dan "
                    "herkent het programma de code en waarschuwt het ons, zodat wij u niet opnieuw opnemen of "
                    "benaderen.", st["body"]))

    story.append(_p("8. Klacht indienen", st["h2"]))
    story.append(_p("Bent u het niet eens met hoe wij met uw gegevens omgingen, laat het ons weten. "
                    + complaint_route(ap), st["body"]))
    story += [Spacer(1, 6 * mm), _p(f"{shop['shop_name']}, {at:%d-%m-%Y}, {data.prepared_by}", st["body"])]
    doc.build(story, canvasmaker=numbered_canvas(footer))
