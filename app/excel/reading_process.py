"""A large workbook read and checked in a process of its own, while the importing process compares and writes
what it has read so far: on a machine of two cores or more, reading (calamine, then every row made a record and
checked) and writing (the store and its search index) each take a core instead of taking turns on one. Reading
was half of a large import's time.

The rows come over in batches, in the order the import asks for them (Meetings, People, then CHILD_SHEETS), with
what the reader learned on the way: its progress, notes and problems. A file it refuses is refused with the same one
line as when read here. A small workbook is read here (starting a process costs about half a second), and so is
one whose texts are in a large shared table (see _apart)."""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import signal
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from app.excel.contract import CHILD_SHEETS, MEETINGS, SheetSpec
from app.excel.reader import CellProblem, PersonRow, RowRecord, UnreadableWorkbook, WorkbookStream, open_workbook
from app.progress import NO_PROGRESS, Progress

log = logging.getLogger(__name__)

APART_FROM_BYTES = 1024**2  # a workbook of about 2,000 meetings with their rows
SHARED_STRINGS_APART = 32 * 1024**2  # inflated; more is read here, in one process (see _apart)
BATCH = 500
PIPE_BYTES = 1 << 20  # Linux lets a process make a pipe this large (/proc/sys/fs/pipe-max-size)
SHEET_ORDER = (MEETINGS.name, "People", *(s.name for s in CHILD_SHEETS))  # the order the import reads them in


class Rows(Protocol):
    """What an import reads a workbook through, here or in a process of its own."""

    notes: list[str]
    problems: list[CellProblem]
    more_problems: int
    total: int  # the rows of the sheets read (headers included), for the progress and for the writing side

    def rows(self, spec: SheetSpec) -> Iterator[RowRecord]: ...

    def people(self) -> list[PersonRow]: ...


@contextmanager
def open_rows(path: Path, progress: Progress = NO_PROGRESS) -> Iterator[Rows]:
    """The workbook's rows, read here or (a large workbook, more than one core) in a process of its own; raises
    UnreadableWorkbook with one line either way."""
    apart: _ReadApart | None = None
    if _apart(path):
        try:
            apart = _ReadApart(path, progress)
        except _CannotStart as exc:  # (no process to be had: the workbook is read here, as a small one is)
            log.warning("reading %s here: a process to read it could not be started (%s)", path.name, exc)
    if apart is not None:
        with apart:
            yield apart
    else:
        with open_workbook(path, progress) as stream:
            yield stream


class _CannotStart(Exception):
    pass


def _apart(path: Path) -> bool:
    threshold = os.environ.get("AIDE_MEMOIRE_READ_APART_FROM")  # bytes; the tests and the bundle check set it
    limit = int(threshold) if threshold and threshold.isdigit() else APART_FROM_BYTES
    try:
        if path.stat().st_size < limit or (os.cpu_count() or 1) < 2:
            return False
        with zipfile.ZipFile(path) as archive:
            shared = sum(i.file_size for i in archive.infolist() if i.filename.lower().endswith("sharedstrings.xml"))
    except (OSError, zipfile.BadZipFile, ValueError):
        return False  # the reader here says what is wrong with the file
    # A workbook that keeps its texts in one shared table (as Excel and LibreOffice save them; the program writes
    # them in their cells) has the table held by the reader whole: in a second process beside this one's memory,
    # a large table would take an import over the 400 MB it may use (a copy of 100,000 meetings: 430 MB).
    return shared <= SHARED_STRINGS_APART


class _ReadApart:
    """The importing side: starts the reading process, and hands on its batches as rows, sheet by sheet."""

    def __init__(self, path: Path, progress: Progress) -> None:
        self.path, self.progress = path, progress
        self.notes: list[str] = []
        self.problems: list[CellProblem] = []
        self.more_problems = 0
        self.total = 0
        self._sheet = 0  # the next sheet in SHEET_ORDER
        context = multiprocessing.get_context("spawn")  # (fork is unsafe in a process with threads: the window's)
        # A pipe the reader writes into from its one thread: a queue's thread of its own fought the reading for
        # Python's lock at every 64 KB the pipe took, a fifth more time. A larger pipe (Linux) holds a batch or two.
        self._conn, sending = context.Pipe(duplex=False)
        with contextlib.suppress(AttributeError, OSError, ValueError):
            import fcntl

            fcntl.fcntl(self._conn.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        self._process = context.Process(
            target=read_apart, args=(str(path), sending), name="aide-memoire workbook reader", daemon=True
        )
        try:
            self._process.start()
        except OSError as exc:
            self._conn.close()
            raise _CannotStart(exc) from exc
        finally:
            sending.close()  # (the reader's end is the reader's: once it is gone, reading here meets the end)
        try:
            opened = self._next("opened")
            self._learn(opened)
            self.total = opened[2]
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> _ReadApart:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def rows(self, spec: SheetSpec) -> Iterator[RowRecord]:
        self._expect(spec.name)
        while True:
            message = self._next("rows", "sheet read")
            if message[0] == "sheet read":
                self._learn(message)
                return
            _kind, batch, (done, total, text) = message
            if text:
                self.progress.update(done, total, text)
            else:
                self.progress.check()
            yield from batch

    def people(self) -> list[PersonRow]:
        self._expect("People")
        message = self._next("people")
        self._learn(message)
        found: list[PersonRow] = message[2]
        return found

    def _expect(self, sheet: str) -> None:
        if self._sheet >= len(SHEET_ORDER) or SHEET_ORDER[self._sheet] != sheet:
            raise RuntimeError(f"the workbook's sheets are read in the order {SHEET_ORDER}, not {sheet} now")
        self._sheet += 1

    def _learn(self, message: tuple[Any, ...]) -> None:
        notes, problems, more = message[1]
        self.notes[:] = notes  # (the same list: an import's plan holds it from the start)
        self.problems, self.more_problems = problems, more

    def _next(self, *kinds: str) -> tuple[Any, ...]:
        while True:
            try:
                if not self._conn.poll(0.25):
                    self.progress.check()
                    continue
                message: tuple[Any, ...] = self._conn.recv()
            except (EOFError, OSError):
                self._process.join(timeout=10)
                raise UnreadableWorkbook(
                    f"{self.path.name} could not be read: the process reading it stopped "
                    f"(exit code {self._process.exitcode}); nothing was imported"
                ) from None
            if message[0] == "refused":
                raise UnreadableWorkbook(message[1])
            if message[0] == "failed":
                raise message[1]
            if message[0] not in kinds:
                raise RuntimeError(f"the reading process sent {message[0]!r} where {kinds} was expected")
            return message

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=10)
        self._conn.close()


class _Heard(Progress):
    """The reading side's progress: the last thing said, sent with the next batch."""

    def __init__(self) -> None:
        super().__init__()
        self.last: tuple[int, int, str] = (0, 0, "")

    def update(self, done: int, total: int, message: str = "") -> None:
        self.last = (done, total, message)


def read_apart(path: str, out: Any) -> None:
    """The reading process: every sheet the import asks for, in its order, as batches of checked rows."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the importing process, which ends this one
    heard = _Heard()
    try:
        with open_workbook(Path(path), heard) as stream:
            out.send(("opened", _learned(stream), stream.total))
            for name in SHEET_ORDER:
                if name == "People":
                    found = stream.people()
                    out.send(("people", _learned(stream), found))
                    continue
                spec = next(s for s in (MEETINGS, *CHILD_SHEETS) if s.name == name)
                batch: list[RowRecord] = []
                for row in stream.rows(spec):
                    batch.append(row)
                    if len(batch) == BATCH:
                        out.send(("rows", batch, heard.last))
                        batch, heard.last = [], (0, 0, "")
                if batch:
                    out.send(("rows", batch, heard.last))
                out.send(("sheet read", _learned(stream)))
    except UnreadableWorkbook as exc:
        out.send(("refused", str(exc)))
    except Exception as exc:  # anything else is the importing process's to report, as if it had read the file
        try:
            pickle.dumps(exc)
        except Exception:
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        out.send(("failed", exc))
    finally:
        out.close()


def _learned(stream: WorkbookStream) -> tuple[list[str], list[CellProblem], int]:
    return list(stream.notes), list(stream.problems), stream.more_problems
