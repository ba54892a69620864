"""The actions view: filters over every follow-up (status, owner, country, overdue, due within some days), the list
with overdue rows marked, the status changed in place from a drop-down."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocab import Status
from app.ui.actions_model import STATUS_COLUMN, ActionsModel
from app.ui.country_picker import CountryPicker
from app.ui.filter_row import compact, labelled
from app.ui.labels import vocab_label
from app.ui.sql_pages import list_view

Index = QModelIndex | QPersistentModelIndex

STATUS_CHOICES: tuple[tuple[object, tuple[Status, ...]], ...] = (
    (QT_TRANSLATE_NOOP("ActionsPage", "Open or in progress"), (Status.OPEN, Status.IN_PROGRESS)),
    (QT_TRANSLATE_NOOP("ActionsPage", "Open"), (Status.OPEN,)),
    (QT_TRANSLATE_NOOP("ActionsPage", "In progress"), (Status.IN_PROGRESS,)),
    (QT_TRANSLATE_NOOP("ActionsPage", "Done"), (Status.DONE,)),
    (QT_TRANSLATE_NOOP("ActionsPage", "Cancelled"), (Status.CANCELLED,)),
    (QT_TRANSLATE_NOOP("ActionsPage", "Any status"), ()),
)
DUE_WITHIN: tuple[tuple[object, int], ...] = (
    (QT_TRANSLATE_NOOP("ActionsPage", "Any due date"), 0),
    (QT_TRANSLATE_NOOP("ActionsPage", "Due within 7 days"), 7),
    (QT_TRANSLATE_NOOP("ActionsPage", "Due within 14 days"), 14),
    (QT_TRANSLATE_NOOP("ActionsPage", "Due within 30 days"), 30),
)


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the four statuses; the choice is saved as soon as it is made."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for status in Status:
            editor.addItem(vocab_label(status), status.value)
        editor.activated.connect(lambda _i: self._chosen(editor))
        return editor

    def _chosen(self, editor: QComboBox) -> None:
        if editor.isVisible():  # not one the view has already closed
            self.commitData.emit(editor)
            self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ActionsPage(QWidget):
    def __init__(self, model: ActionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.status = QComboBox()
        for label, _statuses in STATUS_CHOICES:
            self.status.addItem(self.tr(str(label)))
        self.owner = QComboBox()
        self.owner.setEditable(True)
        compact(self.owner, 10)
        self.owner.lineEdit().setPlaceholderText(self.tr("Any owner"))  # type: ignore[union-attr]
        self.country = CountryPicker()
        compact(self.country, 10)
        self.country.lineEdit().setPlaceholderText(self.tr("Any country"))  # type: ignore[union-attr]
        self.overdue = QCheckBox(self.tr("Overdue onl&y"))
        self.due_within = QComboBox()
        for label_text, days in DUE_WITHIN:
            self.due_within.addItem(self.tr(str(label_text)), days)
        self.count_label = QLabel()
        for combo in (self.status, self.due_within):
            compact(combo, 11)

        # The action's text takes what the other columns leave (they stay narrow; tooltips say the rest).
        self.table = list_view(model, {0: 88, 2: 150, 3: 140, 4: 75, 5: 95, 6: 220})
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.delegate = StatusDelegate(self.table)
        self.table.setItemDelegateForColumn(STATUS_COLUMN, self.delegate)

        filters = QHBoxLayout()
        fields: list[tuple[str, QWidget]] = [
            (self.tr("&Status:"), self.status),
            (self.tr("O&wner:"), self.owner),
            (self.tr("C&ountry:"), self.country),
            (self.tr("&Due:"), self.due_within),
        ]
        labelled(filters, fields)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.owner.currentTextChanged.connect(lambda _t: self.apply_filters())
        self.country.currentTextChanged.connect(lambda _t: self.apply_filters())
        self.overdue.toggled.connect(self._overdue_toggled)
        self.due_within.currentIndexChanged.connect(self._due_within_changed)
        model.modelReset.connect(self._count)
        model.rowsInserted.connect(self._count)
        self._count()

    def refresh_owners(self) -> None:
        current = self.owner.currentText()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem("")
        self.owner.addItems(self.model.owners())
        self.owner.setEditText(current)
        self.owner.blockSignals(False)

    def _overdue_toggled(self, on: bool) -> None:
        if on and self.due_within.currentIndex() > 0:  # overdue and "due from today" exclude each other
            self.due_within.blockSignals(True)
            self.due_within.setCurrentIndex(0)
            self.due_within.blockSignals(False)
        self.apply_filters()

    def _due_within_changed(self, index: int) -> None:
        if index > 0 and self.overdue.isChecked():
            self.overdue.blockSignals(True)
            self.overdue.setChecked(False)
            self.overdue.blockSignals(False)
        self.apply_filters()

    def show_due(self, *, overdue: bool, days: int = 14) -> None:
        """Open or in-progress actions that are overdue, or due within the given days (from the overview)."""
        for widget in (self.status, self.overdue, self.due_within):
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.overdue.setChecked(overdue)
        self.due_within.setCurrentIndex(0 if overdue else max(0, self.due_within.findData(days)))
        for widget in (self.status, self.overdue, self.due_within):
            widget.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        statuses = STATUS_CHOICES[max(0, self.status.currentIndex())][1]
        today = self.model.today
        days = int(self.due_within.currentData() or 0)
        f = dataclasses.replace(
            self.model.filter,
            statuses=list(statuses),
            owner=self.owner.currentText().strip(),
            country=self.country.code(),
            overdue_only=self.overdue.isChecked(),
            due_from=today if days else None,
            due_before=today + dt.timedelta(days=days) if days else None,
        )
        self.model.set_filter(f)

    def _count(self) -> None:
        self.count_label.setText(self.tr("%n action(s)", "", self.model.total()))
