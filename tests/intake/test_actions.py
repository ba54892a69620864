"""Follow-ups: who is to act when the text names the one instructed, and the due date the text gives."""

import datetime as dt

import pytest

from app.domain.vocab import CommittedBy
from app.intake.actions import due_date_in, owner_in
from app.intake.read import read_release

MEETING = dt.date(2025, 6, 30)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The sides will draft a roadmap by the end of the year", dt.date(2025, 12, 31)),
        ("to finish the survey by the end of 2027", dt.date(2027, 12, 31)),
        ("подготовить соглашение до конца года", dt.date(2025, 12, 31)),
        ("провести заседание во втором полугодии 2026 года", dt.date(2026, 12, 31)),
        ("to open the office in the first half of 2026", dt.date(2026, 6, 30)),
        ("to hold the forum in March", dt.date(2026, 3, 31)),  # March is past for this year: next year's
        ("to send experts in September", dt.date(2025, 9, 30)),
        ("to sign it by 15 September", dt.date(2025, 9, 15)),
        ("договорились провести консультации до 1 марта 2026 года", dt.date(2026, 3, 1)),
        ("келесі жылы сапармен келу", dt.date(2026, 12, 31)),
        ("the visit took place in Astana", None),
        ("the May agreements were discussed", None),
    ],
)
def test_due_dates_the_text_gives(text: str, due: dt.date | None) -> None:
    assert due_date_in(text, MEETING) == due


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The President instructed the Government to prepare a plan of joint projects", "Government"),
        (
            "He instructed the Ministry of Trade and Integration to study the proposal",
            "Ministry of Trade and Integration",
        ),
        ("Глава государства поручил Правительству проработать вопрос", "Правительство"),
        ("Мемлекет басшысы Үкіметке бірлескен жобалардың тізімін әзірлеуді тапсырды", "Үкімет"),
        ("The sides agreed to meet again", ""),
    ],
)
def test_the_owner_is_the_one_instructed(text: str, owner: str) -> None:
    assert owner_in(text) == owner


def test_a_release_gives_each_action_its_owner_and_due_date() -> None:
    text = (
        "ASTANA, June 30 – President of Kazakhstan Kassym-Jomart Tokayev received the Foreign Minister of Ghana "
        "Kwame Mensah Boateng.\n"
        "The President instructed the Ministry of Foreign Affairs to prepare a visit of a business delegation to "
        "Accra by the end of the year.\n"
        "Boateng will send the draft agreement on air services in September.\n"
        "The sides agreed to hold the first business council in the first half of 2026."
    )
    draft = read_release(text, dt.date(2025, 6, 30))
    [ministry] = [a for a in draft.actions if "instructed" in a.description]
    assert ministry.owner == "Ministry of Foreign Affairs"
    assert ministry.due_date == dt.date(2025, 12, 31) and ministry.committed_by is CommittedBy.OURS
    [boateng] = [a for a in draft.actions if a.description.startswith("Boateng")]
    assert boateng.committed_by is CommittedBy.COUNTERPART and boateng.owner == "Kwame Mensah Boateng"
    assert boateng.due_date == dt.date(2025, 9, 30)
    joint = [a for a in draft.actions if a.committed_by is CommittedBy.JOINT]
    assert [a.due_date for a in joint] == [dt.date(2026, 6, 30)] and joint[0].owner == ""
