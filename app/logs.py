"""The log file: where tracebacks go instead of the user's screen."""

from __future__ import annotations

import logging
import logging.handlers
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


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """Every file of the log, the new one after a rotation included, is created private to the user."""

    def _open(self):  # type: ignore[no-untyped-def]
        touch_private_file(Path(self.baseFilename))
        return super()._open()


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
        handler = _PrivateRotatingFile(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    sys.unraisablehook = _log_unraisable
    _configured = path
    return path
