"""The command line as a script sees it: real processes, exit codes, standard output and error."""

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__


@pytest.fixture
def env(tmp_path):
    environ = dict(os.environ)
    environ.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        HOME=str(tmp_path),
        AIDE_MEMOIRE_DB=str(tmp_path / "env.sqlite"),
        PYTHONIOENCODING="utf-8",
    )
    return environ


def run(env, *args, module=True):
    cmd = [sys.executable, "-m", "app", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_version(env):
    result = run(env, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"aide-memoire {__version__}"


def test_sample_then_search_latin_and_cyrillic(env, tmp_path):
    db = tmp_path / "desk.sqlite"
    first = run(env, "--db", str(db), "sample")
    assert first.returncode == 0, first.stderr
    assert "added 3" in first.stdout
    again = run(env, "--db", str(db), "sample")
    assert again.returncode == 0 and "nothing added" in again.stdout

    found = run(env, "--db", str(db), "search", "Mombasa", "--json")
    assert found.returncode == 0, found.stderr
    matches = json.loads(found.stdout)
    assert {"kind": "meeting", "id": "kzke-2023-09-19", "meeting_id": "kzke-2023-09-19"}.items() <= next(
        m for m in matches if m["kind"] == "meeting"
    ).items()

    ruto = json.loads(run(env, "--db", str(db), "search", "руто", "--json").stdout)
    assert any(m["kind"] == "participant" and m["text"].startswith("Уильям Руто") for m in ruto)
    plain = run(env, "--db", str(db), "search", "ruto")
    assert plain.returncode == 0 and "William Ruto" in plain.stdout


def test_the_environment_variable_chooses_the_database(env, tmp_path):
    assert run(env, "sample").returncode == 0
    assert Path(env["AIDE_MEMOIRE_DB"]).exists()


def test_usage_errors_exit_2(env):
    for args in (["frobnicate"], ["report"], ["report", "meeting", "x"], ["search"]):
        result = run(env, *args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


def test_not_a_database_exits_2_and_leaves_the_file(env, tmp_path):
    fake = tmp_path / "fake.sqlite"
    fake.write_text("hello", encoding="utf-8")
    result = run(env, "--db", str(fake), "sample")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not an Aide-Mémoire database" in result.stderr
    assert fake.read_text(encoding="utf-8") == "hello"


def test_newer_database_exits_2(env, tmp_path):
    db = tmp_path / "new.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = run(env, "--db", str(db), "search", "x")
    assert result.returncode == 2 and "newer version" in result.stderr


def test_search_without_a_database_is_bad_input(env, tmp_path):
    result = run(env, "--db", str(tmp_path / "missing.sqlite"), "search", "x")
    assert result.returncode == 2 and "no database" in result.stderr
    assert not (tmp_path / "missing.sqlite").exists()


def test_export_then_import_into_another_database(env, tmp_path):
    first, second, book = tmp_path / "first.sqlite", tmp_path / "second.sqlite", tmp_path / "records.xlsx"
    assert run(env, "--db", str(first), "sample").returncode == 0
    exported = run(env, "--db", str(first), "export", str(book))
    assert exported.returncode == 0, exported.stderr
    assert "3 meetings, 6 participants, 4 statements, 7 actions" in exported.stdout

    dry = run(env, "--db", str(second), "import", str(book), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["Meetings"] == {"added": 3, "updated": 0, "unchanged": 0, "conflicts": 0, "deleted": 0}
    assert report["Actions"]["added"] == 7 and report["errors"] == [] and report["written"] is False
    assert not second.exists(), "a dry run writes nothing, not even an empty database"

    done = run(env, "--db", str(second), "import", str(book))
    assert done.returncode == 0, done.stderr
    assert "imported records.xlsx" in done.stdout
    found = run(env, "--db", str(second), "search", "Mombasa", "--json")
    assert "kzke-2023-09-19" in {m["meeting_id"] for m in json.loads(found.stdout)}
    again = json.loads(run(env, "--db", str(second), "import", str(book), "--json").stdout)
    assert again["Meetings"] == {"added": 0, "updated": 0, "unchanged": 3, "conflicts": 0, "deleted": 0}

    third = tmp_path / "third.sqlite"  # read in a process of its own, as a large workbook is: the same records
    apart = run(dict(env, AIDE_MEMOIRE_READ_APART_FROM="0"), "--db", str(third), "import", str(book))
    assert apart.returncode == 0 and apart.stdout == done.stdout, apart.stderr
    untimed = [{t: [r[:13] + r[15:] if t == "meetings" else r for r in rows] for t, rows in records_of(db).items()}
               for db in (second, third)]  # (created and updated at: now)  # fmt: skip
    assert untimed[0] == untimed[1]


def records_of(db):
    with sqlite3.connect(db) as conn:
        tables = ("meetings", "meeting_countries", "participants", "statements", "actions", "search_docs")
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}


@pytest.mark.parametrize("apart", [False, True], ids=["read-here", "read-apart"])
def test_an_import_with_bad_rows_names_each_and_writes_nothing(env, tmp_path, apart):
    """Also with the workbook read in a process of its own (a large one is): the same lines, nothing written."""
    import openpyxl

    if apart:
        env["AIDE_MEMOIRE_READ_APART_FROM"] = "0"
    db, book = tmp_path / "desk.sqlite", tmp_path / "bad.xlsx"
    assert run(env, "--db", str(db), "sample").returncode == 0
    assert run(env, "--db", str(db), "export", str(book)).returncode == 0
    wb = openpyxl.load_workbook(book)
    wb["Meetings"]["C3"] = "next Tuesday"
    wb["Actions"]["G4"] = "half done"
    wb["Meetings"]["B2"] = "A title changed in the workbook"
    wb.save(book)
    before = records_of(db)
    result = run(env, "--db", str(db), "import", str(book))
    assert result.returncode == 2
    assert "Meetings row 3, column C (Date): 'next Tuesday' is not a date" in result.stderr
    assert "Actions row 4, column G (Status): 'half done' is not one of" in result.stderr
    assert "2 problem(s) found; nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
    assert records_of(db) == before
    assert not list((tmp_path / "backups").glob("*import*")), "no backup is left for an import that wrote nothing"
    as_json = json.loads(run(env, "--db", str(db), "import", str(book), "--json").stdout)
    assert {(e["sheet"], e["row"], e["column"], e["cell"]) for e in as_json["errors"]} == {
        ("Meetings", 3, "Date", "C3"),
        ("Actions", 4, "Status", "G4"),
    }


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"title,date\nTalks,2024-01-01\n", "it is a text file"),
        (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504), "old-style Excel 97"),
        (b"PK\x03\x04" + bytes(40), "damaged or incomplete"),
    ],
)
def test_files_that_are_not_workbooks_get_one_clear_line(env, tmp_path, content, expected):
    bad = tmp_path / "input.xlsx"
    bad.write_bytes(content)
    result = run(env, "--db", str(tmp_path / "d.sqlite"), "import", str(bad))
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_export_refuses_a_name_that_is_not_xlsx(env, tmp_path):
    db = tmp_path / "d.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    result = run(env, "--db", str(db), "export", str(tmp_path / "out.csv"))
    assert result.returncode == 2 and "must end in .xlsx" in result.stderr
    missing = run(env, "--db", str(db), "export", str(tmp_path / "nowhere" / "out.xlsx"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_search_works_beside_a_running_writer(env, tmp_path):
    db = tmp_path / "busy.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from app.storage.database import Database; from pathlib import Path; "
         f"d = Database.open(Path({str(db)!r})); print('ready', flush=True); input()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ready"
        writer = run(env, "--db", str(db), "sample")
        assert writer.returncode == 1 and "another copy of Aide-Mémoire" in writer.stderr
        reader = run(env, "--db", str(db), "search", "Mombasa")
        assert reader.returncode == 0 and "Mombasa" in reader.stdout
    finally:
        holder.communicate("\n", timeout=30)


def test_an_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(env, tmp_path):
    code = (
        "import sys, app.cli as c\n"
        "def boom(args): raise RuntimeError('disk on fire')\n"
        "c.COMMANDS['sample'] = boom\n"
        "sys.exit(c.main(['sample']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "disk on fire" in result.stderr and "Traceback" not in result.stderr
    logs = list((tmp_path / "state").rglob("aide-memoire.log"))
    assert logs and "Traceback" in logs[0].read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600
        assert stat.S_IMODE(logs[0].parent.stat().st_mode) == 0o700


def test_opening_makes_the_daily_backup_once(env, tmp_path):
    db = tmp_path / "daily.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0  # empty at open: nothing to back up yet
    assert not (tmp_path / "backups").exists()
    for _ in range(2):
        assert run(env, "--db", str(db), "search", "x").returncode == 0
    backups = list((tmp_path / "backups").glob("daily-*-daily.sqlite"))
    assert len(backups) == 1


def test_reports_from_the_command_line(env, tmp_path):
    db = tmp_path / "r.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    for args, name in ((["meeting", "kzke-2023-09-19"], "m.pdf"), (["country", "KE", "--paper", "letter"], "c.pdf"),
                       (["actions", "--overdue"], "a.pdf")):  # fmt: skip
        result = run(env, "--db", str(db), "report", *args, "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        assert (tmp_path / name).read_bytes().startswith(b"%PDF-")
    bad = run(env, "--db", str(db), "report", "meeting", "no-such-id", "-o", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "no meeting with id no-such-id" in bad.stderr
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob("*.partial"))
    bad_date = run(
        env, "--db", str(db), "report", "country", "KE", "--from", "2023-02-30", "-o", str(tmp_path / "y.pdf")
    )
    assert bad_date.returncode == 2 and "2023-02-30" in bad_date.stderr


def test_an_unusable_database_path_is_one_line_exit_2(env, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = run(env, "--db", str(blocker / "sub" / "desk.sqlite"), "sample")
    assert result.returncode == 2
    assert "cannot use" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_the_conflict_choices_are_the_resolutions():
    from app.cli import CONFLICT_CHOICES
    from app.services.exchange import Resolution

    assert tuple(r.value for r in Resolution) == CONFLICT_CHOICES


def _with_a_secret_meeting(env, tmp_path):
    db = tmp_path / "desk.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meetings SET classification = 'secret' WHERE id = 'kzke-2023-09-19'")
    conn.commit()
    conn.close()
    return db


def test_no_output_may_replace_the_database_or_its_files(env, tmp_path):
    db = _with_a_secret_meeting(env, tmp_path)
    assert run(env, "--db", str(db), "sample").returncode == 0  # a second start of the day: a daily backup exists
    backup = next((tmp_path / "backups").glob("*.sqlite"))
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.pdf"
    link.symlink_to(db)
    for target in (db, Path(f"{db}-wal"), Path(f"{db}.lock"), tmp_path / "sub" / ".." / db.name, backup, link):
        result = run(env, "--db", str(db), "report", "country", "KE", "-o", str(target))
        assert result.returncode == 2, (target, result.stdout)
        assert "that is the database" in result.stderr
    # The same rule for a workbook, with a database whose name ends in .xlsx.
    odd = tmp_path / "records.xlsx"
    assert run(env, "--db", str(odd), "sample").returncode == 0
    refused = run(env, "--db", str(odd), "export", str(odd))
    assert refused.returncode == 2 and "that is the database" in refused.stderr
    for kept in (db, odd):
        assert kept.read_bytes()[:16] == b"SQLite format 3\x00"
    check = run(env, "--db", str(db), "search", "Mombasa")
    assert check.returncode == 0 and "Mombasa" in check.stdout


def test_a_secret_meeting_leaves_only_when_asked_for(env, tmp_path):
    db = _with_a_secret_meeting(env, tmp_path)
    brief = run(env, "--db", str(db), "report", "meeting", "kzke-2023-09-19", "-o", str(tmp_path / "m.pdf"))
    assert brief.returncode == 2 and "marked secret" in brief.stderr
    assert not (tmp_path / "m.pdf").exists()
    asked = run(env, "--db", str(db), "report", "meeting", "kzke-2023-09-19", "--include-confidential",
                "-o", str(tmp_path / "m.pdf"))  # fmt: skip
    assert asked.returncode == 0, asked.stderr

    found = run(env, "--db", str(db), "search", "Mombasa")
    assert "[SECRET]" in found.stdout
    hits = json.loads(run(env, "--db", str(db), "search", "Mombasa", "--json").stdout)
    assert {h["classification"] for h in hits} == {"secret"}

    plain = run(env, "--db", str(db), "export", str(tmp_path / "desk.xlsx"))
    assert plain.returncode == 0 and "left out 1 meeting" in plain.stdout
    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "desk.xlsx", read_only=True)
    ids = [r[0] for r in book["Meetings"].iter_rows(min_row=2, values_only=True)]
    about = dict(book["About"].iter_rows(values_only=True, max_col=2))
    book.close()
    assert "kzke-2023-09-19" not in ids and len(ids) == 2
    assert about["Highest marking"] == "OFFICIAL USE ONLY"

    everything = run(env, "--db", str(db), "export", str(tmp_path / "all.xlsx"), "--include-confidential")
    assert everything.returncode == 0 and "all SECRET.xlsx" in everything.stdout
    book = openpyxl.load_workbook(tmp_path / "all SECRET.xlsx", read_only=True)
    assert dict(book["About"].iter_rows(values_only=True, max_col=2))["Highest marking"] == "SECRET"
    assert len(list(book["Meetings"].iter_rows(min_row=2))) == 3
    book.close()
    if os.name == "posix":
        for made in (tmp_path / "all SECRET.xlsx", tmp_path / "desk.xlsx", tmp_path / "m.pdf"):
            assert stat.S_IMODE(made.stat().st_mode) == 0o600, made


def test_a_killed_export_leaves_nothing_readable_behind_and_the_next_start_cleans_up(env, tmp_path):
    db = tmp_path / "desk.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = dict(env, TMPDIR=str(scratch))
    killer = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from app.services.store import open_store\n"
        "from app.services.exchange import export_workbook\n"
        "class Die:\n"
        "    def update(self, *a): os.kill(os.getpid(), signal.SIGKILL)\n"
        "    def check(self): pass\n"
        "with open_store(Path(sys.argv[1])) as s:\n"
        "    export_workbook(s.repo, Path(sys.argv[2]), progress=Die())\n"
    )
    target = tmp_path / "out" / "desk.xlsx"
    target.parent.mkdir()
    killed = subprocess.run([sys.executable, "-c", killer, str(db), str(target)], env=env, timeout=60)
    assert killed.returncode == -9
    left = sorted(p.name for p in target.parent.iterdir())
    assert left == [".desk.xlsx.partial", ".desk.xlsx.partial.d"], left
    assert list(scratch.iterdir()) == [], "nothing of the records in the shared temporary folder"
    for path in target.parent.rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert run(env, "--db", str(db), "search", "grain").returncode == 0  # the next start
    assert list(target.parent.iterdir()) == []


def test_the_log_stays_private_after_it_rotates(tmp_path):
    import logging

    from app import logs

    logs._configured = None
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = logs.setup_logging(tmp_path / "log")
        handler = next(h for h in root.handlers if h not in before)
        handler.max_bytes = 1_000  # rotate after about ten lines
        for n in range(60):
            logging.getLogger("test").warning("line %d of the log, long enough to fill it: %s", n, "x" * 60)
        made = sorted(p.name for p in (tmp_path / "log").iterdir())
        assert made == ["aide-memoire.log", "aide-memoire.log.1", "aide-memoire.log.2", "aide-memoire.log.3"]
        for name in made:
            assert stat.S_IMODE((tmp_path / "log" / name).stat().st_mode) == 0o600, name
            assert (tmp_path / "log" / name).stat().st_size <= 1_200, "each file stays near the limit"
        assert path is not None and "line 59 " in path.read_text(encoding="utf-8")
        assert "line 0 " not in "".join((tmp_path / "log" / n).read_text(encoding="utf-8") for n in made)
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
        logs._configured = None


@pytest.mark.skipif(os.name != "posix", reason="a file-size limit stands in for a full disk")
def test_a_full_disk_during_export_is_one_line_and_no_file(env, tmp_path):
    import resource
    import signal

    db = tmp_path / "desk.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    target = tmp_path / "out" / "desk.xlsx"
    target.parent.mkdir()

    def small_disk():  # every file this process writes stops at 8 KB, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (8_000, 8_000))

    from app.services.store import open_store

    # The program opens the database read-only beside this writer, so that only the output meets the limit.
    with open_store(db, daily_backup=False):
        for args in (["export", str(target)], ["report", "country", "KE", "-o", str(target.with_suffix(".pdf"))]):
            result = subprocess.run(
                [sys.executable, "-m", "app", "--db", str(db), *args],
                env=env, capture_output=True, text=True, timeout=120, preexec_fn=small_disk,
            )  # fmt: skip
            assert result.returncode == 2, result.stderr
            assert result.stderr.count("\n") == 1 and "cannot write" in result.stderr, result.stderr
            assert "Traceback" not in result.stderr
    assert list(target.parent.iterdir()) == []


def test_a_closed_pipe_is_not_an_error(env, tmp_path):
    db = tmp_path / "desk.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(db), "search", "grain"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    proc.stdout.close()  # like `| head -0`: nobody reads
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert err == b""


def test_a_period_that_ends_before_it_starts_is_bad_input(env, tmp_path):
    db = tmp_path / "desk.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    result = run(env, "--db", str(db), "report", "country", "KE", "--from", "2024-01-01", "--to", "2023-01-01",
                 "-o", str(tmp_path / "k.pdf"))  # fmt: skip
    assert result.returncode == 2 and "later than --to" in result.stderr
    assert not (tmp_path / "k.pdf").exists()


def test_a_database_named_like_a_formula_is_text_in_the_about_sheet(env, tmp_path):
    import openpyxl

    db = tmp_path / "=1+1.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    assert run(env, "--db", str(db), "export", str(tmp_path / "out.xlsx")).returncode == 0
    about = openpyxl.load_workbook(tmp_path / "out.xlsx")["About"]
    cell = next(row[1] for row in about.iter_rows() if row[0].value == "Database")
    assert cell.value == "=1+1.sqlite" and cell.data_type == "s" and cell.quotePrefix


def test_a_damaged_page_stops_a_write_and_keeps_the_backups(env, tmp_path):
    db = tmp_path / "desk.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'statements'").fetchone()
    conn.close()
    with open(db, "r+b") as f:  # one page of the statements table overwritten
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * page_size)
    result = run(env, "--db", str(db), "sample")
    assert result.returncode != 0
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert list((tmp_path / "backups").glob("*.sqlite")) == [], "no copy of a damaged file among the backups"


def test_history_of_a_marked_meeting_carries_its_marking_even_after_deletion(env, tmp_path):
    import dataclasses

    from app.domain.vocab import Classification
    from app.services.changes import ChangeService
    from app.services.store import open_store

    assert run(env, "sample").returncode == 0
    with open_store(Path(env["AIDE_MEMOIRE_DB"]), daily_backup=False) as store:
        changes = ChangeService(store.repo, user="desk-officer")
        meeting = store.repo.get_meeting("kzke-2023-09-19")
        changes.save_meeting(dataclasses.replace(meeting, classification=Classification.SECRET, summary="Grain"))
    text = run(env, "history", "kzke-2023-09-19")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "[SECRET] Tokayev – Ruto meeting on the sidelines of UNGA 78 (kzke-2023-09-19)"
    assert "desk-officer" in lines[1] and "classification: 'unclassified' → 'secret'" in text.stdout
    rows = json.loads(run(env, "history", "kzke-2023-09-19", "--json").stdout)
    assert {r["classification"] for r in rows} == {"secret"}
    assert {r["field"] for r in rows if r["action"] == "edit"} == {"classification", "summary"}

    with open_store(Path(env["AIDE_MEMOIRE_DB"]), daily_backup=False) as store:
        ChangeService(store.repo).delete_meeting("kzke-2023-09-19")
    gone = run(env, "history", "kzke-2023-09-19")
    assert gone.stdout.splitlines()[0].startswith("[SECRET] Tokayev – Ruto meeting") and "deleted" in gone.stdout
    assert run(env, "history", "no-such-meeting").returncode != 0


INTAKE_TEXT = (
    "ASTANA, March 9 – Ambassador of Kazakhstan to Kenya Barlybay Sadykov met the Principal Secretary of the State "
    "Department for Foreign Affairs of Kenya Abraham Korir Sing'Oei in Nairobi. The sides agreed to hold political "
    "consultations in the autumn."
)


def test_intake_prints_a_draft_and_writes_nothing_without_save(env, tmp_path):
    assert run(env, "sample").returncode == 0
    release = tmp_path / "release.txt"
    release.write_text(INTAKE_TEXT, encoding="utf-8")
    done = run(env, "intake", str(release), "--published", "2024-03-10", "--json")
    assert done.returncode == 0, done.stderr
    draft = json.loads(done.stdout)
    assert draft["meeting"]["date"] == "2024-03-09" and draft["meeting"]["countries"] == ["KZ", "KE"]
    sadykov = next(p for p in draft["participants"] if p["name"] == "Barlybay Sadykov")
    assert sadykov["person_id"] and sadykov["side"] == "ours", "matched to the sample's person"
    start, end = sadykov["evidence"]["start"], sadykov["evidence"]["end"]
    assert INTAKE_TEXT[start:end] == sadykov["evidence"]["sentence"]
    assert draft["actions"][0]["committed_by"] == "joint"
    with sqlite3.connect(env["AIDE_MEMOIRE_DB"]) as conn:
        assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3, "nothing was saved"


def test_intake_saves_with_save_and_refuses_what_is_not_a_release(env, tmp_path):
    assert run(env, "sample").returncode == 0
    command = [sys.executable, "-m", "app", "intake", "-", "--published", "2024-03-10", "--save"]
    saved = subprocess.run(command, input=INTAKE_TEXT, env=env, capture_output=True, text=True, encoding="utf-8",
                           timeout=120)  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    meeting_id = saved.stdout.strip().splitlines()[-1]
    history = run(env, "history", meeting_id)
    assert history.returncode == 0 and meeting_id in history.stdout.splitlines()[0]
    empty = tmp_path / "empty.txt"
    empty.write_text("   ", encoding="utf-8")
    refused = run(env, "intake", str(empty))
    assert refused.returncode == 2 and "the text is empty" in refused.stderr
    word = tmp_path / "release.docx"
    word.write_bytes(b"PK\x03\x04")
    refused = run(env, "intake", str(word))
    assert refused.returncode == 2 and "release.docx is not a Word document (.docx), or it is damaged" in refused.stderr


TWO_MEETINGS = (
    "ASTANA, 12 March – Foreign Minister of Kazakhstan Murat Nurtleu received the Ambassador of Japan Ichiro Kato. "
    "The sides agreed to hold consultations in May.\n"
    "Later, Nurtleu met the Ambassador of Brazil Carlos Silva Mendes. Mendes invited the minister to visit Brasilia."
)


def test_intake_of_two_meetings_prints_both_and_saves_both(env, tmp_path):
    release = tmp_path / "two.txt"
    release.write_text(TWO_MEETINGS, encoding="utf-8")
    shown = run(env, "intake", str(release), "--published", "2025-03-12", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["meeting"]["countries"] == ["KZ", "JP"], "the first meeting is the object itself, as the contract has"
    [other] = data["other_meetings"]
    assert other["meeting"]["countries"] == ["KZ", "BR"] and other["meeting"]["date"] == "2025-03-12"
    mendes = next(p for p in other["participants"] if p["name"] == "Carlos Silva Mendes")
    assert TWO_MEETINGS[mendes["evidence"]["start"] : mendes["evidence"]["end"]].startswith("Later, Nurtleu met")
    saved = run(env, "intake", str(release), "--published", "2025-03-12", "--save")
    assert saved.returncode == 0, saved.stderr
    ids = saved.stdout.strip().splitlines()[-2:]
    with sqlite3.connect(env["AIDE_MEMOIRE_DB"]) as conn:
        titles = {conn.execute("SELECT title FROM meetings WHERE id = ?", (i,)).fetchone()[0] for i in ids}
    assert len(titles) == 2 and any("Brazil" in t for t in titles)


def test_a_brief_in_each_language_from_the_command_line(env, tmp_path):
    from pypdf import PdfReader

    db = tmp_path / "desk.sqlite"
    assert run(env, "--db", str(db), "sample").returncode == 0
    texts = {}
    for args, name in ((["--language", "kk"], "kk"), ([], "default"), (["--language", "en"], "en")):
        out = tmp_path / f"{name}.pdf"
        prefix = ["--language", "ru"] if name == "default" else []  # the window's language, given before the command
        result = run(env, "--db", str(db), *prefix, "report", "country", "KE", *args, "-o", str(out))
        assert result.returncode == 0, result.stderr
        texts[name] = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Кения (KE)" in texts["kk"] and "Негізгі көрсеткіштер" in texts["kk"]
    assert "Основные показатели" in texts["default"], "the window's --language when the report gives none"
    assert "Key figures" in texts["en"]
    wrong = run(env, "--db", str(db), "report", "country", "KE", "--language", "de", "-o", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 2 and "--language" in wrong.stderr and "Traceback" not in wrong.stderr


def test_a_file_whose_index_is_made_again_says_so_on_the_command_line(env, tmp_path):
    from tests.storage.test_search import _stale_file_of

    db = tmp_path / "older.sqlite"
    _stale_file_of(db, 600)
    result = run(env, "--db", str(db), "search", "Grain")
    assert result.returncode == 0, result.stderr
    assert "Bringing the search index of 600 meetings up to date for this version" in result.stderr
    assert "600 of 600 meetings indexed" in result.stderr
    assert "Grain talks" in result.stdout
    again = run(env, "--db", str(db), "search", "Grain")
    assert "Bringing" not in again.stderr

    few = tmp_path / "few.sqlite"
    _stale_file_of(few, 30)  # indexed in a blink: nothing said
    quiet = run(env, "--db", str(few), "search", "Grain")
    assert quiet.returncode == 0 and "Bringing" not in quiet.stderr and "Grain talks" in quiet.stdout
