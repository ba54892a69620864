"""The closed vocabularies of the records.

Values are stable lowercase codes (stored in the database and the workbook); labels are for people and are
translated by the layer that shows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class MeetingFormat(StrEnum):
    BILATERAL = "bilateral meeting"
    MULTILATERAL = "multilateral meeting"
    OFFICIAL_VISIT = "official visit"
    STATE_VISIT = "state visit"
    SIDELINES = "sidelines meeting"
    PHONE_CALL = "phone call"
    VIDEO_CALL = "video call"
    OTHER = "other"


class Level(StrEnum):
    HEAD_OF_STATE = "head of state"
    HEAD_OF_GOVERNMENT = "head of government"
    MINISTER = "minister"
    DEPUTY_MINISTER = "deputy minister"
    AMBASSADOR = "ambassador"
    WORKING = "working level"


class Side(StrEnum):
    OURS = "ours"
    COUNTERPART = "counterpart"
    THIRD_PARTY = "third party"


class CommittedBy(StrEnum):
    OURS = "ours"
    COUNTERPART = "counterpart"
    JOINT = "joint"


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_closed(self) -> bool:
        return self in (Status.DONE, Status.CANCELLED)


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class Classification(StrEnum):
    UNCLASSIFIED = "unclassified"
    OFFICIAL_USE_ONLY = "official use only"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"


# Meetings that leave the desk (briefs, workbooks) only when the user asks for them by name.
RESTRICTED = frozenset({Classification.CONFIDENTIAL, Classification.SECRET})


def highest(markings: Iterable[Classification]) -> Classification | None:
    """The most restrictive of these markings, or None when there are none."""
    order = list(Classification)
    found = [order.index(m) for m in markings]
    return order[max(found)] if found else None
