"""The briefs as Word documents, read back with python-docx: real headings, tables with a repeating header row, the
marking in the header and the footer, page numbers as Word fields, in each language; confidential stays out."""

import dataclasses
import datetime as dt
import zipfile

import docx
import pytest

from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.vocab import Classification, Side
from app.reports.briefs import ReportOptions
from app.reports.labels import Catalogue
from app.services.reports import ReportKind, ReportRequest, write_report
from tests.conftest import SAMPLE_TODAY
from tests.reports.test_brief_languages import LONG_DATE, OFFICIAL, UNMARKED

LANGUAGES = ["en", "ru", "kk"]


def written(repo, path, kind, language="en", **more):
    options = ReportOptions(paper="a4", today=SAMPLE_TODAY, labels=Catalogue(language),
                            include_confidential=more.pop("include_confidential", False))  # fmt: skip
    write_report(repo, ReportRequest(kind, path, options, **more))
    return docx.Document(str(path))


def all_text(document):
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def header_and_footer(document):
    section = document.sections[0]
    return [p.text for p in section.header.paragraphs], [p.text for p in section.footer.paragraphs]


def field_codes(part_element):
    return [
        t.text.strip()
        for t in part_element.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instrText")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_country_brief_in_word_in_each_language(sample_store, tmp_path, language):
    path = tmp_path / f"kenya-{language}.docx"
    document = written(sample_store.repo, path, ReportKind.COUNTRY, language, country="KE")
    t = Catalogue(language)
    assert zipfile.is_zipfile(path) and not list(tmp_path.glob(".*partial"))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", f"{t.country('KE')} (KE)") in styles
    assert ("Heading 1", t("key_figures")) in styles and ("Heading 1", t("open_commitments")) in styles
    assert any(name == "Heading 3" and text.startswith(t.date(dt.date(2024, 3, 7))) for name, text in styles)
    text = all_text(document)
    assert LONG_DATE[language] in text and t.value(Side.OURS) in text
    header, footer = header_and_footer(document)
    assert header[0] == OFFICIAL[language] and footer[-1] == OFFICIAL[language]
    assert header[1] == f"{t('country_brief')}: {t.country('KE')}"
    codes = field_codes(document.sections[0].footer._element)
    assert codes == ["PAGE", "NUMPAGES"], "page numbers are Word's own fields"
    page_of = t("page_of", page="1", pages="1")
    assert footer[0].endswith(page_of), (footer, page_of)
    actions = [tb for tb in document.tables if tb.rows[0].cells[0].text == t("action")]
    assert actions, "the actions tables, with their header row"
    first_row = actions[0].rows[0]._tr
    assert first_row.trPr is not None and first_row.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    props = document.core_properties
    assert props.title == f"{t('country_brief')}: {t.country('KE')}" and props.language == language
    if language == "kk":
        assert "Қасым-Жомарт Тоқаев" in text and "Негізгі көрсеткіштер" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_meeting_brief_and_the_actions_report_in_word(sample_store, tmp_path, language):
    t = Catalogue(language)
    meeting = written(sample_store.repo, tmp_path / "m.docx", ReportKind.MEETING, language,
                      meeting_id="kzke-2023-09-19")  # fmt: skip
    headings = [p.text for p in meeting.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == [t("participants"), t("summary")]
    quotes = [p.text for p in meeting.paragraphs if p.style.name == "Quote"]
    assert any("Қазақстан екі ел" in q and "Қасым-Жомарт Тоқаев" in q for q in quotes)
    assert header_and_footer(meeting)[0][0] == UNMARKED[language]
    actions = written(sample_store.repo, tmp_path / "a.docx", ReportKind.ACTIONS, language, overdue_only=True)
    text = all_text(actions)
    assert t("actions_report_overdue") in text and t("overdue") in text
    overdue = [
        c for tb in actions.tables for row in tb.rows for c in row.cells if c.text == t.short_date(dt.date(2024, 6, 30))
    ]
    assert overdue and 'w:fill="FBE9E7"' in overdue[0]._tc.xml, "an overdue date is shaded"


def test_confidential_meetings_stay_out_of_word_briefs(sample_store, tmp_path):
    secret = Meeting(title="Closed-door talks on uranium", date=dt.date(2024, 5, 1), countries=["KE"],
                     classification=Classification.CONFIDENTIAL, summary="Nothing of this may leak")  # fmt: skip
    secret.statements = [Statement(speaker="Hidden Speaker", text="Hidden words")]
    secret.participants = [Participant("Hidden Counterpart", position="Minister of Mines", side=Side.COUNTERPART)]
    secret.actions = [Action(description="Hidden follow-up", owner="Secret Desk", due_date=dt.date(2024, 6, 1))]
    sample_store.repo.save_meeting(secret)
    for kind, more in ((ReportKind.COUNTRY, {"country": "KE"}), (ReportKind.ACTIONS, {})):
        document = written(sample_store.repo, tmp_path / f"{kind.value}.docx", kind, **more)
        header, footer = header_and_footer(document)
        everything = "\n".join([all_text(document), *header, *footer])
        with zipfile.ZipFile(tmp_path / f"{kind.value}.docx") as package:  # every part, not only the body
            raw = b"".join(package.read(name) for name in package.namelist())
        for hidden in ("uranium", "Nothing of this", "Hidden Speaker", "Hidden words", "Hidden Counterpart",
                       "Hidden follow-up", "Secret Desk"):  # fmt: skip
            assert hidden not in everything and hidden.encode() not in raw, (kind, hidden)
        assert "CONFIDENTIAL" not in everything
    included = written(sample_store.repo, tmp_path / "all.docx", ReportKind.COUNTRY, country="KE",
                       include_confidential=True)  # fmt: skip
    assert "uranium" in all_text(included) and header_and_footer(included)[0][0] == "CONFIDENTIAL"


def test_a_long_country_brief_in_word_has_a_contents_field_and_bookmarked_headings(store, tmp_path):
    base = Meeting(title="x", date=dt.date(2020, 1, 1), countries=["KZ", "KE"])
    for i in range(12):
        store.repo.save_meeting(dataclasses.replace(base, id=f"w-{i:02d}", title=f"Round {i}",
                                                    date=dt.date(2018 + i % 5, 3, 1 + i)))  # fmt: skip
    document = written(store.repo, tmp_path / "long.docx", ReportKind.COUNTRY, country="KE")
    assert any(code.startswith("TOC") for code in field_codes(document.element.body))
    settings = document.settings.element.xml
    assert "updateFields" in settings, "Word fills the contents in when the document is opened"
    assert 'w:name="figures"' in document.element.body.xml
