"""Which library reads which sheet: calamine wherever it gives what openpyxl would, openpyxl where it cannot."""

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.excel.reader import UnreadableWorkbook, check_file, open_workbook, read_workbook
from app.excel.sheets import Book


def _libraries(path: Path) -> dict[str, str]:
    with Book(path, check_file(path)) as book:
        return {ws.title: ws.library for ws in book.worksheets}


def test_the_programs_own_export_is_read_by_calamine(exported):
    libraries = _libraries(exported)
    assert set(libraries.values()) == {"calamine"}, libraries
    assert len(read_workbook(exported).meetings) == 3


def test_only_the_sheet_with_an_error_cell_goes_to_openpyxl(exported):
    wb = openpyxl.load_workbook(exported)
    wb["Actions"]["B2"] = "#N/A"  # openpyxl writes it as an error cell
    wb.save(exported)
    libraries = _libraries(exported)
    assert libraries["Actions"] == "openpyxl"
    assert libraries["Meetings"] == libraries["Participants"] == "calamine"
    problems = read_workbook(exported).problems
    assert [(p.sheet, p.row, p.cell) for p in problems] == [("Actions", 2, "B2")]
    assert "spreadsheet error #N/A" in problems[0].message


def _with_shared_strings(plain: Path, target: Path, strings: list[str]) -> Path:
    """openpyxl writes inline strings; a spreadsheet writes shared ones: move column A's texts to that part."""
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for i, text in enumerate(strings):
                    inline = f'<c r="A{i + 1}" t="inlineStr"><is><t>{text.replace(chr(1), "")}</t></is></c>'
                    data = data.replace(inline.encode(), f'<c r="A{i + 1}" t="s"><v>{i}</v></c>'.encode())
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="'
                                    b'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                                    b"</Types>")  # fmt: skip
            elif item.filename == "xl/_rels/workbook.xml.rels":
                relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
                data = data.replace(b"</Relationships>", f'<Relationship Id="rIdS" Type="{relation}" '
                                    'Target="sharedStrings.xml"/></Relationships>'.encode())  # fmt: skip
            dst.writestr(item, data)
        items = "".join(f"<si><t>{t}</t></si>" for t in strings)
        dst.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                     f"{items}</sst>")  # fmt: skip
    return target


def test_a_control_character_in_the_shared_strings_sends_the_whole_book_to_openpyxl(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Meetings"
    wb.active.append(["Title", "Date"])
    wb.active.append(["Talks", dt.date(2024, 3, 9)])
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)
    good = _with_shared_strings(plain, tmp_path / "shared.xlsx", ["Title", "Talks"])
    assert _libraries(good) == {"Meetings": "calamine"}
    assert [r.record.title for r in read_workbook(good).meetings] == ["Talks"]  # type: ignore[union-attr]

    bad = _with_shared_strings(plain, tmp_path / "bad.xlsx", ["Title", "Ta\x01lks"])
    with pytest.raises(
        UnreadableWorkbook, match=r"bad\.xlsx is damaged: a part of it is not well-formed XML \(not well-formed"
    ):
        read_workbook(bad)


def test_a_sheet_starting_in_column_c_keeps_its_columns(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Meetings"
    ws["C3"], ws["D3"] = "Title", "Date"
    ws["C4"], ws["D4"] = "Talks in Astana", dt.date(2024, 3, 9)
    path = tmp_path / "offset.xlsx"
    wb.save(path)
    assert _libraries(path) == {"Meetings": "calamine"}
    with open_workbook(path) as stream:
        sheet = stream.found["Meetings"]
        rows = list(sheet.rows())
    assert rows[2][2:4] == ("Title", "Date") and rows[3][:2] == ("", "")


def test_an_empty_sheet_gives_no_rows(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Meetings"
    wb.create_sheet("Notes")
    wb["Meetings"].append(["Title", "Date"])
    path = tmp_path / "empty.xlsx"
    wb.save(path)
    with Book(path, check_file(path)) as book:
        assert list(book["Notes"].rows()) == []


def test_a_sheet_damaged_past_its_first_rows_is_refused_whole(exported, tmp_path):
    """calamine streams a sheet: rows before the damage have been read when it is found, and still nothing of the
    workbook is imported."""
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet4.xml":  # Actions: its third row loses the end of a tag
                data = data.replace(b'<row r="3"', b'<row r="3" <', 1)
            dst.writestr(item, data)
    with pytest.raises(UnreadableWorkbook) as caught:
        read_workbook(broken)
    assert "broken.xlsx is damaged" in str(caught.value) and "'Actions'" in str(caught.value), caught.value
