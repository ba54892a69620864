"""Writing the workbook, streamed (openpyxl write-only): a header row that stays in view, real dates, wrapped long
text, drop-downs fed by a hidden Lists sheet, an auto-filter, and text that no spreadsheet will run as a formula."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from lxml.etree import XMLParser, XMLSyntaxError, fromstring
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter
from openpyxl.worksheet.datavalidation import DataValidation

from app import __version__
from app.domain.countries import all_countries
from app.domain.records import Meeting
from app.excel.contract import (
    ABOUT,
    ACTIONS,
    FORMAT_NAME,
    FORMAT_VERSION,
    LISTS,
    MEETINGS,
    PARTICIPANTS,
    PEOPLE,
    SHEETS,
    STATEMENTS,
    Kind,
    SheetSpec,
)
from app.excel.rows import Value, child_values, fingerprint, meeting_values
from app.storage.paths import make_private_dir, touch_private_file

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
_ERROR_TEXTS = frozenset(ERROR_CODES)  # '#REF!' typed as text must not come back as an error cell
MAX_ROWS = 1_048_576
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8EDF3")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_SAMPLES: dict[Kind, object] = {Kind.DATE: dt.date(2000, 1, 1), Kind.TIME: dt.time(0, 0)}  # give their number format


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)


class WorkbookWriter:
    """Add meetings one at a time (their children go to their own sheets), then close()."""

    def __init__(self, path: Path, rows: dict[str, int] | None = None) -> None:
        """`rows`: how many rows each sheet will get, when known; it goes into the sheet's dimension, which spares
        every reader (ours included) a pass over the whole sheet to find its size."""
        self.path = path
        self._expected = rows or {}
        self._parts = path.with_name(path.name + ".d")  # the sheets as they are written, beside the file
        make_private_dir(self._parts)
        self.book = Workbook(write_only=True)
        self.sheets = {spec.name: self.book.create_sheet(spec.name) for spec in SHEETS}
        self.counts = dict.fromkeys(self.sheets, 0)
        lists_ranges = self._write_lists()
        for spec in SHEETS:
            self._prepare(spec, lists_ranges)

    def _prepare(self, spec: SheetSpec, lists_ranges: dict[str, str]) -> None:
        ws = self.sheets[spec.name]
        if spec.name in self._expected:
            ref = f"A1:{get_column_letter(len(spec.columns))}{self._expected[spec.name] + 1}"
            ws.calculate_dimension = lambda: ref  # read by openpyxl when it writes the sheet's top
        for i, column in enumerate(spec.columns, start=1):
            letter = get_column_letter(i)
            ws.column_dimensions[letter].width = column.width
            if column.field == "check":
                ws.column_dimensions[letter].hidden = True
            source = lists_ranges.get(column.field)
            if source:
                check = DataValidation(type="list", formula1=source, allow_blank=True)
                check.error = f"Choose a value from the list ({column.header})."
                check.errorTitle = column.header
                check.add(f"{letter}2:{letter}{MAX_ROWS}")
                ws.data_validations.append(check)
        ws.freeze_panes = "A2"
        self._own_part(ws, spec)
        ws.append([self._header_cell(ws, c.header) for c in spec.columns])

    def _own_part(self, ws: Any, spec: SheetSpec | None = None) -> None:
        """openpyxl writes each sheet to a temporary file in the system's shared temporary folder, where a killed
        export would leave every record behind; this sheet's goes to the private folder beside the target, removed
        with it. (openpyxl has no option for this: the sheet's writer is made here the way it makes its own.)"""
        part = self._parts / f"sheet{len(ALL_TEMP_FILES)}-{id(ws)}.xml"
        touch_private_file(part)
        ALL_TEMP_FILES.append(str(part))  # openpyxl removes the part from this list when it is done with it
        ws._writer = _RecordSheetWriter(ws, str(part), spec) if spec else WorksheetWriter(ws, out=str(part))
        ws._writer.write_top()

    @staticmethod
    def _header_cell(ws: Any, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        return cell

    @staticmethod
    def _text_cell(ws: Any, value: object) -> object:
        """Text that a spreadsheet would take for a formula (a database named '=1+1.sqlite') stays text."""
        if isinstance(value, str) and looks_like_formula(value):
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return value

    def _write_lists(self) -> dict[str, str]:
        """One column per vocabulary in the hidden Lists sheet; returns field → range for the drop-downs."""
        lists = self.book.create_sheet(LISTS)
        lists.sheet_state = "hidden"
        self._own_part(lists)
        vocab: dict[str, Sequence[str]] = {}
        for spec in SHEETS:
            for c in spec.columns:
                if c.choices:
                    vocab.setdefault(c.field, c.choices)
        vocab["country"] = [code for code, _name in all_countries()]
        fields = list(vocab)
        lists.append([f.replace("_", " ") for f in fields])
        for row in range(max(len(v) for v in vocab.values())):
            lists.append([vocab[f][row] if row < len(vocab[f]) else None for f in fields])
        return {
            f: f"{LISTS}!${get_column_letter(i)}$2:${get_column_letter(i)}${len(vocab[f]) + 1}"
            for i, f in enumerate(fields, start=1)
        }

    def _row(self, name: str, values: list[Value], spec: SheetSpec) -> None:
        ws = self.sheets[name]
        cells: list[Any] = list(values)
        for i, value in enumerate(values):
            if value.__class__ is not str:
                continue
            first = value[:1]
            if first in _FORMULA_FIRST or (first == "#" and value in _ERROR_TEXTS):
                cell = WriteOnlyCell(ws, value=value)
                cell.data_type = "s"  # stored as text: no spreadsheet evaluates it (nor takes '#REF!' for an error)
                cell.alignment = _WRAP if spec.columns[i].kind is Kind.LONG_TEXT else _TOP
                cell.quotePrefix = True  # and it stays text when someone edits the cell
                cells[i] = cell
        cells.append(fingerprint(values, spec))
        ws.append(cells)
        self.counts[name] += 1

    def add(self, meeting: Meeting) -> None:
        self._row(MEETINGS.name, meeting_values(meeting), MEETINGS)
        for p in meeting.participants:
            self._row(PARTICIPANTS.name, child_values(p, meeting.id), PARTICIPANTS)
        for s in meeting.statements:
            self._row(STATEMENTS.name, child_values(s, meeting.id), STATEMENTS)
        for a in meeting.actions:
            self._row(ACTIONS.name, child_values(a, meeting.id), ACTIONS)

    def add_people(self, rows: list[list[Value]]) -> None:
        """The People sheet (ID, name, other spellings, country, usual side), after the records' sheets."""
        ws = self.book.create_sheet(PEOPLE.name)
        for i, column in enumerate(PEOPLE.columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = column.width
        ws.freeze_panes = "A2"
        self._own_part(ws)
        ws.append([self._header_cell(ws, c.header) for c in PEOPLE.columns])
        for values in rows:
            ws.append([self._text_cell(ws, v) if isinstance(v, str) else v for v in values])
        self.counts[PEOPLE.name] = len(rows)
        self.book.move_sheet(PEOPLE.name, offset=-1)  # before the hidden Lists sheet

    def close(self, *, exported_at: dt.datetime, database: str, selection: str, marking: str = "") -> None:
        for name, expected in self._expected.items():
            if self.counts.get(name, expected) != expected:
                raise RuntimeError(f"{name}: {self.counts[name]} rows written, {expected} announced")
        for spec in SHEETS:
            ws = self.sheets[spec.name]
            last = get_column_letter(len(spec.columns) - 1)  # the hidden check column stays out of the filter
            ws.auto_filter.ref = f"A1:{last}{self.counts[spec.name] + 1}"
        about = self.book.create_sheet(ABOUT)
        about.column_dimensions["A"].width = 22
        about.column_dimensions["B"].width = 60
        self._own_part(about)
        rows: list[tuple[str, object]] = [
            ("Format", FORMAT_NAME),
            ("Format version", FORMAT_VERSION),
            ("Program version", __version__),
            ("Exported at", exported_at.replace(microsecond=0, tzinfo=None)),
            ("Database", database),
            ("Selection", selection),
            ("Highest marking", marking.upper()),
            *((f"{name} rows", count) for name, count in self.counts.items()),
            ("", ""),
            ("How to use", "Edit in Excel or LibreOffice, save as .xlsx, then import it back."),
            ("", "A row with an empty ID is a new record. Rows you delete here are not deleted in the program."),
            ("", "Do not edit the Revision and the hidden Export check columns: they tell your edits apart."),
        ]
        for key, value in rows:
            about.append([self._header_cell(about, key) if key else None, self._text_cell(about, value)])
        self.book.move_sheet(ABOUT, offset=-1)  # About before the hidden Lists sheet
        self.book.save(self.path)
        with contextlib.suppress(OSError):
            self._parts.rmdir()


# Rows the program wrote itself, parsed back into an element: no entities to resolve, no network, no size limit.
_ROW_PARSER = XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})  # (a bare CR would read as LF)


def _escaped(text: str) -> str:
    return text.translate(_ESCAPES) if ("&" in text or "<" in text or ">" in text or "\r" in text) else text


class _RecordSheetWriter(WorksheetWriter):  # type: ignore[misc]  # openpyxl has no types
    """A record sheet's rows, written as openpyxl writes them, a row at a time instead of a cell at a time.
    openpyxl makes a cell object for every value, looks its style up (hashing it) and opens three nested elements of
    the stream for it: at 100,000 meetings, 2.6 million cells, most of an export's time. Here each column's style is
    looked up once, and a row of plain values (text, whole numbers, dates, times) is built as one element and
    written at once. Anything else (the header, text that looks like a formula) goes through openpyxl's cells, as
    before. The sheet hands its rows over as they were appended (_values_to_row), so the cells stay unmade. Safe
    because openpyxl is pinned below 3.2; the writer tests compare its sheets with openpyxl's, byte for byte."""

    def __init__(self, ws: Any, out: str, spec: SheetSpec) -> None:
        super().__init__(ws, out=out)
        self._letters = [get_column_letter(i) for i in range(1, len(spec.columns) + 1)]
        self._epoch = ws.parent.epoch
        # The styled columns' cells (for rows openpyxl writes) and their styles' numbers (for the others).
        self._wrapped = {
            i: _KeptCell.made(ws, alignment=_WRAP) for i, c in enumerate(spec.columns) if c.kind is Kind.LONG_TEXT
        }
        self._dated = {
            i: _KeptCell.made(ws, sample=_SAMPLES[c.kind]) for i, c in enumerate(spec.columns) if c.kind in _SAMPLES
        }
        self._wrap_styles = {i: str(cell.style_id) for i, cell in self._wrapped.items()}
        self._date_styles = {i: str(cell.style_id) for i, cell in self._dated.items()}
        ws._values_to_row = lambda values, _row_idx: values

    def write_row(self, xf: Any, row: Any, row_idx: int) -> None:
        element = self._element(row, row_idx) if not self.ws.row_dimensions.get(row_idx) else None
        if element is None:
            super().write_row(xf, self._cells(row, row_idx), row_idx)
        else:
            xf.write(element)

    def _element(self, row: list[Any], row_idx: int) -> Any:
        """The row as one element, as openpyxl would write its cells; None when it holds anything but plain values
        in their own columns (a cell, a date outside a date column) or text XML cannot hold. Written as text and
        parsed in one call: three times faster than making its two dozen elements one by one."""
        number = str(row_idx)
        letters, wrap_styles, date_styles = self._letters, self._wrap_styles, self._date_styles
        parts = ['<row r="', number, '">']
        for i, value in enumerate(row):
            kind = value.__class__
            if value is None:
                continue
            if kind is str:
                style = f' s="{wrap_styles[i]}"' if i in wrap_styles else ""
                space = ' xml:space="preserve"' if value != value.strip() else ""
                text = _escaped(value)
                parts.append(f'<c r="{letters[i]}{number}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>')
            elif kind is int and i not in date_styles:
                parts.append(f'<c r="{letters[i]}{number}" t="n"><v>{safe_string(value)}</v></c>')
            elif (kind is dt.date or kind is dt.time) and i in date_styles:  # days, shown by the column's format
                days = safe_string(to_excel(value, self._epoch))
                parts.append(f'<c r="{letters[i]}{number}" s="{date_styles[i]}" t="n"><v>{days}</v></c>')
            else:
                return None
        parts.append("</row>")
        try:
            return fromstring("".join(parts), _ROW_PARSER)
        except (XMLSyntaxError, ValueError):  # a character XML forbids: openpyxl's cells say which
            return None

    def _cells(self, row: Iterable[Any], row_idx: int) -> Iterator[Any]:
        """The row as openpyxl's cells: one cell for the plain values, reused, and the styled columns' own."""
        plain = WriteOnlyCell(self.ws)
        for col_idx, value in enumerate(row, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            elif value.__class__ is str and col_idx - 1 in self._wrapped:
                cell = self._wrapped[col_idx - 1]
                cell.value = value
            elif value.__class__ is not str and col_idx - 1 in self._dated:
                cell = self._dated[col_idx - 1]
                cell.value = value
            else:
                if plain.has_style:  # a date gave it its number format: the next value needs a cell of its own
                    plain = WriteOnlyCell(self.ws)
                plain.value = value
                cell = plain
            cell.column = col_idx
            cell.row = row_idx
            yield cell


class _KeptCell(Cell):  # type: ignore[misc]  # openpyxl has no types
    """A cell the writer reuses row after row in one column, with one style: the style's number in the workbook is
    looked up once (openpyxl looks it up again, hashing the style, at every cell it writes)."""

    __slots__ = ("_style_number",)

    @classmethod
    def made(cls, ws: Any, *, alignment: Alignment | None = None, sample: object = None) -> _KeptCell:
        cell = cls(ws, row=1, column=1)
        if alignment is not None:
            cell.alignment = alignment
        if sample is not None:
            cell.value = sample  # a date or a time: the cell takes its number format
        cell._style_number = ws.parent._cell_styles.add(cell._style)
        return cell

    @property
    def style_id(self) -> int:
        return int(self._style_number)
