import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.errors import DatabaseInUseError, NewerSchemaError, NotADatabaseError, ReadOnlyError
from app.storage.migrations import SCHEMA_VERSION


def test_a_new_database_is_created_private_with_wal_and_foreign_keys(db_path):
    with Database.open(db_path) as db:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"meeting notes, not a database\n" * 100)
    before = db_path.read_bytes()
    with pytest.raises(NotADatabaseError, match="not an Aide-Mémoire database"):
        Database.open(db_path)
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_another_programs_sqlite_file_is_refused(db_path):
    db_path.parent.mkdir(parents=True)
    other = sqlite3.connect(db_path)
    other.execute("CREATE TABLE photos (id INTEGER)")
    other.commit()
    other.close()
    before = db_path.read_bytes()
    with pytest.raises(NotADatabaseError, match="another program"):
        Database.open(db_path)
    assert db_path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_and_left_alone(db_path):
    Database.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        Database.open(db_path)
    with pytest.raises(NewerSchemaError):
        Database.open(db_path, read_only=True)
    assert db_path.read_bytes() == before


def test_a_second_writer_in_the_same_process_is_refused(db_path):
    with Database.open(db_path):
        with pytest.raises(DatabaseInUseError, match="another copy of Aide-Mémoire"):
            Database.open(db_path)
        with Database.open(db_path, read_only=True) as reader:
            assert reader.read_only
            with pytest.raises(ReadOnlyError), reader.transaction():
                pass
    Database.open(db_path).close()  # released on close


def test_a_second_process_is_told_which_process_holds_the_database(db_path):
    Database.open(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from app.storage.database import Database
            db = Database.open(Path({str(db_path)!r}))
            print("ready", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseInUseError, match=f"process {holder.pid}"):
            Database.open(db_path)
    finally:
        holder.communicate("\n", timeout=30)
    Database.open(db_path).close()  # the lock died with the process


def test_a_failed_transaction_writes_nothing(db_path):
    with Database.open(db_path) as db:
        with pytest.raises(RuntimeError), db.transaction() as conn:
            conn.execute(
                "INSERT INTO meetings(id, title, date, format, level, classification, created_at, updated_at)"
                " VALUES ('m1', 't', '2024-01-01', 'other', 'minister', 'unclassified', 'x', 'x')"
            )
            raise RuntimeError("boom")
        assert db.conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(NotADatabaseError, match="folder"):
        Database.open(tmp_path)


def test_an_existing_shared_folder_keeps_its_mode(tmp_path):
    if os.name != "posix":
        pytest.skip("folder modes are POSIX")
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    with Database.open(shared / "desk.sqlite"):
        pass
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE((shared / "desk.sqlite").stat().st_mode) == 0o600
    with Database.open(shared / "new" / "deeper" / "desk.sqlite"):
        pass
    assert stat.S_IMODE((shared / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((shared / "new" / "deeper").stat().st_mode) == 0o700


def _other_programs_file(path, version):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes(body) VALUES ('not ours')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_another_programs_file_with_one_of_our_versions_is_refused_untouched(tmp_path, version):
    path = tmp_path / "other.sqlite"
    _other_programs_file(path, version)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="another program"):
        Database.open(path)
    assert path.read_bytes() == before, "not even switched to WAL"
    assert not Path(f"{path}-wal").exists()


def test_a_file_marked_by_another_application_is_refused(tmp_path):
    path = tmp_path / "marked.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE meetings (id TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match="another program"):
        Database.open(path)


def test_our_files_carry_the_programs_mark(db_path):
    from app.storage.migrations import APPLICATION_ID

    Database.open(db_path).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_a_database_locked_by_another_tool_is_named_as_locked(db_path):
    from app.storage.errors import LockedByOtherError

    Database.open(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    other.execute("PRAGMA journal_mode = DELETE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LockedByOtherError, match="locked by another program"):
            Database.open(db_path)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_symbolic_link_meets_the_same_writer_lock(db_path, tmp_path):
    first = Database.open(db_path)
    link = tmp_path / "link.sqlite"
    link.symlink_to(db_path)
    try:
        with pytest.raises(DatabaseInUseError):
            Database.open(link)
    finally:
        first.close()
