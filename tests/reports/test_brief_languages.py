"""The briefs in English, Russian and Kazakh: every label from the catalogue, the language's own dates, country
names and vocabulary, the marking and the page numbers translated; read back with pypdf."""

import pytest
from pypdf import PdfReader

from app.reports.briefs import ReportOptions
from app.reports.labels import Catalogue
from app.services.reports import write_actions_report, write_country_brief, write_meeting_brief
from tests.conftest import SAMPLE_TODAY

LANGUAGES = ["en", "ru", "kk"]
LONG_DATE = {"en": "19 September 2023", "ru": "19 сентября 2023 г.", "kk": "2023 жылғы 19 қыркүйек"}
SHORT_DATE = {"en": "30 Jun 2024", "ru": "30.06.2024", "kk": "30.06.2024"}
KENYA = {"en": "Kenya (KE)", "ru": "Кения (KE)", "kk": "Кения (KE)"}
COUNTRIES = {
    "en": "Kazakhstan (KZ), Kenya (KE)",
    "ru": "Казахстан (KZ), Кения (KE)",
    "kk": "Қазақстан (KZ), Кения (KE)",
}
OFFICIAL = {"en": "OFFICIAL USE ONLY", "ru": "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ", "kk": "ҚЫЗМЕТ БАБЫНДА ПАЙДАЛАНУ ҮШІН"}
UNMARKED = {"en": "UNCLASSIFIED", "ru": "БЕЗ ГРИФА", "kk": "ГРИФСІЗ"}
PAGE_OF = {"en": "Page {} of {}", "ru": "Стр. {} из {}", "kk": "Бет {} / {}"}
HEAD_OF_STATE = {"en": "Head of state", "ru": "Глава государства", "kk": "Мемлекет басшысы"}
IN_PROGRESS = {"en": "In progress", "ru": "В работе", "kk": "Орындалуда"}


def read(path):
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    return pages, "\n".join(pages)


def opts(language):
    return ReportOptions(paper="a4", today=SAMPLE_TODAY, labels=Catalogue(language))


def numbered(pages, language, marking):
    for number, page in enumerate(pages, start=1):
        assert PAGE_OF[language].format(number, len(pages)) in page, (language, number)
        assert page.count(marking) == 2, f"{marking} at the top and the bottom of page {number}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_country_brief_of_the_sample_in_each_language_fits_two_pages(sample_store, tmp_path, language):
    out = tmp_path / f"kenya-{language}.pdf"
    write_country_brief(sample_store.repo, "KE", out, opts(language))
    pages, text = read(out)
    t = Catalogue(language)
    assert len(pages) <= 2, f"{len(pages)} pages"
    assert KENYA[language] in pages[0] and t("country_brief") in pages[0]
    for key in ("key_figures", "latest_meeting", "open_commitments", "counterparts_met", "timeline"):
        assert t(key) in text, (language, key)
    assert t("key_figures") in pages[0] and t("latest_meeting") in pages[0], "page 1 holds the figures and the latest"
    assert LONG_DATE[language] in text and SHORT_DATE[language] in text
    assert HEAD_OF_STATE[language] in text and IN_PROGRESS[language] in text
    numbered(pages, language, OFFICIAL[language])
    if language != "en":
        assert "Key figures" not in text and "Page 1" not in text, "no English label left"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_meeting_brief_in_each_language(sample_store, tmp_path, language):
    out = tmp_path / f"meeting-{language}.pdf"
    write_meeting_brief(sample_store.repo, "kzke-2023-09-19", out, opts(language))
    pages, text = read(out)
    t = Catalogue(language)
    for key in ("participants", "side.ours", "statements", "follow_up", "place", "level"):
        assert t(key) in text, (language, key)
    assert LONG_DATE[language] in text and COUNTRIES[language] in text
    assert "Қасым-Жомарт Тоқаев" in text and "Тоқаев" in text, "the Kazakh letters of the record itself"
    numbered(pages, language, UNMARKED[language])
    reader = PdfReader(out)
    assert reader.metadata.title.startswith(t("meeting_brief") + ": ")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_actions_report_in_each_language(sample_store, tmp_path, language):
    out = tmp_path / f"actions-{language}.pdf"
    write_actions_report(sample_store.repo, out, opts(language), overdue_only=True)
    pages, text = read(out)
    t = Catalogue(language)
    assert t("actions_report_overdue") in text and t("overdue") in text
    assert t("as_of", date=t.date(SAMPLE_TODAY)) in text
    assert SHORT_DATE[language] in text
    numbered(pages, language, OFFICIAL[language])


def test_the_catalogue_gives_each_languages_dates_and_country_names():
    import datetime as dt

    day = dt.date(2024, 5, 1)
    assert [Catalogue(x).date(day) for x in LANGUAGES] == ["1 May 2024", "1 мая 2024 г.", "2024 жылғы 1 мамыр"]
    assert [Catalogue(x).short_date(day) for x in LANGUAGES] == ["1 May 2024", "01.05.2024", "01.05.2024"]
    assert [Catalogue(x).country("KZ") for x in LANGUAGES] == ["Kazakhstan", "Казахстан", "Қазақстан"]
    assert Catalogue("de")("key_figures") == "Key figures", "a language without a catalogue falls back to English"
