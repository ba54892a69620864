"""A long country brief wastes no paper: at 1,000 meetings of every length, no page is filled less than half but the
last; measured on the PDF with pypdf (where the lowest line of each page's text body lies)."""

import datetime as dt
import random

from pypdf import PdfReader
from reportlab.lib.units import mm

from app.domain.records import Action, Meeting, Statement
from app.domain.vocab import Level, MeetingFormat
from app.reports.briefs import CounterpartLine, ReportOptions, country_brief
from app.reports.layout import MARGIN

WORDS = ("the", "sides", "discussed", "trade", "transit", "grain", "energy", "water", "consultations", "investment",
         "cooperation", "visas", "education", "culture", "Astana", "Nairobi", "memorandum", "agreement", "security",
         "climate", "digital", "health")  # fmt: skip


def meetings(count: int, seed: int = 7) -> list[Meeting]:
    rng = random.Random(seed)
    made = []
    for i in range(count):
        sentences = [
            " ".join(rng.choices(WORDS, k=rng.randint(8, 24))).capitalize() + "." for _ in range(rng.randint(1, 14))
        ]
        cut = rng.randint(1, len(sentences))
        summary = " ".join(sentences[:cut]) + ("\n\n" + " ".join(sentences[cut:]) if sentences[cut:] else "")
        made.append(Meeting(
            id=f"fill-{i}", title=f"Consultations round {i}: " + " ".join(rng.choices(WORDS, k=rng.randint(2, 12))),
            date=dt.date(2015, 1, 1) + dt.timedelta(days=4 * i), countries=["KZ", "KE"],
            format=rng.choice(list(MeetingFormat)), level=rng.choice(list(Level)), location="Nairobi, Kenya",
            summary=summary,
            statements=[Statement(speaker="Speaker " + str(k), text=" ".join(rng.choices(WORDS, k=rng.randint(6, 40))))
                        for k in range(rng.choice((0, 0, 1, 2, 3)))],
            actions=[Action(description=" ".join(rng.choices(WORDS, k=rng.randint(3, 14))), owner="Africa Department",
                            due_date=dt.date(2027, 1, 1) + dt.timedelta(days=i))
                     for _ in range(rng.choice((0, 0, 0, 1, 2)))],
        ))  # fmt: skip
    return made


def lowest_body_line(page, top: float, bottom: float) -> float:
    lows = []

    def seen(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5] if cm else tm[5]
        if text.strip() and bottom - 2 <= y <= top:
            lows.append(y)

    page.extract_text(visitor_text=seen)
    return min(lows) if lows else top


def test_no_page_of_a_thousand_meeting_brief_is_less_than_half_full(tmp_path):
    out = tmp_path / "long.pdf"
    people = [CounterpartLine(f"Counterpart {i}", "Minister", 3, dt.date(2024, 1, i + 1)) for i in range(20)]
    country_brief("KE", meetings(1000), out, ReportOptions(paper="a4", today=dt.date(2026, 11, 27)),
                  counterparts=people)  # fmt: skip
    reader = PdfReader(out)
    height = float(reader.pages[0].mediabox.height)
    top, bottom = height - (MARGIN + 8 * mm), MARGIN + 6 * mm  # the text body between header and footer
    fills = [(top - lowest_body_line(page, top, bottom)) / (top - bottom) for page in reader.pages]
    assert len(fills) > 100
    thin = [(number, round(fill, 2)) for number, fill in enumerate(fills[:-1], start=1) if fill < 0.5]
    assert thin == [], f"pages filled less than half: {thin}"
    assert sum(fills[:-1]) / len(fills[:-1]) > 0.85, "pages are well filled on the whole"
