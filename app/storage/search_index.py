"""Full-text search over meetings, participants, statements and actions.

FTS5 with the unicode61 tokenizer folds case for Cyrillic and Latin alike (руто finds Руто). Where SQLite was built
without FTS5, a plain table of case-folded text searched with LIKE finds the same records (and a few more, since
it matches inside words), only slower.
Which one a database uses is decided when the index is created (schema version 2) and kept in the `meta` table.

Each record's text also carries the name keys of the names in it (app.domain.names), and each word searched for is
looked up as written and by its key: "Садыков" finds the English record of Sadykov, "Tokayev" the Kazakh text
that writes Тоқаевтың. The index is derived from the records: when the way it is made changes (INDEX_VERSION), it
is made again from them when the database is next opened for writing.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import weakref
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass

from app.domain.search_text import document, meeting_document
from app.progress import NO_PROGRESS, Progress
from app.storage.dialect import insert_id, is_postgres

INDEX_VERSION = 4  # 1: the words as written; 2: and the name keys of the names in them; 3: and a document per
# meeting; 4: numbered by its day

_fts5_override: bool | None = None  # tests force the fallback with set_fts5_available(False)


def set_fts5_available(value: bool | None) -> None:
    global _fts5_override
    _fts5_override = value


def fts5_available() -> bool:
    if _fts5_override is not None:
        return _fts5_override
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        probe.close()


def search_engine(conn: sqlite3.Connection) -> str:
    if is_postgres(conn):  # a server's index is always case-folded text, with its words beside it
        return "plain"
    row = conn.execute("SELECT value FROM meta WHERE key = 'search_engine'").fetchone()
    return str(row[0]) if row else "plain"


# What each kind of record puts in the index: its columns after the id and the meeting's id. One list for a single
# meeting's indexing and for a whole store's, so the two cannot drift apart.
_MEETING_TEXT = "SELECT id, id, title, location, countries, topics, summary, outcomes, source FROM meetings"
_CHILD_TEXT = (
    ("participant", "SELECT id, meeting_id, name, position, organisation FROM participants"),
    ("statement", "SELECT id, meeting_id, speaker, text FROM statements"),
    ("action", "SELECT id, meeting_id, description, owner, notes FROM actions"),
)


def _documents_for_meeting(conn: sqlite3.Connection, meeting_id: str) -> Iterable[tuple[str, str, str]]:
    row = conn.execute(f"{_MEETING_TEXT} WHERE id = ?", (meeting_id,)).fetchone()
    if row is None:
        return
    yield "meeting", meeting_id, meeting_document(*row[2:])
    for kind, sql in _CHILD_TEXT:
        for record_id, _meeting, *parts in conn.execute(f"{sql} WHERE meeting_id = ?", (meeting_id,)):
            yield kind, record_id, document(*parts)


# The meetings list asks which meetings match, never which records: a file with FTS5 (schema 9) also keeps all the
# words of a meeting and its records in one document of `meeting_text`, numbered by the meeting's `search_no`. The
# list then finds its meetings in the index alone; joining each matching record to its meeting cost ten times more
# than finding the records (a word in most of 100,000 meetings: 200 ms against 20).


def has_meeting_text(conn: sqlite3.Connection) -> bool:
    if is_postgres(conn):
        return False
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meeting_text'").fetchone() is not None


# A meeting's number says its day: the day's ordinal times DAY_SPAN, plus its place among that day's meetings. The
# index then holds the meetings in the order of their dates, and the list's first page by date is read from it in
# that order (app.storage.reads) instead of from every match. A meeting whose date changes gets a new number.
DAY_SPAN = 1 << 22  # more meetings than any day will hold; a number stays below 2**42
NUMBERED_BY_DAY = 4  # the index version from which numbers say the day


def day_of(number: int) -> int:
    return number // DAY_SPAN


def _numbers(conn: sqlite3.Connection, ids: list[str]) -> dict[str, int]:
    """Each meeting's number in `meeting_text`, given now to those that have none yet (new meetings) or one of
    another day (their date changed, or the index was made before numbers said the day; their old document goes)."""
    found: dict[str, tuple[int | None, int]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, search_no, date FROM meetings WHERE id IN ({marks})"
        found.update((m, (no, dt.date.fromisoformat(day).toordinal())) for m, no, day in conn.execute(sql, chunk))
    numbers = {m: no for m, (no, day) in found.items() if no is not None and day_of(no) == day}
    moved = [(no,) for m, (no, _day) in found.items() if no is not None and m not in numbers]
    if moved:
        conn.executemany("DELETE FROM meeting_text WHERE rowid = ?", moved)
        conn.executemany("UPDATE meetings SET search_no = NULL WHERE search_no = ?", moved)
    last: dict[int, int] = {}  # the day's highest number so far
    given: list[tuple[int, str]] = []
    for m, (_no, day) in found.items():
        if m in numbers:
            continue
        if day not in last:
            sql = "SELECT max(search_no) FROM meetings WHERE search_no >= ? AND search_no < ?"
            highest = conn.execute(sql, (day * DAY_SPAN, (day + 1) * DAY_SPAN)).fetchone()[0]
            last[day] = int(highest) if highest is not None else day * DAY_SPAN
        last[day] += 1
        numbers[m] = last[day]
        given.append((last[day], m))
    if given:
        conn.executemany("UPDATE meetings SET search_no = ? WHERE id = ?", given)
    return numbers


def _unindex_meeting_text(conn: sqlite3.Connection, numbers: Iterable[int]) -> None:
    conn.executemany("DELETE FROM meeting_text WHERE rowid = ?", [(n,) for n in numbers])


def unindex_meeting(conn: sqlite3.Connection, meeting_id: str) -> None:
    if has_meeting_text(conn):
        _unindex_meeting_text(
            conn, [r[0] for r in conn.execute("SELECT search_no FROM meetings WHERE id = ?", (meeting_id,)) if r[0]]
        )
    rowids = [r[0] for r in conn.execute("SELECT rowid FROM search_docs WHERE meeting_id = ?", (meeting_id,))]
    if not rowids:
        return
    conn.executemany("DELETE FROM search_text WHERE rowid = ?", [(r,) for r in rowids])
    conn.execute("DELETE FROM search_docs WHERE meeting_id = ?", (meeting_id,))


def index_meeting(conn: sqlite3.Connection, meeting_id: str, engine: str | None = None) -> None:
    """Re-index one meeting and its children (call inside the transaction that changed them)."""
    engine = engine or search_engine(conn)
    unindex_meeting(conn, meeting_id)
    bodies: list[str] = []
    for kind, record_id, body in _documents_for_meeting(conn, meeting_id):
        rowid = insert_id(
            conn, "INSERT INTO search_docs(kind, record_id, meeting_id) VALUES (?, ?, ?)", (kind, record_id, meeting_id)
        )
        text = body if engine == "fts5" else body.casefold()
        conn.execute(_insert_text(conn), (rowid, text, *_words_of(conn, text)))
        bodies.append(text)
    if bodies and has_meeting_text(conn):
        number = _numbers(conn, [meeting_id])[meeting_id]
        conn.execute("INSERT INTO meeting_text(rowid, body) VALUES (?, ?)", (number, "\n".join(bodies)))


def index_many(conn: sqlite3.Connection, meeting_ids: list[str], progress: Progress = NO_PROGRESS) -> None:
    """Index many meetings at once (an import, a copy of a whole store): 500 meetings read with four questions and
    their index written in one batch, in the order index_meeting would have given it (meeting by meeting, each
    meeting first). One meeting at a time costs a dozen statements each, and on a server as many round trips."""
    engine = search_engine(conn)
    per_meeting = has_meeting_text(conn)
    for start in range(0, len(meeting_ids), 500):
        _index_chunk(conn, meeting_ids[start : start + 500], engine, per_meeting)
        progress.update(min(start + 500, len(meeting_ids)), len(meeting_ids), "indexing")


def _index_chunk(conn: sqlite3.Connection, chunk: list[str], engine: str, per_meeting: bool) -> None:
    marks = ",".join("?" * len(chunk))
    numbers = _numbers(conn, chunk) if per_meeting else {}
    if numbers:  # (the statement is prepared even for no rows, and without FTS5 the table is not there)
        _unindex_meeting_text(conn, numbers.values())
    rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM search_docs WHERE meeting_id IN ({marks})", chunk)]
    if rowids:
        conn.executemany("DELETE FROM search_text WHERE rowid = ?", [(r,) for r in rowids])
        conn.execute(f"DELETE FROM search_docs WHERE meeting_id IN ({marks})", chunk)
    wanted = {m: i for i, m in enumerate(chunk)}
    docs: list[tuple[int, int, int, str, str, str, str]] = []  # place of the meeting, kind, order, then the doc
    for mid, _same, *fields in conn.execute(f"{_MEETING_TEXT} WHERE id IN ({marks})", chunk):
        docs.append((wanted[mid], 0, 0, "meeting", mid, mid, meeting_document(*fields)))
    for order, (kind, sql) in enumerate(_CHILD_TEXT, start=1):
        with_order = sql.replace(" FROM ", ", sort_order FROM ", 1)  # the record's place in its meeting, last
        for record_id, mid, *parts, sort_order in conn.execute(f"{with_order} WHERE meeting_id IN ({marks})", chunk):
            docs.append((wanted[mid], order, sort_order, kind, record_id, mid, document(*parts)))
    docs.sort(key=lambda d: (d[0], d[1], d[2]))
    texts = add_documents(conn, [d[3:] for d in docs], engine)
    if numbers:  # the documents are in meeting order: each meeting's run of them is its document in meeting_text
        by_meeting: dict[str, list[str]] = {}
        for d, text in zip(docs, texts, strict=True):
            by_meeting.setdefault(d[5], []).append(text)
        # In the order of their numbers: FTS5 writes out what it holds whenever a number comes lower than the last
        # one (numbers follow the meetings' days, not the order of the workbook), one small segment per document.
        conn.executemany(
            "INSERT INTO meeting_text(rowid, body) VALUES (?, ?)",
            sorted((numbers[m], "\n".join(bodies)) for m, bodies in by_meeting.items()),
        )


def add_documents(conn: sqlite3.Connection, docs: Sequence[tuple[str, str, str, str]], engine: str = "") -> list[str]:
    """Index the texts of records new to the index, (kind, record id, meeting id, text) each, in the order given
    (the newest last); returns the texts as indexed. A meeting's own document in `meeting_text` comes after all
    its records' (index_many, or index_new_meetings)."""
    engine = engine or search_engine(conn)
    rowids = _new_rowids(conn, len(docs))
    conn.executemany(
        "INSERT INTO search_docs(rowid, kind, record_id, meeting_id) VALUES (?, ?, ?, ?)",
        [
            (rowid, kind, record_id, meeting_id)
            for rowid, (kind, record_id, meeting_id, _t) in zip(rowids, docs, strict=True)
        ],
    )
    texts = [d[3] if engine == "fts5" else d[3].casefold() for d in docs]
    conn.executemany(
        _insert_text(conn), [(rowid, text, *_words_of(conn, text)) for rowid, text in zip(rowids, texts, strict=True)]
    )
    return texts


def number_meetings(conn: sqlite3.Connection, meeting_ids: list[str]) -> None:
    """Give meetings their numbers in the list's index now, as they are written (an import's new ones), rather
    than all at once when it is done."""
    if meeting_ids and has_meeting_text(conn):
        _numbers(conn, meeting_ids)


def index_new_meetings(conn: sqlite3.Connection, meeting_ids: list[str]) -> None:
    """The meetings list's documents of meetings new to the index, whose records' texts add_documents has just
    indexed (an import's new meetings): each made from those texts inside SQLite, in one statement, in the order of
    the meetings' numbers, instead of from the records read back and their texts made again."""
    if not meeting_ids or not has_meeting_text(conn):
        return
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS new_meetings(id TEXT PRIMARY KEY, no INTEGER)")
    conn.execute("DELETE FROM temp.new_meetings")
    conn.executemany("INSERT INTO temp.new_meetings(id) VALUES (?)", [(m,) for m in meeting_ids])
    sql = "SELECT n.id FROM temp.new_meetings n JOIN meetings m ON m.id = n.id WHERE m.search_no IS NULL"
    unnumbered = [r[0] for r in conn.execute(sql)]  # (number_meetings numbers them as they are written)
    if unnumbered:
        _numbers(conn, unnumbered)
    conn.execute("UPDATE temp.new_meetings SET no = (SELECT m.search_no FROM meetings m WHERE m.id = new_meetings.id)")
    # The texts are read from FTS5's own table of them (its `_content` table: id, then a column a column) rather
    # than through the index, at half the cost (2.3 s against 4.4 at 100,000 meetings).
    conn.execute(
        "INSERT INTO meeting_text(rowid, body) SELECT n.no, (SELECT group_concat(t.c0, char(10)) FROM search_docs d"
        " JOIN search_text_content t ON t.id = d.rowid WHERE d.meeting_id = n.id) FROM temp.new_meetings n"
        " ORDER BY n.no"
    )
    conn.execute("DELETE FROM temp.new_meetings")


def _new_rowids(conn: sqlite3.Connection, count: int) -> list[int]:
    """Rowids for new documents, rising. A server's come from its sequence, since other desks index at the same
    time; a file has one writer."""
    if is_postgres(conn):
        sql = "SELECT nextval(pg_get_serial_sequence('search_docs', 'rowid')) FROM generate_series(1, ?) ORDER BY 1"
        return [int(r[0]) for r in conn.execute(sql, (count,))]
    first = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM search_docs").fetchone()[0]) + 1
    return list(range(first, first + count))


def _insert_text(conn: sqlite3.Connection) -> str:
    if is_postgres(conn):  # the server also keeps the text's words, for its word index
        return "INSERT INTO search_text(rowid, body, words) VALUES (?, ?, array_to_tsvector(string_to_array(?, ' ')))"
    return "INSERT INTO search_text(rowid, body) VALUES (?, ?)"


def _words_of(conn: sqlite3.Connection, text: str) -> tuple[str, ...]:
    return (" ".join(search_words(text)),) if is_postgres(conn) else ()


LONGEST_WORD = 200  # a server's word index takes words up to 2 KB; longer ones are kept by their beginning


def search_words(text: str) -> list[str]:
    """The distinct words of a text as a query's words are cut (query_tokens), for a server's word index."""
    return sorted({w[:LONGEST_WORD] for w in _WORD.findall(text.casefold())})


_WORD = re.compile(r"\w+", re.UNICODE)


def query_tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _fts_match(conn: sqlite3.Connection, tokens: list[str]) -> str:
    """Every word as a prefix, as written or by its name key."""
    from app.domain.names import word_key

    vocabulary = has_meeting_text(conn)
    if vocabulary:
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.meeting_words USING fts5vocab(main, meeting_text, row)")
    terms = []
    # FTS5's tokenizer parts words at an underscore, which a word of the query may hold: a part is a word of its
    # own (as one string it would be a phrase, which the list's index, keeping no positions, refuses).
    for t in (part for token in tokens for part in token.split("_") if part):
        key = word_key(t)
        forms = [t, key] if key and key != t else [t]
        terms.append("(" + " OR ".join(_prefix_terms(conn, f, vocabulary) for f in forms) + ")")
    return " AND ".join(terms) or '""'  # (underscores alone: no word, and an empty phrase finds nothing)


# A prefix query ("visa"*) costs FTS5 five times the query of the words it stands for ("visa" OR "visas"): it first
# copies every matching word's list of documents into one (85 ms against 15 for two words in most of 100,000
# meetings). So a word that starts only a few words of the index is asked for as those words, found in the index's
# vocabulary (each meeting's document holds every word of its records, so `meeting_text`'s words are all of them).
# A word the index folds otherwise than the query ("café", kept as "cafe") starts none of its words and is asked
# for as a prefix, which FTS5 folds itself; so is a word of fewer than three letters, which starts too many.
_EXPANDED_UP_TO = 16


def _prefix_terms(conn: sqlite3.Connection, form: str, vocabulary: bool) -> str:
    prefix = '"' + form.replace('"', '""') + '"*'
    if len(form) < 3 or not form.isalnum() or not vocabulary:
        return prefix
    after = form[:-1] + chr(ord(form[-1]) + 1)
    sql = "SELECT term FROM temp.meeting_words WHERE term >= ? AND term < ? LIMIT ?"
    found = [r[0] for r in conn.execute(sql, (form, after, _EXPANDED_UP_TO + 1))]
    if not found or len(found) > _EXPANDED_UP_TO:  # (none: the prefix query finds nothing as fast)
        return prefix
    return " OR ".join('"' + term + '"' for term in found)


def _server_query(tokens: list[str]) -> str:
    """Every word as a prefix, as written or by its name key, as a text-search query for the server's word index
    (its lexemes given as they are, so that the server's parser changes nothing)."""
    from app.domain.names import word_key

    terms = []
    for t in tokens:
        t = t[:LONGEST_WORD]
        key = word_key(t)
        forms = {t, key} if key else {t}
        forms = {f for f in forms if not any(g != f and f.startswith(g) for g in forms)}  # "genev" covers "geneva"
        terms.append("(" + " | ".join(sorted(_lexeme(f) + ":*" for f in forms)) + ")")
    return " & ".join(terms)


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _like_clauses(tokens: list[str]) -> tuple[str, list[str]]:
    """Every word, as written or by its key, anywhere in the case-folded text (SQLite without FTS5)."""
    from app.domain.names import word_key

    clauses: list[str] = []
    params: list[str] = []
    for t in tokens:
        key = word_key(t)
        if key and key != t:
            clauses.append("(t.body LIKE ? ESCAPE '\\' OR t.body LIKE ? ESCAPE '\\')")
            params += ["%" + _escape_like(t) + "%", "%" + _escape_like(key) + "%"]
        else:
            clauses.append("t.body LIKE ? ESCAPE '\\'")
            params.append("%" + _escape_like(t) + "%")
    return " AND ".join(clauses), params


def hits_query(conn: sqlite3.Connection, text: str, limit: int = 200) -> tuple[str, list[object]] | None:
    """A query of the records whose text holds every word of the query, each as a word prefix (typing narrows the
    list): rows of (kind, record_id, meeting_id), newest first; None when the text has no words. A query rather
    than rows, so that the caller reads the hits with what it shows of them in one round trip.

    The newest records come first. Ranking by relevance would have to score every match before the first one is
    shown (a quarter of a second for a common word at 100,000 meetings), too slow for search as you type.
    """
    tokens = query_tokens(text)
    if not tokens:
        return None
    if is_postgres(conn):  # the server's own search function (app.storage.server_admin), under the caller's clearance
        return "SELECT kind, record_id, meeting_id FROM aide_search(?::tsquery, ?)", [_server_query(tokens), limit]
    if search_engine(conn) == "fts5":
        sql = (
            "SELECT d.kind, d.record_id, d.meeting_id FROM (SELECT rowid FROM search_text WHERE search_text MATCH ?"
            " ORDER BY rowid DESC LIMIT ?) hits JOIN search_docs d ON d.rowid = hits.rowid"
        )
        return sql, [_fts_match(conn, tokens), limit]
    where, params = _like_clauses(tokens)
    sql = (
        "SELECT d.kind, d.record_id, d.meeting_id FROM search_text t JOIN search_docs d ON d.rowid = t.rowid"
        f" WHERE {where} ORDER BY t.rowid DESC LIMIT ?"
    )
    return sql, [*params, limit]


def meetings_matching(conn: sqlite3.Connection, text: str) -> tuple[str, list[object]]:
    """A subquery of the ids of every meeting with a matching record, however many: for a list filter, so that the
    list, its count and an export of what it shows agree. ('', []) when the text has no words."""
    tokens = query_tokens(text)
    if not tokens:
        return "", []
    if is_postgres(conn):
        return "SELECT meeting_id FROM aide_search(?::tsquery, 2147483647)", [_server_query(tokens)]
    if search_engine(conn) == "fts5":
        sql = "SELECT d.meeting_id FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE search_text MATCH ?"
        return sql, [_fts_match(conn, tokens)]
    where, params = _like_clauses(tokens)
    sql = f"SELECT d.meeting_id FROM search_text t JOIN search_docs d ON d.rowid = t.rowid WHERE {where}"
    return sql, list(params)


@dataclass
class _Asked:
    """What the index said of the words last asked on a connection, while the database is as it was then."""

    words: str
    state: tuple[int, int]
    match: str  # the query the index was asked
    count: int  # the meetings it found
    held: bool = False  # their numbers are in temp.meeting_matches


# By connection (a closed one is forgotten with it). The list asks for its count, then its first page, then more
# pages of the same words: the index is asked once per words and state of the database (this connection's changes,
# and `PRAGMA data_version` for another desk's).
_ASKED: weakref.WeakKeyDictionary[sqlite3.Connection, _Asked] = weakref.WeakKeyDictionary()


def _asked(conn: sqlite3.Connection, tokens: list[str]) -> _Asked:
    words = " ".join(tokens)
    try:
        asked = _ASKED.get(conn)
    except TypeError:  # a plain sqlite3 connection (the store's own are weakly referable): asked every time
        asked = None
    if asked is not None and asked.words == words and asked.state == _state(conn):
        return asked
    match = _fts_match(conn, tokens)
    count = int(conn.execute("SELECT count(*) FROM meeting_text WHERE meeting_text MATCH ?", (match,)).fetchone()[0])
    asked = _Asked(words, _state(conn), match, count)
    with suppress(TypeError):
        _ASKED[conn] = asked
    return asked


def _list_tokens(conn: sqlite3.Connection, text: str) -> list[str]:
    """The words of a list's search, where the list can ask `meeting_text` for them ([] where not: a server,
    SQLite without FTS5, a file not yet upgraded)."""
    return query_tokens(text) if has_meeting_text(conn) else []


def meeting_text_count(conn: sqlite3.Connection, text: str) -> int | None:
    """How many meetings the meetings list finds for these words, or None where it has no index of its own."""
    tokens = _list_tokens(conn, text)
    return _asked(conn, tokens).count if tokens else None


def meeting_text_match(conn: sqlite3.Connection, text: str) -> int | None:
    """For a list that narrows by more than words, or sorts by more than date: how many meetings match, their
    numbers (search_no) then held in `temp.meeting_matches` for the list's query to join. None where the list has
    no index of its own."""
    tokens = _list_tokens(conn, text)
    if not tokens:
        return None
    asked = _asked(conn, tokens)
    if not asked.held:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS meeting_matches(no INTEGER PRIMARY KEY)")  # this connection's
        conn.execute("DELETE FROM temp.meeting_matches")
        sql = "INSERT INTO temp.meeting_matches(no) SELECT rowid FROM meeting_text WHERE meeting_text MATCH ?"
        asked.count = int(conn.execute(sql, (asked.match,)).rowcount)
        asked.held, asked.state = True, _state(conn)  # (filling the table is a change of this connection's)
    return asked.count


def meetings_by_date(
    conn: sqlite3.Connection, text: str, *, offset: int, limit: int, descending: bool
) -> tuple[str, list[object]] | None:
    """A subquery of the numbers (search_no) of the matching meetings that hold the list's page by date: those of
    the days down to the day of the page's last match (up to, when the list goes from the oldest). The index holds
    the meetings in the order of their days (_numbers), so it gives them without finding every match first: a
    word in most of 100,000 meetings, 3 ms against the 30-60 that holding every match costs. None where the list
    has no index of its own, or where its numbers do not yet say the day (a file opened read-only before it was
    upgraded)."""
    tokens = _list_tokens(conn, text)
    if not tokens or index_version(conn) < NUMBERED_BY_DAY:
        return None
    asked = _asked(conn, tokens)
    every = "SELECT rowid FROM meeting_text WHERE meeting_text MATCH ?"
    if asked.count <= offset + limit:
        return every, [asked.match]
    order = "DESC" if descending else "ASC"
    sql = f"{every} ORDER BY rowid {order} LIMIT 1 OFFSET ?"
    last = conn.execute(sql, (asked.match, offset + limit - 1)).fetchone()
    if last is None:  # (the count was of another state of the database)
        return every, [asked.match]
    day = day_of(int(last[0]))
    if descending:
        return f"{every} AND rowid >= ?", [asked.match, day * DAY_SPAN]
    return f"{every} AND rowid < ?", [asked.match, (day + 1) * DAY_SPAN]


def _state(conn: sqlite3.Connection) -> tuple[int, int]:
    return conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])


def forget_matches(conn: sqlite3.Connection) -> None:
    """The next question of the list asks the index again (the benchmark times each pause in typing as new words)."""
    with suppress(TypeError):
        _ASKED.pop(conn, None)


def _escape_like(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def index_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'search_index_version'").fetchone()
    return int(row[0]) if row else 1


def rebuild_if_stale(conn: sqlite3.Connection, progress: Progress = NO_PROGRESS) -> int:
    """Make the index again from the records when it was made an older way; returns the meetings indexed. The
    file cannot be used until it is done (under a second at a desk's usual size, 40 s at 100,000 meetings): the
    progress hears how far it is, and told to stop, it leaves the file as it was."""
    if index_version(conn) >= INDEX_VERSION:
        return 0
    ids = [r[0] for r in conn.execute("SELECT id FROM meetings ORDER BY rowid")]
    if ids:  # (a new file has nothing to index)
        progress.update(0, len(ids), "indexing")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM search_text")
        conn.execute("DELETE FROM search_docs")
        if has_meeting_text(conn):
            conn.execute("DELETE FROM meeting_text")
        index_many(conn, ids, progress)
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('search_index_version', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(INDEX_VERSION),),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(ids)
