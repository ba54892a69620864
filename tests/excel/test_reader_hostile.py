"""Workbooks that are damaged, stale or hostile: each is read whole or refused in one line naming the part or the
cell, and never hangs, never drops rows without a word."""

import os
import re
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.excel.reader import UnreadableWorkbook, open_workbook, read_workbook


def _rewrite(source: Path, target: Path, part: str, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == part:
                data = change(data)
                if data is None:
                    continue
            dst.writestr(item.filename, data)
    return target


def _meetings_part(book: Path) -> str:
    wb = openpyxl.load_workbook(book, read_only=True)
    index = wb.sheetnames.index("Meetings") + 1
    wb.close()
    return f"xl/worksheets/sheet{index}.xml"


def test_rows_below_a_stale_dimension_are_read(exported, tmp_path):
    part = _meetings_part(exported)
    stale = _rewrite(
        exported, tmp_path / "stale.xlsx", part,
        lambda xml: re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:O2"/>', xml),
    )  # fmt: skip
    assert len(read_workbook(stale).meetings) == 3


def test_a_sheet_whose_part_is_missing_is_refused_in_one_line(exported, tmp_path):
    broken = _rewrite(exported, tmp_path / "missing.xlsx", _meetings_part(exported), lambda xml: None)
    with pytest.raises(UnreadableWorkbook, match="the sheet 'Meetings' is named in the workbook but its part") as e:
        read_workbook(broken)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize(
    "bad", [b"\x01", "\ud800".encode("utf-8", "surrogatepass"), b"&#xD800;"], ids=["control", "surrogate", "ref"]
)
def test_damaged_xml_in_a_sheet_names_the_sheet(exported, tmp_path, bad):
    damaged = _rewrite(
        exported, tmp_path / "damaged.xlsx", _meetings_part(exported),
        lambda xml: xml.replace(b"Mombasa", b"Mom" + bad + b"basa", 1),
    )  # fmt: skip
    with pytest.raises(UnreadableWorkbook, match="damaged: the sheet 'Meetings' is not well-formed XML") as e:
        read_workbook(damaged)
    assert "\n" not in str(e.value)


def test_a_doctype_after_the_first_kilobytes_is_still_refused(exported, tmp_path):
    def pad(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return b'<?xml version="1.0"?>' + b"<!--" + b"x" * 10_000 + b"-->" + b'<!DOCTYPE x [<!ENTITY a "a">]>' + body

    bomb = _rewrite(exported, tmp_path / "late.xlsx", _meetings_part(exported), pad)
    with pytest.raises(UnreadableWorkbook, match="declares XML entities") as e:
        read_workbook(bomb)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("at", [1, 4])
def test_a_doctype_astride_two_reads_of_the_part_is_still_refused(exported, tmp_path, at):
    """The part is read a megabyte at a time: a declaration cut in two by that edge is still seen."""

    def pad(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        head = b'<?xml version="1.0"?>'
        filler = b"\n" * ((1 << 20) - at - len(head))  # the DOCTYPE starts `at` bytes before the first megabyte ends
        return head + filler + b"<!DOCTYPE x>" + body  # (no entity after it that would give it away)

    bomb = _rewrite(exported, tmp_path / "astride.xlsx", _meetings_part(exported), pad)
    with pytest.raises(UnreadableWorkbook, match=r"the part \S+ declares XML entities"):  # (found before parsing)
        read_workbook(bomb)


def test_more_rows_than_a_spreadsheet_holds_is_refused_quickly(exported, tmp_path):
    row = b'<row r="9"><c r="A9" t="inlineStr"><is><t>x</t></is></c></row>'

    def inflate(xml: bytes) -> bytes:
        return xml.replace(b"</sheetData>", row * 1_100_000 + b"</sheetData>")

    huge = _rewrite(exported, tmp_path / "huge.xlsx", _meetings_part(exported), inflate)
    with pytest.raises(UnreadableWorkbook, match="more than 1,048,576 rows"):
        read_workbook(huge)


def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_workbook(pipe)
        except UnreadableWorkbook as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read)
    reader.daemon = True
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a named pipe must not wait for a writer"
    assert "not a regular file" in str(outcome[0])


def _cells(book: Path, sheet: str, header: str, row: int, value, number_format: str = "") -> Path:  # type: ignore[no-untyped-def]
    wb = openpyxl.load_workbook(book)
    ws = wb[sheet]
    column = [c.value for c in ws[1]].index(header) + 1
    ws.cell(row, column).value = value
    if number_format and number_format != "error":
        ws.cell(row, column).number_format = number_format
    if isinstance(value, str) and value.startswith("#") and number_format == "error":
        ws.cell(row, column).data_type = "e"
    wb.save(book)
    return book


@pytest.mark.parametrize(
    ("header", "value", "number_format", "expected"),
    [
        ("Revision", 10**20, "", "not a revision this program wrote"),
        ("Revision", 2**63 - 1, "", "not a revision this program wrote"),
        ("Title", "#REF!", "error", "spreadsheet error #REF!"),
        ("Date", -5, "yyyy-mm-dd", "spreadsheet dates start on 1900-01-01"),
        ("Date", 3_000_000, "yyyy-mm-dd", "the number 3000000, not a date (a date after 9999-12-31"),
        ("Date", 45_000, "0", "the number 45000, not a date"),
        ("Date", 0.25, "hh:mm", "spreadsheet dates start on 1900-01-01"),
    ],
)
def test_cells_no_record_can_hold_are_named(exported, header, value, number_format, expected):
    _cells(exported, "Meetings", header, 2, value, number_format)
    problems = read_workbook(exported).problems
    assert len(problems) == 1 and expected in problems[0].message, problems
    assert (problems[0].sheet, problems[0].row, problems[0].column) == ("Meetings", 2, header)


def test_error_text_typed_into_a_text_cell_is_text(exported):
    wb = openpyxl.load_workbook(exported)
    wb["Meetings"]["B2"] = "#REF!"
    wb["Meetings"]["B2"].data_type = "s"  # typed as text (openpyxl alone would make it an error cell)
    wb.save(exported)
    contents = read_workbook(exported)
    assert contents.problems == [] and "#REF!" in {r.record.title for r in contents.meetings}


FORMULA_LEFT_EMPTY = "is a formula whose result the workbook does not hold"


def test_a_formula_without_its_result_is_named_not_read_as_an_empty_cell(exported):
    """openpyxl (and pandas through it) writes a formula with no result: read, the cell would be empty, and the
    import would clear the meeting's place. A row holding nothing else is named too, not passed over as empty."""
    wb = openpyxl.load_workbook(exported)
    meetings = wb["Meetings"]
    meetings["F2"] = '=HYPERLINK("http://example.org","x")'
    meetings.cell(row=meetings.max_row + 1, column=2, value="=A2")  # a row of one formula (Title)
    people = wb["People"]
    people["B2"] = '=CONCAT("Kassym","-Jomart")'
    wb.save(exported)
    contents = read_workbook(exported)
    named = {(p.sheet, p.cell, p.column) for p in contents.problems if FORMULA_LEFT_EMPTY in p.message}
    assert named == {("Meetings", "F2", "Location"), ("Meetings", "B5", "Title")}, contents.problems
    assert len(contents.problems) == 2 and len(contents.meetings) == 2, "the row is not read with an empty place"
    with open_workbook(exported) as stream:
        found = stream.people()
        assert [(p.sheet, p.cell, p.column) for p in stream.problems] == [("People", "B2", "Name")]
        assert 2 not in {person.row for person in found} and len(found) == 3


def _formula_cell(book: Path, target: Path, cell: str, xml: bytes) -> Path:
    part = _meetings_part(book)
    pattern = rb'<c r="' + cell.encode() + rb'"[^>]*?(?:/>|>.*?</c>)'
    return _rewrite(book, target, part, lambda data: re.sub(pattern, xml, data, count=1, flags=re.S))


@pytest.mark.parametrize(
    ("xml", "place"),
    [
        (b'<c r="F2" t="str"><f>CONCAT("Nai","robi")</f><v>Nairobi</v></c>', "Nairobi"),  # as Excel saves one
        (b'<c r="F2" t="str"><f>IF(1,"","x")</f><v></v></c>', ""),  # its result is empty text
    ],
    ids=["text", "empty-text"],
)
def test_a_formula_with_its_result_is_read_as_its_result(exported, tmp_path, xml, place):
    book = _formula_cell(exported, tmp_path / "calculated.xlsx", "F2", xml)
    contents = read_workbook(book)
    assert contents.problems == []
    assert place in {m.record.location for m in contents.meetings}


def test_a_formula_in_a_column_the_import_does_not_read_is_no_problem(exported):
    wb = openpyxl.load_workbook(exported)
    ws = wb["Meetings"]
    column = ws.max_column + 1
    ws.cell(row=1, column=column, value="Days since")
    ws.cell(row=2, column=column, value="=TODAY()-C2")
    wb.save(exported)
    contents = read_workbook(exported)
    assert contents.problems == [] and len(contents.meetings) == 3


MERGED_EMPTY = "is merged with other cells"


def _merge(book: Path, *ranges: str, extra_header: str = "") -> Path:
    wb = openpyxl.load_workbook(book)
    ws = wb["Meetings"]
    if extra_header:
        ws.cell(row=1, column=ws.max_column + 1, value=extra_header)
    for cells in ranges:
        ws.merge_cells(cells)
    wb.save(book)
    return book


def test_cells_merged_down_a_column_are_named_not_read_as_empty(exported):
    """Merged, three meetings show one place; the file holds it in the first cell alone, and reading the others as
    empty would clear two meetings' places."""
    contents = read_workbook(_merge(exported, "F2:F4"))
    assert [(p.sheet, p.cell, p.column) for p in contents.problems] == [("Meetings", "F3", "Location")]
    assert MERGED_EMPTY in contents.problems[0].message and "(F2:F4)" in contents.problems[0].message


def test_cells_merged_across_a_row_name_the_first_cell_read_as_empty(exported):
    contents = read_workbook(_merge(exported, "B2:C2"))
    merged = [(p.cell, p.column) for p in contents.problems if MERGED_EMPTY in p.message]
    assert merged == [("C2", "Date")]


def test_merged_cells_the_import_does_not_read_are_no_problem(exported):
    wb = openpyxl.load_workbook(exported)
    column = wb["Meetings"].max_column + 1
    wb.close()
    letter = openpyxl.utils.get_column_letter(column)
    book = _merge(exported, f"{letter}2:{letter}4", "A1:B1", extra_header="Desk notes")  # (and the header row's)
    contents = read_workbook(book)
    assert [p for p in contents.problems if MERGED_EMPTY in p.message] == []


@pytest.mark.parametrize("at", [1, 5, 20])
def test_a_merged_range_astride_two_reads_of_the_part_is_found(exported, tmp_path, at):
    """The part is read a megabyte at a time: a range cut in two by that edge is still found whole."""
    _merge(exported, "F2:F4")
    opening = b'<mergeCells count="1">'

    def pad(xml: bytes) -> bytes:
        where = xml.index(opening)
        filler = b"\n" * ((1 << 20) - at - where - len(opening))  # the range starts `at` bytes before the edge
        return xml[:where] + filler + xml[where:]

    book = _rewrite(exported, tmp_path / "astride.xlsx", _meetings_part(exported), pad)
    problems = read_workbook(book).problems
    assert [(p.cell, "(F2:F4)" in p.message) for p in problems] == [("F3", True)]


def test_a_shared_formula_without_results_names_every_cell_it_fills(exported, tmp_path):
    """A formula filled down is written once, its other cells pointing to it (<f t="shared" si="0"/>)."""
    master = b'<c r="F2"><f t="shared" ref="F2:F3" si="0">UPPER(B2)</f></c>'
    book = _formula_cell(exported, tmp_path / "one.xlsx", "F2", master)
    book = _formula_cell(book, tmp_path / "two.xlsx", "F3", b'<c r="F3"><f t="shared" si="0"/></c>')
    problems = read_workbook(book).problems
    assert [(p.cell, FORMULA_LEFT_EMPTY in p.message) for p in problems] == [("F2", True), ("F3", True)]
