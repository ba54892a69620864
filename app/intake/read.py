"""Reading a release into a draft: the dateline and date, the place, the countries, the people with their positions
and sides, quotes, and the sentences that commit someone. Rules and gazetteers; every proposal keeps its sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.countries import country_name
from app.domain.names import word_key
from app.domain.names import words as words_of
from app.domain.vocab import Level, MeetingFormat, Side
from app.intake.actions import COMMITS, actions_in
from app.intake.dates import dates_in
from app.intake.draft import Draft, DraftParticipant, DraftStatement, Evidence
from app.intake.gazetteer import cities_in, city_spelled_like, countries_in, places_in
from app.intake.text import Sentence, language, sentences

OURS = "KZ"


@dataclass(frozen=True)
class KnownPerson:
    """A person the desk knows, as the intake needs them."""

    id: str
    names: tuple[str, ...]
    country: str
    side: Side
    position: str


TITLE_WORDS = re.compile(
    r"\b([Pp]resident|Prime Minister|[Mm]inister|[Aa]mbassador|Principal|Permanent|Executive|Secretary|Chairman|"
    r"Chairwoman|Speaker|Director|Deputy|Envoy|Vice|First|"
    r"Adviser|Advisor|Assistant|Governor|Mayor|Senator|King\b|Emir|Sultan|Prince|Head of|Chief|Representative|"
    r"[Пп]резидент\w*|[Пп]ремьер\w*|[Мм]инистр\w*|[Пп]осол|[Пп]осл(?:а|у|ом|е|ы|ов|ам|ами|ах)\b|[Пп]осланник\w*|"
    r"[Сс]екретар\w*|[Пп]редседател\w*|[Сс]пикер\w*|"
    r"[Дд]иректор\w*|[Зз]аместител\w*|[Сс]оветник\w*|[Пп]омощник\w*|[Гг]лав\w*|[Аа]ким\w*|[Пп]редставител\w*|"
    r"[Мм]инистрі\w*|[Ее]лші\w*|[Хх]атшы\w*|[Тт]өраға\w*|[Оо]рынбасар\w*|[Бб]асшы\w*|[Кк]еңесші\w*|[Кк]өмекші\w*|"
    r"[Әә]кім\w*|[Дд]иректоры)"
)
_UP, _LOW = "A-ZА-ЯЁӘІҢҒҮҰҚӨҺ", "a-zа-яёәіңғүұқөһ"
# A capitalised word, with an apostrophe (Sing'Oei, Wetang’ula) or a hyphen (Kassym-Jomart) inside it.
_CAP = rf"[{_UP}][{_LOW}]+(?:['’ʼ][{_UP}]?[{_LOW}]+|[{_UP}][{_LOW}]+)?(?:-[{_UP}]?[{_LOW}]+)?"
# A run of capitalised words (with the particles names carry inside: аль-Хаммади, bin Zayed), cut into names at the
# titles, countries, places and institutions in it: "Председатель Сената Казахстана Маулен Ашимбаев".
_PARTICLE = r"(?:(?:аль|ал|эль|ад|ас|al|el|ad|as)-|(?:bin|ibn|ben|бин|ибн|бен|van|von|de|da)\s+)"
RUN = re.compile(rf"(?<![\w-])(?:[{_UP}]\.\s?)?{_CAP}(?:\s+{_PARTICLE}?{_CAP})*(?![\w-])")
_GLUE = {"bin", "ibn", "ben", "бин", "ибн", "бен", "van", "von", "de", "da"}
HEAD_OF_STATE = re.compile(r"Head of State|Глава государства|Главы государства|Главой государства|Мемлекет басшысы",
                           re.I)  # fmt: skip

DATELINE = re.compile(r"^[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][A-ZА-ЯЁӘІҢҒҮҰҚӨҺ-]{2,}[,.]?[^–—\n]{0,40}?\s[–—-]\s*(?:[\w.-]+\.\s*)?")
QUOTE = re.compile(r"[«“\"]([^»”\"]{20,600})[»”\"]")


def read_release(
    text: str,
    published: dt.date | None = None,
    lang: str = "auto",
    known: Sequence[KnownPerson] = (),
) -> Draft:
    lang = language(text) if lang in ("", "auto") else lang
    parts = sentences(text)
    draft = Draft(language=lang)
    _title_and_summary(draft, parts)
    _date(draft, text, parts, published)
    _place(draft, parts)
    _countries(draft, parts)
    _people(draft, parts, known)
    _parties(draft, parts)
    _statements(draft, parts)
    draft.actions = actions_in(parts, draft.participants, draft.date)
    _format_and_level(draft, text)
    return draft


def _evidence(s: Sentence) -> Evidence:
    return Evidence(s.text, s.start, s.end)


def _sentence_at(parts: Sequence[Sentence], offset: int) -> Sentence | None:
    return next((s for s in parts if s.start <= offset < s.end + 1), None)


def _title_and_summary(draft: Draft, parts: Sequence[Sentence]) -> None:
    body = [s for s in parts if len(s.text) > 25 and not s.text.lower().startswith(("images", "photo", "фото"))]
    if not body:
        return
    first = body[0]
    draft.title = DATELINE.sub("", first.text).rstrip(".")[:200]
    draft.evidence["title"] = _evidence(first)
    rest = body[1:3] if not first.text.endswith((".", "!", "?")) else body[:2]
    draft.summary = DATELINE.sub("", " ".join(s.text for s in rest))[:800]


def _date(draft: Draft, text: str, parts: Sequence[Sentence], published: dt.date | None) -> None:
    found = dates_in(text, published)
    early = [d for d in found if d.start < (parts[min(2, len(parts) - 1)].end if parts else 0) + 1] or found
    if early:
        chosen = early[0]
        draft.date = chosen.value
        sentence = _sentence_at(parts, chosen.start)
        if sentence is not None:
            draft.evidence["date"] = _evidence(sentence)
        if not chosen.year_given and published is None:
            draft.notes.append("the text gives no year: this year is assumed")
        return
    draft.date = published
    draft.notes.append(
        "no date in the text: the publication date is used" if published else "no date in the text, none given"
    )


# "in X", "в X" where X is one capitalised word (a run of them, "Central Asia", "Совете Безопасности", names
# something else)
_PUT_IN = re.compile(r"(?:\b[Ii]n|\bat|(?<!\w)[вВ]|(?<!\w)во)\s+([A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]{4,})(?!\s+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])")
_AT_PLACE = re.compile(r"\b(?:in|at|city of|town of|capital,?)\s+$|(?:^|\s)(?:в|во|городе|г\.|столице)\s+$", re.I)


def _place(draft: Draft, parts: Sequence[Sentence]) -> None:
    """Where the meeting was: a city the text puts it in ("in Nairobi", "в Чолпон-Ате", "Астанада"), else the
    dateline's city, else the first well-known city the text names."""
    ranked: list[tuple[int, int, str, Sentence]] = []
    for i, s in enumerate(parts[:6]):
        planned = i > 0 and bool(COMMITS.search(s.text))
        listed = places_in(s.text)
        taken = {f.start for f in listed}
        for f in [*listed, *(c for c in cities_in(s.text) if c.start not in taken)]:
            word = s.text[f.start : f.end]
            located = _AT_PLACE.search(s.text[max(0, f.start - 16) : f.start]) or (
                draft.language == "kk" and re.search(r"(да|де|та|те)$", word)  # Астанада: "in Astana"
            )
            dateline = i < 3 and f.start == 0 and (word.isupper() or s.text[f.end : f.end + 1] in (".", ","))
            if located and planned:
                ranked.append((3, len(ranked), f.value, s))  # "agreed to meet next in Tokyo": not where they met
            elif located:
                ranked.append((0, len(ranked), f.value, s))
            elif dateline:
                ranked.append((1, len(ranked), f.value, s))
            elif f.start in taken:
                ranked.append((2, len(ranked), f.value, s))
        named = {f.start for f in listed} | {c.start for c in cities_in(s.text)}
        for m in _PUT_IN.finditer(s.text):  # "в Чолпан-Ате": a place in another spelling than the gazetteer's
            city = city_spelled_like(m.group(1)) if m.start(1) not in named else None
            if city is not None:
                ranked.append((3 if planned else 0, len(ranked), city, s))
    if ranked:
        _rank, _order, value, sentence = min(ranked)
        draft.place = value
        draft.evidence["place"] = _evidence(sentence)


def _countries(draft: Draft, parts: Sequence[Sentence]) -> None:
    seen: Counter[str] = Counter()
    first: dict[str, Sentence] = {}
    for s in parts:
        for f in countries_in(s.text):
            seen[f.value] += 1
            first.setdefault(f.value, s)
    codes = [OURS] if OURS in seen else []
    codes += [c for c in seen if c != OURS]
    draft.countries = codes[:6]
    if codes:
        draft.evidence["countries"] = _evidence(first[codes[-1]])


def _parties(draft: Draft, parts: Sequence[Sentence]) -> None:
    """The meeting's countries are its parties: ours and those of the people met. A country the text only speaks
    of ("the second trading partner after South Africa", the host of a meeting between two others) stays out, unless
    no one's country is known; then every country the text names stands."""
    theirs = [p.country for p in draft.participants if p.country and p.country != OURS]
    if not theirs:
        return
    opening = {f.value for s in parts[:1] for f in countries_in(s.text)}
    draft.countries = [c for c in draft.countries if c == OURS or c in theirs or c in opening]


def _people(draft: Draft, parts: Sequence[Sentence], known: Sequence[KnownPerson]) -> None:
    by_key: dict[str, list[KnownPerson]] = {}
    for someone in known:
        for written in someone.names:
            if written.split():
                by_key.setdefault(word_key(written.split()[-1]), []).append(someone)
    foreign = next((c for c in draft.countries if c != OURS), "")
    found: dict[str, DraftParticipant] = {}
    for s in parts:
        paired = _paired(s.text)
        previous_end = 0
        for start, end, words, inline in _candidates(s.text):
            words = [re.sub(r"['’]s$", "", w) for w in words]  # Tokayev’s visit
            if not words or len(words) > 4:
                continue
            before = s.text[max(0, start - 120) : start]
            if re.search(r"\b(?:of|for|and)\s$", before) and s.text[end : end + 4] == " of ":
                continue  # "Minister of Mines and Minerals Development of Zambia": a part of a title
            title = paired.get(start) or _title_before(before)
            after = _title_after(s.text[end : end + 200])
            person = _known(by_key, words) or _known(by_key, _nominative(words, draft.language, title).split())
            inline_title = any(TITLE_WORDS.fullmatch(w) for w in inline)
            titled = title is not None or inline_title or after is not None
            if person is None and (len(words) == 1 or not (titled or _SURNAME_LIKE.search(words[-1]))):
                previous_end = end
                continue
            name = _as_written(person, words) if person is not None else _nominative(words, draft.language, title)
            # one entry per person: Шавкат Мирзиёев and Саида Мирзиёева share a surname's key, not a name's
            key = (
                person.id
                if person is not None
                else " ".join(word_key(w) for w in (name.split()[:1] + name.split()[-1:]))
            )
            if key not in found:
                position = _title_nominative(title, draft.language) if title else ""
                position = position or after or (person.position if person is not None else "")
                nearest = _nearest_country(s.text[previous_end:start])
                side, country = _side(position, nearest, person, foreign)
                pid = person.id if person is not None else ""
                found[key] = DraftParticipant(name, position, "", country, side, pid, _evidence(s))
            previous_end = end
    _head_of_state(draft, parts, known, found)
    draft.participants = list(found.values())


def _head_of_state(
    draft: Draft, parts: Sequence[Sentence], known: Sequence[KnownPerson], found: dict[str, DraftParticipant]
) -> None:
    """The Head of State is ours without a name: the person the desk's directory has in that office."""
    if any(p.side is Side.OURS and HEAD_OF_STATE.search(p.position) for p in found.values()):
        return
    mentions = ((s, HEAD_OF_STATE.search(s.text)) for s in parts)
    mention, hit = next(((s, m) for s, m in mentions if m is not None), (None, None))
    holder = next((k for k in known if k.country == OURS and _HEAD_POSITION.search(k.position)), None)
    if mention is None or hit is None or holder is None or holder.id in found:
        return
    if any(p.person_id == holder.id for p in found.values()):
        return
    name = _as_written(holder, [hit.group(0)])  # in the release's script
    found[holder.id] = DraftParticipant(name, hit.group(0), "", OURS, Side.OURS, holder.id, _evidence(mention))


_HEAD_POSITION = re.compile(
    r"President of (?:the Republic of )?Kazakhstan|Head of State|Президент (?:Республики )?Казахстан|"
    r"Глава государства|Қазақстан Республикасының Президенті|Мемлекет басшысы",
    re.I,
)
# "foreign ministers of Kazakhstan and Russia Mukhtar Tileuberdi and Sergei Lavrov": one title for two people,
# each of the country named in the same place.
_PAIRED = re.compile(
    rf"(?P<lead>(?:[Ff]oreign |[Dd]efen[cs]e )?)"
    rf"(?P<title>[Mm]inisters|[Pp]residents|[Aa]mbassadors|[Pp]rime [Mm]inisters|министры|президенты|послы)"
    rf"(?P<what>(?: иностранных дел| of [Ff]oreign [Aa]ffairs)?) (?:of )?"
    rf"(?P<a>[{_UP}][\w-]+) (?:and|и) (?P<b>[{_UP}][\w-]+),? "
    rf"(?P<one>{_CAP}(?: {_CAP}){{1,2}}) (?:and|и) (?P<two>{_CAP}(?: {_CAP}){{1,2}})"
)
_SINGULAR = {"ministers": "minister", "presidents": "president", "ambassadors": "ambassador",
             "prime ministers": "prime minister", "министры": "министр", "президенты": "президент",
             "послы": "посол"}  # fmt: skip


def _paired(text: str) -> dict[int, str]:
    """Where two people share one plural title, each one's own position, by where the name starts."""
    positions: dict[int, str] = {}
    for m in _PAIRED.finditer(text):
        title = _SINGULAR.get(m.group("title").casefold(), m.group("title"))
        lead = m.group("lead").strip()
        title = f"{lead.capitalize()} {title}" if lead else title.capitalize()
        what = m.group("what")
        for side, name in (("a", "one"), ("b", "two")):
            positions[m.start(name)] = (
                f"{title}{what} of {m.group(side)}"
                if what.startswith(" of") or not what
                else f"{title}{what} {m.group(side)}"
            )
    return positions


def _nearest_country(text: str) -> str:
    """The country named last before a name, since the previous name: "ҚР Сыртқы істер министрінің орынбасары
    Әлібек Бақаев", "Kenyan President William Ruto"."""
    mentioned = countries_in(text[-120:])
    return mentioned[-1].value if mentioned else ""


# A surname by its ending (Tokayev, Тоқаев, Ашимбаева, Сейітұлы): a name without a title that still is one.
_SURNAME_LIKE = re.compile(r"(?:[oe]v|yev|ova|eva|uly|kyzy|ов|ев|ёв|ова|ева|ұлы|қызы|ұлы)(?:[а-яәіңғүұқөһ]{0,4})$")


def _candidates(text: str) -> list[tuple[int, int, list[str], list[str]]]:
    """Each name a sentence may hold: where it starts and ends, its words, and the words of the run right before
    it that were cut off (a title, a country: "President", "Kenyan")."""
    found = []
    for run in RUN.finditer(text):
        tokens = list(re.finditer(r"\S+", run.group(0)))
        # a country of several words ("Біріккен Араб Әмірліктерінің", "United Arab Emirates") stops on all of them
        named = [(f.start, f.end) for f in (*countries_in(run.group(0)), *places_in(run.group(0)))]
        stops = [
            t.group(0) not in _GLUE
            and (_stops_a_name(t.group(0)) or any(a < t.end() and t.start() < b for a, b in named))
            for t in tokens
        ]
        i = 0
        while i < len(tokens):
            if stops[i]:
                i += 1
                continue
            j = i
            while j < len(tokens) and not stops[j]:
                j += 1
            inline = [t.group(0) for t, stop in zip(tokens[:i], stops[:i], strict=True) if stop][-3:]
            joined: list[str] = []
            for t in tokens[i:j]:  # "bin Zayed" is one word of the name
                w = t.group(0)
                if joined and joined[-1] in _GLUE:
                    joined[-1] = f"{joined[-1]} {w}"
                else:
                    joined.append(w)
            first_end = tokens[i + 1].end() if i + 1 < j else tokens[i].end()
            if len(joined) == 4 and j - i == 4 and _SURNAME_LIKE.search(joined[1]):
                # two people side by side: "Ерлан Қошанов Сахиба Гафарованы шақырды"
                found.append((run.start() + tokens[i].start(), run.start() + first_end, joined[:2], inline))
                found.append((run.start() + tokens[i + 2].start(), run.start() + tokens[j - 1].end(), joined[2:], []))
            else:
                found.append((run.start() + tokens[i].start(), run.start() + tokens[j - 1].end(), joined, inline))
            i = j
    return found


def _stops_a_name(word: str) -> bool:
    return bool(_LEADING.match(word) or _NOT_NAMES.match(word) or countries_in(word) or places_in(word))


def _known(by_key: dict[str, list[KnownPerson]], words: list[str]) -> KnownPerson | None:
    """A person the desk knows, by the surname and (when the text gives one) the first name, in any spelling."""
    for person in by_key.get(word_key(words[-1]), []):
        for name in person.names:
            if len(words) == 1 or word_key(name.split()[0]) == word_key(words[0]):
                return person
    return None


def _as_written(person: KnownPerson, words: list[str]) -> str:
    """The known person's name in the script the release writes it in."""
    latin = words[0][:1].isascii()
    return next((n for n in person.names if n[:1].isascii() == latin), person.names[0])


# Words that are not part of a name: English ones whole (with a possessive or plural), Russian and Kazakh ones
# as stems that take any ending.
_NOT_NAMES = re.compile(
    r"^(?:The|This|That|During|In|On|At|As|For|With|And|His|Her|Their|Its|Akorda|Images|Ministry|Foreign|Affairs|"
    r"Republic|State|Department|United|Nations|General|Assembly|Council|Federation|Organization|Organisation|"
    r"Cooperation|Credentials|Parliament|Committee|Cabinet|Union|Forum|Agency|Bank|Fund|Shanghai|Collective|Treaty|"
    r"Security|Economic|National|International|Northern|Southern|Middle|Central|Near|Senate|Congress|House|"
    r"Bundestag|Mejlis|Majilis|Mazhilis|Khural|Kenesh|Duma|Rada|Knesset|Development|Trade|Industry|Economy|Finance|"
    r"Energy|Investment|Agriculture|Education|Health|Defence|Defense|Justice|Culture|Transport|Relations|"
    r"Integration|Government|Embassy|Office|Summit|Commission|Corridor|Transport|March|April|May|June|July|August|"
    r"September|October|November|December|January|February)(?:['’]s|s)?$|"
    r"^(?:Орта|Таяу|Шығыс|Ближн|Средн|Министерств|Республик|Организаци|Договор|Кабинет|Совет|Федераци|Собрани|"
    r"Шанхайск|Меджлис|Милли|Хурал|Курултай|Кенеш|Дума|Рада|Сейм|Бундестаг|Конгресс|Кнессет|Содружеств|Парламент|"
    r"Сенат|Мажилис|Ассамбле|Сыртқы|Республикасы|Министрлі|Департамент|Правительств|Посольств|Үкімет|Елшілі)",
)
_LEADING = re.compile(r"^(" + TITLE_WORDS.pattern + r"|Mr|Mrs|Ms|Dr|H\.E|His|Her|Excellency)$")


def _title_before(before: str) -> str | None:
    """The position written just before a name: from the title word nearest to it, back over the title words
    right before that one ("Deputy Minister"), to the name ("Minister of Foreign Affairs of Russia")."""
    matches = [m for m in TITLE_WORDS.finditer(before) if len(before) - m.start() <= 120]
    if not matches:
        return None
    start = matches[-1].start()
    for m in reversed(matches[:-1]):
        # title words next to each other, or with a word or two of what they are between ("Deputy Foreign
        # Minister", "First Deputy Prime Minister")
        gap = before[m.end() : start].strip(" -–—")
        if gap in ("", ",") or re.fullmatch(rf"[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)?", gap):
            start = m.start()
    start = _organisation_before(before, start)
    position = before[start:].strip(" ,–-(").strip()
    window = max(0, start - 40)
    of_country = countries_in(before[window:start])
    between = before[window + of_country[-1].end : start].strip() if of_country else "-"
    if of_country and between in ("", "counterpart") and position.isascii() and " of " not in position:
        # "Kenyan President William Ruto": the President of Kenya
        code = of_country[-1].value
        position = f"{position} of {_SHORT_NAMES.get(code) or country_name(code)}"
    if _VERB.search(position):  # "… held a meeting with Abraham Korir": that title is someone else's
        return None
    return position or None


# Kazakh writes the organisation before the title, as a chain of words in the genitive and adjectives:
# "ҚР СІМ Таяу, Орта Шығыс және Африка департаментінің директоры".
_ORGANISATION_WORD = re.compile(
    rf"^(?:[{_UP}][\w-]*|\w+(?:ның|нің|дың|дің|тың|тің|ың|ің|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)|істер|және|бойынша|"
    r"жөніндегі|бас|бірінші|қатынастар|ісі|ынтымақтастық)$"
)


def _organisation_before(before: str, start: int) -> int:
    """Where a Kazakh position starts: back from its title word over the organisation it belongs to."""
    if not re.search(r"[әіңғүұқөһ]", before[start:] + before[-40:]):
        return start
    tokens = list(re.finditer(r"[\w-]+", before[:start]))
    for token in reversed(tokens):
        between = before[token.end() : start]
        if between.strip() not in ("", ",") or not _ORGANISATION_WORD.match(token.group(0)):
            break
        if re.search(r"(ов|ев|бек|ұлы|қызы)$", token.group(0)) or cities_in(token.group(0)):
            break  # a name or a place ("Астанада", in Astana) is not part of the organisation
        start = token.start()
    lead = re.match(r"(?:(?:және|бойынша|жөніндегі)\s+)+", before[start:])
    return start + (lead.end() if lead else 0)


# The names a position gives the countries whose full names are long ("President of Russia").
_SHORT_NAMES = {"RU": "Russia", "US": "the United States", "GB": "the United Kingdom", "KR": "Korea", "IR": "Iran",
                "VN": "Vietnam", "SY": "Syria", "TZ": "Tanzania", "VE": "Venezuela", "BO": "Bolivia", "MD": "Moldova",
                "LA": "Laos", "KP": "North Korea", "AE": "the United Arab Emirates", "TR": "Türkiye"}  # fmt: skip

_VERB = re.compile(
    r"\b(?:held|holds|met|meets|received|receives|said|noted|welcomed|thanked|presented|discussed|visited|"
    r"встретил\w*|провел\w*|провёл|принял\w*|отметил\w*|обсудил\w*|кездесті|қабылдады|өткізді)\b"
)


_AFTER_END = re.compile(
    r"\s(?:held|holds|met|meets|has|had|was|is|said|says|noted|stressed|and|who|during|presented|received|"
    r"встретил|провел|провёл|принял|отметил|заявил|подчеркнул|и|кездесті|өткізді|атап)\b|[.;()]|,\s(?=[a-zа-яәіңғүұқөһ])"
)


def _title_after(after: str) -> str | None:
    """The position written after a name, as an apposition: "William Ruto, President of Kenya, said"."""
    m = re.match(r"\s*,\s*(?:the\s+)?(?=" + TITLE_WORDS.pattern + ")", after)
    if m is None:
        return None
    rest = after[m.end() :]
    stop = _AFTER_END.search(rest)
    position = rest[: stop.start() if stop else 150].strip(" ,–-")
    return position or None


def _side(position: str, nearest: str, person: KnownPerson | None, foreign: str) -> tuple[Side, str]:
    """Whose official: the first country of the position ("Ambassador of Kazakhstan to Kenya" is ours), the Head of
    State is ours, a known person's own side, else the country named just before the name, else the other
    side."""
    mentioned = [f.value for f in countries_in(position)]
    if HEAD_OF_STATE.match(position.strip()):
        return Side.OURS, OURS
    if mentioned:
        country = mentioned[0]
        return (Side.OURS if country == OURS else Side.COUNTERPART), country
    if person is not None:
        return person.side, person.country
    if nearest:
        return (Side.OURS if nearest == OURS else Side.COUNTERPART), nearest
    return Side.COUNTERPART, foreign


def _nominative(words: list[str], lang: str, title: str | None = None) -> str:
    """A name as the text inflects it, back in the nominative: Уильямом Руто → Уильям Руто, Шавката Мирзиёева →
    Шавкат Мирзиёев, Саиды Мирзиёевой → Саида Мирзиёева, Тоқаевтың → Тоқаев."""
    if lang == "kk":
        final = re.sub(r"(ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|мен|пен|бен|ды|ді|ты|ті|ны|ні)$", "", words[-1])
        return " ".join([*words[:-1], final if len(final) > 2 else words[-1]])
    if lang != "ru":
        return " ".join(words)
    grammatical = _case_of(title.split()[0] if title and title.split() else "")
    female = bool(re.search(r"(?:ов|ев|ёв|ин|ск)ой$", words[-1]))
    if grammatical is None:  # no title to tell: the surname's own ending says what it can
        if re.search(r"(?:ов|ев|ёв|ин)ым$", words[-1]):
            grammatical = "instrumental"
        elif re.search(r"(?:ов|ев|ёв|ин)у$", words[-1]):
            grammatical = "dative"
        elif female:
            grammatical = "genitive"
        else:
            return " ".join(words)
    return " ".join(_word_nominative(w, grammatical, female) for w in words)


def _title_nominative(title: str, lang: str) -> str:
    """A Russian position begins with its title in the case of the sentence ("с министром иностранных дел
    Турции"); the record keeps it in the nominative ("министр иностранных дел Турции"). The rest stays as it is:
    it is already in the genitive a position takes."""
    if lang != "ru" or not title.split():
        return title
    first, rest = title.split()[0], title[len(title.split()[0]) :]
    low = first.casefold()
    if low.startswith("посл") and low != "посланник":
        return ("П" if first[0] == "П" else "п") + "осол" + rest
    for ending, nominative in (("ем", "ь"), ("ём", "ь"), ("ом", ""), ("ю", "ь"), ("у", ""), ("я", "ь"), ("а", "")):
        if low.endswith(ending) and len(low) > 5 and low[-len(ending) - 1] not in _VOWELS + "ь":
            if nominative == "ь" and not low[: -len(ending)].endswith(("л", "т")):
                continue
            return first[: -len(ending)] + nominative + rest
    return title


def _case_of(word: str) -> str | None:
    """The case a Russian title is in, and so the name after it: министром → instrumental, президента →
    genitive, послу → dative; None for the nominative or an unknown form."""
    low = word.casefold()
    if re.search(r"(?:ом|ем|ём|ой)$", low):
        return "instrumental"
    if re.search(r"[^аеёиоуыэюяь][ая]$", low) and low != "глава":  # президента, Председателя (глава: nominative)
        return "genitive"
    if re.search(r"[^аеёиоуыэюя][ую]$", low):
        return "dative"
    return None


_VOWELS = "аеёиоуыэюя"


def _word_nominative(word: str, grammatical: str, female: bool) -> str:
    """One word of a Russian name, from its case back to the nominative."""
    if "-" in word and word.split("-")[0].casefold() in ("аль", "ал", "эль", "ад", "ас"):
        return word  # аль-Хаммади does not decline
    if female:
        word = re.sub(r"(?<=ов|ев|ин)ой$", "а", word)  # Мирзиёевой → Мирзиёева
        if grammatical == "genitive":
            return re.sub(r"и$", "я", re.sub(r"ы$", "а", word))
        if grammatical == "instrumental":
            return re.sub(r"ей$", "я", re.sub(r"ой$", "а", word))
        return re.sub(r"е$", "а", word)
    if grammatical == "instrumental":
        if word.endswith("ым") and re.search(r"(?:ов|ев|ёв|ин)ым$", word):
            return word[:-2]
        if word.endswith("ом") and len(word) > 4 and word[-3] not in _VOWELS:
            return word[:-2]
        if word.endswith("ем") and len(word) > 4:
            return word[:-2] + ("й" if word[-3] in _VOWELS else "ь")
        return word
    if grammatical == "genitive":
        if word.endswith("а") and len(word) > 3 and word[-2] not in _VOWELS:
            return word[:-1]
        if word.endswith("я") and len(word) > 3 and word[-2] in _VOWELS:
            return word[:-1] + "й"
        return word
    if word.endswith("у") and len(word) > 3 and word[-2] not in _VOWELS:
        return word[:-1]
    if word.endswith("ю") and len(word) > 3 and word[-2] in _VOWELS:
        return word[:-1] + "й"
    return word


def _statements(draft: Draft, parts: Sequence[Sentence]) -> None:
    for s in parts:
        for m in QUOTE.finditer(s.text):
            speaker = _speaker_near(draft, s)
            if speaker:
                draft.statements.append(DraftStatement(speaker, m.group(1).strip(), _evidence(s)))


def _speaker_near(draft: Draft, s: Sentence) -> str:
    for p in draft.participants:
        surname = p.name.split()[-1]
        if word_key(surname) and word_key(surname) in {word_key(w) for w in words_of(s.text)}:
            return p.name
    return ""


def _format_and_level(draft: Draft, text: str) -> None:
    low = text.casefold()
    if re.search(r"telephone|phone call|phone conversation|телефонн|телефон арқылы", low):
        draft.format = MeetingFormat.PHONE_CALL
    elif re.search(r"video ?conference|video call|видеоконференц|видеобайланыс", low):
        draft.format = MeetingFormat.VIDEO_CALL
    elif re.search(r"state visit|государственн\w+ визит|мемлекеттік сапар", low):
        draft.format = MeetingFormat.STATE_VISIT
    elif re.search(r"official visit|официальн\w+ визит|ресми сапар", low):
        draft.format = MeetingFormat.OFFICIAL_VISIT
    elif re.search(r"sidelines|на полях|в кулуарах|аясында", low):
        draft.format = MeetingFormat.SIDELINES
    ranks = (
        (Level.HEAD_OF_STATE, r"president|head of state|президент|глава государства|мемлекет басшысы"),
        (Level.HEAD_OF_GOVERNMENT, r"prime minister|премьер"),
        (Level.DEPUTY_MINISTER, r"deputy minister|заместител\w+ министра|вице-министр|министрінің орынбасары"),
        (Level.MINISTER, r"minister|министр"),
        (Level.AMBASSADOR, r"ambassador|посол|посл\w+|елші"),
    )
    positions = " ".join(p.position for p in draft.participants).casefold()
    for level, pattern in ranks:
        if re.search(pattern, positions):
            draft.level = level
            return
