"""The paper a brief is printed on, from the locale: light enough for the window to ask at start-up."""

from __future__ import annotations

import locale

PAPERS = ("a4", "letter")


def default_paper(locale_name: str | None = None) -> str:
    """Letter in the United States and Canada (and where the locale says so), A4 elsewhere."""
    name = locale_name if locale_name is not None else (locale.getlocale()[0] or "")
    region = name.replace("-", "_").split(".")[0].split("_")[-1].upper() if "_" in name or "-" in name else ""
    return "letter" if region in {"US", "CA", "PH", "MX", "CL", "CO", "VE"} else "a4"
