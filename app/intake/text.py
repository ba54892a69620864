"""Sentences with their place in the text, and the language a release is written in."""

from __future__ import annotations

import re
from dataclasses import dataclass

KAZAKH_LETTERS = set("әіңғүұқөһӘІҢҒҮҰҚӨҺ")
# A sentence ends at . ! ? … (or a line break) before a capital, a quote or a dash; not after an initial ("R.") or
# a common abbreviation.
_END = re.compile(r"(?<=[.!?…])\s+(?=[\"«“–—-]?\s*[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9])|\n+")
_NOT_AN_END = re.compile(r"(?:\b[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]|\b(?:Mr|Mrs|Ms|Dr|St|No|т\.е|т\.б|г|гг|им|ул|Р))\.$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def sentences(text: str) -> list[Sentence]:
    found: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        at_line_break = "\n" in match.group(0)
        if not at_line_break and _NOT_AN_END.search(text[start : match.start()].rstrip()):
            continue  # "R. Zhumabek", "Mr. Ruto": not the end of a sentence
        _add(found, text, start, match.start())
        start = match.end()
    _add(found, text, start, len(text))
    return found


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    begin = start + lead
    found.append(Sentence(stripped, begin, begin + len(stripped)))


def language(text: str) -> str:
    """'kk', 'ru' or 'en', by the letters the text is written in."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    if cyrillic / len(letters) < 0.3:
        return "en"
    kazakh = sum(c in KAZAKH_LETTERS for c in letters)
    return "kk" if kazakh >= 3 and kazakh / cyrillic > 0.005 else "ru"
