"""Undoable changes (Ctrl+Z / Ctrl+Shift+Z): each command does its change through the services and can take it
back; the window refreshes what it shows after either."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.domain.records import Action, Meeting
from app.domain.vocab import Status
from app.services.records import delete_meeting, restore_meeting, restore_status, save_meeting, set_status
from app.storage.repository import Repository


class StatusCommand(QUndoCommand):
    """A status already changed in place (the list did it); undo puts the old one back, redo the new one again."""

    def __init__(self, repo: Repository, before: Action, status: Status, refresh: Callable[[], None]) -> None:
        super().__init__(f"status of “{before.description[:40]}” → {status.value}")
        self.repo, self.before, self.status, self.refresh = repo, before, status, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change is already made
            self._first = False
            return
        set_status(self.repo, self.before.id, self.status)
        self.refresh()

    def undo(self) -> None:
        restore_status(self.repo, self.before)
        self.refresh()


class DeleteMeetingCommand(QUndoCommand):
    def __init__(self, repo: Repository, meeting_id: str, title: str, refresh: Callable[[], None]) -> None:
        super().__init__(f"delete “{title[:40]}”")
        self.repo, self.meeting_id, self.refresh = repo, meeting_id, refresh
        self.deleted: Meeting | None = None

    def redo(self) -> None:
        self.deleted = delete_meeting(self.repo, self.meeting_id)
        self.refresh()

    def undo(self) -> None:
        if self.deleted is not None:
            restore_meeting(self.repo, self.deleted)
        self.refresh()


class SaveMeetingCommand(QUndoCommand):
    """A meeting already saved by the editor; undo puts back the version before (or removes a new one)."""

    def __init__(self, repo: Repository, saved: Meeting, before: Meeting | None, refresh: Callable[[], None]) -> None:
        super().__init__(f"{'edit' if before else 'new'} “{saved.title[:40]}”")
        self.repo, self.saved, self.before, self.refresh = repo, saved, before, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.saved = save_meeting(self.repo, self.saved)
        self.refresh()

    def undo(self) -> None:
        if self.before is None:
            delete_meeting(self.repo, self.saved.id, remember=False)
        else:
            restore_meeting(self.repo, self.before)
        self.refresh()
