"""What a record gives the search index: its words, the country names beside the codes, and the name keys of the
names in it (app.domain.names). One definition for a record the store reads back (app.storage.search_index) and for
one an import is writing (app.services.exchange, which indexes its new meetings from their records as written): the
index holds the same text either way."""

from __future__ import annotations

from functools import lru_cache

from app.domain.countries import country_name
from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.validation import LIST_SEPARATOR


def document(*parts: object) -> str:
    """The parts that are not empty, one a line, then the name keys of the names in them (each once, in the order
    they first come: no word runs from one line into the next, so these are the keys of the whole text)."""
    texts = [p if p.__class__ is str else str(p) for p in parts if p]
    keys: dict[str, None] = {}
    for text in texts:
        found = _keys_of_short(text) if len(text) <= _SHORT else _keys_of(text)
        if found:  # (most parts have no name whose key differs from it)
            keys.update(dict.fromkeys(found))
    text = "\n".join(texts)
    return text + "\n" + " ".join(keys) if keys else text


_SHORT = 80  # names, positions, organisations, owners, places: an import meets the same ones row after row


def _keys_of(text: str) -> list[str]:
    from app.domain.names import text_keys  # loaded when a record is first indexed, not at start

    return text_keys(text)


@lru_cache(maxsize=16384)
def _keys_of_short(text: str) -> list[str]:
    return _keys_of(text)


def meeting_document(title: str, location: str, countries: str, *rest: str) -> str:
    """A meeting's own text from its columns as the store keeps them (countries as 'KZ; KE'), with the countries'
    names beside their codes, so that "Kenya" finds KE."""
    names = " ".join(country_name(c.strip()) for c in countries.split(";") if c.strip())
    return document(title, location, countries, names, *rest)


def record_document(record: Meeting | Participant | Statement | Action) -> str:
    """The text of a record as the store would index it once saved (a meeting's own fields only)."""
    if isinstance(record, Meeting):
        return meeting_document(
            record.title,
            record.location,
            LIST_SEPARATOR.join(record.countries),
            LIST_SEPARATOR.join(record.topics),
            record.summary,
            record.outcomes,
            record.source,
        )
    if isinstance(record, Participant):
        return document(record.name, record.position, record.organisation)
    if isinstance(record, Statement):
        return document(record.speaker, record.text)
    return document(record.description, record.owner, record.notes)
