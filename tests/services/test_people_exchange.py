"""People travel in the workbook: a People sheet with their IDs and every spelling; participants name them by
Person ID. Workbooks from before the sheet still import; a bad cell in it is named and nothing is written."""

import openpyxl

from app.services import people
from app.services.exchange import export_workbook, import_workbook, plan_import
from app.services.store import open_store


def test_people_arrive_with_their_ids_and_every_spelling(sample_store, tmp_path):
    book = export_workbook(sample_store.repo, tmp_path / "desk.xlsx").path
    [sadykov] = people.find(sample_store.repo, "Sadykov")
    with open_store(tmp_path / "other.sqlite", daily_backup=False) as other:
        plan, result = import_workbook(other.db, other.repo, book)
        assert result is not None, plan.problems
        assert plan.counts()["People"]["added"] == 4
        arrived = people.get(other.repo, sadykov.id)
        assert arrived is not None and set(arrived.names) == set(sadykov.names)
        linked = {p.person_id for m in other.repo.get_meetings([r.id for r in other.repo.list_meetings()])
                  for p in m.participants}  # fmt: skip
        assert sadykov.id in linked


def test_a_spelling_from_the_workbook_teaches_the_person(sample_store, tmp_path):
    book = export_workbook(sample_store.repo, tmp_path / "desk.xlsx").path
    [sadykov] = people.find(sample_store.repo, "Sadykov")
    wb = openpyxl.load_workbook(book)
    for row in wb["People"].iter_rows(min_row=2):
        if row[0].value == sadykov.id:
            row[2].value = (row[2].value or "") + "; Sadyqov Barlybai"
    wb.save(book)
    plan, result = import_workbook(sample_store.db, sample_store.repo, book)
    assert result is not None and plan.counts()["People"]["updated"] == 1
    assert "Sadyqov Barlybai" in people.get(sample_store.repo, sadykov.id).names


def test_a_workbook_without_the_people_sheet_still_imports(sample_store, tmp_path):
    book = export_workbook(sample_store.repo, tmp_path / "desk.xlsx").path
    wb = openpyxl.load_workbook(book)
    del wb["People"]
    wb.save(book)
    plan = plan_import(sample_store.repo, book)
    assert plan.problems == [] and "People" not in plan.counts()
    assert not plan.has_changes


def test_a_bad_cell_in_the_people_sheet_is_named_and_nothing_is_written(sample_store, tmp_path):
    book = export_workbook(sample_store.repo, tmp_path / "desk.xlsx").path
    wb = openpyxl.load_workbook(book)
    ws = wb["People"]
    ws.cell(3, 4).value = "XX"
    ws.append(["new-person", "", "", "KE", "counterpart"])
    wb.save(book)
    before = len(people.list_all(sample_store.repo))
    plan, result = import_workbook(sample_store.db, sample_store.repo, book)
    assert result is None
    messages = [str(p) for p in plan.problems]
    assert any(
        "People row 3, column D (Country): 'XX' is not an ISO 3166-1 alpha-2 country code" in m for m in messages
    )
    assert any("People row 6, column B (Name): is required" in m for m in messages), messages
    assert len(people.list_all(sample_store.repo)) == before
