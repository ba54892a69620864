"""The letterhead's file: kept privately in the user's settings folder, read by the window and the command line
alike; a damaged file or a logo gone never stops a brief."""

import dataclasses
import datetime as dt
import json
import logging

import docx
import pytest

from app.domain.letterhead import Letterhead, LetterheadError, check_reference
from app.reports.briefs import ReportOptions
from app.reports.labels import Catalogue
from app.services.letterhead import load_letterhead, save_letterhead
from app.services.reports import ReportKind, ReportRequest, write_report
from app.storage.paths import config_dir
from tests.conftest import SAMPLE_TODAY
from tests.ui.test_letterhead import LOGO

HEAD = Letterhead(ministry={"en": "Ministry of Foreign Affairs", "kk": "Сыртқы істер министрлігі"},
                  department="Africa Department", author="A. Nurlanova", reference="AF-{country}/{year}",
                  distribution=("Minister's office",))  # fmt: skip


def test_saved_and_read_back_privately(tmp_path):
    logo = tmp_path / "emblem.png"
    logo.write_bytes(LOGO)
    save_letterhead(dataclasses.replace(HEAD, logo=str(logo)))
    logo.unlink()  # the original may go: the letterhead keeps its own copy
    again = load_letterhead()
    assert again.ministry == HEAD.ministry and again.distribution == HEAD.distribution
    assert again.logo and (config_dir() / "letterhead-logo.png").is_file()
    assert (config_dir() / "letterhead.json").stat().st_mode & 0o077 == 0, "private to the user"
    assert again.ministry_in("ru") == "Ministry of Foreign Affairs", "English where the language has none"
    assert again.reference_for(dt.date(2026, 3, 4), "KE") == "AF-KE/2026"


def test_a_damaged_file_or_a_lost_logo_makes_briefs_without_them(caplog):
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "letterhead.json").write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_letterhead().empty
    assert "letterhead" in caplog.text
    (folder / "letterhead.json").write_text(json.dumps({"ministry": {"en": "MFA"}, "logo": str(folder / "gone.png")}))
    kept = load_letterhead()
    assert kept.ministry_in("en") == "MFA" and kept.logo == ""


@pytest.mark.parametrize("pattern", ["{country", "AF-{who}", "{year:03d}"])
def test_a_pattern_the_program_cannot_fill_is_refused_with_the_reason(pattern):
    with pytest.raises(LetterheadError, match="reference number"):
        check_reference(pattern)


def test_the_word_brief_carries_the_letterhead_in_the_briefs_language(sample_store, tmp_path):
    out = tmp_path / "kenya.docx"
    options = ReportOptions(paper="a4", today=SAMPLE_TODAY, labels=Catalogue("kk"), letterhead=HEAD)
    write_report(sample_store.repo, ReportRequest(ReportKind.COUNTRY, out, options, country="KE"))
    document = docx.Document(str(out))
    first_table = [c.text for c in document.tables[0].rows[0].cells]
    assert "Сыртқы істер министрлігі\nAfrica Department" in first_table
    assert "Шығ. № AF-KE/2026" in first_table
    assert document.core_properties.author == "A. Nurlanova" and document.core_properties.keywords == "AF-KE/2026"


def test_a_brief_from_the_command_line_reads_the_same_letterhead(sample_store, tmp_path):
    save_letterhead(HEAD)
    out = tmp_path / "kenya.pdf"
    write_report(sample_store.repo, ReportRequest(ReportKind.COUNTRY, out, ReportOptions(paper="a4"), country="KE"))
    from pypdf import PdfReader

    assert "Ministry of Foreign Affairs" in PdfReader(out).pages[0].extract_text()
