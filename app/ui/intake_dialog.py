"""A press release pasted or opened, read into a draft that opens in the meeting editor beside its text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.intake.draft import Draft, Evidence
from app.ui.colours import warning_style, warning_tint
from app.ui.date_field import DateField
from app.ui.dialogs import DialogService
from app.ui.labels import problem_text

Reader = Callable[[str, dt.date | None], list[Draft]]
FileReader = Callable[[Path], str]


class IntakeDialog(QDialog):
    """Paste the release (or open a .txt, .html or .docx file), give its publication date if the text lacks one,
    Read."""

    def __init__(
        self, read: Reader, read_file: FileReader, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._read, self._read_file, self.dialogs = read, read_file, dialogs
        self.drafts: list[Draft] = []  # one per meeting the release reports
        self.setWindowTitle(self.tr("New meeting from a press release"))
        self.resize(760, 560)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste the press release here (English, Russian or Kazakh)"))
        caption = QLabel(self.tr("&Text of the release:"))
        caption.setBuddy(self.text)
        self.published = DateField(optional=True)
        published_caption = QLabel(self.tr("&Published on:"))
        published_caption.setBuddy(self.published)
        self.open_button = QPushButton(self.tr("&Open a file…"))
        self.open_button.clicked.connect(self.open_file)
        self.message = QLabel()
        self.message.setStyleSheet(warning_style())
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))
        self.read_button = buttons.addButton(self.tr("&Read into a draft"), QDialogButtonBox.ButtonRole.ActionRole)
        self.read_button.clicked.connect(self.read)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(published_caption)
        row.addWidget(self.published)
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.text.setFocus()

    def open_file(self) -> None:
        chosen = self.dialogs.open_file(
            self, self.tr("Open a press release"), Path.home(), self.tr("Releases (*.txt *.html *.htm *.docx)")
        )
        if not chosen:
            return
        try:
            self.text.setPlainText(self._read_file(Path(chosen)))
        except ValueError as exc:
            self._say(problem_text(str(exc)))

    def read(self) -> None:
        try:
            published = self.published.date()
        except ValueError as exc:
            self._say(self.tr("Published on: %1").replace("%1", str(exc)))
            return
        try:
            self.drafts = self._read(self.text.toPlainText(), published)
        except ValueError as exc:
            self._say(problem_text(str(exc)))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class SourcePanel(QPlainTextEdit):
    """The release beside the editor: the sentence a field or row came from is marked when it has the focus."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setPlainText(text)
        self.setMinimumWidth(280)
        self.shown: Evidence | None = None

    def show_evidence(self, evidence: Evidence | None) -> None:
        self.shown = evidence
        if evidence is None:
            self.setExtraSelections([])
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(evidence.start)
        cursor.setPosition(evidence.end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(warning_tint())
        mark.format = fmt
        mark.cursor = cursor
        self.setExtraSelections([mark])
        view = QTextCursor(self.document())
        view.setPosition(evidence.start)
        self.setTextCursor(view)
        self.ensureCursorVisible()
