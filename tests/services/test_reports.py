"""Writing a report file: complete or not at all, and a name a person would give it."""

import dataclasses

import pytest

from app.progress import Cancelled, Progress
from app.reports.briefs import ReportOptions
from app.services.files import WriteError
from app.services.reports import ReportInputError, ReportKind, ReportRequest, suggested_file_name, write_report
from tests.conftest import SAMPLE_TODAY


def request(path, kind=ReportKind.COUNTRY, **over):
    return ReportRequest(kind, path, ReportOptions(paper="a4", today=SAMPLE_TODAY), **{"country": "KE", **over})


def test_a_cancelled_report_leaves_the_old_file_and_no_partial_one(sample_store, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"last week's brief")
    calls = []

    def stop_midway(done, total, message):
        calls.append(message)
        if message == "laying out pages":
            progress.cancel()

    progress = Progress(stop_midway)
    with pytest.raises(Cancelled):
        write_report(sample_store.repo, request(target), progress)
    assert "reading meetings" in calls and "laying out pages" in calls
    assert target.read_bytes() == b"last week's brief"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


def test_a_report_replaces_the_file_only_when_complete(sample_store, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    result = write_report(sample_store.repo, request(target))
    assert target.read_bytes().startswith(b"%PDF")
    assert result.description == "country brief for Kenya (3 meetings)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


def test_bad_requests_name_what_is_wrong(sample_store, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(WriteError, match="does not exist"):
        write_report(sample_store.repo, request(tmp_path / "missing" / "b.pdf"))
    with pytest.raises(ReportInputError, match="'XX' is not an ISO 3166-1"):
        write_report(sample_store.repo, request(tmp_path / "b.pdf", country="xx"))
    with pytest.raises(ReportInputError, match="no meeting with id nope"):
        write_report(sample_store.repo, request(tmp_path / "b.pdf", ReportKind.MEETING, meeting_id="nope"))
    assert list(tmp_path.iterdir()) == []


def test_suggested_names_are_safe_on_every_system(tmp_path):
    meeting = request(tmp_path / "x.pdf", ReportKind.MEETING)
    name = suggested_file_name(meeting, meeting="2024-05-02 Встреча: МИД/Kenya? <draft> *")
    assert name == "Meeting brief 2024-05-02 Встреча МИД Kenya draft.pdf"
    assert suggested_file_name(request(tmp_path / "x.pdf")) == "Country brief Kenya 2026-11-27.pdf"
    overdue = request(tmp_path / "x.pdf", ReportKind.ACTIONS, overdue_only=True)
    assert suggested_file_name(overdue) == "Overdue follow-up actions 2026-11-27.pdf"
    assert len(suggested_file_name(meeting, meeting="x" * 500)) <= 104


def test_suggested_names_are_in_the_briefs_language(tmp_path):
    from app.reports.labels import Catalogue

    def in_language(kind, language, **more):
        made = request(tmp_path / "x.pdf", kind, **more)
        return dataclasses.replace(made, options=dataclasses.replace(made.options, labels=Catalogue(language)))

    assert suggested_file_name(in_language(ReportKind.COUNTRY, "ru")) == "Страновая справка Кения 2026-11-27.pdf"
    assert suggested_file_name(in_language(ReportKind.COUNTRY, "kk")) == "Ел бойынша анықтама Кения 2026-11-27.pdf"
    overdue = in_language(ReportKind.ACTIONS, "kk", overdue_only=True)
    assert suggested_file_name(overdue) == "Мерзімі өткен тапсырмалар 2026-11-27.pdf"


def test_a_place_that_cannot_be_written_is_named(sample_store, tmp_path):
    blocker = tmp_path / "brief.pdf"
    blocker.mkdir()  # a folder where the file should go: the final move fails on every system
    with pytest.raises(WriteError, match=r"cannot write .*brief\.pdf"):
        write_report(sample_store.repo, request(blocker))
    assert blocker.is_dir() and not list(tmp_path.glob(".*partial"))
