"""The few colours of our own, chosen for the palette in use: a red that reads as a warning on a light window and on
a dark one (the system's light or dark palette is followed; dark red on near-black would be unreadable)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

_RED_ON_LIGHT = "#b3261e"
_RED_ON_DARK = "#ff8a80"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def warning_red(palette: QPalette | None = None) -> QColor:
    """Text that must stand out: overdue dates, problems in a form."""
    return QColor(_RED_ON_DARK if is_dark(palette) else _RED_ON_LIGHT)


def warning_style(palette: QPalette | None = None) -> str:
    return f"color: {warning_red(palette).name()};"


def warning_tint() -> QColor:
    """A translucent red behind a row or cell: it darkens a light background and warms a dark one alike."""
    return QColor(179, 38, 30, 60)
