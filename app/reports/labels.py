"""Every word the briefs print, in one catalogue, so that a Russian or Kazakh catalogue can be added without
touching the layout code."""

from __future__ import annotations

from collections.abc import Mapping

EN: Mapping[str, str] = {
    "app": "Aide-Mémoire",
    "meeting_brief": "Meeting brief",
    "country_brief": "Country brief",
    "actions_report": "Follow-up actions",
    "actions_report_overdue": "Overdue follow-up actions",
    "page_of": "Page {page} of {pages}",
    "produced": "Produced {date}",
    "date": "Date",
    "time": "Time",
    "place": "Place",
    "format": "Format",
    "level": "Level",
    "countries": "Countries",
    "topics": "Topics",
    "participants": "Participants",
    "side.ours": "Our side",
    "side.counterpart": "Counterpart",
    "side.third party": "Third parties",
    "name": "Name",
    "position": "Position",
    "organisation": "Organisation",
    "summary": "Summary",
    "statements": "Key statements",
    "outcomes": "Outcomes and decisions",
    "follow_up": "Follow-up actions",
    "action": "Action",
    "owner": "Owner",
    "committed_by": "Committed by",
    "due": "Due",
    "status": "Status",
    "meeting": "Meeting",
    "meetings": "Meetings",
    "overdue": "OVERDUE",
    "no_owner": "(no owner)",
    "source": "Source",
    "none": "None.",
    "period": "Period covered",
    "period_all": "All records",
    "period_from_to": "{start} to {end}",
    "key_figures": "Key figures",
    "meetings_in_period": "Meetings in the period",
    "by_level": "Meetings by level",
    "actions_open": "Actions open",
    "actions_overdue": "Actions overdue",
    "actions_done": "Actions done",
    "meetings_per_year": "Meetings per year",
    "open_commitments": "Open commitments",
    "counterparts_met": "Counterparts met",
    "times_met": "Met",
    "last_met": "Last met",
    "commitments.ours": "Ours",
    "commitments.counterpart": "Theirs",
    "commitments.joint": "Joint",
    "timeline": "Timeline of meetings",
    "contents": "Contents",
    "year_count": "{year} · {count} meetings",
    "year_count_one": "{year} · 1 meeting",
    "no_meetings": "There are no meetings with {country} in this period.",
    "no_actions": "There are no open follow-up actions.",
    "no_overdue": "There are no overdue follow-up actions.",
    "confidential_excluded": "Meetings marked confidential or secret are not included.",
    "confidential_included": "This brief includes meetings marked confidential or secret.",
    "as_of": "As of {date}",
    "open_count": "{count} open",
}


class Catalogue:
    def __init__(self, entries: Mapping[str, str] = EN, language: str = "en") -> None:
        self.entries = entries
        self.language = language

    def __call__(self, key: str, **values: object) -> str:
        text = self.entries.get(key, EN.get(key, key))
        return text.format(**values) if values else text

    def value(self, enum_value: str) -> str:
        """A vocabulary value (status, level, format...) as printed: capitalised, catalogue entry if any."""
        return self.entries.get(f"value.{enum_value}", enum_value.capitalize())
