"""A workbook's sheets as rows of values, read row by row from the file.

calamine reads them, through python-calamine-plus: its parser is Rust (an order of magnitude faster than openpyxl's),
never expands XML entities, and streams a sheet's rows out of the compressed file, so that memory stays flat however
long the sheet (upstream python-calamine holds a whole sheet: 300 MB for 300,000 actions). openpyxl still reads
where calamine cannot serve: a sheet holding error cells (#REF!, #VALUE!…), which calamine gives as the same text a
text cell would hold while the import must report them; a workbook whose shared parts (shared strings, styles) hold
a control character XML forbids, which calamine would read into the text while openpyxl refuses the part as
damaged; and a workbook or sheet calamine cannot open (a second opinion before the user is told it is damaged).
openpyxl also writes every workbook (app.excel.writer)."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from openpyxl import load_workbook
from python_calamine_plus import CalamineWorkbook, SheetTypeEnum

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PartFacts:
    """What the safety checks learned of a sheet's part while reading it through (app.excel.reader.check_file)."""

    rows: int = 0
    has_errors: bool = False
    control_chars: bool = False  # forbidden in XML: calamine reads them into the text, openpyxl refuses the part
    has_formulas: bool = False
    # Formula cells whose result the file does not hold, as (row from 1, column from 0): a program that does not
    # calculate (openpyxl, pandas' writer) leaves the result out, and every reader then gives an empty cell.
    unvalued_formulas: frozenset[tuple[int, int]] = frozenset()
    # Merged ranges, as (first row, first column, last row, last column): the cells after the first read as empty.
    merged: tuple[tuple[int, int, int, int], ...] = ()

    @property
    def for_openpyxl(self) -> bool:
        return self.has_errors or self.control_chars


WHOLE_BOOK = ""  # the facts' key for a part of the whole workbook (shared strings, styles), not of one sheet


class Sheet(Protocol):
    title: str
    library: str  # which library reads it: "calamine" or "openpyxl"

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """Every row from row 1, each as the values of columns A, B…; empty cells are None or ''."""
        ...

    def first_row(self) -> tuple[Any, ...]: ...


class Book:
    """The workbook's worksheets, in their order. Close it (or use it in a with-block) to free the file."""

    def __init__(self, path: Path, facts: dict[str, PartFacts] | None = None) -> None:
        self.path = path
        facts = facts or {}
        self._calamine: Any = None
        self._openpyxl: Any = None
        self.worksheets: list[Sheet]
        names = None if facts.get(WHOLE_BOOK, PartFacts()).for_openpyxl else self._open_calamine()
        if names is None:  # a part every sheet shares holds what only openpyxl reports, or calamine cannot open it
            self.worksheets = [_OpenpyxlSheet(self, ws.title) for ws in self._openpyxl_book().worksheets]
        else:
            self.worksheets = [
                _OpenpyxlSheet(self, name) if facts.get(name, PartFacts()).for_openpyxl else _CalamineSheet(self, name)
                for name in names
            ]
        self.row_counts = {name: facts[name].rows for name in self.sheetnames if name in facts}
        self.unvalued_formulas = {name: facts[name].unvalued_formulas for name in self.sheetnames if name in facts}
        self.merged = {name: facts[name].merged for name in self.sheetnames if name in facts}

    def _open_calamine(self) -> list[str] | None:
        try:
            self._calamine = CalamineWorkbook.from_path(str(self.path))
            return [m.name for m in self._calamine.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
        except BaseException as exc:  # calamine's PanicException is a BaseException
            _reraise_interrupt(exc)
            log.info("calamine cannot open %s (%s); reading it with openpyxl", self.path.name, exc)
            self._calamine = None
            return None

    @property
    def sheetnames(self) -> list[str]:
        return [ws.title for ws in self.worksheets]

    def __getitem__(self, name: str) -> Sheet:
        for ws in self.worksheets:
            if ws.title == name:
                return ws
        raise KeyError(name)

    def calamine_rows(self, name: str, last_row: int | None = None) -> Iterator[list[Any]] | None:
        """The sheet's rows as calamine streams them (from row 1, column A, gaps as empty rows), or None when
        calamine cannot read it (openpyxl then tries). One stream at a time: starting another ends this one."""
        try:
            rows: Iterator[list[Any]] = iter(self._calamine.stream_sheet_by_name(name, max_row=last_row))
            return rows
        except BaseException as exc:
            _reraise_interrupt(exc)
            log.info("calamine cannot read the sheet '%s' of %s (%s); reading it with openpyxl", name, self.path, exc)
            return None

    def openpyxl_sheet(self, name: str) -> Any:
        return self._openpyxl_book()[name]

    def _openpyxl_book(self) -> Any:
        if self._openpyxl is None:
            with warnings.catch_warnings(record=True) as caught:  # its remarks on odd files go to the log
                warnings.simplefilter("always")
                try:
                    self._openpyxl = load_workbook(self.path, read_only=True, data_only=True, keep_links=False)
                finally:
                    for w in caught:
                        log.info("reading %s: %s", self.path.name, w.message)
        return self._openpyxl

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        if self._calamine is not None:
            self._calamine.close()
        if self._openpyxl is not None:
            self._openpyxl.close()


def _reraise_interrupt(exc: BaseException) -> None:
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise exc


class _CalamineSheet:
    library = "calamine"

    def __init__(self, book: Book, title: str) -> None:
        self.book, self.title = book, title

    def rows(self) -> Iterator[tuple[Any, ...]]:
        return self._rows(None)

    def first_row(self) -> tuple[Any, ...]:
        return next(self._rows(0), ())

    def _rows(self, last_row: int | None) -> Iterator[tuple[Any, ...]]:
        rows = self.book.calamine_rows(self.title, last_row)
        if rows is None:
            yield from _OpenpyxlSheet(self.book, self.title).rows()
            return
        try:
            for values in rows:
                yield tuple(values)
        except BaseException as exc:  # rows already given cannot be taken back: the sheet is damaged past them
            _reraise_interrupt(exc)
            raise SyntaxError(f"{type(exc).__name__}: {exc}") from exc


class _OpenpyxlSheet:
    library = "openpyxl"

    def __init__(self, book: Book, title: str) -> None:
        self.book, self.title = book, title

    def rows(self) -> Iterator[tuple[Any, ...]]:
        ws = self.book.openpyxl_sheet(self.title)
        # A sheet's declared size (<dimension>) may be stale, written by a tool that added rows later: read every
        # row that is there, not just the declared ones.
        ws.reset_dimensions()
        _mark_error_cells(ws)
        yield from ws.iter_rows(values_only=True)

    def first_row(self) -> tuple[Any, ...]:
        ws = self.book.openpyxl_sheet(self.title)
        return next(ws.iter_rows(max_row=1, values_only=True), ())


class CellError(str):
    """The text of an error cell (#REF!, #VALUE!…), told apart from the same text typed into a text cell."""


def _mark_error_cells(ws: Any) -> None:
    """openpyxl's values-only rows give an error cell's text like any other text (and #VALUE! for a date cell whose
    number is beyond the dates a spreadsheet knows). Its rows are assembled in one method, replaced here for this
    sheet so that error cells come out as CellError. (openpyxl is pinned below 3.2; tests read an error cell, and a
    text cell holding '#REF!', to keep this honest.)"""
    if not hasattr(ws, "_get_row"):
        return
    plain = ws._get_row

    def typed_row(
        row: list[dict[str, Any]], min_col: int = 1, max_col: int | None = None, values_only: bool = False
    ) -> tuple[Any, ...]:
        if not values_only or not row:
            return tuple(plain(row, min_col, max_col, values_only))
        max_col = max_col or row[-1]["column"]
        values: list[Any] = [None] * (max_col + 1 - min_col)
        for cell in row:
            if min_col <= cell["column"] <= max_col:
                value = cell["value"]
                values[cell["column"] - min_col] = CellError(value) if cell["data_type"] == "e" else value
        return tuple(values)

    ws._get_row = typed_row
