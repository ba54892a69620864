"""The overview's figures, read in one go: what needs attention today (overdue actions, actions due in the next 14
days), the latest meetings, and meetings per country over the 12 months that end today. The window only draws
them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.vocab import Status
from app.storage.repository import ActionFilter, ActionRow, MeetingFilter, MeetingRow, Repository

LISTED = 50
SOON_DAYS = 14
CHART_COUNTRIES = 10
COUNTED_UP_TO = 1000  # the overview says "1,000+" beyond: counting 150,000 overdue actions would slow every start


@dataclass
class Overview:
    """What the page shows, read in one go."""

    today: dt.date
    overdue: list[ActionRow]
    overdue_total: int  # at most COUNTED_UP_TO: that many or more
    soon: list[ActionRow]
    soon_total: int  # likewise
    recent: list[MeetingRow]
    per_country: list[tuple[str, int]]
    in_every_meeting: list[str]  # countries at every meeting of the year (the desk's own): left out of the bars
    meetings_in_year: int


def read_overview(repo: Repository, today: dt.date) -> Overview:
    overdue = ActionFilter(overdue_only=True, today=today)
    soon = ActionFilter(
        statuses=[Status.OPEN, Status.IN_PROGRESS], due_from=today, due_before=today + dt.timedelta(days=SOON_DAYS)
    )
    first_day = first_day_of_year_to(today)
    meetings_in_year = repo.count_meetings(MeetingFilter(date_from=first_day, date_to=today))
    counts = repo.meetings_per_country(first_day, today, limit=CHART_COUNTRIES + 3)
    # A country at every meeting (the desk's own, listed on each record) would flatten every other bar and says
    # nothing about where the meetings were: it is named under the chart instead, when there are others to show.
    everywhere = [code for code, n in counts if n == meetings_in_year]
    if len(everywhere) < len(counts):
        counts = [(code, n) for code, n in counts if code not in everywhere]
    else:
        everywhere = []
    return Overview(
        today=today,
        overdue=repo.list_actions(overdue, limit=LISTED),
        overdue_total=repo.count_actions(overdue, up_to=COUNTED_UP_TO),
        soon=repo.list_actions(soon, limit=LISTED),
        soon_total=repo.count_actions(soon, up_to=COUNTED_UP_TO),
        recent=repo.list_meetings(MeetingFilter(), limit=12, today=today),
        per_country=counts[:CHART_COUNTRIES],
        in_every_meeting=everywhere,
        meetings_in_year=meetings_in_year,
    )


def first_day_of_year_to(today: dt.date) -> dt.date:
    """The first day of the 12 months that end today."""
    if (today.month, today.day) == (2, 29):
        return dt.date(today.year - 1, 3, 1)
    return today.replace(year=today.year - 1) + dt.timedelta(days=1)
