"""The one place where records meet SQL, for everything above storage: a Repository reads (reads.py) and writes
(writes.py) records; the lists' filters and rows are in queries.py, the mapping of records to rows in rows.py."""

from __future__ import annotations

from app.storage.database import Database
from app.storage.queries import ActionFilter, ActionRow, Counts, MeetingFilter, MeetingRow, SearchResult
from app.storage.reads import RecordReads
from app.storage.writes import RecordWrites

__all__ = ["ActionFilter", "ActionRow", "Counts", "MeetingFilter", "MeetingRow", "Repository", "SearchResult"]


class Repository(RecordReads, RecordWrites):
    """Reads first in the order of bases: their get_meeting and get_action are the ones writes read back with."""

    def __init__(self, db: Database) -> None:
        self.db = db
