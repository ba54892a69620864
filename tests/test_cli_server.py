"""The command line on a department server (a real PostgreSQL server the tests start): the same commands as on a
desk's file, given the server's address with --db or AIDE_MEMOIRE_DB."""

import json

import psycopg

from app.storage.postgres import SCHEMA_VERSION
from tests.test_cli import env, run  # noqa: F401  (env is a fixture)

RELEASE = (
    "ASTANA, 12 March – Foreign Minister of Kazakhstan Murat Nurtleu received the Ambassador of Japan Ichiro Kato. "
    "The sides agreed to hold consultations in May."
)


def test_sample_search_history_and_export_on_the_server(env, pg_url, tmp_path):  # noqa: F811
    env["AIDE_MEMOIRE_DB"] = pg_url
    sample = run(env, "sample")
    assert sample.returncode == 0, sample.stderr
    assert "added 3 sample meetings to postgresql://" in sample.stdout
    assert run(env, "sample").stdout.startswith("the sample meetings are already in"), "a second load adds nothing"
    found = run(env, "search", "РУТО", "--json")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert any(h["kind"] == "participant" and "Руто" in h["text"] for h in hits), "Cyrillic, any case"
    by_key = json.loads(run(env, "search", "Sadykov", "--json").stdout)
    assert any("Садыков" in h["text"] for h in by_key), "the cross-script name key finds the Russian record"
    history = run(env, "history", "kzke-2023-09-19")
    assert history.returncode == 0 and "aide_admin" in history.stdout, "the database user made the change"
    book = tmp_path / "desk.xlsx"
    assert run(env, "export", str(book)).returncode == 0
    dry = json.loads(run(env, "import", str(book), "--dry-run", "--json").stdout)
    assert dry["Meetings"]["unchanged"] == 3 and not dry["Meetings"]["updated"], "its own export changes nothing"


def test_intake_saves_on_the_server_and_a_report_reads_it(env, pg_url, tmp_path):  # noqa: F811
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    saved = run(env, "--db", pg_url, "intake", str(release), "--published", "2025-03-12", "--save")
    assert saved.returncode == 0, saved.stderr
    meeting_id = saved.stdout.strip().splitlines()[-1]
    with psycopg.connect(pg_url) as conn:
        row = conn.execute("SELECT title, date FROM meetings WHERE id = %s", (meeting_id,)).fetchone()
    assert row is not None and row[1] == "2025-03-12"
    pdf = tmp_path / "japan.pdf"
    report = run(env, "--db", pg_url, "report", "country", "JP", "-o", str(pdf))
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_server_that_does_not_answer_is_one_line_and_exit_1(env):  # noqa: F811
    gone = run(env, "--db", "postgresql://desk@127.0.0.1:1/records", "search", "Kenya")
    assert gone.returncode == 1
    assert gone.stderr.startswith("aide-memoire: cannot reach the department server postgresql://desk@127.0.0.1:1/")
    assert len(gone.stderr.strip().splitlines()) == 1 and "Traceback" not in gone.stderr
    secret = run(env, "--db", "postgresql://desk:hunter2@127.0.0.1:1/records", "search", "Kenya")
    assert "hunter2" not in secret.stderr, "a password in the address is never printed"


def test_server_init_and_grant_from_the_command_line(env, pg_server):  # noqa: F811
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS fresh WITH (FORCE)")
        admin.execute("CREATE DATABASE fresh")
    url = pg_server.url("fresh")
    not_yet = run(env, "--db", url, "search", "Kenya")
    assert not_yet.returncode == 1 and "server init" in not_yet.stderr, "a server not set up says how to set it up"
    first = run(env, "server", "init", url)
    assert first.returncode == 0, first.stderr
    assert f"created (schema {SCHEMA_VERSION}, roles, row security)" in first.stdout
    again = run(env, "server", "upgrade", url)
    assert again.returncode == 0 and "brought up to date" in again.stdout, "running it again changes nothing"
    granted = run(env, "--db", url, "server", "grant", "ana.reader", "--role", "reader")
    assert granted.returncode == 0, granted.stderr
    assert "ana.reader is now reader, not cleared" in granted.stdout
    bad = run(env, "--db", url, "server", "grant", "x; DROP TABLE meetings", "--role", "officer")
    assert bad.returncode != 0 and "is not a user name" in bad.stderr
    reader_url = pg_server.url("fresh", user="ana.reader")
    refused = run(env, "--db", reader_url, "sample")
    assert refused.returncode != 0 and "read-only" in refused.stderr
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute("DROP DATABASE fresh WITH (FORCE)")


def test_copy_a_desk_to_the_server_and_back_gives_the_same_workbook(env, pg_url, tmp_path):  # noqa: F811
    desk, back = tmp_path / "desk.sqlite", tmp_path / "back.sqlite"
    assert run(env, "--db", str(desk), "sample").returncode == 0
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    assert run(env, "--db", str(desk), "intake", str(release), "--published", "2025-03-12", "--save").returncode == 0
    assert run(env, "--db", str(desk), "import", str(_edited_export(env, desk, tmp_path))).returncode == 0
    there = run(env, "copy", str(desk), pg_url)
    assert there.returncode == 0, there.stderr
    assert "checked: the target holds every row of the source" in there.stdout
    again = run(env, "copy", str(desk), pg_url)
    assert again.returncode == 0 and again.stdout.startswith("copied 0 rows"), "a second copy adds nothing"
    history = run(env, "--db", pg_url, "history", "kzke-2023-09-19", "--json")
    assert len(json.loads(history.stdout)) >= 2, "the history came along"
    home = run(env, "copy", pg_url, str(back))
    assert home.returncode == 0, home.stderr
    books = []
    for db in (desk, back):
        book = tmp_path / f"{db.stem}.xlsx"
        assert run(env, "--db", str(db), "export", str(book), "--include-confidential").returncode == 0
        books.append(_cells(book))
    assert books[0] == books[1], "the two files export to the same workbook"
    assert run(env, "--db", str(back), "search", "Nurtleu", "--json").stdout.count("Nurtleu") >= 1
    with psycopg.connect(pg_url, autocommit=True) as conn:  # the server's copy changed since
        conn.execute("UPDATE meetings SET title = 'Changed on the server' WHERE id = 'kzke-2023-09-19'")
    refused = run(env, "copy", str(desk), pg_url)
    assert refused.returncode == 2 and "does not hold the source's rows as they are (in meetings)" in refused.stderr
    with psycopg.connect(pg_url) as conn:
        title = conn.execute("SELECT title FROM meetings WHERE id = 'kzke-2023-09-19'").fetchone()[0]
    assert title == "Changed on the server", "a copy that does not check out leaves the target as it was"


def _edited_export(env, desk, tmp_path):  # noqa: F811
    """The desk's own export with one status changed: an import, so the history holds one."""
    from openpyxl import load_workbook

    book = tmp_path / "edit.xlsx"
    assert run(env, "--db", str(desk), "export", str(book)).returncode == 0
    wb = load_workbook(book)
    ws = wb["Actions"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("Status") + 1, value="done")
    ws.cell(row=2, column=header.index("Completed on") + 1, value="2025-03-01")
    wb.save(book)
    return book


def _cells(path):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb if ws.title != "About"}


def test_a_server_newer_than_the_program_is_refused_untouched(env, pg_url):  # noqa: F811
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    upgrade = run(env, "server", "upgrade", pg_url)
    assert upgrade.returncode != 0 and "newer than this version" in upgrade.stderr
    opened = run(env, "--db", pg_url, "search", "Kenya")
    assert opened.returncode != 0 and "schema 99" in opened.stderr
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "99"


def test_a_server_set_up_by_the_previous_version_is_upgraded_and_then_searches_as_before(env, pg_url):  # noqa: F811
    """Schema 8 searched case-folded text through trigrams; 9 adds each text's words and their index. A desk meets
    the older server with a message naming the command; the upgrade indexes every text and keeps every record."""
    env["AIDE_MEMOIRE_DB"] = pg_url
    assert run(env, "sample").returncode == 0
    before = json.loads(run(env, "search", "Sadykov", "--json").stdout)
    assert before, "the sample holds Sadykov"
    with psycopg.connect(pg_url, autocommit=True) as conn:  # the server as the previous version left it
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        conn.execute("DROP INDEX search_text_words")
        conn.execute("ALTER TABLE search_text DROP COLUMN words")
        conn.execute("CREATE INDEX search_text_trigrams ON search_text USING gin (body gin_trgm_ops)")
        conn.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
        texts = conn.execute("SELECT count(*) FROM search_text").fetchone()[0]
    old = run(env, "search", "Sadykov")
    assert old.returncode == 1 and f"aide-memoire server upgrade {pg_url}" in old.stderr, old.stderr
    upgraded = run(env, "server", "upgrade", pg_url)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"upgraded from schema 8, {texts:,} texts indexed again" in upgraded.stdout, upgraded.stdout
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM search_text WHERE words IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT to_regclass('search_text_trigrams')").fetchone()[0] is None
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    after = json.loads(run(env, "search", "Sadykov", "--json").stdout)
    assert after == before, "the same hits, in the same order"
