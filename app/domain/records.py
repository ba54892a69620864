"""The records a desk keeps: plain data, no Qt and no SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from operator import attrgetter

from app.domain.ids import new_id
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status


class Remade:
    """Pickled as the call that makes the record again from its fields in their order: a large import sends
    hundreds of thousands of records from the process reading the workbook to the one writing them, and a record
    set again slot by slot took two and a half times as long to read back."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return self.__class__, _fields_of(self)


def _fields_of(record: object) -> tuple[object, ...]:
    """A slotted record's fields in their order, as its class is called with them."""
    cls = type(record)
    getter = _GETTERS.get(cls)
    if getter is None:
        getter = _GETTERS[cls] = attrgetter(*cls.__slots__)  # type: ignore[attr-defined]
    values: tuple[object, ...] = getter(record)
    return values


_GETTERS: dict[type, attrgetter[tuple[object, ...]]] = {}


@dataclass(slots=True)
class Participant(Remade):
    name: str
    position: str = ""
    organisation: str = ""
    country: str = ""
    side: Side = Side.OURS
    id: str = field(default_factory=new_id)
    person_id: str = ""  # the person this is (app.domain.people), once known


@dataclass(slots=True)
class Statement(Remade):
    speaker: str
    text: str
    language: str = ""
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Action(Remade):
    description: str
    owner: str = ""
    committed_by: CommittedBy = CommittedBy.OURS
    due_date: dt.date | None = None
    status: Status = Status.OPEN
    priority: Priority = Priority.NORMAL
    completed_on: dt.date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)
    meeting_id: str = ""

    def is_overdue(self, today: dt.date | None = None) -> bool:
        """Not done or cancelled, and past its due date."""
        if self.due_date is None or self.status.is_closed:
            return False
        return self.due_date < (today or dt.date.today())


@dataclass(slots=True)
class Meeting(Remade):
    title: str
    date: dt.date
    time: dt.time | None = None
    location: str = ""
    end_date: dt.date | None = None  # the last day of a visit of several days
    format: MeetingFormat = MeetingFormat.BILATERAL
    level: Level = Level.WORKING
    countries: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    summary: str = ""
    outcomes: str = ""
    source: str = ""
    classification: Classification = Classification.UNCLASSIFIED
    participants: list[Participant] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    revision: int = 0
