import datetime as dt

import pytest

from app.domain.build import action_from_raw, meeting_from_raw
from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.validation import ValidationError, ensure_valid, parse_date, parse_enum, validate_meeting
from app.domain.vocab import Level, Side, Status


def fields(problems):
    return {p.field for p in problems}


def good_raw(**over):
    raw = {"title": "Talks", "date": "2024-01-05", "countries": "KZ; KE", "level": "Minister"}
    raw.update(over)
    return raw


def test_a_good_record_has_no_problems():
    meeting, problems = meeting_from_raw(good_raw())
    assert problems == []
    assert meeting.countries == ["KZ", "KE"]
    assert meeting.level is Level.MINISTER


def test_every_problem_is_reported_at_once_with_its_field():
    raw = good_raw(
        title="  ",
        date="2023-02-30",
        countries="KZ; XX",
        summary="x" * 10_000_001,
        outcomes="stop\x00here",
        format="lunch",
        actions=[{"description": "Send a note", "due_date": "next week"}],
        participants=[{"name": "", "side": "ours"}],
    )
    _, problems = meeting_from_raw(raw)
    assert {
        "title",
        "date",
        "countries",
        "summary",
        "outcomes",
        "format",
        "actions[1].due_date",
        "participants[1].name",
    } <= fields(problems)
    messages = {p.field: p.message for p in problems}
    assert "not a real date" in messages["date"]
    assert "XX" in messages["countries"]
    assert "too long" in messages["summary"]
    assert "U+0000" in messages["outcomes"]
    assert "next week" in messages["actions[1].due_date"]


def test_a_missing_date_is_required():
    _, problems = meeting_from_raw({"title": "No date"})
    assert "date" in fields(problems)


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13-01", "19.09.2023", "tomorrow", "2023-9-19"])
def test_bad_dates_are_refused(text):
    with pytest.raises(ValueError, match=text):
        parse_date(text)


def test_spreadsheet_dates_are_accepted():
    assert parse_date(dt.datetime(2023, 9, 19)) == dt.date(2023, 9, 19)
    assert parse_date(" 2023-09-19 ") == dt.date(2023, 9, 19)
    with pytest.raises(ValueError):
        parse_date(dt.datetime(2023, 9, 19, 14, 30))


def test_enums_forgive_case_and_underscores():
    assert parse_enum(Status, "In_Progress") is Status.IN_PROGRESS
    assert parse_enum(Side, " THIRD party ") is Side.THIRD_PARTY
    with pytest.raises(ValueError, match="one of"):
        parse_enum(Status, "finished")


def test_unicode_text_is_kept_exactly():
    raw = good_raw(title="Встреча с Тоқаев — 🤝 café", topics="сауда; ынтымақтастық")
    meeting, problems = meeting_from_raw(raw)
    assert problems == []
    assert meeting.title == "Встреча с Тоқаев — 🤝 café"
    assert meeting.topics == ["сауда", "ынтымақтастық"]


def test_completed_on_needs_status_done():
    action, problems = action_from_raw({"description": "x", "status": "open", "completed_on": "2024-01-01"})
    assert "completed_on" in fields(problems)
    assert action.completed_on == dt.date(2024, 1, 1)


def test_typed_records_are_checked_too():
    meeting = Meeting(title="T", date=dt.date(2024, 1, 1), countries=["ZZ"])
    meeting.participants.append(Participant(name="A", country="QQ"))
    problems = validate_meeting(meeting)
    assert {"countries", "participants[1].country"} <= fields(problems)
    with pytest.raises(ValidationError) as info:
        ensure_valid(meeting)
    assert len(info.value.problems) == len(problems)


def test_duplicate_ids_within_a_meeting_are_refused():
    meeting = Meeting(title="T", date=dt.date(2024, 1, 1))
    meeting.actions = [Action(description="a", id="same"), Action(description="b", id="same")]
    assert "id" in fields(validate_meeting(meeting))


def test_overdue_means_open_and_past_due():
    today = dt.date(2024, 7, 1)
    assert Action(description="x", due_date=dt.date(2024, 6, 30)).is_overdue(today)
    assert not Action(description="x", due_date=dt.date(2024, 7, 1)).is_overdue(today)
    assert not Action(description="x", due_date=dt.date(2024, 6, 30), status=Status.DONE).is_overdue(today)
    assert not Action(description="x", due_date=dt.date(2024, 6, 30), status=Status.CANCELLED).is_overdue(today)
    assert not Action(description="x").is_overdue(today)


def test_lengths_count_as_a_spreadsheet_counts_them():
    from app.domain.validation import LONG_TEXT_MAX, text_length, validate_statement

    assert text_length("ab") == 2 and text_length("Тоқаев") == 6 and text_length("😀") == 2
    fits = Statement(speaker="A", text="😀" * (LONG_TEXT_MAX // 2))
    assert validate_statement(fits) == []
    over = Statement(speaker="A", text="😀" * (LONG_TEXT_MAX // 2 + 1))
    assert [p.field for p in validate_statement(over)] == ["text"]
    assert "32,002 characters" in validate_statement(over)[0].message
    twenty_thousand = Statement(speaker="A", text="😀" * 20_000)
    assert validate_statement(twenty_thousand) != []
    at_the_cells_limit = Statement(speaker="A", text="x" * 32_767)
    assert "cut the text short" in validate_statement(at_the_cells_limit)[0].message


def test_a_problem_keeps_where_it_is_without_parsing_text_back():
    from app.domain.validation import FieldPath

    m = Meeting(title="", date=dt.date(2024, 3, 9))
    m.actions = [Action(description="ok"), Action(description="", status=Status.OPEN, completed_on=dt.date(2024, 1, 1))]
    paths = {p.path for p in validate_meeting(m)}
    title = next(p for p in paths if p.name == "title")
    assert (title.group, title.row) == ("", None) and title == "title"
    action = next(p for p in paths if p.group == "actions" and p.name == "description")
    assert action.row == 2 and action == "actions[2].description"
    assert isinstance(action, FieldPath)
