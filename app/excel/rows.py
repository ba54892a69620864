"""Records as rows of values and back: the one mapping used for writing, reading and telling what changed."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence

from app.domain.build import action_from_raw, participant_from_raw, statement_from_raw
from app.domain.people import Person
from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.validation import LIST_SEPARATOR
from app.excel.contract import ACTIONS, MEETINGS, PARTICIPANTS, STATEMENTS, SheetSpec

Value = str | int | dt.date | dt.time | None
Child = Participant | Statement | Action


def _text(value: str) -> str | None:
    return value if value else None


def meeting_values(m: Meeting) -> list[Value]:
    """In MEETINGS column order, without the check column."""
    return [
        m.id,
        m.title,
        m.date,
        m.end_date,
        m.time,
        _text(m.location),
        m.format.value,
        m.level.value,
        _text(LIST_SEPARATOR.join(m.countries)),
        _text(LIST_SEPARATOR.join(m.topics)),
        _text(m.summary),
        _text(m.outcomes),
        _text(m.source),
        m.classification.value,
        m.revision,
    ]


def child_values(record: Child, meeting_id: str) -> list[Value]:
    if isinstance(record, Participant):
        return [
            record.id,
            meeting_id,
            record.name,
            _text(record.position),
            _text(record.organisation),
            _text(record.country),
            record.side.value,
            _text(record.person_id),
        ]
    if isinstance(record, Statement):
        return [record.id, meeting_id, record.speaker, record.text, _text(record.language)]
    return [
        record.id,
        meeting_id,
        record.description,
        _text(record.owner),
        record.committed_by.value,
        record.due_date,
        record.status.value,
        record.priority.value,
        record.completed_on,
        _text(record.notes),
    ]


def fingerprint(values: Sequence[Value], spec: SheetSpec) -> str:
    """A short hash of what a row says (the revision left out): equal rows, equal fingerprints, whatever a
    spreadsheet did to the cell types in between, because it is taken over parsed values."""
    width = _HASHED.get(spec.name)
    if width is None:  # the leading columns, up to the revision (Meetings) or the check column
        fields = [c.field for c in spec.columns]
        width = _HASHED[spec.name] = fields.index("revision") if "revision" in fields else fields.index("check")
    later = _ADDED_LATER.get(spec.name)
    if later is None:
        later = _ADDED_LATER[spec.name] = frozenset(
            i for i, c in enumerate(spec.columns) if c.field in ADDED_LATER_FIELDS
        )
    # Unit and record separators cannot occur in stored text (validation refuses control characters).
    text = "\x1f".join(
        [
            v if v.__class__ is str else "\x1e" if v is None else v.isoformat() if isinstance(v, _DATES) else str(v)
            for i, v in enumerate(values[:width])
            if v is not None or i not in later
        ]
    )
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


_HASHED: dict[str, int] = {}
# Columns added after workbooks were already exported: left out of the hash while empty, so that the check
# written into an older export still matches its row.
ADDED_LATER_FIELDS = frozenset({"end_date", "person_id"})
_ADDED_LATER: dict[str, frozenset[int]] = {}
_ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def content_id(sheet: str, digest: str, occurrence: int) -> str:
    """A record id made from a row's content, in the alphabet of the program's own ids, prefixed 'W' (workbook)."""
    value = int(hashlib.blake2b(f"{sheet}\x1f{digest}\x1f{occurrence}".encode(), digest_size=16).hexdigest(), 16)
    chars = []
    for _ in range(25):
        chars.append(_ID_ALPHABET[value & 31])
        value >>= 5
    return "W" + "".join(chars)


_DATES = (dt.date, dt.time)


CHILD_BUILDERS = {
    PARTICIPANTS.name: participant_from_raw,
    STATEMENTS.name: statement_from_raw,
    ACTIONS.name: action_from_raw,
}


def child_from_raw(spec: SheetSpec, data: Mapping[str, object]):  # type: ignore[no-untyped-def]
    return CHILD_BUILDERS[spec.name](data)


SPEC_OF = {s.name: s for s in (MEETINGS, PARTICIPANTS, STATEMENTS, ACTIONS)}


def person_values(person: Person) -> list[Value]:
    """In PEOPLE column order."""
    return [
        person.id,
        person.name,
        _text(LIST_SEPARATOR.join(person.names[1:])),
        _text(person.country),
        person.side.value,
    ]
