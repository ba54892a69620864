"""Reading records: single records by id, the lists' pages and counts, figures for the overview, search. Every
query here reads; writes.py holds the writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.vocab import Classification, Level, MeetingFormat
from app.storage import search_index
from app.storage.errors import NotFoundError
from app.storage.queries import (
    ACTION_SORTS,
    CLOSED_STATUSES,
    KIND_ORDER,
    MEETING_SORTS,
    ActionFilter,
    ActionRow,
    Counts,
    MeetingFilter,
    MeetingRow,
    SearchResult,
    action_where,
    meeting_where,
)
from app.storage.rows import (
    ACTION_COLUMNS,
    PARTICIPANT_COLUMNS,
    Connected,
    action_of,
    chunks,
    meeting_of,
    participant_of,
    split,
)


# What a search hit shows of its record, for many records at once.
class RecordReads(Connected):
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
        for chunk in chunks(list(dict.fromkeys(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT id, title, date, time, location, format, level, countries, topics, summary, outcomes, source,"
                f" classification, created_at, updated_at, revision, end_date FROM meetings WHERE id IN ({marks})",
                chunk,
            ):
                meetings[row[0]] = meeting_of(row)
            for row in self.conn.execute(
                f"SELECT meeting_id, {PARTICIPANT_COLUMNS} FROM participants"
                f" WHERE meeting_id IN ({marks}) ORDER BY meeting_id, sort_order",
                chunk,
            ):
                meetings[row[0]].participants.append(participant_of(row[1:]))
            for mid, sid, speaker, text, language in self.conn.execute(
                "SELECT meeting_id, id, speaker, text, language FROM statements"
                f" WHERE meeting_id IN ({marks}) ORDER BY meeting_id, sort_order",
                chunk,
            ):
                meetings[mid].statements.append(Statement(id=sid, speaker=speaker, text=text, language=language))
            for r in self.conn.execute(
                f"SELECT {ACTION_COLUMNS} FROM actions a WHERE a.meeting_id IN ({marks})"
                " ORDER BY a.meeting_id, a.sort_order",
                chunk,
            ):
                action = action_of(r)
                meetings[action.meeting_id].actions.append(action)
        return [meetings[i] for i in dict.fromkeys(ids) if i in meetings]

    def meeting_ids(self, f: MeetingFilter | None = None) -> list[str]:
        """Ids of every meeting the filter lets through, oldest first (the order of an export)."""
        where, params = meeting_where(self.conn, f or MeetingFilter())
        return [r[0] for r in self.conn.execute(f"SELECT m.id FROM meetings m{where} ORDER BY m.date, m.id", params)]

    def child_counts(self, meeting_ids: Sequence[str]) -> dict[str, int]:
        """How many participants, statements and actions these meetings have, by table."""
        counts = dict.fromkeys(("participants", "statements", "actions"), 0)
        for chunk in chunks(list(meeting_ids), 500):
            marks = ",".join("?" * len(chunk))
            for table in counts:
                counts[table] += self.conn.execute(
                    f"SELECT count(*) FROM {table} WHERE meeting_id IN ({marks})", chunk
                ).fetchone()[0]
        return counts

    def parent_meetings(self, kind: str, ids: Sequence[str]) -> dict[str, str]:
        """For participant, statement or action ids: the meeting each belongs to (unknown ids left out)."""
        table = {"participant": "participants", "statement": "statements", "action": "actions"}[kind]
        found: dict[str, str] = {}
        for chunk in chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            found.update(self.conn.execute(f"SELECT id, meeting_id FROM {table} WHERE id IN ({marks})", chunk))
        return found

    def children(self, kind: str, ids: Sequence[str]) -> dict[str, Participant | Statement | Action]:
        """Participants, statements or actions by id (unknown ids left out)."""
        found: dict[str, Participant | Statement | Action] = {}
        for chunk in chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            if kind == "participant":
                for row in self.conn.execute(
                    f"SELECT {PARTICIPANT_COLUMNS} FROM participants WHERE id IN ({marks})", chunk
                ):
                    found[row[0]] = participant_of(row)
            elif kind == "statement":
                for sid, speaker, text, language in self.conn.execute(
                    f"SELECT id, speaker, text, language FROM statements WHERE id IN ({marks})", chunk
                ):
                    found[sid] = Statement(id=sid, speaker=speaker, text=text, language=language)
            else:
                for r in self.conn.execute(f"SELECT {ACTION_COLUMNS} FROM actions a WHERE a.id IN ({marks})", chunk):
                    found[r[0]] = action_of(r)
        return found

    def empty_tables(self, tables: Sequence[str]) -> set[str]:
        """Which of these tables (of the store's own names) hold no row."""
        return {t for t in tables if self.conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() is None}

    def deleted(self, ids: Sequence[str]) -> set[str]:
        """Which of these ids belong to records deleted here (and not brought back since)."""
        found: set[str] = set()
        for chunk in chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0] for r in self.conn.execute(f"SELECT id FROM deleted_records WHERE id IN ({marks})", chunk)
            )
        return found

    def meeting_revisions(self, ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            found.update(self.conn.execute(f"SELECT id, revision FROM meetings WHERE id IN ({marks})", chunk))
        return found

    def get_action(self, action_id: str) -> Action:
        row = self.conn.execute(f"SELECT {ACTION_COLUMNS} FROM actions a WHERE a.id = ?", (action_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no action with id {action_id}")
        return action_of(row)

    def meetings_on(self, dates: Sequence[dt.date]) -> list[tuple[str, dt.date, str, list[str]]]:
        """(id, date, title, countries) of every meeting held on one of these days."""
        found: list[tuple[str, dt.date, str, list[str]]] = []
        for chunk in chunks(sorted({d.isoformat() for d in dates}), 500):
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, date, title, countries FROM meetings WHERE date IN ({marks})"
            found += [(r[0], dt.date.fromisoformat(r[1]), r[2], split(r[3])) for r in self.conn.execute(sql, chunk)]
        return found

    def meeting_markings(self, f: MeetingFilter | None = None) -> dict[Classification, int]:
        """How many of the meetings the filter lets through carry each marking."""
        where, params = meeting_where(self.conn, f or MeetingFilter())
        sql = f"SELECT m.classification, count(*) FROM meetings m{where} GROUP BY m.classification"
        return {Classification(c): int(n) for c, n in self.conn.execute(sql, params)}

    def count_meetings(self, f: MeetingFilter | None = None) -> int:
        if f is not None and f.only_text:  # the search box alone: the meetings list's index counts them
            count = search_index.meeting_text_count(self.conn, f.text)
            if count is not None:
                return count
        where, params = meeting_where(self.conn, f or MeetingFilter())
        return int(self.conn.execute(f"SELECT count(*) FROM meetings m{where}", params).fetchone()[0])

    def list_meetings(
        self, f: MeetingFilter | None = None, *, offset: int = 0, limit: int = 200, today: dt.date | None = None
    ) -> list[MeetingRow]:
        """One page of the meetings list, filtered and sorted in SQL."""
        f = f or MeetingFilter()
        by_date = None
        if f.only_text and f.sort == "date":  # the search box alone: the index gives the page's days in order
            by_date = search_index.meetings_by_date(
                self.conn, f.text, offset=offset, limit=limit, descending=f.descending
            )
        if by_date is not None:
            where, params = f" WHERE m.search_no IN ({by_date[0]})", by_date[1]
        else:
            where, params = meeting_where(self.conn, f)
        order = MEETING_SORTS.get(f.sort, MEETING_SORTS["date"]).format(d="DESC" if f.descending else "ASC")
        today_text = (today or dt.date.today()).isoformat()
        columns = (
            "SELECT m.id, m.date, m.title, m.countries, m.format, m.level, m.classification,"
            " (SELECT count(*) FROM actions a WHERE a.meeting_id = m.id AND a.status NOT IN (?, ?)) AS open_actions,"
            " (SELECT count(*) FROM actions a WHERE a.meeting_id = m.id AND a.status NOT IN (?, ?)"
            "  AND a.due_date < ?) AS overdue_actions, m.time, m.end_date"
        )
        counts = (*CLOSED_STATUSES, *CLOSED_STATUSES, today_text)
        if f.sort == "open_actions":
            sql = f"{columns} FROM meetings m{where} ORDER BY {order} LIMIT ? OFFSET ?"
            rows = self.conn.execute(sql, (*counts, *params, limit, offset))
        else:  # the page's meetings first, then the action counts of those alone (not of every meeting sorted)
            page = f"SELECT m.id FROM meetings m{where} ORDER BY {order} LIMIT ? OFFSET ?"
            sql = f"{columns} FROM meetings m WHERE m.id IN ({page}) ORDER BY {order}"
            rows = self.conn.execute(sql, (*counts, *params, limit, offset))
        return [
            MeetingRow(
                id=r[0],
                date=dt.date.fromisoformat(r[1]),
                title=r[2],
                countries=split(r[3]),
                format=MeetingFormat(r[4]),
                level=Level(r[5]),
                classification=Classification(r[6]),
                open_actions=r[7],
                overdue_actions=r[8],
                time=r[9] or "",
                end_date=dt.date.fromisoformat(r[10]) if r[10] else None,
            )
            for r in rows
        ]

    def meetings_per_country(self, date_from: dt.date, date_to: dt.date, limit: int = 10) -> list[tuple[str, int]]:
        """Meetings held with each country in a period, most first (a meeting with two countries counts for both)."""
        sql = (
            "SELECT c.code, count(*) AS n FROM meetings m JOIN meeting_countries c ON c.meeting_id = m.id"
            " WHERE m.date >= ? AND m.date <= ? GROUP BY c.code ORDER BY n DESC, c.code LIMIT ?"
        )
        return [(r[0], int(r[1])) for r in self.conn.execute(sql, (date_from.isoformat(), date_to.isoformat(), limit))]

    def action_owners(self, limit: int = 1000) -> list[str]:
        """The owners named on actions, for the owner filter."""
        sql = "SELECT DISTINCT owner FROM actions WHERE owner <> '' ORDER BY lower(owner), owner LIMIT ?"
        return [r[0] for r in self.conn.execute(sql, (limit,))]

    def count_actions(self, f: ActionFilter | None = None, *, up_to: int | None = None) -> int:
        """How many actions the filter lets through; with `up_to`, counting stops there (a figure shown as
        "1,000+" need not walk 150,000 index entries)."""
        f = f or ActionFilter()
        where, params = action_where(f)
        # Every action has its meeting (a foreign key): the join is needed only to look at the meeting's marking.
        join = "" if f.include_confidential else " JOIN meetings m ON m.id = a.meeting_id"
        if up_to is None:
            sql = f"SELECT count(*) FROM actions a{join}{where}"
        else:
            sql = f"SELECT count(*) FROM (SELECT 1 FROM actions a{join}{where} LIMIT ?) AS counted"
            params = [*params, up_to]
        return int(self.conn.execute(sql, params).fetchone()[0])

    def list_actions(self, f: ActionFilter | None = None, *, offset: int = 0, limit: int = 200) -> list[ActionRow]:
        f = f or ActionFilter()
        where, params = action_where(f)
        order = ACTION_SORTS.get(f.sort, ACTION_SORTS["due_date"]).format(d="DESC" if f.descending else "ASC")
        if f.overdue_only or f.due_from or f.due_before:
            # Every row has a due date: without the undated-last term SQLite can walk the due-date index in order.
            order = order.removeprefix("a.due_date IS NULL, ")
        if f.sort in ("due_date", "meeting") or not f.include_confidential:  # these read the meeting's columns
            source = "actions a JOIN meetings m ON m.id = a.meeting_id" + where
            sql = f"SELECT {ACTION_COLUMNS}, m.title, m.date, m.countries, m.classification FROM {source}"
            sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        else:
            # Sorted by the action's own columns: sort the actions alone and join the page's meetings afterwards,
            # not every one of 100,000s of rows (half the time of a sort by owner or description).
            page = f"SELECT * FROM actions a{where} ORDER BY {order} LIMIT ? OFFSET ?"
            sql = (
                f"SELECT {ACTION_COLUMNS}, m.title, m.date, m.countries, m.classification FROM ({page}) a"
                f" JOIN meetings m ON m.id = a.meeting_id ORDER BY {order}"
            )
        return [
            ActionRow(action_of(r), r[-4], dt.date.fromisoformat(r[-3]), split(r[-2]), Classification(r[-1]))
            for r in self.conn.execute(sql, (*params, limit, offset))
        ]

    def search(self, text: str, limit: int = 200) -> list[SearchResult]:
        """Matches of every kind, newest meeting first and, within a meeting, the meeting before its parts; read
        with their meetings and texts in one statement (on a server, each statement is a round trip)."""
        found = search_index.hits_query(self.conn, text, limit=limit)
        if found is None:
            return []
        hits, params = found
        sql = f"""SELECT h.kind, h.record_id, h.meeting_id, m.title, m.date, m.classification, CASE h.kind
                WHEN 'meeting' THEN m.title
                WHEN 'participant' THEN p.name || CASE WHEN p.position != '' THEN ', ' || p.position ELSE '' END
                WHEN 'statement' THEN s.speaker || ': ' || s.text
                WHEN 'action' THEN a.description ELSE '' END
            FROM ({hits}) h JOIN meetings m ON m.id = h.meeting_id
            LEFT JOIN participants p ON h.kind = 'participant' AND p.id = h.record_id
            LEFT JOIN statements s ON h.kind = 'statement' AND s.id = h.record_id
            LEFT JOIN actions a ON h.kind = 'action' AND a.id = h.record_id"""
        results = [
            SearchResult(
                kind, record_id, meeting_id, title, dt.date.fromisoformat(date), shown or "", Classification(marking)
            )
            for kind, record_id, meeting_id, title, date, marking, shown in self.conn.execute(sql, params)
        ]
        results.sort(key=lambda r: (-r.meeting_date.toordinal(), r.meeting_id, KIND_ORDER.get(r.kind, 9)))
        return results

    def counts(self) -> Counts:
        c = self.conn
        return Counts(
            meetings=c.execute("SELECT count(*) FROM meetings").fetchone()[0],
            participants=c.execute("SELECT count(*) FROM participants").fetchone()[0],
            statements=c.execute("SELECT count(*) FROM statements").fetchone()[0],
            actions=c.execute("SELECT count(*) FROM actions").fetchone()[0],
        )
