"""Every modal question the window asks, and everything it hands to the desktop (file choosers, the PDF viewer),
goes through here, so tests can answer instead of a person."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# Qt makes a class's Python type when it is first named (QMessageBox alone costs 10 ms): those only a question
# needs are named when one is asked, not while the window starts.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget


class DialogService:
    """The real dialogs; tests substitute a subclass with scripted answers."""

    def choose(self, parent: QWidget | None, title: str, text: str, buttons: list[str], default: int = 0) -> int:
        """Ask a question with named buttons; returns the index of the one pressed (-1 if closed)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setWindowTitle(title)
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Question)
        made = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in buttons]
        box.setDefaultButton(made[default])
        box.exec()
        clicked = box.clickedButton()
        return made.index(clicked) if clicked in made else -1

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def working(self, parent: QWidget | None, title: str, text: str, total: int) -> QProgressDialog:
        """A window that shows how far work is that cannot be stopped halfway (no Cancel); the caller moves it on
        and closes it."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(text, "", 0, total, parent)
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)  # no button: the work cannot be stopped halfway
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setValue(0)
        return dialog

    def run(self, dialog: QDialog) -> bool:
        """Show a dialog of the program's own and wait; True when the user accepted it."""
        from PySide6.QtWidgets import QDialog

        return dialog.exec() == QDialog.DialogCode.Accepted

    def save_file(self, parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
        """Ask where to save (the platform's dialog asks before replacing a file); None if cancelled."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
        return Path(name) if name else None

    def open_file(self, parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
        return Path(name) if name else None

    def show_file(self, path: Path) -> bool:
        """Open a file in the program the system uses for it (the PDF viewer for a report)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
