"""Country codes and names from pycountry's maintained ISO 3166-1 list, never a hand-typed table."""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _by_code() -> dict[str, str]:
    return {code: entry.get("common_name") or entry["name"] for code, entry in _iso_3166_1().items()}


def _iso_3166_1() -> dict[str, dict[str, str]]:
    """pycountry's ISO 3166-1 table, read from its data file without importing the package: its import reads the
    installed packages' metadata, about 30 ms of every start-up. Through pycountry itself if the file has moved."""
    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        data = Path(folder) / "databases" / "iso3166-1.json"
        if data.is_file():
            with data.open(encoding="utf-8") as handle:
                return {entry["alpha_2"]: entry for entry in json.load(handle)["3166-1"]}
    import pycountry

    return {c.alpha_2: {"name": c.name, "common_name": getattr(c, "common_name", "")} for c in pycountry.countries}


def is_country_code(code: str) -> bool:
    return code in _by_code()


def country_name(code: str) -> str:
    """English short name for an alpha-2 code; the code itself when unknown, so nothing is hidden."""
    return _by_code().get(code, code)


def all_countries() -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name, for pickers and drop-down lists."""
    return sorted(_by_code().items(), key=lambda item: item[1])
