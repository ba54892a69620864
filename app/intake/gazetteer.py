"""Countries and places as releases write them: names in English, Russian and Kazakh in every case form, the
adjectives and demonyms (Kenyan, кенийский, Ресей), and the cities where meetings are held. A small table of the
countries a Kazakh desk meets most, over pycountry's English names for all the others."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from app.domain.countries import all_countries

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
    ordered = sorted(stems, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in ordered) + r")\w*", re.UNICODE), stems


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
    "Astana": ("Astana", "Nur-Sultan", "Астан", "Нур-Султан", "Нұр-Сұлтан"),
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
    "Delhi": ("New Delhi", "Delhi", "Нью-Дели", "Дели"),
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
    pattern, forms = _place_pattern()
    return [Found(forms[m.group(1).casefold()], m.start(), m.end()) for m in pattern.finditer(text)]
