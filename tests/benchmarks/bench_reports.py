"""Country brief against bare reportlab building the same tables and paragraphs, and its growth from 1,000 to
2,000 meetings."""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.domain.records import Meeting
from app.reports.briefs import ReportOptions, country_brief
from tests.benchmarks.generate import generate

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def kenya_meetings(count: int) -> list[Meeting]:
    meetings = list(generate(count, seed=11))
    for m in meetings:
        m.countries = ["KE", *[c for c in m.countries if c != "KE"]]
    return meetings


def bare_brief(meetings: Sequence[Meeting], path: Path) -> None:
    """Plain reportlab: the same paragraphs, tables and chart in a SimpleDocTemplate, no header, footer, marking,
    page X of Y or contents."""
    if "BareSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareSans", str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("BareSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("BareSans-Italic", str(FONTS / "DejaVuSans-Oblique.ttf")))
    body = ParagraphStyle("b", fontName="BareSans", fontSize=10, leading=13.5)
    bold = ParagraphStyle("h", parent=body, fontName="BareSans-Bold", fontSize=11)
    cell = ParagraphStyle("c", parent=body, fontSize=8.8, leading=11)
    quote = ParagraphStyle("q", parent=body, fontName="BareSans-Italic", leftIndent=14)
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    width = doc.width
    ordered = sorted(meetings, key=lambda m: m.date, reverse=True)
    story: list[Flowable] = [Paragraph("Kenya (KE)", bold), PageBreak()]
    actions = [a for m in ordered for a in m.actions]
    story.append(Table([[Paragraph("Meetings", cell), Paragraph(str(len(ordered)), cell)]]))
    levels = Counter(m.level.value for m in ordered)
    story.append(Table([[Paragraph(k, cell), Paragraph(str(v), cell)] for k, v in levels.items()]))
    per_year = Counter(m.date.year for m in ordered)
    drawing = Drawing(width, 48 * mm)
    chart = VerticalBarChart()
    chart.data = [[per_year[y] for y in sorted(per_year)]]
    chart.categoryAxis.categoryNames = [str(y) for y in sorted(per_year)]
    chart.width, chart.height = width - 20 * mm, 36 * mm
    drawing.add(chart)
    story.append(drawing)
    open_actions = sorted((a for a in actions if not a.status.is_closed), key=lambda a: a.due_date or dt.date.max)
    rows = [
        [Paragraph(escape(x), cell) for x in (a.description, a.owner, a.committed_by.value, str(a.due_date), a.status)]
        for a in open_actions
    ]
    table = Table(rows, colWidths=[width * f for f in (0.32, 0.18, 0.17, 0.15, 0.18)], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, PageBreak()]
    for m in ordered:
        story.append(Paragraph(escape(f"{m.date.isoformat()} — {m.title}"), bold))
        story.append(Paragraph(escape(f"{m.location} · {m.format.value} · {m.level.value}"), cell))
        story.append(Paragraph(escape(m.summary), body))
        story += [Paragraph(escape(s.text), quote) for s in m.statements]
    doc.build(story)


def bare_word(meetings: Sequence[Meeting], path: Path) -> None:
    """Plain python-docx: the same headings, tables and paragraphs, no styles set, header, footer, fields or
    letterhead."""
    import docx

    document = docx.Document()
    ordered = sorted(meetings, key=lambda m: m.date, reverse=True)
    document.add_heading("Kenya (KE)", 0)
    actions = [a for m in ordered for a in m.actions]
    levels = Counter(m.level.value for m in ordered)
    figures = document.add_table(rows=0, cols=2)
    for k, v in [("Meetings", len(ordered)), *levels.items()]:
        cells = figures.add_row().cells
        cells[0].text, cells[1].text = str(k), str(v)
    open_actions = sorted((a for a in actions if not a.status.is_closed), key=lambda a: a.due_date or dt.date.max)
    table = document.add_table(rows=0, cols=5)
    for a in open_actions:
        for cell, value in zip(table.add_row().cells, (a.description, a.owner, a.committed_by.value,
                                                       str(a.due_date), a.status.value), strict=True):  # fmt: skip
            cell.text = value
    for m in ordered:
        document.add_heading(f"{m.date.isoformat()} — {m.title}", 3)
        document.add_paragraph(f"{m.location} · {m.format.value} · {m.level.value}")
        for part in m.summary.split("\n\n"):
            document.add_paragraph(part)
        for s in m.statements:
            document.add_paragraph(s.text, style="Quote")
    document.save(str(path))


def _median_s(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_reports(runs: int, row: Callable[..., None]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="aide-memoire-bench-reports-"))
    opts = ReportOptions(paper="a4", include_confidential=True, today=dt.date(2026, 11, 27))
    thousand, two_thousand = kenya_meetings(1000), kenya_meetings(2000)
    country_brief("KE", thousand[:20], folder / "warm.pdf", opts)  # fonts loaded once, outside the timing
    bare_brief(thousand[:20], folder / "warm-bare.pdf")
    ours = _median_s(lambda: country_brief("KE", thousand, folder / "ours.pdf", opts), runs)
    base = _median_s(lambda: bare_brief(thousand, folder / "bare.pdf"), runs)
    row("country brief, 1,000 meetings", ours, base, "s", "target <= 1.5x")
    ours_2k = _median_s(lambda: country_brief("KE", two_thousand, folder / "ours2k.pdf", opts), runs)
    row("country brief, 2,000 vs 1,000 meetings", ours_2k, ours, "s", "target <= 2.2x (linear growth)")
    base_2k = _median_s(lambda: bare_brief(two_thousand, folder / "bare2k.pdf"), runs)
    row("bare reportlab, 2,000 vs 1,000 meetings", base_2k, base, "s", "(the library's own growth, for reading)")
    row("country brief, 2,000 meetings", ours_2k, base_2k, "s", "target <= 1.5x")
    country_brief("KE", thousand[:20], folder / "warm.docx", opts)
    bare_word(thousand[:20], folder / "warm-bare.docx")
    word = _median_s(lambda: country_brief("KE", thousand, folder / "ours.docx", opts), runs)
    word_base = _median_s(lambda: bare_word(thousand, folder / "bare.docx"), runs)
    row("Word country brief, 1,000 meetings", word, word_base, "s", "target <= 2x bare python-docx")
