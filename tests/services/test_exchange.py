"""Export and import through the store: round trips, merges, conflicts, undo, and nothing written on any problem."""

import dataclasses
import datetime as dt
import string
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status
from app.progress import Cancelled, Progress
from app.services.exchange import (
    Change,
    ImportRefused,
    Resolution,
    apply_import,
    export_workbook,
    import_workbook,
    plan_import,
    undo_import,
)
from app.services.store import open_store
from app.storage.paths import backup_dir
from app.storage.repository import MeetingFilter
from tests.workbooks import set_cell

NOW = dt.datetime(2026, 11, 27, 9, 0)


def cells(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets if ws.title != "About"}
    finally:
        wb.close()


def import_all(store, path, **kw):
    plan = plan_import(store.repo, path)
    assert plan.problems == [], plan.problems
    return plan, apply_import(store.db, store.repo, plan, **kw)


def test_export_import_export_gives_the_same_cells(sample_store, tmp_path):
    first = tmp_path / "first.xlsx"
    export_workbook(sample_store.repo, first, now=NOW)
    with open_store(tmp_path / "empty.sqlite", daily_backup=False) as other:
        plan, _ = import_all(other, first)
        assert plan.counts()["Meetings"]["added"] == 3 and plan.counts()["Actions"]["added"] == 7
        second = tmp_path / "second.xlsx"
        export_workbook(other.repo, second, now=NOW)
        assert cells(first) == cells(second)
        again = plan_import(other.repo, second)
        assert not again.has_changes
        assert {sheet: c["unchanged"] for sheet, c in again.counts().items()} == {
            "Meetings": 3, "Participants": 6, "Statements": 4, "Actions": 7, "People": 4}  # fmt: skip


def test_edits_made_in_the_workbook_are_shown_then_applied(sample_store, tmp_path, backend):
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    wb = openpyxl.load_workbook(book)
    actions = wb["Actions"]
    header = [c.value for c in actions[1]]
    for row in actions.iter_rows(min_row=2):
        if row[0].value == "kzke-2023-09-19-a1":
            row[header.index("Status")].value = "done"
            row[header.index("Completed on")].value = dt.datetime(2026, 11, 20)
    wb["Meetings"]["B2"] = "Retitled in Excel — Тоқаев"
    wb["Statements"].append([None, "kzke-2023-09-19", "William Ruto", "A statement added in the workbook 🇰🇪"])
    wb.save(book)
    before_revision = sample_store.repo.meeting_revision("kzke-2023-09-19")

    plan = plan_import(sample_store.repo, book)
    counts = plan.counts()
    assert counts["Actions"] == {"added": 0, "updated": 1, "unchanged": 6, "conflicts": 0, "deleted": 0}
    assert counts["Meetings"]["updated"] == 1 and counts["Statements"]["added"] == 1
    status_row = next(r for r in plan.rows if r.sheet == "Actions" and r.change is Change.UPDATED)
    assert ("Status", "in progress", "done") in status_row.changed
    assert ("Completed on", "", "2026-11-20") in status_row.changed

    result = apply_import(sample_store.db, sample_store.repo, plan)
    if backend == "sqlite":
        assert (
            result.backup is not None and result.backup.exists()
            and result.backup.parent == backup_dir(sample_store.path)
        )  # fmt: skip
    else:  # a server is backed up by its administrator; the change log undoes the import
        assert result.backup is None and result.change_id is not None
    action = sample_store.repo.get_action("kzke-2023-09-19-a1")
    assert action.status is Status.DONE and action.completed_on == dt.date(2026, 11, 20)
    meeting = sample_store.repo.get_meeting("kzke-2023-09-19")
    assert "A statement added in the workbook 🇰🇪" in [s.text for s in meeting.statements]
    assert meeting.revision == before_revision + 1, "one save per meeting, however many of its rows changed"
    titles = {m.id: m.title for m in sample_store.repo.get_meetings(sample_store.repo.meeting_ids())}
    assert "Retitled in Excel — Тоқаев" in titles.values()

    undo_import(sample_store.repo, result)
    assert sample_store.repo.get_action("kzke-2023-09-19-a1").status is Status.IN_PROGRESS
    assert "Retitled in Excel — Тоқаев" not in {
        m.title for m in sample_store.repo.get_meetings(sample_store.repo.meeting_ids())
    }


def test_a_row_changed_in_both_places_is_a_conflict_never_silently_overwritten(sample_store, tmp_path):
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    m = sample_store.repo.get_meeting("kzke-2023-09-19")
    sample_store.repo.save_meeting(dataclasses.replace(m, location="Changed in the program"))
    other = sample_store.repo.get_meeting("kzke-2024-credentials")
    sample_store.repo.save_meeting(dataclasses.replace(other, location="Also changed here only"))
    set_cell(book, "Meetings", "kzke-2023-09-19", "Location", "Changed in the workbook")

    plan = plan_import(sample_store.repo, book)
    [conflict] = plan.conflicts
    assert conflict.id == "kzke-2023-09-19"
    assert ("Location", "Changed in the program", "Changed in the workbook") in conflict.changed
    assert plan.counts()["Meetings"]["unchanged"] == 2, "a row changed only in the program is not a conflict"

    result = apply_import(sample_store.db, sample_store.repo, plan)
    assert result.kept_program == 1
    assert sample_store.repo.get_meeting("kzke-2023-09-19").location == "Changed in the program"
    assert sample_store.repo.get_meeting("kzke-2024-credentials").location == "Also changed here only"

    plan = plan_import(sample_store.repo, book)
    apply_import(
        sample_store.db, sample_store.repo, plan, resolutions={("Meetings", conflict.row): Resolution.TAKE_WORKBOOK}
    )
    assert sample_store.repo.get_meeting("kzke-2023-09-19").location == "Changed in the workbook"


def test_a_workbook_from_elsewhere_without_ids_adds_new_records(store, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Meetings"
    ws.append(["Title", "Date", "Countries", "Format", "Level", "Summary"])
    ws.append(["Консультации в Найроби", dt.date(2025, 3, 3), "KZ; KE", "Bilateral meeting", "Deputy minister", ""])
    ws.append(["Phone call on grain", "2025-04-04", "KE", "phone call", "minister", "Қазақстан астығы"])
    wb.save(tmp_path / "elsewhere.xlsx")
    plan, _ = import_all(store, tmp_path / "elsewhere.xlsx")
    assert plan.counts()["Meetings"]["added"] == 2
    rows = store.repo.list_meetings()
    assert {r.title for r in rows} == {"Консультации в Найроби", "Phone call on grain"}
    again = plan_import(store.repo, tmp_path / "elsewhere.xlsx")
    # Rows without ids are recognised by what they say: the same workbook again adds nothing.
    assert again.counts()["Meetings"] == {"added": 0, "updated": 0, "unchanged": 2, "conflicts": 0, "deleted": 0}


def test_any_problem_means_nothing_is_written(sample_store, tmp_path):
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    wb = openpyxl.load_workbook(book)
    wb["Meetings"]["B2"] = "A good change"
    wb["Actions"]["B3"] = "no-such-meeting"
    wb.save(book)
    before = cells_of_store(sample_store, tmp_path)
    plan = plan_import(sample_store.repo, book)
    assert [(p.sheet, p.row, p.column) for p in plan.problems] == [("Actions", 3, "Meeting ID")]
    assert "no meeting no-such-meeting" in plan.problems[0].message
    with pytest.raises(ImportRefused):
        apply_import(sample_store.db, sample_store.repo, plan)
    assert cells_of_store(sample_store, tmp_path) == before
    assert not backup_dir(sample_store.path).exists() or not list(backup_dir(sample_store.path).glob("*import*"))


def cells_of_store(store, tmp_path):
    out = tmp_path / f"state-{len(list(tmp_path.glob('state-*')))}.xlsx"
    return cells(export_workbook(store.repo, out, include_confidential=True, now=NOW).path)


def test_cancel_while_applying_writes_nothing(sample_store, tmp_path):
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    with open_store(tmp_path / "other.sqlite", daily_backup=False) as other:
        plan = plan_import(other.repo, book)
        progress = Progress()
        progress.cancel()
        with pytest.raises(Cancelled):
            apply_import(other.db, other.repo, plan, progress=progress)
        assert other.repo.count_meetings() == 0


def test_moving_a_row_to_another_meeting_is_refused(sample_store, tmp_path):
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    wb = openpyxl.load_workbook(book)
    for row in wb["Actions"].iter_rows(min_row=2):
        if row[0].value == "kzke-2023-09-19-a1":
            row[1].value = "kzke-2024-credentials"
    wb.save(book)
    plan = plan_import(sample_store.repo, book)
    assert any("rows cannot move between meetings" in p.message for p in plan.problems)


# ------------------------------------------------------------------------------------------------ property


_text_chars = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
words = st.text(_text_chars, max_size=40).map(str.strip)
required_words = words.filter(bool)
long_text = st.text(st.one_of(_text_chars, st.sampled_from("\n\t")), max_size=300).map(str.strip)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
formulaish = st.sampled_from(["=SUM(A1:A3)", "+7 701 555 01 01", "-", "@x", '=HYPERLINK("http://x")'])
ids = st.text(string.ascii_letters + string.digits + "-_.", min_size=1, max_size=20).filter(lambda s: s[0].isalnum())


@st.composite
def meetings(draw):
    meeting_id = draw(ids)
    return Meeting(
        id="m-" + meeting_id,
        title=draw(st.one_of(required_words, formulaish)),
        date=draw(dates),
        time=draw(st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0))),
        location=draw(words),
        format=draw(st.sampled_from(MeetingFormat)),
        level=draw(st.sampled_from(Level)),
        countries=draw(st.lists(st.sampled_from(["KZ", "KE", "RU", "CN", "DE", "US"]), unique=True, max_size=3)),
        topics=draw(st.lists(required_words.filter(lambda s: ";" not in s), unique=True, max_size=3)),
        summary=draw(st.one_of(long_text, formulaish)),
        outcomes=draw(long_text),
        classification=draw(st.sampled_from(Classification)),
        participants=[
            Participant(
                id=f"m-{meeting_id}-p{i}",
                name=draw(required_words),
                position=draw(words),
                side=draw(st.sampled_from(Side)),
            )
            for i in range(draw(st.integers(0, 2)))
        ],
        statements=[
            Statement(id=f"m-{meeting_id}-s{i}", speaker=draw(required_words), text=draw(long_text.filter(bool)))
            for i in range(draw(st.integers(0, 2)))
        ],
        actions=[
            Action(
                id=f"m-{meeting_id}-a{i}",
                description=draw(required_words),
                owner=draw(words),
                committed_by=draw(st.sampled_from(CommittedBy)),
                due_date=draw(st.none() | dates),
                status=draw(st.sampled_from([Status.OPEN, Status.IN_PROGRESS, Status.CANCELLED])),
                priority=draw(st.sampled_from(Priority)),
                notes=draw(long_text),
            )
            for i in range(draw(st.integers(0, 2)))
        ],
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(meetings(), min_size=1, max_size=4, unique_by=lambda m: m.id))
def test_any_records_survive_the_round_trip(tmp_path_factory, records):
    folder = tmp_path_factory.mktemp("roundtrip")
    with (
        open_store(folder / "a.sqlite", daily_backup=False) as a,
        open_store(folder / "b.sqlite", daily_backup=False) as b,
    ):
        for m in records:
            a.repo.save_meeting(m)
        first = export_workbook(a.repo, folder / "first.xlsx", include_confidential=True, now=NOW).path
        import_all(b, first)
        second = export_workbook(b.repo, folder / "second.xlsx", include_confidential=True, now=NOW).path
        assert cells(first) == cells(second)
        assert not plan_import(b.repo, second).has_changes
        for m in records:
            assert b.repo.get_meeting(m.id).summary == a.repo.get_meeting(m.id).summary


def test_one_pass_import_with_a_bad_row_rolls_everything_back(sample_store, tmp_path):
    from app.services.exchange import import_workbook

    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    wb = openpyxl.load_workbook(book)
    wb["Meetings"]["B2"] = "Written first, then rolled back"
    wb["Actions"].append([None, "kzke-2023-09-19", "A new action", None, "ours", "not a date"])
    wb.save(book)
    before = cells_of_store(sample_store, tmp_path)
    plan, result = import_workbook(sample_store.db, sample_store.repo, book)
    assert result is None
    assert [(p.sheet, p.column) for p in plan.problems] == [("Actions", "Due date")]
    assert cells_of_store(sample_store, tmp_path) == before
    assert not list(backup_dir(sample_store.path).glob("*import*")), (
        "no backup is kept for an import that wrote nothing"
    )


def test_a_workbook_changed_after_the_preview_is_not_imported(sample_store, tmp_path):
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    plan = plan_import(sample_store.repo, book)
    wb = openpyxl.load_workbook(book)
    wb["Meetings"]["B2"] = "Changed after the preview"
    wb.save(book)
    with pytest.raises(ImportRefused, match="changed since it was read"):
        apply_import(sample_store.db, sample_store.repo, plan)


def test_the_plan_lists_a_bounded_number_of_rows_and_counts_them_all(sample_store, tmp_path, monkeypatch):
    import app.services.exchange as exchange

    monkeypatch.setattr(exchange, "MAX_LISTED", 2)
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    with open_store(tmp_path / "empty.sqlite", daily_backup=False) as other:
        plan = plan_import(other.repo, book)
    assert sum(plan.counts()[s]["added"] for s in plan.counts() if s != "People") == 20
    assert len(plan.rows) == 2 and plan.has_changes


def _index_of(store) -> tuple[list[tuple], dict[str, str]]:
    """Every record's text in the search index, and each meeting's document in the list's own index."""
    conn = store.db.conn
    records = sorted(
        tuple(r)
        for r in conn.execute(
            "SELECT d.kind, d.record_id, d.meeting_id, t.body"
            " FROM search_docs d JOIN search_text t ON t.rowid = d.rowid"
        )
    )
    from app.storage import search_index

    meetings = {}
    if search_index.has_meeting_text(conn):
        sql = "SELECT m.id, t.body FROM meetings m JOIN meeting_text t ON t.rowid = m.search_no"
        meetings = dict(conn.execute(sql).fetchall())
    return records, meetings


@pytest.mark.sqlite_only
@pytest.mark.parametrize("read", ["here", "apart"])
@pytest.mark.parametrize("engine", ["fts5", "plain", "server"])
def test_an_imports_new_meetings_are_indexed_as_the_store_indexes_them(
    sample_store, tmp_path, engine, read, request, monkeypatch
):
    """An import indexes its new meetings from the texts read with their rows, not from the records read back:
    the index must hold what indexing the stored records gives, word for word, on every kind of store, whether the
    workbook is read here or by a process of its own."""
    from app.storage import search_index

    if read == "apart":
        monkeypatch.setenv("AIDE_MEMOIRE_READ_APART_FROM", "0")

    meeting = sample_store.repo.get_meeting("kzke-2023-09-19")
    meeting.summary += "\n=SUM(A1) Тоқаевтың 🇰🇿 café"
    meeting.countries = ["KZ", "KE", "FR"]
    sample_store.repo.save_meeting(meeting)
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    if engine == "server":
        target = open_store(request.getfixturevalue("pg_url"))
    else:
        search_index.set_fts5_available(engine == "fts5")
        target = open_store(tmp_path / "empty.sqlite", daily_backup=False)
    try:
        with target as other:
            import_all(other, book)
            imported = _index_of(other)
            assert len(imported[0]) == 3 + 6 + 4 + 7
            assert len(imported[1]) == (3 if engine == "fts5" else 0)
            with other.db.transaction() as conn:
                search_index.index_many(conn, [m.id for m in other.repo.list_meetings()])
            assert _index_of(other) == imported
            assert {r.meeting_id for r in other.repo.search("Тоқаев France")} == {"kzke-2023-09-19"}
            assert other.repo.count_meetings(MeetingFilter(text="Садыков Kenya")) >= 1
    finally:
        search_index.set_fts5_available(None)


@pytest.mark.sqlite_only
def test_a_large_import_sets_indexes_aside_and_makes_them_again(sample_store, tmp_path, monkeypatch):
    """Adding more rows than the store holds, an import drops the indexes it never reads through and makes each
    again at its end; an import refused for a problem leaves the store's indexes as they were."""
    import app.storage.writes as writes

    monkeypatch.setattr(writes, "BULK_ROWS", 10)
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)

    def indexes(store):
        return sorted(store.db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall())

    dropped: list[str] = []
    real = writes.RecordWrites.set_indexes_aside

    def watched(self, adding):
        made_by = real(self, adding)
        dropped.extend(made_by)
        return made_by

    monkeypatch.setattr(writes.RecordWrites, "set_indexes_aside", watched)
    with open_store(tmp_path / "empty.sqlite", daily_backup=False) as other:
        before = indexes(other)
        import_all(other, book)
        assert {"actions", "search_docs", "participants", "meeting_countries"} <= {table for table, _sql in dropped}
        assert indexes(other) == before
        assert other.repo.search("Mombasa") and other.repo.list_actions()

        wb = openpyxl.load_workbook(book)
        wb["Actions"]["F2"] = "someday"
        bad = tmp_path / "bad.xlsx"
        wb.save(bad)
        dropped.clear()
        with open_store(tmp_path / "second.sqlite", daily_backup=False) as empty:
            plan, result = import_workbook(empty.db, empty.repo, bad)
            assert result is None and plan.problems and dropped, "the indexes were set aside, then the import refused"
            assert indexes(empty) == before
    for meeting in sample_store.repo.list_meetings():  # every row of the workbook deleted here: nothing written
        sample_store.repo.delete_meeting(meeting.id)
    dropped.clear()
    plan, _ = import_all(sample_store, book)
    assert dropped and not plan.has_changes
    assert indexes(sample_store) == before, "set aside, nothing written, and made again all the same"
    with open_store(tmp_path / "third.sqlite", daily_backup=False) as third:
        dropped.clear()
        import_all(third, book)
        assert dropped, "an empty store: set aside"
        dropped.clear()
        again = tmp_path / "again.xlsx"
        export_workbook(third.repo, again)
        import_all(third, again)
        assert not dropped, "the store holds as many rows as the workbook: nothing set aside"


@pytest.mark.parametrize("store_kind", ["empty", "holding records"])
def test_a_row_of_a_meeting_neither_in_the_workbook_nor_here_is_a_problem(sample_store, tmp_path, store_kind):
    """Into an empty store the import asks the store nothing of the tables that were empty: a row naming a meeting
    the workbook does not hold must still be caught, as it is against a store that holds records."""
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    wb = openpyxl.load_workbook(book)
    wb["Participants"].append([None, "no-such-meeting", "Уильям Руто"])
    actions = wb["Actions"]
    row = next(r for r in range(2, actions.max_row + 1) if actions.cell(r, 2).value != "kzke-2023-09-19")
    actions.cell(row, 2).value = "kzke-2023-09-19"  # moved to another meeting: refused where the store has it
    wb.save(book)
    with open_store(tmp_path / f"{store_kind}.sqlite", daily_backup=False) as target:
        if store_kind == "holding records":
            import_all(target, _plain_copy(sample_store, tmp_path))
        plan, result = import_workbook(target.db, target.repo, book)
        assert result is None
        messages = {(p.sheet, p.column, p.message.split(",")[0]) for p in plan.problems}
        assert ("Participants", "Meeting ID", "there is no meeting no-such-meeting") in messages
        moved = [p for p in plan.problems if p.sheet == "Actions"]
        assert bool(moved) == (store_kind == "holding records"), moved


def _plain_copy(store, tmp_path):
    out = tmp_path / "plain.xlsx"
    export_workbook(store.repo, out)
    return out
