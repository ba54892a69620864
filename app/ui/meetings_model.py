"""The meetings list as a model over SQL pages: rows are fetched 200 at a time as the view scrolls."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Hashable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush

from app.domain.vocab import RESTRICTED
from app.services.reading import MeetingFilter, MeetingRow, Records
from app.ui.colours import warning_red
from app.ui.labels import country_label, vocab_label
from app.ui.sql_pages import Index, SqlPagesModel

COLUMNS = ("date", "title", "countries", "format", "level", "open_actions")
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingsModel(SqlPagesModel):
    columns = COLUMNS

    def __init__(self, repo: Records, parent: Any = None, *, load: bool = True) -> None:
        """load=False leaves it empty until reload(): the window reads the list when the list is first shown."""
        super().__init__(parent)
        self._repo = repo
        self._filter = MeetingFilter()
        self._today = dt.date.today()
        if load:
            self.reload()

    # -------------------------------------------------------------------------------------------- loading

    @property
    def filter(self) -> MeetingFilter:
        return self._filter

    def set_filter(self, f: MeetingFilter) -> None:
        self._filter = f
        self.reload()

    def _before_reload(self) -> None:
        self._today = dt.date.today()

    def _count(self) -> int:
        return self._repo.count_meetings(self._filter)

    def _page(self, offset: int, limit: int) -> list[MeetingRow]:
        return self._repo.list_meetings(self._filter, offset=offset, limit=limit, today=self._today)

    def _row_key(self, row: MeetingRow) -> str:
        return row.id

    _meeting_of = _row_key

    def _sort_key(self, row: MeetingRow) -> Hashable:
        sort = self._filter.sort
        if sort == "date":
            return row.date, row.time
        primary = {
            "title": row.title.casefold(), "format": row.format, "level": row.level,
            "countries": tuple(row.countries), "open_actions": row.open_actions,
        }.get(sort)  # fmt: skip
        return primary, row.date

    def _rows_of(self, meeting_ids: Collection[str]) -> list[MeetingRow]:
        only = dataclasses.replace(self._filter, ids=tuple(meeting_ids))
        return self._repo.list_meetings(only, limit=len(meeting_ids), today=self._today)

    # -------------------------------------------------------------------------------------------- the model

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
                first = QLocale().toString(QDate(r.date.year, r.date.month, r.date.day), QLocale.FormatType.ShortFormat)
                if r.end_date is None:
                    return first
                end = r.end_date
                return first + " – " + QLocale().toString(QDate(end.year, end.month, end.day),
                                                          QLocale.FormatType.ShortFormat)  # fmt: skip
            if column == "title":
                if r.classification not in RESTRICTED:
                    return r.title
                return f"[{vocab_label(r.classification).upper()}] {r.title}"
            if column == "countries":
                return ", ".join(r.countries)
            if column == "format":
                return vocab_label(r.format)
            if column == "level":
                return vocab_label(r.level)
            if column == "open_actions":
                if r.overdue_actions:  # short: the column is narrow, and the red says the rest
                    return f"{r.open_actions} · " + self.tr("%n overdue", "", r.overdue_actions)
                return str(r.open_actions) if r.open_actions else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == "title" and r.classification in RESTRICTED:
            return self.tr("Marked %1: left out of exports and briefs unless included").replace(
                "%1", vocab_label(r.classification)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == "countries":
            return "\n".join(f"{c} — {country_label(c)}" for c in r.countries)
        if role == Qt.ItemDataRole.ForegroundRole and column == "open_actions" and r.overdue_actions:
            return QBrush(warning_red())
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
