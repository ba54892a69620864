"""Records from raw field values (a seed file, a form, a workbook row), with every problem collected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TypeVar

from app.domain.ids import new_id
from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.validation import (
    MEETING,
    FieldPath,
    FieldReader,
    Problem,
    Where,
    parse_date,
    parse_enum,
    parse_time,
    split_list,
    validate_action,
    validate_meeting,
    validate_participant,
    validate_statement,
)
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status

Raw = Mapping[str, object]

# Each field's parser, made once (a workbook's import builds hundreds of thousands of records).
_SIDE = partial(parse_enum, Side)
_COMMITTED_BY = partial(parse_enum, CommittedBy)
_STATUS = partial(parse_enum, Status)
_PRIORITY = partial(parse_enum, Priority)
_FORMAT = partial(parse_enum, MeetingFormat)
_LEVEL = partial(parse_enum, Level)
_CLASSIFICATION = partial(parse_enum, Classification)


def participant_from_raw(data: Raw, at: Where = MEETING) -> tuple[Participant, list[Problem]]:
    r = FieldReader(data, at)
    p = Participant(
        id=r.text("id") or new_id(),
        name=r.text("name"),
        position=r.text("position"),
        organisation=r.text("organisation"),
        person_id=r.text("person_id"),
        country=r.text("country").strip().upper(),
        side=r.parsed("side", _SIDE) or Side.OURS,
    )
    return p, r.problems + validate_participant(p, at)


def statement_from_raw(data: Raw, at: Where = MEETING) -> tuple[Statement, list[Problem]]:
    r = FieldReader(data, at)
    s = Statement(
        id=r.text("id") or new_id(),
        speaker=r.text("speaker"),
        text=r.text("text"),
        language=r.text("language").strip(),
    )
    return s, r.problems + validate_statement(s, at)


def action_from_raw(data: Raw, at: Where = MEETING) -> tuple[Action, list[Problem]]:
    r = FieldReader(data, at)
    a = Action(
        id=r.text("id") or new_id(),
        meeting_id=r.text("meeting_id"),
        description=r.text("description"),
        owner=r.text("owner"),
        committed_by=r.parsed("committed_by", _COMMITTED_BY) or CommittedBy.OURS,
        due_date=r.parsed("due_date", parse_date),
        status=r.parsed("status", _STATUS) or Status.OPEN,
        priority=r.parsed("priority", _PRIORITY) or Priority.NORMAL,
        completed_on=r.parsed("completed_on", parse_date),
        notes=r.text("notes"),
    )
    # A field that did not parse is reported once, by the reader, not again by the record check; nor is a rule
    # between fields that only broke because of it (completed on / status).
    seen = {p.field for p in r.problems}
    if at("status") in seen:
        seen.add(at("completed_on"))
    return a, r.problems + [p for p in validate_action(a, at) if p.field not in seen]


def meeting_from_raw(data: Raw) -> tuple[Meeting, list[Problem]]:
    """A meeting with its children (lists of mappings under participants / statements / actions)."""
    r = FieldReader(data)
    date = r.parsed("date", parse_date)
    m = Meeting(
        id=r.text("id") or new_id(),
        title=r.text("title"),
        date=date or dt.date.min,
        time=r.parsed("time", parse_time),
        end_date=r.parsed("end_date", parse_date),
        location=r.text("location"),
        format=r.parsed("format", _FORMAT) or MeetingFormat.BILATERAL,
        level=r.parsed("level", _LEVEL) or Level.WORKING,
        countries=[c.upper() for c in _as_list(data.get("countries"))],
        topics=_as_list(data.get("topics")),
        summary=r.text("summary"),
        outcomes=r.text("outcomes"),
        source=r.text("source"),
        classification=r.parsed("classification", _CLASSIFICATION) or Classification.UNCLASSIFIED,
    )
    problems = list(r.problems)
    if date is None and not any(p.field == "date" for p in problems):
        problems.append(Problem("date", "is required"))
    m.participants = _children(data, "participants", participant_from_raw, problems)
    m.statements = _children(data, "statements", statement_from_raw, problems)
    m.actions = _children(data, "actions", action_from_raw, problems)
    for action in m.actions:
        action.meeting_id = m.id
    seen = {p.field for p in problems}
    problems += [p for p in validate_meeting(m) if p.field not in seen]
    return m, problems


R = TypeVar("R")


def _children(
    data: Raw, key: str, build: Callable[[Raw, Where], tuple[R, list[Problem]]], problems: list[Problem]
) -> list[R]:
    items = data.get(key) or []
    if not isinstance(items, Sequence) or isinstance(items, str):
        problems.append(Problem(key, "must be a list"))
        return []
    records: list[R] = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            problems.append(Problem(FieldPath("", key, i + 1), "must be a table of fields"))
            continue
        record, found = build(item, Where(key, i + 1))
        records.append(record)
        problems += found
    return records


def _as_list(value: object) -> list[str]:
    """A list given as a list (seed files) or as one '; '-separated text (workbook cells)."""
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return split_list(value)
