import datetime as dt
import os
import sqlite3
import stat

from app.storage.backup import backup_daily, list_backups, make_backup


def test_daily_backup_happens_once_a_day_and_only_with_data(sample_store):
    db = sample_store.db
    monday = dt.datetime(2026, 11, 23, 9, 0)
    first = backup_daily(db, now=monday)
    assert first is not None and first.exists()
    assert backup_daily(db, now=monday.replace(hour=17)) is None
    assert backup_daily(db, now=monday + dt.timedelta(days=1)) is not None
    assert len(list_backups(db.path)) == 2
    copy = sqlite3.connect(first)
    assert copy.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3
    copy.close()
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600


def test_empty_database_is_not_backed_up(store):
    assert backup_daily(store.db) is None


def test_only_the_newest_ten_are_kept(sample_store):
    start = dt.datetime(2026, 1, 1, 8, 0)
    made = [make_backup(sample_store.db, "import", now=start + dt.timedelta(minutes=i)) for i in range(13)]
    kept = list_backups(sample_store.db.path)
    assert kept == made[-10:]


def test_a_copy_cut_short_is_never_taken_for_a_backup(sample_store, monkeypatch):
    import pytest

    from app.storage.paths import backup_dir

    class Broken:
        def __init__(self, conn):
            self.conn = conn

        def backup(self, dest):
            dest.execute("CREATE TABLE half (x)")  # something was written before it broke
            raise sqlite3.OperationalError("disk I/O error")

        def __getattr__(self, name):
            return getattr(self.conn, name)

    monkeypatch.setattr(sample_store.db, "conn", Broken(sample_store.db.conn))
    with pytest.raises(sqlite3.OperationalError):
        make_backup(sample_store.db, "daily")
    assert list(backup_dir(sample_store.path).iterdir()) == []
