"""The exported workbook as a person opening it in Excel meets it, read back with openpyxl (and its raw XML)."""

import datetime as dt
import zipfile

import openpyxl

from app.domain.records import Meeting
from app.excel.contract import FORMAT_NAME, FORMAT_VERSION
from app.services.exchange import export_workbook


def test_sheets_headers_and_layout(exported):
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == ["Meetings", "Participants", "Statements", "Actions", "People", "About", "Lists"]
    assert [c.value for c in wb["People"][1]] == ["ID", "Name", "Other spellings", "Country", "Usual side"]
    assert wb["Lists"].sheet_state == "hidden"
    meetings = wb["Meetings"]
    headers = [c.value for c in meetings[1]]
    assert headers[:5] == ["ID", "Title", "Date", "End date", "Time"] and "Revision" in headers
    assert all(c.font.b for c in meetings[1])
    assert meetings.freeze_panes == "A2"
    assert meetings.auto_filter.ref == "A1:O4"
    assert meetings.column_dimensions["B"].width >= 40
    assert meetings.column_dimensions["P"].hidden, "the export check column is out of the way"
    assert meetings["C2"].is_date and meetings["C2"].value.date() in {
        dt.date(2024, 5, 2),
        dt.date(2023, 9, 19),
        dt.date(2024, 3, 5),
    }
    summary = meetings.cell(row=2, column=headers.index("Summary") + 1)
    assert summary.alignment.wrap_text
    actions = wb["Actions"]
    formulas = {
        str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1 for dv in actions.data_validations.dataValidation
    }
    status_letter = openpyxl.utils.get_column_letter([c.value for c in actions[1]].index("Status") + 1)
    assert formulas[status_letter].startswith("Lists!$")
    lists = wb["Lists"]
    status_column = [c.value for c in lists[1]].index("status") + 1
    assert [lists.cell(row=r, column=status_column).value for r in range(2, 6)] == [
        "open",
        "in progress",
        "done",
        "cancelled",
    ]


def test_each_cell_has_its_own_columns_style_and_no_other(exported):
    """A date's number format stays on the date, wrapping on long text: no cell borrows a neighbour's style."""
    from app.excel.contract import SHEETS, Kind

    wb = openpyxl.load_workbook(exported)
    checked = 0
    for spec in SHEETS:
        ws = wb[spec.name]
        for row in ws.iter_rows(min_row=2):
            for column, cell in zip(spec.columns, row, strict=False):
                if cell.value is None:
                    continue
                where = f"{spec.name}!{cell.coordinate} ({column.header})"
                is_date_value = isinstance(cell.value, dt.datetime | dt.date | dt.time)
                assert cell.is_date == is_date_value, where
                if not is_date_value:
                    assert cell.number_format == "General", where
                assert bool(cell.alignment.wrap_text) == (column.kind is Kind.LONG_TEXT), where
                checked += 1
    assert checked > 60, checked


def test_sheets_say_their_size_so_readers_need_not_scan_them(exported):
    book = openpyxl.load_workbook(exported, read_only=True)
    assert [(book[n].max_row, book[n].max_column) for n in ("Meetings", "Participants", "Statements", "Actions")] == [
        (4, 16),
        (7, 9),
        (5, 6),
        (8, 11),
    ]


def test_about_sheet(exported):
    about = dict(openpyxl.load_workbook(exported)["About"].iter_rows(values_only=True))
    assert about["Format"] == FORMAT_NAME and about["Format version"] == FORMAT_VERSION
    assert about["Exported at"] == dt.datetime(2026, 11, 27, 9, 30)
    assert about["Meetings rows"] == 3 and about["Actions rows"] == 7


def test_formula_looking_text_is_stored_as_text(store, tmp_path):
    risky = ['=HYPERLINK("http://evil","click")', "+7 701 555 0101", "-", "@SUM(A1)", "=1+1"]
    m = Meeting(title=risky[0], date=dt.date(2024, 1, 1), location=risky[1], source=risky[3], topics=[risky[4]])
    m.summary = risky[2]
    store.repo.save_meeting(m)
    out = tmp_path / "risky.xlsx"
    export_workbook(store.repo, out)
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet, "no cell of the sheet is a formula"
    ws = openpyxl.load_workbook(out)["Meetings"]
    row = {h.value: c for h, c in zip(ws[1], ws[2], strict=True)}
    assert row["Title"].value == risky[0] and row["Title"].data_type == "s" and row["Title"].quotePrefix
    assert row["Location"].value == risky[1]
    assert row["Summary"].value == "-"
    assert row["Topics"].value == "=1+1"


def test_text_that_looks_like_an_escape_survives(store, tmp_path):
    m = Meeting(title="Code _x0041_ and _x000D_ stay as typed", date=dt.date(2024, 1, 1))
    store.repo.save_meeting(m)
    out = tmp_path / "esc.xlsx"
    export_workbook(store.repo, out)
    ws = openpyxl.load_workbook(out, read_only=True)["Meetings"]
    assert next(ws.iter_rows(min_row=2, values_only=True))[1] == m.title


def test_record_sheets_are_written_as_openpyxl_writes_their_cells(sample_store, tmp_path, monkeypatch):
    """The record sheets' rows are built whole rather than cell by cell through openpyxl: the sheets' XML is the
    same, byte for byte, as when every row goes through openpyxl's cells (text with spaces at its ends, Cyrillic,
    Kazakh and emoji, markup characters, text that looks like a formula, dates, times, whole numbers, empty cells)."""
    from app.domain.records import Action, Participant
    from app.excel import writer

    m = Meeting(
        title="  Leading and trailing spaces  ",  # as the writer is given it (a save would have tidied it)
        date=dt.date(1900, 2, 27),  # before the spreadsheet's false leap day
        time=dt.time(23, 59),
        location="Астана 🇰🇿",
        summary='Қазақстан–Кения\nline two & <three> "four"\n',
        revision=12,
    )
    formula = Meeting(title="Text like a formula", date=dt.date(2024, 5, 6), source="=not a formula")  # openpyxl's
    m.participants.append(Participant(name="#REF!", position="  "))
    m.actions.append(Action(description="Send the note", due_date=dt.date(2031, 12, 31)))
    meetings = [m, formula, *sample_store.repo.get_meetings(sample_store.repo.meeting_ids())]

    def write(path):  # type: ignore[no-untyped-def]
        book = writer.WorkbookWriter(path)
        for meeting in meetings:
            book.add(meeting)
        book.close(exported_at=dt.datetime(2026, 11, 27, 9, 30), database="desk.sqlite", selection="all")
        return zipfile.ZipFile(path)

    rows = write(tmp_path / "rows.xlsx")
    monkeypatch.setattr(writer._RecordSheetWriter, "_element", lambda *_: None)  # every row through openpyxl's cells
    cells = write(tmp_path / "cells.xlsx")
    with rows, cells:
        for part in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                     "xl/worksheets/sheet4.xml", "xl/styles.xml"):  # fmt: skip
            assert rows.read(part) == cells.read(part), part
        meetings_sheet = rows.read("xl/worksheets/sheet1.xml").decode()
    assert '<t xml:space="preserve">  Leading and trailing spaces  </t>' in meetings_sheet
    assert "line two &amp; &lt;three&gt;" in meetings_sheet
    ws = openpyxl.load_workbook(tmp_path / "rows.xlsx")["Meetings"]
    first = {h.value: c for h, c in zip(ws[1], ws[2], strict=True)}
    assert first["Date"].value == dt.datetime(1900, 2, 27) and first["Date"].is_date
    assert first["Time"].value == dt.time(23, 59) and first["Revision"].value == 12
    second = {h.value: c for h, c in zip(ws[1], ws[3], strict=True)}
    assert second["Source"].value == "=not a formula" and second["Source"].quotePrefix
    assert first["Location"].value == "Астана 🇰🇿" and first["Summary"].value == m.summary
