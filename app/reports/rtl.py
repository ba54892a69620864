"""Right-to-left names (Arabic, Persian, Hebrew) drawn as a reader expects: letters joined in their contextual forms
and each right-to-left run laid out from right to left. The PDF library draws characters in the order given, so
the runs are shaped (arabic-reshaper) and put in visual order (python-bidi) before they are drawn; text around them
stays as it is."""

from __future__ import annotations

import re

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RUN = re.compile(f"[{_RTL}]+(?:[\\s\u200c\u200d\u060c.,'-]+[{_RTL}]+)*")


def has_rtl(value: str) -> bool:
    return _RUN.search(value) is not None


def visual(value: str) -> str:
    """The text with each right-to-left run shaped and in visual order; other text unchanged."""
    if not has_rtl(value):
        return value
    import arabic_reshaper
    from bidi import get_display

    return _RUN.sub(lambda m: get_display(arabic_reshaper.reshape(m.group(0))), value)
