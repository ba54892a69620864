"""What a change did, field by field: the same description feeds the change log, the history a user reads and undo.

Values are kept as JSON text (dates as ISO text, lists as lists, vocabulary values as their codes), so that the log
can be compared with the records as they are now and read by any tool."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status


class RecordKind(StrEnum):
    MEETING = "meeting"
    PARTICIPANT = "participant"
    STATEMENT = "statement"
    ACTION = "action"
    PERSON = "person"  # logged under the person's id where other records are under their meeting's


class Op(StrEnum):
    ADDED = "added"  # logged by id alone: the record itself is in the store
    REMOVED = "removed"  # the whole record as it was, so that undo can bring it back
    CHANGED = "changed"  # one field, from and to


Child = Participant | Statement | Action

MEETING_FIELDS = (
    "title", "date", "end_date", "time", "location", "format", "level", "countries", "topics", "summary", "outcomes",
    "source", "classification",
)  # fmt: skip
CHILD_FIELDS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.PARTICIPANT: ("name", "position", "organisation", "country", "side", "person_id"),
    RecordKind.STATEMENT: ("speaker", "text", "language"),
    RecordKind.ACTION: ("description", "owner", "committed_by", "due_date", "status", "priority", "completed_on",
                        "notes"),
}  # fmt: skip
_LISTS = {RecordKind.PARTICIPANT: "participants", RecordKind.STATEMENT: "statements", RecordKind.ACTION: "actions"}
_KIND_OF: dict[type, RecordKind] = {Participant: RecordKind.PARTICIPANT, Statement: RecordKind.STATEMENT,
                                    Action: RecordKind.ACTION}  # fmt: skip
_DATES = frozenset({"date", "end_date", "due_date", "completed_on"})
_ENUMS: dict[str, type[StrEnum]] = {
    "format": MeetingFormat, "level": Level, "classification": Classification, "side": Side,
    "committed_by": CommittedBy, "status": Status, "priority": Priority,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class FieldChange:
    meeting_id: str
    record: RecordKind
    record_id: str
    op: Op
    field: str = ""  # for Op.CHANGED
    old: str | None = None  # JSON; for Op.REMOVED the whole record
    new: str | None = None  # JSON


def encode(value: Any) -> str:
    """One field's value as JSON text."""
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def decode(field: str, text: str | None) -> Any:
    """A field's value back from the log, as the record holds it."""
    if text is None:
        return None
    value = json.loads(text)
    if value is None:
        return None
    if field in _DATES:
        return dt.date.fromisoformat(value)
    if field == "time":
        return dt.time.fromisoformat(value)
    if field in _ENUMS:
        return _ENUMS[field](value)
    return value


def meeting_raw(m: Meeting) -> dict[str, Any]:
    """The whole meeting with its children as plain values (what meeting_from_raw reads back)."""
    raw: dict[str, Any] = {"id": m.id, **{f: _plain(getattr(m, f)) for f in MEETING_FIELDS}}
    for kind, name in _LISTS.items():
        raw[name] = [child_raw(c, kind) for c in getattr(m, name)]
    if m.created_at is not None:  # a meeting brought back keeps the day it was first recorded
        raw["created_at"] = m.created_at.isoformat()
    return raw


def child_raw(c: Child, kind: RecordKind) -> dict[str, Any]:
    return {"id": c.id, **{f: _plain(getattr(c, f)) for f in CHILD_FIELDS[kind]}}


def meeting_from_log(text: str) -> Meeting:
    from app.domain.build import meeting_from_raw  # only undo needs it: not loaded at start-up

    raw = json.loads(text)
    meeting, _problems = meeting_from_raw(raw)
    if isinstance(raw.get("created_at"), str):
        meeting.created_at = dt.datetime.fromisoformat(raw["created_at"])
    return meeting


def child_from_log(kind: RecordKind, text: str) -> Child:
    from app.domain.build import meeting_from_raw

    raw = json.loads(text)
    holder, _problems = meeting_from_raw({"title": "-", "date": "2000-01-01", _LISTS[kind]: [raw]})
    child: Child = getattr(holder, _LISTS[kind])[0]
    return child


def children(m: Meeting) -> Iterator[tuple[RecordKind, Child]]:
    for kind, name in _LISTS.items():
        for c in getattr(m, name):
            yield kind, c


def kind_of(child: Child) -> RecordKind:
    return _KIND_OF[type(child)]


def diff(before: Meeting | None, after: Meeting | None) -> list[FieldChange]:
    """What turned `before` into `after` (either may be None: added, removed)."""
    if before is None and after is None:
        return []
    if before is None:
        assert after is not None
        return [FieldChange(after.id, RecordKind.MEETING, after.id, Op.ADDED)]
    if after is None:
        return [FieldChange(before.id, RecordKind.MEETING, before.id, Op.REMOVED, old=encode(meeting_raw(before)))]
    found = [
        FieldChange(after.id, RecordKind.MEETING, after.id, Op.CHANGED, f, encode(a), encode(b))
        for f in MEETING_FIELDS
        if (a := getattr(before, f)) != (b := getattr(after, f))
    ]
    old_children = {c.id: (k, c) for k, c in children(before)}
    new_children = {c.id: (k, c) for k, c in children(after)}
    for child_id, (kind, child) in new_children.items():
        if child_id not in old_children:
            found.append(FieldChange(after.id, kind, child_id, Op.ADDED))
        else:
            found += diff_child(after.id, kind, old_children[child_id][1], child)
    for child_id, (kind, child) in old_children.items():
        if child_id not in new_children:
            found.append(FieldChange(after.id, kind, child_id, Op.REMOVED, old=encode(child_raw(child, kind))))
    return found


def diff_fields(before: Meeting, after: Meeting) -> list[FieldChange]:
    """The meeting's own fields only (an import writes them apart from the children)."""
    return [
        FieldChange(after.id, RecordKind.MEETING, after.id, Op.CHANGED, f, encode(a), encode(b))
        for f in MEETING_FIELDS
        if (a := getattr(before, f)) != (b := getattr(after, f))
    ]


def diff_child(meeting_id: str, kind: RecordKind, before: Child, after: Child) -> list[FieldChange]:
    return [
        FieldChange(meeting_id, kind, after.id, Op.CHANGED, f, encode(a), encode(b))
        for f in CHILD_FIELDS[kind]
        if (a := getattr(before, f)) != (b := getattr(after, f))
    ]


@dataclass(frozen=True)
class NotUndone:
    """A part of a change that could not be taken back, and why (in words for the user)."""

    meeting_id: str
    title: str
    reason: str


def take_back(
    current: Meeting | None, items: list[FieldChange], later: dict[str, str]
) -> tuple[Meeting | None, list[str]]:
    """The meeting with these changes taken back, as far as they still can be: a field is put back only if it
    still holds what the change wrote; a record the change added is removed only if nothing changed it since
    (`later`: record id → what changed it later); a removed record comes back only if it is not there again.
    Returns the new state (None: the meeting goes) and what could not be taken back."""
    refused: list[str] = []
    meeting = dataclasses.replace(current) if current is not None else None
    if meeting is not None:
        for name in _LISTS.values():
            setattr(meeting, name, [dataclasses.replace(c) for c in getattr(meeting, name)])
    for item in items:
        if item.record is RecordKind.MEETING:
            if item.op is Op.ADDED:
                if meeting is None:
                    continue
                if item.record_id in later:
                    refused.append(f"it was changed after it was added ({later[item.record_id]}), so it stays")
                    continue
                meeting = None
            elif item.op is Op.REMOVED:
                if meeting is not None:
                    refused.append("a meeting with its id is there again, so the deleted one was not put back")
                    continue
                assert item.old is not None
                meeting = meeting_from_log(item.old)
            elif meeting is None:
                refused.append(f"it was deleted since, so its {item.field} could not be put back")
            else:
                now = encode(getattr(meeting, item.field))
                if now != item.new:
                    refused.append(f"its {item.field} was changed since ({_short(now)}), so it was left as it is")
                    continue
                setattr(meeting, item.field, decode(item.field, item.old))
        else:
            if meeting is None:
                refused.append(f"its meeting is gone, so a {item.record.value} could not be taken back")
                continue
            group: list[Child] = getattr(meeting, _LISTS[item.record])
            found = next((c for c in group if c.id == item.record_id), None)
            if item.op is Op.ADDED:
                if found is None:
                    continue
                if item.record_id in later:
                    refused.append(f"a {item.record.value} it added was changed since ({later[item.record_id]})")
                    continue
                group.remove(found)
            elif item.op is Op.REMOVED:
                if found is not None:
                    continue
                assert item.old is not None
                group.append(child_from_log(item.record, item.old))
            elif found is None:
                refused.append(f"a {item.record.value} is gone, so its {item.field} could not be put back")
            else:
                now = encode(getattr(found, item.field))
                if now != item.new:
                    refused.append(
                        f"a {item.record.value}'s {item.field} was changed since ({_short(now)}), so it was left"
                    )
                    continue
                setattr(found, item.field, decode(item.field, item.old))
    return meeting, refused


def _short(value_json: str, limit: int = 40) -> str:
    try:
        value = json.loads(value_json)
    except ValueError:
        value = value_json
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(str(text).split())
    return f"now “{text[: limit - 1]}…”" if len(text) > limit else f"now “{text}”"
