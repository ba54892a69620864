"""Countries and places as releases write them: names in English, Russian and Kazakh in every case form, the
adjectives and demonyms (Kenyan, кенийский, Ресей), and the cities where meetings are held. A small table of the
countries a Kazakh desk meets most, over pycountry's English names for all the others."""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache

import pycountry

from app.domain.countries import all_countries
from app.resources import shipped

# Stems, matched at the start of a word: each stem takes any ending after it (Кени → Кения, Кении, Кенией).
# Kept short enough to take the case endings, long enough not to catch other words.
COUNTRY_STEMS: dict[str, tuple[str, ...]] = {
    "KZ": ("Kazakhstan", "Kazakh", "Казахстан", "Казахск", "Қазақстан", "Қазақ", "Akorda", "Акорд", "Ақорда", "ҚР",
           "РК"),
    "KE": ("Kenya", "Kenyan", "Кени", "Кенийск", "Кенияның", "Кенияда"),
    "RU": ("Russia", "Russian", "Росси", "Российск", "Ресей", "Moscow", "Москв", "Мәскеу", "Kremlin", "Кремл"),
    "UZ": ("Uzbekistan", "Uzbek", "Узбекистан", "Узбекск", "Өзбекстан", "Өзбек"),
    "KG": ("Kyrgyzstan", "Kyrgyz", "Kyrgyz Republic", "Кыргызстан", "Киргизи", "Кыргызск", "Киргизск", "Қырғызстан",
           "Қырғыз"),
    "TJ": ("Tajikistan", "Tajik", "Таджикистан", "Таджикск", "Тәжікстан", "Тәжік"),
    "TM": ("Turkmenistan", "Turkmen", "Туркменистан", "Туркменск", "Түрікменстан", "Түрікмен"),
    "CN": ("China", "Chinese", "Китай", "Китайск", "Қытай"),
    "US": ("United States", "American", "США", "Соединенные Штаты", "Соединённые Штаты", "Американск", "АҚШ"),
    "GB": ("United Kingdom", "Great Britain", "Britain", "British", "Великобритани", "Британск", "Ұлыбритания"),
    "TR": ("Türkiye", "Turkey", "Turkish", "Турци", "Турецк", "Түркия", "Түрік"),
    "LK": ("Sri Lanka", "Sri Lankan", "Шри-Ланк", "Шри Ланк"),
    "AZ": ("Azerbaijan", "Azerbaijani", "Азербайджан", "Әзербайжан"),
    "DE": ("Germany", "German", "Германи", "Германск", "Герман"),
    "FR": ("France", "French", "Франци", "Французск"),
    "IN": ("India", "Indian", "Индия", "Индии", "Индией", "Индию", "Индийск", "Үндістан"),
    "AF": ("Afghanistan", "Afghan", "Афганистан", "Ауғанстан"),
    "IR": ("Iran", "Iranian", "Иран", "Иранск"),
    "BY": ("Belarus", "Belarusian", "Беларус", "Белорусск"),
    "UA": ("Ukraine", "Ukrainian", "Украин", "Украинск"),
    "JP": ("Japan", "Japanese", "Япони", "Японск", "Жапония"),
    "KR": ("Republic of Korea", "South Korea", "Korean", "Корея", "Корей", "Кореи"),
    "AE": ("United Arab Emirates", "UAE", "Emirati", "ОАЭ", "Эмират", "БАӘ"),
    "SA": ("Saudi Arabia", "Saudi", "Саудовск", "Сауд Арабия"),
    "EG": ("Egypt", "Egyptian", "Египет", "Египт", "Мысыр"),
    "ET": ("Ethiopia", "Ethiopian", "Эфиопи", "Эфиопия"),
    "NG": ("Nigeria", "Nigerian", "Нигери"),
    "ZA": ("South Africa", "ЮАР", "Южно-Африканск", "Оңтүстік Африка"),
    "TZ": ("Tanzania", "Tanzanian", "Танзани"),
    "UG": ("Uganda", "Ugandan", "Уганд"),
    "IT": ("Italy", "Italian", "Итали", "Итальянск"),
    "PL": ("Poland", "Polish", "Польш", "Польск"),
    "HU": ("Hungary", "Hungarian", "Венгри", "Венгерск", "Мажарстан"),
    "QA": ("Qatar", "Qatari", "Катар"),
    "PK": ("Pakistan", "Pakistani", "Пакистан"),
    "MN": ("Mongolia", "Mongolian", "Монголи", "Монғолия"),
}  # fmt: skip

# Words that hold a country's name without being about that country.
_NOT_A_COUNTRY = re.compile(r"Northern Ireland|New Guinea|Guinea-Bissau|Equatorial Guinea|Indian Ocean|Turkic", re.I)


@dataclass(frozen=True)
class Found:
    value: str  # the code, or the place's name
    start: int
    end: int


@cache
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    stems: dict[str, str] = {}
    for code, words in COUNTRY_STEMS.items():
        for w in words:
            stems[w] = code
    for code, name in all_countries():
        simple = name.split(",")[0].strip()
        if code not in COUNTRY_STEMS and len(simple) > 3:
            stems.setdefault(simple, code)
    for code, name in _names_in("ru"):
        # Russian declines the last word: Замбия, Замбии, Замбией share the stem without the final vowel.
        stem = name[:-1] if name[-1] in "аяьйио" and len(name) >= 6 else name
        stems.setdefault(stem, code)
    for code, name in _names_in("kk"):  # Kazakh adds its endings to the whole name
        stems.setdefault(name, code)
    ordered = sorted(stems, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in ordered) + r")\w*", re.UNICODE), stems


def _names_in(language: str) -> list[tuple[str, str]]:
    """Every country by its name in Russian or Kazakh (pycountry's catalogues), beside the table above."""
    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return []
    found = []
    for country in pycountry.countries:
        name = catalogue.gettext(country.name).split(",")[0].split("(")[0].strip()
        if name != country.name and len(name) > 3:
            found.append((country.alpha_2, name))
    return found


def countries_in(text: str) -> list[Found]:
    """Every mention of a country, in order (a code may come many times)."""
    pattern, codes = _country_pattern()
    blocked = [(m.start(), m.end()) for m in _NOT_A_COUNTRY.finditer(text)]
    found: list[Found] = []
    for m in pattern.finditer(text):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        stem = m.group(1)
        found.append(Found(codes[stem], m.start(), m.end()))
    return found


# Cities by the name a record gives them, each with the forms releases write (case endings included by the stem).
PLACES: dict[str, tuple[str, ...]] = {
    "Astana": ("Astana", "Nur-Sultan", "Астан", "Нур-Султан", "Нұр-Сұлтан", "Akorda", "Акорд", "Ақорда"),
    "Almaty": ("Almaty", "Алматы", "Алмат"),
    "Moscow": ("Moscow", "Москв", "Мәскеу"),
    "Tashkent": ("Tashkent", "Ташкент"),
    "Samarkand": ("Samarkand", "Самарканд", "Самарқанд"),
    "Bishkek": ("Bishkek", "Бишкек"),
    "Dushanbe": ("Dushanbe", "Душанбе"),
    "Ashgabat": ("Ashgabat", "Ашхабад", "Ашғабат"),
    "Nairobi": ("Nairobi", "Найроби"),
    "New York": ("New York", "Нью-Йорк"),
    "London": ("London", "Лондон"),
    "Beijing": ("Beijing", "Пекин", "Бейжің"),
    "Ankara": ("Ankara", "Анкар"),
    "Istanbul": ("Istanbul", "Стамбул", "Ыстамбұл"),
    "Baku": ("Baku", "Баку"),
    "Minsk": ("Minsk", "Минск"),
    "Geneva": ("Geneva", "Женев"),
    "Brussels": ("Brussels", "Брюссел"),
    "Washington": ("Washington", "Вашингтон"),
    "Berlin": ("Berlin", "Берлин"),
    "Paris": ("Paris", "Париж"),
    "Colombo": ("Colombo", "Коломбо"),
    "Tokyo": ("Tokyo", "Токио"),
    "Seoul": ("Seoul", "Сеул"),
    "Dubai": ("Dubai", "Дубай"),
    "Abu Dhabi": ("Abu Dhabi", "Абу-Даби"),
    "Tehran": ("Tehran", "Тегеран"),
    "Addis Ababa": ("Addis Ababa", "Аддис-Абеб"),
    "Cairo": ("Cairo", "Каир"),
    "Doha": ("Doha", "Доха"),
    "New Delhi": ("New Delhi", "Delhi", "Нью-Дели", "Дели"),
    "Ulaanbaatar": ("Ulaanbaatar", "Улан-Батор"),
    "Kyiv": ("Kyiv", "Kiev", "Киев"),
    "Sochi": ("Sochi", "Сочи"),
    "St Petersburg": ("St. Petersburg", "Saint Petersburg", "Санкт-Петербург", "Петербург"),
}


@cache
def _place_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    forms = {f.casefold(): name for name, fs in PLACES.items() for f in fs}
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in ordered) + r")\w*", re.UNICODE | re.I)
    return pattern, forms


def places_in(text: str) -> list[Found]:
    """The cities of the table above: the places a desk meets in most, by the name its records give them."""
    pattern, forms = _place_pattern()
    return [Found(forms[m.group(1).casefold()], m.start(), m.end()) for m in pattern.finditer(text)]


# Case endings a city's name takes: Russian (в Чолпон-Ате, из Ташкента) and Kazakh (Астанада, Бішкекке).
_ENDINGS = ("ого", "ому", "ом", "ой", "ою", "е", "у", "ы", "и", "а", "ю", "я", "дан", "ден", "тан", "тен", "нан",
            "нен", "ға", "ге", "қа", "ке", "да", "де", "та", "те", "на", "не", "ның", "нің", "дың", "дің", "тың",
            "тің", "дағы", "дегі", "тағы", "тегі")  # fmt: skip
_CITY_WORDS = re.compile(r"[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’]+(?:[ -][A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]?[\w'’]+){0,3}")


@cache
def _city_lines() -> list[list[str]]:
    """The gazetteer (GeoNames): per city, the forms a release may write."""
    path = shipped("resources", "gazetteer", "cities.tsv")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [line.split("\t")[1:] for line in lines if not line.startswith("#")]


@cache
def _cities() -> dict[str, str]:
    """Every form of every city, casefolded, to the form as GeoNames writes it; a Cyrillic form also by its stem
    without a final vowel, which its case forms share."""
    forms: dict[str, str] = {}
    for line in _city_lines():
        for form in line:
            forms.setdefault(form.casefold(), form)
            if not form.isascii() and form[-1] in "аяоеыи" and len(form) > 5:
                forms.setdefault(form[:-1].casefold(), form)
    return forms


def cities_in(text: str) -> list[Found]:
    """Any city of the gazetteer that the text names, in its nominative as GeoNames gives it ("в Чолпон-Ате" →
    Чолпон-Ата). Many city names are also words, so a caller takes one only where the text puts something in it."""
    cities = _cities()
    found: list[Found] = []
    for m in _CITY_WORDS.finditer(text):
        words = re.split(r"(?<=\S)(?=[ ])", m.group(0))
        i, offset = 0, m.start()
        while i < len(words):  # the longest run of words from here that names a city
            for n in range(len(words) - i, 0, -1):
                span = "".join(words[i : i + n])
                hit = _city(cities, span.strip())
                if hit is not None:
                    lead = len(span) - len(span.lstrip())
                    found.append(Found(hit, offset + lead, offset + len(span)))
                    break
            else:
                n = 1
            offset += sum(len(w) for w in words[i : i + n])
            i += n
    return found


def _city(cities: dict[str, str], written: str) -> str | None:
    key = re.sub(r"['’]s$", "", written).casefold()
    if key in cities:
        return cities[key]
    if key.isascii():
        return None
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4 and key[: -len(ending)] in cities:
            return cities[key[: -len(ending)]]
    return None


@cache
def _city_keys() -> dict[str, list[tuple[str, str]]]:
    """The cities by their spelling-insensitive keys (and, for a name ending in a vowel, its stem's key, which
    case forms share), bucketed by the keys' first two letters. Only the first Latin and first Cyrillic forms of
    a city: enough to catch a misspelling, and quick to build."""
    buckets: dict[str, list[tuple[str, str]]] = {}
    for forms in _city_lines():
        latin = next((f for f in forms if f.isascii()), None)
        cyrillic = next((f for f in forms if not f.isascii()), None)
        for form in (latin, cyrillic):
            if form is None:
                continue
            key = _key(form)
            for k in {key, key[:-1] if key[-1:] in "aeiou" else key}:
                if len(k) >= 6:
                    buckets.setdefault(k[:2], []).append((k, form))
    return buckets


def _key(text: str) -> str:
    from app.domain.names import word_key, words

    return "".join(word_key(w) for w in words(text))


def city_spelled_like(written: str) -> str | None:
    """A city written in another spelling or with one letter off (Чолпан-Ата for Cholpon-Ata): for a word the
    text puts something in ("в Чолпан-Ате"), where a near miss is far more likely a city than anything else."""
    cities = _cities()
    exact = _city(cities, written)
    if exact is not None:
        return exact
    low = written.casefold()
    candidates = [written] + [written[: -len(e)] for e in _ENDINGS if low.endswith(e) and len(low) - len(e) >= 5]
    for candidate in candidates:
        key = _key(candidate)
        if len(key) < 6:
            continue
        near = [form for other, form in _city_keys().get(key[:2], []) if _within_one(key, other)]
        if near:  # in the text's own script when the gazetteer has it so
            return next((f for f in near if f.isascii() == written.isascii()), near[0])
    return None


def _within_one(a: str, b: str) -> bool:
    """True when one letter changed, added or dropped turns a into b."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
