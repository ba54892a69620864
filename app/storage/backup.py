"""Copies of the database made with SQLite's online backup: safe while the database is open and in WAL mode.

Each kind of backup (the daily one, the one before an import) keeps its own newest KEEP, so that many imports in a
day never prune away the daily copies of last week."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from app.storage.database import Database
from app.storage.dialect import is_postgres
from app.storage.errors import DamagedError
from app.storage.paths import backup_dir, make_private_dir, touch_private_file

KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+)(?:-(?P<n>\d+))?\.sqlite$")


def list_backups(db_path: Path, reason: str | None = None) -> list[Path]:
    """Backups of this database (of one kind, if given), oldest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if (m := _NAME.match(p.name)) and m["stem"] == db_path.stem and reason in (None, m["reason"])
    ]
    return sorted(found, key=_order)


def _order(path: Path) -> tuple[str, int]:
    match = _NAME.match(path.name)
    assert match is not None
    return match["stamp"], int(match["n"] or 1)


def _target(db: Database, reason: str, now: dt.datetime) -> Path:
    folder = backup_dir(db.path)
    make_private_dir(folder)
    target = folder / f"{db.path.stem}-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
    counter = 1
    while target.exists() or target.with_name(f".{target.name}.partial").exists():
        counter += 1
        target = folder / f"{db.path.stem}-{now:%Y%m%d-%H%M%S}-{reason}-{counter}.sqlite"
    return target


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy into a hidden file and give it its name only when complete: a copy cut short (the program closed or
    killed half-way) is never taken for a backup."""
    partial = target.with_name(f".{target.name}.partial")
    touch_private_file(partial)
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
        dest.close()
        partial.replace(target)
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)
        target.unlink(missing_ok=True)
        raise


def prune(db_path: Path, reason: str, keep: int = KEEP) -> None:
    for old in list_backups(db_path, reason)[:-keep]:
        old.unlink(missing_ok=True)


def make_backup(
    db: Database, reason: str, *, now: dt.datetime | None = None, keep: int = KEEP, verify: bool = False
) -> Path:
    """Copy the database now and keep only the newest `keep` backups of this kind. `verify`: read the copy through
    (quick_check) before older copies are pruned, so that a damaged database never pushes out a good backup."""
    target = _target(db, reason, now or dt.datetime.now())
    _copy(db.conn, target)
    if verify:
        copy = sqlite3.connect(target)
        try:
            found = [r[0] for r in copy.execute("PRAGMA quick_check(1)")]
        except sqlite3.DatabaseError as exc:
            found = [str(exc)]
        finally:
            copy.close()
        if found != ["ok"]:
            target.unlink(missing_ok=True)
            raise DamagedError(
                f"{db.path} is damaged ({found[0]}); the older backups in {target.parent} were kept, restore the "
                "newest of them"
            )
    prune(db.path, reason, keep)
    return target


def backup_committed(db: Database, reason: str, *, now: dt.datetime | None = None) -> Path | None:
    """Copy the records as they were before the transaction this connection has open (read through a connection
    of its own, which sees only what was committed): the moment to back up is just before a write is committed,
    so an import that is refused, fails or changes nothing leaves no backup. None when there was nothing to keep.
    Pruning is left to the caller, once the write is committed. A department server keeps no copies here: its
    administrator backs it up, and the change log undoes an import."""
    if is_postgres(db.conn):
        return None
    reader = sqlite3.connect(db.path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        if reader.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0:
            return None
        target = _target(db, reason, now or dt.datetime.now())
        _copy(reader, target)
        return target
    finally:
        reader.close()


def backup_daily(db: Database, *, now: dt.datetime | None = None) -> Path | None:
    """At most one backup a day, on start; nothing for an empty database, nor for a department server (backed up
    by its administrator)."""
    if is_postgres(db.conn):
        return None
    now = now or dt.datetime.now()
    if db.conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0:
        return None
    today = f"{now:%Y%m%d}"
    for existing in list_backups(db.path, "daily"):
        match = _NAME.match(existing.name)
        if match and match["stamp"].startswith(today):
            return None
    return make_backup(db, "daily", now=now, verify=True)
