"""Gathering the records a brief needs (storage → report), with the confidentiality choice applied here, once;
writing the file so that a failed or cancelled report never leaves a half-written PDF under the user's name."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.domain.countries import country_name, is_country_code
from app.domain.records import Meeting
from app.domain.vocab import RESTRICTED, Classification, Status
from app.progress import NO_PROGRESS, Progress
from app.reports.briefs import (
    ActionLine,
    CounterpartLine,
    ReportOptions,
    actions_report,
    country_brief,
    file_format,
    meeting_brief,
)
from app.services.files import written_whole
from app.services.letterhead import load_letterhead
from app.storage import people
from app.storage.repository import ActionFilter, MeetingFilter, Repository


class ReportInputError(ValueError):
    """A report asked for something that is not there (an unknown meeting id or country code)."""


class RestrictedMeeting(ReportInputError):
    """A brief of one meeting marked confidential or secret, asked for without including such meetings."""

    def __init__(self, meeting_id: str, title: str, marking: Classification) -> None:
        self.meeting_id, self.title, self.marking = meeting_id, title, marking
        super().__init__(
            f"the meeting {meeting_id} ({title}) is marked {marking.value}: its brief is written only when "
            "confidential and secret meetings are included (--include-confidential)"
        )


class ReportKind(StrEnum):
    MEETING = "meeting"
    COUNTRY = "country"
    ACTIONS = "actions"


@dataclass(frozen=True)
class ReportRequest:
    """Everything a user chooses for one report, from the window's dialog or the command line."""

    kind: ReportKind
    path: Path
    options: ReportOptions
    meeting_id: str = ""
    country: str = ""
    overdue_only: bool = False


@dataclass(frozen=True)
class ReportResult:
    path: Path
    description: str  # "country brief for Kenya (12 meetings)"


def write_report(repo: Repository, request: ReportRequest, progress: Progress = NO_PROGRESS) -> ReportResult:
    """Write the report to a hidden file beside the target and move it into place only when it is complete."""
    target = request.path
    # The hidden file being written has another name: the format is the target's.
    letterhead = request.options.letterhead if request.options.letterhead is not None else load_letterhead()
    options = dataclasses.replace(request.options, file_format=file_format(target), letterhead=letterhead)
    request = dataclasses.replace(request, options=options)
    with written_whole(target, database=repo.db.path) as partial:
        if request.kind is ReportKind.MEETING:
            write_meeting_brief(repo, request.meeting_id, partial, request.options, progress)
            description = "meeting brief"
        elif request.kind is ReportKind.COUNTRY:
            count = write_country_brief(repo, request.country, partial, request.options, progress)
            name = country_name(request.country.strip().upper())
            description = f"country brief for {name} ({count} meeting{'s' if count != 1 else ''})"
        else:
            count = write_actions_report(
                repo, partial, request.options, overdue_only=request.overdue_only, progress=progress
            )
            description = f"actions report ({count} action{'s' if count != 1 else ''})"
        progress.check()
    return ReportResult(target, description)


def write_meeting_brief(
    repo: Repository, meeting_id: str, path: Path, opts: ReportOptions, progress: Progress = NO_PROGRESS
) -> None:
    if not repo.meeting_exists(meeting_id):
        raise ReportInputError(f"there is no meeting with id {meeting_id}")
    meeting = repo.get_meeting(meeting_id)
    if meeting.classification in RESTRICTED and not opts.include_confidential:
        raise RestrictedMeeting(meeting.id, meeting.title, meeting.classification)
    meeting_brief(meeting, path, opts, progress)


def write_country_brief(
    repo: Repository, code: str, path: Path, opts: ReportOptions, progress: Progress = NO_PROGRESS
) -> int:
    code = code.strip().upper()
    if not is_country_code(code):
        raise ReportInputError(f"'{code}' is not an ISO 3166-1 alpha-2 country code")
    allowed = [c for c in Classification if opts.include_confidential or c not in RESTRICTED]
    f = MeetingFilter(country=code, date_from=opts.date_from, date_to=opts.date_to, classifications=allowed)
    rows = repo.list_meetings(f, limit=max(1, repo.count_meetings(f)), today=opts.today)
    meetings = []
    for i, r in enumerate(rows):
        if i % 50 == 0:
            progress.update(i, len(rows), "reading meetings")
        meetings.append(repo.get_meeting(r.id))
    country_brief(code, meetings, path, opts, progress, counterparts=_counterparts(repo, meetings))
    return len(meetings)


def _counterparts(repo: Repository, meetings: Sequence[Meeting]) -> list[CounterpartLine]:
    """Those met across the table at these meetings (the brief's own: its period and its markings)."""
    found = people.counterparts(repo.conn, [m.id for m in meetings])
    lines = []
    for person, times, last in found:
        held = person.latest_position()
        where = ", ".join(x for x in (held.position, held.organisation) if x) if held else ""
        lines.append(CounterpartLine(person.name, where, times, last))
    return lines


def write_actions_report(
    repo: Repository, path: Path, opts: ReportOptions, *, overdue_only: bool, progress: Progress = NO_PROGRESS
) -> int:
    f = ActionFilter(
        statuses=[Status.OPEN, Status.IN_PROGRESS],
        overdue_only=overdue_only,
        include_confidential=opts.include_confidential,
        today=opts.today,
    )
    rows = repo.list_actions(f, limit=max(1, repo.count_actions(f)))
    lines = [ActionLine(r.action, r.meeting_title, r.meeting_date, r.meeting_classification) for r in rows]
    actions_report(lines, path, opts, progress, overdue_only=overdue_only)
    return len(lines)


_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def suggested_file_name(request: ReportRequest, *, meeting: str = "") -> str:
    """A name a person would give the file, safe on Windows, macOS and Linux. `meeting` is the meeting's date and
    title, for a meeting brief."""
    t = request.options.labels  # in the brief's language: the name is the brief's title
    day = request.options.today.isoformat()
    if request.kind is ReportKind.MEETING:
        stem = f"{t('meeting_brief')} {meeting}"
    elif request.kind is ReportKind.COUNTRY:
        code = request.country.strip().upper()
        stem = f"{t('country_brief')} {t.country(code) if code else ''} {day}"
    else:
        stem = f"{t('actions_report_overdue' if request.overdue_only else 'actions_report')} {day}"
    stem = " ".join(_NOT_IN_FILE_NAMES.sub(" ", stem).split())[:100].rstrip(" .")
    return f"{stem}.{request.options.file_format or 'pdf'}"
