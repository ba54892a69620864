"""Opening the SQLite file: checks that never modify a file we should not touch, pragmas, the writer lock,
migrations and transactions.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.progress import NO_PROGRESS, Progress
from app.storage import search_index
from app.storage.errors import (
    BadPathError,
    DamagedError,
    LockedByOtherError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
)
from app.storage.lock import WriterLock
from app.storage.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_version
from app.storage.paths import make_private_dir, real_path, touch_private_file

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _check_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not an SQLite database."""
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a database file")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"cannot read {path}: {exc.strerror}") from None
    if header != SQLITE_HEADER:
        raise NotADatabaseError(f"{path} is not an Aide-Mémoire database (not an SQLite file)")


class Database:
    """One connection to the record store. Writers hold the lock file for as long as the database is open."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: WriterLock | None, *, writable: bool | None = None
    ) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._writable = lock is not None if writable is None else writable
        self._depth = 0

    @property
    def read_only(self) -> bool:
        return not self._writable

    def sibling(self) -> Database:
        """Another connection to the same file, for a worker thread of this process (SQLite connections stay on
        the thread that made them). It writes under the lock this one holds, and leaves the lock alone on close."""
        if self.read_only:
            return Database._open_read_only(self.path)
        conn = _connect(str(self.path), uri=False)
        conn.execute("PRAGMA synchronous = NORMAL")
        return Database(self.path, conn, None, writable=True)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, progress: Progress = NO_PROGRESS) -> Database:
        """`progress` hears of the work a file made by an earlier version needs before it can be used."""
        path = Path(path)
        _check_file(path)
        if read_only:
            return cls._open_read_only(path)
        # The lock goes beside the file itself: a second path to it (a symbolic link) must meet the same lock.
        lock = WriterLock(real_path(path))
        try:
            make_private_dir(path.parent)
            lock.acquire()
        except OSError as exc:
            raise BadPathError(f"cannot use {path} as the database: {exc.strerror or exc}") from None
        try:
            existed = path.exists() and path.stat().st_size > 0
            if not existed:
                touch_private_file(path)
            conn = _connect(str(path), uri=False)
            try:
                _check_version(conn, path)
                if existed:
                    _check_integrity_quick(conn, path)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn)
                search_index.rebuild_if_stale(conn, progress)
                if people_to_link(conn):
                    from app.storage import people  # only then: the window's start does not wait for it

                    people.link_unlinked(conn, dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock)

    @classmethod
    def _open_read_only(cls, path: Path) -> Database:
        if not path.exists():
            raise StorageError(f"there is no database at {path}")
        conn = _connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            version = _check_version(conn, path)
            if version < SCHEMA_VERSION:
                raise StorageError(
                    f"{path} was made by an older version; open it once for writing to bring it up to date"
                )
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, None)

    def user_name(self) -> str:
        """Who the database knows the user as: nobody, for a file (the program asks the computer instead)."""
        return ""

    @property
    def shared(self) -> bool:
        """Whether other desks write to these records at the same time (a server), not one writer (a file)."""
        return False

    def notify_change(self, change_id: int) -> None:
        """Tell other desks a change was committed: a file's readers look for themselves."""

    @property
    def location(self) -> Path | str:
        """Where the records are, as a person reads it: the file's path."""
        return self.path

    @property
    def address(self) -> Path | str:
        """What opens these records again (app.services.store.open_store): the file's path."""
        return self.path

    def check_whole(self) -> None:
        """Read every page (SQLite's quick_check) before a command that writes: a damaged file is reported, not
        written to. About a second for every 150 MB."""
        try:
            found = [r[0] for r in self.conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.DatabaseError as exc:
            found = [str(exc)]
        if found != ["ok"]:
            raise DamagedError(
                f"{self.path} is damaged ({found[0]}); nothing was written. Restore the newest copy from "
                f"{self.path.parent / 'backups'}"
            )

    def close(self) -> None:
        try:
            if self._lock is not None:
                with suppress(sqlite3.Error):
                    self.conn.execute("PRAGMA optimize")
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def bulk(self, cache_mb: int = 32) -> Iterator[None]:
        """For one very large transaction (an import): a page cache big enough that SQLite does not spill pages
        to the write-ahead log over and over (SQLite's default 2 MB made a 100,000-meeting import twice as slow).
        32 MB imports those as fast as 128 MB did, now that the search index is written 500 meetings at a time,
        and leaves room under the 400 MB an import may take for the workbook reader's sheet."""
        (previous,) = self.conn.execute("PRAGMA cache_size").fetchone()
        self.conn.execute(f"PRAGMA cache_size = {-1024 * cache_mb}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(previous)}")

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Reads that all see one state of the records, even while another connection writes (an export)."""
        if self._depth or self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            self.conn.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing. Nested uses join the outer transaction."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only; changes cannot be saved")
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")


class _Connection(sqlite3.Connection):
    """A connection that can be weakly referred to (the search index remembers, per connection, the meetings the
    list's search words last matched)."""


def _connect(target: str, *, uri: bool) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(
            target, uri=uri, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, factory=_Connection
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open the database {target}: {exc}") from None
    return conn


_OUR_TABLES = frozenset({"meetings", "meeting_countries", "participants", "statements", "actions"})


def _unreadable(path: Path, exc: sqlite3.Error) -> StorageError:
    """What stopped the first read, in words that fit it: locked, not a database, or a failing disk."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LockedByOtherError(
            f"{path} is locked by another program (not a copy of Aide-Mémoire); close that program and try again"
        )
    if isinstance(exc, sqlite3.OperationalError) and ("disk" in text or "unable to open" in text):
        return StorageError(f"{path} cannot be read: {exc}")
    return NotADatabaseError(f"{path} is not a readable database (it may be damaged)")


PEOPLE_VERSION = 1  # participants recorded before people existed are linked once (app.storage.people)


def people_to_link(conn: sqlite3.Connection) -> bool:
    """Whether participants recorded before people existed still wait to be linked. Here, not in the people module,
    so that opening the store asks without loading that module."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'people_version'").fetchone()
    return row is None or int(row[0]) < PEOPLE_VERSION


def _check_version(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version, after making sure the file is the program's own: nothing may change another program's
    SQLite file, even one whose user_version happens to be one of ours."""
    try:
        version = schema_version(conn)
        (application_id,) = conn.execute("PRAGMA application_id").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from None
    if application_id not in (0, APPLICATION_ID) or (version and not tables >= _OUR_TABLES):
        raise NotADatabaseError(f"{path} is an SQLite file of another program, not an Aide-Mémoire database")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer version of Aide-Mémoire (schema {version}; this one knows "
            f"{SCHEMA_VERSION}); it has not been changed"
        )
    if version == 0 and tables:
        raise NotADatabaseError(f"{path} is an SQLite file of another program, not an Aide-Mémoire database")
    return version


def _check_integrity_quick(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        raise NotADatabaseError(f"{path} is damaged and cannot be read") from None
