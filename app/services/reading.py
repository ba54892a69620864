"""What the window reads, by the names it reads it: the lists' filters and rows and the records' reader. The window
imports these from here and never from storage, so that storage can change (a department server) behind them."""

from __future__ import annotations

from app.storage.errors import ConflictError, DatabaseInUseError, PasswordNeededError, StorageError, UnreachableError
from app.storage.paths import display_url, log_dir
from app.storage.repository import ActionFilter, ActionRow, MeetingFilter, MeetingRow, SearchResult
from app.storage.repository import Repository as Records

__all__ = [
    "ActionFilter",
    "ActionRow",
    "ConflictError",
    "DatabaseInUseError",
    "MeetingFilter",
    "MeetingRow",
    "PasswordNeededError",
    "Records",
    "SearchResult",
    "StorageError",
    "UnreachableError",
    "display_url",
    "log_dir",
]
