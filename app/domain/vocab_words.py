"""What each value of the closed vocabularies is called, in English, marked for the catalogue (context "vocab").

The stored codes stay English and lowercase (the database and the workbook use them); these are the words the
window and the briefs show, each translated through the one catalogue (app.catalogue)."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue import QT_TRANSLATE_NOOP
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status

CONTEXT = "vocab"

LABELS: dict[StrEnum, str] = {
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


def english_label(value: StrEnum) -> str:
    """The English word; the code, capitalised, for a value added to the vocabulary without one."""
    return LABELS.get(value) or str(value.value).capitalize()
