"""Starting the window: the application object, the store (or why it cannot be opened), the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, DISPLAY_NAME, __version__
from app.progress import Progress
from app.resources import shipped
from app.services.reading import DatabaseInUseError, StorageError
from app.services.store import UPGRADE_SHOWN_FROM, Store, open_store
from app.ui.dialogs import DialogService
from app.ui.labels import problem_text
from app.ui.language import install_translations
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog


def make_application(argv: list[str] | None = None, language: str = "") -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the installed .desktop file and its icon by this
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(shipped("resources", "icons", f"aide-memoire-{size}.png")))
    app.setWindowIcon(icon)
    # (Asked on Windows only: the style is made on first asking, which costs elsewhere a start-up's time for nothing.)
    if (
        sys.platform == "win32"
        and app.style().name() == "windowsvista"
        and app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    ):
        app.setStyle("Fusion")  # the Windows 10 style draws light widgets whatever the system says; Fusion follows it
    install_translations(app, language)
    return app


class _UpgradeShown:
    """A file made by an earlier version has its search index made again before it opens (under a second at a
    desk's usual size, 40 s at 100,000 meetings): a window says so and how far it is, instead of nothing at all
    between the double-click and the program. The work runs on this thread (the file's connection stays here), so
    each step of it lets the window paint."""

    def __init__(self, dialogs: DialogService) -> None:
        self.dialogs = dialogs
        self.dialog: QProgressDialog | None = None
        self.progress = Progress(self._told)

    def _told(self, done: int, total: int, _what: str) -> None:
        if total < UPGRADE_SHOWN_FROM:
            return
        if self.dialog is None:
            text = QCoreApplication.translate(
                "main", "Bringing the search index of your records up to date for this version. This happens once."
            )
            self.dialog = self.dialogs.working(None, DISPLAY_NAME, text, total)
        self.dialog.setValue(done)
        QCoreApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def open_store_interactively(path: Path | str, dialogs: DialogService) -> Store | None:
    """Open the store; if another copy has it, offer read-only or quit. None means: do not start."""
    shown = _UpgradeShown(dialogs)
    try:
        return _open_or_ask(path, dialogs, shown.progress)
    finally:
        shown.close()


def _open_or_ask(path: Path | str, dialogs: DialogService, progress: Progress) -> Store | None:
    try:
        return open_store(path, daily_backup=False, progress=progress)  # the window makes the day's backup later
    except DatabaseInUseError as exc:
        choice = dialogs.choose(
            None,
            DISPLAY_NAME,
            problem_text(str(exc)) + "\n\n" + QCoreApplication.translate("main", "Open it read-only, or quit?"),
            [QCoreApplication.translate("main", "Open read-only"), QCoreApplication.translate("main", "Quit")],
            default=0,
        )
        if choice != 0:
            return None
        try:
            return open_store(path, read_only=True)
        except StorageError as again:
            dialogs.error(None, DISPLAY_NAME, str(again))
            return None
    except StorageError as exc:
        dialogs.error(None, DISPLAY_NAME, problem_text(str(exc)))
        return None


def _say_what_went_wrong(window: MainWindow) -> None:
    """A failure no part of the window expected (the server going away in the middle of reading a list) is said in
    one line in the status bar and written to the log, never shown as a traceback."""
    import logging

    from app.services.messages import explain

    log = logging.getLogger("app.ui")
    earlier = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if not isinstance(exc, Exception):
            earlier(kind, exc, tb)  # type: ignore[arg-type]
            return
        log.error("unexpected failure in the window", exc_info=(kind, exc, tb))  # type: ignore[arg-type]
        known = explain(exc)
        text = (
            known.lines[0]
            if known and known.lines
            else QCoreApplication.translate("main", "Something went wrong; it was written to the log.")
        )
        window.statusBar().showMessage(text, 15000)

    sys.excepthook = hook


def run_window(path: Path | str, dialogs: DialogService | None = None, language: str = "") -> int:
    app = make_application(language=language)
    dialogs = dialogs or DialogService()
    store = open_store_interactively(path, dialogs)
    if store is None:
        return 1
    try:
        while True:  # once more for each change of records (File → Connect to a department server…)
            window = MainWindow(store, dialogs)
            _say_what_went_wrong(window)
            window.show()
            window.start_daily_backup_once_painted()
            code = app.exec()
            window.wait_for_background()
            if window.next_store is None:
                return code
            store.close()
            store = window.next_store
            window.deleteLater()
    finally:
        store.close()
