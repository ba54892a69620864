"""Follow-ups in a release: the sentences that commit someone ("agreed to", "instructed the Government to",
"договорились", "пригласил", "тапсырды"), one action per commitment, with who committed, the owner the text names
and the due date it gives ("by the end of the year", "до 1 марта", "in March")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from app.domain.names import word_key
from app.domain.names import words as words_of
from app.domain.vocab import CommittedBy, Side
from app.intake.dates import dates_in, month_of
from app.intake.draft import DraftAction, DraftParticipant, Evidence
from app.intake.text import Sentence

COMMITS = re.compile(
    r"\b(agreed|agree to|will|shall|invit\w*|instructed|intend\w*|intention|plan\w* to|plans of|planning|decided|"
    r"expressed (?:its |their )?(?:readiness|interest)|readiness to|to be held|are to|is to|proposed|suggested|"
    r"upcoming|forthcoming|signed|signing|request\w*)\b|"
    r"договорил|приглас|поручил|намерен|планиру|будет|будут|готов|предложил|решили|условились|предстоящ|"
    r"просьб|"
    r"келіс|шақыр|тапсыр|ниет|жоспарла|ұсын|дайын|алдағы|қол қою",
    re.I,
)
JOINT = re.compile(r"\b(sides|parties|both|agreed|two countries)\b|стороны|договорились|условились|тараптар|екі ел",
                   re.I)  # fmt: skip
SPLIT = re.compile(r",?\s+as well as\s+|,?\s+а также\s+|,?\s+сондай-ақ\s+")
QUOTE = re.compile(r"[«“\"]([^»”\"]{20,600})[»”\"]")
_NOT_A_COMMITMENT = re.compile(
    r"\b(?:gratitude|thanked|thanks|reminded|recalled|said the|, said|, stated|remarked)\b|"
    r"благодар|напомнил|, - (?:сказал|отметил|заявил)|алғыс|еске сал",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our)\b|(?<!\w)(?:[Мм]ы|[Яя]|[Бб]із|[Мм]ен)(?!\w)")
# The releases are the desk's own side's: "the Head of State", "the President" alone, and whoever gives an
# instruction (to a government, a ministry) is ours unless the subject names the other side.
_OURS_NAMED = re.compile(
    r"Kazakh|Казахстан|Қазақстан|Tokayev|Токаев|Тоқаев|Head of State|Глава государства|Мемлекет басшысы|"
    r"^(?:The )?President\s*$|^Президент\s*$|instructed|поручил|тапсыр"
)


def actions_in(
    parts: Sequence[Sentence], participants: Sequence[DraftParticipant], meeting_date: dt.date | None
) -> list[DraftAction]:
    ours = {word_key(p.name.split()[-1]): p for p in participants if p.side is Side.OURS}
    theirs = {word_key(p.name.split()[-1]): p for p in participants if p.side is not Side.OURS}
    found: list[DraftAction] = []
    for s in parts[1:]:
        marker = COMMITS.search(s.text)
        if marker is None or QUOTE.fullmatch(s.text) or s.text.startswith(("–", "—", "- ", "«", "“", '"')):
            continue  # direct speech is a statement, not a commitment
        if _NOT_A_COMMITMENT.search(s.text) or _FIRST_PERSON.search(s.text[: marker.start()]):
            continue  # thanks and reported speech ("we will…, said the President") commit no one
        subject_words = {word_key(w) for w in words_of(s.text[: marker.start()])}
        speaker: DraftParticipant | None = None
        if JOINT.search(s.text):
            who = CommittedBy.JOINT
        elif subject_words & theirs.keys():
            who = CommittedBy.COUNTERPART
            speaker = theirs[next(iter(subject_words & theirs.keys()))]
        elif subject_words & ours.keys() or _OURS_NAMED.search(s.text[: marker.end()].strip()):
            who = CommittedBy.OURS
            if subject_words & ours.keys():
                speaker = ours[next(iter(subject_words & ours.keys()))]
        else:
            who = CommittedBy.JOINT
        evidence = Evidence(s.text, s.start, s.end)
        for piece in SPLIT.split(s.text):
            description = piece.strip(" .;").strip()
            if len(description) < 20:
                continue
            owner = owner_in(description) or (speaker.name if speaker is not None else "")
            due = due_date_in(description, meeting_date) or due_date_in(s.text, meeting_date)
            found.append(DraftAction(description[:300], who, owner, due, evidence))
    return found


# "instructed the Government to", "instructed the Ministry of Foreign Affairs and the Ministry of Trade to",
# "поручил Правительству", "Үкіметке … тапсырды"
_INSTRUCTED = re.compile(
    r"\binstructed\s+(?:the\s+)?(?P<en>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*)){0,8}?)\s+to\b"
    r"|\bпоручил\w*\s+(?P<ru>[А-ЯЁ][\w-]*(?:\s+(?:[А-ЯЁ][\w-]*|иностранных|дел|и)){0,5})"
    r"|(?<!\w)(?P<kk>[А-ЯӘІҢҒҮҰҚӨҺ][\w-]*?)(?:ке|ге|қа|ға|не|на)\s+(?:[\w-]+\s+){0,6}?тапсыр"
)
# A few institutions the Russian names in the dative: the owner is written in the nominative.
_NOMINATIVE = {"Правительству": "Правительство", "Министерству": "Министерство", "Кабинету": "Кабинет",
               "Посольству": "Посольство", "Акимату": "Акимат", "Ведомству": "Ведомство"}  # fmt: skip


def owner_in(text: str) -> str:
    """Who is to do it, when the text names them as the one instructed; else nothing (the desk decides)."""
    m = _INSTRUCTED.search(text)
    if m is None:
        return ""
    if m.group("en"):
        return m.group("en").strip()
    if m.group("ru"):
        words = m.group("ru").split()
        return " ".join(_NOMINATIVE.get(w, w) for w in words)
    return (m.group("kk") or "").strip()


_END_OF_YEAR = re.compile(
    r"\b(?:by|before|until) the end of (?:the |this )?(?:year|(?P<en>(?:19|20)\d\d))\b"
    r"|до конца (?:этого |текущего )?(?:года|(?P<ru>(?:19|20)\d\d) года)"
    r"|(?:(?P<kk>(?:19|20)\d\d) )?жыл(?:дың)? соңына дейін",
    re.I,
)
_NEXT_YEAR = re.compile(r"\bnext year\b|в следующем году|в будущем году|келесі жыл", re.I)
_HALF = re.compile(
    r"\b(?P<en>first|second) half of (?P<y1>(?:19|20)\d\d)|во? (?P<ru>первом|втором) полугодии (?P<y2>(?:19|20)\d\d)",
    re.I,
)
_IN_MONTH = re.compile(
    r"\b(?:in|by|before|until) (?P<en>[A-Z][a-z]+)(?: (?P<y1>(?:19|20)\d\d))?\b"
    r"|(?:в|до|к) (?P<ru>[а-я]+е|[а-я]+я)(?: (?P<y2>(?:19|20)\d\d))?(?!\w)"
)


def due_date_in(text: str, meeting_date: dt.date | None) -> dt.date | None:
    """The date the text gives for doing it: a date ("by 1 March 2025"), the end of a year, half-year or month
    ("by the end of the year", "в первом полугодии 2025", "in March"); a date without a year is the first one
    after the meeting."""
    base = meeting_date or dt.date.today()
    for found in dates_in(text):
        value = found.value if found.year_given else _next_after(found.value.replace(year=base.year), base)
        if value >= base:
            return value
    m = _END_OF_YEAR.search(text)
    if m:
        year = m.group("en") or m.group("ru") or m.group("kk")
        return dt.date(int(year) if year else base.year, 12, 31)
    if _NEXT_YEAR.search(text):
        return dt.date(base.year + 1, 12, 31)
    m = _HALF.search(text)
    if m:
        first = (m.group("en") or m.group("ru") or "").casefold() in ("first", "первом")
        year = int(m.group("y1") or m.group("y2"))
        return dt.date(year, 6, 30) if first else dt.date(year, 12, 31)
    for m in _IN_MONTH.finditer(text):
        word = m.group("en") or m.group("ru") or ""
        month = month_of(word) if len(word) > 3 or word.casefold() == "may" else None
        if month is None or (m.group("en") and word.casefold() not in _ENGLISH_MONTHS):
            continue
        year_text = m.group("y1") or m.group("y2")
        year = int(year_text) if year_text else base.year
        value = dt.date(year, month, calendar.monthrange(year, month)[1])
        return value if year_text else _next_after(value, base)
    return None


_ENGLISH_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december"}  # fmt: skip


def _next_after(value: dt.date, base: dt.date) -> dt.date:
    """A day and month without a year: this one, or next year's when this year's is already past."""
    if value >= base:
        return value
    try:
        return value.replace(year=value.year + 1)
    except ValueError:  # 29 February
        return value.replace(year=value.year + 1, day=28)
