"""A record's text for the search index: its words and the name keys of the names in it, whichever way made."""

import datetime as dt

from app.domain.names import text_keys
from app.domain.records import Action, Meeting, Participant
from app.domain.search_text import document, record_document


def test_a_documents_keys_are_those_of_its_whole_text():
    parts = (
        "Уильям Руто",
        "President of the Republic of Kenya",
        "Sing'Oei and Тоқаевтың aides met O'Brien",
        "",
        "Kassym-Jomart Tokayev " * 20,  # long: not kept between calls
        "Уильям Руто",
    )
    for _ in range(2):  # the second time from what was kept of the short parts
        text = "\n".join(p for p in parts if p)
        assert document(*parts) == text + "\n" + " ".join(text_keys(text))
    assert document("plain words only") == "plain words only"


def test_a_records_text_holds_its_fields_and_the_keys_of_their_names():
    meeting = Meeting(title="Talks in Астана", date=dt.date(2024, 5, 1), countries=["KZ", "KE"], summary="Садыков")
    text = record_document(meeting)
    assert text.startswith("Talks in Астана\nKZ; KE\nKazakhstan Kenya\nСадыков\n")
    assert "sadikov" in text.split("\n")[-1]
    assert record_document(Participant(name="Уильям Руто", position="President")).split("\n")[:2] == [
        "Уильям Руто", "President"]  # fmt: skip
    assert record_document(Action(description="Send the draft", owner="Sadykov", notes="")).startswith(
        "Send the draft\nSadykov"
    )
