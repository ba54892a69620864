"""Clearance on a department server, enforced by the server: an uncleared reader who connects with plain psycopg
(not through the program) finds no row of a secret meeting in any table; the same reader's search, export and
briefs hold none of its words; an officer cleared for confidential sees confidential meetings, not secret ones,
and cannot save a secret one."""

import dataclasses
import datetime as dt
import json
import subprocess
import sys

import psycopg
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.vocab import Classification, Side
from app.services.changes import ChangeService
from app.services.sample import load_sample
from app.services.store import open_store
from app.storage import server_admin
from app.storage.errors import ReadOnlyError
from app.storage.postgres import NotAllowedError, connect

WORDS = ("Quartzvale", "Hiddenova", "Zirconbay")  # words only the secret meeting holds


def _secret_meeting() -> Meeting:
    return Meeting(
        title="Quartzvale consultations",
        date=dt.date(2025, 5, 6),
        countries=["KZ", "KE"],
        classification=Classification.SECRET,
        summary="Zirconbay corridor terms.",
        participants=[Participant("Amina Hiddenova", "Envoy", country="KE", side=Side.COUNTERPART)],
        statements=[Statement("Amina Hiddenova", "Zirconbay stays between us.")],
        actions=[Action("Send the Zirconbay figures", owner="Quartzvale team")],
    )


def _confidential_meeting() -> Meeting:
    return Meeting(title="Lithium talks, confidential", date=dt.date(2025, 5, 7), countries=["KZ", "CL"],
                   classification=Classification.CONFIDENTIAL)  # fmt: skip


@pytest.fixture
def department(pg_url, pg_server):
    """A server with the sample, a secret meeting (edited once, so the change log holds its words twice) and a
    confidential one; a reader without clearance and an officer cleared for confidential."""
    with open_store(pg_url) as admin:
        load_sample(admin.repo)
        changes = ChangeService(admin.repo)
        secret, _ = changes.save_meeting(_secret_meeting())
        edited = dataclasses.replace(admin.repo.get_meeting(secret.id), outcomes="Quartzvale terms agreed.")
        changes.save_meeting(edited, expected_revision=secret.revision)
        confidential, _ = changes.save_meeting(_confidential_meeting())
    conn = connect(pg_url)
    try:
        server_admin.grant(conn, "desk_reader", "reader")
        server_admin.grant(conn, "desk_officer", "officer", "confidential")
    finally:
        conn.close()
    database = pg_url.rsplit("/", 1)[1]
    return {
        "secret": secret.id,
        "confidential": confidential.id,
        "reader": pg_server.url(database, user="desk_reader"),
        "officer": pg_server.url(database, user="desk_officer"),
    }


def test_an_uncleared_reader_finds_no_row_of_a_secret_meeting_in_any_table(department):
    with psycopg.connect(department["reader"]) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )]  # fmt: skip
        seen_rows = 0
        for table in tables:
            try:
                rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            except psycopg.errors.InsufficientPrivilege:
                conn.rollback()  # a table the reader may not read at all holds nothing for them
                continue
            seen_rows += len(rows)
            text = json.dumps([list(map(str, r)) for r in rows], ensure_ascii=False)
            assert department["secret"] not in text, f"{table} shows the secret meeting's id"
            assert department["confidential"] not in text, f"{table} shows the confidential meeting's id"
            for word in WORDS:
                assert word not in text, f"{table} holds '{word}' of the secret meeting"
        assert seen_rows > 20, "the reader does see the records they are cleared for"
        meetings = {r[0] for r in conn.execute("SELECT id FROM meetings")}
        assert meetings == {"kzke-2023-09-19", "kzke-2024-credentials", "kzke-2024-03-07"} or len(meetings) == 3


def test_the_readers_search_export_and_briefs_hold_none_of_its_words(department, tmp_path, monkeypatch):
    env = {"PYTHONIOENCODING": "utf-8", "HOME": str(tmp_path), "AIDE_MEMOIRE_DB": department["reader"],
           "XDG_STATE_HOME": str(tmp_path / "state"), "PATH": "/usr/bin:/bin"}  # fmt: skip

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True,
                              encoding="utf-8", timeout=120)  # fmt: skip

    for word in (*WORDS, "Lithium"):
        found = run("search", word, "--json")
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout) == [], f"search for {word} finds nothing"
    book = tmp_path / "reader.xlsx"
    assert run("export", str(book), "--include-confidential").returncode == 0
    cells = " ".join(str(c.value) for ws in load_workbook(book) for row in ws.iter_rows() for c in row if c.value)
    assert "Kenya" in cells or "KE" in cells
    for word in (*WORDS, "Lithium"):
        assert word not in cells
    pdf = tmp_path / "kenya.pdf"
    assert run("report", "country", "KE", "-o", str(pdf), "--include-confidential").returncode == 0
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Kenya" in text and not any(word in text for word in WORDS)
    refused = run("report", "meeting", department["secret"], "-o", str(tmp_path / "s.pdf"), "--include-confidential")
    assert refused.returncode != 0 and not (tmp_path / "s.pdf").exists()
    with open_store(department["reader"]) as store:
        assert store.read_only, "a reader's store is read-only"
        with pytest.raises(ReadOnlyError):
            ChangeService(store.repo).save_meeting(_confidential_meeting())


def test_an_officer_cleared_for_confidential_sees_it_and_cannot_save_a_secret_meeting(department):
    with open_store(department["officer"]) as store:
        assert not store.read_only
        ids = {r.id for r in store.repo.list_meetings()}
        assert department["confidential"] in ids and department["secret"] not in ids
        changes = ChangeService(store.repo)
        assert changes.user == "desk_officer", "the history names the database user"
        with pytest.raises(NotAllowedError, match="clearance"):
            changes.save_meeting(dataclasses.replace(_secret_meeting(), title="Another secret"))
        saved, _ = changes.save_meeting(dataclasses.replace(_confidential_meeting(), title="Cobalt, confidential"))
        assert store.repo.get_meeting(saved.id).title == "Cobalt, confidential"


def test_a_meeting_marked_higher_later_takes_its_content_and_history_with_it(department, pg_url):
    with open_store(pg_url) as admin:  # the secret-cleared administrator raises the confidential meeting to secret
        meeting = admin.repo.get_meeting(department["confidential"])
        ChangeService(admin.repo).save_meeting(dataclasses.replace(meeting, classification=Classification.SECRET))
    with psycopg.connect(department["officer"]) as conn:  # cleared for confidential only
        for table in ("meetings", "search_docs", "change_items", "meeting_countries"):
            column = "id" if table == "meetings" else "meeting_id"
            rows = conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = %s",
                                (department["confidential"],)).fetchone()[0]  # fmt: skip
            assert rows == 0, f"{table} still shows the meeting marked secret since"
        assert conn.execute("SELECT count(*) FROM search_text WHERE body LIKE '%lithium%'").fetchone()[0] == 0
