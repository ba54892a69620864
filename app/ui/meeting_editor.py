"""The meeting editor: every field of a meeting with the widget that suits it, and tables for its participants,
statements and follow-up actions. Saving is refused while anything is wrong; each problem is marked where it is,
with its message beside it, and nothing typed is lost."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.build import meeting_from_raw
from app.domain.records import Meeting
from app.domain.validation import LIST_SEPARATOR, Problem
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status
from app.domain.warnings import MeetingWarning
from app.intake.draft import Draft, Evidence
from app.services.reading import StorageError, UnreachableError
from app.ui.child_table import ChildTable, ChildTableView, Column, Lookup
from app.ui.colours import warning_style
from app.ui.country_picker import CountryAdder
from app.ui.date_field import DateField, parse_typed_date
from app.ui.dialogs import DialogService
from app.ui.intake_dialog import SourcePanel
from app.ui.labels import country_label, field_label, problem_text, vocab_label, vocab_record, warning_text


def _combo(kind: type[StrEnum], value: StrEnum | None = None) -> QComboBox:
    combo = QComboBox()
    for member in kind:
        combo.addItem(vocab_label(member), member.value)
    if value is not None:
        combo.setCurrentIndex(max(0, combo.findData(value.value)))
    return combo


class TextBox(QPlainTextEdit):
    """A text of several lines: Tab and Shift+Tab move on like everywhere else; Ctrl+Tab types a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("\t")
            event.accept()
            return
        super().keyPressEvent(event)


RETRY_MS = 5000


def _quoted(sentence: str, limit: int = 300) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


class MeetingEditor(QDialog):
    def __init__(
        self,
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
        save: Callable[[Meeting], None] | None = None,
        dialogs: DialogService | None = None,
        warn: Callable[[Meeting], list[MeetingWarning]] | None = None,
        open_other: Callable[[str], None] | None = None,
        people: Lookup | None = None,
        draft: Draft | None = None,
        source: str = "",
        part: tuple[int, int] = (1, 1),
    ) -> None:
        """`save` stores the meeting; if it fails, its message is shown and the editor stays open. `warn` says
        what looks wrong without blocking (asked before saving); `open_other` shows a likely duplicate."""
        super().__init__(parent)
        self.original = meeting
        self._save = save
        self._warn = warn
        self._open_other = open_other
        self.dialogs = dialogs or DialogService()
        self.result_meeting: Meeting | None = None
        self._switching = False
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        if draft is not None:
            title = self.tr("New meeting from a press release")
            if part[1] > 1:
                title = self.tr("Meeting %1 of %2 from a press release").replace("%1", str(part[0]))
                title = title.replace("%2", str(part[1]))
            self.setWindowTitle(title)
        self.resize(1000, 680)

        self.title = QLineEdit()
        self.date = DateField()
        self.end_date = DateField(optional=True)
        self.end_date.setToolTip(self.tr("The last day of a visit of several days; empty for one day"))
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.time.setMaxLength(8)
        self.location = QLineEdit()
        self.format = _combo(MeetingFormat)
        self.level = _combo(Level, Level.WORKING)
        self.country_picker = CountryAdder()
        self.add_country = QPushButton(self.tr("Add"))
        self.countries = QListWidget()
        self.countries.setMaximumHeight(70)
        self.countries.setFlow(QListWidget.Flow.LeftToRight)
        self.countries.setWrapping(True)
        self.countries.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes on to Topics; Backspace removes
        self.countries.installEventFilter(self)
        self.remove_country = QPushButton(self.tr("Remove"))
        for button in (self.add_country, self.remove_country):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter adds, Backspace removes: Tab never stops here
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("topics separated by ;  e.g. trade; grain; UN"))
        self.summary = TextBox()
        self.outcomes = TextBox()
        self.source = QLineEdit()
        self.classification = _combo(Classification)
        self.add_country.clicked.connect(self._add_typed_country)
        self.country_picker.chosen.connect(self._add_code)
        self.country_picker.refused.connect(lambda why: self._say("countries", why))
        self.country_picker.remove_last.connect(lambda: self.countries.takeItem(self.countries.count() - 1))
        self.remove_country.clicked.connect(self._remove_selected_country)

        self.participants = ChildTable(
            [Column("name", self.tr("Name"), width=200, lookup=True),
             Column("position", self.tr("Position"), stretch=True),
             Column("organisation", self.tr("Organisation"), width=200),
             Column("country", self.tr("Country"), width=60), Column("side", self.tr("Side"), Side, width=100)],
            self.tr("Add participant"),
            lookup=people,
        )  # fmt: skip
        self.statements = ChildTable(
            [Column("speaker", self.tr("Speaker"), width=200),
             Column("text", self.tr("What was said"), multiline=True, stretch=True),
             Column("language", self.tr("Language"), width=70)],
            self.tr("Add statement"),
        )  # fmt: skip
        self.actions_table = ChildTable(
            [Column("description", self.tr("Action"), stretch=True), Column("owner", self.tr("Owner"), width=140),
             Column("committed_by", self.tr("Committed by"), CommittedBy, width=95),
             Column("due_date", self.tr("Due"), width=85), Column("status", self.tr("Status"), Status, width=95),
             Column("priority", self.tr("Priority"), Priority, Priority.NORMAL, width=75),
             Column("completed_on", self.tr("Completed on"), width=85),
             Column("notes", self.tr("Notes"), multiline=True, width=120)],
            self.tr("Add action"),
        )  # fmt: skip
        for table in (self.participants, self.statements, self.actions_table):
            for button in (table.add_button, table.remove_button):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Insert and Delete do it from the table

        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        when = QHBoxLayout()
        when.addWidget(self.date)
        self.end_caption = QLabel(self.tr("&End date:"))
        self.end_caption.setBuddy(self.end_date)
        when.addWidget(self.end_caption)
        when.addWidget(self.end_date)
        self.time_caption = QLabel(self.tr("T&ime:"))
        self.time_caption.setBuddy(self.time)
        when.addWidget(self.time_caption)
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
            ("countries", self.tr("Cou&ntries:"), country_row),
            ("topics", self.tr("T&opics:"), self.topics),
            ("summary", self.tr("Summar&y:"), self.summary),
            ("outcomes", self.tr("O&utcomes:"), self.outcomes),
            ("source", self.tr("Sou&rce:"), self.source),
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
        for field in ("end_date", "time"):
            self.messages[field] = self.messages["date"]  # one line under the three fields of when
        meeting_tab = QWidget()
        meeting_tab.setLayout(form)

        self.tabs = QTabWidget()
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab walks fields; Ctrl+Tab and Alt+letter tabs
        self.tabs.addTab(meeting_tab, self.tr("&Meeting"))
        self.tabs.addTab(self.participants, self.tr("Parti&cipants"))
        self.tabs.addTab(self.statements, self.tr("&Statements"))
        self.tabs.addTab(self.actions_table, self.tr("Follo&w-up actions"))
        self.problems = QLabel()
        self.problems.setStyleSheet(warning_style())
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))  # Escape cancels: no letter of its own to clash with a field's
        # An action-role button: a button box makes its first accept-role button the default when shown, and
        # Enter in any field would then save half a form.
        self.save_button = self.buttons.addButton(self.tr("Sa&ve"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.accept)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.activated.connect(self.accept)
        layout = QVBoxLayout(self)
        self.release: SourcePanel | None = None
        if draft is not None and source:
            # A draft from a press release: the release beside the form, its sentence marked for the field in focus.
            self.release = SourcePanel(source)
            split = QSplitter()
            split.addWidget(self.tabs)
            split.addWidget(self.release)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
            layout.addWidget(split, 1)
            self.resize(1280, 720)
        else:
            layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        # Enter belongs to the field being typed in (it adds a country, ends a cell): it never saves half a form.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._draft = draft
        # A save the department server could not take is tried again until it can (the editor keeps the meeting).
        self._pending: Meeting | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try_again)
        if draft is not None:
            self._as_opened = self._comparable()  # an empty form: closing a draft asks before dropping it
            self._fill(draft.to_meeting())
            self._mark_proposals(draft)
            QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[union-attr]
        else:
            self._fill(meeting)
        # A field's message goes as soon as the field is changed: it spoke of what was there before.
        for field, widget in (("title", self.title), ("date", self.date), ("end_date", self.end_date),
                              ("time", self.time), ("location", self.location), ("topics", self.topics),
                              ("source", self.source)):  # fmt: skip
            widget.textEdited.connect(lambda _t, f=field: self.messages[f].hide())
        for field, box in (("summary", self.summary), ("outcomes", self.outcomes)):
            box.textChanged.connect(lambda f=field: self.messages[f].hide())
        if draft is None:
            self._as_opened = self._comparable()
        self.title.setFocus()

    # ------------------------------------------------------------------------------------------------ keys

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.tabs.currentIndex() == 0 and not self.title.hasFocus():
            self.title.setFocus()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab after a page's last field goes on to the next page's first (Shift+Tab back likewise), so that the
        whole meeting is typed in one sweep."""
        if self._switching:  # the page being left hides its focused field, and Qt asks again: one step only
            return True
        page = self.tabs.currentWidget()
        focusable = self._focusable(page) if page is not None else []
        current = self.focusWidget()
        edge = (focusable[-1] if forward else focusable[0]) if focusable else None
        if current is not None and edge is not None and (current is edge or edge.isAncestorOf(current)):
            step = 1 if forward else -1
            target = self.tabs.currentIndex() + step
            if 0 <= target < self.tabs.count():
                self._switching = True
                try:
                    self.tabs.setCurrentIndex(target)
                finally:
                    self._switching = False
                widgets = self._focusable(self.tabs.currentWidget())
                if widgets:
                    chosen = widgets[0] if forward else widgets[-1]
                    chosen.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                    if isinstance(chosen, ChildTableView) and chosen.rowCount() and forward:
                        chosen.setCurrentCell(0, 0)
                    return True
        return super().focusNextPrevChild(forward)

    @staticmethod
    def _focusable(page: QWidget) -> list[QWidget]:
        """The page's widgets that Tab stops at, in the order it does."""
        found: list[QWidget] = []
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page and page.isAncestorOf(widget):
            stops = widget.isVisibleTo(page) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            inside_table = any(isinstance(a, ChildTableView) for a in _ancestors(widget, page))  # its cell editors
            if stops and widget.focusProxy() is None and not inside_table:
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        removing = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if watched is self.countries and removing and event.type() == QEvent.Type.KeyPress:
            self._remove_selected_country()
            return True
        return super().eventFilter(watched, event)

    def _field_evidence(self) -> dict[QWidget, str]:
        return {self.title: "title", self.date: "date", self.location: "place", self.country_picker: "countries",
                self.countries: "countries", self.summary: "title"}  # fmt: skip

    def _mark_proposals(self, draft: Draft) -> None:
        """Each proposed field and row says, on hover, the sentence it came from, and marks it in the release
        when selected; a row is dropped with Remove row (Delete), a field by clearing it."""
        for widget, name in self._field_evidence().items():
            evidence = draft.evidence.get(name)
            if evidence is not None:
                widget.setToolTip(self.tr("From the release: “%1”").replace("%1", _quoted(evidence.sentence)))
        people = [(p.evidence, bool(p.person_id)) for p in draft.participants]
        tables: list[tuple[ChildTable, list[tuple[Evidence | None, bool | None]]]] = [
            (self.participants, [(e, known) for e, known in people]),
            (self.actions_table, [(a.evidence, None) for a in draft.actions]),
            (self.statements, [(s.evidence, None) for s in draft.statements]),
        ]
        for table, proposals in tables:
            for row, (evidence, known) in enumerate(proposals):
                if evidence is None:
                    continue
                note = self.tr("From the release: “%1”").replace("%1", _quoted(evidence.sentence))
                if known is not None:
                    note += "\n" + (self.tr("Known in People: linked to that person.") if known else
                                    self.tr("New: added to People when the meeting is saved."))  # fmt: skip
                table.set_row_note(row, note, evidence)
            view = table.table
            view.setMouseTracking(True)
            view.entered.connect(lambda index, t=table: self._show_row(t, index.row()))
            view.currentCellChanged.connect(lambda row, _c, _r, _p, t=table: self._show_row(t, row))

    def _show_row(self, table: ChildTable, row: int) -> None:
        if self.release is not None:
            evidence = table.row_data(row)
            self.release.show_evidence(evidence if isinstance(evidence, Evidence) else None)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The sentence the field or row in focus came from, marked in the release."""
        if self.release is None or self._draft is None or new is None or not self.isAncestorOf(new):
            return
        for widget, name in self._field_evidence().items():
            if new is widget or widget.isAncestorOf(new):
                self.release.show_evidence(self._draft.evidence.get(name))
                return
        for table in (self.participants, self.actions_table, self.statements):
            if new is table.table or table.table.isAncestorOf(new):
                self._show_row(table, table.table.currentRow())
                return

    # ------------------------------------------------------------------------------------------------ filling

    def _fill(self, m: Meeting | None) -> None:
        today = dt.date.today()
        if m is None:
            self.date.set_date(today)
            return
        self.title.setText(m.title)
        self.date.set_date(m.date)
        self.end_date.set_date(m.end_date)
        self.time.setText(m.time.strftime("%H:%M") if m.time else "")
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
                                       "country": p.country, "side": p.side, "person_id": p.person_id},
                                      p.id)  # fmt: skip
        for s in m.statements:
            self.statements.add_row({"speaker": s.speaker, "text": s.text, "language": s.language}, s.id)
        for a in m.actions:
            self.actions_table.add_row({"description": a.description, "owner": a.owner, "committed_by": a.committed_by,
                                  "due_date": a.due_date.isoformat() if a.due_date else "", "status": a.status,
                                  "priority": a.priority, "notes": a.notes,
                                  "completed_on": a.completed_on.isoformat() if a.completed_on else ""},
                                 a.id)  # fmt: skip

    def _add_code(self, code: str) -> None:
        self.messages["countries"].hide()
        if code and not self.countries.findItems(f"{code} ", Qt.MatchFlag.MatchStartsWith):
            item = QListWidgetItem(f"{code} — {country_label(code)}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.countries.addItem(item)

    def _add_typed_country(self) -> None:
        code, why = self.country_picker.resolve()
        if code:
            self._add_code(code)
            self.country_picker.clear_text()
        elif why:
            self._say("countries", why)

    def _remove_selected_country(self) -> None:
        row = self.countries.currentRow()
        self.countries.takeItem(row if row >= 0 else self.countries.count() - 1)

    def _say(self, field: str, text: str) -> None:
        self.messages[field].setText(text)
        self.messages[field].show()

    # ------------------------------------------------------------------------------------------------ reading

    def raw(self) -> dict[str, Any]:
        codes = [str(self.countries.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.countries.count())]
        actions = self.actions_table.rows()
        for row in actions:  # a date typed the window's way becomes the one way the records hold it
            for field in ("due_date", "completed_on"):
                with contextlib.suppress(ValueError):
                    if str(row.get(field) or "").strip():
                        row[field] = parse_typed_date(str(row[field])).isoformat()
        raw: dict[str, Any] = {
            "id": self.original.id if self.original else None,
            "title": self.title.text(),
            "date": self.date.text(),
            "end_date": self.end_date.text(),
            "time": self.time.text(),
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
            "actions": actions,
        }
        for field in ("date", "end_date"):
            with contextlib.suppress(ValueError):
                if str(raw[field]).strip():
                    raw[field] = parse_typed_date(str(raw[field])).isoformat()
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
                tables[where.group].mark(where.row - 1, where.name, problem_text(p.message))
                continue
            beside = self.messages.get(where.group or where.name)
            if beside is not None:
                beside.setText(problem_text(p.message))
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
        self._retry.stop()
        super().reject()

    def accept(self) -> None:
        meeting, problems = self.check()
        if problems:
            return
        try:
            if not self._warnings_accepted(meeting):
                return
        except UnreachableError:  # the checks read the server: without it, the meeting waits to be saved
            pass
        self._save_now(meeting)

    def _save_now(self, meeting: Meeting) -> None:
        if self._save is not None:
            try:
                self._save(meeting)
            except UnreachableError:
                # The department server is away: what was typed stays here and is saved as soon as it answers.
                self.problems.setText(
                    self.tr("The department server does not answer. Nothing is lost: this meeting is saved as soon "
                            "as the server is back (trying every %1 seconds).").replace("%1", str(RETRY_MS // 1000))
                )  # fmt: skip
                self.problems.show()
                self._pending = meeting
                self._retry.start()
                return
            except (StorageError, ValueError) as exc:  # changed elsewhere meanwhile, or refused by the store
                self._retry.stop()
                self.problems.setText(self.tr("Not saved: %1").replace("%1", problem_text(str(exc))))
                self.problems.show()
                return
        self._retry.stop()
        self.result_meeting = meeting
        super().accept()

    def _try_again(self) -> None:
        if self._pending is not None and self.isVisible():
            self._save_now(self._pending)

    def _warnings_accepted(self, meeting: Meeting) -> bool:
        """What looks wrong, said before saving: save anyway, keep editing, or look at the likely duplicate
        (shown in the window behind, the editor staying open with everything typed)."""
        warnings = self._warn(meeting) if self._warn is not None else []
        if not warnings:
            return True
        duplicate = next((w for w in warnings if w.other_id), None)
        buttons = [self.tr("Save anyway"), self.tr("Keep editing")]
        if duplicate is not None and self._open_other is not None:
            buttons.append(self.tr("Show the other meeting"))
        text = self.tr("Before saving, please check:") + "\n\n" + "\n".join("• " + warning_text(w) for w in warnings)
        answer = self.dialogs.choose(self, self.windowTitle(), text, buttons, default=0)
        if answer == 2 and duplicate is not None and self._open_other is not None:
            self._open_other(duplicate.other_id)
        return answer == 0


def _describe(p: Problem) -> str:
    """Where the problem is and what it is, in the window's language: "Participant 2, Name: is required"."""
    where = p.path
    record = {"participants": "participant", "statements": "statement", "actions": "action"}.get(where.group)
    field = field_label(where.name) if where.name else ""
    if record is not None:
        return f"{vocab_record(record)} {where.row}, {field}: {problem_text(p.message)}"
    return f"{field or where}: {problem_text(p.message)}"


def _ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parentWidget()
    return found
