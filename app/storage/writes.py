"""Writing records: whole meetings, an import's piecewise writes, deletions (remembered) and status changes, each
inside the caller's transaction or one of its own."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from app.domain.people import Person
from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.tidy import tidy_child, tidy_meeting
from app.domain.validation import (
    ValidationError,
    ensure_valid,
    validate_action,
    validate_participant,
    validate_statement,
)
from app.domain.vocab import Status
from app.storage import search_index
from app.storage.dialect import is_postgres
from app.storage.errors import ConflictError, NotFoundError
from app.storage.rows import Connected, child_row, chunks, iso, meeting_fields, parse_ts, ts, utc_now

# The same upsert in SQLite and PostgreSQL: a record deleted again keeps the latest deletion.
UPSERT_DELETED = (
    " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, meeting_id = excluded.meeting_id,"
    " deleted_at = excluded.deleted_at"
)


class RecordWrites(Connected):
    """The writes; reading back what was written (get_meeting, get_action) comes from RecordReads."""

    def get_meeting(self, meeting_id: str) -> Meeting:  # pragma: no cover - provided by RecordReads
        raise NotImplementedError

    def get_action(self, action_id: str) -> Action:  # pragma: no cover - provided by RecordReads
        raise NotImplementedError

    def save_meeting(
        self, meeting: Meeting, *, expected_revision: int | None = None, remember_removed: bool = True
    ) -> Meeting:
        """Insert or replace a meeting with its children; the revision moves on by one.

        With `expected_revision`, refuse (ConflictError) if someone saved the meeting since it was read. Children
        the new version leaves out are remembered as deleted, unless `remember_removed` is False (an undo).
        """
        meeting = tidy_meeting(meeting)
        ensure_valid(meeting)
        now = utc_now()
        with self.db.transaction() as conn:
            # On a server, the row is locked until the commit: two desks saving at once are taken one after the
            # other, and the second meets the first's revision (SQLite's writer lock does this for a file).
            lock = " FOR UPDATE" if is_postgres(conn) else ""
            row = conn.execute(
                f"SELECT revision, created_at FROM meetings WHERE id = ?{lock}", (meeting.id,)
            ).fetchone()
            if row is not None:
                revision, created_text = row
                if expected_revision is not None and revision != expected_revision:
                    raise ConflictError(
                        f"'{meeting.title}' was changed elsewhere (revision {revision}, expected {expected_revision})"
                    )
                created = parse_ts(created_text)
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
        _write_own_row(conn, m, update=update, revision_step=1)
        from app.storage import people  # on the first write, not at start

        people.link_participants(conn, m, ts(m.updated_at or utc_now()))
        try:
            groups: tuple[Sequence[Participant | Statement | Action], ...] = (m.participants, m.statements, m.actions)
            for children in groups:
                if not children:
                    continue
                table, columns, _values = child_row(children[0])
                names, marks = ", ".join(columns), ",".join("?" * len(columns))
                conn.executemany(
                    f"INSERT INTO {table}(id, meeting_id, sort_order, {names}) VALUES (?, ?, ?, {marks})",
                    [(c.id, m.id, i, *child_row(c)[2]) for i, c in enumerate(children)],
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
        self.put_meetings_fields([(meeting, exists)], checked=checked)

    def put_meetings_fields(self, items: Sequence[tuple[Meeting, bool]], *, checked: bool = False) -> None:
        """put_meeting_fields for many meetings (meeting, exists) at once: a statement per kind of write, not per
        meeting (an import writes 500 at a time)."""
        stamp = utc_now()
        ready: list[tuple[Meeting, bool]] = []
        for meeting, exists in items:
            m = meeting
            if not checked:
                m = tidy_meeting(replace(meeting, participants=[], statements=[], actions=[]))
                ensure_valid(m)
            ready.append((m, exists))
        # The revision moves on once, when the import finishes the meeting (finish_meetings).
        now = ts(stamp)  # (once: 100,000 meetings made it a tenth of the writing of their rows)
        updates = [_own_row(m, stamp, update=True, revision_step=0, stamp_text=now) for m, exists in ready if exists]
        inserts = [_own_row(m, stamp, update=False, stamp_text=now) for m, exists in ready if not exists]
        with self.db.transaction() as conn:
            if updates:
                conn.executemany("DELETE FROM meeting_countries WHERE meeting_id = ?", [(m.id,) for m, e in ready if e])
                conn.executemany(UPDATE_MEETING, updates)
            if inserts:
                conn.executemany(INSERT_MEETING, inserts)
                _forget_deletions(conn, [m.id for m, exists in ready if not exists])
            conn.executemany(INSERT_COUNTRY, [(m.id, code, i) for m, _e in ready for i, code in enumerate(m.countries)])

    def put_children(
        self, items: Sequence[tuple[str, Participant | Statement | Action, bool]], *, checked: bool = False
    ) -> None:
        """(meeting id, child, exists) each: new children go to the end of their meeting's list, existing ones are
        replaced in place; participants are linked to their people first. `checked`: the caller has already tidied
        and validated them (an import has), and the records are its own to change (linking names their person)."""
        ready: list[tuple[str, Participant | Statement | Action, bool]] = []
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
            ready.append(
                (meeting_id, replace(child) if isinstance(child, Participant) and not checked else child, exists)
            )
        with self.db.transaction() as conn:
            self._link_people(conn, [(mid, c) for mid, c, _e in ready if isinstance(c, Participant)])
            inserts: dict[str, list[tuple[object, ...]]] = {}
            updates: dict[str, list[tuple[object, ...]]] = {}
            columns_of: dict[str, tuple[str, ...]] = {}
            for meeting_id, child, exists in ready:
                table, columns, values = child_row(child)
                columns_of[table] = columns
                if exists:
                    updates.setdefault(table, []).append((*values, child.id, meeting_id))
                else:
                    inserts.setdefault(table, []).append((child.id, meeting_id, *values))
            for table, rows in updates.items():
                sets = ", ".join(f"{c}=?" for c in columns_of[table])
                conn.executemany(f"UPDATE {table} SET {sets} WHERE id=? AND meeting_id=?", rows)
            if inserts:
                _forget_deletions(conn, [str(row[0]) for rows in inserts.values() for row in rows])
            for table, rows in inserts.items():
                names = ", ".join(columns_of[table])
                marks = ",".join("?" * len(columns_of[table]))
                following = _next_sort_orders(conn, table, {str(row[1]) for row in rows})
                placed = []
                for row in rows:  # new children go to the end of their meeting's list
                    parent = str(row[1])
                    order = following.get(parent, 0)
                    following[parent] = order + 1
                    placed.append((row[0], parent, order, *row[2:]))
                conn.executemany(
                    f"INSERT INTO {table}(id, meeting_id, sort_order, {names}) VALUES (?, ?, ?, {marks})", placed
                )

    @staticmethod
    def _link_people(conn: sqlite3.Connection, participants: Sequence[tuple[str, Participant]]) -> None:
        from app.storage import people

        stamp = ts(utc_now())
        by_meeting: dict[str, list[Participant]] = {}
        for meeting_id, participant in participants:
            by_meeting.setdefault(meeting_id, []).append(participant)
        known: dict[str, Person] = {}
        dates: dict[str, str] = {}  # (asked for a batch's meetings at once: an import links 500 rows at a time)
        for chunk in chunks(list(by_meeting), 500):
            sql = f"SELECT id, date FROM meetings WHERE id IN ({','.join('?' * len(chunk))})"
            dates.update(conn.execute(sql, chunk).fetchall())
        for meeting_id, group in by_meeting.items():
            day = dates.get(meeting_id)
            people.link(conn, group, dt.date.fromisoformat(day) if day else dt.date.today(), stamp, known)

    def set_indexes_aside(self, adding: int) -> list[tuple[str, str]]:
        """Before adding many rows (an import), inside its transaction: drop the indexes an import never reads
        through, when its rows are more than twice those of the tables, and return (table, what makes it again)
        for restore_indexes. Each is then made once, from sorted rows, instead of kept in order row by row (a
        random place in a large tree for every row: an action's owner, its due date). A file only; the
        transaction's end undoes the drop if the import is not finished."""
        conn = self.conn
        if is_postgres(conn) or adding < BULK_ROWS:
            return []
        held = sum(int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in _SET_ASIDE_TABLES)
        if 2 * held >= adding:  # (a workbook re-read into the store it came from adds little, whatever its size)
            return []
        marks = ",".join("?" * len(_SET_ASIDE))
        found = conn.execute(
            f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})", _SET_ASIDE
        ).fetchall()
        for name, _table, _sql in found:
            conn.execute(f'DROP INDEX "{name}"')
        return [(str(table), str(sql)) for _name, table, sql in found]

    def restore_indexes(self, made_by: Sequence[str]) -> None:
        for sql in made_by:
            self.conn.execute(sql)

    def index_new_records(self, docs: Sequence[tuple[str, str, str, str]]) -> None:
        """Piecewise writes of meetings new to the store: the texts of their records as they are written, (kind,
        record id, meeting id, text) each. finish_meetings(…, new=…) then gives each meeting its own document."""
        if docs:
            with self.db.transaction() as conn:
                search_index.add_documents(conn, docs)
                search_index.number_meetings(conn, [record_id for kind, record_id, _m, _t in docs if kind == "meeting"])

    def finish_meetings(self, ids: Sequence[str], new: Sequence[str] = (), revised: Collection[str] = ()) -> None:
        """After piecewise writes: each meeting's revision moves on by one, and it is searchable as it now is.
        `new`: those among them new to the store, whose records' texts index_new_records has indexed; `revised`:
        those written with the revision they have once finished (new ones, whose revision the workbook says)."""
        now = ts(utc_now())
        fresh = set(new)
        with self.db.transaction() as conn:
            conn.executemany(
                "UPDATE meetings SET revision = revision + 1, updated_at = ? WHERE id = ?",
                [(now, m) for m in ids if m not in revised],
            )
            search_index.index_many(conn, [m for m in ids if m not in fresh])
            search_index.index_new_meetings(conn, [m for m in ids if m in fresh])

    def delete_meeting(self, meeting_id: str, *, remember: bool = True) -> Meeting:
        """Delete a meeting with everything that belongs to it; returns it, so that the deletion can be undone.
        The deletion is remembered (an older workbook will not bring it back), except when it takes back the
        meeting's own creation (`remember=False`: undoing a new meeting or an import that added it)."""
        meeting = self.get_meeting(meeting_id)
        with self.db.transaction() as conn:
            search_index.unindex_meeting(conn, meeting_id)
            conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            deleted_at = ts(utc_now())
            if not remember:
                return meeting
            conn.executemany(
                "INSERT INTO deleted_records(id, kind, meeting_id, deleted_at) VALUES (?, ?, ?, ?)" + UPSERT_DELETED,
                [(meeting_id, "meeting", meeting_id, deleted_at)]
                + [(c.id, kind, meeting_id, deleted_at) for kind, c in _children_of(meeting)],
            )
        return meeting

    def lock_meeting(self, meeting_id: str = "", *, of_action: str = "") -> None:
        """On a server, take the meeting's row until the transaction ends, before reading what a change will be
        compared with: another desk's change then comes wholly before or wholly after (a file has one writer)."""
        conn = self.conn
        if not is_postgres(conn):
            return
        if of_action:
            row = conn.execute("SELECT meeting_id FROM actions WHERE id = ?", (of_action,)).fetchone()
            meeting_id = str(row[0]) if row else ""
        if meeting_id:
            conn.execute("SELECT revision FROM meetings WHERE id = ? FOR UPDATE", (meeting_id,))

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
            if is_postgres(conn):  # the meeting's row first, as a save takes it: two desks never wait on each other
                conn.execute("SELECT revision FROM meetings WHERE id = ? FOR UPDATE", (row[0],))
            conn.execute(
                "UPDATE actions SET status = ?, completed_on = ? WHERE id = ?",
                (status.value, iso(completed_on), action_id),
            )
            conn.execute(
                "UPDATE meetings SET revision = revision + 1, updated_at = ? WHERE id = ?", (ts(utc_now()), row[0])
            )
        return self.get_action(action_id)


_OWN_COLUMNS = (
    "title, date, time, location, format, level, countries, topics, summary, outcomes, source, classification, end_date"
)
INSERT_MEETING = (
    f"INSERT INTO meetings({_OWN_COLUMNS}, created_at, updated_at, revision, id) VALUES ({', '.join('?' * 17)})"
)
UPDATE_MEETING = (
    "UPDATE meetings SET title=?, date=?, time=?, location=?, format=?, level=?, countries=?, topics=?, summary=?,"
    " outcomes=?, source=?, classification=?, end_date=?, updated_at=?, revision = revision + ? WHERE id=?"
)
INSERT_COUNTRY = "INSERT INTO meeting_countries(meeting_id, code, sort_order) VALUES (?, ?, ?)"


BULK_ROWS = 20_000  # rows an import adds, from which indexes are set aside
# Indexes no step of an import reads through (their tables' rows are found by id and by meeting while it runs).
_SET_ASIDE = ("actions_by_due", "actions_by_owner", "open_actions_by_due", "open_actions_dated_first",
              "open_actions_dated_first_desc", "participants_by_person", "meeting_countries_by_code",
              "search_docs_by_meeting")  # fmt: skip
_SET_ASIDE_TABLES = ("meetings", "participants", "statements", "actions")


def _write_own_row(conn: sqlite3.Connection, m: Meeting, *, update: bool, revision_step: int) -> None:
    """The meeting's own row and its countries: the one INSERT and the one UPDATE every write of a meeting uses."""
    conn.execute(UPDATE_MEETING if update else INSERT_MEETING, _own_row(m, m.updated_at, update, revision_step))
    conn.executemany(INSERT_COUNTRY, [(m.id, code, i) for i, code in enumerate(m.countries)])


def _own_row(
    m: Meeting, updated: dt.datetime | None, update: bool, revision_step: int = 0, stamp_text: str = ""
) -> tuple[object, ...]:
    """The parameters of UPDATE_MEETING or INSERT_MEETING. An update keeps the creation time and moves the
    revision on by `revision_step`; an insert takes the meeting's revision as it is, and is created when it was
    updated unless it says otherwise. `stamp_text`: `updated` as stored, when the caller has it."""
    stamp = stamp_text or ts(updated or utc_now())
    if update:
        return (*meeting_fields(m), stamp, revision_step, m.id)
    return (*meeting_fields(m), ts(m.created_at) if m.created_at else stamp, stamp, m.revision, m.id)


def _children_of(m: Meeting) -> Iterator[tuple[str, Participant | Statement | Action]]:
    for kind, children in (("participant", m.participants), ("statement", m.statements), ("action", m.actions)):
        for child in children:
            yield kind, child


def _remember_removed_children(conn: sqlite3.Connection, meeting: Meeting, now: dt.datetime) -> None:
    """Children that a save of the whole meeting leaves out are deleted: remember them."""
    kept = {c.id for _kind, c in _children_of(meeting)}
    removed = [
        (child_id, kind, meeting.id, ts(now))
        for kind, table in (("participant", "participants"), ("statement", "statements"), ("action", "actions"))
        for (child_id,) in conn.execute(f"SELECT id FROM {table} WHERE meeting_id = ?", (meeting.id,))
        if child_id not in kept
    ]
    conn.executemany(
        "INSERT INTO deleted_records(id, kind, meeting_id, deleted_at) VALUES (?, ?, ?, ?)" + UPSERT_DELETED, removed
    )


def _next_sort_orders(conn: sqlite3.Connection, table: str, meeting_ids: set[str]) -> dict[str, int]:
    """The place after each meeting's last child in the table, read once for a batch (asked row by row, it cost an
    import of 600,000 children 40 % more time to write them)."""
    following: dict[str, int] = {}
    for chunk in chunks(sorted(meeting_ids), 500):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT meeting_id, max(sort_order) FROM {table} WHERE meeting_id IN ({marks}) GROUP BY meeting_id"
        following.update({str(mid): int(last) + 1 for mid, last in conn.execute(sql, chunk)})
    return following


def _forget_deletions(conn: sqlite3.Connection, ids: Sequence[str]) -> None:
    """Records written again (an undone deletion, a re-import the user chose) are no longer deleted."""
    for chunk in chunks(list(ids), 500):
        conn.execute(f"DELETE FROM deleted_records WHERE id IN ({','.join('?' * len(chunk))})", chunk)
