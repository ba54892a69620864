"""Changes the window makes to records one at a time, each with what is needed to take it back (undo)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.domain.records import Action, Meeting
from app.domain.vocab import Status
from app.domain.warnings import DUPLICATE_DAYS, MeetingWarning, Nearby, meeting_warnings
from app.storage.repository import MeetingFilter, Repository


def set_status(repo: Repository, action_id: str, status: Status, *, today: dt.date | None = None) -> Action:
    """Done gets today as its completion date; any other status clears it."""
    return repo.set_action_status(action_id, status, today=today)


def restore_status(repo: Repository, before: Action) -> Action:
    """Undo of a status change: the status and completion date it had."""
    return repo.set_action_status(before.id, before.status, before.completed_on)


def delete_meeting(repo: Repository, meeting_id: str, *, remember: bool = True) -> Meeting:
    """Returns the meeting as it was, with everything that belonged to it, so that it can be put back."""
    return repo.delete_meeting(meeting_id, remember=remember)


def restore_meeting(repo: Repository, meeting: Meeting) -> Meeting:
    """Undo of a deletion or an edit: the same meeting, same ids, created when it was first created. Children the
    undone change had added go again without being remembered as deleted: they were never there."""
    return repo.save_meeting(dataclasses.replace(meeting), remember_removed=False)


def save_meeting(repo: Repository, meeting: Meeting, *, expected_revision: int | None = None) -> Meeting:
    """A new meeting, or a changed one; with `expected_revision`, refused if it was changed elsewhere meanwhile."""
    return repo.save_meeting(meeting, expected_revision=expected_revision)


def warnings_for(repo: Repository, meeting: Meeting, today: dt.date | None = None) -> list[MeetingWarning]:
    """What looks wrong in the meeting (never blocking): its neighbours in time are read to spot a duplicate."""
    days = dt.timedelta(days=DUPLICATE_DAYS)
    rows = repo.list_meetings(MeetingFilter(date_from=meeting.date - days, date_to=meeting.date + days), limit=500)
    nearby = [Nearby(r.id, r.title, r.date, r.countries) for r in rows]
    return meeting_warnings(meeting, today or dt.date.today(), nearby)
