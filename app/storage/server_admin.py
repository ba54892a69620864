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

# Who may see a marking is asked of the session's user: inside the helper functions below, which run as the
# database's owner to look past the caller's own row security, current_user is the owner.
FUNCTIONS = [
    f"""CREATE OR REPLACE FUNCTION aide_may_see(marking text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
        SELECT CASE marking
            WHEN 'secret' THEN pg_has_role(session_user, '{CLEARANCES["secret"]}', 'MEMBER')
            WHEN 'confidential' THEN pg_has_role(session_user, '{CLEARANCES["confidential"]}', 'MEMBER')
                                  OR pg_has_role(session_user, '{CLEARANCES["secret"]}', 'MEMBER')
            ELSE true
        END
    $$""",
    # Every meeting's latest marking, kept after the meeting is deleted: its change log and deletion record stay
    # as marked as the meeting was.
    """CREATE TABLE IF NOT EXISTS meeting_markings (meeting_id TEXT PRIMARY KEY, classification TEXT NOT NULL)""",
    """CREATE OR REPLACE FUNCTION aide_keep_marking() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        INSERT INTO meeting_markings(meeting_id, classification) VALUES (NEW.id, NEW.classification)
        ON CONFLICT (meeting_id) DO UPDATE SET classification = EXCLUDED.classification;
        RETURN NEW;
    END
    $$""",
    "DROP TRIGGER IF EXISTS aide_keep_marking ON meetings",
    """CREATE TRIGGER aide_keep_marking AFTER INSERT OR UPDATE OF classification ON meetings
    FOR EACH ROW EXECUTE FUNCTION aide_keep_marking()""",
    """INSERT INTO meeting_markings(meeting_id, classification) SELECT id, classification FROM meetings
    ON CONFLICT (meeting_id) DO UPDATE SET classification = EXCLUDED.classification""",
    """CREATE OR REPLACE FUNCTION aide_meeting_visible(meeting text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT aide_may_see(COALESCE(
            (SELECT classification FROM meeting_markings WHERE meeting_id = meeting), 'unclassified'))
    $$""",
    # A log entry is seen when it touched no meeting (a change of people) or one the caller may see.
    """CREATE OR REPLACE FUNCTION aide_change_visible(entry bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT NOT EXISTS (SELECT 1 FROM change_items WHERE change_id = entry AND meeting_id <> '')
            OR EXISTS (SELECT 1 FROM change_items WHERE change_id = entry AND meeting_id <> ''
                       AND aide_meeting_visible(meeting_id))
    $$""",
    # A person is seen when they appear in a meeting the caller may see, or in none at all.
    """CREATE OR REPLACE FUNCTION aide_person_visible(person text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT NOT EXISTS (SELECT 1 FROM participants WHERE person_id = person)
            OR EXISTS (SELECT 1 FROM participants p JOIN meetings m ON m.id = p.meeting_id
                       WHERE p.person_id = person AND aide_may_see(m.classification))
    $$""",
]


def _policies() -> list[str]:
    # The owner (the administrator who ran init) is not held by these policies, so that the helper functions,
    # which run as the owner, see every row; everyone else is.
    statements = ["ALTER TABLE meeting_markings ENABLE ROW LEVEL SECURITY"]
    for table in ALL_TABLES:
        statements += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY", f"DROP POLICY IF EXISTS aide_rows ON {table}"]
    rules = {
        "meta": "true",
        "meetings": "aide_may_see(classification)",
        **{t: f"aide_meeting_visible({c})" for t, c in BY_MEETING.items()},
        "search_text": "rowid IN (SELECT rowid FROM search_docs)",
        "changes": "aide_change_visible(id)",
        "people": "aide_person_visible(id)",
        "person_names": "aide_person_visible(person_id)",
        "person_positions": "aide_person_visible(person_id)",
    }
    for table, rule in rules.items():
        # What may be read may be written; a change cannot put a row where its writer could not see it.
        statements.append(f"CREATE POLICY aide_rows ON {table} USING ({rule}) WITH CHECK ({rule})")
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
        for statement in [*FUNCTIONS, *_policies()]:
            conn.execute(statement)
        tables = ", ".join(ALL_TABLES)
        conn.execute(f"REVOKE ALL ON {tables} FROM PUBLIC")
        conn.execute(f"GRANT SELECT ON {tables} TO {READER}, {OFFICER}")
        conn.execute(f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {OFFICER}")
        conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {OFFICER}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return "created" if version == 0 else "brought up to date"


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
