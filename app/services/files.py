"""Writing a file the user named so that it is complete or not there at all: a report or a workbook is built in a
hidden file beside the target and moved into place only at the end; a failed or cancelled one leaves the old file.

Everything written is private to the user (0600 on Linux and macOS) from its first byte, however secret the records
in it: the user can loosen it afterwards. A run killed half-way leaves its hidden file behind; the next start of
the program removes it (clean_unfinished), because every run in progress is listed, under a lock, in the user's own
state folder."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from app.storage.errors import DatabaseInUseError
from app.storage.lock import WriterLock
from app.storage.paths import is_part_of_database, make_private_dir, touch_private_file, unfinished_dir

log = logging.getLogger(__name__)


class WriteError(ValueError):
    """The file cannot be written where the user asked; the message names it and says why."""


def check_output(target: Path, db_path: Path | None) -> None:
    """Refuse to write a report or a workbook over the records themselves."""
    if db_path is not None and is_part_of_database(target, db_path):
        raise WriteError(
            f"cannot write {target}: that is the database {db_path.name}, one of its files or one of its backups;"
            " choose another file name"
        )


def scratch_dir(partial: Path) -> Path:
    """A private folder beside the hidden file, for a writer's own temporary parts (a workbook's sheets)."""
    return partial.with_name(partial.name + ".d")


@contextlib.contextmanager
def written_whole(target: Path, *, database: Path | None = None) -> Iterator[Path]:
    """Yields the hidden path to write; on leaving without an exception it replaces the target. `database`: the
    records' file, which the target must not be."""
    check_output(target, database)
    if not target.parent.is_dir():
        raise WriteError(f"cannot write {target}: the folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial")
    try:
        with _listed(partial):
            try:
                touch_private_file(partial)
                yield partial
                partial.replace(target)
            finally:
                with contextlib.suppress(OSError):
                    partial.unlink(missing_ok=True)
                import shutil  # on the first file written, not at start

                shutil.rmtree(scratch_dir(partial), ignore_errors=True)
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from None
    except Exception as exc:
        reason = _serialisation_failure(exc)
        if reason is None:
            raise
        raise WriteError(f"cannot write {target}: {reason}") from None


# lxml (openpyxl's and python-docx's writer) reports a failed write in its own words: the disk's errors by code.
_LXML_IO = {"IO_ENOSPC": "No space left on device", "IO_EFBIG": "File too large", "IO_EACCES": "Permission denied",
            "IO_EIO": "Input/output error", "IO_EDQUOT": "Disk quota exceeded"}  # fmt: skip


def _serialisation_failure(exc: Exception) -> str | None:
    if type(exc).__module__.startswith("lxml") and type(exc).__name__ == "SerialisationError":
        code = str(exc).strip()
        return _LXML_IO.get(code, f"the disk refused the write ({code})")
    return None


@contextlib.contextmanager
def _listed(partial: Path) -> Iterator[None]:
    """While the file is being written, a locked entry in the user's state folder names it."""
    entry: Path | None = None
    lock: WriterLock | None = None
    try:
        folder = unfinished_dir()
        make_private_dir(folder)
        entry = folder / f"{os.urandom(12).hex()}.path"  # not uuid: its import would slow every start
        entry.write_text(str(partial.absolute()), encoding="utf-8")
        lock = WriterLock(entry)
        lock.acquire()
    except OSError as exc:  # the list is a convenience: never a reason not to write the user's file
        log.info("cannot list %s as unfinished: %s", partial, exc)
    try:
        yield
    finally:
        if lock is not None:
            lock.release()
            lock.path.unlink(missing_ok=True)
        if entry is not None:
            entry.unlink(missing_ok=True)


def clean_unfinished() -> int:
    """Remove the hidden files of runs that ended before finishing (killed, crashed); returns how many."""
    folder = unfinished_dir()
    if not folder.is_dir():
        return 0
    removed = 0
    for entry in folder.glob("*.path"):
        lock = WriterLock(entry)
        try:
            lock.acquire()
        except DatabaseInUseError:
            continue  # still being written by a running copy of the program
        except OSError:
            continue
        try:
            partial = Path(entry.read_text(encoding="utf-8").strip())
            if partial.name.startswith(".") and partial.name.endswith(".partial"):
                partial.unlink(missing_ok=True)
                import shutil

                shutil.rmtree(scratch_dir(partial), ignore_errors=True)
                removed += 1
                log.info("removed %s, left by an earlier run that did not finish", partial)
        except OSError as exc:
            log.info("cannot clean up after %s: %s", entry, exc)
        finally:
            lock.release()
            lock.path.unlink(missing_ok=True)
            entry.unlink(missing_ok=True)
    return removed
