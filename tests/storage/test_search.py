import datetime as dt

import pytest

from app.services.sample import load_sample
from app.services.store import open_store
from app.storage import search_index


@pytest.fixture(params=["fts5", "plain", "server"])
def engine_store(request, db_path):
    """SQLite with FTS5, SQLite without it, and a PostgreSQL server (word starts through its trigram index)."""
    if request.param == "server":
        with open_store(request.getfixturevalue("pg_url")) as store:
            load_sample(store.repo)
            yield store
        return
    search_index.set_fts5_available(request.param == "fts5")
    try:
        with open_store(db_path) as store:
            assert search_index.search_engine(store.db.conn) == request.param
            load_sample(store.repo)
            yield store
    finally:
        search_index.set_fts5_available(None)


def kinds_and_ids(results):
    return {(r.kind, r.id) for r in results}


def test_latin_search_finds_the_sample_meeting(engine_store):
    results = engine_store.repo.search("Mombasa")
    assert ("meeting", "kzke-2023-09-19") in kinds_and_ids(results)
    assert all(r.meeting_id == "kzke-2023-09-19" for r in results)


def test_cyrillic_search_ignores_case(engine_store):
    found = kinds_and_ids(engine_store.repo.search("руто"))
    assert ("participant", "kzke-2024-credentials-p2") in found
    assert ("participant", "kzke-2023-09-19-p2") in found, "William Ruto, written in Latin letters, by his name key"
    assert ("participant", "kzke-2023-09-19-p2") in kinds_and_ids(engine_store.repo.search("ruto"))
    assert ("participant", "kzke-2024-credentials-p2") in kinds_and_ids(engine_store.repo.search("УИЛЬЯМ РУТО"))


def test_kazakh_letters_are_searchable(engine_store):
    for query in ("Тоқаев", "тоқаев", "ТОҚАЕВ", "ынтымақтастық"):
        found = kinds_and_ids(engine_store.repo.search(query))
        assert ("statement", "kzke-2023-09-19-s2") in found, query


def test_words_narrow_and_prefixes_match(engine_store):
    assert kinds_and_ids(engine_store.repo.search("grain exporters")) == {
        ("action", "kzke-2023-09-19-a2"),
        ("meeting", "kzke-2023-09-19"),
    }
    assert engine_store.repo.search("Mombasa Astana nonexistentword") == []
    assert engine_store.repo.search("   ") == []
    assert engine_store.repo.search('"; DROP TABLE meetings; --') == []


def test_country_names_find_meetings(engine_store):
    assert ("meeting", "kzke-2023-09-19") in kinds_and_ids(engine_store.repo.search("kenya"))


def test_the_list_filter_counts_every_match_however_many(engine_store):
    from app.domain.records import Meeting
    from app.storage.repository import MeetingFilter

    repo = engine_store.repo
    with engine_store.db.transaction():
        for i in range(5_100):  # more than any fixed cap on the hits
            repo.save_meeting(Meeting(title=f"Grain talks {i}", date=dt.date(2020, 1, 1)))
    wanted = MeetingFilter(text="grain")
    total = repo.count_meetings(wanted)
    assert total >= 5_100 + 1  # the sample's Mombasa meeting speaks of a grain terminal
    assert len(repo.meeting_ids(wanted)) == total
    assert len(repo.list_meetings(wanted, offset=total - 10, limit=50)) == 10, "the list scrolls to the last match"


# Each query is written in one script and must find the record written in the other.
ACROSS_SCRIPTS = [
    ("Садыков", ("participant", "kzke-2024-consultations-p1")),  # Barlybay Sadykov, in English
    ("Sadykov", ("participant", "kzke-2024-credentials-p1")),  # Барлыбай Садыков, in Russian
    ("Sadyqov", ("participant", "kzke-2024-credentials-p1")),
    ("Sadyqov", ("participant", "kzke-2024-consultations-p1")),
    ("Тоқаев", ("participant", "kzke-2023-09-19-p1")),  # Kassym-Jomart Tokayev
    ("Токаев", ("statement", "kzke-2023-09-19-s1")),
    ("Tokayev", ("statement", "kzke-2023-09-19-s2")),  # Қасым-Жомарт Тоқаев
    ("Сингоэй", ("participant", "kzke-2024-consultations-p2")),  # Abraham Korir Sing'Oei
    ("Уильям Руто", ("participant", "kzke-2023-09-19-p2")),  # William Ruto
    ("William Ruto", ("participant", "kzke-2024-credentials-p2")),  # Уильям Руто
]


@pytest.mark.parametrize(("query", "record"), ACROSS_SCRIPTS)
def test_a_name_is_found_in_the_other_script(engine_store, query, record):
    assert record in kinds_and_ids(engine_store.repo.search(query))


def test_a_near_miss_name_finds_nothing(engine_store):
    assert engine_store.repo.search("Tokarev") == []
    assert engine_store.repo.search("Sadykhov") == []


def test_the_list_filter_crosses_scripts_too(engine_store):
    from app.storage.queries import MeetingFilter

    found = {r.id for r in engine_store.repo.list_meetings(MeetingFilter(text="Садыков"))}
    assert found == {"kzke-2024-consultations", "kzke-2024-credentials"}
    assert engine_store.repo.count_meetings(MeetingFilter(text="Sadyqov")) == 2


def test_an_index_made_the_older_way_is_made_again_on_opening(db_path):
    import sqlite3

    with open_store(db_path) as store:
        load_sample(store.repo)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DELETE FROM meta WHERE key = 'search_index_version'")
        conn.execute("UPDATE search_text SET body = 'nothing' WHERE rowid IN (SELECT rowid FROM search_docs)")
    conn.close()
    with open_store(db_path) as store:
        assert search_index.index_version(store.db.conn) == search_index.INDEX_VERSION
        assert ("participant", "kzke-2024-consultations-p1") in kinds_and_ids(store.repo.search("Садыков"))
        assert len(store.repo.search("Mombasa")) > 0


def test_indexing_many_meetings_at_once_finds_what_one_by_one_does(sample_store):
    from app.domain.records import Meeting
    from app.storage import search_index

    repo = sample_store.repo
    queries = ("руто", "Mombasa", "Sadykov", "grain", "Kenya", "Садыков")
    before = {q: repo.search(q) for q in queries}
    assert all(before.values())
    ids = [r.id for r in repo.list_meetings()]
    with sample_store.db.transaction() as conn:
        search_index.index_many(conn, ids)
    assert {q: repo.search(q) for q in queries} == before
    saved = repo.save_meeting(Meeting(title="Zebra crossing talks", date=before["Kenya"][0].meeting_date))
    assert [r.meeting_id for r in repo.search("zebra")] == [saved.id], "an index made at once takes new records"


def test_a_word_is_found_by_its_start_not_inside_another(engine_store, request):
    from app.domain.records import Meeting

    engine_store.repo.save_meeting(Meeting(title="Ungrainly matters", date=dt.date(2025, 1, 1)))
    found = {r.meeting_title for r in engine_store.repo.search("grain")}
    if request.node.callspec.params["engine_store"] == "plain":  # SQLite without FTS5: anywhere in the text
        assert "Ungrainly matters" in found
    else:
        assert "Ungrainly matters" not in found, "as FTS5 does, the server matches the start of a word only"
    assert found, "grain is in the sample"


def test_a_word_typed_with_an_underscore_is_searched_without_an_error(engine_store):
    """FTS5 parts words at an underscore: as one quoted string, "grain_corridor" was a phrase, which the list's
    index (it keeps no positions) refused with an error instead of a list."""
    from app.domain.records import Meeting

    saved = engine_store.repo.save_meeting(Meeting(title="Notes of grain_corridor talks", date=dt.date(2025, 1, 1)))
    for text in ("grain_corridor", "grain_corr", "_grain"):
        assert saved.id in _list_ids(engine_store, text), text
        assert saved.id in {r.meeting_id for r in engine_store.repo.search(text)}, text
    for text in ("_", "___", "grain ___"):  # underscores alone: no word to find, and no error either
        _list_ids(engine_store, text)
        engine_store.repo.search(text)


def _list_ids(store, text):  # type: ignore[no-untyped-def]
    from app.storage.queries import MeetingFilter

    wanted = MeetingFilter(text=text)
    ids = [r.id for r in store.repo.list_meetings(wanted, limit=1000)]
    assert store.repo.count_meetings(wanted) == len(ids), "the list's count and its rows agree"
    return set(ids)


def test_the_list_finds_what_the_records_search_finds(engine_store):
    """The list's own index (a document per meeting, on a file) lets through the meetings of the records the
    search finds, word for word."""
    for query in ("grain", "Mombasa", "Садыков", "Tokayev", "kenya", "ынтымақтастық", "#4711", "nothing-like-it"):
        found = {r.meeting_id for r in engine_store.repo.search(query, limit=10_000)}
        assert _list_ids(engine_store, query) == found, query


def test_the_list_follows_every_change_to_the_records(engine_store):
    from app.domain.records import Action, Meeting

    repo = engine_store.repo
    m = repo.save_meeting(Meeting(title="Quinoa consultations", date=dt.date(2025, 2, 3)))
    assert _list_ids(engine_store, "quinoa") == {m.id}
    m.actions.append(Action(description="Send the xylophone score"))
    m = repo.save_meeting(m, expected_revision=m.revision)
    assert _list_ids(engine_store, "xylophone") == {m.id}
    m.title = "Rice consultations"
    m = repo.save_meeting(m, expected_revision=m.revision)
    assert _list_ids(engine_store, "quinoa") == set(), "the old words leave with the edit"
    assert _list_ids(engine_store, "rice xylophone") == {m.id}, "words of the meeting and of its action together"
    repo.delete_meeting(m.id)
    assert _list_ids(engine_store, "rice") == set()


def test_the_lists_count_sees_another_connections_changes(db_path):
    from app.domain.records import Meeting
    from app.storage.queries import MeetingFilter

    with open_store(db_path) as writer, open_store(db_path, read_only=True) as reader:
        wanted = MeetingFilter(text="saffron")
        assert reader.repo.count_meetings(wanted) == 0
        writer.repo.save_meeting(Meeting(title="Saffron trade", date=dt.date(2025, 5, 6)))
        assert reader.repo.count_meetings(wanted) == 1, "a count remembered for the query is not used once stale"
        assert [r.title for r in reader.repo.list_meetings(wanted)] == ["Saffron trade"]


def test_a_file_from_before_the_lists_index_gets_it_on_opening(db_path):
    import sqlite3

    with open_store(db_path) as store:
        load_sample(store.repo)
    conn = sqlite3.connect(db_path)  # back to schema 8, as the previous version left it
    with conn:
        conn.execute("DROP TABLE meeting_text")
        conn.execute("DROP INDEX meetings_by_search_no")
        conn.execute("ALTER TABLE meetings DROP COLUMN search_no")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'search_index_version'")
        conn.execute("PRAGMA user_version = 8")
    conn.close()
    with open_store(db_path) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 9
        numbers = [r[0] for r in conn.execute("SELECT search_no FROM meetings")]
        assert None not in numbers and len(set(numbers)) == len(numbers)
        assert conn.execute("SELECT count(*) FROM meeting_text").fetchone()[0] == len(numbers)
        assert _list_ids(store, "Садыков") == {"kzke-2024-consultations", "kzke-2024-credentials"}


def _stale_file_of(db_path, meetings: int) -> None:
    """A file whose index an earlier version made: it is made again when the file is next opened for writing."""
    import sqlite3

    from app.domain.records import Meeting

    with open_store(db_path) as store, store.db.transaction():
        for n in range(meetings):
            store.repo.save_meeting(Meeting(title=f"Grain talks {n}", date=dt.date(2024, 1, 1), countries=["KE"]))
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DELETE FROM meta WHERE key = 'search_index_version'")
    conn.close()


def test_remaking_the_index_on_opening_says_how_far_it_is_and_stopped_leaves_the_file_as_it_was(db_path):
    import sqlite3

    from app.progress import Cancelled, Progress

    _stale_file_of(db_path, 1_100)
    stopping = Progress(lambda done, total, _what: stopping.cancel() if done >= 500 else None)
    with pytest.raises(Cancelled):
        open_store(db_path, progress=stopping)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT value FROM meta WHERE key = 'search_index_version'").fetchone() is None
    conn.close()

    heard: list[tuple[int, int, str]] = []
    with open_store(db_path, progress=Progress(lambda *told: heard.append(told))) as store:  # the lock was let go
        assert heard == [(0, 1_100, "indexing"), (500, 1_100, "indexing"), (1_000, 1_100, "indexing"),
                         (1_100, 1_100, "indexing")]  # fmt: skip
        assert search_index.index_version(store.db.conn) == search_index.INDEX_VERSION
        from app.storage.queries import MeetingFilter

        assert store.repo.count_meetings(MeetingFilter(text="grain")) == 1_100  # the list's own index too
        assert {r.text for r in store.repo.search("talks 1099")} == {"Grain talks 1099"}
    heard.clear()
    with open_store(db_path, progress=Progress(lambda *told: heard.append(told))):
        assert heard == [], "an index made this way is not made again"


def test_a_word_asked_for_as_the_words_it_starts_finds_what_the_prefix_finds(db_path):
    """The index is asked for the words a typed word starts ("visa" as "visa" OR "visas" OR ...), not for the prefix,
    which costs FTS5 five times more; what is found is the same, also where there are too many such words to
    name, for letters the index folds its own way, and for a word that starts none."""
    from app.domain.names import word_key
    from app.domain.records import Meeting

    with open_store(db_path) as store:
        load_sample(store.repo)
        titles = ["Visa regime", "Visas issued at Almaty", "Visakhapatnam port call", "Café diplomacy"]
        titles.append(" ".join(f"tea{chr(97 + i)}x" for i in range(20)))  # twenty words starting "tea"
        for n, title in enumerate(titles):
            store.repo.save_meeting(Meeting(title=title, date=dt.date(2025, 3, n + 1)))
        conn = store.db.conn
        asked = search_index._fts_match(conn, ["visa"])
        assert asked == '("visa" OR "visahapatnam" OR "visakhapatnam" OR "visas")', "the words, in place of the prefix"
        assert "*" in search_index._fts_match(conn, ["tea"]), "twenty words: the prefix itself"
        for query in (
            "visa",
            "visa regime",
            "vis",
            "tea",
            "teab",
            "cafe",
            "café",
            "kenya",
            "ruto",
            "руто",
            "тоқаев",
            "ынтым",
            "zzz",
        ):
            prefixes = " AND ".join(
                "(" + " OR ".join(f'"{f}"*' for f in {t, word_key(t)} if f) + ")"
                for t in search_index.query_tokens(query)
            )
            sql = "SELECT m.id FROM meetings m JOIN meeting_text t ON t.rowid = m.search_no WHERE meeting_text MATCH ?"
            expected = {r[0] for r in conn.execute(sql, (prefixes,))}
            assert _list_ids(store, query) == expected, query
            assert {r.meeting_id for r in store.repo.search(query, limit=10_000)} == expected, query
        assert len(_list_ids(store, "visa")) == 3
        assert len(_list_ids(store, "cafe")) == len(_list_ids(store, "café")) == 1


def _days_agree(conn) -> None:  # type: ignore[no-untyped-def]
    for no, day in conn.execute("SELECT search_no, date FROM meetings"):
        assert search_index.day_of(no) == dt.date.fromisoformat(day).toordinal(), (no, day)


def _pages(store, text: str, *, descending: bool, size: int, **narrow) -> list[str]:  # type: ignore[no-untyped-def]
    from app.storage.queries import MeetingFilter

    wanted = MeetingFilter(text=text, descending=descending, **narrow)
    ids: list[str] = []
    while page := store.repo.list_meetings(wanted, offset=len(ids), limit=size):
        ids += [r.id for r in page]
        assert len(ids) < 1000
    return ids


def test_the_search_boxs_pages_by_date_come_from_the_index_in_the_lists_order(db_path, monkeypatch):
    """The search box alone, sorted by date: the index numbers meetings by their day, so the list reads a page's
    days from it in order. Page after page, both ways, the meetings and their order are those the list's other
    way (holding every match, then sorting) gives; also after a meeting's date changes and after an import."""
    import random

    from app.domain.records import Meeting
    from app.services.exchange import export_workbook, import_workbook

    rng = random.Random(7)
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(40)) for _ in range(150)]
    with open_store(db_path) as store:
        saved = [
            store.repo.save_meeting(
                Meeting(
                    title=f"{rng.choice(['Grain', 'Water', 'Visa'])} talks {n}",
                    date=day,
                    time=rng.choice([None, dt.time(9, 0), dt.time(15, 30)]),
                )
            )
            for n, day in enumerate(days)
        ]
        conn = store.db.conn
        _days_agree(conn)
        calls: list[str] = []
        real = search_index.meetings_by_date
        monkeypatch.setattr(search_index, "meetings_by_date", lambda *a, **k: calls.append("index") or real(*a, **k))

        def check() -> None:
            for text in ("talks", "grain", "water talks", "nothing-such"):
                for descending in (True, False):
                    for size in (7, 50, 200):
                        calls.clear()
                        fast = _pages(store, text, descending=descending, size=size)
                        assert calls and all(c == "index" for c in calls)
                        slow = _pages(store, text, descending=descending, size=size, date_from=dt.date(1900, 1, 1))
                        assert fast == slow, (text, descending, size)
                        assert len(fast) == store.repo.count_meetings(MeetingFilter(text=text))

        from app.storage.queries import MeetingFilter

        check()
        assert len(_pages(store, "talks", descending=True, size=7)) == 150
        moved = store.repo.get_meeting(saved[3].id)
        moved.date = dt.date(2030, 5, 5)
        store.repo.save_meeting(moved, expected_revision=moved.revision)
        _days_agree(conn)
        assert _pages(store, "talks", descending=True, size=7)[0] == moved.id, "a new date, a new place"
        check()
        workbook = export_workbook(store.repo, db_path.parent / "out.xlsx", include_confidential=True).path
    from openpyxl import load_workbook

    book = load_workbook(workbook)
    sheet = book["Meetings"]
    headers = [c.value for c in sheet[1]]
    for row in range(2, 12):  # ten meetings move to other days in the workbook
        sheet.cell(row, headers.index("Date") + 1).value = dt.datetime(2019, 1, row)
    book.save(workbook)
    with open_store(db_path) as store:
        plan, result = import_workbook(store.db, store.repo, workbook)
        assert result is not None and not plan.problems
        _days_agree(store.db.conn)
        check()
        assert search_index.meetings_by_date(store.db.conn, "talks", offset=0, limit=7, descending=False)
        conn = store.db.conn
        with conn:
            conn.execute("UPDATE meta SET value = '3' WHERE key = 'search_index_version'")
        assert search_index.meetings_by_date(conn, "talks", offset=0, limit=7, descending=True) is None, (
            "numbers that may not say the day (a file opened read-only before its upgrade) are not read as days"
        )
        assert len(_pages(store, "talks", descending=True, size=7)) == 150
