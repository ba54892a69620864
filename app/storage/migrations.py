"""Schema versions kept in PRAGMA user_version; each migration runs once, in its own transaction, and keeps the data.

Never edit a released migration: add the next one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from app.domain.countries import all_countries
from app.storage.search_index import fts5_available as fts5_wanted

V1_SCHEMA = """
CREATE TABLE meetings (
    id             TEXT PRIMARY KEY,
    title          TEXT NOT NULL,
    date           TEXT NOT NULL,
    time           TEXT,
    location       TEXT NOT NULL DEFAULT '',
    format         TEXT NOT NULL,
    level          TEXT NOT NULL,
    countries      TEXT NOT NULL DEFAULT '',
    topics         TEXT NOT NULL DEFAULT '',
    summary        TEXT NOT NULL DEFAULT '',
    outcomes       TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX meetings_by_date ON meetings(date DESC, id);

CREATE TABLE meeting_countries (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, code)
) WITHOUT ROWID;
CREATE INDEX meeting_countries_by_code ON meeting_countries(code, meeting_id);

CREATE TABLE participants (
    id           TEXT PRIMARY KEY,
    meeting_id   TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    side         TEXT NOT NULL
);
CREATE INDEX participants_by_meeting ON participants(meeting_id, position);

CREATE TABLE statements (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    speaker    TEXT NOT NULL,
    text       TEXT NOT NULL,
    language   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX statements_by_meeting ON statements(meeting_id, position);

CREATE TABLE actions (
    id           TEXT PRIMARY KEY,
    meeting_id   TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    description  TEXT NOT NULL,
    owner        TEXT NOT NULL DEFAULT '',
    committed_by TEXT NOT NULL,
    due_date     TEXT,
    status       TEXT NOT NULL,
    priority     TEXT NOT NULL,
    completed_on TEXT,
    notes        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actions_by_meeting ON actions(meeting_id, position);
CREATE INDEX actions_by_due ON actions(status, due_date);
CREATE INDEX actions_by_owner ON actions(owner, due_date);
"""


# Literal values, not parameters: SQLite matches a partial index only against literal terms.
OPEN_ACTION_SQL = "status IN ('open', 'in progress')"


def _v1(conn: sqlite3.Connection) -> None:
    _run_script(conn, V1_SCHEMA)


def _v2(conn: sqlite3.Connection) -> None:
    """Full-text search over every record, filled from the data already there. Written out here as it was
    released, not by calling the search module, so that a later change there cannot change what this did."""
    conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL,"
        " meeting_id TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX search_docs_by_meeting ON search_docs(meeting_id)")
    if fts5_wanted():  # the probe (which tests can turn off) is not part of the migration's effect
        conn.execute("CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
        engine = "fts5"
    else:  # SQLite without FTS5: case-folded text searched with LIKE
        conn.execute("CREATE TABLE search_text (rowid INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        engine = "plain"
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('search_engine', ?)", (engine,))
    names = dict(all_countries())
    documents = (
        ("meeting", "SELECT id, id, title, location, countries, topics, summary, outcomes, source FROM meetings"),
        ("participant", "SELECT id, meeting_id, name, title, organisation FROM participants"),
        ("statement", "SELECT id, meeting_id, speaker, text FROM statements"),
        ("action", "SELECT id, meeting_id, description, owner, notes FROM actions"),
    )
    for kind, sql in documents:
        for record_id, meeting_id, *parts in conn.execute(sql).fetchall():
            if kind == "meeting":  # country names beside the codes, so that "Kenya" finds KE
                codes = [c.strip() for c in str(parts[2]).split(";") if c.strip()]
                parts.insert(3, " ".join(names.get(c, c) for c in codes))
            body = "\n".join(str(p) for p in parts if p)
            cursor = conn.execute(
                "INSERT INTO search_docs(kind, record_id, meeting_id) VALUES (?, ?, ?)", (kind, record_id, meeting_id)
            )
            text = body if engine == "fts5" else body.casefold()
            conn.execute("INSERT INTO search_text(rowid, body) VALUES (?, ?)", (cursor.lastrowid, text))


def _v3(conn: sqlite3.Connection) -> None:
    """Open actions in due-date order, for the first screens of the program: the overview (overdue, due soon) and the
    actions list as it opens (open ones, dated first, soonest or latest first), without reading done ones or sorting.

    Their WHERE must stay word for word what storage puts in its queries (OPEN_ACTION_SQL): SQLite uses a partial
    index only when the query's own terms imply the index's."""
    for name, columns in (
        ("open_actions_by_due", "due_date"),
        ("open_actions_dated_first", "due_date IS NULL, due_date"),
        ("open_actions_dated_first_desc", "due_date IS NULL, due_date DESC"),
    ):
        conn.execute(f"CREATE INDEX {name} ON actions({columns}) WHERE {OPEN_ACTION_SQL}")


APPLICATION_ID = 0x41694D65  # "AiMe": the program's own mark in the SQLite header (PRAGMA application_id)


def _v4(conn: sqlite3.Connection) -> None:
    """Deletions are remembered (by id, kind and meeting), so that an older workbook or another desk cannot bring a
    deleted record back unnoticed; and the file carries the program's own mark."""
    conn.execute(
        "CREATE TABLE deleted_records ("
        " id TEXT PRIMARY KEY, kind TEXT NOT NULL, meeting_id TEXT NOT NULL, deleted_at TEXT NOT NULL"
        ") WITHOUT ROWID"
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _v5(conn: sqlite3.Connection) -> None:
    """The change log: every change to the records (who, when, what kind) and, for each record it touched, what
    happened to it field by field, for history and for undo that never overwrites a later change."""
    _run_script(
        conn,
        """
        CREATE TABLE changes (
            id        INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            user      TEXT NOT NULL,
            kind      TEXT NOT NULL,
            summary   TEXT NOT NULL DEFAULT '',
            undoes    INTEGER REFERENCES changes(id),
            undone_by INTEGER REFERENCES changes(id)
        );
        CREATE TABLE change_items (
            change_id  INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            meeting_id TEXT NOT NULL,
            record     TEXT NOT NULL,
            record_id  TEXT NOT NULL,
            op         TEXT NOT NULL,
            field      TEXT NOT NULL DEFAULT '',
            old        TEXT,
            new        TEXT
        );
        CREATE INDEX change_items_by_meeting ON change_items(meeting_id, change_id);
        CREATE INDEX change_items_by_record ON change_items(record_id, change_id);
        CREATE INDEX change_items_by_change ON change_items(change_id)
        """,
    )


def _v6(conn: sqlite3.Connection) -> None:
    """Columns named for what they hold: the order of a meeting's countries, participants, statements and actions
    is `sort_order` (it was `position`), and a participant's position is `position` (it was `title`)."""
    for table in ("meeting_countries", "participants", "statements", "actions"):
        conn.execute(f"ALTER TABLE {table} RENAME COLUMN position TO sort_order")
    conn.execute("ALTER TABLE participants RENAME COLUMN title TO position")


def _v7(conn: sqlite3.Connection) -> None:
    """A meeting's last day, for visits of several days (empty for a meeting of one day)."""
    conn.execute("ALTER TABLE meetings ADD COLUMN end_date TEXT")


def _v8(conn: sqlite3.Connection) -> None:
    """People as records: a person's names in every spelling (each with its spelling-insensitive key), positions
    over time, country and usual side; a participant refers to the person it is. Participants already recorded
    are linked to people when the database is next opened (app.storage.people), not here."""
    _run_script(
        conn,
        """
        CREATE TABLE people (
            id         TEXT PRIMARY KEY,
            country    TEXT NOT NULL DEFAULT '',
            side       TEXT NOT NULL DEFAULT 'counterpart',
            notes      TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            revision   INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE person_names (
            person_id  TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            sort_order INTEGER NOT NULL,
            name       TEXT NOT NULL,
            name_key   TEXT NOT NULL
        );
        CREATE INDEX person_names_by_person ON person_names(person_id, sort_order);
        CREATE INDEX person_names_by_key ON person_names(name_key);
        CREATE TABLE person_positions (
            person_id    TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            sort_order   INTEGER NOT NULL,
            position     TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            start_date   TEXT,
            end_date     TEXT
        );
        CREATE INDEX person_positions_by_person ON person_positions(person_id, sort_order);
        ALTER TABLE participants ADD COLUMN person_id TEXT REFERENCES people(id) ON DELETE SET NULL;
        CREATE INDEX participants_by_person ON participants(person_id)
        """,
    )


def _v9(conn: sqlite3.Connection) -> None:
    """The meetings list's own index: a document per meeting holding its words and its records' (`meeting_text`,
    with FTS5), numbered by the meeting's `search_no`. Filled when the database is next opened for writing: the
    search index is derived from the records, and version 3 of it includes this (app.storage.search_index)."""
    conn.execute("ALTER TABLE meetings ADD COLUMN search_no INTEGER")
    conn.execute("CREATE UNIQUE INDEX meetings_by_search_no ON meetings(search_no)")
    row = conn.execute("SELECT value FROM meta WHERE key = 'search_engine'").fetchone()
    if row is not None and row[0] == "fts5":
        # Prefix queries of words are all the list asks: no positions kept (detail=none), a third of the size.
        conn.execute(
            "CREATE VIRTUAL TABLE meeting_text USING fts5(body, tokenize='unicode61 remove_diacritics 2', detail=none)"
        )


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the open transaction; run statement by statement instead.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Bring the database up to `target`, one version per transaction (the connection is in autocommit mode)."""
    current = schema_version(conn)
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
