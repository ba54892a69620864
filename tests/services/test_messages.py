"""One set of rules turns failures into what the user reads, for the command line and the window alike."""

from pathlib import Path

from app.domain.validation import Problem, ValidationError
from app.excel.reader import UnreadableWorkbook
from app.services.files import WriteError
from app.services.messages import explain
from app.services.reports import ReportInputError
from app.storage.errors import DamagedError, NotADatabaseError


def test_what_the_user_can_fix_is_bad_input():
    for exc in (UnreadableWorkbook("x.xlsx is empty"), WriteError("cannot write y"), NotADatabaseError("z"),
                ReportInputError("there is no meeting with id q")):  # fmt: skip
        known = explain(exc)
        assert known is not None and known.bad_input and known.text == str(exc)


def test_failures_of_the_machine_or_the_file_are_not_bad_input():
    known = explain(DamagedError("desk.sqlite is damaged"))
    assert known is not None and not known.bad_input
    disk = explain(OSError(28, "No space left on device", str(Path("/x/out.xlsx"))))
    assert disk is not None and "No space left on device" in disk.text and "out.xlsx" in disk.text


def test_every_problem_of_a_record_is_a_line():
    known = explain(ValidationError([Problem("title", "is required"), Problem("date", "is required")]))
    assert known is not None and known.lines == ["title: is required", "date: is required"]


def test_the_unexpected_is_left_to_the_caller():
    assert explain(ZeroDivisionError("bug")) is None
