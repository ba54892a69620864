"""File → Letterhead for briefs…: what the desk puts at the top of every brief, set once. Every field is optional;
the reference number's pattern is shown filled in as it is typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.letterhead import Letterhead, LetterheadError, check_reference
from app.services.letterhead import check_logo, load_letterhead, save_letterhead
from app.ui.colours import warning_style
from app.ui.dialogs import DialogService
from app.ui.labels import problem_text

LOGO_PREVIEW = 48


class LetterheadDialog(QDialog):
    def __init__(self, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.saved: Letterhead | None = None
        self.setWindowTitle(self.tr("Letterhead for briefs"))
        current = load_letterhead()
        self.ministry = {code: QLineEdit(current.ministry.get(code, "")) for code in ("en", "ru", "kk")}
        self.department = QLineEdit(current.department)
        self.author = QLineEdit(current.author)
        self.reference = QLineEdit(current.reference)
        self.reference.setPlaceholderText(self.tr("e.g. AF-{country}/{year}-{month}{day}"))
        self.reference_shown = QLabel()
        self.reference_shown.setWordWrap(True)
        self.reference.textChanged.connect(lambda _text: self._show_reference())
        self.distribution = QPlainTextEdit("\n".join(current.distribution))
        self.distribution.setTabChangesFocus(True)
        self.distribution.setFixedHeight(80)
        self.logo_path = current.logo
        self.logo = QLabel()
        self.logo.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo = QPushButton(self.tr("C&hoose…"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Re&move"))
        self.remove_logo.clicked.connect(lambda: self._set_logo(""))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(warning_style())
        self.message.hide()

        form = QFormLayout()
        for code, label in (("en", self.tr("Ministry, in &English:")), ("ru", self.tr("Ministry, in &Russian:")),
                            ("kk", self.tr("Ministry, in &Kazakh:"))):  # fmt: skip
            form.addRow(label, self.ministry[code])
        form.addRow(self.tr("&Department:"), self.department)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        logo_label = QLabel(self.tr("&Logo:"))
        logo_label.setBuddy(self.choose_logo)
        form.addRow(logo_label, logo_row)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("Reference &number:"), self.reference)
        form.addRow("", self.reference_shown)
        form.addRow(self.tr("Distri&bution (one per line):"), self.distribution)
        explain = QLabel(self.tr("Shown at the top of the first page of every brief, PDF and Word, and in the file's "
                                 "properties. Every field may stay empty."))  # fmt: skip
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._set_logo(current.logo)
        self._show_reference()

    def letterhead(self) -> Letterhead:
        """What the form says now."""
        return Letterhead(
            ministry={code: edit.text() for code, edit in self.ministry.items()},
            logo=self.logo_path,
            department=self.department.text(),
            author=self.author.text(),
            reference=self.reference.text(),
            distribution=tuple(self.distribution.toPlainText().splitlines()),
        )

    def accept(self) -> None:
        try:
            self.saved = save_letterhead(self.letterhead())
        except LetterheadError as exc:
            self._say(problem_text(str(exc)))
            return
        except OSError as exc:
            self._say(self.tr("The letterhead could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return
        super().accept()

    def _choose_logo(self) -> None:
        start = Path(self.logo_path).parent if self.logo_path else Path.home()
        chosen = self.dialogs.open_file(self, self.tr("Choose the logo"), start, self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen is None:
            return
        try:
            check_logo(chosen)
        except LetterheadError as exc:
            self._say(problem_text(str(exc)))
            return
        self.message.hide()
        self._set_logo(str(chosen))

    def _set_logo(self, path: str) -> None:
        self.logo_path = path
        picture = QPixmap(path) if path else QPixmap()
        if picture.isNull():
            self.logo.setText(self.tr("(none)"))
        else:
            self.logo.setPixmap(picture.scaled(LOGO_PREVIEW, LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        self.remove_logo.setEnabled(bool(path))

    def _show_reference(self) -> None:
        pattern = self.reference.text().strip()
        if not pattern:
            self.reference_shown.setText("")
            return
        try:
            check_reference(pattern)
        except LetterheadError as exc:
            self.reference_shown.setStyleSheet(warning_style())
            self.reference_shown.setText(problem_text(str(exc)))
            return
        example = Letterhead(reference=pattern).reference_for(dt.date.today(), "KE", "kzke-2023-09-19")
        self.reference_shown.setStyleSheet("")
        self.reference_shown.setText(self.tr("Today's country brief of Kenya: %1").replace("%1", example))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
