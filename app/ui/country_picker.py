"""A country field that types ahead over ISO names and codes: 'ken', 'KE' and 'Kenya' all find Kenya; in a Russian
or Kazakh window the list is in the window's language ('Кения'), and the English name is still understood."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.catalogue import language_or_default
from app.domain.countries import all_countries, country_name, is_country_code
from app.ui.filter_row import compact, fit_list

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
        compact(self, 16)
        # The ~250 countries are put in on first use (focus, a click, a code asked or set): reading the ISO list costs
        # a start-up several tens of milliseconds, and the window holds two pickers nobody may touch.
        self._model = QStandardItemModel(self)
        self._filled = False
        self._language = "en"
        self.setModel(self._model)
        completer = QCompleter(self)
        completer.setModel(self._model)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Country name or code, e.g. Kenya or KE"))

    def fill(self) -> None:
        if self._filled:
            return
        self._filled = True
        self._language = language_or_default(QLocale().name())
        typed = self.currentText()
        self.blockSignals(True)
        for code, name in all_countries(self._language):
            item = QStandardItem(_label(code, name))
            item.setData(code, CODE_ROLE)
            self._model.appendRow(item)
        self.setCurrentIndex(-1)
        self.setEditText(typed)
        self.blockSignals(False)
        fit_list(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def code(self) -> str:
        """The chosen ISO code, or '' when the text names no country."""
        typed = self.currentText().strip()
        if not typed:
            return ""
        self.fill()
        if is_country_code(typed.upper()):
            return typed.upper()
        folded = typed.casefold()
        for row in range(self.count()):
            code = str(self.itemData(row, CODE_ROLE))
            if self.itemText(row).casefold() == folded or folded in self._names(code):
                return code
        return ""

    def _names(self, code: str) -> set[str]:
        """The country's names a user may type: in the window's language and in English, case-folded."""
        return {country_name(code, self._language).casefold(), country_name(code).casefold()}

    def resolve(self) -> tuple[str, str]:
        """What the typed text names: (code, "") for exactly one country (its code, its name, or the start of
        only one name), else ("", why not)."""
        typed = self.currentText().strip()
        if not typed:
            return "", ""
        exact = self.code()
        if exact:
            return exact, ""
        folded = typed.casefold()
        starting = [
            str(self.itemData(row, CODE_ROLE))
            for row in range(self.count())
            if any(name.startswith(folded) for name in self._names(str(self.itemData(row, CODE_ROLE))))
        ]
        if len(starting) == 1:
            return starting[0], ""
        if not starting:
            return "", self.tr("No country is called “%1”.").replace("%1", typed)
        names = ", ".join(country_name(c, self._language) for c in starting[:4]) + (", …" if len(starting) > 4 else "")
        return "", self.tr("“%1” could be %2: type more of the name.").replace("%1", typed).replace("%2", names)

    def set_code(self, code: str) -> None:
        self.fill()
        index = self.findData(code, CODE_ROLE)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(code)


class CountryAdder(CountryPicker):
    """The editor's country field: Enter adds exactly the country highlighted in the list or named by what was
    typed (code, name, or the start of one name only), then empties the field; a text that names no single country
    is kept and `refused` says why. Backspace in the empty field asks to remove the last country added."""

    chosen = Signal(str)
    refused = Signal(str)
    remove_last = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        completer = self.completer()
        if completer is not None:
            completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]

    def _completed(self, index: QModelIndex) -> None:
        code = str(index.data(CODE_ROLE) or "")
        if code:
            self.chosen.emit(code)
            QTimer.singleShot(0, self.clear_text)  # after the combo box has put the completion in the field

    def clear_text(self) -> None:
        self.setCurrentIndex(-1)
        self.setEditText("")
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.hide()  # nothing left to complete

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.fill()
            code, why = self.resolve()
            if code:
                self.chosen.emit(code)
                self.clear_text()
            elif why:
                self.refused.emit(why)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Backspace and not self.currentText():
            self.remove_last.emit()
            event.accept()
            return
        super().keyPressEvent(event)
