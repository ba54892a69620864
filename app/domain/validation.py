"""Checks on records and the parsing of raw field values into them.

Every check returns all of its problems at once, each naming its field, so a form can mark every bad field and a
workbook import can list every bad cell in one pass.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TypeVar, cast

from app.domain.countries import is_country_code
from app.domain.ids import is_valid_id
from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status

SHORT_TEXT_MAX = 500
# Lengths are counted as spreadsheets count them, in UTF-16 units (an emoji counts two): a cell holds at most
# CELL_MAX of them, and Excel and LibreOffice cut longer text without a word. Records stay below that with room to
# spare, so that text at the cell's limit in a workbook can only mean it was cut, and is refused.
CELL_MAX = 32_767
LONG_TEXT_MAX = 32_000
LIST_SEPARATOR = "; "
# Control characters, lone surrogates and the two non-characters XML (and so every workbook) cannot carry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class FieldPath(str):
    """Where a field is in a meeting: 'title', or 'actions[2].due_date' for the second action's due date. It reads
    as that text (messages, workbook cells, tests compare it as text) and keeps its parts, so nothing has to parse
    the text back: `group` ('' for the meeting's own fields, else participants, statements or actions), `row`
    (1-based place in that list, or None) and `name` (the record's field)."""

    group: str
    row: int | None
    name: str

    def __new__(cls, name: str, group: str = "", row: int | None = None) -> FieldPath:
        path = super().__new__(cls, f"{group}[{row}]" + (f".{name}" if name else "") if group else name)
        path.group, path.row, path.name = group, row, name
        return path


@dataclass(frozen=True)
class Where:
    """The record whose fields are being checked: the meeting itself, or one row of one of its lists."""

    group: str = ""
    row: int | None = None

    def __call__(self, name: str) -> FieldPath:
        key = (name, self.group, self.row)
        path = _PATHS.get(key)
        if path is None:  # a path is asked for each field of each record checked: made once, read many times
            path = _PATHS[key] = FieldPath(name, self.group, self.row)
        return path


_PATHS: dict[tuple[str, str, int | None], FieldPath] = {}  # fields × places in a meeting's lists: stays small


MEETING = Where()


@dataclass(frozen=True)
class Problem:
    field: str  # always a FieldPath once made: a plain name is a field of the meeting itself
    message: str

    def __post_init__(self) -> None:
        if not isinstance(self.field, FieldPath):
            object.__setattr__(self, "field", FieldPath(self.field))

    @property
    def path(self) -> FieldPath:
        assert isinstance(self.field, FieldPath)
        return self.field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """Raised when records are refused; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


# ---------------------------------------------------------------------------------------------- checks on records


def _check_text(problems: list[Problem], name: str, value: object, *, required: bool, limit: int) -> None:
    if not isinstance(value, str):
        problems.append(Problem(name, f"must be text, not {type(value).__name__}"))
        return
    if required and not value.strip():
        problems.append(Problem(name, "is required"))
    if len(value) * 2 > limit:  # only then can it be too long, whatever its characters
        units = text_length(value)
        if units in (CELL_MAX, CELL_MAX - 1):  # a cut in the middle of a surrogate pair leaves one unit less
            problems.append(
                Problem(
                    name,
                    f"holds {units:,} characters, the most a spreadsheet cell can hold: the program that saved the "
                    "workbook has probably cut the text short",
                )
            )
        elif units > limit:
            problems.append(Problem(name, f"is too long ({units:,} characters; at most {limit:,})"))
    bad = _CONTROL.search(value)
    if bad:
        problems.append(Problem(name, f"contains a character that cannot be stored (U+{ord(bad.group()):04X})"))


def text_length(value: str) -> int:
    """The length as Excel and LibreOffice count it: UTF-16 units, so a character beyond U+FFFF counts two."""
    return len(value) if value.isascii() else len(value.encode("utf-16-le")) // 2


def _check_enum(problems: list[Problem], name: str, value: object, kind: type[StrEnum]) -> None:
    if not isinstance(value, kind):
        problems.append(Problem(name, f"must be one of: {', '.join(m.value for m in kind)}"))


def _check_date(problems: list[Problem], name: str, value: object, *, required: bool) -> None:
    if value is None:
        if required:
            problems.append(Problem(name, "is required"))
    elif isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        problems.append(Problem(name, "must be a date"))


def _check_country(problems: list[Problem], name: str, code: str) -> None:
    if not is_country_code(code):
        problems.append(Problem(name, f"'{code}' is not an ISO 3166-1 alpha-2 country code"))


def _check_id(problems: list[Problem], name: str, value: str) -> None:
    if not isinstance(value, str) or not is_valid_id(value):
        problems.append(Problem(name, f"'{value}' is not a valid record id"))


def validate_participant(p: Participant, at: Where = MEETING) -> list[Problem]:
    problems: list[Problem] = []
    _check_id(problems, at("id"), p.id)
    _check_text(problems, at("name"), p.name, required=True, limit=SHORT_TEXT_MAX)
    _check_text(problems, at("position"), p.position, required=False, limit=SHORT_TEXT_MAX)
    _check_text(problems, at("organisation"), p.organisation, required=False, limit=SHORT_TEXT_MAX)
    if p.country:
        _check_country(problems, at("country"), p.country)
    _check_enum(problems, at("side"), p.side, Side)
    return problems


def validate_statement(s: Statement, at: Where = MEETING) -> list[Problem]:
    problems: list[Problem] = []
    _check_id(problems, at("id"), s.id)
    _check_text(problems, at("speaker"), s.speaker, required=True, limit=SHORT_TEXT_MAX)
    _check_text(problems, at("text"), s.text, required=True, limit=LONG_TEXT_MAX)
    if s.language and not _LANGUAGE.match(s.language):
        problems.append(Problem(at("language"), f"'{s.language}' is not a language code such as en, ru or kk"))
    return problems


def validate_action(a: Action, at: Where = MEETING) -> list[Problem]:
    problems: list[Problem] = []
    _check_id(problems, at("id"), a.id)
    _check_text(problems, at("description"), a.description, required=True, limit=LONG_TEXT_MAX)
    _check_text(problems, at("owner"), a.owner, required=False, limit=SHORT_TEXT_MAX)
    _check_text(problems, at("notes"), a.notes, required=False, limit=LONG_TEXT_MAX)
    _check_enum(problems, at("committed_by"), a.committed_by, CommittedBy)
    _check_enum(problems, at("status"), a.status, Status)
    _check_enum(problems, at("priority"), a.priority, Priority)
    _check_date(problems, at("due_date"), a.due_date, required=False)
    _check_date(problems, at("completed_on"), a.completed_on, required=False)
    if a.completed_on is not None and isinstance(a.status, Status) and a.status is not Status.DONE:
        problems.append(Problem(at("completed_on"), "is set but the status is not done"))
    return problems


def validate_meeting(m: Meeting) -> list[Problem]:
    """Every problem of the meeting and its participants, statements and actions."""
    problems: list[Problem] = []
    _check_id(problems, "id", m.id)
    _check_text(problems, "title", m.title, required=True, limit=SHORT_TEXT_MAX)
    _check_date(problems, "date", m.date, required=True)
    time: object = m.time
    if time is not None and not isinstance(time, dt.time):
        problems.append(Problem("time", "must be a time of day"))
    _check_date(problems, "end_date", m.end_date, required=False)
    if isinstance(m.end_date, dt.date) and isinstance(m.date, dt.date) and m.end_date < m.date:
        problems.append(Problem("end_date", f"is before the meeting's first day ({m.date.isoformat()})"))
    _check_text(problems, "location", m.location, required=False, limit=SHORT_TEXT_MAX)
    _check_enum(problems, "format", m.format, MeetingFormat)
    _check_enum(problems, "level", m.level, Level)
    _check_enum(problems, "classification", m.classification, Classification)
    for code in m.countries:
        _check_country(problems, "countries", code)
    if len(set(m.countries)) != len(m.countries):
        problems.append(Problem("countries", "lists a country twice"))
    for topic in m.topics:
        _check_text(problems, "topics", topic, required=True, limit=SHORT_TEXT_MAX)
        if ";" in topic:
            problems.append(Problem("topics", f"'{topic}' contains ';', which separates topics"))
    _check_text(problems, "summary", m.summary, required=False, limit=LONG_TEXT_MAX)
    _check_text(problems, "outcomes", m.outcomes, required=False, limit=LONG_TEXT_MAX)
    _check_text(problems, "source", m.source, required=False, limit=SHORT_TEXT_MAX * 4)
    for i, p in enumerate(m.participants):
        problems += validate_participant(p, Where("participants", i + 1))
    for i, s in enumerate(m.statements):
        problems += validate_statement(s, Where("statements", i + 1))
    for i, a in enumerate(m.actions):
        problems += validate_action(a, Where("actions", i + 1))
    ids = [m.id, *(p.id for p in m.participants), *(s.id for s in m.statements), *(a.id for a in m.actions)]
    if len(set(ids)) != len(ids):
        problems.append(Problem("id", "two records of this meeting share an id"))
    return problems


def ensure_valid(m: Meeting) -> None:
    problems = validate_meeting(m)
    if problems:
        raise ValidationError(problems)


# ------------------------------------------------------------------------------------------ parsing raw values

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def parse_date(value: object) -> dt.date:
    """A date from a date, a date-time at midnight (what spreadsheets make of dates) or ISO text."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0, 0):
            raise ValueError(f"'{value.isoformat(sep=' ')}' has a time of day; expected a date")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}( 00:00(:00)?)?", text):
            try:
                return dt.date.fromisoformat(text[:10])
            except ValueError:
                raise ValueError(f"'{text}' is not a real date") from None
        raise ValueError(f"'{text}' is not a date in the form YYYY-MM-DD")
    raise ValueError(f"{value!r} is not a date")


def parse_time(value: object) -> dt.time:
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value.strip()).replace(microsecond=0)
        except ValueError:
            raise ValueError(f"'{value.strip()}' is not a time in the form HH:MM") from None
    raise ValueError(f"{value!r} is not a time")


def parse_enum(kind: type[E], value: object) -> E:
    """An enum member from its value, forgiving case, underscores and surrounding spaces."""
    if isinstance(value, kind):
        return value
    known = _ENUM_SPELLINGS.get(kind) or _spellings(kind)
    member = known.get(value) if isinstance(value, str) else None  # the common case: exactly as written
    if member is None:
        member = known.get(" ".join(str(value).replace("_", " ").split()).lower())
    if member is None:
        raise ValueError(f"'{value}' is not one of: {', '.join(m.value for m in kind)}")
    return cast(E, member)


_ENUM_SPELLINGS: dict[type[Enum], dict[str, Enum]] = {}


def _spellings(kind: type[Enum]) -> dict[str, Enum]:
    known = {str(m.value): m for m in kind} | {m.name.lower().replace("_", " "): m for m in kind}
    _ENUM_SPELLINGS[kind] = known
    return known


def split_list(value: object) -> list[str]:
    """Multi-valued cells: items separated by ';' (the workbook writes '; ')."""
    if value is None:
        return []
    return [item.strip() for item in str(value).split(";") if item.strip()]


def parse_country_list(value: object) -> list[str]:
    return [item.upper() for item in split_list(value)]


class FieldReader:
    """Reads raw values field by field, collecting a Problem for each one that does not parse."""

    def __init__(self, data: Mapping[str, object], at: Where = MEETING) -> None:
        self.data = data
        self.at = at
        self.problems: list[Problem] = []

    def _raw(self, name: str) -> object:
        value = self.data.get(name)
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def text(self, name: str, default: str = "") -> str:
        value = self.data.get(name)
        if type(value) is str:  # the common case, first: a workbook's and a form's fields are text
            return value if value.strip() else default
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.problems.append(Problem(self.at(name), f"must be text, not {type(value).__name__}"))
            return default
        return value if isinstance(value, str) else _number_text(value)

    def parsed(self, name: str, parse: Callable[[object], T]) -> T | None:
        value = self._raw(name)
        if value is None:
            return None
        try:
            return parse(value)
        except ValueError as exc:
            self.problems.append(Problem(self.at(name), str(exc)))
            return None


def _number_text(value: int | float) -> str:
    """Spreadsheets turn digit-only text into numbers; turn 12.0 back into '12'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
