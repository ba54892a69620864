"""What to tell the user when something goes wrong, in one place for the command line and the window: a line fit
to show as it is, and whether the user can fix it (bad input, exit code 2) or it is a failure (exit code 1).
Anything not known here is unexpected: the caller logs it whole and shows one line."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.validation import ValidationError
from app.services.files import WriteError
from app.storage.errors import BadPathError, NewerSchemaError, NotADatabaseError, StorageError


@dataclass(frozen=True)
class Explained:
    lines: list[str]
    bad_input: bool  # the user can fix it (a file, a name, a value); else the program or the machine failed

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


_BAD_INPUT: tuple[type[BaseException], ...] = (
    WriteError, BadPathError, NotADatabaseError, NewerSchemaError, FileNotFoundError,
)  # fmt: skip


def explain(exc: BaseException) -> Explained | None:
    """The user's words for a failure, or None when it was not expected (then: log it, say one line)."""
    if isinstance(exc, ValidationError):
        return Explained([str(p) for p in exc.problems], bad_input=True)
    if isinstance(exc, _BAD_INPUT) or _is_report_input(exc) or _is_refused_import(exc) or _is_unreadable(exc):
        return Explained([str(exc)], bad_input=True)
    if isinstance(exc, StorageError):
        return Explained([str(exc)], bad_input=False)
    if isinstance(exc, OSError):
        return Explained([f"{exc.filename or ''}{': ' if exc.filename else ''}{exc.strerror or exc}"], False)
    return None


# The modules below load openpyxl or reportlab: they are asked only once something has gone wrong, so that the
# window, which starts through the command line, does not wait for them.


def _is_unreadable(exc: BaseException) -> bool:
    from app.excel.reader import UnreadableWorkbook

    return isinstance(exc, UnreadableWorkbook)


def _is_report_input(exc: BaseException) -> bool:
    from app.services.reports import ReportInputError

    return isinstance(exc, ReportInputError)


def _is_refused_import(exc: BaseException) -> bool:
    from app.services.exchange import ImportRefused

    return isinstance(exc, ImportRefused)
