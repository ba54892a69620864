"""A country field that types ahead over ISO names and codes: 'ken', 'KE' and 'Kenya' all find Kenya."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.domain.countries import all_countries, country_name, is_country_code

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _label(code: str, name: str) -> str:
    return f"{name} ({code})"


class CountryPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        # The longest ISO names would make the field (and every row it sits in) very wide: it shows about 16
        # characters and its drop-down list is as wide as the names need.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        model = QStandardItemModel(self)
        for code, name in all_countries():
            item = QStandardItem(_label(code, name))
            item.setData(code, CODE_ROLE)
            model.appendRow(item)
        self.setModel(model)
        completer = QCompleter(self)
        completer.setModel(model)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.setCurrentIndex(-1)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Country name or code, e.g. Kenya or KE"))

    def code(self) -> str:
        """The chosen ISO code, or '' when the text names no country."""
        typed = self.currentText().strip()
        if not typed:
            return ""
        if is_country_code(typed.upper()):
            return typed.upper()
        folded = typed.casefold()
        for row in range(self.count()):
            code = str(self.itemData(row, CODE_ROLE))
            if self.itemText(row).casefold() == folded or country_name(code).casefold() == folded:
                return code
        return ""

    def set_code(self, code: str) -> None:
        index = self.findData(code, CODE_ROLE)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(code)
