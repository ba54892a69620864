"""Every modal question the window asks goes through here, so tests can answer it instead of a person."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class DialogService:
    """The real dialogs; tests substitute a subclass with scripted answers."""

    def choose(self, parent: QWidget | None, title: str, text: str, buttons: list[str], default: int = 0) -> int:
        """Ask a question with named buttons; returns the index of the one pressed (-1 if closed)."""
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
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)
