"""The overview: what needs attention today (overdue actions, actions due in the next 14 days), the latest meetings,
and a small chart of meetings per country over the last 12 months. Everything in it opens the meeting it names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.overview import COUNTED_UP_TO, SOON_DAYS, Overview
from app.services.reading import ActionRow
from app.ui.colours import warning_red
from app.ui.labels import country_label

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _short(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class CountryChart(QWidget):
    """Horizontal bars, one per country, longest first; a click on a bar asks for that country's meetings."""

    country_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        self._counts = counts
        lines = [f"{country_label(code)}: {n}" for code, n in counts]
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    def counts(self) -> list[tuple[str, int]]:
        return list(self._counts)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        return QSize(360, max(3, len(self._counts)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 3 * self._row_height())

    def _bar_at(self, y: float) -> int:
        row = int((y - 4) // self._row_height())
        return row if 0 <= row < len(self._counts) else -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self._bar_at(event.position().y()) >= 0
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self._bar_at(event.position().y())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.country_clicked.emit(self._counts[row][0])

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        if not self._counts:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No meetings in the last 12 months."))
            return
        names = [country_label(code) for code, _n in self._counts]
        label_width = min(max(metrics.horizontalAdvance(n) for n in names) + 16, self.width() // 3)
        number_width = metrics.horizontalAdvance("00000") + 8
        most = max(n for _c, n in self._counts)
        bar_room = max(10, self.width() - label_width - number_width - 4)
        row_height = self._row_height()
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for row, ((_code, n), name) in enumerate(zip(self._counts, names, strict=True)):
            top = 4 + row * row_height
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, top, label_width - 8, row_height), Qt.AlignmentFlag.AlignVCenter, text)
            width = max(2.0, bar_room * n / most)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar_colour)
            painter.drawRoundedRect(QRectF(label_width, top + 3, width, row_height - 6), 2, 2)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(label_width + width + 6, top, number_width, row_height), Qt.AlignmentFlag.AlignVCenter, str(n)
            )


def _list(headers: list[str], widths: tuple[int, int]) -> QTreeWidget:
    """A short list: the first column fits its dates, the second takes the room left, the last two are set widths."""
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate(widths, start=2):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        tree.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    return tree


class OverviewPage(QWidget):
    meeting_requested = Signal(str)
    country_requested = Signal(str)
    actions_requested = Signal(str)  # "overdue" or "soon"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.overdue_title = QLabel()
        self.soon_title = QLabel()
        self.recent_title = QLabel(self.tr("Latest meetings"))
        self.chart_title = QLabel(self.tr("Meetings per country, last 12 months"))
        action_headers = [self.tr("Due"), self.tr("Action"), self.tr("Owner"), self.tr("Meeting")]
        self.overdue = _list(action_headers, (150, 160))
        self.soon = _list(action_headers, (150, 160))
        self.recent = _list(
            [self.tr("Date"), self.tr("Title"), self.tr("Countries"), self.tr("Open actions")], (90, 100)
        )
        self.chart = CountryChart()
        self.chart_note = QLabel()
        self.chart_note.setWordWrap(True)
        self.chart_note.setVisible(False)
        self.all_overdue = QPushButton(self.tr("All overdue actions"))
        self.all_soon = QPushButton(self.tr("All actions due soon"))
        for title in (self.overdue_title, self.soon_title, self.recent_title, self.chart_title):
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
        self.overdue_title.setBuddy(self.overdue)
        self.soon_title.setBuddy(self.soon)
        self.recent_title.setBuddy(self.recent)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._titled(self.overdue_title, self.all_overdue), 0, 0)
        grid.addWidget(self._titled(self.soon_title, self.all_soon), 0, 1)
        grid.addWidget(self.overdue, 1, 0)
        grid.addWidget(self.soon, 1, 1)
        grid.addWidget(self.recent_title, 2, 0)
        grid.addWidget(self.chart_title, 2, 1)
        grid.addWidget(self.recent, 3, 0)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.chart_note)
        grid.addWidget(chart_box, 3, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.heading)
        layout.addSpacing(4)
        layout.addLayout(grid, 1)

        for tree in (self.overdue, self.soon, self.recent):
            tree.itemActivated.connect(self._activated)
        self.chart.country_clicked.connect(self.country_requested)
        self.all_overdue.clicked.connect(lambda: self.actions_requested.emit("overdue"))
        self.all_soon.clicked.connect(lambda: self.actions_requested.emit("soon"))

    @staticmethod
    def _titled(title: QLabel, button: QPushButton) -> QWidget:
        box = QWidget()
        row = QGridLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(title, 0, 0)
        row.addWidget(button, 0, 1, Qt.AlignmentFlag.AlignRight)
        return box

    def show_overview(self, o: Overview) -> None:
        self.heading.setText(
            self.tr("Today, %1").replace("%1", QLocale().toString(QDate(o.today.year, o.today.month, o.today.day),
                                                                 QLocale.FormatType.LongFormat))
        )  # fmt: skip
        many = QLocale().toString(COUNTED_UP_TO) + "+"
        if o.overdue_total < COUNTED_UP_TO:
            self.overdue_title.setText(self.tr("&Overdue actions (%n)", "", o.overdue_total))
        else:
            self.overdue_title.setText(self.tr("&Overdue actions (%1)").replace("%1", many))
        if o.soon_total < COUNTED_UP_TO:
            soon = self.tr("Due in the next %1 days (%n)", "", o.soon_total)
        else:
            soon = self.tr("Due in the next %1 days (%2)").replace("%2", many)
        self.soon_title.setText(soon.replace("%1", str(SOON_DAYS)))
        self._fill_actions(self.overdue, o.overdue, overdue=True, empty=self.tr("Nothing is overdue."))
        self._fill_actions(self.soon, o.soon, overdue=False, empty=self.tr("Nothing falls due in the next 14 days."))
        self.all_overdue.setEnabled(o.overdue_total > 0)
        self.all_soon.setEnabled(o.soon_total > 0)
        self.recent.clear()
        for m in o.recent:
            item = QTreeWidgetItem(
                [_short(m.date), m.title, ", ".join(m.countries), str(m.open_actions) if m.open_actions else ""]
            )
            item.setData(0, MEETING_ID_ROLE, m.id)
            item.setToolTip(1, m.title)
            self.recent.addTopLevelItem(item)
        self.chart.set_counts(o.per_country)
        if o.in_every_meeting:
            names = ", ".join(country_label(code) for code in o.in_every_meeting)
            self.chart_note.setText(
                self.tr("%1 took part in all %n meetings and is not drawn.", "", o.meetings_in_year).replace(
                    "%1", names
                )
            )
        self.chart_note.setVisible(bool(o.in_every_meeting))

    def _fill_actions(self, tree: QTreeWidget, rows: list[ActionRow], *, overdue: bool, empty: str) -> None:
        tree.clear()
        if not rows:  # one line across the whole table, not cut to the width of one column
            item = QTreeWidgetItem([empty])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            return
        for r in rows:
            a = r.action
            due = _short(a.due_date) if a.due_date else ""
            description = " ".join(a.description.split())
            item = QTreeWidgetItem([due, description, a.owner, f"{_short(r.meeting_date)} {r.meeting_title}"])
            item.setData(0, MEETING_ID_ROLE, a.meeting_id)
            item.setToolTip(1, a.description)
            item.setToolTip(3, r.meeting_title)
            if overdue:
                item.setForeground(0, warning_red())
            tree.addTopLevelItem(item)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        meeting_id = item.data(0, MEETING_ID_ROLE)
        if meeting_id:
            self.meeting_requested.emit(str(meeting_id))
