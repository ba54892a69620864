"""What the lists ask for and get back: filters (applied in SQL) and the rows of the meetings and actions lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.domain.records import Action
from app.domain.vocab import Classification, Level, MeetingFormat, Status
from app.storage import search_index
from app.storage.migrations import OPEN_ACTION_SQL


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meetings list."""

    id: str
    date: dt.date
    title: str
    countries: list[str]
    format: MeetingFormat
    level: Level
    classification: Classification
    open_actions: int
    overdue_actions: int
    time: str = ""  # only for keeping the date order within a day
    end_date: dt.date | None = None


@dataclass(frozen=True)
class ActionRow:
    action: Action
    meeting_title: str
    meeting_date: dt.date
    countries: list[str]
    meeting_classification: Classification


@dataclass
class MeetingFilter:
    """Filters and sort for the meetings list; every part is applied in SQL."""

    text: str = ""
    country: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    formats: Sequence[MeetingFormat] = ()
    levels: Sequence[Level] = ()
    classifications: Sequence[Classification] = ()
    ids: Sequence[str] = ()  # only these meetings (a view re-reading the rows a change touched)
    sort: str = "date"
    descending: bool = True

    @property
    def only_text(self) -> bool:
        """True when the words searched for are all it narrows by."""
        return bool(self.text.strip()) and not dataclasses.replace(self, text="").narrows

    @property
    def narrows(self) -> bool:
        """True when it leaves some meetings out (sorting aside)."""
        return bool(
            self.text.strip() or self.country or self.date_from or self.date_to
            or self.formats or self.levels or self.classifications or self.ids
        )  # fmt: skip


@dataclass
class ActionFilter:
    statuses: Sequence[Status] = ()
    owner: str = ""
    country: str = ""
    overdue_only: bool = False
    due_from: dt.date | None = None
    due_before: dt.date | None = None
    meeting_id: str = ""
    meeting_ids: Sequence[str] = ()  # only the actions of these meetings
    include_confidential: bool = True
    today: dt.date | None = None
    sort: str = "due_date"
    descending: bool = False


@dataclass(frozen=True)
class SearchResult:
    kind: str
    id: str
    meeting_id: str
    meeting_title: str
    meeting_date: dt.date
    text: str
    classification: Classification = Classification.UNCLASSIFIED  # the meeting's marking


@dataclass
class Counts:
    meetings: int = 0
    participants: int = 0
    statements: int = 0
    actions: int = 0
    extra: dict[str, int] = field(default_factory=dict)


MEETING_SORTS = {
    "date": "m.date {d}, m.time {d}, m.id {d}",
    "title": "m.title COLLATE NOCASE {d}, m.id",
    "format": "m.format {d}, m.date DESC",
    "level": "m.level {d}, m.date DESC",
    "countries": "m.countries {d}, m.date DESC",
    "open_actions": "open_actions {d}, m.date DESC",
}

ACTION_SORTS = {
    "due_date": "a.due_date IS NULL, a.due_date {d}, m.date DESC, a.sort_order",
    "owner": "a.owner COLLATE NOCASE {d}, a.due_date",
    "status": "a.status {d}, a.due_date",
    "priority": "CASE a.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END {d}, a.due_date",
    "meeting": "m.date {d}, a.sort_order",
    "description": "a.description COLLATE NOCASE {d}",
    "committed_by": "a.committed_by {d}, a.due_date",
}

CLOSED_STATUSES = (Status.DONE.value, Status.CANCELLED.value)
OPEN_STATUSES = {Status.OPEN, Status.IN_PROGRESS}
KIND_ORDER = {"meeting": 0, "participant": 1, "statement": 2, "action": 3}


def meeting_where(conn: sqlite3.Connection, f: MeetingFilter) -> tuple[str, list[object]]:
    """The WHERE clause (with its parameters) of the meetings a filter lets through, for `meetings m`."""
    clauses: list[str] = []
    params: list[object] = []
    count = search_index.meeting_text_match(conn, f.text) if f.text.strip() else None
    if count is not None:  # the matching meetings' numbers are in temp.meeting_matches
        # Many matches: walk the meetings in the list's order and keep those whose number is held (the first page
        # comes at once); few: look each one up by its number.
        many = count * 20 >= int(conn.execute("SELECT coalesce(max(rowid), 0) FROM meetings").fetchone()[0])
        if not count:
            clauses.append("0")
        elif many:
            clauses.append("EXISTS (SELECT 1 FROM temp.meeting_matches t WHERE t.no = m.search_no)")
        else:
            clauses.append("m.search_no IN (SELECT no FROM temp.meeting_matches)")
    elif f.text.strip():  # a meeting matches when each word is in it or in one of its records, as above
        words = search_index.query_tokens(f.text)
        for word in words:
            matching, found = search_index.meetings_matching(conn, word)
            clauses.append(f"m.id IN ({matching})")
            params += found
        if not words:
            clauses.append("0")
    if f.country:
        clauses.append("m.id IN (SELECT meeting_id FROM meeting_countries WHERE code = ?)")
        params.append(f.country)
    if f.date_from:
        clauses.append("m.date >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append("m.date <= ?")
        params.append(f.date_to.isoformat())
    for column, values in (("format", f.formats), ("level", f.levels), ("classification", f.classifications)):
        if values:
            clauses.append(f"m.{column} IN ({','.join('?' * len(values))})")
            params += [v.value for v in values]
    if f.ids:
        clauses.append(f"m.id IN ({','.join('?' * len(f.ids))})")
        params += list(f.ids)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def action_where(f: ActionFilter) -> tuple[str, list[object]]:
    """The WHERE clause (with its parameters) of the actions a filter lets through, for `actions a`."""
    clauses: list[str] = []
    params: list[object] = []
    if set(f.statuses) == OPEN_STATUSES and not f.overdue_only:
        clauses.append("a." + OPEN_ACTION_SQL)  # word for word the partial index's condition
    elif f.statuses:
        clauses.append(f"a.status IN ({','.join('?' * len(f.statuses))})")
        params += [s.value for s in f.statuses]
    if f.owner:
        clauses.append("a.owner = ?")
        params.append(f.owner)
    if f.country:
        clauses.append("a.meeting_id IN (SELECT meeting_id FROM meeting_countries WHERE code = ?)")
        params.append(f.country)
    if f.overdue_only:
        clauses.append(f"a.{OPEN_ACTION_SQL} AND a.due_date < ?")
        params.append((f.today or dt.date.today()).isoformat())
    if f.due_from:
        clauses.append("a.due_date >= ?")
        params.append(f.due_from.isoformat())
    if f.due_before:
        clauses.append("a.due_date <= ?")
        params.append(f.due_before.isoformat())
    if f.meeting_id:
        clauses.append("a.meeting_id = ?")
        params.append(f.meeting_id)
    if f.meeting_ids:
        clauses.append(f"a.meeting_id IN ({','.join('?' * len(f.meeting_ids))})")
        params += list(f.meeting_ids)
    if not f.include_confidential:
        clauses.append("m.classification NOT IN (?, ?)")
        params += [Classification.CONFIDENTIAL.value, Classification.SECRET.value]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
