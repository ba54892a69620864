"""An analyst's pandas import made into the store the program makes: read_excel (calamine engine) and to_sql of the
four sheets, as in the plain pandas row, then with SQL alone what the program's store also holds, so that the two
sides do the same work: the records findable by id and by meeting, meetings by date, actions by owner and by due
date, every record's text in a full-text index (with the table saying which record and meeting each text is of),
and every meeting's words in an index of its own. SQLite's defaults, as an analyst would leave them.

What the program does beyond this is its own work, not the store's: every row checked, names matched to people,
name keys in the texts (other scripts' spellings), the change log. Run as a process of its own:
`python -m tests.benchmarks.pandas_store TARGET WORKBOOK`."""

from __future__ import annotations

import sqlite3
import sys

SHEETS = ("Meetings", "Participants", "Statements", "Actions")
FTS = "tokenize='unicode61 remove_diacritics 2'"
# Each sheet's kind in the index and the columns of its text (the program's documents: app.domain.search_text).
TEXTS = {
    "Meetings": ("meeting", ("Title", "Location", "Countries", "Topics", "Summary", "Outcomes", "Source")),
    "Participants": ("participant", ("Name", "Position", "Organisation")),
    "Statements": ("statement", ("Speaker", "Text")),
    "Actions": ("action", ("Description", "Owner", "Notes")),
}
INDEXES = (
    'CREATE UNIQUE INDEX meetings_id ON Meetings("ID")',
    'CREATE INDEX meetings_by_date ON Meetings("Date")',
    'CREATE UNIQUE INDEX participants_id ON Participants("ID")',
    'CREATE INDEX participants_by_meeting ON Participants("Meeting ID")',
    'CREATE UNIQUE INDEX statements_id ON Statements("ID")',
    'CREATE INDEX statements_by_meeting ON Statements("Meeting ID")',
    'CREATE UNIQUE INDEX actions_id ON Actions("ID")',
    'CREATE INDEX actions_by_meeting ON Actions("Meeting ID")',
    'CREATE INDEX actions_by_owner ON Actions("Owner", "Due date")',
    'CREATE INDEX actions_by_due ON Actions("Due date")',
)


def make(target: str, workbook: str) -> None:
    import pandas as pd

    conn = sqlite3.connect(target)
    for sheet in SHEETS:
        pd.read_excel(workbook, sheet_name=sheet, engine="calamine").to_sql(sheet, conn, index=False)
    for sql in INDEXES:
        conn.execute(sql)
    conn.execute("CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, kind TEXT, record_id TEXT, meeting_id TEXT)")
    conn.execute(f"CREATE VIRTUAL TABLE search_text USING fts5(body, {FTS})")
    for sheet, (kind, columns) in TEXTS.items():
        text = " || char(10) || ".join(f"coalesce(\"{c}\", '')" for c in columns)
        meeting = '"ID"' if sheet == "Meetings" else '"Meeting ID"'
        conn.execute(
            "INSERT INTO search_docs(kind, record_id, meeting_id)"
            f' SELECT ?, "ID", {meeting} FROM "{sheet}" ORDER BY rowid',
            (kind,),
        )
        first = (
            conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
            - conn.execute(f'SELECT count(*) FROM "{sheet}"').fetchone()[0]
        )
        conn.execute(
            f'INSERT INTO search_text(rowid, body) SELECT rowid + ?, {text} FROM "{sheet}" ORDER BY rowid', (first,)
        )
    conn.execute("CREATE INDEX search_docs_by_meeting ON search_docs(meeting_id)")
    conn.execute(f"CREATE VIRTUAL TABLE meeting_text USING fts5(body, {FTS}, detail=none)")
    conn.execute(
        "INSERT INTO meeting_text(rowid, body) SELECT m.rowid, (SELECT group_concat(t.c0, char(10))"
        ' FROM search_docs d JOIN search_text_content t ON t.id = d.rowid WHERE d.meeting_id = m."ID")'
        " FROM Meetings m ORDER BY m.rowid"
    )
    conn.commit()
    conn.close()


if __name__ == "__main__":
    make(sys.argv[1], sys.argv[2])
