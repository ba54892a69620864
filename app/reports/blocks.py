"""What a brief says, apart from how a format lays it out: the briefs (app.reports.briefs) are written once as these
blocks, and each format (app.reports.pdf, app.reports.word) draws them in its own way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from app.domain.vocab import Classification

TextStyle = Literal["title", "subtitle", "body", "small", "label"]
CellKind = Literal["plain", "bold", "alert", "alert_date"]


@dataclass(frozen=True)
class Cell:
    """A table cell that is not plain text: bold, or an alert (overdue), or an alert date (overdue, shaded)."""

    text: str
    kind: CellKind = "plain"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1, 2 or 3
    anchor: str | None = None  # a contents entry points here


@dataclass(frozen=True)
class Para:
    text: str
    style: TextStyle = "body"


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str


@dataclass(frozen=True)
class Facts:
    """Label and value, one pair per row (the facts of a meeting)."""

    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class Grid:
    """A table: a header row repeated on each page it spans (if any), widths as fractions of the text's width."""

    header: list[str] | None
    rows: list[list[str | Cell]]
    widths: list[float]


@dataclass(frozen=True)
class SideBySide:
    left: Grid
    right: Grid


@dataclass(frozen=True)
class Chart:
    """Meetings per year, as bars."""

    counts: dict[str, int]


@dataclass(frozen=True)
class ContentsEntry:
    anchor: str
    label: str
    level: int = 0


@dataclass(frozen=True)
class Contents:
    entries: list[ContentsEntry]


@dataclass(frozen=True)
class Gap:
    points: float


@dataclass(frozen=True)
class LetterheadBlock:
    """The desk's letterhead at the top of the first page: logo, ministry and department, reference number; who
    wrote the brief and who receives it."""

    ministry: str
    department: str = ""
    logo: str = ""
    reference: str = ""
    author: str = ""
    distribution: str = ""


@dataclass(frozen=True)
class Together:
    """Blocks kept on one page (a meeting of the timeline with its quotations)."""

    blocks: list[Block]


Block = Heading | Para | Quote | Facts | Grid | SideBySide | Chart | Contents | Gap | LetterheadBlock | Together


@dataclass
class Brief:
    title: str  # the document's title: metadata, running header
    subject: str
    marking: Classification
    blocks: list[Block] = field(default_factory=list)
    author: str = ""  # for the file's metadata: the letterhead's author (or ministry), else the program
    keywords: str = ""  # the reference number, when the letterhead gives one


def paragraphs(value: str, style: TextStyle = "body") -> list[Block]:
    """A text's paragraphs (parted by a blank line)."""
    return [Para(part.strip(), style) for part in value.split("\n\n") if part.strip()]
