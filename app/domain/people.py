"""People a desk meets: one record per person, whatever the script or spelling a record writes them in.

A person has names (the first is how the desk writes them; the others are every other spelling met), positions
over time, a country and the side they usually sit on. A meeting's participant refers to its person; search and
matching go by the spelling-insensitive key of a whole name (app.domain.names), so that Барлыбай Садыков and
Barlybay Sadykov are one person and Tokarev stays someone other than Tokayev.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.ids import new_id
from app.domain.names import name_key
from app.domain.vocab import Side


@dataclass
class Position:
    position: str
    organisation: str = ""
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass
class Person:
    names: list[str]
    country: str = ""
    side: Side = Side.COUNTERPART
    positions: list[Position] = field(default_factory=list)
    notes: str = ""
    id: str = field(default_factory=new_id)
    revision: int = 0

    @property
    def name(self) -> str:
        return self.names[0] if self.names else ""

    def keys(self) -> set[str]:
        return {k for k in (name_key(n) for n in self.names) if k}

    def latest_position(self) -> Position | None:
        """The position held last: the one with the latest start (undated ones count as oldest)."""
        if not self.positions:
            return None
        return max(enumerate(self.positions), key=lambda ip: (ip[1].start or dt.date.min, ip[0]))[1]

    def knows(self, name: str) -> bool:
        return bool(name.strip()) and name_key(name) in self.keys()

    def with_spelling(self, name: str) -> bool:
        """Adds a new spelling of one of the person's names; False when it is already written so."""
        if not name.strip() or name.strip() in self.names:
            return False
        self.names.append(name.strip())
        return True


def merged(keep: Person, other: Person) -> Person:
    """One person out of two records of them: every spelling and every position of both, the kept one's first."""
    result = Person(
        names=list(keep.names), country=keep.country or other.country, side=keep.side,
        positions=list(keep.positions), notes="\n".join(n for n in (keep.notes, other.notes) if n),
        id=keep.id, revision=keep.revision,
    )  # fmt: skip
    for name in other.names:
        result.with_spelling(name)
    for p in other.positions:
        if p not in result.positions:
            result.positions.append(p)
    return result
