import sqlite3

from app.services.store import open_store
from app.storage.migrations import MIGRATIONS, SCHEMA_VERSION, migrate


def test_a_first_version_database_keeps_its_data_through_every_migration(db_path):
    assert SCHEMA_VERSION > 1, "this test needs at least one migration after the first"
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO meetings(id, title, date, format, level, countries, topics, summary, classification,"
        " created_at, updated_at, revision) VALUES ('old-1', 'Встреча в Астане', '2022-05-04', 'bilateral meeting',"
        " 'minister', 'KZ; KE', 'сауда', 'Grain via Mombasa', 'unclassified', '2022-05-04T10:00:00Z',"
        " '2022-05-04T10:00:00Z', 3)"
    )
    conn.execute("INSERT INTO meeting_countries VALUES ('old-1', 'KZ', 0), ('old-1', 'KE', 1)")
    conn.execute(
        "INSERT INTO actions(id, meeting_id, position, description, owner, committed_by, due_date, status,"
        " priority, notes) VALUES ('old-a', 'old-1', 0, 'Отправить ноту', 'МИД', 'ours', '2022-06-01', 'open',"
        " 'high', '')"
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()

    with open_store(db_path) as store:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        meeting = store.repo.get_meeting("old-1")
        assert meeting.title == "Встреча в Астане"
        assert meeting.revision == 3
        assert meeting.countries == ["KZ", "KE"]
        assert [a.description for a in meeting.actions] == ["Отправить ноту"]
        # The search index added by a later migration was filled from the old rows.
        assert {r.id for r in store.repo.search("mombasa")} == {"old-1"}
        assert {r.id for r in store.repo.search("НОТУ")} == {"old-a"}
        assert {r.id for r in store.repo.search("Kenya")} == {"old-1"}, "country names beside the codes"
