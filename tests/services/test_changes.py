"""Every change through one door: each kind in the history with its old and new values, undo and redo that never
overwrite what changed since, the log kept across restarts."""

import dataclasses
import datetime as dt
import json

import openpyxl

from app.domain.vocab import Classification, Status
from app.services.changes import ChangeService
from app.services.exchange import export_workbook, import_workbook, undo_import
from app.services.sample import load_sample
from app.services.store import open_store
from tests.workbooks import set_cell

MEETING = "kzke-2023-09-19"
ACTION = "kzke-2023-09-19-a1"


def _lines(service, meeting_id=MEETING):  # type: ignore[no-untyped-def]
    return [(h.change.kind, h.item.record.value, h.item.record_id, h.item.op.value, h.item.field,
             h.item.old, h.item.new) for h in service.history(meeting_id)]  # fmt: skip


def _import_summary(store, tmp_path, text, name="desk.xlsx"):  # type: ignore[no-untyped-def]
    book = export_workbook(store.repo, tmp_path / name, include_confidential=True).path
    set_cell(book, "Meetings", MEETING, "Summary", text)
    plan, result = import_workbook(store.db, store.repo, book)
    assert result is not None, plan.problems
    return result


def test_every_kind_of_change_is_in_the_history_with_old_and_new_values(store, tmp_path):
    service = ChangeService(store.repo, user="anna")
    load_sample(store.repo, changes=service)
    assert _lines(service)[0][:4] == ("sample", "meeting", MEETING, "added")

    m = store.repo.get_meeting(MEETING)
    old_summary = m.summary
    m.summary = "Edited by hand"
    m.classification = Classification.CONFIDENTIAL
    service.save_meeting(m, expected_revision=m.revision)
    edit = [line for line in _lines(service) if line[0] == "edit"]
    assert ("edit", "meeting", MEETING, "changed", "summary", json.dumps(old_summary, ensure_ascii=False),
            json.dumps("Edited by hand")) in edit  # fmt: skip
    assert ("edit", "meeting", MEETING, "changed", "classification", '"unclassified"', '"confidential"') in edit

    service.set_status(ACTION, Status.DONE, today=dt.date(2026, 11, 27))
    status = [line for line in _lines(service) if line[0] == "status"]
    assert ("status", "action", ACTION, "changed", "status", '"in progress"', '"done"') in status
    assert ("status", "action", ACTION, "changed", "completed_on", "null", '"2026-11-27"') in status

    _import_summary(store, tmp_path, "From the workbook")
    imported = [line for line in _lines(service) if line[0] == "import"]
    assert imported == [("import", "meeting", MEETING, "changed", "summary", '"Edited by hand"',
                         '"From the workbook"')]  # fmt: skip

    service.delete_meeting(MEETING)
    gone = _lines(service)[0]
    assert gone[:4] == ("delete", "meeting", MEETING, "removed")
    assert json.loads(gone[5])["summary"] == "From the workbook"
    assert {h.change.user for h in service.history(MEETING)} >= {"anna"}

    new = dataclasses.replace(store.repo.get_meeting("kzke-2024-credentials"), id="a-new-one", participants=[],
                              statements=[], actions=[])  # fmt: skip
    service.save_meeting(new)
    assert _lines(service, "a-new-one") == [("new", "meeting", "a-new-one", "added", "", None, None)]


def test_undoing_an_edit_never_overwrites_what_an_import_changed_since(sample_store, tmp_path):
    service = ChangeService(sample_store.repo)
    m = sample_store.repo.get_meeting(MEETING)
    m.summary = "My edit"
    m.location = "Edited location"
    _, edit = service.save_meeting(m, expected_revision=m.revision)
    _import_summary(sample_store, tmp_path, "The workbook's summary")

    result = service.undo(edit)
    after = sample_store.repo.get_meeting(MEETING)
    assert after.summary == "The workbook's summary", "the import's value stays"
    assert after.location != "Edited location", "what the import did not touch is taken back"
    assert not result.complete
    assert any("summary was changed since" in r and "The workbook" in r for r in result.refused), result.refused


def test_undoing_an_import_keeps_a_later_edit(sample_store, tmp_path):
    service = ChangeService(sample_store.repo)
    before = sample_store.repo.get_meeting(MEETING)
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    wb = openpyxl.load_workbook(book)
    header = [c.value for c in wb["Meetings"][1]]
    for row in wb["Meetings"].iter_rows(min_row=2):
        if row[0].value == MEETING:
            row[header.index("Summary")].value = "Imported summary"
            row[header.index("Location")].value = "Imported location"
    wb["Meetings"].append([None, "Added by the workbook", dt.date(2025, 1, 2)])
    wb.save(book)
    _, result = import_workbook(sample_store.db, sample_store.repo, book)
    assert result is not None
    m = sample_store.repo.get_meeting(MEETING)
    m.location = "Edited after the import"
    service.save_meeting(m, expected_revision=m.revision)

    undone = undo_import(sample_store.repo, result, service)
    after = sample_store.repo.get_meeting(MEETING)
    assert after.summary == before.summary, "the import's own change is taken back"
    assert after.location == "Edited after the import", "the later edit stays"
    assert sample_store.repo.count_meetings() == 3, "the meeting the import added is gone"
    assert any("location was changed since" in r for r in undone.refused)


def test_undo_then_redo_of_new_delete_and_status(sample_store):
    service = ChangeService(sample_store.repo)
    _, deleted = service.delete_meeting(MEETING)
    assert sample_store.repo.deleted([MEETING]) == {MEETING}
    undone = service.undo(deleted)
    assert undone.complete and sample_store.repo.meeting_exists(MEETING)
    assert sample_store.repo.deleted([MEETING]) == set()
    service.redo(undone.change_id)
    assert not sample_store.repo.meeting_exists(MEETING)

    action = sample_store.repo.get_action("kzke-2024-credentials-a1")
    _, changed = service.set_status(action.id, Status.CANCELLED)
    back = service.undo(changed)
    assert sample_store.repo.get_action(action.id).status is action.status
    service.redo(back.change_id)
    assert sample_store.repo.get_action(action.id).status is Status.CANCELLED

    new = dataclasses.replace(sample_store.repo.get_meeting("kzke-2024-credentials"), id="brand-new",
                              participants=[], statements=[], actions=[])  # fmt: skip
    _, made = service.save_meeting(new)
    gone = service.undo(made)
    assert not sample_store.repo.meeting_exists("brand-new")
    assert sample_store.repo.deleted(["brand-new"]) == set(), "never there, so not remembered as deleted"
    service.redo(gone.change_id)
    assert sample_store.repo.meeting_exists("brand-new")


def test_a_new_meeting_edited_since_is_not_removed_by_undo(sample_store):
    service = ChangeService(sample_store.repo)
    new = dataclasses.replace(sample_store.repo.get_meeting("kzke-2024-credentials"), id="kept",
                              participants=[], statements=[], actions=[])  # fmt: skip
    saved, made = service.save_meeting(new)
    saved.summary = "Worked on since"
    service.save_meeting(saved, expected_revision=saved.revision)
    result = service.undo(made)
    assert sample_store.repo.meeting_exists("kept")
    assert any("changed after it was added" in r for r in result.refused)


def test_the_history_survives_a_restart_and_the_last_import_can_still_be_undone(db_path, tmp_path):
    with open_store(db_path) as store:
        load_sample(store.repo)
        _import_summary(store, tmp_path, "Imported before the restart")
    with open_store(db_path) as store:
        service = ChangeService(store.repo)
        assert [h.change.kind for h in service.history(MEETING)][:2] == ["import", "sample"]
        last = service.last_import()
        assert last is not None
        service.undo(last.id)
        assert store.repo.get_meeting(MEETING).summary != "Imported before the restart"
        assert service.last_import() is None


def test_an_undone_import_can_be_redone_and_the_sample_undone(store, tmp_path):
    service = ChangeService(store.repo)
    load_sample(store.repo, changes=service)
    result = _import_summary(store, tmp_path, "Imported")
    undone = undo_import(store.repo, result, service)
    assert store.repo.get_meeting(MEETING).summary != "Imported"
    assert undone.change_id is not None
    service.redo(undone.change_id)
    assert store.repo.get_meeting(MEETING).summary == "Imported"

    sample = next(h.change for h in service.history("kzke-2024-credentials") if h.change.kind == "sample")
    taken = service.undo(sample.id)
    assert store.repo.count_meetings() == 1, "the sample meetings nobody changed since are gone"
    assert any("changed after it was added" in r for r in taken.refused), "the one the import changed stays"


def test_an_import_that_adds_meetings_logs_them_by_id_alone(sample_store, tmp_path, db_path):
    book = export_workbook(sample_store.repo, tmp_path / "all.xlsx", include_confidential=True).path
    with open_store(tmp_path / "other.sqlite") as other:
        _, result = import_workbook(other.db, other.repo, book)
        assert result is not None and result.change_id is not None
        rows = other.db.conn.execute(
            "SELECT record, op, field, old, new FROM change_items WHERE change_id = ?", (result.change_id,)
        ).fetchall()
        assert rows == [("meeting", "added", "", None, None)] * 3, "children came with their meetings"


def test_a_deleted_meeting_brought_back_keeps_the_day_it_was_first_recorded(store):
    from app.domain.records import Meeting

    service = ChangeService(store.repo)
    first = dt.datetime(2024, 3, 9, 8, 30, tzinfo=dt.UTC)
    saved, _ = service.save_meeting(Meeting(id="mou", title="MoU signed", date=dt.date(2024, 3, 9), created_at=first))
    assert saved.created_at == first
    _gone, change_id = service.delete_meeting("mou")
    assert service.undo(change_id).complete
    assert store.repo.get_meeting("mou").created_at == first
