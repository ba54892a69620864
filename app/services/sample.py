"""The sample records: the Kazakhstan–Kenya meetings a new user sees first."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.build import meeting_from_raw
from app.domain.records import Meeting
from app.domain.validation import Problem, ValidationError
from app.resources import shipped
from app.services.changes import ChangeService, diff_added
from app.storage.repository import Repository


def sample_path() -> Path:
    """The seed file: inside the package when installed from a wheel, else the repository's seeds/ folder."""
    candidate = shipped("seeds", "sample.toml")
    if candidate.is_file():
        return candidate
    raise FileNotFoundError("the sample records (seeds/sample.toml) are missing from this installation")


def read_sample(path: Path | None = None) -> list[Meeting]:
    """Parse and validate every sample meeting; any problem refuses the whole file."""
    path = path or sample_path()
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    meetings: list[Meeting] = []
    problems: list[Problem] = []
    for i, raw in enumerate(data.get("meetings", [])):
        meeting, found = meeting_from_raw(raw)
        meetings.append(meeting)
        problems += [Problem(f"meetings[{i + 1}].{p.field}", p.message) for p in found]
    if problems:
        raise ValidationError(problems)
    return meetings


@dataclass
class SampleResult:
    added: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)


def load_sample(repo: Repository, path: Path | None = None, changes: ChangeService | None = None) -> SampleResult:
    """Add the sample meetings that are not there yet, in one transaction with its change-log entry; a second load
    adds nothing."""
    service = changes or ChangeService(repo)
    result = SampleResult()
    meetings = read_sample(path)
    added: list[Meeting] = []
    with repo.db.transaction():
        for meeting in meetings:
            if repo.meeting_exists(meeting.id):
                result.already_there.append(meeting.id)
            else:
                added.append(repo.save_meeting(meeting))
                result.added.append(meeting.id)
        change_id = service.added("sample", "the sample meetings", added)
    if change_id is not None:
        service.announce(change_id, "sample", diff_added(added))
    return result
