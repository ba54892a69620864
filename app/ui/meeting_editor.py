"""The meeting editor: every field of a meeting with the widget that suits it, and tables for its participants,
statements and follow-up actions. Saving is refused while anything is wrong; each problem is marked where it is,
with its message beside it, and nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QBrush, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.build import meeting_from_raw
from app.domain.countries import country_name
from app.domain.records import Meeting
from app.domain.validation import LIST_SEPARATOR, Problem
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status
from app.services.reading import StorageError
from app.ui.colours import warning_style, warning_tint
from app.ui.country_picker import CountryPicker
from app.ui.dialogs import DialogService
from app.ui.labels import vocab_label


def _combo(kind: type[StrEnum], value: StrEnum | None = None) -> QComboBox:
    combo = QComboBox()
    for member in kind:
        combo.addItem(vocab_label(member), member.value)
    if value is not None:
        combo.setCurrentIndex(max(0, combo.findData(value.value)))
    return combo


class _RowKeysTable(QTableWidget):
    """Insert adds a row, Delete removes the current one (while no cell is being edited)."""

    def __init__(self, rows: int, columns: int, owner: ChildTable) -> None:
        super().__init__(rows, columns)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Insert:
            self.owner.add_row()
            event.accept()
        elif event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.owner.remove_row()
            event.accept()
        else:
            super().keyPressEvent(event)


class ChildTable(QWidget):
    """One of the three lists (participants, statements, actions): text cells and drop-down cells, rows added
    and removed from the keyboard (Insert / Delete) or the buttons."""

    def __init__(
        self, columns: Sequence[tuple[str, str, type[StrEnum] | None]], noun: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.columns = list(columns)  # (field, header, vocabulary or None)
        self.ids: list[str] = []
        self.table = _RowKeysTable(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels([header for _f, header, _k in self.columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0 if len(self.columns) > 3 else 1, QHeaderView.ResizeMode.Stretch)
        for column, (_field, _header, kind) in enumerate(self.columns):
            self.table.setColumnWidth(column, 120 if kind is not None else 150)
        self.add_button = QPushButton(self.tr("&Add %1").replace("%1", noun))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, Any] | None = None, record_id: str = "") -> int:
        values = values or {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.ids.append(record_id)
        for column, (field, _header, kind) in enumerate(self.columns):
            if kind is not None:
                current = values.get(field)
                self.table.setCellWidget(row, column, _combo(kind, current if isinstance(current, StrEnum) else None))
            else:
                self.table.setItem(row, column, QTableWidgetItem(str(values.get(field) or "")))
        self.table.setCurrentCell(row, 0)
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self.ids[row]

    def rows(self) -> list[dict[str, Any]]:
        result = []
        for row in range(self.table.rowCount()):
            data: dict[str, Any] = {"id": self.ids[row] or None}
            for column, (field, _header, kind) in enumerate(self.columns):
                if kind is not None:
                    widget = self.table.cellWidget(row, column)
                    data[field] = widget.currentData() if isinstance(widget, QComboBox) else None
                else:
                    item = self.table.item(row, column)
                    data[field] = item.text() if item is not None else ""
            result.append(data)
        return result

    def mark(self, row: int, field: str, message: str) -> None:
        for column, (name, _header, _kind) in enumerate(self.columns):
            if name == field and row < self.table.rowCount():
                item = self.table.item(row, column)
                if item is None:
                    widget = self.table.cellWidget(row, column)
                    if widget is not None:
                        widget.setToolTip(message)
                    return
                item.setBackground(QBrush(warning_tint()))
                item.setToolTip(message)

    def clear_marks(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")


class MeetingEditor(QDialog):
    def __init__(
        self,
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
        save: Callable[[Meeting], None] | None = None,
        dialogs: DialogService | None = None,
    ) -> None:
        """`save` stores the meeting; if it fails, its message is shown and the editor stays open."""
        super().__init__(parent)
        self.original = meeting
        self._save = save
        self.dialogs = dialogs or DialogService()
        self.result_meeting: Meeting | None = None
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.resize(900, 680)

        self.title = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.has_time = QCheckBox(self.tr("at"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.has_time.toggled.connect(self.time.setEnabled)
        self.location = QLineEdit()
        self.format = _combo(MeetingFormat)
        self.level = _combo(Level)
        self.country_picker = CountryPicker()
        self.add_country = QPushButton(self.tr("Add"))
        self.countries = QListWidget()
        self.countries.setMaximumHeight(70)
        self.countries.setFlow(QListWidget.Flow.LeftToRight)
        self.countries.setWrapping(True)
        self.remove_country = QPushButton(self.tr("Remove"))
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("topics separated by ;  e.g. trade; grain; UN"))
        self.summary = QPlainTextEdit()
        self.outcomes = QPlainTextEdit()
        self.source = QLineEdit()
        self.classification = _combo(Classification)
        self.add_country.clicked.connect(self._add_country)
        self.country_picker.lineEdit().returnPressed.connect(self._add_country)  # type: ignore[union-attr]
        self.remove_country.clicked.connect(lambda: self.countries.takeItem(self.countries.currentRow()))

        self.participants = ChildTable(
            [("name", self.tr("Name"), None), ("position", self.tr("Position"), None),
             ("organisation", self.tr("Organisation"), None), ("country", self.tr("Country"), None),
             ("side", self.tr("Side"), Side)],
            self.tr("participant"),
        )  # fmt: skip
        self.statements = ChildTable(
            [("speaker", self.tr("Speaker"), None), ("text", self.tr("What was said"), None),
             ("language", self.tr("Language"), None)],
            self.tr("statement"),
        )  # fmt: skip
        self.actions_table = ChildTable(
            [("description", self.tr("Action"), None), ("owner", self.tr("Owner"), None),
             ("committed_by", self.tr("Committed by"), CommittedBy), ("due_date", self.tr("Due (YYYY-MM-DD)"), None),
             ("status", self.tr("Status"), Status), ("priority", self.tr("Priority"), Priority),
             ("completed_on", self.tr("Completed on"), None), ("notes", self.tr("Notes"), None)],
            self.tr("action"),
        )  # fmt: skip

        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.has_time)
        when.addWidget(self.time)
        when.addStretch(1)
        country_row = QVBoxLayout()
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.country_picker, 1)
        picker_row.addWidget(self.add_country)
        picker_row.addWidget(self.remove_country)
        country_row.addLayout(picker_row)
        country_row.addWidget(self.countries)
        self.messages: dict[str, QLabel] = {}
        for field, label, widget in (
            ("title", self.tr("&Title:"), self.title),
            ("date", self.tr("&Date:"), when),
            ("location", self.tr("&Place:"), self.location),
            ("format", self.tr("&Format:"), self.format),
            ("level", self.tr("&Level:"), self.level),
            ("countries", self.tr("&Countries:"), country_row),
            ("topics", self.tr("To&pics:"), self.topics),
            ("summary", self.tr("&Summary:"), self.summary),
            ("outcomes", self.tr("&Outcomes:"), self.outcomes),
            ("source", self.tr("So&urce:"), self.source),
            ("classification", self.tr("Cl&assification:"), self.classification),
        ):
            caption = QLabel(label)
            buddy = {"date": self.date, "countries": self.country_picker}.get(field, widget)
            if isinstance(buddy, QWidget):
                caption.setBuddy(buddy)
            self.labels[field] = caption
            message = QLabel()
            message.setStyleSheet(warning_style())
            message.setWordWrap(True)
            message.hide()
            self.messages[field] = message
            holder = QVBoxLayout()
            if isinstance(widget, QWidget):
                holder.addWidget(widget)
            else:
                holder.addLayout(widget)
            holder.addWidget(message)
            form.addRow(caption, holder)
        meeting_tab = QWidget()
        meeting_tab.setLayout(form)

        self.tabs = QTabWidget()
        self.tabs.addTab(meeting_tab, self.tr("&Meeting"))
        self.tabs.addTab(self.participants, self.tr("Pa&rticipants"))
        self.tabs.addTab(self.statements, self.tr("State&ments"))
        self.tabs.addTab(self.actions_table, self.tr("Follow-up a&ctions"))
        self.problems = QLabel()
        self.problems.setStyleSheet(warning_style())
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # An action-role button: a button box makes its first accept-role button the default when shown, and
        # Enter in any field would then save half a form.
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        # Enter belongs to the field being typed in (it adds a country, ends a cell): it never saves half a form.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._fill(meeting)
        self._as_opened = self._comparable()

    # ------------------------------------------------------------------------------------------------ filling

    def _fill(self, m: Meeting | None) -> None:
        today = dt.date.today()
        if m is None:
            self.date.setDate(QDate(today.year, today.month, today.day))
            return
        self.title.setText(m.title)
        self.date.setDate(QDate(m.date.year, m.date.month, m.date.day))
        if m.time is not None:
            self.has_time.setChecked(True)
            self.time.setTime(QTime(m.time.hour, m.time.minute))
        self.location.setText(m.location)
        self.format.setCurrentIndex(self.format.findData(m.format.value))
        self.level.setCurrentIndex(self.level.findData(m.level.value))
        for code in m.countries:
            self._add_code(code)
        self.topics.setText(LIST_SEPARATOR.join(m.topics))
        self.summary.setPlainText(m.summary)
        self.outcomes.setPlainText(m.outcomes)
        self.source.setText(m.source)
        self.classification.setCurrentIndex(self.classification.findData(m.classification.value))
        for p in m.participants:
            self.participants.add_row({"name": p.name, "position": p.position, "organisation": p.organisation,
                                       "country": p.country, "side": p.side}, p.id)  # fmt: skip
        for s in m.statements:
            self.statements.add_row({"speaker": s.speaker, "text": s.text, "language": s.language}, s.id)
        for a in m.actions:
            self.actions_table.add_row({"description": a.description, "owner": a.owner, "committed_by": a.committed_by,
                                  "due_date": a.due_date.isoformat() if a.due_date else "", "status": a.status,
                                  "priority": a.priority, "notes": a.notes,
                                  "completed_on": a.completed_on.isoformat() if a.completed_on else ""},
                                 a.id)  # fmt: skip

    def _add_code(self, code: str) -> None:
        if code and not self.countries.findItems(f"{code} ", Qt.MatchFlag.MatchStartsWith):
            item = QListWidgetItem(f"{code} — {country_name(code)}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.countries.addItem(item)

    def _add_country(self) -> None:
        code = self.country_picker.code()
        if code:
            self._add_code(code)
            self.country_picker.setCurrentIndex(-1)
            self.country_picker.setEditText("")

    # ------------------------------------------------------------------------------------------------ reading

    def raw(self) -> dict[str, Any]:
        codes = [str(self.countries.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.countries.count())]
        date = self.date.date()
        time = self.time.time()
        raw: dict[str, Any] = {
            "id": self.original.id if self.original else None,
            "title": self.title.text(),
            "date": dt.date(date.year(), date.month(), date.day()),
            "time": dt.time(time.hour(), time.minute()) if self.has_time.isChecked() else None,
            "location": self.location.text(),
            "format": self.format.currentData(),
            "level": self.level.currentData(),
            "countries": LIST_SEPARATOR.join(codes),
            "topics": self.topics.text(),
            "summary": self.summary.toPlainText(),
            "outcomes": self.outcomes.toPlainText(),
            "source": self.source.text(),
            "classification": self.classification.currentData(),
            "participants": self.participants.rows(),
            "statements": self.statements.rows(),
            "actions": self.actions_table.rows(),
        }
        return raw

    def check(self) -> tuple[Meeting, list[Problem]]:
        """The meeting the form describes, and what is wrong with it; every problem is marked where it is."""
        meeting, problems = meeting_from_raw(self.raw())
        if self.original is not None:
            meeting.created_at = self.original.created_at
            meeting.revision = self.original.revision
        for message in self.messages.values():
            message.hide()
        for table in (self.participants, self.statements, self.actions_table):
            table.clear_marks()
        tables = {"participants": self.participants, "statements": self.statements, "actions": self.actions_table}
        for p in problems:
            where = p.path
            if where.group in tables and where.row is not None:
                tables[where.group].mark(where.row - 1, where.name, p.message)
                continue
            beside = self.messages.get(where.group or where.name)
            if beside is not None:
                beside.setText(p.message)
                beside.show()
        if problems:
            self.problems.setText(
                self.tr("Not saved: %n problem(s) to fix.", "", len(problems))
                + "\n"
                + "\n".join(_describe(p) for p in problems)
            )
            self.problems.show()
        else:
            self.problems.hide()
        return meeting, problems

    def _comparable(self) -> dict[str, Any]:
        raw = self.raw()
        for key in ("participants", "statements", "actions"):
            raw[key] = [{k: v for k, v in row.items() if k != "id"} for row in raw[key]]
        return raw

    def has_changes(self) -> bool:
        return self._comparable() != self._as_opened

    def reject(self) -> None:
        """Cancel, Escape or closing the window: typed changes are never dropped without asking."""
        if self.has_changes():
            answer = self.dialogs.choose(
                self,
                self.windowTitle(),
                self.tr("Discard the changes you made to this meeting?"),
                [self.tr("Keep editing"), self.tr("Discard changes")],
                default=0,
            )
            if answer != 1:
                return
        super().reject()

    def accept(self) -> None:
        meeting, problems = self.check()
        if problems:
            return
        if self._save is not None:
            try:
                self._save(meeting)
            except (StorageError, ValueError) as exc:  # changed elsewhere meanwhile, or refused by the store
                self.problems.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
                self.problems.show()
                return
        self.result_meeting = meeting
        super().accept()


def _describe(p: Problem) -> str:
    where = p.path
    noun = {"participants": "participant", "statements": "statement", "actions": "action"}.get(where.group)
    if noun is not None:
        return f"{noun} {where.row}, {where.name.replace('_', ' ')}: {p.message}"
    return f"{where.replace('_', ' ')}: {p.message}"
