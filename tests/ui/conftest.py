from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.ui.dialogs import DialogService


class ScriptedDialogs(DialogService):
    """Answers the window's questions from a script and records what was asked."""

    def __init__(self, answers: list[int] | None = None) -> None:
        self.answers = list(answers or [])
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.dialog_script = None  # called with each dialog of the program's own; returns accepted or not
        self.shown_files: list = []
        self.save_answer = None
        self.open_answer = None

    def choose(self, parent, title, text, buttons, default=0):  # type: ignore[no-untyped-def]
        self.asked.append(text)
        return self.answers.pop(0) if self.answers else default

    def error(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.errors.append(text)

    def info(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.asked.append(text)

    def run(self, dialog):  # type: ignore[no-untyped-def]
        assert self.dialog_script is not None, f"unexpected dialog {dialog.windowTitle()}"
        dialog.show()
        dialog.activateWindow()  # as exec() does: the keyboard goes to the dialog
        QApplication.processEvents()
        accepted = self.dialog_script(dialog)
        dialog.hide()
        owner = dialog.parentWidget()
        if owner is not None:  # as after exec(): the window it belongs to has the keyboard again
            owner.window().activateWindow()
            QApplication.processEvents()
        return accepted

    def save_file(self, parent, title, start, file_filter):  # type: ignore[no-untyped-def]
        self.asked.append(title)
        return self.save_answer

    def open_file(self, parent, title, start, file_filter):  # type: ignore[no-untyped-def]
        self.asked.append(title)
        return self.open_answer

    def show_file(self, path):  # type: ignore[no-untyped-def]
        self.shown_files.append(path)
        return True


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):  # type: ignore[no-untyped-def]
    """The window's words as an English-speaking user has them (with English plurals: "1 meeting", "3 meetings"),
    the dates in the test machine's own format, as before."""
    from PySide6.QtCore import QLocale

    from app.ui.language import install_translations

    before = QLocale()
    install_translations(qapp, "en")
    QLocale.setDefault(before)
    yield


@pytest.fixture(autouse=True)
def _private_settings(qapp, tmp_path):  # type: ignore[no-untyped-def]
    QCoreApplication.setOrganizationName("Aide-Memoire-tests")
    QCoreApplication.setApplicationName("Aide-Memoire-tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any Unicode text as key events (QTest.keyClicks only knows ASCII and aborts on Cyrillic)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def sample_store_elsewhere(tmp_path):  # type: ignore[no-untyped-def]
    """A workbook of the sample records, exported from another database."""
    from app.services.exchange import export_workbook
    from app.services.sample import load_sample
    from app.services.store import open_store

    with open_store(tmp_path / "elsewhere.sqlite", daily_backup=False) as other:
        load_sample(other.repo)
        out = tmp_path / "from-elsewhere.xlsx"
        export_workbook(other.repo, out)
    return out
