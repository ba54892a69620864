"""The editor's tables of participants, statements and follow-up actions, made for typing without looking.

Tab and Shift+Tab go from cell to cell in reading order and leave the table after its last cell (or before its
first); they never open a drop-down. A drop-down cell takes a typed letter as a choice (the next value starting
with it) and opens its list only on F4 or Alt+Down. Insert adds a row and puts the cursor in its first cell;
Delete (outside a cell being edited) removes the row. Long texts get an editor of several lines (Enter starts a
new line, Tab moves on)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.colours import warning_tint
from app.ui.labels import vocab_label

VALUE_ROLE = Qt.ItemDataRole.UserRole + 21
PERSON_ROLE = Qt.ItemDataRole.UserRole + 22  # on a name cell: the person chosen for it
SPELLING_ROLE = Qt.ItemDataRole.UserRole + 23
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 24  # on every cell of a row proposed from a text: where it came from
TIP_ROLE = Qt.ItemDataRole.UserRole + 25  # the cell's own tooltip, given back when a problem's mark goes
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: type[StrEnum] | None = None  # a drop-down of this vocabulary
    default: StrEnum | None = None  # its value in a new row (else the vocabulary's first)
    multiline: bool = False
    width: int = 150
    stretch: bool = False  # takes the width the others leave
    lookup: bool = False  # offers the table's suggestions (people) as it is typed


@dataclass(frozen=True)
class Suggestion:
    """A record offered while a cell is typed: its id, the text the cell takes, what the list shows beside it,
    and the row's other cells it fills when they are empty."""

    record_id: str
    text: str
    detail: str
    fill: dict[str, Any] = field(default_factory=dict)


Lookup = Callable[[str], list[Suggestion]]


class _Cells(QStyledItemDelegate):
    """Editors by column: a drop-down for a vocabulary, several lines for a long text, else one line."""

    def __init__(self, table: ChildTableView) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.table.columns[index.column()]
        if column.kind is not None:
            combo = QComboBox(parent)
            for member in column.kind:
                combo.addItem(vocab_label(member), member.value)
            combo.activated.connect(lambda _i, c=combo: self._chosen(c))
            return combo
        if column.multiline:
            lines = QPlainTextEdit(parent)
            lines.setTabChangesFocus(True)
            return lines
        editor = super().createEditor(parent, option, index)
        if column.lookup and self.table.owner.lookup is not None and isinstance(editor, QLineEdit):
            self._offer(editor, self.table.owner.lookup)
        return editor

    def _offer(self, editor: QLineEdit, lookup: Lookup) -> None:
        """Suggestions under the cell as it is typed; choosing one puts its text in the cell and remembers it."""
        model = QStandardItemModel(editor)
        completer = QCompleter(model, editor)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(SPELLING_ROLE)
        editor.setCompleter(completer)
        chosen: dict[str, Suggestion] = {}

        def typed(text: str) -> None:
            model.clear()
            if len(text.strip()) < 2:
                return
            for s in lookup(text)[:12]:
                item = QStandardItem(f"{s.text} — {s.detail}" if s.detail else s.text)
                item.setData(s.text, SPELLING_ROLE)
                item.setData(s.record_id, PERSON_ROLE)
                model.appendRow(item)
                chosen[s.record_id] = s
            if model.rowCount():
                completer.complete()

        def picked(index: QModelIndex) -> None:
            s = chosen.get(str(index.data(PERSON_ROLE)))
            if s is not None:
                editor.setProperty("suggestion", s.record_id)
                editor.setText(s.text)
                self.table.owner.suggestions[s.record_id] = s

        editor.textEdited.connect(typed)
        completer.activated[QModelIndex].connect(picked)  # type: ignore[index]

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(VALUE_ROLE))))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), VALUE_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
            column = self.table.columns[index.column()]
            if column.lookup and isinstance(editor, QLineEdit):
                self.table.owner.took_suggestion(index.row(), str(editor.property("suggestion") or ""), editor.text())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):  # four lines tall, over the rows below
            rect = QRect(option.rect)
            rect.setHeight(max(rect.height() * 4, 96))
            editor.setGeometry(rect)
        else:
            super().updateEditorGeometry(editor, option, index)

    def eventFilter(self, editor: Any, event: Any) -> bool:
        """Escape still cancels; Enter in a long text is a new line (Ctrl+Enter ends it)."""
        is_key = isinstance(event, QKeyEvent) and event.type() == event.Type.KeyPress
        if isinstance(editor, QPlainTextEdit) and is_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
            return False  # the editor takes it: a new line
        return super().eventFilter(editor, event)


class ChildTableView(QTableWidget):
    def __init__(self, columns: Sequence[Column], owner: ChildTable) -> None:
        super().__init__(0, len(columns))
        self.columns = list(columns)
        self.owner = owner
        self.setItemDelegate(_Cells(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    # ---------------------------------------------------------------------------------------- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        column = self.columns[self.currentColumn()] if 0 <= self.currentColumn() < len(self.columns) else None
        editing = self.state() == QAbstractItemView.State.EditingState
        if key == Qt.Key.Key_Insert:
            self.owner.add_row(focus=True)
            event.accept()
            return
        if key == Qt.Key.Key_Delete and not editing:
            self.owner.remove_row()
            event.accept()
            return
        typed = event.text()
        plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if self.rowCount() == 0 and plain and len(typed) == 1 and typed.isprintable():
            # Typing into an empty table starts its first row, the typed letter in its first cell.
            self.owner.add_row(focus=True)
            editor = QApplication.focusWidget()
            if editor is not None and editor is not self:
                QApplication.sendEvent(editor, QKeyEvent(event.type(), key, mods, typed))
            event.accept()
            return
        if column is not None and column.kind is not None and not editing:
            alt_down = key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_F4 or alt_down:
                self.open_list()
                event.accept()
                return
            letter = typed
            if plain and len(letter) == 1 and letter.isprintable() and not letter.isspace():
                self.choose_by_letter(letter)
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                event.ignore()  # nothing to type in a drop-down cell: Enter does not open it
                return
        super().keyPressEvent(event)

    def open_list(self) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        self.edit(index)
        combo = self.indexWidget(index) or self.findChild(QComboBox)
        if isinstance(combo, QComboBox):
            combo.showPopup()

    def choose_by_letter(self, letter: str) -> None:
        """The next value (after the current one, round the list) whose label starts with the letter."""
        row, col = self.currentRow(), self.currentColumn()
        kind = self.columns[col].kind
        item = self.item(row, col)
        if kind is None or item is None:
            return
        members = list(kind)
        labels = [vocab_label(m).casefold() for m in members]
        current = next((i for i, m in enumerate(members) if m.value == item.data(VALUE_ROLE)), -1)
        order = list(range(current + 1, len(members))) + list(range(0, current + 1))
        for i in order:
            if labels[i].startswith(letter.casefold()):
                set_choice(item, members[i])
                return

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab after the last cell (Shift+Tab before the first) leaves the table instead of going round it."""
        row, col = self.currentRow(), self.currentColumn()
        last = (self.rowCount() - 1, self.columnCount() - 1)
        if self.rowCount() == 0 or (forward and (row, col) == last) or (not forward and (row, col) == (0, 0)):
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab out of a cell being typed in moves to the next cell without opening it: the next key typed decides
        (a letter in a drop-down cell chooses; in a text cell it starts the text)."""
        Hint = QAbstractItemDelegate.EndEditHint
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            super().closeEditor(editor, Hint.NoHint)
            self.focusNextPrevChild(hint == Hint.EditNextItem)
            return
        super().closeEditor(editor, hint)


def set_choice(item: QTableWidgetItem, value: StrEnum) -> None:
    item.setData(VALUE_ROLE, value.value)
    item.setText(vocab_label(value))


class ChildTable(QWidget):
    """A table with its Add and Remove buttons (Insert and Delete do the same from the keyboard)."""

    def __init__(
        self, columns: Sequence[Column], add_text: str, parent: QWidget | None = None, lookup: Lookup | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.lookup = lookup
        self.suggestions: dict[str, Suggestion] = {}
        self.ids: list[str] = []
        self.table = ChildTableView(self.columns, self)
        self.table.setHorizontalHeaderLabels([c.header for c in self.columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, column in enumerate(self.columns):
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                self.table.setColumnWidth(i, max(column.width, header.sectionSizeHint(i)))
        self.add_button = QPushButton(add_text)
        self.add_button.setToolTip(self.tr("Insert adds a row; Delete removes the row of the current cell"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, Any] | None = None, record_id: str = "", *, focus: bool = False) -> int:
        values = values or {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.ids.append(record_id)
        for i, column in enumerate(self.columns):
            item = QTableWidgetItem()
            if column.kind is not None:
                current = values.get(column.field)
                chosen = current if isinstance(current, StrEnum) else column.default or next(iter(column.kind))
                set_choice(item, chosen)
            else:
                item.setText(str(values.get(column.field) or ""))
            if column.lookup and values.get("person_id"):
                item.setData(PERSON_ROLE, values["person_id"])
            self.table.setItem(row, i, item)
        if focus:
            self.table.setFocus()
            self.table.setCurrentCell(row, 0)
            self.table.edit(self.table.model().index(row, 0))
        return row

    def took_suggestion(self, row: int, record_id: str, text: str) -> None:
        """A cell typed with suggestions: the chosen record is remembered on the cell (while its text is the
        chosen one's), and the row's empty cells take what the record says."""
        lookup_column = next((i for i, c in enumerate(self.columns) if c.lookup), None)
        if lookup_column is None:
            return
        cell = self.table.item(row, lookup_column)
        s = self.suggestions.get(record_id)
        if cell is None:
            return
        if s is None or s.text != text:
            cell.setData(PERSON_ROLE, None)
            return
        cell.setData(PERSON_ROLE, s.record_id)
        for i, column in enumerate(self.columns):
            item = self.table.item(row, i)
            value = s.fill.get(column.field)
            if item is None or value in (None, ""):
                continue
            if column.kind is not None:
                if isinstance(value, StrEnum):
                    set_choice(item, value)
            elif not item.text().strip():
                item.setText(str(value))

    def set_row_note(self, row: int, note: str, data: object = None) -> None:
        """A tooltip on every cell of the row (kept when a problem's mark comes and goes) and, with it, data the
        row carries (where a proposal came from)."""
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is not None:
                item.setData(TIP_ROLE, note)
                item.setToolTip(note)
                item.setData(EVIDENCE_ROLE, data)

    def row_data(self, row: int) -> object:
        item = self.table.item(row, 0) if 0 <= row < self.table.rowCount() else None
        return item.data(EVIDENCE_ROLE) if item is not None else None

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self.ids[row]

    def rows(self) -> list[dict[str, Any]]:
        result = []
        for row in range(self.table.rowCount()):
            data: dict[str, Any] = {"id": self.ids[row] or None}
            for i, column in enumerate(self.columns):
                item = self.table.item(row, i)
                if column.kind is not None:
                    data[column.field] = item.data(VALUE_ROLE) if item is not None else None
                else:
                    data[column.field] = item.text() if item is not None else ""
                if column.lookup and item is not None:
                    data["person_id"] = str(item.data(PERSON_ROLE) or "")
            result.append(data)
        return result

    def set_text(self, row: int, field: str, text: str) -> None:
        for i, column in enumerate(self.columns):
            item = self.table.item(row, i)
            if column.field == field and item is not None:
                item.setText(text)

    def mark(self, row: int, field: str, message: str) -> None:
        for i, column in enumerate(self.columns):
            item = self.table.item(row, i) if row < self.table.rowCount() else None
            if column.field == field and item is not None:
                item.setBackground(QBrush(warning_tint()))
                item.setToolTip(message)

    def clear_marks(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip(str(item.data(TIP_ROLE) or ""))
