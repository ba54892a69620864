"""What looks wrong in a meeting without being an error: shown before it is saved and beside the record, never
blocking. A likely duplicate of another meeting, no country, an action due before the meeting, a meeting still to
come that already has what only a held meeting has."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.names import word_key, words
from app.domain.records import Meeting

DUPLICATE_DAYS = 3
SIMILAR_TITLES = 0.3  # share of the titles' words (by name key, words of 4 letters or more) in common


class Concern(StrEnum):
    DUPLICATE = "duplicate"
    NO_COUNTRY = "no country"
    DUE_BEFORE_MEETING = "due before meeting"
    FUTURE_BUT_HELD = "future but held"


@dataclass(frozen=True)
class MeetingWarning:
    concern: Concern
    message: str  # in English, for the command line and the log
    other_id: str = ""  # the other meeting, for a likely duplicate
    args: tuple[str, ...] = ()  # what the message names, for a window that words it in its own language


@dataclass(frozen=True)
class Nearby:
    """Another meeting close in time, as the check needs it."""

    id: str
    title: str
    date: dt.date
    countries: Sequence[str]


def title_words(title: str) -> set[str]:
    return {word_key(w) for w in words(title) if len(w) >= 4}


def similar_titles(one: str, other: str) -> bool:
    a, b = title_words(one), title_words(other)
    return bool(a and b) and len(a & b) / len(a | b) >= SIMILAR_TITLES


def meeting_warnings(m: Meeting, today: dt.date, nearby: Sequence[Nearby] = ()) -> list[MeetingWarning]:
    found: list[MeetingWarning] = []
    for other in nearby:
        if other.id == m.id or abs((other.date - m.date).days) > DUPLICATE_DAYS:
            continue
        if set(other.countries) == set(m.countries) and similar_titles(m.title, other.title):
            found.append(
                MeetingWarning(
                    Concern.DUPLICATE,
                    f"looks like “{other.title}” of {other.date.isoformat()} (same countries, a similar title)",
                    other.id,
                    (other.title, other.date.isoformat()),
                )
            )
    if not m.countries:
        found.append(MeetingWarning(Concern.NO_COUNTRY, "no country: it will not appear in any country's brief"))
    for n, action in enumerate(m.actions, 1):
        if action.due_date is not None and action.due_date < m.date:
            found.append(
                MeetingWarning(
                    Concern.DUE_BEFORE_MEETING,
                    f"action {n} (“{action.description[:40]}”) is due {action.due_date.isoformat()}, "
                    f"before the meeting of {m.date.isoformat()}",
                    args=(str(n), action.description[:40], action.due_date.isoformat(), m.date.isoformat()),
                )
            )
    if m.date > today:
        signs = (
            ("outcomes", bool(m.outcomes.strip())),
            ("statements", bool(m.statements)),
            ("actions done", any(a.completed_on for a in m.actions)),
        )
        held = [what for what, there in signs if there]
        if held:
            found.append(
                MeetingWarning(
                    Concern.FUTURE_BUT_HELD,
                    f"the meeting is on {m.date.isoformat()}, still to come, but already has {', '.join(held)}",
                    args=(m.date.isoformat(), *held),
                )
            )
    return found
