"""The workbook contract: which sheets, which columns, in which order, and what each column holds.

Writer and reader both follow these tables, so the two cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status

FORMAT_NAME = "Aide-Mémoire workbook"
FORMAT_VERSION = 1


class Kind(Enum):
    TEXT = "text"
    LONG_TEXT = "long text"  # wrapped, wide column
    DATE = "date"
    TIME = "time"
    INTEGER = "integer"
    LIST = "list"  # several values separated by "; "
    CHOICE = "choice"  # one of a vocabulary, offered as a drop-down


@dataclass(frozen=True)
class Column:
    field: str  # the record's field name, as the domain's *_from_raw functions expect it
    header: str
    kind: Kind = Kind.TEXT
    width: float = 18
    required: bool = False
    choices: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[Column, ...]
    record: str  # "meeting", "participant"...

    def by_header(self) -> dict[str, Column]:
        return {normalise_header(c.header): c for c in self.columns} | {
            normalise_header(c.field): c for c in self.columns
        }


def normalise_header(text: str) -> str:
    """Headers match in any case, with spaces, underscores or hyphens: 'Meeting ID' = 'meeting_id'."""
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def _values(kind: type[Enum]) -> tuple[str, ...]:
    return tuple(str(m.value) for m in kind)


ID = Column("id", "ID", width=30, note="leave empty for a new record")
MEETING_ID = Column("meeting_id", "Meeting ID", width=30, required=True)
CHECK = Column("check", "Export check", width=14, note="written by the program: do not edit")

MEETINGS = SheetSpec(
    "Meetings",
    (
        ID,
        Column("title", "Title", width=44, required=True),
        Column("date", "Date", Kind.DATE, width=12, required=True),
        Column("end_date", "End date", Kind.DATE, width=12, note="the last day of a visit of several days"),
        Column("time", "Time", Kind.TIME, width=8),
        Column("location", "Location", width=22),
        Column("format", "Format", Kind.CHOICE, width=20, choices=_values(MeetingFormat)),
        Column("level", "Level", Kind.CHOICE, width=18, choices=_values(Level)),
        Column("countries", "Countries", Kind.LIST, width=14, note="ISO codes separated by '; '"),
        Column("topics", "Topics", Kind.LIST, width=30, note="separated by '; '"),
        Column("summary", "Summary", Kind.LONG_TEXT, width=60),
        Column("outcomes", "Outcomes", Kind.LONG_TEXT, width=50),
        Column("source", "Source", width=30),
        Column("classification", "Classification", Kind.CHOICE, width=18, choices=_values(Classification)),
        Column("revision", "Revision", Kind.INTEGER, width=10, note="written by the program: do not edit"),
        CHECK,
    ),
    "meeting",
)
PARTICIPANTS = SheetSpec(
    "Participants",
    (
        ID,
        MEETING_ID,
        Column("name", "Name", width=28, required=True),
        Column("position", "Position", width=36),
        Column("organisation", "Organisation", width=30),
        Column("country", "Country", Kind.CHOICE, width=10),
        Column("side", "Side", Kind.CHOICE, width=14, choices=_values(Side)),
        Column("person_id", "Person ID", width=30, note="the person in the People list; leave empty to match by name"),
        CHECK,
    ),
    "participant",
)
STATEMENTS = SheetSpec(
    "Statements",
    (
        ID,
        MEETING_ID,
        Column("speaker", "Speaker", width=28, required=True),
        Column("text", "Text", Kind.LONG_TEXT, width=70, required=True),
        Column("language", "Language", width=10),
        CHECK,
    ),
    "statement",
)
ACTIONS = SheetSpec(
    "Actions",
    (
        ID,
        MEETING_ID,
        Column("description", "Description", Kind.LONG_TEXT, width=48, required=True),
        Column("owner", "Owner", width=26),
        Column("committed_by", "Committed by", Kind.CHOICE, width=14, choices=_values(CommittedBy)),
        Column("due_date", "Due date", Kind.DATE, width=12),
        Column("status", "Status", Kind.CHOICE, width=13, choices=_values(Status)),
        Column("priority", "Priority", Kind.CHOICE, width=10, choices=_values(Priority)),
        Column("completed_on", "Completed on", Kind.DATE, width=13),
        Column("notes", "Notes", Kind.LONG_TEXT, width=40),
        CHECK,
    ),
    "action",
)
SHEETS = (MEETINGS, PARTICIPANTS, STATEMENTS, ACTIONS)
# The people the participants refer to (Person ID): optional, so that workbooks from before it still import. Their
# positions over time come back from the participant rows and their meetings' dates.
PEOPLE = SheetSpec(
    "People",
    (
        Column("id", "ID", width=30, required=True),
        Column("name", "Name", width=30, required=True),
        Column("other_names", "Other spellings", Kind.LIST, width=44, note="every other spelling, separated by '; '"),
        Column("country", "Country", Kind.CHOICE, width=10),
        Column("side", "Usual side", Kind.CHOICE, width=14, choices=_values(Side)),
    ),
    "person",
)
CHILD_SHEETS = (PARTICIPANTS, STATEMENTS, ACTIONS)
ABOUT = "About"
LISTS = "Lists"
