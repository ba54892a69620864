"""Each brief written to a real PDF and read back with an independent reader (pypdf)."""

import dataclasses
import datetime as dt
import re

import pytest
from pypdf import PdfReader

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.vocab import Classification, Side, Status
from app.reports.briefs import ReportOptions
from app.reports.paper import default_paper
from app.services.reports import (
    ReportInputError,
    write_actions_report,
    write_country_brief,
    write_meeting_brief,
)
from tests.conftest import SAMPLE_TODAY


def read(path):
    reader = PdfReader(path)
    # Table cells wrap, so words of one cell may come out on several lines: compare with spaces normalised.
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    return reader, pages, "\n".join(pages)


def opts(**over):
    return ReportOptions(**{"paper": "a4", "today": SAMPLE_TODAY, **over})


def test_meeting_brief_of_the_sample(sample_store, tmp_path):
    out = tmp_path / "brief.pdf"
    write_meeting_brief(sample_store.repo, "kzke-2023-09-19", out, opts())
    reader, pages, text = read(out)
    for expected in ("Tokayev – Ruto meeting on the sidelines of UNGA 78", "19 September 2023",
                     "New York, United States", "Kassym-Jomart Tokayev", "William Ruto", "Қасым-Жомарт Тоқаев",
                     "Mombasa", "Send a Kazakh trade mission to Kenya", "OVERDUE", "daryo.uz"):  # fmt: skip
        assert expected in text, expected
    for number, page in enumerate(pages, start=1):
        assert page.count("UNCLASSIFIED") == 2, "marking at the top and bottom of every page"
        assert f"Page {number} of {len(pages)}" in page
    meta = reader.metadata
    assert meta.title == "Meeting brief: Tokayev – Ruto meeting on the sidelines of UNGA 78"
    assert meta.author.startswith("Aide-Mémoire")
    assert meta.subject == "Meeting brief"
    fonts = {f for page in reader.pages for f in (page["/Resources"]["/Font"].values())}
    names = {str(f.get_object()["/BaseFont"]) for f in fonts}
    assert names and all("DejaVuSans" in name for name in names), names  # the bundled family, embedded


def test_a_cyrillic_meeting_brief(sample_store, tmp_path):
    out = tmp_path / "ru.pdf"
    write_meeting_brief(sample_store.repo, "kzke-2024-credentials", out, opts())
    _, _, text = read(out)
    for expected in ("Вручение верительных грамот Президенту Кении", "Уильям Руто", "Барлыбай Садыков", "Тоқаев"):
        assert expected in text, expected


def test_country_brief_excludes_confidential_meetings_everywhere(sample_store, tmp_path):
    secret = Meeting(title="Closed-door talks on uranium", date=dt.date(2024, 5, 1), countries=["KE"],
                     classification=Classification.CONFIDENTIAL, summary="Nothing of this may leak")  # fmt: skip
    secret.statements = [Statement(speaker="Hidden Speaker", text="Hidden words")]
    secret.participants = [Participant("Hidden Counterpart", position="Minister of Mines", side=Side.COUNTERPART)]
    secret.actions = [Action(description="Hidden follow-up", owner="Secret Desk", due_date=dt.date(2024, 6, 1))]
    sample_store.repo.save_meeting(secret)

    out = tmp_path / "ke.pdf"
    assert write_country_brief(sample_store.repo, "ke", out, opts()) == 3
    _, pages, text = read(out)
    for hidden in ("uranium", "Nothing of this", "Hidden", "Secret Desk", "CONFIDENTIAL"):
        assert hidden not in text, hidden
    assert "OFFICIAL USE ONLY" in pages[0]
    for expected in ("Kenya (KE)", "Key figures", "Open commitments", "Timeline of meetings", "Уильям Руто"):
        assert expected in text
    counterparts = text[text.index("Counterparts met") : text.index("Timeline of meetings")]
    assert "Уильям Руто" in counterparts or "William Ruto" in counterparts, "one person, however written"
    assert "Президент Республики Кения" in counterparts, "with the latest position known (March 2024)"
    assert "Abraham Korir Sing'Oei" in counterparts and "Principal Secretary" in counterparts

    out_all = tmp_path / "ke-all.pdf"
    assert write_country_brief(sample_store.repo, "KE", out_all, opts(include_confidential=True)) == 4
    _, pages, text = read(out_all)
    assert "uranium" in text and "CONFIDENTIAL" in pages[0]

    out_actions = tmp_path / "actions.pdf"
    write_actions_report(sample_store.repo, out_actions, opts(), overdue_only=False)
    _, pages, text = read(out_actions)
    assert "Hidden follow-up" not in text and "OFFICIAL USE ONLY" in pages[0] and "CONFIDENTIAL" not in text

    out_actions_all = tmp_path / "actions-all.pdf"
    write_actions_report(sample_store.repo, out_actions_all, opts(include_confidential=True), overdue_only=False)
    _, pages, text = read(out_actions_all)
    assert "Hidden follow-up" in text
    assert all(page.count("CONFIDENTIAL") >= 2 for page in pages), "marked as its most restricted meeting"


def test_a_country_without_meetings_gives_a_short_clear_brief(sample_store, tmp_path):
    out = tmp_path / "fr.pdf"
    assert write_country_brief(sample_store.repo, "FR", out, opts()) == 0
    _, pages, text = read(out)
    assert len(pages) == 1 and "There are no meetings with France" in text


def test_unknown_inputs_are_refused(sample_store, tmp_path):
    with pytest.raises(ReportInputError, match="XX"):
        write_country_brief(sample_store.repo, "XX", tmp_path / "x.pdf", opts())
    with pytest.raises(ReportInputError, match="no meeting"):
        write_meeting_brief(sample_store.repo, "nope", tmp_path / "x.pdf", opts())


def test_actions_report_groups_by_owner_and_marks_overdue(sample_store, tmp_path):
    out = tmp_path / "a.pdf"
    assert write_actions_report(sample_store.repo, out, opts(), overdue_only=False) == 5
    _, _, text = read(out)
    assert "Ministry of Trade and Integration — 1 open" in text and "OVERDUE" in text
    assert "Study the Mombasa grain-terminal proposal" in text
    assert "Prepare President Ruto" not in text  # done

    overdue = tmp_path / "o.pdf"
    assert write_actions_report(sample_store.repo, overdue, opts(), overdue_only=True) == 1
    _, _, text = read(overdue)
    assert "Overdue follow-up actions" in text and "Send a Kazakh trade mission" in text
    assert "Mombasa" not in text


def test_a_long_country_brief_splits_with_contents_and_repeated_headers(store, tmp_path):
    base = Meeting(title="x", date=dt.date(2020, 1, 1), countries=["KZ", "KE"])
    for i in range(500):
        m = dataclasses.replace(base, id=f"long-{i:03d}", title=f"Consultation round {i} — Тоқаев",
                                date=dt.date(2015, 1, 1) + dt.timedelta(days=7 * i),
                                summary=("Долгий текст о сотрудничестве. " * 12).strip(),
                                participants=[], statements=[], actions=[])  # fmt: skip
        m.actions = [Action(description=f"Follow-up {i}", owner="Africa Department",
                            due_date=dt.date(2027, 1, 1) + dt.timedelta(days=i), status=Status.OPEN)]  # fmt: skip
        store.repo.save_meeting(m)
    out = tmp_path / "long.pdf"
    write_country_brief(store.repo, "KE", out, opts(paper="letter"))
    reader, pages, _ = read(out)
    assert len(pages) > 20
    assert "Contents" in pages[0] and "Timeline of meetings" in pages[0], "the contents on page 1, no cover page"
    in_2024 = sum((dt.date(2015, 1, 1) + dt.timedelta(days=7 * i)).year == 2024 for i in range(500))
    for label in ("Key figures", "Open commitments", "Timeline of meetings", f"2024 · {in_2024} meetings", "2015"):
        number = re.search(re.escape(label.split(" · ")[0]) + r"[ .]*(\d+)", pages[0])
        assert number, label
        landed = pages[int(number.group(1)) - 1]
        body = landed.split("Produced", 1)[1]  # past the running header, which names the brief
        assert label in body, f"contents says {label} is on page {number.group(1)}"
    header_pages = [p for p in pages if "Action" in p and "Committed by" in p]
    assert len(header_pages) >= 3, "the actions table repeats its header on each page it spans"
    assert all(f"of {len(pages)}" in p for p in pages)
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (612, 792)


@pytest.mark.parametrize(("name", "paper"), [("en_US", "letter"), ("fr_CA", "letter"), ("kk_KZ", "a4"),
                                             ("ru_RU.UTF-8", "a4"), ("", "a4"), ("C", "a4")])  # fmt: skip
def test_paper_follows_the_locale(name, paper):
    assert default_paper(name) == paper


def _fonts_of(pdf) -> set[str]:
    from pypdf import PdfReader

    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        fonts = page["/Resources"].get("/Font", {})
        names |= {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    return names


def test_emoji_and_rare_letters_are_drawn_with_the_symbols_font_and_the_rest_logged(tmp_path, caplog):
    import logging

    from app.domain.records import Meeting, Statement
    from app.reports.briefs import ReportOptions, meeting_brief

    plain = tmp_path / "plain.pdf"
    meeting_brief(Meeting(title="Consultations", date=dt.date(2024, 3, 9)), plain, ReportOptions())
    assert not any("Symbol" in f for f in _fonts_of(plain)), "the symbols font only where it is needed"

    m = Meeting(title="Signing 🤝 of the MoU 🇰🇿", date=dt.date(2024, 3, 9), summary="𝔘𝔫𝔦𝔬𝔫 \U000f0001 end")
    m.statements = [Statement(speaker="Тоқаев", text="Agreed 🎉")]
    out = tmp_path / "symbols.pdf"
    with caplog.at_level(logging.WARNING, logger="app.reports.layout"):
        meeting_brief(m, out, ReportOptions())
    assert any("Symbola" in f for f in _fonts_of(out)), _fonts_of(out)
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "U+F0001" in logged
    assert "U+1F91D" not in logged and "U+1D518" not in logged, "drawn, so not reported"


def test_the_cycle_collector_is_off_only_while_a_brief_is_laid_out(tmp_path):
    """Layout runs without Python's cycle collector (it made long briefs grow faster than their pages); it is back
    on after the brief, and after a brief that failed."""
    import gc

    from app.progress import Progress
    from app.reports.briefs import country_brief

    meeting = Meeting(title="Grain talks", date=dt.date(2024, 5, 2), countries=["KE"], summary="Wheat and maize.")
    seen: list[bool] = []
    country_brief("KE", [meeting], tmp_path / "ke.pdf", progress=Progress(lambda *_: seen.append(gc.isenabled())))
    assert seen and not any(seen), "off while the pages are laid out"
    assert gc.isenabled()
    with pytest.raises(OSError):
        country_brief("KE", [meeting], tmp_path / "no such folder" / "ke.pdf")
    assert gc.isenabled()
