"""Every follow-up action across meetings, as a model over SQL pages (filtering and sorting in SQL). The status
column is edited in place; overdue rows stand out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Hashable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from app.domain.vocab import Status
from app.services.changes import ChangeService
from app.services.reading import ActionFilter, ActionRow, Records, StorageError
from app.ui.colours import warning_red, warning_tint
from app.ui.labels import problem_text, vocab_label
from app.ui.sql_pages import Index, SqlPagesModel

COLUMNS = ("due_date", "description", "owner", "status", "priority", "committed_by", "meeting")

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 11
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 12
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 13
STATUS_COLUMN = COLUMNS.index("status")


def _qdate(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class ActionsModel(SqlPagesModel):
    columns = COLUMNS

    status_changed = Signal(int, str, str)  # the change's id, the action's description, the new status
    failed = Signal(str)

    def __init__(self, repo: Records, parent: Any = None, changes: ChangeService | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._changes = changes  # status changes go through it (None: the list cannot change them)
        self._filter = ActionFilter(statuses=[Status.OPEN, Status.IN_PROGRESS])
        self._today = dt.date.today()
        self._active = False  # nothing is read until the view is first shown: start-up stays quick
        self._writing = False  # a status is being set in this list: its row is shown as it is

    def activate(self) -> None:
        self._active = True
        self.reload()

    @property
    def filter(self) -> ActionFilter:
        return self._filter

    def set_filter(self, f: ActionFilter) -> None:
        self._filter = f
        self.reload()

    @property
    def today(self) -> dt.date:
        return self._today

    def owners(self) -> list[str]:
        return self._repo.action_owners()

    def set_today(self, today: dt.date) -> None:
        """Which day counts as today for overdue (the tests fix it; the window uses the real one)."""
        self._today = today
        self.reload()

    def reload(self) -> None:
        if self._active:
            super().reload()

    def _before_reload(self) -> None:
        self._filter.today = self._today

    def _count(self) -> int:
        return self._repo.count_actions(self._filter)

    def _page(self, offset: int, limit: int) -> list[ActionRow]:
        return self._repo.list_actions(self._filter, offset=offset, limit=limit)

    def refresh(self, meeting_ids: Collection[str]) -> bool:
        """A status set in this list stays in view until the list is next read (it would vanish from "open only"
        under the cursor otherwise); a list not yet shown has nothing to refresh."""
        return super().refresh(meeting_ids) if self._active and not self._writing else True

    def _row_key(self, row: ActionRow) -> str:
        return row.action.id

    def _meeting_of(self, row: ActionRow) -> str:
        return row.action.meeting_id

    def _sort_key(self, row: ActionRow) -> Hashable:
        a = row.action
        primary = {
            "due_date": a.due_date, "owner": a.owner.casefold(), "status": a.status, "priority": a.priority,
            "meeting": row.meeting_date, "description": a.description.casefold(), "committed_by": a.committed_by,
        }.get(self._filter.sort)  # fmt: skip
        return primary, a.due_date, row.meeting_date

    def _rows_of(self, meeting_ids: Collection[str]) -> list[ActionRow]:
        only = dataclasses.replace(self._filter, meeting_ids=tuple(meeting_ids))
        return self._repo.list_actions(only, limit=1_000_000)

    def row_at(self, row: int) -> ActionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -------------------------------------------------------------------------------------------- the model

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (
            self.tr("Due"), self.tr("Action"), self.tr("Owner"), self.tr("Status"), self.tr("Priority"),
            self.tr("Committed by"), self.tr("Meeting"),
        )[section]  # fmt: skip

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == STATUS_COLUMN and not self._repo.db.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        a = r.action
        column = COLUMNS[index.column()]
        overdue = a.is_overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "due_date":
                return _qdate(a.due_date) if a.due_date else ""
            if column == "description":
                return " ".join(a.description.split())
            if column == "owner":
                return a.owner
            if column == "status":
                label = vocab_label(a.status)
                return label + " · " + self.tr("overdue") if overdue else label
            if column == "priority":
                return vocab_label(a.priority)
            if column == "committed_by":
                return vocab_label(a.committed_by)
            if column == "meeting":
                return f"{_qdate(r.meeting_date)} {r.meeting_title}"
        if role == Qt.ItemDataRole.EditRole and column == "status":
            return a.status.value
        if role == Qt.ItemDataRole.ToolTipRole and column in ("description", "meeting"):
            return a.description if column == "description" else r.meeting_title
        if overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(warning_tint())
        if overdue and role == Qt.ItemDataRole.ForegroundRole and column in ("due_date", "status"):
            return QBrush(warning_red())
        if overdue and role == Qt.ItemDataRole.FontRole and column in ("due_date", "status"):
            font = QFont()
            font.setBold(True)
            return font
        if role == ACTION_ID_ROLE:
            return a.id
        if role == MEETING_ID_ROLE:
            return a.meeting_id
        if role == OVERDUE_ROLE:
            return overdue
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != STATUS_COLUMN:
            return False
        row = self._rows[index.row()]
        try:
            status = Status(str(value))
        except ValueError:
            return False
        if status is row.action.status:
            return False
        try:
            if self._changes is None:
                return False
            self._writing = True
            try:
                updated, change_id = self._changes.set_status(row.action.id, status, today=self._today)
            finally:
                self._writing = False
        except StorageError as exc:
            self.failed.emit(problem_text(str(exc)))
            return False
        self._rows[index.row()] = ActionRow(
            updated, row.meeting_title, row.meeting_date, row.countries, row.meeting_classification
        )
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        if change_id is not None:
            self.status_changed.emit(change_id, row.action.description, status.value)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self._filter.sort, self._filter.descending) == (COLUMNS[column], descending):
            return
        self._filter.sort = COLUMNS[column]
        self._filter.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
