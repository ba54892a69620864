import datetime as dt

import pytest

from app.services.sample import load_sample
from app.services.store import open_store
from app.storage import search_index


@pytest.fixture(params=["fts5", "plain"])
def engine_store(request, db_path):
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
    assert ("participant", "kzke-2023-09-19-p2") not in found  # William Ruto is written in Latin letters
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
