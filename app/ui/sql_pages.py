"""What the meetings and actions lists share: a table model over SQL pages (rows fetched 200 at a time as the view
scrolls; filtering and sorting stay in SQL), and the way their views are set up."""

from __future__ import annotations

from collections.abc import Collection, Hashable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

PAGE = 200
IN_PLACE_MAX = 500  # a change touching more meetings than this reads the list again
Index = QModelIndex | QPersistentModelIndex


class SqlPagesModel(QAbstractTableModel):
    """Subclasses say how many rows the filter gives (_count) and how to read a page of them (_page)."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._total = 0

    def _count(self) -> int:
        raise NotImplementedError

    def _page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def _before_reload(self) -> None:
        """A hook to refresh what the pages depend on (today's date)."""

    def reload(self) -> None:
        self.beginResetModel()
        self._before_reload()
        self._total = self._count()
        self._rows = self._page(0, PAGE)
        self.endResetModel()

    def _row_key(self, row: Any) -> str:
        """Which record a row shows."""
        raise NotImplementedError

    def _sort_key(self, row: Any) -> Hashable:
        """What the row's place in the current sort depends on."""
        raise NotImplementedError

    def _rows_of(self, meeting_ids: Collection[str]) -> list[Any]:
        """The rows the filter lets through among those of these meetings."""
        raise NotImplementedError

    def _meeting_of(self, row: Any) -> str:
        raise NotImplementedError

    def refresh(self, meeting_ids: Collection[str]) -> bool:
        """Read again only the rows of the meetings a change touched, in place, keeping selection and scroll.
        False when rows came, went or moved: then only reading the list again shows it right."""
        if not meeting_ids or len(meeting_ids) > IN_PLACE_MAX:
            return False
        if self._count() != self._total:
            return False
        fresh = {self._row_key(r): r for r in self._rows_of(meeting_ids)}
        shown = {self._row_key(r): i for i, r in enumerate(self._rows) if self._meeting_of(r) in meeting_ids}
        if fresh.keys() != shown.keys():
            return False
        if any(self._sort_key(fresh[key]) != self._sort_key(self._rows[i]) for key, i in shown.items()):
            return False
        for key, i in shown.items():
            if fresh[key] != self._rows[i]:
                self._rows[i] = fresh[key]
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        return True

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)


def list_view(model: QAbstractItemModel, widths: dict[int, int] | None = None) -> QTableView:
    """A list of records: whole rows selected one at a time, sortable, no row numbers, no wrapping. Column 1 takes
    the room left; the others start at the given widths, or wider when their (translated) title needs it."""
    view = QTableView()
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    return view
