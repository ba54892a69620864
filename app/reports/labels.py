"""Every word the briefs print, marked for the program's one catalogue (context "brief"; app.catalogue), with the
language's own dates, country names and vocabulary, so that a brief comes out in English, Russian or Kazakh
without touching the layout code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum

from app.catalogue import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate
from app.domain.countries import country_name
from app.domain.vocab_words import CONTEXT as VOCAB
from app.domain.vocab_words import english_label

EN: Mapping[str, str] = {
    "app": "Aide-Mémoire",
    "meeting_brief": QT_TRANSLATE_NOOP("brief", "Meeting brief"),
    "country_brief": QT_TRANSLATE_NOOP("brief", "Country brief"),
    "actions_report": QT_TRANSLATE_NOOP("brief", "Follow-up actions"),
    "actions_report_overdue": QT_TRANSLATE_NOOP("brief", "Overdue follow-up actions"),
    "page_of": QT_TRANSLATE_NOOP("brief", "Page {page} of {pages}"),
    "produced": QT_TRANSLATE_NOOP("brief", "Produced {date}"),
    "date": QT_TRANSLATE_NOOP("brief", "Date"),
    "time": QT_TRANSLATE_NOOP("brief", "Time"),
    "place": QT_TRANSLATE_NOOP("brief", "Place"),
    "format": QT_TRANSLATE_NOOP("brief", "Format"),
    "level": QT_TRANSLATE_NOOP("brief", "Level"),
    "countries": QT_TRANSLATE_NOOP("brief", "Countries"),
    "topics": QT_TRANSLATE_NOOP("brief", "Topics"),
    "participants": QT_TRANSLATE_NOOP("brief", "Participants"),
    "side.ours": QT_TRANSLATE_NOOP("brief", "Our side"),
    "side.counterpart": QT_TRANSLATE_NOOP("brief", "Counterpart"),
    "side.third party": QT_TRANSLATE_NOOP("brief", "Third parties"),
    "name": QT_TRANSLATE_NOOP("brief", "Name"),
    "position": QT_TRANSLATE_NOOP("brief", "Position"),
    "organisation": QT_TRANSLATE_NOOP("brief", "Organisation"),
    "summary": QT_TRANSLATE_NOOP("brief", "Summary"),
    "statements": QT_TRANSLATE_NOOP("brief", "Key statements"),
    "outcomes": QT_TRANSLATE_NOOP("brief", "Outcomes and decisions"),
    "follow_up": QT_TRANSLATE_NOOP("brief", "Follow-up actions"),
    "action": QT_TRANSLATE_NOOP("brief", "Action"),
    "owner": QT_TRANSLATE_NOOP("brief", "Owner"),
    "committed_by": QT_TRANSLATE_NOOP("brief", "Committed by"),
    "due": QT_TRANSLATE_NOOP("brief", "Due"),
    "status": QT_TRANSLATE_NOOP("brief", "Status"),
    "meeting": QT_TRANSLATE_NOOP("brief", "Meeting"),
    "meetings": QT_TRANSLATE_NOOP("brief", "Meetings"),
    "overdue": QT_TRANSLATE_NOOP("brief", "OVERDUE"),
    "no_owner": QT_TRANSLATE_NOOP("brief", "(no owner)"),
    "source": QT_TRANSLATE_NOOP("brief", "Source"),
    "none": QT_TRANSLATE_NOOP("brief", "None."),
    "period": QT_TRANSLATE_NOOP("brief", "Period covered"),
    "period_all": QT_TRANSLATE_NOOP("brief", "All records"),
    "period_from_to": QT_TRANSLATE_NOOP("brief", "{start} to {end}"),
    "key_figures": QT_TRANSLATE_NOOP("brief", "Key figures"),
    "meetings_in_period": QT_TRANSLATE_NOOP("brief", "Meetings in the period"),
    "by_level": QT_TRANSLATE_NOOP("brief", "Meetings by level"),
    "actions_open": QT_TRANSLATE_NOOP("brief", "Actions open"),
    "actions_overdue": QT_TRANSLATE_NOOP("brief", "Actions overdue"),
    "actions_done": QT_TRANSLATE_NOOP("brief", "Actions done"),
    "meetings_per_year": QT_TRANSLATE_NOOP("brief", "Meetings per year"),
    "open_commitments": QT_TRANSLATE_NOOP("brief", "Open commitments"),
    "counterparts_met": QT_TRANSLATE_NOOP("brief", "Counterparts met"),
    "times_met": QT_TRANSLATE_NOOP("brief", "Met"),
    "last_met": QT_TRANSLATE_NOOP("brief", "Last met"),
    "commitments.ours": QT_TRANSLATE_NOOP("brief", "Ours"),
    "commitments.counterpart": QT_TRANSLATE_NOOP("brief", "Theirs"),
    "commitments.joint": QT_TRANSLATE_NOOP("brief", "Joint"),
    "timeline": QT_TRANSLATE_NOOP("brief", "Timeline of meetings"),
    "latest_meeting": QT_TRANSLATE_NOOP("brief", "Latest meeting"),
    "contents": QT_TRANSLATE_NOOP("brief", "Contents"),
    "year_count": QT_TRANSLATE_NOOP("brief", "{year} · {count} meetings"),
    "year_count_one": QT_TRANSLATE_NOOP("brief", "{year} · 1 meeting"),
    "no_meetings": QT_TRANSLATE_NOOP("brief", "There are no meetings with {country} in this period."),
    "no_actions": QT_TRANSLATE_NOOP("brief", "There are no open follow-up actions."),
    "no_overdue": QT_TRANSLATE_NOOP("brief", "There are no overdue follow-up actions."),
    "confidential_excluded": QT_TRANSLATE_NOOP("brief", "Meetings marked confidential or secret are not included."),
    "confidential_included": QT_TRANSLATE_NOOP("brief", "This brief includes meetings marked confidential or secret."),
    "as_of": QT_TRANSLATE_NOOP("brief", "As of {date}"),
    "open_count": QT_TRANSLATE_NOOP("brief", "{count} open"),
    "reference": QT_TRANSLATE_NOOP("brief", "Ref. {reference}"),
    "prepared_by": QT_TRANSLATE_NOOP("brief", "Prepared by {author}"),
    "distribution": QT_TRANSLATE_NOOP("brief", "Distribution: {names}"),
}


# Dates in the language's own form: each month's pattern is in the catalogue, so that a language puts the day,
# the month (in its case) and the year in its own order ("19 сентября 2023 г.", "2023 жылғы 19 қыркүйек").
LONG_DATES = (
    QT_TRANSLATE_NOOP("date", "{day} January {year}"),
    QT_TRANSLATE_NOOP("date", "{day} February {year}"),
    QT_TRANSLATE_NOOP("date", "{day} March {year}"),
    QT_TRANSLATE_NOOP("date", "{day} April {year}"),
    QT_TRANSLATE_NOOP("date", "{day} May {year}"),
    QT_TRANSLATE_NOOP("date", "{day} June {year}"),
    QT_TRANSLATE_NOOP("date", "{day} July {year}"),
    QT_TRANSLATE_NOOP("date", "{day} August {year}"),
    QT_TRANSLATE_NOOP("date", "{day} September {year}"),
    QT_TRANSLATE_NOOP("date", "{day} October {year}"),
    QT_TRANSLATE_NOOP("date", "{day} November {year}"),
    QT_TRANSLATE_NOOP("date", "{day} December {year}"),
)
# The short form, for table cells: a pattern, and the months' short names for languages whose pattern uses them.
SHORT_DATE = QT_TRANSLATE_NOOP("date", "{day} {month_short} {year}")
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("date", "Jan"),
    QT_TRANSLATE_NOOP("date", "Feb"),
    QT_TRANSLATE_NOOP("date", "Mar"),
    QT_TRANSLATE_NOOP("date", "Apr"),
    QT_TRANSLATE_NOOP("date", "May"),
    QT_TRANSLATE_NOOP("date", "Jun"),
    QT_TRANSLATE_NOOP("date", "Jul"),
    QT_TRANSLATE_NOOP("date", "Aug"),
    QT_TRANSLATE_NOOP("date", "Sep"),
    QT_TRANSLATE_NOOP("date", "Oct"),
    QT_TRANSLATE_NOOP("date", "Nov"),
    QT_TRANSLATE_NOOP("date", "Dec"),
)


class Catalogue:
    """The briefs' words in one language."""

    def __init__(self, language: str = SOURCE_LANGUAGE) -> None:
        self.language = language

    def __call__(self, key: str, **values: object) -> str:
        english = EN.get(key, key)
        text = translate(self.language, "brief", english) if key != "app" else english
        return text.format(**values) if values else text

    def value(self, value: StrEnum) -> str:
        """A vocabulary value (status, level, format...) as the window calls it, in the language."""
        return translate(self.language, VOCAB, english_label(value))

    def date(self, value: dt.date | None) -> str:
        """The long form: 19 September 2023, 19 сентября 2023 г., 2023 жылғы 19 қыркүйек."""
        if value is None:
            return "—"
        pattern = translate(self.language, "date", LONG_DATES[value.month - 1])
        return pattern.format(day=value.day, month=value.month, year=value.year)

    def short_date(self, value: dt.date | None) -> str:
        """The short form for a table's cell: 19 Sep 2023, 19.09.2023."""
        if value is None:
            return "—"
        short = translate(self.language, "date", SHORT_MONTHS[value.month - 1])
        pattern = translate(self.language, "date", SHORT_DATE)
        return pattern.format(day=value.day, month=value.month, year=value.year, month_short=short)

    def country(self, code: str) -> str:
        return country_name(code, self.language)
