"""The one door for changes to the records: every change runs in one transaction with its change-log entry, can be
undone (and redone) field by field without overwriting what changed since, and is announced to whoever listens
(the window's views), whether it came from this window, an import, or later another desk."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from app.domain.changes import FieldChange, Op, RecordKind, diff, diff_child, take_back
from app.domain.merge import Merge, merge
from app.domain.records import Action, Meeting
from app.domain.vocab import Classification, Status
from app.storage import change_log
from app.storage.change_log import ChangeEntry, HistoryLine
from app.storage.errors import ConflictError, NotFoundError, RetryableError
from app.storage.repository import Repository

log = logging.getLogger(__name__)


def current_user() -> str:
    """Who makes the change: the operating-system user (a database user, once on a server)."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):  # what getpass reads first, without importing it
        if os.environ.get(name):
            return os.environ[name]
    try:
        import getpass  # only when the environment names no user

        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def now_text() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Announcement:
    """What a change touched, for views to refresh just that."""

    change_id: int
    kind: str
    meeting_ids: frozenset[str]
    records: frozenset[RecordKind]


@dataclass
class UndoResult:
    change_id: int | None  # the undo's own entry (None when nothing could be taken back)
    undone: int  # meetings put back, in whole or in part
    refused: list[str] = field(default_factory=list)  # "“title”: what could not be taken back, and why"

    @property
    def complete(self) -> bool:
        return not self.refused


def diff_added(meetings: Sequence[Meeting]) -> list[FieldChange]:
    """Added meetings are logged by id: their children came with them."""
    return [FieldChange(m.id, RecordKind.MEETING, m.id, Op.ADDED) for m in meetings]


def history_rows(lines: Sequence[HistoryLine]) -> list[dict[str, object]]:
    """The history as plain rows: {at, user, action, record, record_id, op, field, old, new}, values decoded."""
    return [
        {
            "at": h.change.at,
            "user": h.change.user,
            "action": h.change.kind,
            "record": h.item.record.value,
            "record_id": h.item.record_id,
            "op": h.item.op.value,
            "field": h.item.field,
            "old": json.loads(h.item.old) if h.item.old is not None else None,
            "new": json.loads(h.item.new) if h.item.new is not None else None,
        }
        for h in lines
    ]


def last_known(rows: Sequence[dict[str, object]]) -> tuple[str, Classification]:
    """A meeting's title and marking as its history (newest first) last shows them: for a meeting since deleted,
    whose history still holds what it contained and must carry its marking."""
    title, marking = "", None
    for r in rows:
        if r["record"] != "meeting":
            continue
        snapshot = r["old"] if r["op"] == Op.REMOVED.value else r["new"] if r["op"] == Op.ADDED.value else None
        if isinstance(snapshot, dict):
            title = title or str(snapshot.get("title", ""))
            marking = marking or snapshot.get("classification")
        elif r["field"] == "title" and not title:
            title = str(r["new"] or "")
        elif r["field"] == "classification" and marking is None:
            marking = r["new"]
        if title and marking:
            break
    try:
        return title, Classification(str(marking)) if marking else Classification.UNCLASSIFIED
    except ValueError:
        return title, Classification.UNCLASSIFIED


LOOK_BACK = 200  # ids a server's catch-up looks back over for changes committed late
T = TypeVar("T")


MERGE_ATTEMPTS = 10


def _again_if_crossed(work: Callable[[], T], attempts: int = 4) -> T:
    """Work another desk's change crossed (the server broke a deadlock) is done again: it wrote nothing."""
    for attempt in range(attempts):
        try:
            return work()
        except RetryableError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


class MergeConflict(ConflictError):
    """Both this person and another desk changed the same fields of a meeting: theirs, mine and the value before,
    for the person to choose."""

    def __init__(self, merged: Merge, theirs: Meeting) -> None:
        fields = ", ".join(c.label for c in merged.conflicts[:3]) + ("…" if len(merged.conflicts) > 3 else "")
        super().__init__(f"'{theirs.title}' was changed elsewhere in the same places as here: {fields}")
        self.merged = merged
        self.theirs = theirs


class NothingToUndo(Exception):
    """The change is unknown or already undone."""


Listener = Callable[[Announcement], None]


class ChangeService:
    """Changes to records, each with its log entry. Listeners hear of every committed change."""

    def __init__(self, repo: Repository, user: str | None = None) -> None:
        self.repo = repo
        # On a department server, who changed what is the database user the server knows; on a desk's file, the
        # person logged in to the computer.
        self.user = user or repo.db.user_name() or current_user()
        self._listeners: list[Listener] = []
        self._seen = change_log.newest_id(repo.conn)  # the newest change this service has announced
        self._recent: deque[int] = deque(maxlen=4 * LOOK_BACK)  # and the ones announced lately, by id
        if repo.db.shared:  # what was there when this service began is not news
            self._recent.extend(change_log.ids_after(repo.conn, max(0, self._seen - LOOK_BACK)))

    # -------------------------------------------------------------------------------------------- listening

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def catch_up(self) -> int:
        """Announce the changes made since through other connections: a worker thread of this window, the command
        line in another process (later, another desk). Returns how many there were."""
        # On a server, changes may commit out of the order of their ids (a long import takes id 10 and commits
        # after id 11): the last ids announced are looked at again, and only the ones not yet announced are new.
        floor = max(0, self._seen - LOOK_BACK) if self.repo.db.shared else self._seen
        news = change_log.since(self.repo.conn, floor, skip=frozenset(self._recent))
        for entry, items in news:
            self.announce(entry.id, entry.kind, items)
        return len(news)

    def announce(self, change_id: int, kind: str, items: Sequence[FieldChange]) -> None:
        self._seen = max(self._seen, change_id)
        self._recent.append(change_id)
        news = Announcement(change_id, kind, frozenset(i.meeting_id for i in items), frozenset(i.record for i in items))
        for listener in list(self._listeners):
            try:
                listener(news)
            except Exception:  # a view that fails to refresh must not undo the change
                log.exception("a listener failed on change %s", change_id)

    # -------------------------------------------------------------------------------------------- changes

    def log(self, kind: str, summary: str, items: Sequence[FieldChange], *, undoes: int | None = None) -> int:
        """Write the entry of a change made in the transaction the caller holds."""
        change_id = change_log.append(
            self.repo.conn, at=now_text(), user=self.user, kind=kind, summary=summary, items=items, undoes=undoes
        )
        self.repo.db.notify_change(change_id)
        return change_id

    def save_meeting(
        self, meeting: Meeting, *, expected_revision: int | None = None, base: Meeting | None = None
    ) -> tuple[Meeting, int | None]:
        """A new or edited meeting; returns it as saved and its change's id (None when nothing changed).

        With `base` (the meeting as the editor opened it), a save that meets a newer revision saved elsewhere is
        merged field by field onto it; fields both changed differently raise MergeConflict for the person to
        settle (then save the settled meeting with the newer revision). Without it, ConflictError."""
        try:
            return self._save(meeting, expected_revision)
        except ConflictError:
            if base is None:
                raise
        for attempt in range(MERGE_ATTEMPTS):  # another desk may save again meanwhile: merge onto that one too
            if attempt:  # desks that met on one meeting try again at different moments, not in step
                import random  # (only when two desks collide)

                time.sleep(random.uniform(0, 0.02 * attempt))
            theirs = self._get(meeting.id)
            if theirs is None:
                return self._save(meeting, None)  # deleted elsewhere: saving brings it back, as it is here
            merged = merge(base, meeting, theirs)
            if merged.conflicts:
                raise MergeConflict(merged, theirs)
            try:
                return self._save(merged.meeting, theirs.revision)
            except ConflictError:
                continue
        raise ConflictError(f"'{meeting.title}' keeps being changed elsewhere; try saving again in a moment")

    def _save(self, meeting: Meeting, expected_revision: int | None) -> tuple[Meeting, int | None]:
        return _again_if_crossed(lambda: self._save_once(meeting, expected_revision))

    def _save_once(self, meeting: Meeting, expected_revision: int | None) -> tuple[Meeting, int | None]:
        with self.repo.db.transaction():
            self.repo.lock_meeting(meeting.id)
            before = self._get(meeting.id)
            saved = self.repo.save_meeting(meeting, expected_revision=expected_revision)
            items = diff(before, saved)
            change_id = self.log("edit" if before else "new", saved.title, items) if items else None
        if change_id is not None:
            self.announce(change_id, "edit" if before else "new", items)
        return saved, change_id

    def delete_meeting(self, meeting_id: str) -> tuple[Meeting, int]:
        with self.repo.db.transaction():
            self.repo.lock_meeting(meeting_id)
            gone = self.repo.delete_meeting(meeting_id)
            items = diff(gone, None)
            change_id = self.log("delete", gone.title, items)
        self.announce(change_id, "delete", items)
        return gone, change_id

    def set_status(self, action_id: str, status: Status, *, today: dt.date | None = None) -> tuple[Action, int | None]:
        return _again_if_crossed(lambda: self._set_status_once(action_id, status, today))

    def _set_status_once(self, action_id: str, status: Status, today: dt.date | None) -> tuple[Action, int | None]:
        with self.repo.db.transaction():
            self.repo.lock_meeting(of_action=action_id)  # what it was, read once no other desk can change it
            before = self.repo.get_action(action_id)
            after = self.repo.set_action_status(action_id, status, today=today)
            items = diff_child(after.meeting_id, RecordKind.ACTION, before, after)
            change_id = self.log("status", after.description[:80], items) if items else None
        if change_id is not None:
            self.announce(change_id, "status", items)
        return after, change_id

    def added(self, kind: str, summary: str, meetings: Sequence[Meeting]) -> int | None:
        """Log meetings another service has just added in the caller's transaction (the sample)."""
        items = diff_added(meetings)
        return self.log(kind, summary, items) if items else None

    # -------------------------------------------------------------------------------------------- undo

    def undo(self, change_id: int, *, kind: str = "undo") -> UndoResult:
        """Take a change back as far as it still can be; what changed since stays, and is named in `refused`."""
        with self.repo.db.transaction():
            entry = change_log.entry(self.repo.conn, change_id)
            if entry is None or entry.undone_by is not None:
                raise NothingToUndo(f"change {change_id} is unknown or already undone")
            items = change_log.items(self.repo.conn, change_id)
            by_meeting: dict[str, list[FieldChange]] = {}
            for item in items:
                by_meeting.setdefault(item.meeting_id, []).append(item)
            added = [i for i in items if i.op is Op.ADDED]
            later = change_log.later_changes(
                self.repo.conn,
                change_id,
                [i.record_id for i in added if i.record is RecordKind.MEETING],
                [i.record_id for i in added if i.record is not RecordKind.MEETING],
            )
            undo_items: list[FieldChange] = []
            refused: list[str] = []
            touched = 0
            for meeting_id, group in by_meeting.items():
                current = self._get(meeting_id)
                wanted, why = take_back(current, group, later)
                shown = current or wanted
                title = shown.title if shown is not None else meeting_id
                refused += [f"“{title}”: {reason}" for reason in why]
                done = diff(current, wanted)
                if not done:
                    continue
                touched += 1
                if wanted is None:
                    self.repo.delete_meeting(meeting_id, remember=False)  # taking back its own addition
                elif current is None:
                    self.repo.save_meeting(dataclasses.replace(wanted, revision=0), remember_removed=False)
                else:
                    self.repo.save_meeting(dataclasses.replace(wanted, revision=current.revision),
                                           remember_removed=False)  # fmt: skip
                undo_items += done
            summary = f"{kind} of {entry.kind}: {entry.summary}"
            new_id = self.log(kind, summary, undo_items, undoes=change_id) if undo_items or not refused else None
        if new_id is not None:
            self.announce(new_id, kind, undo_items)
        return UndoResult(new_id, touched, refused)

    def redo(self, undo_id: int) -> UndoResult:
        """Redo is the undo of an undo: it too stops at anything changed since."""
        return self.undo(undo_id, kind="redo")

    # -------------------------------------------------------------------------------------------- reading

    def history(self, meeting_id: str) -> list[HistoryLine]:
        return change_log.history(self.repo.conn, meeting_id)

    def entry(self, change_id: int) -> ChangeEntry | None:
        return change_log.entry(self.repo.conn, change_id)

    def last_import(self) -> ChangeEntry | None:
        """This user's newest import not yet undone: its undo outlives the window that made it."""
        return change_log.last_of_kind(self.repo.conn, "import", self.user)

    def _get(self, meeting_id: str) -> Meeting | None:
        try:
            return self.repo.get_meeting(meeting_id)
        except NotFoundError:
            return None
