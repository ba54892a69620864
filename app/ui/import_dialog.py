"""The preview of an import: per sheet what would be added, updated, left alone or is in conflict, the changed
fields of each row, a decision for each conflict; or, when the workbook has problems, every problem, to copy or
save. Nothing is written until the user presses Import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import Change, ImportPlan, Resolution
from app.ui.dialogs import DialogService
from app.ui.labels import problem_text

if TYPE_CHECKING:
    from app.excel.reader import CellProblem


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _difference(ours: str, theirs: str, limit: int = 48) -> tuple[str, str]:
    """Both values, cut around where they first differ, so a change at the end of a long title still shows."""
    a, b = " ".join(ours.split()), " ".join(theirs.split())
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    start = max(0, same - 16)
    if start > 0:
        a, b = "…" + a[start:], "…" + b[start:]
    return _short(a, limit), _short(b, limit)


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.dialogs = dialogs
        self.setWindowTitle(self.tr("Import %1").replace("%1", plan.path.name))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("What importing %1 would do. Nothing is written until you press Import.").replace(
                "%1", plan.path.name
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.summary = QTableWidget(4, 5)
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Added"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts")]
        )
        self.summary.verticalHeader().setVisible(False)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (sheet, counts) in enumerate(plan.counts().items()):
            self.summary.setItem(row, 0, QTableWidgetItem(sheet))
            for column, key in enumerate(("added", "updated", "unchanged", "conflicts"), start=1):
                item = QTableWidgetItem(f"{counts[key]:,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.summary.setItem(row, column, item)
        self.summary.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary.setFixedHeight(
            self.summary.verticalHeader().length() + self.summary.horizontalHeader().height() + 4
        )
        layout.addWidget(self.summary)

        self.notes = QLabel("\n".join(problem_text(note) for note in plan.notes))
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(plan.notes))
        layout.addWidget(self.notes)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.conflict_choices: dict[tuple[str, int], QComboBox] = {}
        if plan.problems:
            self._show_problems(layout)
        else:
            self._show_changes(layout)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------------------------------------ problems

    def _show_problems(self, layout: QVBoxLayout) -> None:
        count = len(self.plan.problems)
        heading = QLabel(
            self.tr(
                "The workbook has %n problem(s). Nothing can be imported until they are fixed in the workbook.",
                "",
                count,
            )
        )
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        self.problems = QPlainTextEdit("\n".join(self._problem_line(p) for p in self.plan.problems))
        self.problems.setReadOnly(True)
        layout.addWidget(self.problems, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy the list"))
        self.copy_button.clicked.connect(self.copy_problems)
        self.save_button = QPushButton(self.tr("&Save the list…"))
        self.save_button.clicked.connect(self.save_problems)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.import_button.setEnabled(False)

    def problems_text(self) -> str:
        return f"{self.plan.path}\n" + "\n".join(self._problem_line(p) for p in self.plan.problems) + "\n"

    def _problem_line(self, p: CellProblem) -> str:
        """Sheet, row and column as the workbook names them; the words around them in the window's language."""
        if p.column:
            letter = p.cell[: len(p.cell) - len(str(p.row))]
            where = self.tr("%1 row %2, column %3 (%4)").replace("%1", p.sheet).replace("%2", str(p.row))
            where = where.replace("%3", letter).replace("%4", p.column)
        else:
            where = self.tr("%1 row %2").replace("%1", p.sheet).replace("%2", str(p.row))
        return f"{where}: {problem_text(p.message)}"

    def copy_problems(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.problems_text())

    def save_problems(self) -> None:
        start = self.plan.path.with_name(self.tr("%1 problems").replace("%1", self.plan.path.stem) + ".txt")
        target = self.dialogs.save_file(self, self.tr("Save the list of problems"), start, self.tr("Text (*.txt)"))
        if target is None:
            return
        try:
            Path(target).write_text(self.problems_text(), encoding="utf-8")
        except OSError as exc:
            self.dialogs.error(
                self,
                self.windowTitle(),
                self.tr("Could not save %1: %2").replace("%1", str(target)).replace("%2", exc.strerror or str(exc)),
            )

    # ------------------------------------------------------------------------------------------------ changes

    def _show_changes(self, layout: QVBoxLayout) -> None:
        changed = [r for r in self.plan.rows if r.change is not Change.UNCHANGED]
        if not changed:
            text = QLabel(
                self.tr("The records here already hold everything in this workbook: there is nothing to import.")
            )
            text.setWordWrap(True)
            layout.addWidget(text)
            layout.addStretch(1)
            self.import_button.setEnabled(False)
            return
        conflicts = self.plan.conflicts
        if conflicts:
            row = QHBoxLayout()
            label = QLabel(
                self.tr(
                    "%n row(s) were changed both here and in the workbook since the export. Choose for each, or:",
                    "",
                    len(conflicts),
                )
            )
            label.setWordWrap(True)
            self.keep_all = QPushButton(self.tr("&Keep all of mine"))
            self.take_all = QPushButton(self.tr("&Take all from the workbook"))
            self.keep_all.clicked.connect(lambda: self.set_all(Resolution.KEEP_PROGRAM))
            self.take_all.clicked.connect(lambda: self.set_all(Resolution.TAKE_WORKBOOK))
            row.addWidget(label, 1)
            row.addWidget(self.keep_all)
            row.addWidget(self.take_all)
            layout.addLayout(row)
        listed = sorted(changed, key=lambda r: r.change is not Change.CONFLICT)
        self.changes = QTableWidget(len(listed), 6)
        self.changes.setHorizontalHeaderLabels(
            [
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Record"),
                self.tr("Change"),
                self.tr("What changed"),
                self.tr("Use"),
            ]
        )
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.setWordWrap(True)
        names = {
            Change.ADDED: self.tr("added"),
            Change.UPDATED: self.tr("updated"),
            Change.CONFLICT: self.tr("conflict"),
            Change.DELETED: self.tr("deleted here: not added again"),
        }
        for i, r in enumerate(listed):
            fields = "\n".join(self._change_text(column, ours, theirs) for column, ours, theirs in r.changed)
            if r.duplicate_of:
                fields = self.tr("Looks like a meeting already recorded: %1").replace("%1", r.duplicate_of)
            elif r.change is Change.DELETED:
                fields = self.tr("Deleted in the program since the export; left deleted")
            elif r.change is Change.CONFLICT and not r.changed:
                fields = self.tr("Deleted in the program, changed in the workbook")
            for column, value in enumerate((r.sheet, str(r.row), _short(r.label, 40), names[r.change], fields)):
                self.changes.setItem(i, column, QTableWidgetItem(value))
            if r.change is Change.CONFLICT:
                choice = QComboBox()
                choice.addItem(self.tr("Keep mine"), Resolution.KEEP_PROGRAM.value)
                choice.addItem(self.tr("Take the workbook's"), Resolution.TAKE_WORKBOOK.value)
                self.changes.setCellWidget(i, 5, choice)
                self.conflict_choices[(r.sheet, r.row)] = choice
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.changes.setColumnWidth(2, 230)
        self.changes.resizeRowsToContents()
        layout.addWidget(self.changes, 1)
        total = sum(n for changes in self.plan.tally.values() for c, n in changes.items() if c is not Change.UNCHANGED)
        if total > len(listed):
            more = QLabel(
                self.tr("%1 of the %2 changed rows are listed; the counts above cover them all.")
                .replace("%1", f"{len(listed):,}")
                .replace("%2", f"{total:,}")
            )
            layout.addWidget(more)
        self.import_button.setDefault(True)

    def _change_text(self, column: str, ours: str, theirs: str) -> str:
        a, b = _difference(ours, theirs)
        empty = self.tr("(empty)")
        return f"{column}: " + (f"“{a}”" if a else empty) + " → " + (f"“{b}”" if b else empty)

    def set_all(self, resolution: Resolution) -> None:
        for choice in self.conflict_choices.values():
            choice.setCurrentIndex(choice.findData(resolution.value))

    def resolutions(self) -> dict[tuple[str, int], Resolution]:
        return {key: Resolution(str(choice.currentData())) for key, choice in self.conflict_choices.items()}
