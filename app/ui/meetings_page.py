"""The meetings view: search as you type, filters (country, dates, format, level), the list and a detail pane."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum
from html import escape

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status
from app.services.reading import MeetingFilter
from app.ui.country_picker import CountryPicker
from app.ui.filter_row import compact, labelled
from app.ui.labels import change_label, field_label, vocab_label, vocab_record
from app.ui.meetings_model import MeetingsModel
from app.ui.sql_pages import list_view

# A date field at its minimum shows "Any" instead: QDateEdit has no empty state of its own.
_NO_DATE = QDate(1900, 1, 1)


def _optional_date(any_text: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText(any_text)
    edit.setDate(_NO_DATE)
    edit.setMinimumWidth(108)
    return edit


def _date_of(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == _NO_DATE else dt.date(value.year(), value.month(), value.day())


def _choices(any_text: str, values: list[MeetingFormat] | list[Level]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(any_text, "")
    for value in values:
        combo.addItem(vocab_label(value), value.value)
    return compact(combo, 10)


class MeetingsPage(QWidget):
    filters_changed = Signal()

    def show_history(self, rows: list[dict[str, object]]) -> None:
        """A meeting's history, newest first: each change with when (local time), who and what kind, then what it
        did to which record, from → to."""
        if not rows:
            self.history.setHtml(
                "<p><i>" + escape(self.tr("No changes are recorded for this meeting yet.")) + "</i></p>"
            )
            return
        parts: list[str] = []
        current: tuple[object, object] | None = None
        for r in rows:
            key = (r["at"], r["action"])
            if key != current:
                if current is not None:
                    parts.append("</ul>")
                current = key
                when = dt.datetime.fromisoformat(str(r["at"])).astimezone()
                shown = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
                stamp = QLocale().toString(shown, QLocale.FormatType.ShortFormat)
                parts.append(
                    f"<p style='margin-bottom:0'><b>{escape(change_label(str(r['action'])))}</b>"
                    f" — {escape(stamp)} — {escape(str(r['user']))}</p><ul style='margin-top:2px'>"
                )
            record = "" if r["record"] == "meeting" else vocab_record(str(r["record"])) + " · "
            if r["field"]:
                name = str(r["field"])
                line = (
                    f"{escape(record + field_label(name))}: {escape(_value_text(_shown(name, r['old'])))}"
                    f" → {escape(_value_text(_shown(name, r['new'])))}"
                )
            else:
                done = self.tr("added") if r["op"] == "added" else self.tr("removed")
                what = vocab_record(str(r["record"]))
                name = _value_text(r["old"]) if r["op"] == "removed" and record else ""
                line = escape(f"{what} {done}" + (f": {name}" if name and name != "—" else ""))
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
        self.history.setHtml("".join(parts))

    def __init__(self, model: MeetingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search meetings, people, statements and actions (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.country = CountryPicker()
        self.country.lineEdit().setPlaceholderText(self.tr("Any country"))  # type: ignore[union-attr]
        self.date_from = _optional_date(self.tr("Any date"))
        self.date_to = _optional_date(self.tr("Any date"))
        self.format = _choices(self.tr("Any format"), list(MeetingFormat))
        self.level = _choices(self.tr("Any level"), list(Level))
        self.clear_button = QPushButton(self.tr("Clear f&ilters"))
        self.clear_button.setEnabled(False)
        self.count_label = QLabel()

        # The title takes what the other columns leave: they stay narrow (the tooltip and the detail say it all).
        self.table = list_view(model, {0: 88, 2: 64, 3: 112, 4: 100, 5: 104})
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.history = QTextBrowser()
        self.history.setOpenExternalLinks(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.detail, self.tr("&Details"))
        self.tabs.addTab(self.history, self.tr("Histor&y"))

        search_row = QHBoxLayout()
        labelled(search_row, [(self.tr("&Search:"), self.search)])
        search_row.setStretchFactor(self.search, 1)
        search_row.addWidget(self.count_label)
        search_row.addWidget(self.clear_button)
        filter_row = QHBoxLayout()
        fields: list[tuple[str, QWidget]] = [
            (self.tr("C&ountry:"), self.country),
            (self.tr("Fro&m:"), self.date_from),
            (self.tr("&To:"), self.date_to),
            (self.tr("Form&at:"), self.format),
            (self.tr("&Level:"), self.level),
        ]
        labelled(filter_row, fields, spacing=4)
        filter_row.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 364])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)

        self.country.currentTextChanged.connect(self._changed)
        self.date_from.dateChanged.connect(self._changed)
        self.date_to.dateChanged.connect(self._changed)
        self.format.currentIndexChanged.connect(self._changed)
        self.level.currentIndexChanged.connect(self._changed)
        self.clear_button.clicked.connect(self.clear_filters)

    def _changed(self, *_args: object) -> None:
        self.clear_button.setEnabled(self.filter_applied(MeetingFilter()).narrows)
        self.filters_changed.emit()

    def filter_applied(self, base: MeetingFilter) -> MeetingFilter:
        """The base filter (sorting, search text) with what the filter row says."""
        fmt = str(self.format.currentData() or "")
        level = str(self.level.currentData() or "")
        return dataclasses.replace(
            base,
            country=self.country.code(),
            date_from=_date_of(self.date_from),
            date_to=_date_of(self.date_to),
            formats=[MeetingFormat(fmt)] if fmt else [],
            levels=[Level(level)] if level else [],
        )

    def clear_filters(self) -> None:
        self.set_filters()

    def set_filters(
        self, *, country: str = "", date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> None:
        """Put the filter row in one state and apply it once (not once per field)."""
        widgets = (self.country, self.date_from, self.date_to, self.format, self.level)
        for widget in widgets:
            widget.blockSignals(True)
        if country:
            self.country.set_code(country)
        else:
            self.country.setCurrentIndex(-1)
            self.country.setEditText("")
        for edit, value in ((self.date_from, date_from), (self.date_to, date_to)):
            edit.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)
        self.format.setCurrentIndex(0)
        self.level.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._changed()


_VOCABULARIES: dict[str, type[StrEnum]] = {
    "format": MeetingFormat, "level": Level, "classification": Classification, "side": Side,
    "committed_by": CommittedBy, "status": Status, "priority": Priority,
}  # fmt: skip


def _shown(field: str, value: object) -> object:
    """A vocabulary value in the words the window uses for it."""
    kind = _VOCABULARIES.get(field)
    if kind is not None and isinstance(value, str):
        try:
            return vocab_label(kind(value))
        except ValueError:
            return value
    return value


def _value_text(value: object, limit: int = 120) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        text = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        text = str(value.get("title") or value.get("name") or value.get("description") or value.get("speaker") or "")
    else:
        text = str(value)
    text = " ".join(text.split())
    return "“" + (text if len(text) <= limit else text[: limit - 1] + "…") + "”"
