"""Two people editing one meeting: what each changed since the version both started from is put together field by
field; only a field both changed to different values (or a record one removed and the other changed) is a
conflict, shown to the person saving with the value before, theirs and their own. Nothing is lost silently."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

from app.domain.changes import Op as ChangeOp
from app.domain.changes import RecordKind, children, diff
from app.domain.records import Meeting

Child = Any  # Participant | Statement | Action
_LISTS = {RecordKind.PARTICIPANT: "participants", RecordKind.STATEMENT: "statements", RecordKind.ACTION: "actions"}
Choice = Literal["theirs", "mine"]


@dataclass(frozen=True)
class Conflict:
    record: RecordKind
    record_id: str
    field: str  # "" when a whole record was removed on one side and changed on the other
    label: str  # what it is, in English for messages and the log: "title", "action “Send the figures”"
    before: Any
    theirs: Any  # None for a record removed elsewhere
    mine: Any  # None for a record this person removed
    subject: str = ""  # the record's name, description or text (for a participant, statement or action)


@dataclass
class Merge:
    """Theirs with every change of mine that does not conflict; conflicting fields still hold theirs."""

    meeting: Meeting
    conflicts: list[Conflict] = field(default_factory=list)
    mine: Meeting | None = None


def _copy(m: Meeting) -> Meeting:
    copy = dataclasses.replace(m)
    for name in _LISTS.values():
        setattr(copy, name, [dataclasses.replace(c) for c in getattr(m, name)])
    return copy


def _child(m: Meeting, kind: RecordKind, record_id: str) -> Child | None:
    return next((c for c in getattr(m, _LISTS[kind]) if c.id == record_id), None)


def subject_of(child: Child | None) -> str:
    if child is None:
        return ""
    return str(getattr(child, "name", "") or getattr(child, "description", "") or getattr(child, "text", ""))


def _label(kind: RecordKind, child: Child | None, field_name: str) -> str:
    if kind is RecordKind.MEETING:
        return field_name.replace("_", " ")
    text = subject_of(child)
    short = text if len(text) <= 40 else text[:39] + "…"
    what = f"{kind.value} “{short}”" if short else kind.value
    return f"{what}: {field_name.replace('_', ' ')}" if field_name else what


def merge(base: Meeting, mine: Meeting, theirs: Meeting) -> Merge:
    """Put my changes (base → mine) onto theirs (base → theirs, saved elsewhere since I opened the meeting)."""
    result = _copy(theirs)
    conflicts: list[Conflict] = []
    their_changes = diff(base, theirs)
    changed_by_them = {(c.record_id, c.field) for c in their_changes if c.op is ChangeOp.CHANGED}
    touched_by_them = {c.record_id for c in their_changes if c.op is ChangeOp.CHANGED}
    removed_by_them = {c.record_id for c in their_changes if c.op is ChangeOp.REMOVED}
    kinds = {c.id: k for k, c in children(mine)} | {c.id: k for k, c in children(base)}
    for change in diff(base, mine):
        kind = change.record
        if kind is RecordKind.MEETING:
            if change.op is not ChangeOp.CHANGED:
                continue
            name = change.field
            my_value, their_value = getattr(mine, name), getattr(theirs, name)
            if (change.record_id, name) in changed_by_them and my_value != their_value:
                conflicts.append(Conflict(kind, change.record_id, name, _label(kind, None, name),
                                          getattr(base, name), their_value, my_value))  # fmt: skip
            else:
                setattr(result, name, my_value)
            continue
        kind = kinds.get(change.record_id, kind)
        group: list[Child] = getattr(result, _LISTS[kind])
        if change.op is ChangeOp.ADDED:
            added = _child(mine, kind, change.record_id)
            if added is not None and _child(result, kind, change.record_id) is None:
                group.append(dataclasses.replace(added))
        elif change.op is ChangeOp.REMOVED:
            gone = _child(base, kind, change.record_id)
            if change.record_id in touched_by_them:  # I removed what they changed
                conflicts.append(Conflict(kind, change.record_id, "", _label(kind, gone, ""), gone,
                                          _child(theirs, kind, change.record_id), None, subject_of(gone)))  # fmt: skip
            else:
                group[:] = [c for c in group if c.id != change.record_id]
        else:
            name = change.field
            mine_child = _child(mine, kind, change.record_id)
            if change.record_id in removed_by_them:  # they removed what I changed: one conflict per record
                if not any(c.record_id == change.record_id for c in conflicts):
                    conflicts.append(Conflict(kind, change.record_id, "", _label(kind, mine_child, ""),
                                              _child(base, kind, change.record_id), None, mine_child,
                                              subject_of(mine_child)))  # fmt: skip
                continue
            target = _child(result, kind, change.record_id)
            their_child = _child(theirs, kind, change.record_id)
            my_value = getattr(mine_child, name)
            their_value = getattr(their_child, name) if their_child is not None else None
            if (change.record_id, name) in changed_by_them and my_value != their_value:
                base_child = _child(base, kind, change.record_id)
                conflicts.append(Conflict(kind, change.record_id, name, _label(kind, mine_child, name),
                                          getattr(base_child, name), their_value, my_value,
                                          subject_of(base_child)))  # fmt: skip
            elif target is not None:
                setattr(target, name, my_value)
    return Merge(result, conflicts, mine)


def resolve(merged: Merge, choices: dict[int, Choice]) -> Meeting:
    """The meeting once each conflict (by its place in the list) is settled: "theirs" leaves what was saved
    elsewhere, "mine" takes this person's value (or removal, or version of a record removed elsewhere)."""
    result = _copy(merged.meeting)
    for i, conflict in enumerate(merged.conflicts):
        if choices.get(i, "theirs") != "mine":
            continue
        if conflict.record is RecordKind.MEETING:
            setattr(result, conflict.field, conflict.mine)
            continue
        group: list[Child] = getattr(result, _LISTS[conflict.record])
        if conflict.field:
            target = _child(result, conflict.record, conflict.record_id)
            if target is not None:
                setattr(target, conflict.field, conflict.mine)
        elif conflict.mine is None:  # I removed it: it goes
            group[:] = [c for c in group if c.id != conflict.record_id]
        elif _child(result, conflict.record, conflict.record_id) is None:  # removed elsewhere: mine comes back
            group.append(dataclasses.replace(conflict.mine))
    return result


__all__ = ["Choice", "Conflict", "Merge", "merge", "resolve"]
