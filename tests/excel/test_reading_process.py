"""A workbook read in a process of its own gives the import what reading it here gives: the same records, problems
(sheet, row, column), notes and refusals; a cancelled import ends the reading process."""

import multiprocessing
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.excel.contract import CHILD_SHEETS, MEETINGS
from app.excel.reader import UnreadableWorkbook
from app.excel.reading_process import open_rows
from app.progress import Cancelled, Progress


@pytest.fixture
def apart(monkeypatch):
    """Every workbook read apart, however small (large ones are by default)."""
    monkeypatch.setenv("AIDE_MEMOIRE_READ_APART_FROM", "0")


def read_all(path: Path, progress: Progress | None = None) -> dict:
    """Everything an import reads, in its order, through open_rows."""
    with open_rows(path, progress or Progress()) as stream:
        kind = type(stream).__name__
        meetings = list(stream.rows(MEETINGS))
        people = stream.people()
        children = {spec.name: list(stream.rows(spec)) for spec in CHILD_SHEETS}
        return {
            "kind": kind,
            "meetings": meetings,
            "people": people,
            "children": children,
            "problems": list(stream.problems),
            "notes": list(stream.notes),
        }


def _busy_workbook(exported: Path, target: Path) -> Path:
    """The sample's export with problems on three sheets, a column nobody knows, and 1,200 more actions (more
    than two batches), some of them in Cyrillic and Kazakh, one with an emoji, one that looks like a formula; and a
    formula without its result."""
    wb = openpyxl.load_workbook(exported)
    wb["Meetings"]["C2"] = "2024-02-30"
    wb["Meetings"]["F3"] = "=UPPER(B3)"  # a formula openpyxl writes without its result
    wb["Participants"]["B2"] = None
    ws = wb["Actions"]
    ws.cell(row=1, column=ws.max_column + 1, value="Colour")
    header = [c.value for c in ws[1]]
    first = [c.value for c in ws[2]]
    for n in range(1200):
        values = list(first)
        values[header.index("ID")] = None
        values[header.index("Description")] = f"Подготовить визит {n} — Тоқаевтың 🇰🇿" if n % 2 else f"=SUM(A{n})"
        ws.append(values)
        ws.cell(row=ws.max_row, column=header.index("Description") + 1).data_type = "s"  # text, not a formula
    ws.cell(row=ws.max_row, column=header.index("Due date") + 1, value="soon")
    wb.save(target)
    return target


def test_a_workbook_read_apart_gives_what_reading_it_here_gives(exported, tmp_path, monkeypatch):
    book = _busy_workbook(exported, tmp_path / "busy.xlsx")
    here = read_all(book)
    monkeypatch.setenv("AIDE_MEMOIRE_READ_APART_FROM", "0")
    heard: list[tuple[int, int, str]] = []
    there = read_all(book, Progress(lambda done, total, text: heard.append((done, total, text))))
    assert (here["kind"], there["kind"]) == ("WorkbookStream", "_ReadApart")
    assert len(there["children"]["Actions"]) == 7 + 1200 - 1
    for key in ("meetings", "people", "children", "problems", "notes"):
        assert there[key] == here[key], key
    assert {(p.sheet, p.cell) for p in there["problems"]} == {
        ("Meetings", "C2"), ("Meetings", "F3"), ("Participants", "B2"), ("Actions", f"F{7 + 1200 + 1}")}  # fmt: skip
    assert any("Colour" in n for n in there["notes"])
    assert heard[-1][0] == 1000 and heard[-1][2] == "reading Actions", "the reader's progress, every 500 rows"


def _rewrite(source: Path, target: Path, part: str, old: bytes, new: bytes) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item.filename, data.replace(old, new, 1) if item.filename == part else data)
    return target


def test_a_workbook_damaged_past_its_first_rows_is_refused_in_the_same_line(exported, tmp_path, monkeypatch):
    wb = openpyxl.load_workbook(exported)
    part = f"xl/worksheets/sheet{wb.sheetnames.index('Actions') + 1}.xml"
    wb.close()
    damaged = _rewrite(exported, tmp_path / "damaged.xlsx", part, b"</sheetData>", b"<row r=")
    with pytest.raises(UnreadableWorkbook) as here:
        read_all(damaged)
    monkeypatch.setenv("AIDE_MEMOIRE_READ_APART_FROM", "0")
    with pytest.raises(UnreadableWorkbook) as there:
        read_all(damaged)
    assert str(there.value) == str(here.value)
    assert "damaged" in str(there.value) and "\n" not in str(there.value)
    assert not multiprocessing.active_children()


@pytest.mark.usefixtures("apart")
def test_a_file_that_is_no_workbook_is_refused_by_the_reading_process_in_one_line(tmp_path):
    fake = tmp_path / "notes.xlsx"
    fake.write_text("Встреча в Астане, 2023\n" * 100_000, encoding="utf-8")
    refusal = re.escape("notes.xlsx is not an Excel workbook (.xlsx): it is a text file")
    with pytest.raises(UnreadableWorkbook, match=refusal):
        read_all(fake)
    assert not multiprocessing.active_children()


@pytest.mark.usefixtures("apart")
def test_a_cancelled_import_ends_the_reading_process(exported, tmp_path):
    book = _busy_workbook(exported, tmp_path / "busy.xlsx")
    progress = Progress()
    with pytest.raises(Cancelled), open_rows(book, progress) as stream:
        for _ in stream.rows(MEETINGS):
            pass
        stream.people()
        for spec in CHILD_SHEETS:
            for _ in stream.rows(spec):
                progress.cancel()
    assert not multiprocessing.active_children(), "the reading process is gone with the import"


@pytest.mark.usefixtures("apart")
def test_sheets_asked_for_out_of_the_imports_order_are_refused(exported):
    with open_rows(exported) as stream, pytest.raises(RuntimeError, match="in the order"):
        list(stream.rows(CHILD_SHEETS[0]))


@pytest.mark.usefixtures("apart")
def test_a_workbook_is_read_here_when_no_process_can_be_started(exported, monkeypatch):
    import multiprocessing.context

    def refuse(self):  # as a system out of processes, or a sandbox that allows none, does
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    here = read_all(exported)
    assert here["kind"] == "WorkbookStream" and len(here["meetings"]) == 3


def _with_shared_texts(target: Path, meetings: int) -> Path:
    """A workbook as Excel saves one: its texts in a table of their own (xl/sharedStrings.xml), the cells
    pointing into it."""
    texts = ["ID", "Title", "Date"] + [
        t for n in range(meetings) for t in (f"m{n}", f"Встреча {n} в Астане", f"2024-01-{n % 28 + 1:02d}")
    ]
    rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>']
    for n in range(meetings):
        rows.append(
            f'<row r="{n + 2}"><c r="A{n + 2}" t="s"><v>{3 + 3 * n}</v></c><c r="B{n + 2}" t="s"><v>{4 + 3 * n}</v>'
            f'</c><c r="C{n + 2}" t="s"><v>{5 + 3 * n}</v></c></row>'
        )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
            ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            f'Id="r1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Meetings" sheetId="1" r:id="r1"/>'
            "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="r1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="r2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{"".join(rows)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": f'<sst xmlns="{main}" count="{len(texts)}" uniqueCount="{len(texts)}">'
        + "".join(f"<si><t>{t}</t></si>" for t in texts)
        + "</sst>",
    }
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + text)
    return target


@pytest.mark.usefixtures("apart")
def test_a_workbook_with_a_large_shared_table_of_texts_is_read_here(tmp_path, monkeypatch):
    """Excel and LibreOffice keep a workbook's texts in one shared table, which the reader holds whole: past a size,
    reading it in a second process would hold it beside this one's memory."""
    import app.excel.reading_process as reading_process

    book = _with_shared_texts(tmp_path / "excel.xlsx", 600)
    there = read_all(book)
    assert there["kind"] == "_ReadApart" and not there["problems"]
    assert [r.record.title for r in there["meetings"]][598:] == ["Встреча 598 в Астане", "Встреча 599 в Астане"]
    monkeypatch.setattr(reading_process, "SHARED_STRINGS_APART", 1000)
    here = read_all(book)
    assert here["kind"] == "WorkbookStream" and here["meetings"] == there["meetings"]
