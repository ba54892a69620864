"""People as records: participants linked to people as meetings are written, one person in every spelling, positions
over time, type-ahead across scripts, merging two records of one person, and databases from before people."""

import dataclasses
import datetime as dt
import sqlite3

from app.domain.people import merged
from app.domain.records import Meeting, Participant
from app.domain.vocab import Side
from app.services.store import open_store
from app.storage import people


def person_of(store, meeting_id, n):  # type: ignore[no-untyped-def]
    return people.get_person(store.db.conn, store.repo.get_meeting(meeting_id).participants[n].person_id)


def test_the_sample_knows_each_person_once_in_every_spelling(sample_store):
    sadykov = person_of(sample_store, "kzke-2024-credentials", 0)
    assert person_of(sample_store, "kzke-2024-consultations", 0).id == sadykov.id
    assert set(sadykov.names) == {"Барлыбай Садыков", "Barlybay Sadykov"}
    ruto = person_of(sample_store, "kzke-2023-09-19", 1)
    assert person_of(sample_store, "kzke-2024-credentials", 1).id == ruto.id
    assert {"William Ruto", "Уильям Руто"} == set(ruto.names) and ruto.country == "KE"
    assert len(sadykov.positions) == 2, "the position each record gives, with the day it was seen"
    assert sadykov.latest_position().start == dt.date(2024, 3, 7)


def test_type_ahead_finds_a_person_from_any_script(sample_store):
    conn = sample_store.db.conn
    for typed in ("Садык", "sadyk", "Sadyq", "Barlybay Sad", "барлыбай"):
        assert [p.name for p in people.find_people(conn, typed)] == ["Барлыбай Садыков"], typed
    assert people.find_people(conn, "Tokarev") == []


def test_a_new_spelling_and_a_new_position_teach_the_person(sample_store):
    repo = sample_store.repo
    meeting = Meeting(
        title="Follow-up call",
        date=dt.date(2025, 1, 15),
        countries=["KZ", "KE"],
        participants=[Participant("Barlybai Sadyqov", position="Ambassador-at-large", country="KZ")],
    )
    saved = repo.save_meeting(meeting)
    person = people.get_person(sample_store.db.conn, saved.participants[0].person_id)
    assert person.name == "Барлыбай Садыков" and "Barlybai Sadyqov" in person.names
    assert person.latest_position().position == "Ambassador-at-large"


def test_distinct_people_stay_apart(store):
    store.repo.save_meeting(Meeting(title="a", date=dt.date(2024, 1, 1), participants=[Participant("Kassym Tokayev")]))
    store.repo.save_meeting(Meeting(title="b", date=dt.date(2024, 1, 2), participants=[Participant("Kassym Tokarev")]))
    assert len(people.list_people(store.db.conn)) == 2


def test_merging_keeps_every_spelling_and_every_link(store):
    conn = store.db.conn
    one = store.repo.save_meeting(
        Meeting(
            title="a", date=dt.date(2024, 1, 1), participants=[Participant("A. Korir Sing'Oei", side=Side.COUNTERPART)]
        )
    )
    two = store.repo.save_meeting(
        Meeting(
            title="b",
            date=dt.date(2024, 2, 1),
            participants=[Participant("Abraham Korir Sing'Oei", side=Side.COUNTERPART)],
        )
    )
    keep = people.get_person(conn, two.participants[0].person_id)
    other = people.get_person(conn, one.participants[0].person_id)
    assert keep.id != other.id, "the initial is another key"
    with store.db.transaction():
        people.merge_people(conn, merged(keep, other), other, "2026-11-28T00:00:00Z")
    after = people.get_person(conn, keep.id)
    assert set(after.names) == {"Abraham Korir Sing'Oei", "A. Korir Sing'Oei"}
    assert store.repo.get_meeting(one.id).participants[0].person_id == keep.id
    assert people.get_person(conn, other.id) is None
    assert [a.meeting_id for a in people.appearances(conn, after)] == [two.id, one.id], "newest first"


def test_a_database_from_before_people_has_its_participants_linked_on_opening(db_path):
    with open_store(db_path) as store:
        store.repo.save_meeting(
            Meeting(
                title="a",
                date=dt.date(2024, 1, 1),
                participants=[Participant("Уильям Руто"), Participant("William Ruto")],
            )
        )
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE participants SET person_id = NULL")
        conn.execute("DELETE FROM people")
        conn.execute("DELETE FROM meta WHERE key = 'people_version'")
    conn.close()
    with open_store(db_path) as store:
        [person] = people.list_people(store.db.conn)
        assert set(person.names) == {"Уильям Руто", "William Ruto"}
        [m] = store.repo.get_meetings([r.id for r in store.repo.list_meetings()])
        assert {p.person_id for p in m.participants} == {person.id}


def test_counterparts_met_are_counted_with_the_last_meeting(sample_store):
    conn = sample_store.db.conn
    found = people.counterparts(conn, [r.id for r in sample_store.repo.list_meetings()])
    names = {p.name: (n, last) for p, n, last in found}
    assert names["William Ruto"] == (2, dt.date(2024, 3, 5))
    assert "Abraham Korir Sing'Oei" in names
    assert all(p.side is not None for p, _n, _l in found)


def test_an_undone_deletion_finds_its_people_again(sample_store):
    repo = sample_store.repo
    before = repo.get_meeting("kzke-2024-consultations")
    gone = repo.delete_meeting(before.id)
    repo.save_meeting(dataclasses.replace(gone, revision=0))
    assert [p.person_id for p in repo.get_meeting(before.id).participants] == [p.person_id for p in before.participants]
