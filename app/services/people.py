"""People for the window and the command line: finding them as one types, a person's page, merging two records
of one person (one change, in the change log), and the counterparts a country's desk has met."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.changes import FieldChange, Op, RecordKind, encode
from app.domain.countries import is_country_code
from app.domain.names import words
from app.domain.people import Person, merged
from app.services.changes import ChangeService
from app.storage import people
from app.storage.people import Appearance
from app.storage.repository import MeetingFilter, Repository
from app.storage.rows import ts, utc_now

__all__ = ["Appearance", "Person", "PersonPage", "find", "get", "list_all", "merge", "page", "save", "spelling_for"]


@dataclass(frozen=True)
class PersonPage:
    person: Person
    appearances: list[Appearance]  # newest first


def find(repo: Repository, text: str, limit: int = 20) -> list[Person]:
    return people.find_people(repo.conn, text, limit)


def get(repo: Repository, person_id: str) -> Person | None:
    return people.get_person(repo.conn, person_id)


def list_all(repo: Repository, limit: int = 1000) -> list[Person]:
    return people.list_people(repo.conn, limit)


def page(repo: Repository, person_id: str) -> PersonPage | None:
    person = people.get_person(repo.conn, person_id)
    return None if person is None else PersonPage(person, people.appearances(repo.conn, person))


def spelling_for(person: Person, typed: str) -> str:
    """Of the person's names, the one written the way it was typed: a name with a word starting as a typed word
    does (Sadyk… gives Barlybay Sadykov, Садык… gives Барлыбай Садыков), else one in the same script."""
    typed_words = [w.casefold() for w in words(typed)]
    latin = typed.strip()[:1].isascii()

    def fit(name: str) -> tuple[bool, bool]:
        direct = any(w.casefold().startswith(t) for t in typed_words for w in words(name))
        return direct, name.strip()[:1].isascii() == latin

    return max(person.names, key=fit) if person.names else ""


def save(repo: Repository, changes: ChangeService, person: Person) -> Person:
    """A person corrected by hand (names, country, usual side): one change in the log, under the person's id."""
    before = people.get_person(repo.conn, person.id)
    if before is None:
        raise ValueError("this person is no longer in the records (merged or removed meanwhile)")
    names = [n.strip() for n in person.names if n.strip()]
    if not names:
        raise ValueError("a person needs at least one name")
    person.names = list(dict.fromkeys(names))
    if person.country and not is_country_code(person.country):
        raise ValueError(f"'{person.country}' is not an ISO 3166-1 alpha-2 country code")
    old = {"names": before.names, "country": before.country, "side": before.side}
    new = {"names": person.names, "country": person.country, "side": person.side}
    items = [
        FieldChange(person.id, RecordKind.PERSON, person.id, Op.CHANGED, f, encode(old[f]), encode(new[f]))
        for f in old
        if old[f] != new[f]
    ]
    if not items:
        return before
    with repo.db.transaction() as conn:
        people.save_person(conn, person, ts(utc_now()))
        change_id = changes.log("person", person.name, items)
    changes.announce(change_id, "person", items)
    return person


def merge(repo: Repository, changes: ChangeService, keep_id: str, other_id: str) -> Person:
    """Two records of one person become one: every spelling, position and meeting of both. Logged as one change
    (the participants that now name the kept person, field by field)."""
    keep, other = people.get_person(repo.conn, keep_id), people.get_person(repo.conn, other_id)
    if keep is None or other is None or keep.id == other.id:
        raise ValueError("choose two different people to merge")
    with repo.db.transaction() as conn:
        moved = conn.execute("SELECT meeting_id, id FROM participants WHERE person_id = ?", (other.id,)).fetchall()
        result = merged(keep, other)
        people.merge_people(conn, result, other, ts(utc_now()))
        items = [FieldChange(mid, RecordKind.PARTICIPANT, pid, Op.CHANGED, "person_id", encode(other.id),
                             encode(keep.id)) for mid, pid in moved]  # fmt: skip
        change_id = changes.log("merge", f"{other.name} → {keep.name}", items)
    changes.announce(change_id, "merge", items)
    return result


def counterparts(repo: Repository, country: str, since: dt.date | None = None) -> list[tuple[Person, int, dt.date]]:
    """The counterparts met at meetings with this country (from `since` on), most met first."""
    ids = [r.id for r in repo.list_meetings(MeetingFilter(country=country, date_from=since), limit=100_000)]
    return people.counterparts(repo.conn, ids)
