"""Copies of the database made with SQLite's online backup: safe while the database is open and in WAL mode."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from app.storage.database import Database
from app.storage.paths import backup_dir, make_private_dir, touch_private_file

KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite$")


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, oldest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if (m := _NAME.match(p.name)) and m["stem"] == db_path.stem]
    return sorted(found, key=lambda p: _NAME.match(p.name)["stamp"])  # type: ignore[index]


def make_backup(db: Database, reason: str, *, now: dt.datetime | None = None, keep: int = KEEP) -> Path:
    """Copy the database now and keep only the newest `keep` backups."""
    now = now or dt.datetime.now()
    folder = backup_dir(db.path)
    make_private_dir(folder)
    target = folder / f"{db.path.stem}-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{db.path.stem}-{now:%Y%m%d-%H%M%S}-{reason}-{counter}.sqlite"
    touch_private_file(target)
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    for old in list_backups(db.path)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def backup_daily(db: Database, *, now: dt.datetime | None = None) -> Path | None:
    """At most one backup a day, on start; nothing for an empty database."""
    now = now or dt.datetime.now()
    if db.conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0:
        return None
    today = f"{now:%Y%m%d}"
    for existing in list_backups(db.path):
        match = _NAME.match(existing.name)
        if match and match["stamp"].startswith(today):
            return None
    return make_backup(db, "daily", now=now)
