"""The change log's SQL: entries written in the same transaction as the change they describe, read back for history
and for undo."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from app.domain.changes import FieldChange, Op, RecordKind
from app.storage.dialect import insert_id


@dataclass(frozen=True)
class ChangeEntry:
    id: int
    at: str  # UTC, ISO 8601
    user: str
    kind: str  # "new", "edit", "delete", "status", "import", "sample", "undo", "redo"
    summary: str
    undoes: int | None
    undone_by: int | None


@dataclass(frozen=True)
class HistoryLine:
    change: ChangeEntry
    item: FieldChange


_ENTRY = 'SELECT id, at, "user", kind, summary, undoes, undone_by FROM changes'


def _entry(row: Sequence[object]) -> ChangeEntry:
    return ChangeEntry(
        int(row[0]),  # type: ignore[call-overload]
        str(row[1]),
        str(row[2]),
        str(row[3]),
        str(row[4]),
        None if row[5] is None else int(row[5]),  # type: ignore[call-overload]
        None if row[6] is None else int(row[6]),  # type: ignore[call-overload]
    )


def append(
    conn: sqlite3.Connection,
    *,
    at: str,
    user: str,
    kind: str,
    summary: str,
    items: Sequence[FieldChange],
    undoes: int | None = None,
) -> int:
    """One entry with its items; returns its id. The caller holds the transaction of the change itself."""
    change_id = insert_id(
        conn,
        'INSERT INTO changes(at, "user", kind, summary, undoes) VALUES (?, ?, ?, ?, ?)',
        (at, user, kind, summary, undoes),
        "id",
    )
    conn.executemany(
        "INSERT INTO change_items(change_id, meeting_id, record, record_id, op, field, old, new)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(change_id, i.meeting_id, i.record.value, i.record_id, i.op.value, i.field, i.old, i.new) for i in items],
    )
    if undoes is not None:
        conn.execute("UPDATE changes SET undone_by = ? WHERE id = ?", (change_id, undoes))
    return change_id


def entry(conn: sqlite3.Connection, change_id: int) -> ChangeEntry | None:
    row = conn.execute(f"{_ENTRY} WHERE id = ?", (change_id,)).fetchone()
    return _entry(row) if row else None


def items(conn: sqlite3.Connection, change_id: int) -> list[FieldChange]:
    sql = (
        "SELECT meeting_id, record, record_id, op, field, old, new FROM change_items WHERE change_id = ? ORDER BY rowid"
    )
    return [_item(r) for r in conn.execute(sql, (change_id,))]


def _item(r: Sequence[object]) -> FieldChange:
    return FieldChange(
        str(r[0]), RecordKind(str(r[1])), str(r[2]), Op(str(r[3])), str(r[4]),
        None if r[5] is None else str(r[5]), None if r[6] is None else str(r[6]),
    )  # fmt: skip


def later_changes(
    conn: sqlite3.Connection, after: int, meeting_ids: Sequence[str], record_ids: Sequence[str]
) -> dict[str, str]:
    """For records a change added: which were touched by a later change, and by what ("edit by anna at …").
    A meeting counts as touched when anything of it was."""
    found: dict[str, str] = {}
    for column, ids in (("meeting_id", meeting_ids), ("record_id", record_ids)):
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            sql = (
                f'SELECT i.{column}, c.kind, c."user", c.at FROM change_items i JOIN changes c ON c.id = i.change_id'
                f" WHERE i.{column} IN ({marks}) AND i.change_id > ? ORDER BY i.change_id"
            )
            for key, kind, user, at in conn.execute(sql, (*chunk, after)):
                found.setdefault(str(key), f"{kind} by {user} at {at}")
    return found


def history(conn: sqlite3.Connection, meeting_id: str, limit: int = 1000) -> list[HistoryLine]:
    """Everything that happened to a meeting and its parts, newest first."""
    sql = (
        'SELECT c.id, c.at, c."user", c.kind, c.summary, c.undoes, c.undone_by,'
        " i.meeting_id, i.record, i.record_id, i.op, i.field, i.old, i.new"
        " FROM change_items i JOIN changes c ON c.id = i.change_id WHERE i.meeting_id = ?"
        " ORDER BY c.id DESC, i.rowid LIMIT ?"
    )
    return [HistoryLine(_entry(r[:7]), _item(r[7:])) for r in conn.execute(sql, (meeting_id, limit))]


def newest_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0])


def ids_after(conn: sqlite3.Connection, after: int) -> list[int]:
    return [int(r[0]) for r in conn.execute("SELECT id FROM changes WHERE id > ? ORDER BY id", (after,))]


def since(
    conn: sqlite3.Connection, after: int, limit: int = 1000, skip: frozenset[int] = frozenset()
) -> list[tuple[ChangeEntry, list[FieldChange]]]:
    """The changes after `after` but those in `skip`, oldest first, each with (up to `limit` of) its items."""
    found = []
    for row in conn.execute(f"{_ENTRY} WHERE id > ? ORDER BY id", (after,)).fetchall():
        if row[0] in skip:
            continue
        entry = _entry(row)
        sql = (
            "SELECT meeting_id, record, record_id, op, field, old, new FROM change_items WHERE change_id = ?"
            " ORDER BY rowid LIMIT ?"
        )
        found.append((entry, [_item(r) for r in conn.execute(sql, (entry.id, limit))]))
    return found


def last_of_kind(conn: sqlite3.Connection, kind: str, user: str) -> ChangeEntry | None:
    """The newest change of this kind by this user that has not been undone."""
    row = conn.execute(
        f'{_ENTRY} WHERE kind = ? AND "user" = ? AND undone_by IS NULL ORDER BY id DESC LIMIT 1', (kind, user)
    ).fetchone()
    return _entry(row) if row else None


def _chunks(values: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]
