"""A brief as a Word document (python-docx), for the desk to finish on its own letterhead: Word's own heading, quote
and table styles, the marking in the header and the footer, page numbers as Word fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from app import DISPLAY_NAME, __version__
from app.domain.vocab import Classification
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

CELL_STYLE = "Brief Table Text"  # a paragraph style of the document's own, for table cells: the desk can change it
FONT = "Times New Roman"  # has every Cyrillic and Kazakh letter on the desks' machines
RED = RGBColor(0xB3, 0x26, 0x1E)
GREY = RGBColor(0x5F, 0x63, 0x68)
OVERDUE_FILL = "FBE9E7"
HEADER_FILL = "E8EDF3"
PAPER = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}
MARGIN = Mm(18)


def write_docx(brief: Brief, path: Path, labels: Catalogue, today: dt.date, paper: str, progress: Progress) -> None:
    try:
        document = Document()
        _page(document, paper)
        _styles(document)
        _header_and_footer(document, brief, labels, today)
    except OSError as exc:  # python-docx's own templates: a fault of the installation, not of the file being written
        raise WordTemplateMissing(f"python-docx cannot read its templates ({exc}); reinstall the program") from exc
    props = document.core_properties
    props.title, props.subject, props.language = brief.title, brief.subject, labels.language
    props.author = brief.author or f"{DISPLAY_NAME} {__version__}"
    props.keywords = brief.keywords
    props.comments = labels("produced", date=labels.date(today))
    body = _Body(document, labels)
    total = len(brief.blocks)
    for i, block in enumerate(brief.blocks):
        if i % 50 == 0:
            progress.update(i, total, "writing the document")
        body.add(block)
    document.save(str(path))


class WordTemplateMissing(RuntimeError):
    pass


def _page(document: Any, paper: str) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAPER.get(paper, PAPER["a4"])
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = Mm(20)
    section.header_distance = section.footer_distance = Mm(8)


def _styles(document: Any) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:cs"), FONT)  # the complex-script font too (names in Arabic, Persian)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 20), ("Subtitle", 12), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(theme), None)  # the template's theme font would win over the one set here


def _header_and_footer(document: Any, brief: Brief, labels: Catalogue, today: dt.date) -> None:
    section = document.sections[0]
    marking = labels.value(brief.marking).upper()
    colour = GREY if brief.marking is Classification.UNCLASSIFIED else RED
    header = section.header
    top = header.paragraphs[0]
    _marking(top, marking, colour)
    running = header.add_paragraph()
    run = running.add_run(brief.title)
    run.font.size, run.font.color.rgb = Pt(8.5), GREY
    footer = section.footer
    numbers = footer.paragraphs[0]
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    produced = numbers.add_run(labels("produced", date=labels.date(today)) + "\t\t")
    produced.font.size, produced.font.color.rgb = Pt(8.5), GREY
    # "Page {page} of {pages}" in the brief's language, the numbers as Word's own fields
    pattern = labels("page_of", page="\x00PAGE\x00", pages="\x00NUMPAGES\x00")
    for i, part in enumerate(pattern.split("\x00")):
        if i % 2:
            _field(numbers, part)
        elif part:
            words = numbers.add_run(part)
            words.font.size, words.font.color.rgb = Pt(8.5), GREY
    _marking(footer.add_paragraph(), marking, colour)


def _marking(paragraph: Any, marking: str, colour: RGBColor) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(marking)
    run.bold = True
    run.font.size, run.font.color.rgb = Pt(9), colour


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES, TOC) that Word fills in; the run's text is what shows before it does."""
    run = paragraph.add_run()
    run.font.size, run.font.color.rgb = Pt(8.5), GREY
    begin, code, separate, end = (OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar"),
                                  OxmlElement("w:fldChar"))  # fmt: skip
    begin.set(qn("w:fldCharType"), "begin")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, code, separate, shown, end):
        run._r.append(element)


class _Body:
    def __init__(self, document: Any, labels: Catalogue) -> None:
        self.document = document
        self.labels = labels
        section = document.sections[0]
        self.width = section.page_width - section.left_margin - section.right_margin
        self.bookmarks = 0
        # Styles by their id, looked up once: python-docx finds a style by name, or checks it is not the default,
        # by reading every style of the document, for every paragraph (half the time of a long brief).
        self.style_ids = {style.name: style.style_id for style in document.styles}
        cell = document.styles.add_style(CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        cell.base_style = document.styles["Normal"]
        cell.font.size = Pt(9.5)
        cell.paragraph_format.space_after = Pt(0)
        self.style_ids[CELL_STYLE] = cell.style_id

    def _styled(self, style: str, text: str = "") -> Any:
        """A paragraph of the style (by its id: see above), holding the text."""
        paragraph = self.document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().style = self.style_ids[style]
        return paragraph

    def add(self, block: Block, *, keep_with_next: bool = False) -> None:
        paragraph: Any = None
        if isinstance(block, Para):
            paragraph = self._para(block)
        elif isinstance(block, Heading):
            paragraph = self._styled(f"Heading {block.level}", block.text)
            if block.anchor:
                self.bookmarks += 1
                _bookmark(paragraph, block.anchor, self.bookmarks)
        elif isinstance(block, Quote):
            paragraph = self._styled("Quote", f"“{block.text}”")
            speaker = paragraph.add_run(f" — {block.speaker}")
            speaker.italic, speaker.font.color.rgb = False, GREY
        elif isinstance(block, Grid):
            self._grid(block)
        elif isinstance(block, Facts):
            rows: list[list[str | Cell]] = [[Cell(k, "bold"), v] for k, v in block.rows]
            self._grid(Grid(None, rows, [0.22, 0.78]), lines=False)
        elif isinstance(block, SideBySide):  # one after the other, each as wide as it would be beside the other
            self._grid(block.left, scale=0.5)
            self._grid(block.right, scale=0.5)
        elif isinstance(block, Chart):  # a table of the numbers: the desk can edit it, or make a Word chart of it
            self._grid(Grid([self.labels("meetings_per_year"), ""], [[y, str(n)] for y, n in block.counts.items()],
                            [0.5, 0.2]))  # fmt: skip
        elif isinstance(block, Contents):
            paragraph = self.document.add_paragraph()
            _field(paragraph, 'TOC \\o "1-2" \\h \\z \\u')
            _update_fields_on_open(self.document)
        elif isinstance(block, Gap) and block.points > 8:  # Word's styles space paragraphs and tables themselves
            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(block.points)
        elif isinstance(block, LetterheadBlock):
            self._letterhead(block)
        elif isinstance(block, Together):
            for i, inner in enumerate(block.blocks):
                self.add(inner, keep_with_next=i < len(block.blocks) - 1)
        if paragraph is not None and keep_with_next:
            paragraph.paragraph_format.keep_with_next = True

    def _letterhead(self, head: LetterheadBlock) -> None:
        table = self.document.add_table(rows=1, cols=3 if head.logo else 2)
        cells = list(table.rows[0].cells)
        if head.logo:
            cells.pop(0).paragraphs[0].add_run().add_picture(head.logo, height=Mm(18))
        who = cells[0].paragraphs[0]
        name = who.add_run(head.ministry)
        name.bold, name.font.size = True, Pt(12)
        if head.department:
            who.add_run("\n" + head.department).font.size = Pt(10)
        reference = cells[1].paragraphs[0]
        reference.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        reference.add_run(head.reference).font.size = Pt(9)
        under = " · ".join(x for x in (head.author, head.distribution) if x)
        if under:
            paragraph = self.document.add_paragraph()
            run = paragraph.add_run(under)
            run.font.size, run.font.color.rgb = Pt(9), GREY

    def _para(self, block: Para) -> Any:
        if block.style == "title":
            return self._styled("Title", block.text)
        if block.style == "subtitle":
            return self._styled("Subtitle", block.text)
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(block.text)
        if block.style == "small":
            run.font.size, run.font.color.rgb = Pt(9), GREY
        elif block.style == "label":
            run.bold = True
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def _grid(self, grid: Grid, *, lines: bool = True, scale: float = 1.0) -> None:
        columns = len(grid.widths)
        table = self.document.add_table(rows=0, cols=columns)
        table.style = self.document.styles["Table Grid"] if lines else None
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = [int(self.width * f * scale) for f in grid.widths]
        cell_style = self.style_ids[CELL_STYLE]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # the table's grid, which LibreOffice reads
        if grid.header:
            cells = table.add_row().cells
            _repeat_as_header(table.rows[0])
            for cell, label, width in zip(cells, grid.header, widths, strict=True):
                _write(cell, Cell(label, "bold"), cell_style, width)
                _shade(cell, HEADER_FILL)
        for row in grid.rows:
            for cell, value, width in zip(table.add_row().cells, row, widths, strict=True):
                _write(cell, value, cell_style, width)
        spacer = self.document.add_paragraph()
        spacer.paragraph_format.space_after = Pt(2)


def _write(cell: Any, value: str | Cell, style_id: str, width: int) -> None:
    content = value if isinstance(value, Cell) else Cell(str(value))
    cell.width = width  # each cell's, which Word reads
    paragraph = cell.paragraphs[0]
    paragraph._p.get_or_add_pPr().style = style_id
    run = paragraph.add_run(content.text)
    if content.kind in ("bold", "alert", "alert_date"):
        run.bold = True
    if content.kind in ("alert", "alert_date"):
        run.font.color.rgb = RED
    if content.kind == "alert_date":
        _shade(cell, OVERDUE_FILL)


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_as_header(row: Any) -> None:
    """The row repeats at the top of each page the table spans (Word's 'Repeat as header row')."""
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _bookmark(paragraph: Any, name: str, number: int) -> None:
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name.replace("-", "_"))
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)


def _update_fields_on_open(document: Any) -> None:
    """Word fills in the contents (and its page numbers) when the document is opened."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)
