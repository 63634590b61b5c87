"""What every printed document of the shop shares: styles, the page footer with "page x of y", a document id."""

from __future__ import annotations

import functools
import secrets

from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfgen.canvas import Canvas


def document_id(prefix: str) -> str:
    """A reference printed on the document and kept in the audit log (the document itself is not kept)."""
    return f"{prefix}-{secrets.token_hex(4).upper()}"


# DejaVu Sans (shipped in resources/fonts) has every letter of the names a Dutch shop meets (Ş, Ł, Ğ, ő…);
# the PDF base fonts have only Latin-1 and print a black box for the rest.
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@functools.cache
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ..resources_path import resource

    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)  # <b> in a paragraph picks the bold face


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=FONT, fontSize=9, leading=12)
    return {"title": ParagraphStyle("title", parent=base["Title"], fontName=FONT_BOLD, fontSize=16, leading=20,
                                    spaceAfter=4),
            "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=FONT_BOLD, fontSize=11, leading=14,
                                 spaceBefore=8, spaceAfter=3),
            "body": body, "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
            "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
            "cellb": ParagraphStyle("cellb", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10)}


def text(value: str, style):
    """A paragraph of plain text: customer values may hold &, < or >, which reportlab would read as markup."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def numbered_canvas(footer: str):
    """A canvas class that writes "footer — page x of y" on every page once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7)
                width = self._pagesize[0]
                self.drawCentredString(width / 2, 18, f"{footer}  —  pagina {self._pageNumber} van {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def column_widths(columns: list[str], rows: list[list[str]], total: float, font_size: float = 8,
                  sample: int = 300) -> list[float]:
    """Column widths that never split a word when it can be helped, filling ``total`` points.

    Each column gets at least its longest word (header in bold); what is left goes to the columns whose
    whole texts are longer, in proportion to how much longer. Only the longest few texts and words of a
    column are measured: measuring every cell of a long table would cost more than laying it out.
    """
    from heapq import nlargest

    from reportlab.pdfbase.pdfmetrics import stringWidth

    pad = 14.0  # reportlab cells pad 6 points left and right

    def widest(texts, font: str) -> float:
        return max((stringWidth(t, font, font_size) for t in nlargest(4, texts, key=len)), default=0.0)

    minimum, natural = [], []
    for i, name in enumerate(columns):
        cells = {row[i] for row in rows[:sample]}
        words = {w for text in cells for w in text.split()}
        minimum.append(max(widest(name.split(), FONT_BOLD), widest(words, FONT)) + pad)
        natural.append(max(stringWidth(name, FONT_BOLD, font_size), widest(cells, FONT)) + pad)
    natural = [max(n, m) for n, m in zip(natural, minimum)]
    if sum(natural) <= total:
        return [n * total / sum(natural) for n in natural]
    if sum(minimum) >= total:
        return [m * total / sum(minimum) for m in minimum]
    extra = total - sum(minimum)
    want = [n - m for n, m in zip(natural, minimum)]
    return [m + extra * w / sum(want) for m, w in zip(minimum, want)]
