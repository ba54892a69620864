"""Warnings that never block: a likely duplicate, no country, an action due before its meeting, a meeting still to
come that already has what only a held meeting has."""

import datetime as dt

from app.domain.records import Action, Meeting, Statement
from app.domain.warnings import Concern, Nearby, meeting_warnings, similar_titles

TODAY = dt.date(2026, 11, 28)
SAMPLE = Nearby("kzke-2024-consultations", "Ambassador Sadykov meets Principal Secretary Sing'Oei; memorandum on "
                "political consultations", dt.date(2024, 3, 7), ["KZ", "KE"])  # fmt: skip


def mou(**changes) -> Meeting:  # type: ignore[no-untyped-def]
    fields = {"title": "Ambassador Sadykov and Principal Secretary Sing'Oei sign an MoU on political consultations",
              "date": dt.date(2024, 3, 9), "countries": ["KZ", "KE"]}  # fmt: skip
    fields.update(changes)
    return Meeting(**fields)


def concerns(m: Meeting, nearby=(SAMPLE,)) -> list[Concern]:  # type: ignore[no-untyped-def]
    return [w.concern for w in meeting_warnings(m, TODAY, nearby)]


def test_the_same_meeting_two_days_apart_is_a_likely_duplicate():
    [warning] = meeting_warnings(mou(), TODAY, [SAMPLE])
    assert warning.concern is Concern.DUPLICATE and warning.other_id == "kzke-2024-consultations"
    assert "2024-03-07" in warning.message


def test_no_duplicate_when_days_countries_or_title_differ():
    assert concerns(mou(date=dt.date(2024, 3, 11))) == [], "four days apart"
    assert concerns(mou(countries=["KZ", "KE", "UG"])) == [], "other countries"
    assert concerns(mou(title="Grain terminal in Mombasa: technical talks")) == [], "another subject"
    assert concerns(mou(), [Nearby("self", "x", dt.date(2024, 3, 9), ["KZ", "KE"])]) == []


def test_titles_are_compared_by_name_keys_across_scripts():
    assert similar_titles("Садыков и Сингоэй: консультации", "Sadykov and Sing'Oei: консультации")
    assert not similar_titles("Tokayev meets Ruto", "Tokarev meets Rutte")


def test_no_country_an_early_deadline_and_a_future_meeting_already_held():
    found = meeting_warnings(
        Meeting(title="Call", date=dt.date(2027, 1, 10), outcomes="Agreed.",
                statements=[Statement("Ruto", "Welcome")],
                actions=[Action("Send the note", due_date=dt.date(2027, 1, 5), completed_on=dt.date(2026, 11, 1))]),
        TODAY,
    )  # fmt: skip
    assert [w.concern for w in found] == [Concern.NO_COUNTRY, Concern.DUE_BEFORE_MEETING, Concern.FUTURE_BUT_HELD]
    assert found[2].args == ("2027-01-10", "outcomes", "statements", "actions done")


def test_a_plain_past_meeting_has_nothing_to_say():
    assert meeting_warnings(mou(date=dt.date(2020, 1, 1)), TODAY, []) == []
