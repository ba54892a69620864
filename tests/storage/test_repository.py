import dataclasses
import datetime as dt
import sqlite3

import pytest

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.validation import ValidationError
from app.domain.vocab import Classification, Level, MeetingFormat, Side, Status
from app.storage.errors import ConflictError, NotFoundError
from app.storage.queries import action_where
from app.storage.repository import ActionFilter, MeetingFilter
from tests.conftest import SAMPLE_TODAY


def make_meeting(**over) -> Meeting:
    meeting = Meeting(
        title="Консультации в Астане 🇰🇿",
        date=dt.date(2024, 5, 14),
        time=dt.time(15, 30),
        location="Астана",
        format=MeetingFormat.BILATERAL,
        level=Level.DEPUTY_MINISTER,
        countries=["KZ", "KE"],
        topics=["сауда", "UN"],
        summary="Line one\nLine two with Тоқаев and ә ғ қ ң ө ұ ү һ і",
        outcomes='=HYPERLINK("x") stays text',
        classification=Classification.OFFICIAL_USE_ONLY,
    )
    meeting.participants = [
        Participant(name="Уильям Руто", position="Президент", country="KE", side=Side.COUNTERPART),
        Participant(name="Barlybay Sadykov", country="KZ"),
    ]
    meeting.statements = [Statement(speaker="Тоқаев", text="Ынтымақтастық", language="kk")]
    meeting.actions = [
        Action(description="Send the draft", owner="Africa Dept", due_date=dt.date(2024, 6, 1)),
        Action(description="Reply", owner="Protocol", status=Status.DONE, completed_on=dt.date(2024, 5, 20)),
    ]
    return dataclasses.replace(meeting, **over)


def test_a_meeting_reads_back_exactly_as_saved(store):
    meeting = make_meeting()
    saved = store.repo.save_meeting(meeting)
    assert saved.revision == 1
    back = store.repo.get_meeting(meeting.id)
    for f in dataclasses.fields(Meeting):
        if f.name not in ("created_at", "updated_at", "revision", "actions", "participants"):
            assert getattr(back, f.name) == getattr(meeting, f.name), f.name
    assert back.participants == saved.participants, "each with the person it was linked to on saving"
    assert [dataclasses.replace(p, person_id="") for p in back.participants] == meeting.participants
    assert all(p.person_id for p in back.participants)
    assert [dataclasses.replace(a, meeting_id="") for a in back.actions] == meeting.actions
    assert all(a.meeting_id == meeting.id for a in back.actions)


def test_children_added_in_a_batch_go_to_the_end_of_their_meetings_lists(store):
    """As an import adds them: several for one meeting in one batch, after those it already had, each meeting's
    count of its own (on a file and on a server)."""
    repo = store.repo
    first = repo.save_meeting(make_meeting())
    second = repo.save_meeting(make_meeting(title="Second", participants=[], statements=[], actions=[]))
    added = [Action(description=f"Added {n}", owner="Desk") for n in range(3)]
    repo.put_children(
        [(first.id, added[0], False), (second.id, Action(description="Only one"), False),
         (first.id, added[1], False), (first.id, added[2], False)]
    )  # fmt: skip
    assert [a.description for a in repo.get_meeting(first.id).actions] == [
        "Send the draft", "Reply", "Added 0", "Added 1", "Added 2"
    ]  # fmt: skip
    assert [a.description for a in repo.get_meeting(second.id).actions] == ["Only one"]
    repo.put_children([(second.id, Action(description="Then another"), False)])
    assert [a.description for a in repo.get_meeting(second.id).actions] == ["Only one", "Then another"]


def test_participants_added_in_a_batch_teach_their_people_the_day_of_their_own_meeting(store):
    """An import links a batch of participants of many meetings at once: each position starts on the day of the
    meeting it was seen at, not another meeting's of the same batch (nor today, for a meeting that has a day)."""
    from app.storage import people

    repo = store.repo
    days = [dt.date(2021, 3, 1), dt.date(2022, 7, 15), dt.date(2023, 11, 30)]
    meetings = [
        repo.save_meeting(make_meeting(title=f"M{n}", date=day, participants=[], statements=[], actions=[]))
        for n, day in enumerate(days)
    ]
    names = ["Aidos Bekov", "Miriam Otieno", "Dana Serikova"]
    batch = [
        (m.id, Participant(names[n], position=f"Post {n}", country="KZ"), False)
        for n, m in reversed(list(enumerate(meetings)))
    ]
    repo.put_children(batch)  # type: ignore[arg-type]
    for n, (m, day) in enumerate(zip(meetings, days, strict=True)):
        person = people.get_person(store.db.conn, repo.get_meeting(m.id).participants[0].person_id)
        assert (person.name, person.latest_position().position, person.latest_position().start) == (
            names[n],
            f"Post {n}",
            day,
        )


def test_every_change_moves_the_revision_on(store):
    meeting = make_meeting()
    store.repo.save_meeting(meeting)
    store.repo.save_meeting(dataclasses.replace(meeting, title="Renamed"))
    assert store.repo.meeting_revision(meeting.id) == 2
    store.repo.set_action_status(meeting.actions[0].id, Status.DONE, today=dt.date(2024, 6, 2))
    assert store.repo.meeting_revision(meeting.id) == 3
    action = store.repo.get_action(meeting.actions[0].id)
    assert action.status is Status.DONE and action.completed_on == dt.date(2024, 6, 2)


def test_a_stale_revision_is_a_conflict_and_changes_nothing(store):
    meeting = make_meeting()
    store.repo.save_meeting(meeting)
    store.repo.save_meeting(dataclasses.replace(meeting, title="Edited here"))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        store.repo.save_meeting(dataclasses.replace(meeting, title="Edited there"), expected_revision=1)
    assert store.repo.get_meeting(meeting.id).title == "Edited here"


def test_an_invalid_meeting_is_refused_and_nothing_is_written(store):
    bad = make_meeting(title="", countries=["KZ", "XX"])
    with pytest.raises(ValidationError) as info:
        store.repo.save_meeting(bad)
    assert {p.field for p in info.value.problems} == {"title", "countries"}
    assert store.repo.counts().meetings == 0


def test_a_child_id_owned_by_another_meeting_rolls_everything_back(store):
    first = make_meeting()
    store.repo.save_meeting(first)
    second = make_meeting(id="second", participants=[], statements=[])
    second.actions = [Action(description="stolen", id=first.actions[0].id)]
    with pytest.raises(ConflictError):
        store.repo.save_meeting(second)
    assert not store.repo.meeting_exists("second")
    assert store.repo.get_action(first.actions[0].id).description == "Send the draft"


def test_delete_removes_children_and_returns_the_meeting_for_undo(store):
    meeting = make_meeting()
    store.repo.save_meeting(meeting)
    deleted = store.repo.delete_meeting(meeting.id)
    assert store.repo.counts().actions == 0 and store.repo.counts().participants == 0
    assert store.repo.search("Руто") == []
    with pytest.raises(NotFoundError):
        store.repo.get_meeting(meeting.id)
    store.repo.save_meeting(deleted)
    assert store.repo.get_meeting(meeting.id).title == meeting.title
    assert store.repo.search("Руто")[0].meeting_id == meeting.id


def test_meeting_list_sorts_and_filters_in_sql(sample_store):
    repo = sample_store.repo
    repo.save_meeting(make_meeting(countries=["RU"], date=dt.date(2022, 1, 1)))
    rows = repo.list_meetings(today=SAMPLE_TODAY)
    assert [r.date for r in rows] == sorted((r.date for r in rows), reverse=True)
    assert [r.title for r in repo.list_meetings(MeetingFilter(country="KE"))] == [
        "Ambassador Sadykov meets Principal Secretary Sing'Oei; memorandum on political consultations",
        "Вручение верительных грамот Президенту Кении",
        "Tokayev – Ruto meeting on the sidelines of UNGA 78",
    ]
    assert repo.count_meetings(MeetingFilter(country="RU")) == 1
    assert repo.count_meetings(MeetingFilter(levels=[Level.HEAD_OF_STATE])) == 1
    assert repo.count_meetings(MeetingFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))) == 2
    assert [r.id for r in repo.list_meetings(MeetingFilter(text="mombasa"))] == ["kzke-2023-09-19"]
    oldest_first = repo.list_meetings(MeetingFilter(descending=False), limit=1)
    assert oldest_first[0].date == dt.date(2022, 1, 1)
    first = next(r for r in rows if r.id == "kzke-2023-09-19")
    assert (first.open_actions, first.overdue_actions) == (3, 1)


def test_action_filters(sample_store):
    repo = sample_store.repo
    overdue = repo.list_actions(ActionFilter(overdue_only=True, today=SAMPLE_TODAY))
    assert [r.action.id for r in overdue] == ["kzke-2023-09-19-a1"]
    assert repo.count_actions(ActionFilter(statuses=[Status.DONE])) == 2
    assert repo.count_actions(ActionFilter(owner="Ministry of Agriculture")) == 1
    assert repo.count_actions(ActionFilter(include_confidential=False)) == repo.count_actions()
    due = [r.action.due_date for r in repo.list_actions() if r.action.due_date]
    assert due == sorted(due)


def test_meetings_per_country_counts_each_country_of_a_meeting_within_the_period(store):
    store.repo.save_meeting(make_meeting(date=dt.date(2024, 5, 14), countries=["KZ", "KE"]))
    store.repo.save_meeting(make_meeting(date=dt.date(2024, 7, 1), countries=["KE"]))
    store.repo.save_meeting(make_meeting(date=dt.date(2023, 1, 1), countries=["FR"]))  # before the period
    store.repo.save_meeting(make_meeting(date=dt.date(2025, 1, 1), countries=["FR"]))  # after it
    counts = store.repo.meetings_per_country(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert counts == [("KE", 2), ("KZ", 1)]
    assert store.repo.meetings_per_country(dt.date(2024, 1, 1), dt.date(2024, 12, 31), limit=1) == [("KE", 2)]


def test_a_filter_narrows_only_when_it_leaves_meetings_out():
    assert not MeetingFilter().narrows
    assert not MeetingFilter(formats=[], levels=[], text="  ", sort="title", descending=False).narrows
    assert MeetingFilter(levels=[Level.MINISTER]).narrows
    assert MeetingFilter(date_to=dt.date(2024, 1, 1)).narrows


@pytest.mark.sqlite_only  # SQLite's query plans
def test_the_first_screens_can_read_open_actions_through_their_partial_indexes(sample_store):
    """The overview and the actions list as it opens must not sort every action: schema v3's partial indexes, which
    SQLite can use only when the query carries their condition word for word. INDEXED BY makes SQLite say so: it
    refuses the query ("no query solution") when the index cannot serve it. (Which index it then prefers depends on
    the statistics PRAGMA optimize gathers; on 100,000 meetings it is these.)"""
    repo = sample_store.repo

    def usable(index, f):
        where, params = action_where(f)
        order = "a.due_date" if f.overdue_only else "a.due_date IS NULL, a.due_date" + (" DESC" if f.descending else "")
        sql = f"EXPLAIN QUERY PLAN SELECT a.id FROM actions a INDEXED BY {index}{where} ORDER BY {order} LIMIT 50"
        return " ".join(r[3] for r in repo.conn.execute(sql, params))

    overdue = ActionFilter(overdue_only=True, today=SAMPLE_TODAY)
    assert "open_actions_by_due" in usable("open_actions_by_due", overdue)
    assert "ORDER BY" not in usable("open_actions_by_due", overdue), "read in due-date order, no sorting"
    opened = ActionFilter(statuses=[Status.OPEN, Status.IN_PROGRESS])
    assert "ORDER BY" not in usable("open_actions_dated_first", opened)
    descending = ActionFilter(statuses=[Status.IN_PROGRESS, Status.OPEN], descending=True)
    assert "ORDER BY" not in usable("open_actions_dated_first_desc", descending)
    with pytest.raises(sqlite3.OperationalError, match="no query solution"):
        usable("open_actions_by_due", ActionFilter(statuses=[Status.DONE]))
    assert [r.action.id for r in repo.list_actions(overdue)] == ["kzke-2023-09-19-a1"]
