"""Every problem the checks report reads in Russian and Kazakh: each message the checks of a meeting and of a
workbook produce matches one of the catalogue's patterns, and every translation keeps the pattern's values."""

import datetime as dt
import re

import openpyxl
import pytest

from app.catalogue import entries
from app.domain.build import meeting_from_raw
from app.domain.problem_words import CONTEXT, PATTERNS, translated
from app.excel.reader import read_workbook
from tests.excel.conftest import exported  # noqa: F401  (a fixture)

BAD_MEETINGS = [
    {"title": "", "date": "2024-02-30"},
    {"title": "x" * 600, "date": "19.09.2023", "time": "25:99", "end_date": "2023-01-01", "format": "banquet",
     "countries": ["KZ", "XX", "KZ"], "topics": ["a;b"], "summary": "bell \x07"},
    {"title": "t", "date": 20230919, "time": 930, "level": "emperor", "classification": "top secret"},
    {"title": "t", "date": "2024-01-01", "participants": [{"name": "", "side": "ally", "country": "ZZ"}],
     "statements": [{"speaker": "", "text": "", "language": "klingon"}],
     "actions": [{"description": "", "status": "done-ish", "due_date": "tomorrow", "completed_on": "2024-01-01"}]},
    {"title": "t", "date": "2024-01-01", "participants": "not a list", "actions": ["not a row"]},
]  # fmt: skip


def marked(pattern: str) -> str:
    return "⟦" + pattern + "⟧"


def test_every_problem_of_a_meeting_matches_a_pattern():
    messages = {p.message for raw in BAD_MEETINGS for p in meeting_from_raw(raw)[1]}
    assert len(messages) >= 20, messages
    unmatched = sorted(m for m in messages if translated(m, marked) == m)
    assert unmatched == [], "give these a pattern in app/domain/problem_words.py"


def test_every_problem_of_a_workbook_matches_a_pattern(exported, tmp_path):  # noqa: F811
    wb = openpyxl.load_workbook(exported)
    meetings = wb["Meetings"]
    meetings["C2"] = "2024-02-30"
    meetings["C3"] = -5
    meetings["H3"] = "KZ; XX"
    meetings["A4"] = meetings["A2"].value  # the same id twice
    wb["Participants"]["B2"] = None
    wb["Participants"]["B3"] = "no-such-meeting"
    wb["Actions"]["F5"] = "soon"
    wb.save(tmp_path / "bad.xlsx")
    del wb["People"]  # a sheet of an older export: its absence is noted
    wb["Actions"]["Z1"] = "Remarks"  # a column the program does not know
    wb.save(tmp_path / "bad.xlsx")
    contents = read_workbook(tmp_path / "bad.xlsx")
    assert any("Remarks" in note for note in contents.notes), contents.notes
    messages = {p.message for p in contents.problems} | set(contents.notes)
    assert len(messages) >= 4, messages
    unmatched = sorted(m for m in messages if translated(m, marked) == m)
    assert unmatched == [], "give these a pattern in app/domain/problem_words.py"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_pattern_is_translated_with_the_same_values(language):
    catalogue = entries(language)
    for pattern in PATTERNS:
        words = catalogue.get((CONTEXT, pattern))
        assert words, f"{language}: no translation of {pattern!r}"
        assert sorted(re.findall(r"\{(\w+)\}", words)) == sorted(re.findall(r"\{(\w+)\}", pattern)), (language, words)


def test_a_message_is_translated_with_its_values_and_a_field_named_first_keeps_its_name():
    russian = entries("ru")

    def to_russian(pattern):
        return russian[(CONTEXT, pattern)]

    assert translated("'2024-02-30' is not a real date", to_russian) == "«2024-02-30» — несуществующая дата"
    assert translated("name: is required", to_russian) == "name: обязательно"
    assert translated("something no pattern knows", to_russian) == "something no pattern knows"


def test_every_refusal_of_a_whole_workbook_matches_a_pattern(tmp_path):
    from app.excel.reader import UnreadableWorkbook

    (tmp_path / "empty.xlsx").write_bytes(b"")
    (tmp_path / "notes.xlsx").write_text("just some text", encoding="utf-8")
    (tmp_path / "folder.xlsx").mkdir()
    (tmp_path / "old.xlsx").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    import zipfile

    with zipfile.ZipFile(tmp_path / "other.xlsx", "w") as z:
        z.writestr("readme.txt", "a zip of something else")
    messages = []
    for name in ("missing.xlsx", "empty.xlsx", "notes.xlsx", "folder.xlsx", "old.xlsx", "other.xlsx"):
        with pytest.raises(UnreadableWorkbook) as refused:
            read_workbook(tmp_path / name)
        messages.append(str(refused.value))
    unmatched = [m for m in messages if translated(m, marked) == m]
    assert unmatched == [], "give these a pattern in app/domain/problem_words.py"


def _said(action) -> str:
    try:
        action()
    except Exception as exc:  # what the window would show, whatever the kind
        return str(exc)
    raise AssertionError("expected a refusal")


def test_every_refusal_of_the_records_a_file_or_a_server_matches_a_pattern(tmp_path):
    import sqlite3

    from app.domain.letterhead import Letterhead
    from app.domain.records import Meeting
    from app.services.changes import ChangeService
    from app.services.files import written_whole
    from app.services.intake import drafts_from
    from app.services.letterhead import save_letterhead
    from app.services.store import open_store
    from app.storage.postgres import connect

    (tmp_path / "folder.sqlite").mkdir()
    (tmp_path / "text.sqlite").write_text("not a database", encoding="utf-8")
    other = sqlite3.connect(tmp_path / "other.sqlite")
    other.execute("CREATE TABLE songs (title TEXT)")
    other.commit()
    other.close()
    desk = tmp_path / "desk.sqlite"
    store = open_store(desk, daily_backup=False)
    try:
        store.repo.save_meeting(Meeting(id="kzke-2024-01-02", title="Talks", date=dt.date(2024, 1, 2)))
        changes = ChangeService(store.repo)
        stale = store.repo.get_meeting("kzke-2024-01-02")
        changes.save_meeting(stale)
        messages = [
            _said(lambda: open_store(tmp_path / "folder.sqlite", daily_backup=False)),
            _said(lambda: open_store(tmp_path / "text.sqlite", daily_backup=False)),
            _said(lambda: open_store(tmp_path / "other.sqlite", daily_backup=False)),
            _said(lambda: open_store(desk, daily_backup=False)),  # open in another copy (this one)
            _said(lambda: changes.save_meeting(stale, expected_revision=0)),
            _said(lambda: written_whole(tmp_path / "nowhere" / "x.pdf").__enter__()),
            _said(lambda: written_whole(desk, database=desk).__enter__()),
            _said(lambda: save_letterhead(Letterhead(logo=str(tmp_path / "text.sqlite")))),
            _said(lambda: save_letterhead(Letterhead(reference="AF-{who}"))),
            _said(lambda: connect("postgresql://desk@127.0.0.1:1/records")),
            _said(lambda: drafts_from(None, " ")),
            _said(lambda: drafts_from(None, "x" * 300_000)),
        ]
    finally:
        store.close()
    unmatched = [m for m in messages if translated(m, marked) == m]
    assert unmatched == [], "give these a pattern in app/domain/problem_words.py"
