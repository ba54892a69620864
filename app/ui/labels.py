"""What the window calls each value of the closed vocabularies, in the user's language.

The stored codes stay English and lowercase (the database and the workbook use them); these are the words on screen.
Each label is marked with QT_TRANSLATE_NOOP so lupdate finds it, and translated when it is shown.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status

CONTEXT = "vocab"

# QT_TRANSLATE_NOOP returns its text unchanged but is typed as object.
_LABELS: dict[StrEnum, object] = {
    MeetingFormat.BILATERAL: QT_TRANSLATE_NOOP("vocab", "Bilateral meeting"),
    MeetingFormat.MULTILATERAL: QT_TRANSLATE_NOOP("vocab", "Multilateral meeting"),
    MeetingFormat.OFFICIAL_VISIT: QT_TRANSLATE_NOOP("vocab", "Official visit"),
    MeetingFormat.STATE_VISIT: QT_TRANSLATE_NOOP("vocab", "State visit"),
    MeetingFormat.SIDELINES: QT_TRANSLATE_NOOP("vocab", "Sidelines meeting"),
    MeetingFormat.PHONE_CALL: QT_TRANSLATE_NOOP("vocab", "Phone call"),
    MeetingFormat.VIDEO_CALL: QT_TRANSLATE_NOOP("vocab", "Video call"),
    MeetingFormat.OTHER: QT_TRANSLATE_NOOP("vocab", "Other"),
    Level.HEAD_OF_STATE: QT_TRANSLATE_NOOP("vocab", "Head of state"),
    Level.HEAD_OF_GOVERNMENT: QT_TRANSLATE_NOOP("vocab", "Head of government"),
    Level.MINISTER: QT_TRANSLATE_NOOP("vocab", "Minister"),
    Level.DEPUTY_MINISTER: QT_TRANSLATE_NOOP("vocab", "Deputy minister"),
    Level.AMBASSADOR: QT_TRANSLATE_NOOP("vocab", "Ambassador"),
    Level.WORKING: QT_TRANSLATE_NOOP("vocab", "Working level"),
    Side.OURS: QT_TRANSLATE_NOOP("vocab", "Ours"),
    Side.COUNTERPART: QT_TRANSLATE_NOOP("vocab", "Counterpart"),
    Side.THIRD_PARTY: QT_TRANSLATE_NOOP("vocab", "Third party"),
    CommittedBy.OURS: QT_TRANSLATE_NOOP("vocab", "Ours"),
    CommittedBy.COUNTERPART: QT_TRANSLATE_NOOP("vocab", "Counterpart"),
    CommittedBy.JOINT: QT_TRANSLATE_NOOP("vocab", "Joint"),
    Status.OPEN: QT_TRANSLATE_NOOP("vocab", "Open"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("vocab", "In progress"),
    Status.DONE: QT_TRANSLATE_NOOP("vocab", "Done"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("vocab", "Cancelled"),
    Priority.HIGH: QT_TRANSLATE_NOOP("vocab", "High"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("vocab", "Normal"),
    Priority.LOW: QT_TRANSLATE_NOOP("vocab", "Low"),
    Classification.UNCLASSIFIED: QT_TRANSLATE_NOOP("vocab", "Unclassified"),
    Classification.OFFICIAL_USE_ONLY: QT_TRANSLATE_NOOP("vocab", "Official use only"),
    Classification.CONFIDENTIAL: QT_TRANSLATE_NOOP("vocab", "Confidential"),
    Classification.SECRET: QT_TRANSLATE_NOOP("vocab", "Secret"),
}


def vocab_label(value: StrEnum) -> str:
    """The on-screen word for a vocabulary value."""
    text = _LABELS.get(value)
    if text is None:  # a value added to the vocabulary without a label: show the code rather than nothing
        return str(value.value).capitalize()
    return QCoreApplication.translate(CONTEXT, str(text))
