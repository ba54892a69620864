"""Regenerate the screenshots in resources/screenshots/ from the sample records.

    python -m app.ui.screenshots [OUTPUT_DIR]

Runs on Qt's offscreen platform unless a display is set, so it works on a build machine too.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.excel.demo import edit_workbook
from app.services.exchange import export_workbook, plan_import
from app.services.store import open_store
from app.ui.import_dialog import ImportPreviewDialog
from app.ui.main import make_application
from app.ui.main_window import MainWindow
from app.ui.meeting_editor import MeetingEditor
from app.ui.report_dialog import ReportDialog

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"


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
    repo.save_meeting(meeting)
    edit_workbook(book)
    dialog = ImportPreviewDialog(plan_import(repo, book), window.dialogs, window)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out / "import-preview.png"))
    dialog.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    QCoreApplication.setOrganizationName("Aide-Memoire-screenshots")  # never the user's own window settings
    QSettings().clear()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "Kazakhstan desk.sqlite", daily_backup=False)
        try:
            window = MainWindow(store)
            window.resize(1280, 800)
            window.show()
            _settle(app)
            window.grab().save(str(out / "welcome.png"))
            window.load_sample()
            window.meetings.table.selectRow(2)
            _settle(app)
            window.grab().save(str(out / "meetings.png"))
            editor = MeetingEditor(store.repo.get_meeting("kzke-2023-09-19"), window)
            editor.show()
            _settle(app)
            editor.grab().save(str(out / "editor.png"))
            editor.tabs.setCurrentWidget(editor.actions_table)
            _settle(app)
            editor.grab().save(str(out / "editor-actions.png"))
            editor.close()
            window.show_actions()
            _settle(app)
            window.grab().save(str(out / "actions.png"))
            window.show_meetings()
            dialog = ReportDialog(window._report_defaults(), window.dialogs, window)
            dialog.country.set_code("KE")
            dialog.show()
            _settle(app)
            dialog.grab().save(str(out / "report-dialog.png"))
            dialog.close()
            _import_preview(app, window, Path(tmp), out)
            window.close()
        finally:
            store.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
