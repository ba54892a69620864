"""The same fields of a meeting changed here and at another desk: each side by side (before, saved elsewhere,
yours), the person choosing which stays. Nothing of either is lost without being seen."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import RecordKind
from app.domain.merge import Choice, Conflict, Merge
from app.ui.labels import field_label, vocab_label, vocab_record


class ConflictDialog(QDialog):
    def __init__(self, merged: Merge, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.merged = merged
        self.setWindowTitle(self.tr("Changed at another desk"))
        self.resize(900, 360)
        intro = QLabel(
            self.tr(
                "“%1” was saved at another desk while you edited it. Their changes to other fields are kept with "
                "yours; these fields were changed on both sides. Choose, for each, which stays."
            ).replace("%1", title)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(merged.conflicts), 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("Saved elsewhere"), self.tr("Yours"), self.tr("Keep")]
        )
        self.table.verticalHeader().setVisible(False)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(merged.conflicts):
            for column, value in enumerate((conflict, conflict.before, conflict.theirs, conflict.mine)):
                text = self._what(conflict) if column == 0 else self._shown(value, conflict.field)
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))
                self.table.setItem(row, column, item)
            choice = QComboBox()
            choice.addItem(self.tr("Saved elsewhere"), "theirs")
            choice.addItem(self.tr("Yours"), "mine")
            choice.setCurrentIndex(1)  # what the person typed stays unless they choose otherwise
            self.table.setCellWidget(row, 4, choice)
            self.choices.append(choice)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))
        self.save_button = buttons.addButton(
            self.tr("&Save with these choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if self.choices:
            self.choices[0].setFocus()

    def chosen(self) -> dict[int, Choice]:
        return {i: ("mine" if box.currentData() == "mine" else "theirs") for i, box in enumerate(self.choices)}

    @staticmethod
    def _what(conflict: Conflict) -> str:
        """Which field of which record, in the window's language."""
        if conflict.record is RecordKind.MEETING:
            return field_label(conflict.field)
        text = conflict.subject
        short = text if len(text) <= 40 else text[:39] + "…"
        what = f"{vocab_record(conflict.record.value)} “{short}”"
        return f"{what}: {field_label(conflict.field)}" if conflict.field else what

    def _shown(self, value: Any, field: str) -> str:
        if value is None:
            return self.tr("(removed)") if not field else "—"
        if isinstance(value, StrEnum):
            return vocab_label(value)
        if isinstance(value, dt.date | dt.time):
            return value.isoformat()
        if isinstance(value, list):
            return "; ".join(str(v) for v in value) or "—"
        if not field:  # a whole record
            return str(getattr(value, "name", "") or getattr(value, "description", "") or getattr(value, "text", ""))
        return str(value) if value != "" else "—"
