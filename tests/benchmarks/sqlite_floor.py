"""The floor under an import's writing: the rows an import wrote, written again from ready tuples by bare sqlite3
(executemany, 500 rows a call) into a new store of the program's schema, with the same indexes set aside and made
again, the same two search indexes filled from the same texts, the same cache, journal and one transaction. No
workbook, no checking, no Python per row: what the store itself costs. Run as a process of its own:
`python -m tests.benchmarks.sqlite_floor SOURCE TARGET` prints the seconds from BEGIN to the file closed."""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from app.storage.database import Database
from app.storage.writes import _SET_ASIDE

TABLES = ("meetings", "meeting_countries", "people", "person_names", "person_positions", "participants", "statements",
          "actions", "changes", "change_items")  # fmt: skip
BATCH = 500
Rows = list[tuple[object, ...]]


def _read(source: Path) -> tuple[dict[str, Rows], Rows, Rows, Rows]:
    conn = sqlite3.connect(source)
    rows = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    docs = conn.execute("SELECT rowid, kind, record_id, meeting_id FROM search_docs ORDER BY rowid").fetchall()
    texts = conn.execute("SELECT id, c0 FROM search_text_content ORDER BY id").fetchall()
    lists = conn.execute("SELECT id, c0 FROM meeting_text_content ORDER BY id").fetchall()
    conn.close()
    return rows, docs, texts, lists


def write(source: Path, target: Path) -> float:
    rows, docs, texts, lists = _read(source)
    Database.open(target).close()  # the program's schema, empty
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -32768")  # Database.bulk's
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    marks = ",".join("?" * len(_SET_ASIDE))
    again = [r[0] for r in conn.execute(f"SELECT sql FROM sqlite_master WHERE name IN ({marks})", _SET_ASIDE)]
    for name in _SET_ASIDE:
        conn.execute(f'DROP INDEX IF EXISTS "{name}"')
    for table in TABLES:
        _insert(conn, table, rows[table])
    for at in range(0, len(docs), BATCH):
        conn.executemany("INSERT INTO search_docs(rowid, kind, record_id, meeting_id) VALUES (?, ?, ?, ?)",
                         docs[at : at + BATCH])  # fmt: skip
        conn.executemany("INSERT INTO search_text(rowid, body) VALUES (?, ?)", texts[at : at + BATCH])
    for sql in again:
        conn.execute(sql)
    for at in range(0, len(lists), BATCH):
        conn.executemany("INSERT INTO meeting_text(rowid, body) VALUES (?, ?)", lists[at : at + BATCH])
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def _insert(conn: sqlite3.Connection, table: str, rows: Rows) -> None:
    if rows:
        sql = f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})"
        for at in range(0, len(rows), BATCH):
            conn.executemany(sql, rows[at : at + BATCH])


if __name__ == "__main__":
    print(f"{write(Path(sys.argv[1]), Path(sys.argv[2])):.3f}")
