"""Dates as releases write them: "May 20", "20 May 2023", "9 фев", "30 июня", "19 қыркүйекте", "2023 жылғы 19
қыркүйек"; a date without a year takes the publication's (the year before, if that would put it in the future)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS: dict[str, int] = {}
for number, forms in enumerate(
    (
        ("january", "jan", "январ", "янв", "қаңтар"),
        ("february", "feb", "феврал", "фев", "ақпан"),
        ("march", "mar", "март", "мар", "наурыз"),
        ("april", "apr", "апрел", "апр", "сәуір"),
        ("may", "ма", "мамыр"),  # "мая", "май"
        ("june", "jun", "июн", "маусым"),
        ("july", "jul", "июл", "шілде"),
        ("august", "aug", "август", "авг", "тамыз"),
        ("september", "sept", "sep", "сентябр", "сен", "қыркүйек"),
        ("october", "oct", "октябр", "окт", "қазан"),
        ("november", "nov", "ноябр", "ноя", "қараша"),
        ("december", "dec", "декабр", "дек", "желтоқсан"),
    ),
    start=1,
):
    for form in forms:
        _MONTHS[form] = number

_MONTH = r"(?P<month>[A-Za-zА-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ]{3,12})\.?"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = (
    re.compile(rf"\b{_YEAR}\s+(?:жылғы|жылы)\s+{_DAY}\s+{_MONTH}", re.I),  # 2023 жылғы 19 қыркүйекте
    re.compile(rf"\b{_DAY}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?", re.I),  # 20 May 2023, 9 фев, 30 июня
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?", re.I),  # May 20, 2023
)


@dataclass(frozen=True)
class FoundDate:
    value: dt.date
    start: int
    end: int
    year_given: bool


def month_of(word: str) -> int | None:
    w = word.casefold().rstrip(".")
    if w in _MONTHS:
        return _MONTHS[w]
    for form, number in sorted(_MONTHS.items(), key=lambda kv: -len(kv[0])):
        # a Russian or Kazakh month with its ending (июня, сентября, қыркүйекте); English only whole
        if len(form) >= 3 and w.startswith(form) and not w.isascii():
            return number
    if w in ("мая", "май", "маю"):
        return 5
    return None


_NUMERIC = re.compile(r"\b([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)\b")  # 27.02.2026
_A_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def dates_in(text: str, published: dt.date | None = None) -> list[FoundDate]:
    """Every date the text names, in order; a year left out is the publication's, or else the year the text
    names elsewhere."""
    found: dict[int, FoundDate] = {}
    for m in _NUMERIC.finditer(text):
        try:
            found[m.start()] = FoundDate(dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), m.start(),
                                         m.end(), True)  # fmt: skip
        except ValueError:
            continue
    if published is None:
        year_in_text = _A_YEAR.search(text)
        if year_in_text:
            published = dt.date(int(year_in_text.group(1)), 12, 31)
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start <= m.start() < f.end for f in found.values()):
                continue
            month = month_of(m.group("month"))
            if month is None:
                continue
            day = int(m.group("day"))
            year_text = m.groupdict().get("year")
            year = int(year_text) if year_text else (published or dt.date.today()).year
            try:
                value = dt.date(year, month, day)
            except ValueError:
                continue
            if not year_text and published is not None and value > published + dt.timedelta(days=2):
                value = value.replace(year=year - 1)
            found[m.start()] = FoundDate(value, m.start(), m.end(), bool(year_text))
    return [found[k] for k in sorted(found)]
