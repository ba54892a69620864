"""An import never loses or declassifies what the program holds: absent columns, cut text, deleted records,
backups, the same workbook twice."""

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from app.domain.vocab import Classification
from app.services.exchange import Change, export_workbook, import_workbook, plan_import
from app.storage.backup import list_backups

MEETING = "kzke-2023-09-19"


def _drop_columns(path: Path, sheet: str, *headers: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    for header in headers:
        names = [c.value for c in ws[1]]
        ws.delete_cols(names.index(header) + 1)
    wb.save(path)


def test_a_missing_column_keeps_the_programs_values_and_is_named(sample_store, tmp_path):
    repo = sample_store.repo
    secret = dataclasses.replace(repo.get_meeting(MEETING), classification=Classification.SECRET)
    repo.save_meeting(secret)
    before = repo.get_meeting(MEETING)
    action_notes = {a.id: a.notes for a in before.actions}
    assert before.summary and any(action_notes.values())
    book = export_workbook(repo, tmp_path / "cut.xlsx", include_confidential=True).path
    assert book.name == "cut SECRET.xlsx"
    _drop_columns(book, "Meetings", "Summary", "Classification")
    _drop_columns(book, "Actions", "Notes")
    wb = openpyxl.load_workbook(book)
    titles = [c.value for c in wb["Meetings"][1]]
    for row in wb["Meetings"].iter_rows(min_row=2):
        if row[0].value == MEETING:
            row[titles.index("Title")].value = "Retitled without a summary column"
    wb.save(book)

    plan, result = import_workbook(sample_store.db, repo, book)
    assert result is not None
    after = repo.get_meeting(MEETING)
    assert after.title == "Retitled without a summary column"
    assert after.summary == before.summary
    assert after.classification is Classification.SECRET
    assert {a.id: a.notes for a in after.actions} == action_notes
    assert plan.counts()["Meetings"]["updated"] == 1 and plan.counts()["Actions"]["updated"] == 0
    assert any("Summary, Classification" in n for n in plan.notes), plan.notes
    assert any("Actions" in n and "Notes" in n for n in plan.notes), plan.notes


def test_an_empty_cell_still_empties_the_field(sample_store, tmp_path):
    repo = sample_store.repo
    book = tmp_path / "blanked.xlsx"
    export_workbook(repo, book)
    wb = openpyxl.load_workbook(book)
    titles = [c.value for c in wb["Meetings"][1]]
    for row in wb["Meetings"].iter_rows(min_row=2):
        if row[0].value == MEETING:
            row[titles.index("Summary")].value = None
    wb.save(book)
    import_workbook(sample_store.db, repo, book)
    assert repo.get_meeting(MEETING).summary == ""
