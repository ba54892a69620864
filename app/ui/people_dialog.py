"""The people the desk knows: found by any spelling, each with their page (names, positions over time, every
meeting with what they said and took on there, newest first), and two records of one person merged into one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocab import Side
from app.services import people
from app.services.changes import ChangeService
from app.services.reading import Records
from app.ui.colours import warning_style
from app.ui.country_picker import CountryPicker
from app.ui.dialogs import DialogService
from app.ui.labels import country_label, problem_text, vocab_label

ID_ROLE = Qt.ItemDataRole.UserRole + 31


def _day(value: object) -> str:
    if not isinstance(value, dt.date):
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class PeopleDialog(QDialog):
    def __init__(
        self,
        repo: Records,
        changes: ChangeService,
        dialogs: DialogService,
        parent: QWidget | None = None,
        open_meeting: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.changes = changes
        self.dialogs = dialogs
        self.open_meeting = open_meeting
        self.setWindowTitle(self.tr("People"))
        self.resize(960, 620)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("a name in any spelling, e.g. Садыков or Sadyqov"))
        self.search.setClearButtonEnabled(True)
        caption = QLabel(self.tr("&Find:"))
        caption.setBuddy(self.search)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        self.page.anchorClicked.connect(self._link)
        self.merge_button = QPushButton(self.tr("&Merge the two selected…"))
        self.merge_button.setToolTip(self.tr("Two records of one person become one, with every spelling and meeting"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.count = QLabel()

        # Correcting the person shown: names (the first is how the desk writes them), country, usual side.
        self.name = QLineEdit()
        self.other_names = QLineEdit()
        self.other_names.setPlaceholderText(self.tr("other spellings, separated by ;"))
        self.country = CountryPicker()
        self.side = QComboBox()
        for side in Side:
            self.side.addItem(vocab_label(side), side.value)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.clicked.connect(self.save_person)
        self.message = QLabel()
        self.message.setStyleSheet(warning_style())
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        for text, field in ((self.tr("&Name:"), self.name), (self.tr("&Other spellings:"), self.other_names),
                            (self.tr("&Country:"), self.country), (self.tr("&Usual side:"), self.side)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.message)
        form.addRow(self.save_button)
        editor = QWidget()
        editor.setLayout(form)
        self.shown_id = ""

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.search, 1)
        column.addLayout(row)
        column.addWidget(self.list, 1)
        column.addWidget(self.count)
        column.addWidget(self.merge_button)
        right = QWidget()
        stack = QVBoxLayout(right)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(editor)
        stack.addWidget(self.page, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([340, 620])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self.refresh)
        self.list.itemSelectionChanged.connect(self._selected)
        self.refresh()
        self.search.setFocus()

    # ------------------------------------------------------------------------------------------------ list

    def refresh(self) -> None:
        typed = self.search.text()
        found = people.find(self.repo, typed, limit=500) if typed.strip() else people.list_all(self.repo)
        self.list.clear()
        for person in found:
            held = person.latest_position()
            detail = ", ".join(x for x in (held.position if held else "", person.country) if x)
            item = QListWidgetItem(f"{person.name} — {detail}" if detail else person.name)
            item.setData(ID_ROLE, person.id)
            item.setToolTip("\n".join(person.names))
            self.list.addItem(item)
        self.count.setText(self.tr("%n person(s)", "", len(found)))
        if found:
            self.list.setCurrentRow(0)
        else:
            nobody = self.tr("Nobody of that name.")
            self.page.setHtml(f"<p>{escape(nobody)}</p>")

    def selected_ids(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self.list.selectedItems()]

    def _selected(self) -> None:
        ids = self.selected_ids()
        self.merge_button.setEnabled(len(ids) == 2)
        if ids:
            self.show_person(ids[-1])

    # ------------------------------------------------------------------------------------------------ page

    def show_person(self, person_id: str) -> None:
        found = people.page(self.repo, person_id)
        if found is None:
            self.page.setHtml("")
            return
        p = found.person
        self.shown_id = p.id
        self.message.hide()
        self.name.setText(p.name)
        self.other_names.setText("; ".join(p.names[1:]))
        if p.country:
            self.country.set_code(p.country)
        else:
            self.country.setCurrentIndex(-1)
            self.country.setEditText("")
        self.side.setCurrentIndex(max(0, self.side.findData(p.side.value)))
        parts = [f"<h2>{escape(p.name)}</h2>"]
        if len(p.names) > 1:
            also = self.tr("Also written:")
            parts.append(f"<p>{escape(also)} {escape('; '.join(p.names[1:]))}</p>")
        facts = [f"{country_label(p.country)} ({p.country})" if p.country else "", vocab_label(p.side)]
        parts.append("<p>" + escape(" · ".join(f for f in facts if f)) + "</p>")
        if p.positions:
            rows = sorted(p.positions, key=lambda x: x.start or dt.date.min, reverse=True)
            items = "".join(
                f"<li>{escape(', '.join(x for x in (pos.position, pos.organisation) if x))}"
                f"{' (' + escape(_day(pos.start)) + ')' if pos.start else ''}</li>"
                for pos in rows
            )
            positions = self.tr("Positions")
            parts.append(f"<h3>{escape(positions)}</h3><ul>{items}</ul>")
        meetings = self.tr("Meetings, newest first")
        took_on = self.tr("Took on:")
        parts.append(f"<h3>{escape(meetings)}</h3>")
        for a in found.appearances:
            link = f"<a href='meeting:{escape(a.meeting_id)}'>{escape(a.title)}</a>"
            line = f"<p><b>{escape(_day(a.date))}</b> {link}"
            if a.position:
                line += f"<br><i>{escape(a.position)}</i>"
            parts.append(line + "</p>")
            for said in a.statements:
                parts.append(f"<blockquote>“{escape(said)}”</blockquote>")
            if a.commitments:
                items = "".join(f"<li>{escape(c)}</li>" for c in a.commitments)
                parts.append(f"<p>{escape(took_on)}</p><ul>{items}</ul>")
        if not found.appearances:
            none = self.tr("No meetings recorded.")
            parts.append(f"<p>{escape(none)}</p>")
        self.page.setHtml("".join(parts))

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("meeting:") and self.open_meeting is not None:
            self.open_meeting(target.removeprefix("meeting:"))
            self.accept()

    def save_person(self) -> None:
        """The corrections typed above the page: one change in the log; a name left empty is refused."""
        person = people.get(self.repo, self.shown_id) if self.shown_id else None
        if person is None:
            return
        if not self.name.text().strip():
            self._say(self.tr("The name is required (how the desk writes this person)."))
            return
        typed_country = self.country.currentText().strip()
        code = self.country.code()
        if typed_country and not code:
            self._say(self.tr("“%1” is not a country: choose one from the list.").replace("%1", typed_country))
            return
        person.names = [self.name.text(), *self.other_names.text().split(";")]
        person.country = code
        person.side = Side(str(self.side.currentData()))
        try:
            people.save(self.repo, self.changes, person)
        except ValueError as exc:
            self._say(problem_text(str(exc)))
            return
        self.refresh()
        self._select(person.id)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _select(self, person_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == person_id:
                self.list.setCurrentRow(row)
                return

    # ------------------------------------------------------------------------------------------------ merge

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        first, second = (people.get(self.repo, i) for i in ids)
        if first is None or second is None:
            return
        answer = self.dialogs.choose(
            self,
            self.tr("Merge"),
            self.tr("“%1” and “%2” are one person: every spelling, position and meeting of both is kept. "
                    "Which name should the person go by?").replace("%1", first.name).replace("%2", second.name),
            [first.name, second.name, self.tr("Cancel")],
            default=2,
        )  # fmt: skip
        if answer not in (0, 1):
            return
        keep, other = (first, second) if answer == 0 else (second, first)
        try:
            people.merge(self.repo, self.changes, keep.id, other.id)
        except ValueError as exc:
            self.dialogs.error(self, self.tr("Merge"), problem_text(str(exc)))
            return
        self.refresh()
        self._select(keep.id)
