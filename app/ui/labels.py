"""What the window calls each value of the closed vocabularies, in the user's language.

The vocabulary's English words live with the vocabulary (app.domain.vocab_words), shared with the briefs; the
words of the history are the window's own. Each is marked with QT_TRANSLATE_NOOP so lupdate finds it, and
translated when it is shown.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.domain.vocab_words import CONTEXT, english_label

if TYPE_CHECKING:
    from app.domain.warnings import MeetingWarning


def country_label(code: str) -> str:
    """The country's name in the window's language (pycountry's catalogues), English where it has none."""
    from app.catalogue import language_or_default
    from app.domain.countries import country_name

    return country_name(code, language_or_default(QLocale().name()))


def vocab_label(value: StrEnum) -> str:
    """The on-screen word for a vocabulary value."""
    return QCoreApplication.translate(CONTEXT, english_label(value))


_RECORDS: dict[str, object] = {
    "meeting": QT_TRANSLATE_NOOP("history", "Meeting"),
    "participant": QT_TRANSLATE_NOOP("history", "Participant"),
    "statement": QT_TRANSLATE_NOOP("history", "Statement"),
    "action": QT_TRANSLATE_NOOP("history", "Action"),
    "person": QT_TRANSLATE_NOOP("history", "Person"),
}
_CHANGES: dict[str, object] = {
    "new": QT_TRANSLATE_NOOP("history", "New"),
    "edit": QT_TRANSLATE_NOOP("history", "Edit"),
    "delete": QT_TRANSLATE_NOOP("history", "Delete"),
    "status": QT_TRANSLATE_NOOP("history", "Status"),
    "import": QT_TRANSLATE_NOOP("history", "Import"),
    "sample": QT_TRANSLATE_NOOP("history", "Sample"),
    "undo": QT_TRANSLATE_NOOP("history", "Undo"),
    "redo": QT_TRANSLATE_NOOP("history", "Redo"),
    "merge": QT_TRANSLATE_NOOP("history", "Merge of people"),
    "person": QT_TRANSLATE_NOOP("history", "Person corrected"),
}
_FIELDS: dict[str, object] = {
    "title": QT_TRANSLATE_NOOP("history", "Title"),
    "date": QT_TRANSLATE_NOOP("history", "Date"),
    "end_date": QT_TRANSLATE_NOOP("history", "End date"),
    "person_id": QT_TRANSLATE_NOOP("history", "Person"),
    "names": QT_TRANSLATE_NOOP("history", "Names"),
    "time": QT_TRANSLATE_NOOP("history", "Time"),
    "location": QT_TRANSLATE_NOOP("history", "Place"),
    "format": QT_TRANSLATE_NOOP("history", "Format"),
    "level": QT_TRANSLATE_NOOP("history", "Level"),
    "countries": QT_TRANSLATE_NOOP("history", "Countries"),
    "topics": QT_TRANSLATE_NOOP("history", "Topics"),
    "summary": QT_TRANSLATE_NOOP("history", "Summary"),
    "outcomes": QT_TRANSLATE_NOOP("history", "Outcomes"),
    "source": QT_TRANSLATE_NOOP("history", "Source"),
    "classification": QT_TRANSLATE_NOOP("history", "Classification"),
    "name": QT_TRANSLATE_NOOP("history", "Name"),
    "position": QT_TRANSLATE_NOOP("history", "Position"),
    "organisation": QT_TRANSLATE_NOOP("history", "Organisation"),
    "country": QT_TRANSLATE_NOOP("history", "Country"),
    "side": QT_TRANSLATE_NOOP("history", "Side"),
    "speaker": QT_TRANSLATE_NOOP("history", "Speaker"),
    "text": QT_TRANSLATE_NOOP("history", "Text"),
    "language": QT_TRANSLATE_NOOP("history", "Language"),
    "description": QT_TRANSLATE_NOOP("history", "Description"),
    "owner": QT_TRANSLATE_NOOP("history", "Owner"),
    "committed_by": QT_TRANSLATE_NOOP("history", "Committed by"),
    "due_date": QT_TRANSLATE_NOOP("history", "Due date"),
    "status": QT_TRANSLATE_NOOP("history", "Status"),
    "priority": QT_TRANSLATE_NOOP("history", "Priority"),
    "completed_on": QT_TRANSLATE_NOOP("history", "Completed on"),
    "notes": QT_TRANSLATE_NOOP("history", "Notes"),
}


def _label(table: dict[str, object], code: str) -> str:
    text = table.get(code)
    return code if text is None else QCoreApplication.translate("history", str(text))


def vocab_record(code: str) -> str:
    """The on-screen word for a kind of record in a history."""
    return _label(_RECORDS, code)


def change_label(code: str) -> str:
    """The on-screen word for a kind of change."""
    return _label(_CHANGES, code)


def field_label(code: str) -> str:
    """The on-screen name of a record's field."""
    return _label(_FIELDS, code)


_HELD: dict[str, object] = {
    "outcomes": QT_TRANSLATE_NOOP("warnings", "outcomes"),
    "statements": QT_TRANSLATE_NOOP("warnings", "statements"),
    "actions done": QT_TRANSLATE_NOOP("warnings", "actions done"),
}


def problem_text(message: str) -> str:
    """A problem the checks found (a field, a workbook's cell), in the window's language."""
    from app.domain.problem_words import CONTEXT, translated

    return translated(message, lambda pattern: QCoreApplication.translate(CONTEXT, pattern))


def warning_text(w: MeetingWarning) -> str:
    """A warning about a meeting in the window's language."""
    from app.domain.warnings import Concern

    a = w.args
    if w.concern is Concern.DUPLICATE and len(a) == 2:
        text = QCoreApplication.translate("warnings", "Looks like “%1” of %2: the same countries and a similar title.")
        return text.replace("%1", a[0]).replace("%2", a[1])
    if w.concern is Concern.NO_COUNTRY:
        return QCoreApplication.translate("warnings", "No country: the meeting will not appear in any country's brief.")
    if w.concern is Concern.DUE_BEFORE_MEETING and len(a) == 4:
        text = QCoreApplication.translate("warnings", "Action %1 (“%2”) is due %3, before the meeting (%4).")
        return text.replace("%1", a[0]).replace("%2", a[1]).replace("%3", a[2]).replace("%4", a[3])
    if w.concern is Concern.FUTURE_BUT_HELD and a:
        held = ", ".join(QCoreApplication.translate("warnings", str(_HELD.get(h, h))) for h in a[1:])
        text = QCoreApplication.translate("warnings", "The meeting is on %1, still to come, but already has %2.")
        return text.replace("%1", a[0]).replace("%2", held)
    return w.message
