"""What the meetings and actions lists share: a table model over SQL pages (rows fetched 200 at a time as the view
scrolls; filtering and sorting stay in SQL), and the way their views are set up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

PAGE = 200
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
