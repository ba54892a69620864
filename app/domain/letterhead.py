"""The desk's letterhead on its briefs: the ministry's name in each language, a logo, the department, the author,
a pattern for the reference number and a distribution list. All of it optional; set once in Settings."""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass, field

# What a reference pattern may ask for, e.g. "AF-{country}/{year}-{month}{day}".
REFERENCE_FIELDS = ("year", "month", "day", "country", "meeting")


class LetterheadError(ValueError):
    """A letterhead that cannot be used; the message names the field and what is wrong."""


@dataclass(frozen=True)
class Letterhead:
    ministry: dict[str, str] = field(default_factory=dict)  # language code → the ministry's name in it
    logo: str = ""  # path of a PNG or JPEG image
    department: str = ""
    author: str = ""
    reference: str = ""  # a pattern: see REFERENCE_FIELDS
    distribution: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (any(self.ministry.values()) or self.logo or self.department or self.author or self.reference
                    or self.distribution)  # fmt: skip

    def ministry_in(self, language: str) -> str:
        """The ministry's name in the language; in English, or any language given, where that one is missing."""
        for code in (language, "en", *self.ministry):
            if self.ministry.get(code, "").strip():
                return self.ministry[code].strip()
        return ""

    def reference_for(self, day: dt.date, country: str = "", meeting: str = "") -> str:
        if not self.reference:
            return ""
        values = {"year": f"{day.year}", "month": f"{day.month:02d}", "day": f"{day.day:02d}", "country": country,
                  "meeting": meeting}  # fmt: skip
        return self.reference.format(**values).strip()


def check_reference(pattern: str) -> None:
    """Refuse a pattern with a field the program does not fill, or broken braces."""
    try:
        fields = [name for _text, name, _spec, _conversion in string.Formatter().parse(pattern) if name is not None]
    except ValueError as exc:
        raise LetterheadError(f"reference number: the pattern {pattern!r} is not well formed ({exc})") from None
    unknown = [name for name in fields if name not in REFERENCE_FIELDS]
    if unknown:
        allowed = ", ".join("{" + f + "}" for f in REFERENCE_FIELDS)
        raise LetterheadError(f"reference number: {{{unknown[0]}}} is not known; use {allowed}")
    try:
        Letterhead(reference=pattern).reference_for(dt.date(2024, 1, 2), "KE", "kzke-2024-01-02")
    except (ValueError, IndexError) as exc:
        raise LetterheadError(f"reference number: the pattern {pattern!r} cannot be filled in ({exc})") from None
