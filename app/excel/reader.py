"""Reading a workbook back, safely: the file is checked before any XML is parsed (not a zip, an old .xls, a
password-protected file, a damaged zip, a zip or XML bomb), then every row is read and checked, and every problem
is kept with its sheet, row and column. Nothing here writes anything."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import posixpath
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException
from openpyxl.utils import column_index_from_string, get_column_letter

from app.domain.build import meeting_from_raw
from app.domain.countries import is_country_code
from app.domain.records import Action, Meeting, Participant, Remade, Statement
from app.domain.validation import SHORT_TEXT_MAX, FieldPath, Problem, text_length
from app.domain.vocab import Side
from app.excel.contract import MEETINGS, PEOPLE, SHEETS, Column, Kind, SheetSpec, normalise_header
from app.excel.rows import child_from_raw, child_values, content_id, fingerprint, meeting_values
from app.excel.sheets import WHOLE_BOOK, Book, CellError, PartFacts, Sheet
from app.progress import NO_PROGRESS, Progress

log = logging.getLogger(__name__)

MAX_UNCOMPRESSED = 1024**3  # all parts together, inflated: about 250,000 meetings with their rows
MAX_ROWS = 1_048_576  # the most a spreadsheet sheet holds
MAX_RATIO = 400  # inflated / compressed, for any part over RATIO_FLOOR
RATIO_FLOOR = 16 * 1024**2
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


class UnreadableWorkbook(ValueError):
    """The file is not a workbook this program can read; the message is one line for the user."""


# What openpyxl raises for a malformed file once it is open.
_READ_ERRORS = (
    KeyError, ValueError, TypeError, AttributeError, IndexError, OSError, EOFError, SyntaxError, zipfile.BadZipFile
)  # fmt: skip


def _unreadable(path: Path, exc: BaseException) -> UnreadableWorkbook:
    """One line for the user, whatever the library said (its messages run to several lines); the rest is logged."""
    log.info("reading %s failed", path, exc_info=exc)
    cause = exc.__cause__ or exc.__context__
    if isinstance(exc, DefusedXmlException) or isinstance(cause, DefusedXmlException):
        return UnreadableWorkbook(f"{path.name} declares XML entities, which no spreadsheet writes; refused")
    detail = (str(exc) or type(exc).__name__).strip().splitlines()[0]
    if "invalid XML" in str(exc) or isinstance(cause, SyntaxError) or isinstance(exc, SyntaxError):
        syntax = exc if isinstance(exc, SyntaxError) else cause
        where = f" ({syntax})" if isinstance(syntax, SyntaxError) else ""
        return UnreadableWorkbook(f"{path.name} is damaged: a part of it is not well-formed XML{where}")
    return UnreadableWorkbook(f"{path.name} cannot be read as a workbook: {detail}")


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int
    column: str  # the header as the user sees it, or "" for the whole row
    message: str
    cell: str = ""  # "C5"

    def __str__(self) -> str:
        where = f"{self.sheet} row {self.row}"
        if self.column:
            where += f", column {self.cell[: len(self.cell) - len(str(self.row))]} ({self.column})"
        return f"{where}: {self.message}"


@dataclass(slots=True)
class RowRecord(Remade):  # (pickled as its making: a large workbook's rows go from one process to another)
    sheet: str
    row: int
    record: Meeting | Participant | Statement | Action
    meeting_id: str
    id_given: bool
    revision: int | None = None
    check: str | None = None
    absent: frozenset[str] = frozenset()  # fields whose column the sheet does not have: keep the program's values


@dataclass
class WorkbookContents:
    meetings: list[RowRecord] = field(default_factory=list)
    children: dict[str, list[RowRecord]] = field(default_factory=dict)
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sheets_found: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------------ the file itself


def check_file(path: Path) -> dict[str, PartFacts]:
    """Refuse what is not an .xlsx before a parser sees it; raises UnreadableWorkbook with one clear line. Returns
    what reading each sheet's part through taught (its rows, whether it holds error cells), by sheet name."""
    if not path.exists():
        raise UnreadableWorkbook(f"there is no file at {path}")
    if path.is_dir():
        raise UnreadableWorkbook(f"{path} is a folder, not a workbook")
    if not path.is_file():  # a named pipe, a device, a socket: reading it could wait for ever
        raise UnreadableWorkbook(f"{path} is not a regular file, so it cannot be a workbook")
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise UnreadableWorkbook(f"{path} cannot be read: {exc.strerror or exc}") from None
    if not head:
        raise UnreadableWorkbook(f"{path.name} is empty")
    if head == _OLE_MAGIC:
        if _is_encrypted(path):
            raise UnreadableWorkbook(
                f"{path.name} is protected with a password; save a copy without the password and import that"
            )
        raise UnreadableWorkbook(
            f"{path.name} is an old-style Excel 97–2003 (.xls) file; save it as an Excel Workbook (.xlsx) first"
        )
    if not head.startswith(b"PK"):
        kind = "a text file" if _looks_like_text(head) else "not a zip archive"
        raise UnreadableWorkbook(f"{path.name} is not an Excel workbook (.xlsx): it is {kind}")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if any("\\" in n for n in names) and not any("/" in n for n in names):
                raise UnreadableWorkbook(
                    f"{path.name} was packed with Windows-style paths inside (xl\\workbook.xml), which workbook "
                    "readers do not accept; open it in Excel or LibreOffice and save it again"
                )
            if "[Content_Types].xml" not in names or not any(n.rsplit("/", 1)[-1] == "workbook.xml" for n in names):
                raise UnreadableWorkbook(f"{path.name} is a zip archive but not an Excel workbook")
            total = sum(i.file_size for i in infos)
            if total > MAX_UNCOMPRESSED:
                raise UnreadableWorkbook(
                    f"{path.name} would inflate to {total / 1024**3:.1f} GB, more than the "
                    f"{MAX_UNCOMPRESSED / 1024**3:.0f} GB a workbook of records needs;"
                    " refused as a possible zip bomb"
                )
            for info in infos:
                if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise UnreadableWorkbook(
                        f"{path.name}: the part {info.filename} inflates {info.file_size // max(info.compress_size, 1)}"
                        " times; refused as a possible zip bomb"
                    )
            parts = {
                info.filename: _check_part(path, archive, info)
                for info in infos
                if info.filename.endswith((".xml", ".rels", ".vml"))
            }
            sheets = _check_sheet_parts(path, archive, names)
            by_sheet = {sheet: _second_look(path, archive, part, parts[part]) for sheet, part in sheets.items()}
            if any(facts.control_chars for name, facts in parts.items() if name not in sheets.values()):
                by_sheet[WHOLE_BOOK] = PartFacts(control_chars=True)  # shared strings, styles…: openpyxl reads all
            return by_sheet
    except zipfile.BadZipFile as exc:
        raise UnreadableWorkbook(f"{path.name} is damaged or incomplete: {exc}") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError) as exc:
        raise UnreadableWorkbook(f"{path.name} cannot be read: {exc}") from None


_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _check_sheet_parts(path: Path, archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Every sheet the workbook names must have its part in the file: a reader would otherwise skip it without a
    word, and its rows would silently not be imported. Returns each sheet's part, by sheet name."""
    book = next((n for n in names if n.rsplit("/", 1)[-1] == "workbook.xml"), "")
    folder = book.rsplit("/", 1)[0] if "/" in book else ""
    rels_name = f"{folder}/_rels/workbook.xml.rels" if folder else "_rels/workbook.xml.rels"
    if rels_name not in names:
        raise UnreadableWorkbook(f"{path.name} is damaged: the part {rels_name} is missing")
    try:
        with archive.open(book) as part:
            sheets = [(s.get("name", "?"), s.get(_REL_ID)) for s in safe_xml.parse(part).getroot().iter(_SHEET)]
        with archive.open(rels_name) as part:
            targets = {r.get("Id"): r.get("Target", "") for r in safe_xml.parse(part).getroot().iter(_RELS)}
    except (safe_xml.ParseError, DefusedXmlException) as exc:
        raise UnreadableWorkbook(f"{path.name} is damaged: {book} cannot be read ({exc})") from None
    found: dict[str, str] = {}
    for name, rel in sheets:
        target = targets.get(rel or "", "")
        if not target:
            raise UnreadableWorkbook(f"{path.name} is damaged: the sheet '{name}' points to no part")
        part_name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"{folder}/{target}")
        if part_name not in names:
            raise UnreadableWorkbook(
                f"{path.name} is damaged: the sheet '{name}' is named in the workbook but its part {part_name} is "
                "missing; open it in Excel or LibreOffice and save it again"
            )
        found[name] = part_name
    return found


_ROW_START = b"<row"
# A formula's end: every part with formulas has one (a shared formula's other cells, <f … />, follow its first, which
# has its text). One needle, not <f> and <f …>: a short needle is searched slowly (0.6 s in 525 MB, this one 0.5).
_FORMULA_END = b"</f>"
_MERGE = b"<mergeCell "
_MERGED_RANGE = re.compile(rb"<mergeCell\s+ref=[\"']([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})[\"']")
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
_ERROR_CELL = (b' t="e"', b" t='e'")
_CONTROL_CHARS = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])  # what XML 1.0 forbids
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_CHARS)  # deleted, they leave only control chars


def _check_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> PartFacts:
    """Read the part through once, without parsing it: no DOCTYPE or ENTITY declaration anywhere (a document type
    may sit after any number of comments), and no more rows than a spreadsheet can hold. Inflating is fast; the
    refusal comes in seconds, not after minutes of parsing. On the way: its rows (for the progress bar), whether it
    holds an error cell (t="e") or a control character XML forbids, which only openpyxl reports, whether it holds a
    formula, and its merged ranges."""
    rows = 0
    errors = control = formulas = False
    merged: set[tuple[bytes, bytes, bytes, bytes]] = set()
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(1 << 20):
            data = tail + chunk
            if any(d in data for d in _DECLARATIONS):
                raise UnreadableWorkbook(
                    f"{path.name}: the part {info.filename} declares XML entities, which no spreadsheet writes; "
                    "refused as a possible XML bomb"
                )
            rows += data.count(_ROW_START) - tail.count(_ROW_START)
            if rows > MAX_ROWS + 1:
                raise UnreadableWorkbook(
                    f"{path.name}: the part {info.filename} holds more than {MAX_ROWS:,} rows, more than a "
                    "spreadsheet can hold; refused"
                )
            errors = errors or any(e in data for e in _ERROR_CELL)
            formulas = formulas or _FORMULA_END in data
            if _MERGE in data:  # (the merged ranges follow a sheet's rows: these are its last pieces)
                merged.update(_MERGED_RANGE.findall(data))
            control = control or bool(chunk.translate(None, _NOT_CONTROL))  # (a regex took 13 times longer)
            tail = data[-64:]  # (what was cut in two by the edge of a read is found whole in the next)
    return PartFacts(rows, errors, control, formulas, merged=_ranges(merged))


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def _second_look(path: Path, archive: zipfile.ZipFile, part: str, facts: PartFacts) -> PartFacts:
    """A sheet where the byte scan saw a formula, read again for the formula cells without their result."""
    if not facts.has_formulas:
        return facts
    return dataclasses.replace(facts, unvalued_formulas=_unvalued_formulas(path, archive, part))


def _ranges(found: set[tuple[bytes, bytes, bytes, bytes]]) -> tuple[tuple[int, int, int, int], ...]:
    """Merged ranges of more than one cell, as (first row, first column, last row, last column)."""
    ranges = {
        (int(r1), column_index_from_string(c1.decode()) - 1, int(r2), column_index_from_string(c2.decode()) - 1)
        for c1, r1, c2, r2 in found
    }
    return tuple(sorted(r for r in ranges if (r[0], r[1]) != (r[2], r[3])))


def _unvalued_formulas(path: Path, archive: zipfile.ZipFile, part: str) -> frozenset[tuple[int, int]]:
    """The sheet's formula cells that hold no result: read again, as XML (its entity declarations already
    refused). A result given as empty text (t="str") is a result."""
    found: set[tuple[int, int]] = set()
    rows: Any = None
    try:
        with archive.open(part) as stream:
            for event, element in safe_xml.iterparse(stream, events=("start", "end")):
                if event == "start":
                    if element.tag == f"{_MAIN}sheetData":
                        rows = element
                    continue
                if element.tag == f"{_MAIN}row":
                    if rows is not None:  # (a row read is let go: memory stays flat however long the sheet)
                        rows.remove(element)
                    continue
                if element.tag != f"{_MAIN}c":
                    continue
                if element.find(f"{_MAIN}f") is not None and element.get("t") != "str":
                    value = element.find(f"{_MAIN}v")
                    if value is None or not (value.text or "").strip():
                        ref = _CELL_REF.fullmatch(element.get("r", ""))
                        if ref is not None:  # (a cell without its reference is not written by any such program)
                            found.add((int(ref.group(2)), column_index_from_string(ref.group(1)) - 1))
                        if len(found) > MAX_PROBLEMS:
                            break
    except (safe_xml.ParseError, DefusedXmlException) as exc:
        raise UnreadableWorkbook(f"{path.name} is damaged: {part} cannot be read ({exc})") from None
    return frozenset(found)


def _is_encrypted(path: Path) -> bool:
    """Password-protected .xlsx files are OLE containers holding an 'EncryptedPackage' stream."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as f:
        return marker in f.read(4 * 1024**2)


def _looks_like_text(head: bytes) -> bool:
    return all(b in b"\t\n\r" or 32 <= b < 127 or b >= 128 for b in head)


# ------------------------------------------------------------------------------------------------ rows


MAX_PROBLEMS = 10_000  # kept one by one; beyond that only counted
MERGED = (
    "is merged with other cells ({cells}): a merged cell keeps its value in its first cell only, so the others read "
    "as empty; unmerge the cells and fill in each one"
)
UNVALUED_FORMULA = (
    "is a formula whose result the workbook does not hold (the program that wrote it does not calculate): type the "
    "value itself, or open the workbook in a spreadsheet program and save it there"
)


class WorkbookStream:
    """An open workbook whose rows are read sheet by sheet, one row at a time, so that memory does not grow with
    the file. Problems found so far are in `problems`; remarks (ignored columns, sheets found by their headers) in
    `notes`. Get one through open_workbook()."""

    def __init__(self, book: Book, path: Path, progress: Progress) -> None:
        self.book, self.path, self.progress = book, path, progress
        self.problems: list[CellProblem] = []
        self.more_problems = 0
        self.notes: list[str] = []
        if not book.worksheets:
            raise UnreadableWorkbook(
                f"{path.name} holds no worksheet that can be read (if it was saved as 'Strict Open XML', save it as "
                "an ordinary Excel Workbook)"
            )
        self.found = _find_sheets(book.worksheets, self.notes)
        if not self.found:
            names = ", ".join(ws.title for ws in book.worksheets)
            raise UnreadableWorkbook(
                f"{path.name} has none of the sheets Meetings, Participants, Statements, Actions, and no sheet with "
                f"their column headers (its sheets: {names})"
            )
        if MEETINGS.name not in self.found:
            self.notes.append("there is no Meetings sheet: only rows of the other sheets are read")
        self.total = _row_total(book, self.found)
        self.done = 0
        self._seen: dict[str, str] = {}
        self.absent: dict[str, frozenset[str]] = {}

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    def add_problem(self, problem: CellProblem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more_problems += 1

    def rows(self, spec: SheetSpec) -> Iterator[RowRecord]:
        """The sheet's good rows as records; each bad row becomes problems instead."""
        ws = self.found.get(spec.name)
        if ws is None:
            return
        try:
            rows = ws.rows()
            columns = _header(spec, next(rows, None), self)
            if columns is None:
                return
            cells = _cells_of(columns)  # (worked out once a sheet, not once a row)
            ids: dict[str, int] = {}
            occurrences: dict[str, int] = {}
            self._merged(spec, columns, self.book.merged.get(ws.title, ()))
            unvalued = self.book.unvalued_formulas.get(ws.title)
            number = 1
            for number, values in enumerate(rows, start=2):
                self.done += 1
                if self.done % 500 == 0:
                    self.progress.update(self.done, self.total, f"reading {spec.name}")
                if unvalued and self._unvalued(spec, columns, number, unvalued):
                    continue
                if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                    continue
                found: list[CellProblem] = []
                record = _read_row(spec, columns, cells, values, number, found, self._seen)
                if record is not None:
                    record.absent = self.absent.get(spec.name, frozenset())
                    if not record.id_given:
                        _give_content_id(record, spec, occurrences)
                for problem in found:
                    self.add_problem(problem)
                if record is None:
                    continue
                if record.id_given:
                    first = ids.setdefault(record.record.id, number)
                    if first != number:
                        self.add_problem(
                            _problem(spec, columns, number, "id", f"the ID {record.record.id} is also in row {first}")
                        )
                        continue
                yield record
            if unvalued:
                self._unvalued_below(spec, columns, number, unvalued)
        except UnreadableWorkbook:
            raise
        except SyntaxError as exc:  # xml's ParseError: a control character, a lone surrogate, a bad reference
            log.info("reading %s failed", self.path, exc_info=exc)
            raise UnreadableWorkbook(
                f"{self.path.name} is damaged: the sheet '{ws.title}' is not well-formed XML ({exc}); "
                "nothing was imported"
            ) from None
        except _READ_ERRORS as exc:
            raise _unreadable(self.path, exc) from None

    def people(self) -> list[PersonRow]:
        """The People sheet's rows, when there is one (workbooks from before it have none): each bad cell a
        problem, named by sheet, row and column."""
        ws = next((w for w in self.book.worksheets if normalise_header(w.title) == normalise_header(PEOPLE.name)), None)
        if ws is None:
            return []
        found: list[PersonRow] = []
        try:
            rows = ws.rows()
            columns = _header(PEOPLE, next(rows, None), self)
            if columns is None:
                return []
            self._merged(PEOPLE, columns, self.book.merged.get(ws.title, ()))
            unvalued = self.book.unvalued_formulas.get(ws.title)
            number = 1
            for number, values in enumerate(rows, start=2):
                if unvalued and self._unvalued(PEOPLE, columns, number, unvalued):
                    continue
                if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                    continue
                cells = {c.field: _text_of(values[i]).strip() if i < len(values) else "" for i, c in columns.items()}
                person = self._person(cells, columns, number)
                if person is not None:
                    found.append(person)
            if unvalued:
                self._unvalued_below(PEOPLE, columns, number, unvalued)
        except SyntaxError as exc:
            raise UnreadableWorkbook(
                f"{self.path.name} is damaged: the sheet '{ws.title}' is not well-formed XML ({exc})"
            ) from None
        except _READ_ERRORS as exc:
            raise _unreadable(self.path, exc) from None
        return found

    def _unvalued(
        self, spec: SheetSpec, columns: dict[int, Column], number: int, cells: frozenset[tuple[int, int]]
    ) -> bool:
        """Whether the row has a formula without its result in a column the import reads (each one a problem): its
        cell would read as empty, and the import would take that for the value, clearing what the program holds."""
        found = [i for i in columns if (number, i) in cells]
        for i in found:
            self.add_problem(_problem(spec, columns, number, columns[i].field, UNVALUED_FORMULA))
        return bool(found)

    def _merged(
        self, spec: SheetSpec, columns: dict[int, Column], ranges: tuple[tuple[int, int, int, int], ...]
    ) -> None:
        """A problem for each merged range over the rows and columns the import reads, at its first cell that reads
        as empty: a spreadsheet shows the first cell's value across the range, but holds it in that cell alone."""
        for r1, c1, r2, c2 in ranges:
            read = [i for i in sorted(columns) if c1 <= i <= c2]
            cell = next(((row, i) for row in range(max(r1, 2), r2 + 1) for i in read if (row, i) != (r1, c1)), None)
            if cell is None:
                continue
            span = f"{get_column_letter(c1 + 1)}{r1}:{get_column_letter(c2 + 1)}{r2}"
            self.add_problem(_problem(spec, columns, cell[0], columns[cell[1]].field, MERGED.format(cells=span)))

    def _unvalued_below(
        self, spec: SheetSpec, columns: dict[int, Column], last: int, cells: frozenset[tuple[int, int]]
    ) -> None:
        """Formulas without a result below the last row read: a row of nothing else has no value in it to read,
        yet it is a row somebody wrote."""
        for number in sorted({row for row, _column in cells if row > last}):
            self._unvalued(spec, columns, number, cells)

    def _person(self, cells: dict[str, str], columns: dict[int, Column], number: int) -> PersonRow | None:
        problems: list[tuple[str, str]] = []
        names = [cells.get("name", "")] + [n.strip() for n in cells.get("other_names", "").split(";") if n.strip()]
        if not cells.get("id"):
            problems.append(("id", "is required: it is what the participants' Person ID refers to"))
        if not names[0]:
            problems.append(("name", "is required"))
        for name in names:
            if text_length(name) > SHORT_TEXT_MAX:
                problems.append(("name", f"“{name[:30]}…” is longer than {SHORT_TEXT_MAX} characters"))
        country = cells.get("country", "").upper()
        if country and not is_country_code(country):
            problems.append(("country", f"'{cells['country']}' is not an ISO 3166-1 alpha-2 country code"))
        side = Side.COUNTERPART
        if cells.get("side"):
            try:
                side = Side(cells["side"].casefold())
            except ValueError:
                problems.append(("side", f"'{cells['side']}' is not one of: {', '.join(s.value for s in Side)}"))
        for field_name, message in problems:
            self.add_problem(_problem(PEOPLE, columns, number, field_name, message))
        if problems:
            return None
        return PersonRow(number, cells["id"], names, country, side)


@dataclass(frozen=True)
class PersonRow:
    row: int
    id: str
    names: list[str]
    country: str
    side: Side


@contextmanager
def open_workbook(path: Path, progress: Progress = NO_PROGRESS) -> Iterator[WorkbookStream]:
    """Check the file, open it read-only, and find its sheets; raises UnreadableWorkbook with one clear line."""
    facts = check_file(path)
    try:
        book = Book(path, facts)
    except Exception as exc:  # openpyxl raises many kinds for a malformed file; one line for the user
        raise _unreadable(path, exc) from None
    try:
        try:
            stream = WorkbookStream(book, path, progress)
        except UnreadableWorkbook:
            raise
        except _READ_ERRORS as exc:
            raise _unreadable(path, exc) from None
        yield stream
    finally:
        book.close()


def read_workbook(path: Path, progress: Progress = NO_PROGRESS) -> WorkbookContents:
    """The whole workbook at once: for small files and for tests. Imports stream instead (open_workbook)."""
    with open_workbook(path, progress) as stream:
        contents = WorkbookContents(sheets_found=list(stream.found))
        for spec in SHEETS:
            target = contents.meetings if spec is MEETINGS else contents.children.setdefault(spec.name, [])
            target.extend(stream.rows(spec))
        contents.problems = list(stream.problems)
        contents.notes = list(stream.notes)
    return contents


def _find_sheets(worksheets: list[Sheet], notes: list[str]) -> dict[str, Sheet]:
    """Sheets by name in any case; failing that, a sheet whose first row holds a sheet's required headers (a
    workbook made elsewhere, its sheet still called 'Sheet1')."""
    by_name = {normalise_header(ws.title): ws for ws in worksheets}
    found = {
        spec.name: by_name[normalise_header(spec.name)] for spec in SHEETS if normalise_header(spec.name) in by_name
    }
    unclaimed = [ws for ws in worksheets if ws not in found.values()]
    firsts: dict[str, tuple[Any, ...]] = {}  # each read once, however many sheets are sought
    for spec in SHEETS:
        if spec.name in found:
            continue
        known = spec.by_header()
        required = {c.field for c in spec.columns if c.required}
        for ws in unclaimed:
            if ws.title not in firsts:
                firsts[ws.title] = ws.first_row()
            first = firsts[ws.title]
            fields = {known[h].field for h in (normalise_header(str(v)) for v in first if v) if h in known}
            if required <= fields and len(fields) >= 3:
                found[spec.name] = ws
                unclaimed.remove(ws)
                notes.append(f"the sheet '{ws.title}' was read as {spec.name}, from its column headers")
                break
    return found


def _row_total(book: Book, found: dict[str, Sheet]) -> int:
    """For the progress bar: the rows counted while the file was checked (headers included)."""
    return sum(book.row_counts.get(ws.title, 0) for ws in found.values())


def _header(spec: SheetSpec, values: tuple[Any, ...] | None, stream: WorkbookStream) -> dict[int, Column] | None:
    known = spec.by_header()
    columns: dict[int, Column] = {}
    ignored: list[str] = []
    for i, value in enumerate(values or ()):
        if value is None or not str(value).strip():
            continue
        column = known.get(normalise_header(str(value)))
        if column is None:
            ignored.append(str(value).strip())
        elif column in columns.values():
            stream.add_problem(CellProblem(spec.name, 1, str(value), "this column appears twice", _cell(i, 1)))
        else:
            columns[i] = column
    if ignored:
        stream.notes.append(f"{spec.name}: columns not known here were ignored: {', '.join(ignored)}")
    missing = [c.header for c in spec.columns if c.required and c not in columns.values()]
    if not columns:
        stream.add_problem(CellProblem(spec.name, 1, "", "row 1 holds none of the expected column headers"))
        return None
    if missing:
        stream.add_problem(
            CellProblem(
                spec.name,
                1,
                "",
                f"the required column{'s' if len(missing) > 1 else ''} "
                f"{', '.join(missing)} {'are' if len(missing) > 1 else 'is'} missing",
            )
        )
        return None
    absent = [c for c in spec.columns if c not in columns.values() and c.field not in _STRUCTURAL]
    stream.absent[spec.name] = frozenset(c.field for c in absent)
    if absent:
        stream.notes.append(
            f"{spec.name}: the workbook has no column {', '.join(c.header for c in absent)}; records already here "
            "keep what they hold there, new records get "
            + (
                "empty or default values (classification: unclassified)"
                if spec is MEETINGS
                else "empty or default values"
            )
        )
    return columns


# Columns the program writes for its own use: their absence changes no field of a record.
_STRUCTURAL = frozenset({"id", "meeting_id", "revision", "check"})


_UNIQUE = frozenset({"id", "meeting_id", "check"})  # never repeat (or only within one meeting): not worth keeping


# A cell's text is tidied the way the store tidies it (line ends, spaces at the ends; empty is no value), and short
# texts that repeat (owners, positions, codes) are kept once; past _KEPT_TEXTS different ones (a workbook of
# all-different texts) the collection starts again. An error cell (CellError) is kept as it is, to be reported.
_KEPT_LENGTH = 64
_KEPT_TEXTS = 100_000
Cells = list[tuple[int, Column, str, bool, bool]]


def _cells_of(columns: dict[int, Column]) -> Cells:
    """The sheet's columns as read row after row: (index, column, field, a date?, its texts kept once?)."""
    return [(i, c, c.field, c.kind is Kind.DATE, c.field not in _UNIQUE) for i, c in columns.items()]


def _read_row(
    spec: SheetSpec,
    columns: dict[int, Column],
    cells: Cells,
    values: tuple[Any, ...],
    number: int,
    problems: list[CellProblem],
    seen: dict[str, str],
) -> RowRecord | None:
    raw: dict[str, Any] = {}
    width = len(values)
    unusable: set[str] = set()
    for i, column, field_name, is_date, kept in cells:
        value = values[i] if i < width else None
        if value.__class__ is str:  # (tidied here, not in a function: every cell of every row comes this way)
            if "\r" in value:
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            value = value.strip()
            if not value:
                value = None
            elif kept and len(value) <= _KEPT_LENGTH:
                if len(seen) > _KEPT_TEXTS:
                    seen.clear()
                value = seen.setdefault(value, value)
            if not is_date or value is None:
                raw[field_name] = value
                continue
        elif value is None:
            raw[field_name] = None
            continue
        # Only an error cell, or a date column's cell, can hold what no field takes.
        message = _not_a_value(column, value)
        if message:
            problems.append(_problem(spec, columns, number, field_name, message))
            unusable.add(field_name)
            value = None
        raw[field_name] = value
    found: list[Problem] = []
    revision: int | None = None
    if spec is MEETINGS:
        raw["participants"], raw["statements"], raw["actions"] = [], [], []
        raw["time"] = _time_cell(raw.get("time"))
        record: Any
        record, found = meeting_from_raw(raw)
        revision, revision_problem = _int_cell(raw.get("revision"))
        if revision_problem:
            found.append(Problem("revision", revision_problem))
        meeting_id = record.id
    else:
        record, found = child_from_raw(spec, raw)
        meeting_id = _text_of(raw.get("meeting_id"))
        if not meeting_id:
            found.append(Problem("meeting_id", "is required: the ID of the meeting this row belongs to"))
    found = [p for p in found if p.field not in unusable]  # one problem a cell: "is required" would add nothing
    if found or unusable:
        for p in found:
            problems.append(_problem(spec, columns, number, p.field, p.message))
        return None
    check = raw.get("check")
    return RowRecord(
        spec.name,
        number,
        record,
        meeting_id,
        id_given=bool(_text_of(raw.get("id"))),
        revision=revision,
        check=str(check) if check is not None else None,
    )


_FIRST_DATE = dt.date(1900, 1, 1)


def _not_a_value(column: Column, value: Any) -> str:
    """An error cell, or a date a spreadsheet cannot have meant, is reported rather than stored."""
    if isinstance(value, CellError):
        if column.kind is Kind.DATE:
            return "the cell is formatted as a date but its number is not a date (after 9999-12-31 or an error)"
        return f"the cell holds the spreadsheet error {value}, not a value"
    if column.kind is not Kind.DATE:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    # calamine gives a date cell's number below 1 (negative, or a time of day) as a time.
    if (isinstance(day, dt.date) and day < _FIRST_DATE) or isinstance(value, dt.time):
        return "the cell's number is not a date: spreadsheet dates start on 1900-01-01 (a negative number?)"
    if isinstance(value, int | float) and not isinstance(value, bool):  # beyond 9999 calamine gives the number
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return (
            f"the cell holds the number {value}, not a date (a date after 9999-12-31, or a number not formatted as a "
            "date)"
        )
    return ""


def _give_content_id(row: RowRecord, spec: SheetSpec, occurrences: dict[str, int]) -> None:
    """A row without an ID gets one made from what it says (and how many identical rows came before it), so that
    importing the same workbook twice recognises the rows it already added instead of adding them again."""
    record = row.record
    if isinstance(record, Meeting):
        values = meeting_values(dataclasses.replace(record, id="", revision=0))
    else:
        values = child_values(dataclasses.replace(record, id=""), row.meeting_id)
    digest = fingerprint(values, spec)
    seen = occurrences.get(digest, 0)
    occurrences[digest] = seen + 1
    new = content_id(spec.name, digest, seen)
    record.id = new
    if isinstance(record, Meeting):
        row.meeting_id = new
        for action in record.actions:
            action.meeting_id = new


def _problem(spec: SheetSpec, columns: dict[int, Column], row: int, field_name: str, message: str) -> CellProblem:
    base = field_name.name if isinstance(field_name, FieldPath) else field_name
    for i, column in columns.items():
        if column.field == base:
            return CellProblem(spec.name, row, column.header, message, _cell(i, row))
    return CellProblem(spec.name, row, "", f"{field_name}: {message}" if field_name else message)


def _cell(index: int, row: int) -> str:
    return f"{get_column_letter(index + 1)}{row}"


def _text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _time_cell(value: Any) -> Any:
    """A time may come back as a time, a date-time on the spreadsheet's day zero, or a fraction of a day."""
    if isinstance(value, dt.datetime) and value.date() in (
        dt.date(1899, 12, 30),
        dt.date(1899, 12, 31),
        dt.date(1900, 1, 1),
    ):
        return value.time()
    if isinstance(value, float) and 0 <= value < 1:
        seconds = round(value * 86400)
        return dt.time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    return value


def _int_cell(value: Any) -> tuple[int | None, str]:
    if value is None:
        return None, ""
    if isinstance(value, bool):
        return None, "must be a whole number"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int):
        if 0 <= value <= MAX_REVISION:
            return value, ""
        return None, f"{value} is not a revision this program wrote (a whole number from 0 to {MAX_REVISION:,})"
    return None, f"'{value}' is not a whole number"


MAX_REVISION = 1_000_000_000
