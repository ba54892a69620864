"""The words of every problem the checks report (a field of the editor, a cell of a workbook), marked for the
catalogue (context "problems"), so that a Russian or Kazakh window says them in its language.

The checks write their messages in English, for the command line and the log; the window finds which of these
patterns a message is, takes the values out of it and puts them into the pattern's translation. A message that
matches none is shown as it is."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from app.catalogue import QT_TRANSLATE_NOOP

CONTEXT = "problems"

PATTERNS = (
    # a field of a record (app.domain.validation, app.domain.build)
    QT_TRANSLATE_NOOP("problems", "is required"),
    QT_TRANSLATE_NOOP("problems", "must be text, not {kind}"),
    QT_TRANSLATE_NOOP("problems", "is too long ({units} characters; at most {limit})"),
    QT_TRANSLATE_NOOP(
        "problems",
        "holds {units} characters, the most a spreadsheet cell can hold: the program "
        "that saved the workbook has probably cut the text short",
    ),
    QT_TRANSLATE_NOOP("problems", "contains a character that cannot be stored ({code})"),
    QT_TRANSLATE_NOOP("problems", "must be one of: {choices}"),
    QT_TRANSLATE_NOOP("problems", "must be a date"),
    QT_TRANSLATE_NOOP("problems", "'{code}' is not an ISO 3166-1 alpha-2 country code"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a valid record id"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a language code such as en, ru or kk"),
    QT_TRANSLATE_NOOP("problems", "is set but the status is not done"),
    QT_TRANSLATE_NOOP("problems", "must be a time of day"),
    QT_TRANSLATE_NOOP("problems", "is before the meeting's first day ({date})"),
    QT_TRANSLATE_NOOP("problems", "lists a country twice"),
    QT_TRANSLATE_NOOP("problems", "'{topic}' contains ';', which separates topics"),
    QT_TRANSLATE_NOOP("problems", "two records of this meeting share an id"),
    QT_TRANSLATE_NOOP("problems", "must be a list"),
    QT_TRANSLATE_NOOP("problems", "must be a table of fields"),
    QT_TRANSLATE_NOOP("problems", "'{value}' has a time of day; expected a date"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a real date"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a date in the form YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("problems", "{value} is not a date"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a time in the form HH:MM"),
    QT_TRANSLATE_NOOP("problems", "{value} is not a time"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not one of: {choices}"),
    # a cell of a workbook (app.excel.reader, app.services.exchange)
    QT_TRANSLATE_NOOP("problems", "this column appears twice"),
    QT_TRANSLATE_NOOP("problems", "row 1 holds none of the expected column headers"),
    QT_TRANSLATE_NOOP("problems", "the required column {columns} is missing"),
    QT_TRANSLATE_NOOP("problems", "the required columns {columns} are missing"),
    QT_TRANSLATE_NOOP("problems", "the ID {value} is also in row {row}"),
    QT_TRANSLATE_NOOP("problems", "is required: it is what the participants' Person ID refers to"),
    QT_TRANSLATE_NOOP("problems", "{value} is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("problems", "is required: the ID of the meeting this row belongs to"),
    QT_TRANSLATE_NOOP(
        "problems", "the cell is formatted as a date but its number is not a date (after 9999-12-31 or an error)"
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "is merged with other cells ({cells}): a merged cell keeps its value in its first cell only, so the others "
        "read as empty; unmerge the cells and fill in each one",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "is a formula whose result the workbook does not hold (the program that wrote it does not calculate): type "
        "the value itself, or open the workbook in a spreadsheet program and save it there",
    ),
    QT_TRANSLATE_NOOP("problems", "the cell holds the spreadsheet error {value}, not a value"),
    QT_TRANSLATE_NOOP(
        "problems", "the cell's number is not a date: spreadsheet dates start on 1900-01-01 (a negative number?)"
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "the cell holds the number {value}, not a date (a date after 9999-12-31, or a number not formatted as a date)",
    ),
    QT_TRANSLATE_NOOP("problems", "must be a whole number"),
    QT_TRANSLATE_NOOP("problems", "{value} is not a revision this program wrote (a whole number from 0 to {most})"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a whole number"),
    QT_TRANSLATE_NOOP("problems", "there is no meeting {meeting}, neither in the Meetings sheet nor in the program"),
    QT_TRANSLATE_NOOP(
        "problems", "this row belongs to meeting {meeting} in the program; rows cannot move between meetings"
    ),
    # a workbook refused as a whole (app.excel.reader)
    QT_TRANSLATE_NOOP("problems", "there is no file at {file}"),
    QT_TRANSLATE_NOOP("problems", "{file} is a folder, not a workbook"),
    QT_TRANSLATE_NOOP("problems", "{file} is empty"),
    QT_TRANSLATE_NOOP(
        "problems", "{file} is protected with a password; save a copy without the password and import that"
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "{file} is an old-style Excel 97–2003 (.xls) file; save it as an Excel Workbook (.xlsx) first",
    ),
    QT_TRANSLATE_NOOP("problems", "{file} is not an Excel workbook (.xlsx): it is a text file"),
    QT_TRANSLATE_NOOP("problems", "{file} is not an Excel workbook (.xlsx): it is not a zip archive"),
    QT_TRANSLATE_NOOP("problems", "{file} is a zip archive but not an Excel workbook"),
    QT_TRANSLATE_NOOP("problems", "{file} declares XML entities, which no spreadsheet writes; refused"),
    QT_TRANSLATE_NOOP(
        "problems",
        "{file} would inflate to {size}, more than the {most} a workbook of records needs; refused as a possible "
        "zip bomb",
    ),
    QT_TRANSLATE_NOOP("problems", "{file} is damaged or incomplete: {detail}"),
    QT_TRANSLATE_NOOP("problems", "{file} is damaged: {detail}"),
    QT_TRANSLATE_NOOP("problems", "{file} cannot be read as a workbook: {detail}"),
    QT_TRANSLATE_NOOP("problems", "{file} cannot be read: {detail}"),
    # what an import plan notes about the workbook (app.excel.reader)
    QT_TRANSLATE_NOOP("problems", "there is no Meetings sheet: only rows of the other sheets are read"),
    QT_TRANSLATE_NOOP("problems", "the sheet {sheet} was read as {name}, from its column headers"),
    QT_TRANSLATE_NOOP("problems", "{sheet}: columns not known here were ignored: {columns}"),
    QT_TRANSLATE_NOOP(
        "problems",
        "{sheet}: the workbook has no column {columns}; records already here keep what they hold there, new records "
        "get empty or default values (classification: unclassified)",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "{sheet}: the workbook has no column {columns}; records already here keep what they hold there, new records "
        "get empty or default values",
    ),
    # the records' file or server (app.storage)
    QT_TRANSLATE_NOOP("problems", "{path} is a folder, not a database file"),
    QT_TRANSLATE_NOOP("problems", "cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("problems", "{path} is not an Aide-Mémoire database (not an SQLite file)"),
    QT_TRANSLATE_NOOP("problems", "cannot use {path} as the database: {reason}"),
    QT_TRANSLATE_NOOP("problems", "there is no database at {path}"),
    QT_TRANSLATE_NOOP(
        "problems", "{path} was made by an older version; open it once for writing to bring it up to date"
    ),
    QT_TRANSLATE_NOOP(
        "problems", "{path} is damaged ({what}); nothing was written. Restore the newest copy from {folder}"
    ),
    QT_TRANSLATE_NOOP("problems", "{file} is open read-only; changes cannot be saved"),
    QT_TRANSLATE_NOOP("problems", "cannot open the database {path}: {reason}"),
    QT_TRANSLATE_NOOP("problems", "{path} is not a readable database (it may be damaged)"),
    QT_TRANSLATE_NOOP("problems", "{path} is an SQLite file of another program, not an Aide-Mémoire database"),
    QT_TRANSLATE_NOOP(
        "problems",
        "{path} was written by a newer version of Aide-Mémoire (schema {version}; this one knows {known}); it has not "
        "been changed",
    ),
    QT_TRANSLATE_NOOP("problems", "{path} is damaged and cannot be read"),
    QT_TRANSLATE_NOOP(
        "problems",
        "{file} is open in another copy of Aide-Mémoire{who}; close it there first, or open the database read-only",
    ),
    QT_TRANSLATE_NOOP("problems", "another desk's change crossed this one; nothing was saved ({detail})"),
    QT_TRANSLATE_NOOP(
        "problems",
        "the department server {url} is unreachable (the network, or a restart); nothing was saved and nothing you "
        "typed is lost: it is saved when the server is back",
    ),
    QT_TRANSLATE_NOOP("problems", "the department server {url} asks for a password"),
    QT_TRANSLATE_NOOP("problems", "the department server {url} asks for a password (the one given was not accepted)"),
    QT_TRANSLATE_NOOP("problems", "cannot reach the department server {url}: {reason}"),
    QT_TRANSLATE_NOOP(
        "problems",
        "the department server {url} holds schema {version}, newer than this version of Aide-Mémoire knows "
        "({known}); nothing was changed",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "the department server {url} holds no Aide-Mémoire records yet: its administrator sets it up with: {command}",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "the department server {url} was set up by an older version of Aide-Mémoire (schema {version}; this version "
        "needs {needed}): its administrator brings it up to date with: {command}",
    ),
    QT_TRANSLATE_NOOP("problems", "there is no meeting with id {id}"),
    QT_TRANSLATE_NOOP("problems", "there is no action with id {id}"),
    QT_TRANSLATE_NOOP("problems", "'{title}' was changed elsewhere (revision {revision}, expected {expected})"),
    QT_TRANSLATE_NOOP(
        "problems", "a participant, statement or action of '{title}' has the id of a record in another meeting"
    ),
    QT_TRANSLATE_NOOP("problems", "'{title}' keeps being changed elsewhere; try saving again in a moment"),
    # a file the user names (app.services)
    QT_TRANSLATE_NOOP(
        "problems",
        "cannot write {target}: that is the database {name}, one of its files or one of its backups; choose another "
        "file name",
    ),
    QT_TRANSLATE_NOOP("problems", "cannot write {target}: the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("problems", "cannot write {target}: {reason}"),
    QT_TRANSLATE_NOOP("problems", "the text is empty: paste a press release or give a file that holds one"),
    QT_TRANSLATE_NOOP("problems", "the text is {size} characters long; a press release is at most {most}"),
    QT_TRANSLATE_NOOP("problems", "{file}: the document is {size} bytes unpacked; too large for a release"),
    QT_TRANSLATE_NOOP("problems", "{file} is not a Word document (.docx), or it is damaged"),
    QT_TRANSLATE_NOOP("problems", "{file}: the document's text cannot be read (damaged or unsafe XML)"),
    QT_TRANSLATE_NOOP("problems", "{file} is {size} bytes; a press release is far smaller"),
    QT_TRANSLATE_NOOP("problems", "{file} is not UTF-8 text"),
    QT_TRANSLATE_NOOP("problems", "logo: cannot read {path} ({reason})"),
    QT_TRANSLATE_NOOP("problems", "logo: {path} is {size} MB; give an image of at most 5 MB"),
    QT_TRANSLATE_NOOP("problems", "logo: {path} is not a PNG or JPEG image"),
    QT_TRANSLATE_NOOP("problems", "reference number: {field} is not known; use {allowed}"),
    QT_TRANSLATE_NOOP("problems", "reference number: the pattern {pattern} is not well formed ({reason})"),
    QT_TRANSLATE_NOOP("problems", "reference number: the pattern {pattern} cannot be filled in ({reason})"),
    QT_TRANSLATE_NOOP("problems", "this person is no longer in the records (merged or removed meanwhile)"),
    QT_TRANSLATE_NOOP("problems", "a person needs at least one name"),
)
_FIELD = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=1)
def _matchers() -> list[tuple[re.Pattern[str], str]]:
    found = []
    for pattern in PATTERNS:
        parts = _FIELD.split(pattern)  # literal, name, literal, name, …
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.*?)" for i, part in enumerate(parts))
        found.append((re.compile(f"^{regex}$", re.DOTALL), pattern))
    return found


def translated(message: str, translate: Callable[[str], str]) -> str:
    """The message in the language `translate` gives (a pattern's English → its translation); the English message
    when no pattern is it. A message that names its field first ("name: is required") keeps the field's name."""
    for regex, pattern in _matchers():
        found = regex.match(message)
        if found:
            words = translate(pattern)
            try:
                return words.format(**found.groupdict())
            except (KeyError, IndexError, ValueError):  # a translation that lost a value: the English says it all
                return message
    field, sep, rest = message.partition(": ")
    if sep and rest and field and " " not in field:
        inner = translated(rest, translate)
        if inner != rest:
            return f"{field}: {inner}"
    return message
