"""The department's records on a PostgreSQL server: a connection that speaks to the storage modules as SQLite's
does (the same SQL with `?` marks, rows as tuples, SQLite's error classes), the schema, and the database object the
store opens for a `postgresql://` address. What differs between the two databases stays in this module and in
app.storage.dialect; the services and the window do not know which one they use."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from app.storage.database import Database
from app.storage.errors import (
    NewerSchemaError,
    PasswordNeededError,
    RetryableError,
    StorageError,
    UnreachableError,
)
from app.storage.paths import display_url

# The server's schema: 8 held the tables of the SQLite schema 8 (app.storage.migrations); 9 searches a word index
# (tsvector) in place of trigrams. `aide-memoire server upgrade` brings an older server up to this one.
SCHEMA_VERSION = 9

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
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
    revision       INTEGER NOT NULL DEFAULT 1,
    end_date       TEXT
);
CREATE INDEX meetings_by_date ON meetings(date DESC, id);
CREATE TABLE meeting_countries (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, code)
);
CREATE INDEX meeting_countries_by_code ON meeting_countries(code, meeting_id);
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
CREATE TABLE participants (
    id           TEXT PRIMARY KEY,
    meeting_id   TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    sort_order   INTEGER NOT NULL,
    name         TEXT NOT NULL,
    position     TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    side         TEXT NOT NULL,
    person_id    TEXT REFERENCES people(id) ON DELETE SET NULL
);
CREATE INDEX participants_by_meeting ON participants(meeting_id, sort_order);
CREATE INDEX participants_by_person ON participants(person_id);
CREATE TABLE statements (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    speaker    TEXT NOT NULL,
    text       TEXT NOT NULL,
    language   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX statements_by_meeting ON statements(meeting_id, sort_order);
CREATE TABLE actions (
    id           TEXT PRIMARY KEY,
    meeting_id   TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    sort_order   INTEGER NOT NULL,
    description  TEXT NOT NULL,
    owner        TEXT NOT NULL DEFAULT '',
    committed_by TEXT NOT NULL,
    due_date     TEXT,
    status       TEXT NOT NULL,
    priority     TEXT NOT NULL,
    completed_on TEXT,
    notes        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actions_by_meeting ON actions(meeting_id, sort_order);
CREATE INDEX actions_by_due ON actions(status, due_date);
CREATE INDEX actions_by_owner ON actions(owner, due_date);
CREATE INDEX open_actions_by_due ON actions(due_date) WHERE status IN ('open', 'in progress');
CREATE TABLE deleted_records (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, meeting_id TEXT NOT NULL, deleted_at TEXT NOT NULL
);
CREATE TABLE search_docs (
    rowid      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind       TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    meeting_id TEXT NOT NULL
);
CREATE INDEX search_docs_by_meeting ON search_docs(meeting_id);
CREATE TABLE search_text (rowid BIGINT PRIMARY KEY, body TEXT NOT NULL, words tsvector);
CREATE INDEX search_text_words ON search_text USING gin (words);
CREATE TABLE changes (
    id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at        TEXT NOT NULL,
    "user"    TEXT NOT NULL,
    kind      TEXT NOT NULL,
    summary   TEXT NOT NULL DEFAULT '',
    undoes    BIGINT REFERENCES changes(id),
    undone_by BIGINT REFERENCES changes(id)
);
CREATE TABLE change_items (
    rowid      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    change_id  BIGINT NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
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
"""
# The case-folded text as the plain engine keeps it on SQLite, and its words, which the server's search looks up
# by prefix in their GIN index (app.storage.search_index).
META = {"search_engine": "plain", "search_index_version": "2", "people_version": "1"}


_NOCASE = re.compile(r"([\w.]+) COLLATE NOCASE")


@lru_cache(maxsize=512)
def to_pg(sql: str) -> str:
    """SQLite's `?` marks as psycopg's `%s` (and a literal % doubled); SQLite's BEGIN IMMEDIATE as BEGIN, its
    NOCASE collation as lower()."""
    if sql.strip().upper() == "BEGIN IMMEDIATE":
        return "BEGIN"
    sql = _NOCASE.sub(r"lower(\1)", sql)
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


class NotAllowedError(StorageError):
    """The server refused a change the user's role or clearance does not cover."""


def _as_sqlite_error(exc: Exception) -> Exception:
    """The server's error as the class of SQLite's error the storage modules already handle; a refusal of the
    user's rights as one sentence."""
    import psycopg

    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, psycopg.errors.InsufficientPrivilege) or "row-level security" in text:
        return NotAllowedError(
            "the department server refused the change: your role or clearance does not allow it "
            "(a meeting marked above your clearance, or a reader's account); nothing was saved"
        )
    if isinstance(exc, psycopg.errors.DeadlockDetected | psycopg.errors.SerializationFailure):
        return RetryableError(f"another desk's change crossed this one; nothing was saved ({text})")
    if isinstance(exc, psycopg.OperationalError):
        return sqlite3.OperationalError(text)
    if isinstance(exc, psycopg.errors.IntegrityError):
        return sqlite3.IntegrityError(text)
    return sqlite3.DatabaseError(text)


class PgCursor:
    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._cursor.fetchone() if self._cursor is not None and self._cursor.description else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self._cursor.fetchall()) if self._cursor is not None and self._cursor.description else []

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount) if self._cursor is not None else 0

    @property
    def lastrowid(self) -> int | None:
        return None  # PostgreSQL has none: app.storage.dialect.insert_id asks with RETURNING


class PgConnection:
    """A psycopg connection in autocommit mode (transactions are BEGIN/COMMIT, as the storage modules say them).
    A connection the server dropped (a restart, the network) is made again at the start of the next piece of
    work; the piece of work it dropped in is lost as a whole, never half written."""

    dialect = "postgresql"

    def __init__(self, conn: Any, url: str = "", password: str | None = None) -> None:
        self.raw = conn
        self.url = url
        self._password = password  # given at a prompt: kept in memory for reconnecting, never written
        self._in_work = False  # between BEGIN and COMMIT or ROLLBACK

    def _usable(self, sql: str) -> Any:
        word = sql.strip().split(None, 1)[0].upper() if sql.strip() else ""
        if word == "BEGIN":
            self._in_work = True
        elif word in ("COMMIT", "ROLLBACK"):
            self._in_work = False
        if not (self.raw.closed or self.raw.broken):
            return self.raw
        # Only a new piece of work goes to a new connection: in the middle of one, what came before is gone.
        if (self._in_work and word != "BEGIN") or word in ("ROLLBACK", "COMMIT") or not self.url:
            raise UnreachableError(_UNREACHABLE.format(display_url(self.url)))
        self.raw = connect(self.url, self._password).raw
        return self.raw

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        import psycopg

        if sql.strip().upper() == "ROLLBACK" and (self.raw.closed or self.raw.broken):
            self._in_work = False
            return PgCursor(None)  # the server dropped the work already: there is nothing to roll back
        raw = self._usable(sql)
        try:
            return PgCursor(raw.execute(to_pg(sql), tuple(params) if params else None))
        except psycopg.Error as exc:
            raise self._failure(raw, exc) from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> PgCursor:
        import psycopg

        raw = self._usable(sql)
        cursor = raw.cursor()
        try:
            cursor.executemany(to_pg(sql), [tuple(r) for r in rows])
        except psycopg.Error as exc:
            raise self._failure(raw, exc) from exc
        return PgCursor(cursor)

    def _failure(self, raw: Any, exc: Exception) -> Exception:
        """The connection lost (the server away), or the server's error as the storage modules know it."""
        if raw.broken or raw.closed:
            return UnreachableError(_UNREACHABLE.format(display_url(self.url)))
        return _as_sqlite_error(exc)

    @property
    def in_transaction(self) -> bool:
        import psycopg

        if self.raw.closed or self.raw.broken:
            return False
        return bool(self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE)

    def close(self) -> None:
        self.raw.close()


_UNREACHABLE = (
    "the department server {} is unreachable (the network, or a restart); nothing was saved and nothing you "
    "typed is lost: it is saved when the server is back"
)


def connect(url: str, password: str | None = None) -> PgConnection:
    """A connection to the server; the password comes from PostgreSQL's own means (~/.pgpass, a service file,
    PGPASSWORD) or from the person at a prompt, and the program never stores it."""
    import psycopg

    try:
        extra: dict[str, Any] = {"password": password} if password else {}
        raw = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="aide-memoire", **extra)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "no password supplied" in first or "password authentication failed" in first:
            raise PasswordNeededError(
                f"the department server {display_url(url)} asks for a password"
                + (" (the one given was not accepted)" if password else "")
            ) from None
        raise UnreachableError(f"cannot reach the department server {display_url(url)}: {first}") from None
    return PgConnection(raw, url, password)


def schema_version(conn: PgConnection) -> int:
    exists = conn.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def create_schema(conn: PgConnection) -> None:
    """The tables, once, in one transaction: a server database without them gets them all."""
    conn.execute("BEGIN")
    try:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        for key, value in {**META, "schema_version": str(SCHEMA_VERSION)}.items():
            conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


CHANNEL = "aide_memoire_changes"


class ChangeNotices:
    """A connection of its own that listens for other desks' changes: the window watches its socket and looks
    for changes as soon as one is announced, instead of waiting for its next look."""

    def __init__(self, url: str, password: str | None) -> None:
        self._conn = connect(url, password)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return int(self._conn.raw.fileno())

    def drain(self) -> int:
        """The notices that have come, 0 when none; -1 when the server dropped the connection (the window then
        stops listening until the server is back, and its regular look goes on)."""
        import psycopg

        try:
            return sum(1 for _ in self._conn.raw.notifies(timeout=0))
        except psycopg.Error:
            return -1

    def close(self) -> None:
        self._conn.close()


class PgDatabase(Database):
    """The record store on a server, for a `postgresql://` address. The SQLite database's transactions work as
    they are (the connection says BEGIN IMMEDIATE as BEGIN); what a server does otherwise is here."""

    def __init__(self, url: str, conn: PgConnection, *, writable: bool = True) -> None:
        # The adapter offers the part of sqlite3.Connection that the storage modules use.
        super().__init__(Path(display_url(url)), cast(sqlite3.Connection, conn), None, writable=writable)
        self.url = url
        self.pg = conn

    @classmethod
    def open_url(cls, url: str, *, read_only: bool = False, password: str | None = None) -> PgDatabase:
        """Records on a server its administrator has set up (`aide-memoire server init`); a user whose role may
        only read gets a read-only store."""
        conn = connect(url, password)
        try:
            version = schema_version(conn)
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(
                    f"the department server {display_url(url)} holds schema {version}, newer than this version of "
                    f"Aide-Mémoire knows ({SCHEMA_VERSION}); nothing was changed"
                )
            if version == 0:
                raise StorageError(
                    f"the department server {display_url(url)} holds no Aide-Mémoire records yet: its administrator "
                    f"sets it up with: aide-memoire server init {display_url(url)}"
                )
            if version < SCHEMA_VERSION:
                raise StorageError(
                    f"the department server {display_url(url)} was set up by an older version of Aide-Mémoire "
                    f"(schema {version}; this version needs {SCHEMA_VERSION}): its administrator brings it up to date "
                    f"with: aide-memoire server upgrade {display_url(url)}"
                )
            row = conn.execute("SELECT has_table_privilege('meetings', 'INSERT')").fetchone()
            may_write = bool(row and row[0])
        except BaseException:
            conn.close()
            raise
        return cls(url, conn, writable=may_write and not read_only)

    @property
    def shared(self) -> bool:
        return True

    def notify_change(self, change_id: int) -> None:
        """Every desk listening hears of the change when it commits (PostgreSQL holds the notice until then)."""
        self.pg.execute("SELECT pg_notify(?, ?)", (CHANNEL, str(change_id)))

    def listen(self) -> ChangeNotices:
        return ChangeNotices(self.url, self.pg._password)

    def user_name(self) -> str:
        row = self.pg.execute("SELECT current_user").fetchone()
        return str(row[0]) if row else ""

    @property
    def location(self) -> Path | str:
        return display_url(self.url)

    @property
    def address(self) -> Path | str:
        return self.url

    def sibling(self) -> PgDatabase:
        return PgDatabase(self.url, connect(self.url, self.pg._password), writable=not self.read_only)

    def check_whole(self) -> None:
        """The server keeps its own pages whole; a connection that answers is all there is to check."""
        self.pg.execute("SELECT 1")

    @contextmanager
    def bulk(self, cache_mb: int = 32) -> Iterator[None]:
        yield

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Reads that all see one state of the records (an export), while other desks write."""
        if self._depth or self.pg.in_transaction:
            yield self.conn
            return
        self.pg.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield self.conn
        finally:
            self.pg.execute("COMMIT")
