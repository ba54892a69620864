"""Country codes and names from pycountry's maintained ISO 3166-1 list, never a hand-typed table."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _by_code() -> dict[str, str]:
    import pycountry  # on first use: importing it reads package metadata, a cost the window's start need not pay

    return {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}


def is_country_code(code: str) -> bool:
    return code in _by_code()


def country_name(code: str) -> str:
    """English short name for an alpha-2 code; the code itself when unknown, so nothing is hidden."""
    return _by_code().get(code, code)


def all_countries() -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name, for pickers and drop-down lists."""
    return sorted(_by_code().items(), key=lambda item: item[1])
