"""The meetings list as a model over SQL pages: rows are fetched 200 at a time as the view scrolls."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.countries import country_name
from app.storage.repository import MeetingFilter, MeetingRow, Repository

PAGE = 200
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("date", "title", "countries", "format", "level", "open_actions")
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingsModel(QAbstractTableModel):
    def __init__(self, repo: Repository, parent: Any = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._filter = MeetingFilter()
        self._rows: list[MeetingRow] = []
        self._total = 0
        self._today = dt.date.today()
        self.reload()

    # -------------------------------------------------------------------------------------------- loading

    @property
    def filter(self) -> MeetingFilter:
        return self._filter

    def set_filter(self, f: MeetingFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._today = dt.date.today()
        self._total = self._repo.count_meetings(self._filter)
        self._rows = self._repo.list_meetings(self._filter, offset=0, limit=PAGE, today=self._today)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._repo.list_meetings(self._filter, offset=len(self._rows), limit=PAGE, today=self._today)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    # -------------------------------------------------------------------------------------------- the model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (
            self.tr("Date"), self.tr("Title"), self.tr("Countries"), self.tr("Format"), self.tr("Level"),
            self.tr("Open actions"),
        )[section]  # fmt: skip

    def row_at(self, row: int) -> MeetingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "date":
                return QLocale().toString(QDate(r.date.year, r.date.month, r.date.day), QLocale.FormatType.ShortFormat)
            if column == "title":
                return r.title
            if column == "countries":
                return ", ".join(r.countries)
            if column == "format":
                return r.format.value.capitalize()
            if column == "level":
                return r.level.value.capitalize()
            if column == "open_actions":
                if r.overdue_actions:
                    return self.tr("%n open", "", r.open_actions) + " · " + self.tr("%n overdue", "", r.overdue_actions)
                return str(r.open_actions) if r.open_actions else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == "countries":
            return "\n".join(f"{c} — {country_name(c)}" for c in r.countries)
        if role == Qt.ItemDataRole.ForegroundRole and column == "open_actions" and r.overdue_actions:
            return QBrush(QColor("#b3261e"))
        if role == MEETING_ID_ROLE:
            return r.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self._filter.sort, self._filter.descending) == (COLUMNS[column], descending) and self._rows:
            return
        self._filter.sort = COLUMNS[column]
        self._filter.descending = descending
        self.reload()
