"""Intake for the window and the command line: a release's text read into a draft, with the people the desk
knows matched in any spelling; and the draft, once a person accepts it, saved as a new meeting through the one
door for changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from app.domain.records import Meeting
from app.domain.validation import ValidationError, validate_meeting
from app.intake.draft import Draft
from app.intake.meetings import read_meetings
from app.intake.read import KnownPerson
from app.services.changes import ChangeService
from app.storage import people
from app.storage.repository import Repository

MAX_TEXT = 200_000  # characters: a release is a page or two; anything longer is not one


class IntakeError(ValueError):
    """A text that cannot be read as a release: said in one line."""


def known_people(repo: Repository) -> list[KnownPerson]:
    found = []
    for p in people.list_people(repo.conn, limit=100_000):
        held = p.latest_position()
        found.append(KnownPerson(p.id, tuple(p.names), p.country, p.side, held.position if held else ""))
    return found


def drafts_from(
    repo: Repository | None, text: str, published: dt.date | None = None, language: str = "auto"
) -> list[Draft]:
    """One draft per meeting the release reports (most report one); without a store, no one is known."""
    if not text.strip():
        raise IntakeError("the text is empty: paste a press release or give a file that holds one")
    if len(text) > MAX_TEXT:
        raise IntakeError(f"the text is {len(text):,} characters long; a press release is at most {MAX_TEXT:,}")
    if language not in ("auto", "en", "ru", "kk"):
        raise IntakeError(f"--language {language}: give auto, en, ru or kk")
    return read_meetings(text, published, language, known_people(repo) if repo is not None else [])


def save_draft(changes: ChangeService, draft: Draft, today: dt.date | None = None) -> Meeting:
    meeting = draft.to_meeting(today)
    problems = validate_meeting(meeting)
    if problems:
        raise ValidationError(problems)
    saved, _change_id = changes.save_meeting(meeting)
    return saved


def save_drafts(changes: ChangeService, drafts: list[Draft], today: dt.date | None = None) -> list[Meeting]:
    """Every meeting of a release, or none: all are checked before the first is saved."""
    problems = []
    for i, draft in enumerate(drafts):
        found = validate_meeting(draft.to_meeting(today))
        if len(drafts) > 1:
            found = [dataclasses.replace(p, message=f"(meeting {i + 1} of the release) {p.message}") for p in found]
        problems += found
    if problems:
        raise ValidationError(problems)
    return [save_draft(changes, draft, today) for draft in drafts]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("p", "br", "div", "h1", "h2", "h3", "li", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_DOCX_XML = 20_000_000  # bytes of the document's XML once unpacked: a release is far smaller


def _docx_text(path: Path) -> str:
    """The paragraphs of a Word file, one per line: its text runs, tabs and line breaks, read with the XML
    parser that refuses entity tricks."""
    from defusedxml import DefusedXmlException, ElementTree

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML:
                raise IntakeError(
                    f"{path.name}: the document is {info.file_size:,} bytes unpacked; too large for a release"
                )
            root = ElementTree.fromstring(archive.read(info))
    except (zipfile.BadZipFile, KeyError):
        raise IntakeError(f"{path.name} is not a Word document (.docx), or it is damaged") from None
    except OSError as exc:
        raise IntakeError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (ElementTree.ParseError, DefusedXmlException):
        raise IntakeError(f"{path.name}: the document's text cannot be read (damaged or unsafe XML)") from None
    lines = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(line for line in lines if line.strip())


def read_text_file(path: Path) -> str:
    """The text of a .txt, .html or .docx file."""
    suffix = path.suffix.casefold()
    if suffix == ".docx":
        return _docx_text(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IntakeError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_TEXT * 4:
        raise IntakeError(f"{path.name} is {len(raw):,} bytes; a press release is far smaller")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IntakeError(f"{path.name} is not UTF-8 text") from None
    if suffix in (".html", ".htm") or re.match(r"\s*<(!doctype|html)", text, re.I):
        parser = _Text()
        parser.feed(text)
        text = html.unescape("".join(parser.parts))
        text = re.sub(r"\n\s*\n+", "\n", text)
    return text
