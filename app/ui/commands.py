"""Ctrl+Z / Ctrl+Shift+Z: the window's undo stack mirrors the change service, which does the undoing. Each entry
is a change already made through the service; undo and redo go through it too, field by field, and never overwrite
what changed since (an import, another window): what could not be taken back is reported."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.services.changes import ChangeService, NothingToUndo, UndoResult
from app.services.reading import StorageError


class ChangeCommand(QUndoCommand):
    def __init__(self, changes: ChangeService, change_id: int, text: str, report: Callable[[UndoResult], None]) -> None:
        super().__init__(text)
        self.changes, self.report = changes, report
        self._done = change_id  # the entry that holds the change as it stands
        self._undone: int | None = None  # the entry of its undo, once undone
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change itself was made before it was pushed
            self._first = False
            return
        if self._undone is None:
            return
        result = self._run(self.changes.redo, self._undone)
        if result is not None and result.change_id is not None:
            self._done, self._undone = result.change_id, None

    def undo(self) -> None:
        result = self._run(self.changes.undo, self._done)
        if result is not None:
            self._undone = result.change_id

    def _run(self, step: Callable[[int], UndoResult], change_id: int) -> UndoResult | None:
        try:
            result = step(change_id)
        except NothingToUndo:
            return None
        except StorageError as exc:  # the database went read-only, or away: say so, change nothing
            result = UndoResult(None, 0, [str(exc)])
        self.report(result)
        return result
