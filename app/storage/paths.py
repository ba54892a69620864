"""Where the records, their backups and the log live, and who may read them.

A ministry's records on a shared machine: files are 0600 and folders 0700 on POSIX.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

import platformdirs

from app import APP_NAME

DB_ENV = "AIDE_MEMOIRE_DB"
DB_FILENAME = "aide-memoire.sqlite"
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def default_db_path() -> Path:
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def config_dir() -> Path:
    """The user's settings that the command line reads too (the window's own live in Qt's settings)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def unfinished_dir() -> Path:
    """Where the program lists the files it is writing, so that what a killed run left can be removed later."""
    return platformdirs.user_state_path(APP_NAME, appauthor=False) / "unfinished"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_private_dir(path: Path) -> None:
    """Create the folder and any missing parents private to the user (0700).

    A folder that already exists is left as it is: the user may have pointed --db into a shared folder (their home,
    /tmp), whose mode is not ours to change. The files we put there are 0600 regardless.
    """
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name == "posix":
        for folder in missing:
            with contextlib.suppress(OSError):
                os.chmod(folder, PRIVATE_DIR)


def touch_private_file(path: Path) -> None:
    """Create the file with 0600 before anyone else writes it, so it is never readable by others."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, PRIVATE_FILE)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)


COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


def is_part_of_database(target: Path, db_path: Path) -> bool:
    """True when writing `target` would overwrite the database, one of its companion files (write-ahead log,
    shared memory, journal, writer lock) or anything in its backups folder, however the path is spelled."""
    target = real_path(target)
    db = real_path(db_path)
    if target == db or any(target == db.with_name(db.name + s) for s in COMPANION_SUFFIXES):
        return True
    backups = real_path(backup_dir(db))
    return backups in target.parents


def real_path(path: Path) -> Path:
    """The path with symbolic links and '..' resolved, even when the file does not exist yet."""
    try:
        return Path(os.path.realpath(path.expanduser()))
    except OSError:
        return path.expanduser().absolute()


def is_url(target: object) -> bool:
    """A department server's address rather than a file: postgresql://user@host/dbname."""
    return str(target).startswith(("postgresql://", "postgres://"))


def display_url(url: str) -> str:
    """The address without a password, for messages, the window's title and what the program remembers."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1@", url)
