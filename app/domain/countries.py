"""Country codes and names from pycountry's maintained ISO 3166-1 list, never a hand-typed table."""

from __future__ import annotations

import gettext
import importlib.util
import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _by_code() -> dict[str, str]:
    return {code: entry.get("common_name") or entry["name"] for code, entry in _iso_3166_1().items()}


def _pycountry_folder() -> Path | None:
    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        return Path(folder)
    return None


# Where a catalogue's name is not the one a ministry writes.
_PREFERRED = {"ru": {"US": "Соединённые Штаты"}}


@lru_cache(maxsize=4)
def _names_in(language: str) -> dict[str, str]:
    """Every country by its name in the language, from pycountry's catalogues (their translations of the English
    names): the common name where there is one ("Иран" rather than the official long form), else the name."""
    folder = _pycountry_folder()
    catalogue_file = folder / "locales" / language / "LC_MESSAGES" / "iso3166-1.mo" if folder else None
    if language == "en" or catalogue_file is None or not catalogue_file.is_file():
        return _by_code()
    with catalogue_file.open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    names = {}
    for code, entry in _iso_3166_1().items():
        common = entry.get("common_name") or ""
        translated = catalogue.gettext(common) if common else ""
        names[code] = translated if translated and translated != common else catalogue.gettext(entry["name"])
    return names | _PREFERRED.get(language, {})


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


def country_name(code: str, language: str = "en") -> str:
    """The country's short name for an alpha-2 code, in the language (English where its catalogue has none); the
    code itself when unknown, so nothing is hidden."""
    return _names_in(language).get(code, code)


def all_countries(language: str = "en") -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name in the language, for pickers and drop-down lists."""
    return sorted(_names_in(language).items(), key=lambda item: item[1].casefold())
