"""A draft meeting read from a release: every proposed value with the sentence it came from (its evidence)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.vocab import CommittedBy, Level, MeetingFormat, Side


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int  # where the sentence starts in the release's text
    end: int

    def as_json(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass
class DraftParticipant:
    name: str
    position: str = ""
    organisation: str = ""
    country: str = ""
    side: Side = Side.COUNTERPART
    person_id: str = ""
    evidence: Evidence | None = None


@dataclass
class DraftStatement:
    speaker: str
    text: str
    evidence: Evidence | None = None


@dataclass
class DraftAction:
    description: str
    committed_by: CommittedBy = CommittedBy.JOINT
    owner: str = ""
    due_date: dt.date | None = None
    evidence: Evidence | None = None


@dataclass
class Draft:
    language: str
    title: str = ""
    date: dt.date | None = None
    end_date: dt.date | None = None
    place: str = ""
    countries: list[str] = field(default_factory=list)
    format: MeetingFormat = MeetingFormat.BILATERAL
    level: Level = Level.WORKING
    topics: list[str] = field(default_factory=list)
    summary: str = ""
    source: str = ""
    participants: list[DraftParticipant] = field(default_factory=list)
    statements: list[DraftStatement] = field(default_factory=list)
    actions: list[DraftAction] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)  # "date", "place", "countries", "title" ...
    notes: list[str] = field(default_factory=list)  # e.g. "no date in the text: the publication date is used"

    def as_json(self) -> dict[str, Any]:
        def ev(e: Evidence | None) -> dict[str, Any] | None:
            return e.as_json() if e else None

        return {
            "language": self.language,
            "meeting": {
                "title": self.title or None,
                "date": self.date.isoformat() if self.date else None,
                "end_date": self.end_date.isoformat() if self.end_date else None,
                "place": self.place or None,
                "countries": self.countries,
                "format": self.format.value,
                "level": self.level.value,
                "topics": self.topics,
                "summary": self.summary or None,
                "source": self.source or None,
            },
            "participants": [
                {
                    "name": p.name,
                    "position": p.position or None,
                    "organisation": p.organisation or None,
                    "country": p.country or None,
                    "side": p.side.value,
                    "person_id": p.person_id or None,
                    "evidence": ev(p.evidence),
                }
                for p in self.participants
            ],
            "statements": [{"speaker": s.speaker, "text": s.text, "evidence": ev(s.evidence)} for s in self.statements],
            "actions": [
                {
                    "description": a.description,
                    "committed_by": a.committed_by.value,
                    "owner": a.owner or None,
                    "due_date": a.due_date.isoformat() if a.due_date else None,
                    "evidence": ev(a.evidence),
                }
                for a in self.actions
            ],
            "evidence": {k: v.as_json() for k, v in self.evidence.items()},
            "notes": self.notes,
        }

    def to_meeting(self, today: dt.date | None = None) -> Meeting:
        return Meeting(
            title=self.title,
            date=self.date or today or dt.date.today(),
            end_date=self.end_date,
            location=self.place,
            format=self.format,
            level=self.level,
            countries=list(self.countries),
            topics=list(self.topics),
            summary=self.summary,
            source=self.source,
            participants=[
                Participant(p.name, p.position, p.organisation, p.country, p.side, person_id=p.person_id)
                for p in self.participants
            ],
            statements=[Statement(s.speaker, s.text) for s in self.statements],
            actions=[
                Action(a.description, owner=a.owner, committed_by=a.committed_by, due_date=a.due_date)
                for a in self.actions
            ],
        )
