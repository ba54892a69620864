"""An import never loses or declassifies what the program holds: absent columns, cut text, deleted records,
backups, the same workbook twice."""

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl

from app.domain.vocab import Classification
from app.services.exchange import Change, export_workbook, import_workbook, plan_import
from app.storage.backup import list_backups
from tests.workbooks import set_cell

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
    set_cell(book, "Meetings", MEETING, "Title", "Retitled without a summary column")

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
    set_cell(book, "Meetings", MEETING, "Summary", None)
    import_workbook(sample_store.db, repo, book)
    assert repo.get_meeting(MEETING).summary == ""


def test_a_meeting_deleted_here_does_not_come_back_from_an_older_export(sample_store, tmp_path):
    repo = sample_store.repo
    book = tmp_path / "before-the-deletion.xlsx"
    export_workbook(repo, book)
    repo.delete_meeting(MEETING)
    plan, result = import_workbook(sample_store.db, repo, book)
    assert result is not None
    assert not repo.meeting_exists(MEETING)
    counts = plan.counts()
    assert counts["Meetings"]["deleted"] == 1 and counts["Meetings"]["added"] == 0
    assert counts["Actions"]["added"] == 0 and counts["Actions"]["deleted"] >= 1
    assert not plan.has_changes
    assert [r.id for r in plan.rows if r.change is Change.DELETED and r.sheet == "Meetings"] == [MEETING]


def test_an_action_removed_in_the_editor_stays_removed(sample_store, tmp_path):
    repo = sample_store.repo
    book = tmp_path / "before.xlsx"
    export_workbook(repo, book)
    meeting = repo.get_meeting(MEETING)
    gone = meeting.actions.pop(0)
    repo.save_meeting(meeting)
    plan, _ = import_workbook(sample_store.db, repo, book)
    assert gone.id not in {a.id for a in repo.get_meeting(MEETING).actions}
    assert plan.counts()["Actions"]["deleted"] == 1


def test_a_deleted_meeting_edited_in_the_workbook_is_a_conflict_the_user_settles(sample_store, tmp_path):
    from app.services.exchange import Resolution

    repo = sample_store.repo
    book = tmp_path / "edited.xlsx"
    export_workbook(repo, book)
    set_cell(book, "Meetings", MEETING, "Summary", "Edited after the export")
    repo.delete_meeting(MEETING)
    plan = plan_import(repo, book)
    assert [(r.id, r.change) for r in plan.conflicts] == [(MEETING, Change.CONFLICT)]
    import_workbook(sample_store.db, repo, book)  # the default keeps the program's side: still deleted
    assert not repo.meeting_exists(MEETING)
    import_workbook(sample_store.db, repo, book, default=Resolution.TAKE_WORKBOOK)
    back = repo.get_meeting(MEETING)
    assert back.summary == "Edited after the export"
    assert len(back.actions) >= 2 and len(back.participants) >= 2, "its rows on the other sheets come back with it"
    assert repo.deleted([MEETING, *(a.id for a in back.actions)]) == set()


def test_undoing_a_deletion_forgets_it(sample_store):
    repo = sample_store.repo
    meeting = repo.delete_meeting(MEETING)
    assert repo.deleted([MEETING, meeting.actions[0].id]) == {MEETING, meeting.actions[0].id}
    repo.save_meeting(meeting)
    assert repo.deleted([MEETING, meeting.actions[0].id]) == set()


def _hand_made(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Meetings"
    ws.append(["ID", "Title", "Date", "Countries"])
    ws.append([None, "Consultations in Nairobi", dt.date(2024, 3, 9), "KE; KZ"])
    ws.append([None, "Phone call on grain", dt.date(2024, 4, 2), "KE"])
    ws.append([None, "Phone call on grain", dt.date(2024, 4, 2), "KE"])  # typed twice on purpose
    wb.save(path)
    return path


def test_the_same_hand_made_workbook_twice_adds_its_rows_once(store, tmp_path):
    book = _hand_made(tmp_path / "hand.xlsx")
    plan, _ = import_workbook(store.db, store.repo, book)
    assert plan.counts()["Meetings"]["added"] == 3
    again, _ = import_workbook(store.db, store.repo, book)
    assert again.counts()["Meetings"]["added"] == 0 and again.counts()["Meetings"]["unchanged"] == 3
    assert store.repo.count_meetings() == 3


def test_the_preview_flags_likely_duplicates(sample_store, tmp_path):
    book = _hand_made(tmp_path / "hand.xlsx")
    wb = openpyxl.load_workbook(book)
    wb["Meetings"].append([None, "Meeting of the presidents", dt.date(2023, 9, 19), "KE; KZ"])  # the sample's
    wb.save(book)
    plan = plan_import(sample_store.repo, book)
    flagged = {r.row: r.duplicate_of for r in plan.likely_duplicates}
    assert set(flagged) == {4, 5}, flagged
    assert "earlier in this workbook" in flagged[4]
    assert MEETING in flagged[5]


def _daily_backups_of_last_week(store) -> list[Path]:
    from app.storage.backup import make_backup

    start = dt.datetime(2026, 11, 16, 8, 0)
    return [make_backup(store.db, "daily", now=start + dt.timedelta(days=i)) for i in range(7)]


def test_refused_imports_and_imports_that_change_nothing_leave_backups_alone(sample_store, tmp_path):
    daily = _daily_backups_of_last_week(sample_store)
    bad = tmp_path / "bad.xlsx"
    export_workbook(sample_store.repo, bad)
    wb = openpyxl.load_workbook(bad)
    wb["Meetings"]["C2"] = "not a date"
    wb.save(bad)
    same = tmp_path / "same.xlsx"
    export_workbook(sample_store.repo, same)
    for _ in range(10):
        plan, result = import_workbook(sample_store.db, sample_store.repo, bad)
        assert result is None and plan.problems
        _, result = import_workbook(sample_store.db, sample_store.repo, same)
        assert result is not None and result.backup is None
    assert list_backups(sample_store.path) == daily


def test_many_imports_never_prune_the_daily_backups(sample_store, tmp_path):
    daily = _daily_backups_of_last_week(sample_store)
    book = tmp_path / "desk.xlsx"
    made = []
    for i in range(12):
        export_workbook(sample_store.repo, book)
        wb = openpyxl.load_workbook(book)
        wb["Meetings"]["B2"] = f"Retitled {i}"
        wb.save(book)
        _, result = import_workbook(sample_store.db, sample_store.repo, book)
        assert result is not None and result.backup is not None
        made.append(result.backup)
    assert list_backups(sample_store.path, "daily") == daily
    assert list_backups(sample_store.path, "import") == made[-10:]
    import sqlite3

    copy = sqlite3.connect(made[-1])
    titles = {t for (t,) in copy.execute("SELECT title FROM meetings")}
    copy.close()
    assert "Retitled 10" in titles and "Retitled 11" not in titles, "the backup holds the records before the import"


def test_an_undone_import_can_be_imported_again(sample_store, tmp_path):
    from app.services.exchange import undo_import

    repo = sample_store.repo
    book = tmp_path / "more.xlsx"
    export_workbook(repo, book)
    wb = openpyxl.load_workbook(book)
    wb["Meetings"].append([None, "A new meeting from the workbook", dt.date(2025, 5, 5)])
    wb["Actions"].append([None, MEETING, "An action added in the workbook"])
    wb.save(book)
    plan, result = import_workbook(sample_store.db, repo, book)
    assert result is not None and plan.counts()["Meetings"]["added"] == 1
    undo_import(repo, result)
    assert repo.count_meetings() == 3
    again, _ = import_workbook(sample_store.db, repo, book)
    assert again.counts()["Meetings"]["added"] == 1 and again.counts()["Actions"]["added"] == 1
    assert again.counts()["Meetings"]["deleted"] == 0 and again.counts()["Actions"]["deleted"] == 0
