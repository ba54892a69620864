"""One writer at a time: an OS file lock beside the database.

The operating system drops the lock when the process ends, however it ends, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from app.storage.errors import DatabaseInUseError
from app.storage.paths import touch_private_file


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        touch_private_file(self.path)
        handle = open(self.path, "r+", encoding="utf-8")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            _lock(handle)
        except OSError:
            try:
                holder = handle.read().strip()
            except OSError:  # Windows refuses reads of a locked range
                holder = ""
            handle.close()
            who = f" (process {holder})" if holder.isdigit() else ""
            raise DatabaseInUseError(
                f"{self.path.with_suffix('').name} is open in another copy of Aide-Mémoire{who}; "
                "close it there first, or open the database read-only"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            try:
                self._file.seek(0)
                self._file.truncate()
                _unlock(self._file)
            finally:
                self._file.close()
                self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
