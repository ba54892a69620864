"""Gathering the records a brief needs (storage → report), with the confidentiality choice applied here, once."""

from __future__ import annotations

from pathlib import Path

from app.domain.countries import is_country_code
from app.domain.vocab import Classification, Status
from app.reports.briefs import RESTRICTED, ActionLine, ReportOptions, actions_report, country_brief, meeting_brief
from app.storage.repository import ActionFilter, MeetingFilter, Repository


class ReportInputError(ValueError):
    """A report asked for something that is not there (an unknown meeting id or country code)."""


def write_meeting_brief(repo: Repository, meeting_id: str, path: Path, opts: ReportOptions) -> None:
    if not repo.meeting_exists(meeting_id):
        raise ReportInputError(f"there is no meeting with id {meeting_id}")
    meeting_brief(repo.get_meeting(meeting_id), path, opts)


def write_country_brief(repo: Repository, code: str, path: Path, opts: ReportOptions) -> int:
    code = code.strip().upper()
    if not is_country_code(code):
        raise ReportInputError(f"'{code}' is not an ISO 3166-1 alpha-2 country code")
    allowed = [c for c in Classification if opts.include_confidential or c not in RESTRICTED]
    f = MeetingFilter(country=code, date_from=opts.date_from, date_to=opts.date_to, classifications=allowed)
    rows = repo.list_meetings(f, limit=max(1, repo.count_meetings(f)), today=opts.today)
    meetings = [repo.get_meeting(r.id) for r in rows]
    country_brief(code, meetings, path, opts)
    return len(meetings)


def write_actions_report(repo: Repository, path: Path, opts: ReportOptions, *, overdue_only: bool) -> int:
    f = ActionFilter(
        statuses=[Status.OPEN, Status.IN_PROGRESS],
        overdue_only=overdue_only,
        include_confidential=opts.include_confidential,
        today=opts.today,
    )
    rows = repo.list_actions(f, limit=max(1, repo.count_actions(f)))
    lines = [ActionLine(r.action, r.meeting_title, r.meeting_date, r.meeting_classification) for r in rows]
    actions_report(lines, path, opts, overdue_only=overdue_only)
    return len(lines)
