"""The one place where records meet SQL: reads, writes, listing pages and search."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.tidy import tidy_child, tidy_meeting
from app.domain.validation import (
    LIST_SEPARATOR,
    ValidationError,
    ensure_valid,
    validate_action,
    validate_participant,
    validate_statement,
)
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status
from app.storage import search_index
from app.storage.database import Database
from app.storage.errors import ConflictError, NotFoundError
from app.storage.migrations import OPEN_ACTION_SQL


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_ts(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)  # "…Z" is read as UTC (Python 3.11+), many times faster than strptime


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


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
    sort: str = "date"
    descending: bool = True

    @property
    def narrows(self) -> bool:
        """True when it leaves some meetings out (sorting aside)."""
        return bool(
            self.text.strip() or self.country or self.date_from or self.date_to
            or self.formats or self.levels or self.classifications
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


_MEETING_SORTS = {
    "date": "m.date {d}, m.time {d}, m.id {d}",
    "title": "m.title COLLATE NOCASE {d}, m.id",
    "format": "m.format {d}, m.date DESC",
    "level": "m.level {d}, m.date DESC",
    "countries": "m.countries {d}, m.date DESC",
    "open_actions": "open_actions {d}, m.date DESC",
}

_ACTION_SORTS = {
    "due_date": "a.due_date IS NULL, a.due_date {d}, m.date DESC, a.position",
    "owner": "a.owner COLLATE NOCASE {d}, a.due_date",
    "status": "a.status {d}, a.due_date",
    "priority": "CASE a.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END {d}, a.due_date",
    "meeting": "m.date {d}, a.position",
    "description": "a.description COLLATE NOCASE {d}",
    "committed_by": "a.committed_by {d}, a.due_date",
}

_CLOSED = (Status.DONE.value, Status.CANCELLED.value)
_OPEN_STATUSES = {Status.OPEN, Status.IN_PROGRESS}
_KIND_ORDER = {"meeting": 0, "participant": 1, "statement": 2, "action": 3}


class Repository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    # ------------------------------------------------------------------------------------------------ writing

    def save_meeting(
        self, meeting: Meeting, *, expected_revision: int | None = None, remember_removed: bool = True
    ) -> Meeting:
        """Insert or replace a meeting with its children; the revision moves on by one.

        With `expected_revision`, refuse (ConflictError) if someone saved the meeting since it was read. Children
        the new version leaves out are remembered as deleted, unless `remember_removed` is False (an undo).
        """
        meeting = tidy_meeting(meeting)
        ensure_valid(meeting)
        now = _now()
        with self.db.transaction() as conn:
            row = conn.execute("SELECT revision, created_at FROM meetings WHERE id = ?", (meeting.id,)).fetchone()
            if row is not None:
                revision, created_text = row
                if expected_revision is not None and revision != expected_revision:
                    raise ConflictError(
                        f"'{meeting.title}' was changed elsewhere (revision {revision}, expected {expected_revision})"
                    )
                created = _parse_ts(created_text)
                new_revision = revision + 1
                if remember_removed:
                    _remember_removed_children(conn, meeting, now)
                conn.execute("DELETE FROM participants WHERE meeting_id = ?", (meeting.id,))
                conn.execute("DELETE FROM statements WHERE meeting_id = ?", (meeting.id,))
                conn.execute("DELETE FROM actions WHERE meeting_id = ?", (meeting.id,))
                conn.execute("DELETE FROM meeting_countries WHERE meeting_id = ?", (meeting.id,))
            else:
                created = meeting.created_at or now
                new_revision = meeting.revision + 1
            saved = replace(meeting, created_at=created, updated_at=now, revision=new_revision)
            _forget_deletions(conn, [saved.id, *(c.id for _kind, c in _children_of(saved))])
            self._write(conn, saved, update=row is not None)
            search_index.index_meeting(conn, saved.id)
        return saved

    def _write(self, conn: sqlite3.Connection, m: Meeting, *, update: bool) -> None:
        values = (
            *_meeting_fields(m),
            _ts(m.created_at or _now()),
            _ts(m.updated_at or _now()),
            m.revision,
            m.id,
        )
        if update:
            conn.execute(
                "UPDATE meetings SET title=?, date=?, time=?, location=?, format=?, level=?, countries=?, topics=?,"
                " summary=?, outcomes=?, source=?, classification=?, created_at=?, updated_at=?, revision=?"
                " WHERE id=?",
                values,
            )
        else:
            conn.execute(
                "INSERT INTO meetings(title, date, time, location, format, level, countries, topics, summary,"
                " outcomes, source, classification, created_at, updated_at, revision, id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                values,
            )
        conn.executemany(
            "INSERT INTO meeting_countries(meeting_id, code, position) VALUES (?,?,?)",
            [(m.id, code, i) for i, code in enumerate(m.countries)],
        )
        try:
            groups: tuple[Sequence[Participant | Statement | Action], ...] = (m.participants, m.statements, m.actions)
            for children in groups:
                if not children:
                    continue
                table, columns, _values = _child_row(children[0])
                names, marks = ", ".join(columns), ",".join("?" * len(columns))
                conn.executemany(
                    f"INSERT INTO {table}(id, meeting_id, position, {names}) VALUES (?, ?, ?, {marks})",
                    [(c.id, m.id, i, *_child_row(c)[2]) for i, c in enumerate(children)],
                )
        except sqlite3.IntegrityError:
            raise ConflictError(
                f"a participant, statement or action of '{m.title}' has the id of a record in another meeting"
            ) from None

    # A workbook holds a meeting and its participants, statements and actions on separate sheets, read one after
    # another: an import writes a meeting's own fields, then each child as its sheet comes, and at the end moves
    # each touched meeting's revision on once and re-indexes it (finish_meetings). All inside one transaction.

    def put_meeting_fields(self, meeting: Meeting, *, exists: bool, checked: bool = False) -> None:
        """Insert a meeting, or replace an existing one's own fields, leaving its children as they are.
        `checked`: the caller has already tidied and validated it (an import has)."""
        m = meeting
        if not checked:
            m = tidy_meeting(replace(meeting, participants=[], statements=[], actions=[]))
            ensure_valid(m)
        now = _now()
        with self.db.transaction() as conn:
            if exists:
                conn.execute(
                    "UPDATE meetings SET title=?, date=?, time=?, location=?, format=?, level=?, countries=?,"
                    " topics=?, summary=?, outcomes=?, source=?, classification=?, updated_at=? WHERE id=?",
                    (*_meeting_fields(m), _ts(now), m.id),
                )
                conn.execute("DELETE FROM meeting_countries WHERE meeting_id = ?", (m.id,))
            else:
                conn.execute(
                    "INSERT INTO meetings(title, date, time, location, format, level, countries, topics, summary,"
                    " outcomes, source, classification, created_at, updated_at, revision, id)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*_meeting_fields(m), _ts(m.created_at or now), _ts(now), m.revision, m.id),
                )
            conn.executemany(
                "INSERT INTO meeting_countries(meeting_id, code, position) VALUES (?,?,?)",
                [(m.id, code, i) for i, code in enumerate(m.countries)],
            )
            if not exists:
                _forget_deletions(conn, [m.id])

    def children(self, kind: str, ids: Sequence[str]) -> dict[str, Participant | Statement | Action]:
        """Participants, statements or actions by id (unknown ids left out)."""
        found: dict[str, Participant | Statement | Action] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            if kind == "participant":
                for pid, name, title_, org, country, side in self.conn.execute(
                    f"SELECT id, name, title, organisation, country, side FROM participants WHERE id IN ({marks})",
                    chunk,
                ):
                    found[pid] = Participant(
                        id=pid, name=name, position=title_, organisation=org, country=country, side=Side(side)
                    )
            elif kind == "statement":
                for sid, speaker, text, language in self.conn.execute(
                    f"SELECT id, speaker, text, language FROM statements WHERE id IN ({marks})", chunk
                ):
                    found[sid] = Statement(id=sid, speaker=speaker, text=text, language=language)
            else:
                for r in self.conn.execute(f"SELECT {_ACTION_COLUMNS} FROM actions a WHERE a.id IN ({marks})", chunk):
                    found[r[0]] = _action(r)
        return found

    def put_children(
        self, items: Sequence[tuple[str, Participant | Statement | Action, bool]], *, checked: bool = False
    ) -> None:
        """(meeting id, child, exists) each: new children go to the end of their meeting's list, existing ones are
        replaced in place. `checked`: the caller has already tidied and validated them (an import has)."""
        inserts: dict[str, list[tuple[object, ...]]] = {}
        updates: dict[str, list[tuple[object, ...]]] = {}
        columns_of: dict[str, tuple[str, ...]] = {}
        for meeting_id, child, exists in items:
            if not checked:
                child = tidy_child(child)
                problems = (
                    validate_participant(child)
                    if isinstance(child, Participant)
                    else validate_statement(child)
                    if isinstance(child, Statement)
                    else validate_action(child)
                )
                if problems:
                    raise ValidationError(problems)
            table, columns, values = _child_row(child)
            columns_of[table] = columns
            if exists:
                updates.setdefault(table, []).append((*values, child.id, meeting_id))
            else:
                inserts.setdefault(table, []).append((child.id, meeting_id, meeting_id, *values))
        with self.db.transaction() as conn:
            for table, rows in updates.items():
                sets = ", ".join(f"{c}=?" for c in columns_of[table])
                conn.executemany(f"UPDATE {table} SET {sets} WHERE id=? AND meeting_id=?", rows)
            if inserts:
                _forget_deletions(conn, [str(row[0]) for rows in inserts.values() for row in rows])
            for table, rows in inserts.items():
                names = ", ".join(columns_of[table])
                marks = ",".join("?" * len(columns_of[table]))
                conn.executemany(
                    f"INSERT INTO {table}(id, meeting_id, position, {names}) VALUES (?, ?,"
                    f" (SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE meeting_id = ?), {marks})",
                    rows,
                )

    def finish_meetings(self, ids: Sequence[str]) -> None:
        """After piecewise writes: each meeting's revision moves on by one, and it is searchable as it now is."""
        now = _ts(_now())
        with self.db.transaction() as conn:
            engine = search_index.search_engine(conn)
            for meeting_id in ids:
                conn.execute(
                    "UPDATE meetings SET revision = revision + 1, updated_at = ? WHERE id = ?", (now, meeting_id)
                )
                search_index.index_meeting(conn, meeting_id, engine)

    def delete_meeting(self, meeting_id: str, *, remember: bool = True) -> Meeting:
        """Delete a meeting with everything that belongs to it; returns it, so that the deletion can be undone.
        The deletion is remembered (an older workbook will not bring it back), except when it takes back the
        meeting's own creation (`remember=False`: undoing a new meeting or an import that added it)."""
        meeting = self.get_meeting(meeting_id)
        with self.db.transaction() as conn:
            search_index.unindex_meeting(conn, meeting_id)
            conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            deleted_at = _ts(_now())
            if not remember:
                return meeting
            conn.executemany(
                "INSERT OR REPLACE INTO deleted_records(id, kind, meeting_id, deleted_at) VALUES (?, ?, ?, ?)",
                [(meeting_id, "meeting", meeting_id, deleted_at)]
                + [(c.id, kind, meeting_id, deleted_at) for kind, c in _children_of(meeting)],
            )
        return meeting

    def deleted(self, ids: Sequence[str]) -> set[str]:
        """Which of these ids belong to records deleted here (and not brought back since)."""
        found: set[str] = set()
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0] for r in self.conn.execute(f"SELECT id FROM deleted_records WHERE id IN ({marks})", chunk)
            )
        return found

    def set_action_status(
        self, action_id: str, status: Status, completed_on: dt.date | None = None, *, today: dt.date | None = None
    ) -> Action:
        """Change one action's status in place; done gets a completion date (today unless given)."""
        if status is Status.DONE and completed_on is None:
            completed_on = today or dt.date.today()
        if status is not Status.DONE:
            completed_on = None
        with self.db.transaction() as conn:
            row = conn.execute("SELECT meeting_id FROM actions WHERE id = ?", (action_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"there is no action with id {action_id}")
            conn.execute(
                "UPDATE actions SET status = ?, completed_on = ? WHERE id = ?",
                (status.value, _iso(completed_on), action_id),
            )
            conn.execute(
                "UPDATE meetings SET revision = revision + 1, updated_at = ? WHERE id = ?", (_ts(_now()), row[0])
            )
        return self.get_action(action_id)

    # ------------------------------------------------------------------------------------------------ reading

    def meeting_exists(self, meeting_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone() is not None

    def meeting_revision(self, meeting_id: str) -> int | None:
        row = self.conn.execute("SELECT revision FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        return int(row[0]) if row else None

    def get_meeting(self, meeting_id: str) -> Meeting:
        found = self.get_meetings([meeting_id])
        if not found:
            raise NotFoundError(f"there is no meeting with id {meeting_id}")
        return found[0]

    def get_meetings(self, ids: Sequence[str]) -> list[Meeting]:
        """The meetings with these ids that exist, with their children, in the order asked; a few queries for the
        whole batch instead of four per meeting."""
        meetings: dict[str, Meeting] = {}
        for chunk in _chunks(list(dict.fromkeys(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT id, title, date, time, location, format, level, countries, topics, summary, outcomes, source,"
                f" classification, created_at, updated_at, revision FROM meetings WHERE id IN ({marks})",
                chunk,
            ):
                meetings[row[0]] = _meeting(row)
            for mid, pid, name, title_, org, country, side in self.conn.execute(
                "SELECT meeting_id, id, name, title, organisation, country, side FROM participants"
                f" WHERE meeting_id IN ({marks}) ORDER BY meeting_id, position",
                chunk,
            ):
                meetings[mid].participants.append(
                    Participant(id=pid, name=name, position=title_, organisation=org, country=country, side=Side(side))
                )
            for mid, sid, speaker, text, language in self.conn.execute(
                "SELECT meeting_id, id, speaker, text, language FROM statements"
                f" WHERE meeting_id IN ({marks}) ORDER BY meeting_id, position",
                chunk,
            ):
                meetings[mid].statements.append(Statement(id=sid, speaker=speaker, text=text, language=language))
            for r in self.conn.execute(
                f"SELECT {_ACTION_COLUMNS} FROM actions a WHERE a.meeting_id IN ({marks})"
                " ORDER BY a.meeting_id, a.position",
                chunk,
            ):
                action = _action(r)
                meetings[action.meeting_id].actions.append(action)
        return [meetings[i] for i in dict.fromkeys(ids) if i in meetings]

    def meeting_ids(self, f: MeetingFilter | None = None) -> list[str]:
        """Ids of every meeting the filter lets through, oldest first (the order of an export)."""
        where, params = self._meeting_where(f or MeetingFilter())
        return [r[0] for r in self.conn.execute(f"SELECT m.id FROM meetings m{where} ORDER BY m.date, m.id", params)]

    def child_counts(self, meeting_ids: Sequence[str]) -> dict[str, int]:
        """How many participants, statements and actions these meetings have, by table."""
        counts = dict.fromkeys(("participants", "statements", "actions"), 0)
        for chunk in _chunks(list(meeting_ids), 500):
            marks = ",".join("?" * len(chunk))
            for table in counts:
                counts[table] += self.conn.execute(
                    f"SELECT count(*) FROM {table} WHERE meeting_id IN ({marks})", chunk
                ).fetchone()[0]
        return counts

    def owners(self, kind: str, ids: Sequence[str]) -> dict[str, str]:
        """For participant, statement or action ids: the meeting each belongs to (unknown ids left out)."""
        table = {"participant": "participants", "statement": "statements", "action": "actions"}[kind]
        found: dict[str, str] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            found.update(self.conn.execute(f"SELECT id, meeting_id FROM {table} WHERE id IN ({marks})", chunk))
        return found

    def meeting_revisions(self, ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            found.update(self.conn.execute(f"SELECT id, revision FROM meetings WHERE id IN ({marks})", chunk))
        return found

    def get_action(self, action_id: str) -> Action:
        row = self.conn.execute(f"SELECT {_ACTION_COLUMNS} FROM actions a WHERE a.id = ?", (action_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no action with id {action_id}")
        return _action(row)

    def _meeting_where(self, f: MeetingFilter) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if f.text.strip():
            matching, found = search_index.meetings_matching(self.conn, f.text)
            clauses.append(f"m.id IN ({matching})" if matching else "0")
            params += found
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
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def meetings_on(self, dates: Sequence[dt.date]) -> list[tuple[str, dt.date, str, list[str]]]:
        """(id, date, title, countries) of every meeting held on one of these days."""
        found: list[tuple[str, dt.date, str, list[str]]] = []
        for chunk in _chunks(sorted({d.isoformat() for d in dates}), 500):
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, date, title, countries FROM meetings WHERE date IN ({marks})"
            found += [(r[0], dt.date.fromisoformat(r[1]), r[2], _split(r[3])) for r in self.conn.execute(sql, chunk)]
        return found

    def meeting_markings(self, f: MeetingFilter | None = None) -> dict[Classification, int]:
        """How many of the meetings the filter lets through carry each marking."""
        where, params = self._meeting_where(f or MeetingFilter())
        sql = f"SELECT m.classification, count(*) FROM meetings m{where} GROUP BY m.classification"
        return {Classification(c): int(n) for c, n in self.conn.execute(sql, params)}

    def count_meetings(self, f: MeetingFilter | None = None) -> int:
        where, params = self._meeting_where(f or MeetingFilter())
        return int(self.conn.execute(f"SELECT count(*) FROM meetings m{where}", params).fetchone()[0])

    def list_meetings(
        self, f: MeetingFilter | None = None, *, offset: int = 0, limit: int = 200, today: dt.date | None = None
    ) -> list[MeetingRow]:
        """One page of the meetings list, filtered and sorted in SQL."""
        f = f or MeetingFilter()
        where, params = self._meeting_where(f)
        order = _MEETING_SORTS.get(f.sort, _MEETING_SORTS["date"]).format(d="DESC" if f.descending else "ASC")
        today_text = (today or dt.date.today()).isoformat()
        sql = (
            "SELECT m.id, m.date, m.title, m.countries, m.format, m.level, m.classification,"
            " (SELECT count(*) FROM actions a WHERE a.meeting_id = m.id AND a.status NOT IN (?, ?)) AS open_actions,"
            " (SELECT count(*) FROM actions a WHERE a.meeting_id = m.id AND a.status NOT IN (?, ?)"
            "  AND a.due_date < ?) AS overdue_actions"
            f" FROM meetings m{where} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        rows = self.conn.execute(sql, (*_CLOSED, *_CLOSED, today_text, *params, limit, offset))
        return [
            MeetingRow(
                id=r[0],
                date=dt.date.fromisoformat(r[1]),
                title=r[2],
                countries=_split(r[3]),
                format=MeetingFormat(r[4]),
                level=Level(r[5]),
                classification=Classification(r[6]),
                open_actions=r[7],
                overdue_actions=r[8],
            )
            for r in rows
        ]

    def _action_where(self, f: ActionFilter) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if set(f.statuses) == _OPEN_STATUSES and not f.overdue_only:
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
        if not f.include_confidential:
            clauses.append("m.classification NOT IN (?, ?)")
            params += [Classification.CONFIDENTIAL.value, Classification.SECRET.value]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def meetings_per_country(self, date_from: dt.date, date_to: dt.date, limit: int = 10) -> list[tuple[str, int]]:
        """Meetings held with each country in a period, most first (a meeting with two countries counts for both)."""
        sql = (
            "SELECT c.code, count(*) AS n FROM meetings m JOIN meeting_countries c ON c.meeting_id = m.id"
            " WHERE m.date >= ? AND m.date <= ? GROUP BY c.code ORDER BY n DESC, c.code LIMIT ?"
        )
        return [(r[0], int(r[1])) for r in self.conn.execute(sql, (date_from.isoformat(), date_to.isoformat(), limit))]

    def action_owners(self, limit: int = 1000) -> list[str]:
        """The owners named on actions, for the owner filter."""
        sql = "SELECT DISTINCT owner FROM actions WHERE owner <> '' ORDER BY owner COLLATE NOCASE LIMIT ?"
        return [r[0] for r in self.conn.execute(sql, (limit,))]

    def count_actions(self, f: ActionFilter | None = None) -> int:
        f = f or ActionFilter()
        where, params = self._action_where(f)
        # Every action has its meeting (a foreign key): the join is needed only to look at the meeting's marking.
        join = "" if f.include_confidential else " JOIN meetings m ON m.id = a.meeting_id"
        sql = f"SELECT count(*) FROM actions a{join}{where}"
        return int(self.conn.execute(sql, params).fetchone()[0])

    def list_actions(self, f: ActionFilter | None = None, *, offset: int = 0, limit: int = 200) -> list[ActionRow]:
        f = f or ActionFilter()
        where, params = self._action_where(f)
        order = _ACTION_SORTS.get(f.sort, _ACTION_SORTS["due_date"]).format(d="DESC" if f.descending else "ASC")
        if f.overdue_only or f.due_from or f.due_before:
            # Every row has a due date: without the undated-last term SQLite can walk the due-date index in order.
            order = order.removeprefix("a.due_date IS NULL, ")
        if f.sort in ("due_date", "meeting") or not f.include_confidential:  # these read the meeting's columns
            source = "actions a JOIN meetings m ON m.id = a.meeting_id" + where
            sql = f"SELECT {_ACTION_COLUMNS}, m.title, m.date, m.countries, m.classification FROM {source}"
            sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        else:
            # Sorted by the action's own columns: sort the actions alone and join the page's meetings afterwards,
            # not every one of 100,000s of rows (half the time of a sort by owner or description).
            page = f"SELECT * FROM actions a{where} ORDER BY {order} LIMIT ? OFFSET ?"
            sql = (
                f"SELECT {_ACTION_COLUMNS}, m.title, m.date, m.countries, m.classification FROM ({page}) a"
                f" JOIN meetings m ON m.id = a.meeting_id ORDER BY {order}"
            )
        return [
            ActionRow(_action(r), r[-4], dt.date.fromisoformat(r[-3]), _split(r[-2]), Classification(r[-1]))
            for r in self.conn.execute(sql, (*params, limit, offset))
        ]

    def search(self, text: str, limit: int = 200) -> list[SearchResult]:
        """Matches of every kind, newest meeting first and, within a meeting, the meeting before its parts."""
        hits = search_index.search(self.conn, text, limit=limit)
        meetings: dict[str, tuple[str, dt.date, Classification]] = {}
        for meeting_id in {h.meeting_id for h in hits}:
            sql = "SELECT title, date, classification FROM meetings WHERE id = ?"
            row = self.conn.execute(sql, (meeting_id,)).fetchone()
            if row is not None:
                meetings[meeting_id] = (row[0], dt.date.fromisoformat(row[1]), Classification(row[2]))
        results = []
        for hit in hits:
            if hit.meeting_id in meetings:
                title, date, marking = meetings[hit.meeting_id]
                text = self._record_text(hit.kind, hit.id)
                results.append(SearchResult(hit.kind, hit.id, hit.meeting_id, title, date, text, marking))
        results.sort(key=lambda r: (-r.meeting_date.toordinal(), r.meeting_id, _KIND_ORDER.get(r.kind, 9)))
        return results

    def _record_text(self, kind: str, record_id: str) -> str:
        sql = {
            "meeting": "SELECT title FROM meetings WHERE id = ?",
            "participant": "SELECT name || CASE WHEN title != '' THEN ', ' || title ELSE '' END"
            " FROM participants WHERE id = ?",
            "statement": "SELECT speaker || ': ' || text FROM statements WHERE id = ?",
            "action": "SELECT description FROM actions WHERE id = ?",
        }[kind]
        row = self.conn.execute(sql, (record_id,)).fetchone()
        return str(row[0]) if row else ""

    def counts(self) -> Counts:
        c = self.conn
        return Counts(
            meetings=c.execute("SELECT count(*) FROM meetings").fetchone()[0],
            participants=c.execute("SELECT count(*) FROM participants").fetchone()[0],
            statements=c.execute("SELECT count(*) FROM statements").fetchone()[0],
            actions=c.execute("SELECT count(*) FROM actions").fetchone()[0],
        )


def _children_of(m: Meeting) -> Iterator[tuple[str, Participant | Statement | Action]]:
    for kind, children in (("participant", m.participants), ("statement", m.statements), ("action", m.actions)):
        for child in children:
            yield kind, child


def _remember_removed_children(conn: sqlite3.Connection, meeting: Meeting, now: dt.datetime) -> None:
    """Children that a save of the whole meeting leaves out are deleted: remember them."""
    kept = {c.id for _kind, c in _children_of(meeting)}
    removed = [
        (child_id, kind, meeting.id, _ts(now))
        for kind, table in (("participant", "participants"), ("statement", "statements"), ("action", "actions"))
        for (child_id,) in conn.execute(f"SELECT id FROM {table} WHERE meeting_id = ?", (meeting.id,))
        if child_id not in kept
    ]
    conn.executemany(
        "INSERT OR REPLACE INTO deleted_records(id, kind, meeting_id, deleted_at) VALUES (?, ?, ?, ?)", removed
    )


def _forget_deletions(conn: sqlite3.Connection, ids: Sequence[str]) -> None:
    """Records written again (an undone deletion, a re-import the user chose) are no longer deleted."""
    for chunk in _chunks(list(ids), 500):
        conn.execute(f"DELETE FROM deleted_records WHERE id IN ({','.join('?' * len(chunk))})", chunk)


_ACTION_COLUMNS = (
    "a.id, a.meeting_id, a.description, a.owner, a.committed_by, a.due_date, a.status, a.priority,"
    " a.completed_on, a.notes"
)


def _action(r: Sequence[Any]) -> Action:
    return Action(
        id=str(r[0]),
        meeting_id=str(r[1]),
        description=str(r[2]),
        owner=str(r[3]),
        committed_by=CommittedBy(r[4]),
        due_date=_date(r[5]),
        status=Status(r[6]),
        priority=Priority(r[7]),
        completed_on=_date(r[8]),
        notes=str(r[9]),
    )


def _meeting(row: Sequence[Any]) -> Meeting:
    (mid, title, date, time, location, fmt, level, countries, topics, summary, outcomes, source, classification,
     created, updated, revision) = row  # fmt: skip
    return Meeting(
        id=mid,
        title=title,
        date=dt.date.fromisoformat(date),
        time=dt.time.fromisoformat(time) if time else None,
        location=location,
        format=MeetingFormat(fmt),
        level=Level(level),
        countries=_split(countries),
        topics=_split(topics),
        summary=summary,
        outcomes=outcomes,
        source=source,
        classification=Classification(classification),
        created_at=_parse_ts(created),
        updated_at=_parse_ts(updated),
        revision=revision,
    )


def _meeting_fields(m: Meeting) -> tuple[object, ...]:
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
    )


def _child_row(child: Participant | Statement | Action) -> tuple[str, tuple[str, ...], tuple[object, ...]]:
    if isinstance(child, Participant):
        return (
            "participants",
            ("name", "title", "organisation", "country", "side"),
            (child.name, child.position, child.organisation, child.country, child.side.value),
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
            _iso(child.due_date),
            child.status.value,
            child.priority.value,
            _iso(child.completed_on),
            child.notes,
        ),
    )


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]
