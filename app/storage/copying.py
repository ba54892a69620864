"""Every record, person and history entry from one store to another (a desk's file to the department server, and
back), checked afterwards row by row: the target must hold each of the source's rows as they are. Running it again
adds nothing; rows the target already has are left as they are and checked like the others."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app.storage import search_index
from app.storage.database import Database
from app.storage.dialect import is_postgres


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]
    columns: tuple[str, ...]


# In the order that keeps every reference valid; the search index is made again from the records at the target.
TABLES = (
    Table("people", ("id",), ("id", "country", "side", "notes", "created_at", "updated_at", "revision")),
    Table("person_names", ("person_id", "sort_order"), ("person_id", "sort_order", "name", "name_key")),
    Table("person_positions", ("person_id", "sort_order"),
          ("person_id", "sort_order", "position", "organisation", "start_date", "end_date")),
    Table("meetings", ("id",), ("id", "title", "date", "end_date", "time", "location", "format", "level", "countries",
                                "topics", "summary", "outcomes", "source", "classification", "created_at",
                                "updated_at", "revision")),
    Table("meeting_countries", ("meeting_id", "code"), ("meeting_id", "code", "sort_order")),
    Table("participants", ("id",), ("id", "meeting_id", "sort_order", "name", "position", "organisation", "country",
                                    "side", "person_id")),
    Table("statements", ("id",), ("id", "meeting_id", "sort_order", "speaker", "text", "language")),
    Table("actions", ("id",), ("id", "meeting_id", "sort_order", "description", "owner", "committed_by", "due_date",
                               "status", "priority", "completed_on", "notes")),
    Table("deleted_records", ("id",), ("id", "kind", "meeting_id", "deleted_at")),
    Table("changes", ("id",), ("id", "at", '"user"', "kind", "summary", "undoes", "undone_by")),
    Table("change_items", ("change_id", "record_id", "op", "field"),
          ("change_id", "meeting_id", "record", "record_id", "op", "field", "old", "new")),
)  # fmt: skip


@dataclass
class CopyResult:
    copied: dict[str, int] = field(default_factory=dict)  # rows written, by table
    already: dict[str, int] = field(default_factory=dict)  # rows the target had already
    fingerprint: str = ""  # of the source's rows, equal at the target


class CopyMismatch(Exception):
    """The target does not hold the source's rows as they are."""


def _rows(conn: sqlite3.Connection, table: Table) -> list[tuple[object, ...]]:
    sql = f"SELECT {', '.join(table.columns)} FROM {table.name} ORDER BY {', '.join(table.key)}"
    return [tuple(r) for r in conn.execute(sql)]


def _key_of(table: Table, row: tuple[object, ...]) -> tuple[object, ...]:
    names = [c.strip('"') for c in table.columns]
    return tuple(row[names.index(k)] for k in table.key)


def _fingerprint(tables: Iterable[tuple[str, list[tuple[object, ...]]]]) -> str:
    digest = hashlib.sha256()
    for name, rows in tables:
        digest.update(name.encode())
        for row in sorted(rows, key=lambda r: json.dumps(r, default=str)):
            digest.update(json.dumps(row, default=str, ensure_ascii=False).encode())
    return digest.hexdigest()


def copy_records(source: Database, target: Database, progress: Callable[[str], None] = lambda _t: None) -> CopyResult:
    """Copy, then check; CopyMismatch (and nothing kept) when the target does not end up holding the source."""
    result = CopyResult()
    source_rows = {t.name: _rows(source.conn, t) for t in TABLES}
    with target.transaction() as conn:
        for table in TABLES:
            rows = source_rows[table.name]
            have = {_key_of(table, r) for r in _rows(conn, table)}
            new = [r for r in rows if _key_of(table, r) not in have]
            result.already[table.name] = len(rows) - len(new)
            if new:
                marks = ", ".join("?" * len(table.columns))
                written = new
                if table.name == "changes":  # an entry names the later one that undid it: that one comes after
                    written = [(*r[:-1], None) for r in new]
                conn.executemany(f"INSERT INTO {table.name}({', '.join(table.columns)}) VALUES ({marks})", written)
                if table.name == "changes":
                    conn.executemany("UPDATE changes SET undone_by = ? WHERE id = ?",
                                     [(r[-1], r[0]) for r in new if r[-1] is not None])  # fmt: skip
            result.copied[table.name] = len(new)
            progress(f"{table.name}: {len(new):,} copied, {len(rows) - len(new):,} there already")
        if is_postgres(conn):  # ids given by the copy: the server's next id comes after them
            conn.execute("SELECT setval(pg_get_serial_sequence('changes', 'id'), COALESCE(max(id), 0) + 1, false)"
                         " FROM changes")  # fmt: skip
        copied_meetings = [str(r[0]) for r in source_rows["meetings"]]
        progress(f"search index: {len(copied_meetings):,} meetings")
        search_index.index_many(conn, copied_meetings)
        # The check, inside the same transaction: a mismatch rolls the whole copy back.
        expected = _fingerprint((t.name, source_rows[t.name]) for t in TABLES)
        at_target = []
        for table in TABLES:
            keys = {_key_of(table, r) for r in source_rows[table.name]}
            at_target.append((table.name, [r for r in _rows(conn, table) if _key_of(table, r) in keys]))
        found = _fingerprint(at_target)
        if found != expected:
            different = [t.name for t, (_n, rows) in zip(TABLES, at_target, strict=True)
                         if sorted(map(str, rows)) != sorted(map(str, source_rows[t.name]))]  # fmt: skip
            raise CopyMismatch(
                "the target does not hold the source's rows as they are (in " + ", ".join(different) + "); "
                "it holds other versions of the same records. Nothing was copied."
            )
        result.fingerprint = expected
    return result
