"""Dates as people type them: ISO 2024-03-09, 20240309, or the short form of the window's language (09.03.2024 in
Russian, 3/9/24 in American English). Anything else is refused with a message, never read as some other day."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from app.ui.labels import problem_text

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def short_format(locale: QLocale | None = None) -> str:
    return (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)


def parse_typed_date(text: str, locale: QLocale | None = None) -> dt.date:
    """The day the text names; ValueError (with what was typed and what is accepted) for anything else."""
    typed = text.strip()
    for pattern in (_ISO, _COMPACT):
        found = pattern.fullmatch(typed)
        if found:
            year, month, day = (int(g) for g in found.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise ValueError(f"'{typed}' is not a real date") from None
    fmt = short_format(locale)
    candidates = [fmt.replace("yyyy", "yy").replace("yy", "yyyy"), fmt] if "yyyy" not in fmt else [fmt]
    for candidate in candidates:
        # A two-digit year is read within 1950-2049; a four-digit one as it is.
        parsed = QDate.fromString(typed, candidate, 1950)
        if parsed.isValid():
            return dt.date(parsed.year(), parsed.month(), parsed.day())
    example = QDate(2024, 3, 9).toString(fmt)
    raise ValueError(f"'{typed}' is not a date: type it as 2024-03-09, 20240309 or {example}")


class DateField(QLineEdit):
    """A line for a date, shown as YYYY-MM-DD; F4 or Alt+Down opens a calendar. What was typed is checked when
    the field is left: a date it cannot read stays as typed, with the reason, until it is put right."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(20)
        self._calendar: QCalendarWidget | None = None

    def date(self) -> dt.date | None:
        """The date, or None when the field is empty; ValueError when the text is not a date."""
        if not self.text().strip():
            return None
        return parse_typed_date(self.text())

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def problem(self) -> str:
        try:
            value = self.date()
        except ValueError as exc:
            return problem_text(str(exc))
        return "" if value is not None or self.optional else "is required"

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """A date read in another form is shown the one way the program writes dates."""
        try:
            value = self.date()
        except ValueError:
            value = None
        if value is not None:
            self.set_date(value)
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        try:
            current = self.date() or dt.date.today()
        except ValueError:
            current = dt.date.today()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus()
        return self._calendar

    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()
