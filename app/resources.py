"""Where the files that ship with the program are: beside the package in a source checkout (resources/, seeds/),
inside it once installed from a wheel or bundled by PyInstaller (app/resources/, app/seeds/)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped(folder: str, *names: str) -> Path:
    """The shipped folder ('resources' or 'seeds'), or a path inside it; the first place that has it wins."""
    for base in (_PACKAGE / folder, _PACKAGE.parent / folder):
        candidate = base.joinpath(*names)
        if candidate.exists():
            return candidate
    return (_PACKAGE.parent / folder).joinpath(*names)  # for the message that names what is missing
