"""Setting up a department server: the tables, the roles (reader, officer; cleared for confidential or secret) and
the row-level security that keeps a marked meeting, and everything that holds its content, from users not cleared
for it. The server enforces it: a user who connects with psql or any other tool sees what the program shows them.

The roles are group roles without login; people log in as their own users, granted one of them:
    aide_reader        reads the records
    aide_officer       reads and changes them
    aide_confidential  also sees meetings marked confidential
    aide_secret        also sees meetings marked confidential or secret
"""

from __future__ import annotations

import re

from app.storage.errors import StorageError
from app.storage.postgres import SCHEMA_VERSION, PgConnection, create_schema, schema_version

READER, OFFICER = "aide_reader", "aide_officer"
CLEARANCES = {"confidential": "aide_confidential", "secret": "aide_secret"}
ROLES = (READER, OFFICER, *CLEARANCES.values())

# Tables whose rows belong to one meeting, by the column that names it.
BY_MEETING = {
    "meeting_countries": "meeting_id",
    "participants": "meeting_id",
    "statements": "meeting_id",
    "actions": "meeting_id",
    "deleted_records": "meeting_id",
    "search_docs": "meeting_id",
    "change_items": "meeting_id",
}
ALL_TABLES = ("meta", "meetings", *BY_MEETING, "search_text", "changes", "people", "person_names", "person_positions")

# Every row that holds a meeting's content carries the meeting's marking as a level (0 seen by all, 1
# confidential, 2 secret), kept by triggers; a user's clearance is asked once per query and each row compared with
# it. (Asked row by row through a function, or through lists of hidden meetings, a search over 100,000 meetings
# took seconds for a user without clearance.) Who may see is asked of the session's user: inside the triggers,
# which run as the database's owner, current_user is the owner.
MARKED = ("meetings", *BY_MEETING, "search_text")
FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION aide_level(marking text) RETURNS smallint
    LANGUAGE sql IMMUTABLE AS $$
        SELECT (CASE marking WHEN 'secret' THEN 2 WHEN 'confidential' THEN 1 ELSE 0 END)::smallint
    $$""",
    f"""CREATE OR REPLACE FUNCTION aide_clearance() RETURNS smallint
    LANGUAGE sql STABLE AS $$
        SELECT (CASE WHEN pg_has_role(session_user, '{CLEARANCES["secret"]}', 'MEMBER') THEN 2
                     WHEN pg_has_role(session_user, '{CLEARANCES["confidential"]}', 'MEMBER') THEN 1
                     ELSE 0 END)::smallint
    $$""",
    # Every meeting's latest marking, kept after the meeting is deleted: its change log and deletion record stay
    # as marked as the meeting was.
    """CREATE TABLE IF NOT EXISTS meeting_markings (meeting_id TEXT PRIMARY KEY, classification TEXT NOT NULL)""",
    *[f"ALTER TABLE {t} ADD COLUMN IF NOT EXISTS marking smallint NOT NULL DEFAULT 0" for t in MARKED],
    "ALTER TABLE changes ADD COLUMN IF NOT EXISTS marking smallint",
    "ALTER TABLE search_text ADD COLUMN IF NOT EXISTS words tsvector",  # schema 9
    "CREATE INDEX IF NOT EXISTS participants_marked ON participants(person_id) WHERE marking > 0",
    """CREATE OR REPLACE FUNCTION aide_meeting_marked() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        NEW.marking := aide_level(NEW.classification);
        RETURN NEW;
    END
    $$""",
    # A meeting marked anew: the marking kept, and carried to every row of its content and its history.
    """CREATE OR REPLACE FUNCTION aide_keep_marking() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE level smallint := aide_level(NEW.classification);
    BEGIN
        INSERT INTO meeting_markings(meeting_id, classification) VALUES (NEW.id, NEW.classification)
        ON CONFLICT (meeting_id) DO UPDATE SET classification = EXCLUDED.classification;
        IF TG_OP = 'UPDATE' AND aide_level(OLD.classification) <> level THEN
            UPDATE meeting_countries SET marking = level WHERE meeting_id = NEW.id;
            UPDATE participants SET marking = level WHERE meeting_id = NEW.id;
            UPDATE statements SET marking = level WHERE meeting_id = NEW.id;
            UPDATE actions SET marking = level WHERE meeting_id = NEW.id;
            UPDATE deleted_records SET marking = level WHERE meeting_id = NEW.id;
            UPDATE search_docs SET marking = level WHERE meeting_id = NEW.id;
            UPDATE search_text SET marking = level
                WHERE rowid IN (SELECT rowid FROM search_docs WHERE meeting_id = NEW.id);
            UPDATE change_items SET marking = level WHERE meeting_id = NEW.id;
            UPDATE changes c SET marking = (SELECT min(i.marking) FROM change_items i WHERE i.change_id = c.id)
                WHERE c.id IN (SELECT change_id FROM change_items WHERE meeting_id = NEW.id);
        END IF;
        RETURN NEW;
    END
    $$""",
    # A row of a meeting's content takes the meeting's marking as it is kept (also for a meeting deleted since).
    """CREATE OR REPLACE FUNCTION aide_row_marked() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        NEW.marking := COALESCE(
            (SELECT aide_level(classification) FROM meeting_markings WHERE meeting_id = NEW.meeting_id), 0);
        RETURN NEW;
    END
    $$""",
    """CREATE OR REPLACE FUNCTION aide_text_marked() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        NEW.marking := COALESCE((SELECT marking FROM search_docs WHERE rowid = NEW.rowid), 0);
        RETURN NEW;
    END
    $$""",
    # A log entry is seen when it touched no meeting, or one the user may see: its level is its items' lowest.
    """CREATE OR REPLACE FUNCTION aide_entry_marked() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        UPDATE changes SET marking = LEAST(COALESCE(marking, NEW.marking), NEW.marking) WHERE id = NEW.change_id;
        RETURN NEW;
    END
    $$""",
    "DROP TRIGGER IF EXISTS aide_meeting_marked ON meetings",
    """CREATE TRIGGER aide_meeting_marked BEFORE INSERT OR UPDATE OF classification ON meetings
    FOR EACH ROW EXECUTE FUNCTION aide_meeting_marked()""",
    "DROP TRIGGER IF EXISTS aide_keep_marking ON meetings",
    """CREATE TRIGGER aide_keep_marking AFTER INSERT OR UPDATE OF classification ON meetings
    FOR EACH ROW EXECUTE FUNCTION aide_keep_marking()""",
    *[
        s
        for t in BY_MEETING
        for s in (
            f"DROP TRIGGER IF EXISTS aide_row_marked ON {t}",
            f"CREATE TRIGGER aide_row_marked BEFORE INSERT ON {t} FOR EACH ROW EXECUTE FUNCTION aide_row_marked()",
        )
    ],
    "DROP TRIGGER IF EXISTS aide_text_marked ON search_text",
    "CREATE TRIGGER aide_text_marked BEFORE INSERT ON search_text FOR EACH ROW EXECUTE FUNCTION aide_text_marked()",
    "DROP TRIGGER IF EXISTS aide_entry_marked ON change_items",
    """CREATE TRIGGER aide_entry_marked AFTER INSERT ON change_items
    FOR EACH ROW EXECUTE FUNCTION aide_entry_marked()""",
    # Records there before this set-up (a copy, an older server) get their markings once.
    """INSERT INTO meeting_markings(meeting_id, classification) SELECT id, classification FROM meetings
    ON CONFLICT (meeting_id) DO UPDATE SET classification = EXCLUDED.classification""",
    "UPDATE meetings SET marking = aide_level(classification) WHERE marking <> aide_level(classification)",
    *[
        f"""UPDATE {t} x SET marking = aide_level(k.classification) FROM meeting_markings k
        WHERE k.meeting_id = x.meeting_id AND x.marking <> aide_level(k.classification)"""
        for t in BY_MEETING
    ],
    """UPDATE search_text t SET marking = d.marking FROM search_docs d
        WHERE d.rowid = t.rowid AND t.marking <> d.marking""",
    """UPDATE changes c SET marking = m.level FROM (SELECT change_id, min(marking) AS level FROM change_items
        GROUP BY change_id) m WHERE m.change_id = c.id AND c.marking IS DISTINCT FROM m.level""",
    # The search, run as the owner so that the word index serves the query (row security would have every row
    # checked before a word is looked at: a second for a common word), with the caller's clearance asked once and
    # applied here. Planned for each query's own words (EXECUTE): a rare name is looked up in the index, a common
    # word found by reading the newest rows first.
    r"""CREATE OR REPLACE FUNCTION aide_search(query tsquery, most integer)
    RETURNS TABLE(kind text, record_id text, meeting_id text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        RETURN QUERY EXECUTE
            'SELECT d.kind, d.record_id, d.meeting_id FROM search_text t JOIN search_docs d ON d.rowid = t.rowid'
            ' WHERE t.words @@ $1 AND t.marking <= $2 ORDER BY t.rowid DESC LIMIT $3'
            USING query, aide_clearance(), most;
    END
    $$""",
    # A person is hidden when every meeting they appear in is above the user's clearance (one who appears in none
    # is seen). People are few; the list is asked once per query.
    """CREATE OR REPLACE FUNCTION aide_hidden_people() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT DISTINCT p.person_id FROM participants p
        WHERE p.marking > 0 AND p.person_id IS NOT NULL AND p.marking > aide_clearance()
          AND NOT EXISTS (SELECT 1 FROM participants q WHERE q.person_id = p.person_id
                          AND q.marking <= aide_clearance())
    $$""",
]
# Helpers of an earlier set-up, once no policy uses them.
RETIRED = [
    "DROP FUNCTION IF EXISTS aide_search(text[], text[], integer)",
    "DROP INDEX IF EXISTS search_text_trigrams",
    "DROP FUNCTION IF EXISTS aide_meeting_visible(text)",
    "DROP FUNCTION IF EXISTS aide_change_visible(bigint)",
    "DROP FUNCTION IF EXISTS aide_person_visible(text)",
    "DROP FUNCTION IF EXISTS aide_hidden_search_rows()",
    "DROP FUNCTION IF EXISTS aide_hidden_changes()",
    "DROP FUNCTION IF EXISTS aide_hidden_meetings()",
    "DROP FUNCTION IF EXISTS aide_may_see(text)",
]


def _policies() -> list[str]:
    # The owner (the administrator who ran init) is not held by these policies, so that the triggers, which run
    # as the owner, see every row; everyone else is.
    statements = ["ALTER TABLE meeting_markings ENABLE ROW LEVEL SECURITY"]
    for table in ALL_TABLES:
        statements += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY", f"DROP POLICY IF EXISTS aide_rows ON {table}"]
    cleared = "marking <= (SELECT aide_clearance())"  # the clearance once per query, each row's level against it
    people = "NOT IN (SELECT aide_hidden_people())"
    rules = {
        "meta": ("true", "true"),
        # a new or changed meeting is checked by its own marking
        "meetings": (cleared, "aide_level(classification) <= (SELECT aide_clearance())"),
        **dict.fromkeys((*BY_MEETING, "search_text"), (cleared, cleared)),
        "changes": (f"marking IS NULL OR {cleared}",) * 2,
        "people": (f"id {people}",) * 2,
        "person_names": (f"person_id {people}",) * 2,
        "person_positions": (f"person_id {people}",) * 2,
    }
    for table, (seen, written) in rules.items():
        # What may be read may be written; a change cannot put a row where its writer could not see it.
        statements.append(f"CREATE POLICY aide_rows ON {table} USING ({seen}) WITH CHECK ({written})")
    return statements


def init(conn: PgConnection) -> str:
    """Tables (if absent), roles and row security: run by the database's owner. Safe to run again."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"the server holds schema {version}, newer than this version of Aide-Mémoire knows ({SCHEMA_VERSION}); "
            "nothing was changed"
        )
    if version == 0:
        create_schema(conn)
    conn.execute("BEGIN")
    try:
        for role in ROLES:
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (role,)).fetchone()
            if not exists:
                conn.execute(f"CREATE ROLE {role} NOLOGIN")
        for statement in [*FUNCTIONS, *_policies(), *RETIRED]:
            conn.execute(statement)
        filled = fill_search_words(conn)
        conn.execute("CREATE INDEX IF NOT EXISTS search_text_words ON search_text USING gin (words)")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        tables = ", ".join(ALL_TABLES)
        conn.execute(f"REVOKE ALL ON {tables} FROM PUBLIC")
        conn.execute(f"GRANT SELECT ON {tables} TO {READER}, {OFFICER}")
        conn.execute(f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {OFFICER}")
        conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {OFFICER}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if version == 0:
        return "created"
    if version < SCHEMA_VERSION:
        return f"upgraded from schema {version}, {filled:,} texts indexed again"
    return "brought up to date"


def fill_search_words(conn: PgConnection, batch: int = 5000) -> int:
    """The words of every indexed text that has none yet (a server set up before schema 9), a batch at a time."""
    from app.storage.search_index import search_words

    done = 0
    last = -1
    while True:
        sql = "SELECT rowid, body FROM search_text WHERE words IS NULL AND rowid > ? ORDER BY rowid LIMIT ?"
        rows = conn.execute(sql, (last, batch)).fetchall()
        if not rows:
            return done
        conn.execute(
            "UPDATE search_text t SET words = array_to_tsvector(string_to_array(v.words, ' ')) "
            "FROM unnest(?::bigint[], ?::text[]) AS v(rowid, words) WHERE t.rowid = v.rowid",
            ([r[0] for r in rows], [" ".join(search_words(r[1])) for r in rows]),
        )
        done += len(rows)
        last = rows[-1][0]


_USER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


def grant(conn: PgConnection, user: str, role: str, clearance: str = "") -> list[str]:
    """Give a user a role and (or no) clearance; the user's login role is made when it does not exist. Returns
    what was done, in words."""
    if not _USER.match(user):
        raise StorageError(f"'{user}' is not a user name the server takes (letters, digits, _ . @ -)")
    if role not in ("reader", "officer"):
        raise StorageError(f"--role {role}: give reader or officer")
    if clearance not in ("", *CLEARANCES):
        raise StorageError(f"--clearance {clearance}: give confidential or secret")
    done = []
    quoted = '"' + user.replace('"', '""') + '"'
    conn.execute("BEGIN")
    try:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (user,)).fetchone():
            conn.execute(f"CREATE ROLE {quoted} LOGIN")
            done.append(f"made the login {user} (set its password with psql's \\password, or use ~/.pgpass)")
        wanted = {READER if role == "reader" else OFFICER}
        if clearance:
            wanted.add(CLEARANCES[clearance])
        for group in ROLES:
            if group in wanted:
                conn.execute(f"GRANT {group} TO {quoted}")
            else:
                conn.execute(f"REVOKE {group} FROM {quoted}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    done.append(f"{user} is now {role}" + (f", cleared for {clearance}" if clearance else ", not cleared"))
    return done


def may_write(conn: PgConnection) -> bool:
    row = conn.execute("SELECT has_table_privilege('meetings', 'INSERT')").fetchone()
    return bool(row and row[0])
