"""A keyboard for the tests: every key goes to the widget that has the focus, as a real one does, and is counted.
The scenario of entering one real meeting (issue 13's MoU of 2024-03-09) is here, for the test and the benchmark."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    def __init__(self) -> None:
        self.keys = 0  # key presses, a Shift or Ctrl held with a key counted as one more
        self.content = 0  # characters of content typed

    def focused(self):  # type: ignore[no-untyped-def]
        """Where a key goes: an open pop-up list (a completer's, a drop-down's) first, as it holds the keyboard."""
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def _send(self, key: int, modifiers: Qt.KeyboardModifier, text: str = "") -> None:
        """Through QTest, as the application receives a key: a window shortcut (Ctrl+S, Alt+letter) takes it first."""
        target = self.focused()
        if text and text.isascii():
            QTest.keyClick(target, text, modifiers & ~SHIFT)
        elif text:  # QTest knows only ASCII characters
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(self.focused(), QKeyEvent(kind, 0, NO, text))
        else:
            QTest.keyClick(target, Qt.Key(key), modifiers)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        for ch in text:
            upper = ch.isupper() or ch in '~!@#$%^&*()_+{}|:"<>?'
            self._send(0, SHIFT if upper else NO, ch)
            self.keys += 2 if upper else 1
            self.content += 1

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
        self._send(int(key), modifiers, "")
        self.keys += 1 + bin(modifiers.value).count("1")

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)


# The meeting of issue 13, as its press release gives it.
MOU = {
    "title": "Ambassador Sadykov and Principal Secretary Sing'Oei sign an MoU on political consultations",
    "date": "2024-03-09",
    "place": "Nairobi",
    "topics": "political consultations; high-level visits; working groups",
    "summary": "Ambassador Barlybay Sadykov and Principal Secretary Abraham Korir Sing'Oei signed a memorandum of "
    "understanding on political consultations between the two foreign ministries.",
    "outcomes": "The sides agreed on an exchange of high-level visits and on setting up working groups.",
    "participants": [
        ("Barlybay Sadykov", "Ambassador of Kazakhstan to Kenya", "Ministry of Foreign Affairs", "KZ", ""),
        ("Abraham Korir Sing'Oei", "Principal Secretary", "State Department for Foreign Affairs", "KE", "c"),
    ],
    "statement": ("Abraham Korir Sing'Oei", "Kenya values its growing partnership with Kazakhstan.", "en"),
    "actions": [
        ("Prepare the first round of political consultations", "Africa Department", "j", "2024-09-30"),
        ("Propose the members of the working groups", "Embassy in Nairobi", "o", "2024-05-31"),
    ],
}


def enter_mou(kb: Keyboard) -> None:
    """In the editor just opened (by Ctrl+N), the whole meeting by keyboard, then Ctrl+S."""
    m = MOU
    kb.type(m["title"])
    kb.tab()
    kb.type(m["date"])  # the field's text is selected on entry: typing replaces today's date
    kb.tab(3)  # end date, time: empty; on to the place
    kb.type(m["place"])
    kb.tab(2)  # format: bilateral meeting, as it is
    kb.type("a")  # level: ambassador
    kb.tab()
    kb.type("KZ")
    kb.enter()
    kb.type("Kenya")
    kb.enter()
    kb.tab()
    kb.type(m["topics"])
    kb.tab()
    kb.type(m["summary"])
    kb.tab()
    kb.type(m["outcomes"])
    kb.tab(3)  # source and classification as they are; on to the participants
    kb.type("Sadyk")  # a person the desk knows: picked from the list the name cell offers
    kb.press(Qt.Key.Key_Down)
    kb.enter()
    kb.enter()  # the name cell is done; position, organisation, country and side came with the person
    for name, position, organisation, country, side in m["participants"][1:]:
        kb.press(Qt.Key.Key_Insert)
        for value in (name, position, organisation, country):
            kb.type(value)
            kb.tab()
        if side:
            kb.type(side)
    kb.tab()  # after the last cell: on to the statements
    speaker, text, language = m["statement"]
    kb.type(speaker)
    kb.tab()
    kb.type(text)
    kb.tab()
    kb.type(language)
    kb.tab()  # on to the actions
    for n, (description, owner, committed, due) in enumerate(m["actions"]):
        if n:
            kb.press(Qt.Key.Key_Insert)
        kb.type(description)
        kb.tab()
        kb.type(owner)
        kb.tab()
        kb.type(committed)
        kb.tab()
        kb.type(due)
        kb.tab()
    kb.press(Qt.Key.Key_S, CTRL)
