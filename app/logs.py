"""The log file: where tracebacks go instead of the user's screen."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.storage.paths import log_dir, make_private_dir, touch_private_file

LOG_NAME = "aide-memoire.log"
_configured: Path | None = None


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
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = path
    return path
