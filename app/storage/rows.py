"""Records as the store's rows and back, and the small conversions every storage module shares (times in UTC,
dates as ISO text, lists as '; '-separated text). One mapping, used by every read and write."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.validation import LIST_SEPARATOR
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status
from app.storage.database import Database


class Connected:
    """What every part of the repository stands on: the database and its connection."""

    db: Database

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_ts(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)  # "…Z" is read as UTC (Python 3.11+), many times faster than strptime


def date_of(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


ACTION_COLUMNS = (
    "a.id, a.meeting_id, a.description, a.owner, a.committed_by, a.due_date, a.status, a.priority,"
    " a.completed_on, a.notes"
)


PARTICIPANT_COLUMNS = "id, name, position, organisation, country, side, person_id"


def participant_of(r: Sequence[Any]) -> Participant:
    """A participant from a row of PARTICIPANT_COLUMNS."""
    pid, name, position, organisation, country, side, person = r
    return Participant(id=pid, name=name, position=position, organisation=organisation, country=country,
                       side=Side(side), person_id=person or "")  # fmt: skip


def action_of(r: Sequence[Any]) -> Action:
    return Action(
        id=str(r[0]),
        meeting_id=str(r[1]),
        description=str(r[2]),
        owner=str(r[3]),
        committed_by=CommittedBy(r[4]),
        due_date=date_of(r[5]),
        status=Status(r[6]),
        priority=Priority(r[7]),
        completed_on=date_of(r[8]),
        notes=str(r[9]),
    )


def meeting_of(row: Sequence[Any]) -> Meeting:
    (mid, title, date, time, location, fmt, level, countries, topics, summary, outcomes, source, classification,
     created, updated, revision, end_date) = row  # fmt: skip
    return Meeting(
        id=mid,
        title=title,
        date=dt.date.fromisoformat(date),
        time=dt.time.fromisoformat(time) if time else None,
        end_date=dt.date.fromisoformat(end_date) if end_date else None,
        location=location,
        format=MeetingFormat(fmt),
        level=Level(level),
        countries=split(countries),
        topics=split(topics),
        summary=summary,
        outcomes=outcomes,
        source=source,
        classification=Classification(classification),
        created_at=parse_ts(created),
        updated_at=parse_ts(updated),
        revision=revision,
    )


def meeting_fields(m: Meeting) -> tuple[object, ...]:
    return (
        m.title,
        m.date.isoformat(),
        m.time.isoformat(timespec="minutes") if m.time else None,
        m.location,
        m.format.value,
        m.level.value,
        LIST_SEPARATOR.join(m.countries),
        LIST_SEPARATOR.join(m.topics),
        m.summary,
        m.outcomes,
        m.source,
        m.classification.value,
        m.end_date.isoformat() if m.end_date else None,
    )


def child_row(child: Participant | Statement | Action) -> tuple[str, tuple[str, ...], tuple[object, ...]]:
    if isinstance(child, Participant):
        return (
            "participants",
            ("name", "position", "organisation", "country", "side", "person_id"),
            (child.name, child.position, child.organisation, child.country, child.side.value, child.person_id or None),
        )
    if isinstance(child, Statement):
        return "statements", ("speaker", "text", "language"), (child.speaker, child.text, child.language)
    return (
        "actions",
        ("description", "owner", "committed_by", "due_date", "status", "priority", "completed_on", "notes"),
        (
            child.description,
            child.owner,
            child.committed_by.value,
            iso(child.due_date),
            child.status.value,
            child.priority.value,
            iso(child.completed_on),
            child.notes,
        ),
    )


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def split(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]
