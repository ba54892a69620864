"""Text as it is kept: no spaces or blank lines around a value, one kind of line break. Done once before saving,
so that the window, a workbook and the seed all store the same thing for the same words."""

from __future__ import annotations

import dataclasses

from app.domain.records import Action, Meeting, Participant, Statement


def tidy_text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip() if isinstance(value, str) else value


def tidy_meeting(m: Meeting) -> Meeting:
    return dataclasses.replace(
        m,
        title=tidy_text(m.title),
        location=tidy_text(m.location),
        countries=[tidy_text(c) for c in m.countries],
        topics=[tidy_text(t) for t in m.topics],
        summary=tidy_text(m.summary),
        outcomes=tidy_text(m.outcomes),
        source=tidy_text(m.source),
        participants=[_tidy_participant(p) for p in m.participants],
        statements=[_tidy_statement(s) for s in m.statements],
        actions=[_tidy_action(a) for a in m.actions],
    )


def _tidy_participant(p: Participant) -> Participant:
    return dataclasses.replace(
        p,
        name=tidy_text(p.name),
        position=tidy_text(p.position),
        organisation=tidy_text(p.organisation),
        country=tidy_text(p.country),
    )


def _tidy_statement(s: Statement) -> Statement:
    return dataclasses.replace(s, speaker=tidy_text(s.speaker), text=tidy_text(s.text), language=tidy_text(s.language))


def _tidy_action(a: Action) -> Action:
    return dataclasses.replace(
        a, description=tidy_text(a.description), owner=tidy_text(a.owner), notes=tidy_text(a.notes)
    )


def tidy_child(child: Participant | Statement | Action) -> Participant | Statement | Action:
    if isinstance(child, Participant):
        return _tidy_participant(child)
    if isinstance(child, Statement):
        return _tidy_statement(child)
    return _tidy_action(child)
