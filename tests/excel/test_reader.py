"""Reading workbooks: every kind of bad file refused with one line before anything is parsed, every row problem
placed at its sheet, row and column."""

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.excel.reader import UnreadableWorkbook, check_file, read_workbook
from tests.conftest import SHARED

CORPUS = SHARED / "corpora" / "xlsx-wild"
CORPUS_FILES = sorted(p for p in CORPUS.glob("*.xls*")) if CORPUS.is_dir() else []


def test_the_corpus_is_there():
    assert len(CORPUS_FILES) == 69, "../shared/corpora/xlsx-wild holds the 69 workbooks this suite reads"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_corpus_workbook_is_read_or_refused_in_one_line(path):
    try:
        contents = read_workbook(path)
    except UnreadableWorkbook as exc:
        message = str(exc)
        assert path.name in message and "\n" not in message
        assert "Traceback" not in message
    else:  # read: then it held sheets of ours, and every row is a record or a placed problem
        assert contents.sheets_found


def test_a_password_protected_workbook_is_named_as_such():
    with pytest.raises(UnreadableWorkbook, match="protected with a password"):
        check_file(CORPUS / "pass_protected.xlsx")


def test_a_truncated_workbook_is_damaged(exported, tmp_path):
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    with pytest.raises(UnreadableWorkbook, match="damaged or incomplete"):
        read_workbook(cut)


def test_a_renamed_text_file_and_an_old_xls(tmp_path):
    text = tmp_path / "notes.xlsx"
    text.write_text("Title;Date\nTalks;2024-01-01\n", encoding="utf-8")
    with pytest.raises(UnreadableWorkbook, match="it is a text file"):
        read_workbook(text)
    xls = tmp_path / "old.xls"
    xls.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(1024))
    with pytest.raises(UnreadableWorkbook, match=r"Excel 97–2003 \(\.xls\)"):
        read_workbook(xls)
    with pytest.raises(UnreadableWorkbook, match="is a folder"):
        read_workbook(tmp_path)
    with pytest.raises(UnreadableWorkbook, match="there is no file"):
        read_workbook(tmp_path / "missing.xlsx")


def test_a_zip_bomb_is_refused_before_it_is_inflated(exported, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    shutil.copy(exported, bomb)
    with (
        zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z,
        z.open("xl/media/padding.xml", "w") as part,  # 256 MB of zeros, about 250 KB packed
    ):
        block = bytes(1024 * 1024)
        for _ in range(256):
            part.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(UnreadableWorkbook, match="possible zip bomb"):
        read_workbook(bomb)


def test_an_xml_bomb_is_refused(exported, tmp_path):
    bomb = tmp_path / "laughs.xlsx"
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10)
        )
        + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
    )
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/sharedStrings.xml", laughs)
    with pytest.raises(UnreadableWorkbook, match="possible XML bomb"):
        read_workbook(bomb)


def test_headers_in_any_order_and_case_with_extra_columns(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "meetings"
    ws.append(["date", "TITLE", "Colour", "countries"])
    ws.append(["2024-02-01", "Talks on grain", "blue", "KZ; KE"])
    ws.append([None, None, None, None])
    out = tmp_path / "elsewhere.xlsx"
    wb.save(out)
    contents = read_workbook(out)
    assert contents.problems == []
    [row] = contents.meetings
    assert row.record.title == "Talks on grain" and row.record.countries == ["KZ", "KE"]
    assert not row.id_given and len(row.record.id) == 26
    assert any("Colour" in n for n in contents.notes)


def test_a_sheet_named_otherwise_is_found_by_its_headers(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Лист1"
    wb.active.append(["Title", "Date", "Location"])
    wb.active.append(["Встреча в Астане", "2024-02-01", "Астана"])
    out = tmp_path / "sheet1.xlsx"
    wb.save(out)
    contents = read_workbook(out)
    assert [r.record.title for r in contents.meetings] == ["Встреча в Астане"]
    assert any("'Лист1' was read as Meetings" in n for n in contents.notes)


def test_every_problem_is_placed_at_sheet_row_and_column(exported, tmp_path):
    wb = openpyxl.load_workbook(exported)
    wb["Meetings"]["C2"] = "2024-02-30"
    wb["Meetings"]["H3"] = "KZ; XX"
    wb["Participants"]["B2"] = None
    wb["Actions"]["F5"] = "soon"
    wb.save(tmp_path / "bad.xlsx")
    contents = read_workbook(tmp_path / "bad.xlsx")
    placed = {(p.sheet, p.row, p.cell) for p in contents.problems}
    assert placed == {("Meetings", 2, "C2"), ("Meetings", 3, "H3"), ("Participants", 2, "B2"), ("Actions", 5, "F5")}
    text = "\n".join(str(p) for p in contents.problems)
    assert "Meetings row 2, column C (Date): '2024-02-30' is not a real date" in text
    assert "Participants row 2, column B (Meeting ID): is required" in text


def test_a_missing_required_column_is_named(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Meetings"
    wb.active.append(["ID", "Title", "Location"])
    wb.active.append(["m1", "Talks", "Astana"])
    wb.save(tmp_path / "nodate.xlsx")
    contents = read_workbook(tmp_path / "nodate.xlsx")
    assert [str(p) for p in contents.problems] == ["Meetings row 1: the required column Date is missing"]


def test_duplicate_ids_are_named(exported, tmp_path):
    wb = openpyxl.load_workbook(exported)
    wb["Meetings"]["A3"] = wb["Meetings"]["A2"].value
    wb.save(tmp_path / "dup.xlsx")
    contents = read_workbook(tmp_path / "dup.xlsx")
    assert any(p.row == 3 and "is also in row 2" in p.message for p in contents.problems)


def test_what_spreadsheets_do_to_cells_reads_back_the_same(exported, tmp_path):
    """LibreOffice hands dates back as date-times; Excel turns digit-only ids into numbers; people leave trailing
    spaces and empty strings; a time may come back as a fraction of a day."""
    before = read_workbook(exported)
    wb = openpyxl.load_workbook(exported)
    ws = wb["Meetings"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        row[header.index("Title")].value = row[header.index("Title")].value + "   "
        row[header.index("Location")].value = row[header.index("Location")].value or ""
        row[header.index("Revision")].value = float(row[header.index("Revision")].value)
    ws.cell(2, header.index("Time") + 1).value = 0.4375  # 10:30 as a day fraction
    wb.save(tmp_path / "resaved.xlsx")
    after = read_workbook(tmp_path / "resaved.xlsx")
    assert after.problems == []
    assert [r.record.title for r in after.meetings] == [r.record.title for r in before.meetings]
    assert after.meetings[0].record.time.isoformat() == "10:30:00"
    assert [r.revision for r in after.meetings] == [r.revision for r in before.meetings]


def test_numeric_ids_come_back_as_text(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Meetings"
    wb.active.append(["ID", "Title", "Date"])
    wb.active.append([20240201, "Talks", "2024-02-01"])
    wb.save(tmp_path / "n.xlsx")
    assert read_workbook(tmp_path / "n.xlsx").meetings[0].record.id == "20240201"


def test_nothing_is_written_beside_the_file(exported):
    before = sorted(Path(exported).parent.iterdir())
    read_workbook(exported)
    assert sorted(Path(exported).parent.iterdir()) == before
