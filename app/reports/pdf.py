"""A brief drawn as a PDF (reportlab): the blocks as flowables on the pages of app.reports.layout."""

from __future__ import annotations

import datetime as dt
import gc
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Image, Paragraph, Spacer, Table, TableStyle

from app.progress import Progress
from app.reports.blocks import (
    Block,
    Brief,
    Cell,
    Chart,
    Contents,
    Facts,
    Gap,
    Grid,
    Heading,
    LetterheadBlock,
    Para,
    Quote,
    SideBySide,
    Together,
)
from app.reports.labels import Catalogue
from app.reports.layout import (
    BriefDocument,
    CellParagraph,
    ContentsList,
    Styles,
    data_table,
    heading,
    make_styles,
    numbered_canvas,
    text,
)

BAR = colors.HexColor("#2f5d8a")


def write_pdf(brief: Brief, path: Path, labels: Catalogue, today: dt.date, paper: str, progress: Progress) -> None:
    styles = make_styles()
    doc = BriefDocument(path, title=brief.title, subject=brief.subject, marking=brief.marking, paper=paper,
                        labels=labels, today=today, styles=styles, author=brief.author,
                        keywords=brief.keywords)  # fmt: skip
    story = _flowables(brief.blocks, styles, doc.width)
    total = len(story)

    def report(kind: str, value: int) -> None:
        if kind == "PROGRESS" and value % 10 == 0:
            progress.update(value, total, "laying out pages")

    doc.setProgressCallBack(report)
    with _no_cycle_collection():
        doc.build(story, canvasmaker=numbered_canvas(labels, styles.body.fontName, doc.anchor_pages))


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """A long brief keeps every paragraph and page alive until it is written, and Python's collector of reference
    cycles walks all of them again and again as layout allocates: a quarter of a 2,000-meeting brief's time, and
    what made it grow faster than its pages (2.15x for twice the meetings; 1.89x without). Layout makes few cycles
    (its peak memory is the same without the collector); the collector is back on afterwards, whatever happens."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


HEADING_ROOM = 40 * mm  # a heading over a table starts a new page unless this much room is left below it
MOST_KEPT = 150 * mm  # a group taller than this splits where the page ends (a page holds about 250 mm)


def _flowables(blocks: Sequence[Block], styles: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for i, block in enumerate(blocks):
        if isinstance(block, Heading) and _table_follows(blocks, i):
            # Kept with a whole table, a heading would carry the table to a new page and leave this one half empty:
            # the heading goes where a few rows fit after it, and the table splits from there.
            if i == 0 or not isinstance(blocks[i - 1], Heading):
                out.append(CondPageBreak(HEADING_ROOM))
            style = _heading_style(styles, block.level)
            out.append(heading(block.text, _free(style), block.anchor))
        else:
            out += _flowable(block, styles, width)
    return out


def _estimated_height(blocks: Sequence[Block], styles: Styles, width: float) -> float:
    """About how tall the blocks come out: each text's width over the line's width, in lines of its style."""
    total = 0.0
    for block in blocks:
        if isinstance(block, Heading):
            style, words = _heading_style(styles, block.level), block.text
        elif isinstance(block, Para):
            style, words = _PARA_STYLE[block.style](styles), block.text
        elif isinstance(block, Quote):
            style, words = styles.quote, f"“{block.text}” — {block.speaker}"
        else:
            total += 24
            continue
        line = width - style.leftIndent - style.rightIndent
        wide = stringWidth(words, style.fontName, style.fontSize)
        lines = max(1, math.ceil(wide * 1.06 / line)) + words.count("\n")
        total += lines * style.leading + style.spaceBefore + style.spaceAfter
    return total


_PARA_STYLE = {"title": lambda s: s.title, "subtitle": lambda s: s.subtitle, "body": lambda s: s.body,
               "small": lambda s: s.small, "label": lambda s: s.cell_bold}  # fmt: skip


def _table_follows(blocks: Sequence[Block], i: int) -> bool:
    for later in blocks[i + 1 :]:
        if not isinstance(later, Heading):
            return isinstance(later, Grid)
    return False


def _heading_style(styles: Styles, level: int) -> ParagraphStyle:
    return (styles.h1, styles.h2, styles.h3)[level - 1]


def _free(style: ParagraphStyle) -> ParagraphStyle:
    """The style, not kept with what follows."""
    return ParagraphStyle(f"{style.name}-free", parent=style, keepWithNext=0)


def _flowable(block: Block, styles: Styles, width: float) -> list[Flowable]:
    if isinstance(block, Para):
        return [Paragraph(text(block.text), _PARA_STYLE[block.style](styles))]
    if isinstance(block, Heading):
        return [heading(block.text, _heading_style(styles, block.level), block.anchor)]
    if isinstance(block, Grid):
        return [_grid(block, styles, width)]
    if isinstance(block, Quote):
        # One paragraph with its speaker (a KeepTogether here would make a KeepTogether around a meeting measure
        # itself as endless, and always start a new page).
        speaker = f' <font name="{styles.speaker.fontName}" color="#5f6368" size="9">— {text(block.speaker)}</font>'
        return [Paragraph("“" + text(block.text) + "”" + speaker, styles.quote)]
    if isinstance(block, Together):
        # Room for the whole group is estimated from its text's width instead of measured: a KeepTogether would
        # lay every paragraph out twice, a third of a long brief's time.
        inner: list[Flowable] = []
        for b in block.blocks:
            if isinstance(b, Heading):  # the room is made above: not kept with what follows
                inner.append(heading(b.text, _free(_heading_style(styles, b.level)), b.anchor))
            else:
                inner += _flowable(b, styles, width)
        room = min(_estimated_height(block.blocks, styles, width), MOST_KEPT)
        return [CondPageBreak(room), *inner]
    if isinstance(block, Gap):
        return [Spacer(1, block.points)]
    if isinstance(block, Facts):
        return [_facts(block, styles, width)]
    if isinstance(block, SideBySide):
        half = width / 2 - 4 * mm
        pair = Table([[_grid(block.left, styles, half), _grid(block.right, styles, half)]],
                     colWidths=[width / 2, width / 2], hAlign="LEFT")  # fmt: skip
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
        return [pair]
    if isinstance(block, Chart):
        return [_chart(block.counts, styles, width)]
    if isinstance(block, LetterheadBlock):
        return _letterhead(block, styles, width)
    if isinstance(block, Contents):
        return [ContentsList(block.entries, styles.toc1)]
    raise TypeError(f"no PDF drawing for {type(block).__name__}")


LOGO_HEIGHT = 18 * mm


def _letterhead(head: LetterheadBlock, styles: Styles, width: float) -> list[Flowable]:
    name = f'<font name="{styles.cell_bold.fontName}" size="11">{text(head.ministry)}</font>' if head.ministry else ""
    who = "<br/>".join(x for x in (name, text(head.department)) if x)
    cells: list[Flowable | str] = []
    widths: list[float] = []
    if head.logo:
        reader = ImageReader(head.logo)
        w, h = reader.getSize()
        logo_width = min(width * 0.3, LOGO_HEIGHT * w / max(h, 1))
        cells.append(Image(head.logo, width=logo_width, height=logo_width * h / max(w, 1)))
        widths.append(logo_width + 4 * mm)
    reference = Paragraph(text(head.reference), ParagraphStyle("ref", parent=styles.small, alignment=TA_RIGHT))
    cells += [Paragraph(who, styles.body), reference]
    widths += [(width - sum(widths)) * 0.65, (width - sum(widths)) * 0.35]
    top = Table([cells], colWidths=widths, hAlign="LEFT")
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, 0), (-1, -1), 0.6, BAR),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))  # fmt: skip
    out: list[Flowable] = [top]
    under = " · ".join(x for x in (head.author, head.distribution) if x)
    if under:
        out.append(Paragraph(text(under), styles.small))
    return [*out, Spacer(1, 6)]


def _grid(grid: Grid, styles: Styles, width: float) -> Table:
    # An overdue date is shaded in its own paragraph: a per-row table command would be copied at every page split
    # of a long table, which made long briefs grow faster than their length.
    kinds = {"plain": styles.cell, "bold": styles.cell_bold, "alert": styles.cell_red,
             "alert_date": styles.cell_overdue}  # fmt: skip
    rows = [[CellParagraph(text(c.text), kinds[c.kind]) if isinstance(c, Cell) else c for c in row]
            for row in grid.rows]  # fmt: skip
    return data_table(grid.header, rows, [width * f for f in grid.widths], styles)


def _facts(facts: Facts, styles: Styles, width: float) -> Table:
    rows = [[Paragraph(text(k), styles.cell_bold), Paragraph(text(v), styles.cell)] for k, v in facts.rows]
    table = Table(rows, colWidths=[width * 0.22, width * 0.78], hAlign="LEFT")
    every = ((0, 0), (-1, -1))
    table.setStyle(TableStyle([("FONTNAME", *every, styles.cell.fontName), ("VALIGN", *every, "TOP"),
                               ("BOTTOMPADDING", *every, 2)]))  # fmt: skip
    return table


def _chart(counts: dict[str, int], styles: Styles, width: float) -> Drawing:
    labels = sorted(counts)
    height = 36 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 18
    chart.width, chart.height = width - 36, height - 28
    chart.data = [[counts[k] for k in labels]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = styles.body.fontName
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 12 else 90
    chart.categoryAxis.labels.dy = -2 if len(labels) <= 12 else -12
    chart.valueAxis.labels.fontName = styles.body.fontName
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(counts.values(), default=1)
    chart.valueAxis.valueStep = max(1, -(-top // 5))
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * max(1, -(-top // chart.valueAxis.valueStep))
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing
