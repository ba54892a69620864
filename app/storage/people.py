"""People in SQL: their names (with keys), positions, and the link from each participant to its person.

Every meeting written links its participants to people as it is written: a participant that names its person keeps
it; one whose whole name has the key of a person's name becomes that person (a new spelling is added to their
names, a new position to their positions); any other is a new person. So the people list fills itself as meetings
are typed, imported or loaded, and Садыков in a Russian record is the Sadykov of an English one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.names import name_key, words
from app.domain.people import Person, Position
from app.domain.records import Meeting, Participant
from app.domain.vocab import Side
from app.storage.database import PEOPLE_VERSION, people_to_link


@dataclass(frozen=True)
class Appearance:
    """A meeting a person was at, with what they said and what they took on there."""

    meeting_id: str
    date: dt.date
    title: str
    position: str
    statements: tuple[str, ...]
    commitments: tuple[str, ...]


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def get_person(conn: sqlite3.Connection, person_id: str) -> Person | None:
    return next(iter(get_people(conn, [person_id])), None)


def get_people(conn: sqlite3.Connection, ids: Sequence[str]) -> list[Person]:
    found: dict[str, Person] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = list(ids[chunk_start : chunk_start + 500])
        marks = ",".join("?" * len(chunk))
        for pid, country, side, notes, revision in conn.execute(
            f"SELECT id, country, side, notes, revision FROM people WHERE id IN ({marks})", chunk
        ):
            found[pid] = Person(names=[], country=country, side=Side(side), notes=notes, id=pid, revision=revision)
        for pid, name in conn.execute(
            f"SELECT person_id, name FROM person_names WHERE person_id IN ({marks}) ORDER BY person_id, sort_order",
            chunk,
        ):
            found[pid].names.append(name)
        for pid, position, organisation, start, end in conn.execute(
            "SELECT person_id, position, organisation, start_date, end_date FROM person_positions"
            f" WHERE person_id IN ({marks}) ORDER BY person_id, sort_order",
            chunk,
        ):
            found[pid].positions.append(Position(position, organisation, _date(start), _date(end)))
    return [found[i] for i in ids if i in found]


def save_person(conn: sqlite3.Connection, person: Person, stamp: str) -> Person:
    """Insert or replace the person with their names and positions (inside the caller's transaction)."""
    exists = conn.execute("SELECT revision FROM people WHERE id = ?", (person.id,)).fetchone()
    if exists:
        conn.execute(
            "UPDATE people SET country = ?, side = ?, notes = ?, updated_at = ?, revision = revision + 1 WHERE id = ?",
            (person.country, person.side.value, person.notes, stamp, person.id),
        )
        person.revision = int(exists[0]) + 1
    else:
        conn.execute(
            "INSERT INTO people(id, country, side, notes, created_at, updated_at, revision)"
            " VALUES (?, ?, ?, ?, ?, ?, 1)",
            (person.id, person.country, person.side.value, person.notes, stamp, stamp),
        )
        person.revision = 1
    conn.execute("DELETE FROM person_names WHERE person_id = ?", (person.id,))
    conn.execute("DELETE FROM person_positions WHERE person_id = ?", (person.id,))
    conn.executemany(
        "INSERT INTO person_names(person_id, sort_order, name, name_key) VALUES (?, ?, ?, ?)",
        [(person.id, i, n, name_key(n)) for i, n in enumerate(person.names)],
    )
    conn.executemany(
        "INSERT INTO person_positions(person_id, sort_order, position, organisation, start_date, end_date)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(person.id, i, p.position, p.organisation, p.start and p.start.isoformat(), p.end and p.end.isoformat())
         for i, p in enumerate(person.positions)],
    )  # fmt: skip
    return person


def delete_person(conn: sqlite3.Connection, person_id: str) -> None:
    conn.execute("DELETE FROM people WHERE id = ?", (person_id,))


def people_named(conn: sqlite3.Connection, name: str) -> list[str]:
    """The people one of whose names has the same key as this whole name, oldest first."""
    key = name_key(name)
    if not key:
        return []
    rows = conn.execute(
        "SELECT DISTINCT p.created_at, p.id FROM person_names n JOIN people p ON p.id = n.person_id"
        " WHERE n.name_key = ? ORDER BY p.created_at, p.id",
        (key,),
    )
    return [r[1] for r in rows]


def find_people(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[Person]:
    """Type-ahead: the people with a name whose words start with the typed words, in any script or spelling
    ("Садык" and "sadyk" both find Sadykov)."""
    keys = [k for k in (name_key(w) for w in words(text)) if k]
    if not keys:
        return []
    where = " AND ".join(["(' ' || name_key) LIKE ?"] * len(keys))
    params = ["% " + k.replace("%", "").replace("_", "") + "%" for k in keys]
    rows = conn.execute(
        f"SELECT DISTINCT person_id FROM person_names WHERE {where} LIMIT ?", (*params, limit)
    ).fetchall()
    people = get_people(conn, [r[0] for r in rows])
    return sorted(people, key=lambda p: p.name.casefold())


def list_people(conn: sqlite3.Connection, limit: int = 1000) -> list[Person]:
    rows = conn.execute(
        "SELECT p.id FROM people p JOIN person_names n ON n.person_id = p.id AND n.sort_order = 0"
        " ORDER BY n.name COLLATE NOCASE LIMIT ?",
        (limit,),
    ).fetchall()
    return get_people(conn, [r[0] for r in rows])


def link_participants(conn: sqlite3.Connection, meeting: Meeting, stamp: str) -> None:
    link(conn, meeting.participants, meeting.date, stamp)


def link(
    conn: sqlite3.Connection,
    participants: Iterable[Participant],
    date: dt.date,
    stamp: str,
    known: dict[str, Person] | None = None,
) -> None:
    """Give each participant its person (found by id or by name, else new: with the id the participant names, if
    it names one this database lacks, so that people keep their ids from desk to desk), and teach the person what
    the participant says of them: another spelling, a later position, a country. `known`: people already read in
    this transaction, by id (an import meets the same people row after row); kept up to date here."""
    known = {} if known is None else known
    for participant in participants:
        person = known.get(participant.person_id) if participant.person_id else None
        if person is None:
            person = _person_of(conn, participant)
        changed = False
        if person is None:
            person = Person(names=[participant.name], country=participant.country, side=participant.side)
            if participant.person_id:
                person.id = participant.person_id
            changed = True
        else:
            changed |= person.with_spelling(participant.name)
            if not person.country and participant.country:
                person.country = participant.country
                changed = True
        if participant.position and not any(
            p.position == participant.position and p.organisation == participant.organisation for p in person.positions
        ):
            person.positions.append(Position(participant.position, participant.organisation, start=date))
            changed = True
        if changed:
            save_person(conn, person, stamp)
        participant.person_id = person.id
        known[person.id] = person


def _person_of(conn: sqlite3.Connection, participant: Participant) -> Person | None:
    if participant.person_id:
        person = get_person(conn, participant.person_id)
        if person is not None:
            return person
    if not participant.name.strip():
        return None
    candidates = get_people(conn, people_named(conn, participant.name))
    same_country = [p for p in candidates if participant.country and p.country == participant.country]
    chosen = same_country or candidates
    return chosen[0] if chosen else None


def link_unlinked(conn: sqlite3.Connection, stamp: str) -> int:
    """Participants recorded before people existed get their people, once (the meta table remembers it)."""
    if not people_to_link(conn):
        return 0
    rows = conn.execute(
        "SELECT p.meeting_id, p.id, p.name, p.position, p.organisation, p.country, p.side, m.date"
        " FROM participants p JOIN meetings m ON m.id = p.meeting_id WHERE p.person_id IS NULL"
        " ORDER BY m.date, p.meeting_id, p.sort_order"
    ).fetchall()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for _mid, pid, name, position, organisation, country, side, date in rows:
            participant = Participant(name=name, position=position, organisation=organisation, country=country,
                                      side=Side(side), id=pid)  # fmt: skip
            holder = Meeting(title="", date=dt.date.fromisoformat(date), participants=[participant])
            link_participants(conn, holder, stamp)
            conn.execute("UPDATE participants SET person_id = ? WHERE id = ?", (participant.person_id, pid))
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('people_version', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(PEOPLE_VERSION),),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(rows)


def merge_people(conn: sqlite3.Connection, keep: Person, other: Person, stamp: str) -> None:
    """`keep` (already merged in the domain) takes `other`'s place in every meeting; `other` goes."""
    save_person(conn, keep, stamp)
    conn.execute("UPDATE participants SET person_id = ? WHERE person_id = ?", (keep.id, other.id))
    delete_person(conn, other.id)


def appearances(conn: sqlite3.Connection, person: Person) -> list[Appearance]:
    """Every meeting the person was at, newest first, with their statements and commitments there."""
    keys = person.keys()
    rows = conn.execute(
        "SELECT m.id, m.date, m.title, p.position FROM participants p JOIN meetings m ON m.id = p.meeting_id"
        " WHERE p.person_id = ? ORDER BY m.date DESC, m.id",
        (person.id,),
    ).fetchall()
    found: list[Appearance] = []
    for mid, date, title, position in rows:
        said = tuple(
            text for speaker, text in conn.execute(
                "SELECT speaker, text FROM statements WHERE meeting_id = ? ORDER BY sort_order", (mid,))
            if name_key(speaker) in keys
        )  # fmt: skip
        took = tuple(
            description for owner, description in conn.execute(
                "SELECT owner, description FROM actions WHERE meeting_id = ? ORDER BY sort_order", (mid,))
            if name_key(owner) in keys
        )  # fmt: skip
        found.append(Appearance(mid, dt.date.fromisoformat(date), title, position, said, took))
    return found


def counterparts(conn: sqlite3.Connection, meeting_ids: Iterable[str]) -> list[tuple[Person, int, dt.date]]:
    """The counterpart people met at these meetings: each with how many times and when last, most met first."""
    ids = list(meeting_ids)
    tally: dict[str, tuple[int, dt.date]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for pid, date in conn.execute(
            "SELECT p.person_id, m.date FROM participants p JOIN meetings m ON m.id = p.meeting_id"
            f" WHERE p.meeting_id IN ({marks}) AND p.side = 'counterpart' AND p.person_id IS NOT NULL",
            chunk,
        ):
            n, last = tally.get(pid, (0, dt.date.min))
            tally[pid] = (n + 1, max(last, dt.date.fromisoformat(date)))
    people = {p.id: p for p in get_people(conn, list(tally))}
    order = sorted(tally, key=lambda pid: (-tally[pid][0], -tally[pid][1].toordinal()))
    return [(people[pid], *tally[pid]) for pid in order if pid in people]
