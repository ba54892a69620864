"""A meeting's last day, for visits of several days: optional, never before the first day, kept everywhere."""

import datetime as dt

import openpyxl

from app.domain.build import meeting_from_raw
from app.domain.records import Meeting
from app.services.exchange import export_workbook, import_workbook
from app.services.store import open_store


def test_an_end_date_before_the_first_day_is_refused():
    _m, problems = meeting_from_raw({"title": "State visit", "date": "2024-03-09", "end_date": "2024-03-08"})
    assert [(p.field, p.message) for p in problems] == [("end_date", "is before the meeting's first day (2024-03-09)")]
    m, problems = meeting_from_raw({"title": "State visit", "date": "2024-03-09", "end_date": "2024-03-11"})
    assert problems == [] and m.end_date == dt.date(2024, 3, 11)


def test_it_is_stored_exported_and_imported_back(store, tmp_path):
    visit = Meeting(title="State visit to Kenya", date=dt.date(2024, 3, 9), end_date=dt.date(2024, 3, 11))
    store.repo.save_meeting(visit)
    assert store.repo.get_meeting(visit.id).end_date == dt.date(2024, 3, 11)
    book = export_workbook(store.repo, tmp_path / "desk.xlsx").path
    with open_store(tmp_path / "other.sqlite", daily_backup=False) as other:
        plan, result = import_workbook(other.db, other.repo, book)
        assert result is not None, plan.problems
        assert other.repo.get_meeting(visit.id).end_date == dt.date(2024, 3, 11)


def test_a_workbook_from_before_the_column_imports_unchanged(sample_store, tmp_path):
    """An export made before End date existed: no column, and its export checks still match."""
    book = export_workbook(sample_store.repo, tmp_path / "old.xlsx").path
    wb = openpyxl.load_workbook(book)
    ws = wb["Meetings"]
    header = [c.value for c in ws[1]]
    ws.delete_cols(header.index("End date") + 1)
    wb.save(book)
    plan, result = import_workbook(sample_store.db, sample_store.repo, book)
    assert plan.problems == [] and result is not None
    assert result.counts["Meetings"]["updated"] == 0 and result.counts["Meetings"]["conflicts"] == 0
    assert result.counts["Meetings"]["unchanged"] == 3


def test_the_export_check_of_a_one_day_meeting_is_what_it_was_before_the_column():
    """Exports made before End date existed carry checks over the old columns: a meeting with no end date must
    hash the same, or every row of an old workbook would look edited."""
    import dataclasses

    from app.excel.contract import MEETINGS
    from app.excel.rows import fingerprint, meeting_values

    m = Meeting(id="m1", title="Talks", date=dt.date(2024, 3, 9), countries=["KZ"])
    old_spec = dataclasses.replace(
        MEETINGS, name="Meetings (before End date)", columns=tuple(c for c in MEETINGS.columns if c.field != "end_date")
    )
    values = meeting_values(m)
    old_values = values[:3] + values[4:]  # the same row without its end-date cell
    assert fingerprint(values, MEETINGS) == fingerprint(old_values, old_spec)
    later = dataclasses.replace(m, end_date=dt.date(2024, 3, 10))
    assert fingerprint(meeting_values(later), MEETINGS) != fingerprint(values, MEETINGS)
