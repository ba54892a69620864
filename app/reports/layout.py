"""Page layout shared by the briefs: paper, styles, header and footer, the classification marking and
"page X of Y" on every page."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from app import DISPLAY_NAME, __version__
from app.domain.vocab import Classification
from app.reports.blocks import ContentsEntry
from app.reports.fonts import SYMBOLS, coverage, main_letters, register_fonts
from app.reports.labels import Catalogue
from app.reports.paper import PAPERS
from app.reports.rtl import visual

log = logging.getLogger(__name__)

PAPER = dict(zip(PAPERS, (A4, LETTER), strict=True))
MARGIN = 18 * mm
RED = colors.HexColor("#b3261e")
GREY = colors.HexColor("#5f6368")
RULE = colors.HexColor("#c8ccd0")
HEADER_BG = colors.HexColor("#e8edf3")
OVERDUE_BG = colors.HexColor("#fbe9e7")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    quote: ParagraphStyle
    speaker: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_red: ParagraphStyle
    cell_overdue: ParagraphStyle
    toc1: ParagraphStyle


def make_styles() -> Styles:
    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13.5, spaceAfter=5)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=f"{font}-Bold", fontSize=18, leading=23, spaceAfter=8),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=11, leading=15, textColor=GREY, spaceAfter=10),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=f"{font}-Bold",
            fontSize=13.5,
            leading=17,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=f"{font}-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=f"{font}-Bold",
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=1,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=GREY),
        quote=ParagraphStyle(
            "quote",
            parent=body,
            fontName=f"{font}-Italic",
            leftIndent=14,
            rightIndent=14,
            spaceAfter=4,
        ),
        speaker=ParagraphStyle("speaker", parent=body, leftIndent=14, textColor=GREY, fontSize=9, spaceAfter=8),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=f"{font}-Bold", fontSize=8.8, leading=11, spaceAfter=0
        ),
        cell_red=ParagraphStyle(
            "cell_red", parent=body, fontName=f"{font}-Bold", fontSize=8.8, leading=11, spaceAfter=0, textColor=RED
        ),
        cell_overdue=ParagraphStyle(
            "cell_overdue",
            parent=body,
            fontName=f"{font}-Bold",
            fontSize=8.8,
            leading=11,
            spaceAfter=0,
            textColor=RED,
            backColor=OVERDUE_BG,
            borderPadding=(1, 2, 1, 2),
        ),
        toc1=ParagraphStyle("toc1", parent=body, fontSize=10, leading=14, leftIndent=0),
    )


def text(value: str) -> str:
    """Plain text made safe for a Paragraph: markup characters escaped, line breaks kept, and characters the main
    font lacks drawn in the symbols font (or, if no font has them, as U+FFFD, and named in the log)."""
    safe = escape(visual(value)).replace("\n", "<br/>")
    if safe.isascii():
        return safe
    if main_letters().issuperset(safe):
        return safe
    main, symbols = coverage()
    out: list[str] = []
    in_symbols = False
    for c in safe:
        code = ord(c)
        wanted = code not in main and code in symbols
        if wanted != in_symbols:
            out.append(f'<font name="{SYMBOLS}">' if wanted else "</font>")
            in_symbols = wanted
        if code in main or code in symbols:
            out.append(c)
        elif code in _INVISIBLE:
            continue  # joiners and variation selectors: nothing to draw
        else:
            _not_drawn(c)
            out.append("\ufffd")
    if in_symbols:
        out.append("</font>")
    return "".join(out)


def draw_line(canvas: Canvas, x: float, y: float, value: str, font: str, size: float, *, centred: bool = False) -> None:
    """One line drawn straight on the page (a running header), with the same font fallback as text()."""
    main, symbols = coverage()
    runs = _runs(visual(value), main, symbols, font)
    if centred:
        x -= sum(canvas.stringWidth(run, run_font, size) for run_font, run in runs) / 2
    for run_font, run in runs:
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, run_font, size)
    canvas.setFont(font, size)  # what follows is drawn in the main font again


def shortened(canvas: Canvas, value: str, font: str, size: float, room: float) -> str:
    """The value, cut at a word with an ellipsis where it would be wider than the room (a long title in the
    running header must not run into what stands beside it)."""
    if canvas.stringWidth(value, font, size) <= room:
        return value
    words = value.split()
    while words and canvas.stringWidth(" ".join(words) + "…", font, size) > room:
        words.pop()
    if words:
        return " ".join(words).rstrip(",;:—–-") + "…"
    cut = value
    while cut and canvas.stringWidth(cut + "…", font, size) > room:
        cut = cut[:-1]
    return cut + "…"


def _runs(value: str, main: frozenset[int], symbols: frozenset[int], font: str) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    for c in value:
        code = ord(c)
        if code in _INVISIBLE:
            continue
        if code in main:
            chosen = font
        elif code in symbols:
            chosen = SYMBOLS
        else:
            _not_drawn(c)
            chosen, c = font, "\ufffd"
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + c)
        else:
            runs.append((chosen, c))
    return runs


_INVISIBLE = frozenset({0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)})
_REPORTED: set[str] = set()


def _not_drawn(c: str) -> None:
    if c not in _REPORTED:
        _REPORTED.add(c)
        log.warning("no font of the briefs has U+%04X (%r); printed as U+FFFD", ord(c), c)


class CellParagraph(Paragraph):  # type: ignore[misc]
    """A table cell's paragraph, laid out once for its column's width: a table that splits over many pages asks
    every remaining row's height again at each split, which made a long table cost more per page the longer it
    was."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if getattr(self, "_laid_out_at", None) != avail_width:
            self._laid_out = super().wrap(avail_width, avail_height)
            self._laid_out_at = avail_width
        return self._laid_out  # type: ignore[no-any-return]


def data_table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: Styles,
) -> Table:
    """A table whose header row repeats after a page break; cells wrap instead of overflowing."""
    body = [[CellParagraph(text(h), styles.cell_bold) for h in header]] if header else []
    for r in rows:
        body.append([c if isinstance(c, Flowable) else CellParagraph(text(str(c)), styles.cell) for c in r])
    table = Table(body, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),  # the table's own default would be Helvetica
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_BG))
    table.setStyle(TableStyle(commands))
    return table


class BriefDocument(BaseDocTemplate):  # type: ignore[misc]
    """A brief: one frame per page, header and footer drawn on every page, contents entries for level-1 headings."""

    def __init__(
        self,
        path: Path,
        *,
        title: str,
        subject: str,
        marking: Classification,
        paper: str,
        labels: Catalogue,
        today: dt.date,
        styles: Styles,
        author: str = "",
        keywords: str = "",
    ) -> None:
        size = PAPER[paper]
        super().__init__(
            str(path),
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 8 * mm,
            bottomMargin=MARGIN + 6 * mm,
            title=title,
            subject=subject,
            author=author or f"{DISPLAY_NAME} {__version__}",
            keywords=keywords,
            creator=f"{DISPLAY_NAME} {__version__}",
            lang=labels.language,
        )
        self.report_title = title
        self.marking = marking
        self.labels = labels
        self.today = today
        self.styles = styles
        self.anchor_pages: dict[str, int] = {}
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )  # fmt: skip  (tables as wide as the text)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        font = self.styles.body.fontName
        canvas.saveState()
        marking = self.labels.value(self.marking).upper()
        canvas.setFont(f"{font}-Bold", 9)
        canvas.setFillColor(GREY if self.marking is Classification.UNCLASSIFIED else RED)
        draw_line(canvas, width / 2, height - 10 * mm, marking, f"{font}-Bold", 9, centred=True)
        draw_line(canvas, width / 2, 8 * mm, marking, f"{font}-Bold", 9, centred=True)
        canvas.setFillColor(GREY)
        canvas.setFont(font, 8.5)
        room = width - 2 * MARGIN - canvas.stringWidth(DISPLAY_NAME, font, 8.5) - 8 * mm
        draw_line(canvas, MARGIN, height - 16 * mm, shortened(canvas, self.report_title, font, 8.5, room), font, 8.5)
        canvas.drawRightString(width - MARGIN, height - 16 * mm, DISPLAY_NAME)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 17.5 * mm, width - MARGIN, height - 17.5 * mm)
        canvas.line(MARGIN, 17 * mm, width - MARGIN, 17 * mm)
        canvas.drawString(MARGIN, 13 * mm, self.labels("produced", date=self.labels.date(self.today)))
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "anchor", None)
        if key:
            self.canv.bookmarkPage(key)
            self.anchor_pages.setdefault(key, self.page)


def numbered_canvas(labels: Catalogue, font: str, anchor_pages: dict[str, int] | None = None) -> type[Canvas]:
    """A canvas that holds every page back until the end, so each can say 'page X of Y', and fills in the page
    numbers of the contents list then (see ContentsList): one pass over the story instead of two."""
    anchors = anchor_pages if anchor_pages is not None else {}

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if not kwargs.get("initialFontName"):  # else Helvetica, which has no Cyrillic, is listed too
                kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _height = self._pagesize
                self.saveState()
                self.setFont(font, 8.5)
                self.setFillColor(GREY)
                self.drawRightString(width - MARGIN, 13 * mm, labels("page_of", page=self._pageNumber, pages=total))
                self.restoreState()
                super().showPage()
            used = dict.fromkeys(name for state in self._pages for name in state["_formsinuse"])
            for name in used:
                if name.startswith(_PAGE_FORM):
                    page = anchors.get(name.removeprefix(_PAGE_FORM))
                    self.beginForm(name, lowerx=-60, lowery=-4, upperx=2, uppery=12)
                    self.setFont(font, 10)
                    self.drawRightString(0, 0, str(page) if page else "—")
                    self.endForm()
            super().save()

    return NumberedCanvas


def heading(label: str, style: ParagraphStyle, anchor: str | None = None) -> Paragraph:
    """A heading; with an anchor, the contents list can point at the page it lands on."""
    p = Paragraph(text(label), style)
    p.anchor = anchor
    return p


_PAGE_FORM = "pageof-"


class ContentsList(Flowable):  # type: ignore[misc]
    """Contents whose entries are known before the build; each page number is a PDF form drawn here and defined
    by the canvas at the end, once the heading has landed on its page. Each line links to its heading."""

    def __init__(self, entries: Sequence[ContentsEntry], style: ParagraphStyle) -> None:
        super().__init__()
        self.entries = list(entries)
        self.style = style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, len(self.entries) * self.style.leading

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // self.style.leading)
        if fits <= 0 or fits >= len(self.entries):
            return []
        return [ContentsList(self.entries[:fits], self.style), ContentsList(self.entries[fits:], self.style)]

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        leading = style.leading
        for i, entry in enumerate(self.entries):
            y = (len(self.entries) - i - 1) * leading + (leading - style.fontSize) / 2
            indent = 14 * entry.level
            font = style.fontName if entry.level else f"{style.fontName}-Bold"
            canvas.setFont(font, style.fontSize)
            canvas.setFillColor(colors.black)
            canvas.drawString(indent, y, entry.label)
            start = indent + canvas.stringWidth(entry.label, font, style.fontSize) + 4
            canvas.setFillColor(GREY)
            canvas.setFont(style.fontName, style.fontSize)
            dots = int(max(0.0, self.width - 34 - start) // canvas.stringWidth(" .", style.fontName, style.fontSize))
            canvas.drawRightString(self.width - 34, y, " ." * dots)
            canvas.saveState()
            canvas.setFillColor(colors.black)
            canvas.translate(self.width, y)
            canvas.doForm(_PAGE_FORM + entry.anchor)
            canvas.restoreState()
            canvas.linkRect("", entry.anchor, (indent, y - 2, self.width, y + leading - 2), relative=1, thickness=0)


def centered(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_c", parent=style, alignment=TA_CENTER)
