"""Writing a file the user named so that it is complete or not there at all: a report or a workbook is built in a
hidden file beside the target and moved into place only at the end; a failed or cancelled one leaves the old file."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path


class WriteError(ValueError):
    """The file cannot be written where the user asked; the message names it and says why."""


@contextlib.contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """Yields the hidden path to write; on leaving without an exception it replaces the target."""
    if not target.parent.is_dir():
        raise WriteError(f"cannot write {target}: the folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial")
    try:
        yield partial
        partial.replace(target)
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
