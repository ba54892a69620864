"""Regenerate the screenshots in resources/screenshots/ from the sample records.

    python -m app.ui.screenshots [OUTPUT_DIR]

The main views are also taken in a dark palette (-dark: our own colours, the overdue red and the chart, must read on
both) and in Russian (-ru: the longer labels must still fit).

Runs on Qt's offscreen platform unless a display is set, so it works on a build machine too.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.excel.demo import edit_workbook
from app.services.exchange import export_workbook, plan_import
from app.services.overview import read_overview
from app.services.store import open_store
from app.ui.import_dialog import ImportPreviewDialog
from app.ui.language import install_translations
from app.ui.main import make_application
from app.ui.main_window import MainWindow
from app.ui.meeting_editor import MeetingEditor
from app.ui.report_dialog import ReportDialog

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
# The sample's meetings are of 2023-24: the overview is drawn as the desk saw it then, so the chart has bars.
OVERVIEW_DAY = dt.date(2024, 7, 15)


def dark_palette() -> QPalette:
    """A dark palette like the ones desktops hand to Qt (the offscreen and Xvfb platforms have no theme to ask)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#4a4a4a",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Light: "#505050",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7a7a"))
    return palette


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _import_preview(app: QApplication, window: MainWindow, tmp: Path, out: Path) -> None:
    """A workbook edited in Excel while the same meeting was edited here: the preview with one conflict."""
    book = tmp / "desk.xlsx"
    repo = window.store.repo
    export_workbook(repo, book)
    meeting = repo.get_meeting("kzke-2023-09-19")
    meeting.location = "New York, UN Headquarters"
    window.changes.save_meeting(meeting)
    edit_workbook(book)
    dialog = ImportPreviewDialog(plan_import(repo, book), window.dialogs, window)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out / "import-preview.png"))
    dialog.close()


def _views(app: QApplication, window: MainWindow, out: Path, suffix: str) -> None:
    """The overview, the meetings list and the actions list, as they look in the palette now set."""
    window.show_overview()
    window.overview.show_overview(read_overview(window.store.repo, OVERVIEW_DAY))
    _settle(app)
    window.grab().save(str(out / f"overview{suffix}.png"))
    window.show_meetings()
    window.meetings.table.selectRow(2)
    _settle(app)
    window.grab().save(str(out / f"meetings{suffix}.png"))
    window.actions_model.set_today(OVERVIEW_DAY)
    window.show_actions()
    _settle(app)
    window.grab().save(str(out / f"actions{suffix}.png"))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(language="en")
    app.setStyle("Fusion")  # the same look on every build machine, so the pictures compare
    QCoreApplication.setOrganizationName("Aide-Memoire-screenshots")  # never the user's own window settings
    QSettings().clear()
    light = app.palette()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "Kazakhstan desk.sqlite", daily_backup=False)
        try:
            window = MainWindow(store)
            window.resize(1280, 800)
            window.show()
            _settle(app)
            window.grab().save(str(out / "welcome.png"))
            window.load_sample()
            _views(app, window, out, "")
            editor = MeetingEditor(store.repo.get_meeting("kzke-2023-09-19"), window)
            editor.show()
            _settle(app)
            editor.grab().save(str(out / "editor.png"))
            editor.tabs.setCurrentWidget(editor.actions_table)
            _settle(app)
            editor.grab().save(str(out / "editor-actions.png"))
            editor.close()
            window.show_meetings()
            dialog = ReportDialog(window._report_defaults(), window.dialogs, window)
            dialog.country.set_code("KE")
            dialog.show()
            _settle(app)
            dialog.grab().save(str(out / "report-dialog.png"))
            dialog.close()
            _import_preview(app, window, Path(tmp), out)
            app.setPalette(dark_palette())
            _views(app, window, out, "-dark")
            app.setPalette(light)
            window.close()
            install_translations(app, "ru")  # the longer Russian labels: the layout must still hold
            russian = MainWindow(store)
            russian.resize(1280, 800)
            russian.show()
            _views(app, russian, out, "-ru")
            russian.close()
        finally:
            store.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
