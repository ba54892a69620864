"""Opening the record store the way every entry point does: the path rules, the writer lock, the daily backup."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.progress import NO_PROGRESS, Progress
from app.storage.database import Database
from app.storage.paths import DB_ENV, default_db_path, is_url
from app.storage.repository import Repository


@dataclass
class Store:
    db: Database
    repo: Repository

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def location(self) -> Path | str:
        """The file's path, or the server's address (without a password), for what the program says."""
        return self.db.location

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def close(self) -> None:
        self.db.close()

    def sibling(self) -> Store:
        """The same records through a new connection, to be made and used on a worker thread."""
        db = self.db.sibling()
        return Store(db, Repository(db))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Fewer meetings than this are indexed again in a blink when a file from an earlier version opens: nothing is said.
UPGRADE_SHOWN_FROM = 500


def daily_backup(store: Store) -> Path | None:
    """The day's backup, if there is none yet: for the window, which opens first and runs this on a worker thread
    with a connection of its own (SQLite's online backup reads a snapshot; saves go on meanwhile)."""
    if store.read_only:
        return None
    from app.storage.backup import backup_daily  # the window's start paints first, then loads it

    with store.sibling() as own:
        return backup_daily(own.db)


def resolve_db_path(explicit: str | Path | None) -> Path | str:
    """--db wins over AIDE_MEMOIRE_DB, which wins over the per-user default. A department server's address stays
    as written (a str); a file is a Path."""
    given = str(explicit) if explicit else os.environ.get(DB_ENV, "").strip()
    if is_url(given):
        return given
    return Path(explicit).expanduser() if explicit else default_db_path()


def store_exists(location: Path | str) -> bool:
    """Whether there are records there yet: a server is asked when it is opened."""
    return is_url(location) or Path(location).exists()


def open_store(
    path: Path | str,
    *,
    read_only: bool = False,
    daily_backup: bool = True,
    password: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Store:
    """A SQLite file by its path, or a department server by its `postgresql://` address (with the password a
    person typed at a prompt, when the server asks for one). `progress` hears how far the work is that a file made
    by an earlier version needs before it opens."""
    if is_url(path):
        from app.storage.postgres import PgDatabase  # psycopg only for a desk that uses a server

        server = PgDatabase.open_url(str(path), read_only=read_only, password=password)
        return Store(server, Repository(server))
    db = Database.open(Path(path), read_only=read_only, progress=progress)
    if daily_backup and not read_only:
        from app.storage.backup import backup_daily

        try:
            backup_daily(db)
        except BaseException:  # a damaged file: say so, and let go of the writer lock
            db.close()
            raise
    return Store(db, Repository(db))
