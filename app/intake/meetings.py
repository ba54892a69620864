"""A release that reports several meetings ("the Minister received the ambassadors of Japan and, later, of Brazil")
gives one draft for each: the text is cut where each new counterpart is met, and each part is read on its own."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence

from app.domain.vocab import Side
from app.intake.draft import Draft, Evidence
from app.intake.read import KnownPerson, read_release
from app.intake.text import sentences

# A sentence that reports a meeting taking place (not one recalled: "had met in 2019" is left alone by the
# requirement that a new counterpart appears in it).
MEETS = re.compile(
    r"\b(?:met|meets|received|receives|held (?:talks|a meeting|negotiations)|had (?:talks|a meeting)|"
    r"presented (?:his|her) credentials)\b|"
    r"встретил|встреча|принял|провел\w* (?:встреч|переговор)|провёл (?:встреч|переговор)|"
    r"кездесті|кездесу|қабылдады|келіссөз",
    re.I,
)


def read_meetings(
    text: str, published: dt.date | None = None, lang: str = "auto", known: Sequence[KnownPerson] = ()
) -> list[Draft]:
    """One draft per meeting the release reports; most give one."""
    whole = read_release(text, published, lang, known)
    cuts = _cuts(text, whole)
    if len(cuts) < 2:
        return [whole]
    drafts = []
    bounds = [0, *cuts[1:], len(text)]
    for i, (start, end) in enumerate(itertools.pairwise(bounds)):
        part = read_release(text[start:end], published, whole.language, known)
        part = _shifted(part, start)
        if i > 0:
            _inherit(part, whole)
        # each meeting's parties are its own people's countries (the release's title names all of them)
        theirs = [p.country for p in part.participants if p.side is not Side.OURS and p.country]
        if theirs:
            part.countries = [c for c in part.countries if c == "KZ" or c in theirs]
        part.notes.append(f"meeting {i + 1} of {len(bounds) - 1} reported in this release")
        drafts.append(part)
    return drafts


def _cuts(text: str, whole: Draft) -> list[int]:
    """Where each meeting starts: a sentence that meets a counterpart of a country not met before."""
    first_seen: dict[int, set[str]] = {}
    for p in whole.participants:
        if p.side is not Side.OURS and p.evidence is not None and p.country:
            first_seen.setdefault(p.evidence.start, set()).add(p.country)
    cuts: list[int] = []
    met: set[str] = set()
    for s in sentences(text):
        new = first_seen.get(s.start, set()) - met
        if new and MEETS.search(s.text):
            cuts.append(s.start)
            met |= new
        elif new:
            met |= new
    return cuts


def _shifted(draft: Draft, offset: int) -> Draft:
    """The part's evidence placed in the whole release's text."""

    def move(e: Evidence | None) -> Evidence | None:
        return Evidence(e.sentence, e.start + offset, e.end + offset) if e is not None else None

    draft.evidence = {k: v for k, v in ((k, move(e)) for k, e in draft.evidence.items()) if v is not None}
    draft.participants = [dataclasses.replace(p, evidence=move(p.evidence)) for p in draft.participants]
    draft.statements = [dataclasses.replace(s, evidence=move(s.evidence)) for s in draft.statements]
    draft.actions = [dataclasses.replace(a, evidence=move(a.evidence)) for a in draft.actions]
    return draft


def _inherit(part: Draft, whole: Draft) -> None:
    """A later meeting of the same release happened the same day and place, with the same people of ours, unless
    its part of the text says otherwise."""
    if "date" not in part.evidence and whole.date is not None:
        part.date = whole.date
        part.notes = [n for n in part.notes if not n.startswith("no date")]
        if "date" in whole.evidence:
            part.evidence["date"] = whole.evidence["date"]
    if not part.place and whole.place:
        part.place = whole.place
        if "place" in whole.evidence:
            part.evidence["place"] = whole.evidence["place"]
    have = {p.person_id or p.name for p in part.participants}
    ours = [p for p in whole.participants if p.side is Side.OURS and (p.person_id or p.name) not in have]
    part.participants = ours + part.participants
    if "KZ" not in part.countries and ours:
        part.countries = ["KZ", *part.countries]
