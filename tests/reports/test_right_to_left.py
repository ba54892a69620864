"""Arabic and Persian names in the briefs: letters joined in their contextual forms and each right-to-left run laid
out from right to left in the PDF (reportlab draws characters as given); Word and the window do it themselves."""

import datetime as dt
import unicodedata

import docx
from pypdf import PdfReader

from app.domain.records import Meeting, Participant
from app.domain.vocab import Side
from app.reports.briefs import ReportOptions, meeting_brief
from app.reports.rtl import visual

CROWN_PRINCE = "محمد بن سلمان"
FOREIGN_MINISTER = "عباس عراقچی"  # Persian: the letter che (چ) and Farsi yeh (ی)


def meeting() -> Meeting:
    return Meeting(id="sa-1", title=f"Talks with {CROWN_PRINCE}", date=dt.date(2024, 1, 2), countries=["SA", "IR"],
                   participants=[Participant(CROWN_PRINCE, "ولي العهد", side=Side.COUNTERPART),
                                 Participant(FOREIGN_MINISTER, "وزیر امور خارجه", side=Side.THIRD_PARTY)])  # fmt: skip


def test_the_pdf_draws_joined_letters_in_right_to_left_order(tmp_path):
    out = tmp_path / "rtl.pdf"
    meeting_brief(meeting(), out, ReportOptions(paper="a4"))
    text = PdfReader(out).pages[0].extract_text()
    shaped = [c for c in text if "\ufe70" <= c <= "\ufeff" or "\ufb50" <= c <= "\ufdff"]
    assert len(shaped) > 20, "the letters are drawn in their joined (presentation) forms"
    logical = unicodedata.normalize("NFKC", text)
    assert CROWN_PRINCE in logical and FOREIGN_MINISTER in logical, "read back, the names come out whole"
    assert "Talks with" in text, "the English around a name is left as it is"


def test_a_right_to_left_run_is_shaped_and_reversed_and_the_rest_left_alone():
    drawn = visual(f"Talks with {CROWN_PRINCE} on trade")
    assert drawn.startswith("Talks with ") and drawn.endswith(" on trade")
    run = drawn.removeprefix("Talks with ").removesuffix(" on trade")
    assert unicodedata.normalize("NFKC", run)[::-1] == CROWN_PRINCE, "visual order is the logical one reversed"
    assert visual("Kassym-Jomart Tokayev, Қасым-Жомарт Тоқаев") == "Kassym-Jomart Tokayev, Қасым-Жомарт Тоқаев"


def test_word_keeps_the_names_as_written_for_word_to_lay_out(tmp_path):
    out = tmp_path / "rtl.docx"
    meeting_brief(meeting(), out, ReportOptions(paper="a4"))
    cells = [c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells]
    assert CROWN_PRINCE in cells and FOREIGN_MINISTER in cells
