"""The log file: where tracebacks go instead of the user's screen."""

from __future__ import annotations

import io
import logging
import sys
from pathlib import Path

from app.storage.paths import log_dir, make_private_dir, touch_private_file

LOG_NAME = "aide-memoire.log"
_configured: Path | None = None


def _log_unraisable(info: sys.UnraisableHookArgs) -> None:
    """Errors Python cannot raise (a half-written workbook's files closed by the garbage collector after a full
    disk) go to the log: the user has already been told, in one line, what failed."""
    logging.getLogger("unraisable").info(
        "%s: %s",
        info.err_msg or "ignored exception",
        info.object,
        exc_info=(info.exc_type, info.exc_value, info.exc_traceback),  # type: ignore[arg-type]
    )


class _PrivateRotatingFile(logging.FileHandler):
    """A log kept to a few files of limited size, each created private to the user. (The standard library's
    rotating handler does the same but its module costs the window's start-up more than this whole file.)"""

    def __init__(self, path: Path, max_bytes: int, keep: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.keep = keep

    def _open(self) -> io.TextIOWrapper:
        touch_private_file(Path(self.baseFilename))
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        """aide-memoire.log becomes .log.1, .1 becomes .2, and so on; the oldest goes."""
        if self.stream is not None:
            self.stream.close()
        base = Path(self.baseFilename)
        for n in range(self.keep - 1, 0, -1):
            older = base.with_name(f"{base.name}.{n}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{n + 1}"))
        base.replace(base.with_name(f"{base.name}.1"))
        self.stream = self._open()


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to a private rotating file; returns its path, or None when the folder cannot be written."""
    global _configured
    if _configured is not None:
        return _configured
    folder = folder or log_dir()
    try:
        make_private_dir(folder)
        path = folder / LOG_NAME
        touch_private_file(path)
        handler = _PrivateRotatingFile(path, max_bytes=2_000_000, keep=3)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    sys.unraisablehook = _log_unraisable
    _configured = path
    return path
