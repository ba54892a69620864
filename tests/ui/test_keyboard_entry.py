"""A whole meeting entered with key events only, each sent to the widget that has the focus, then read back from
the database field by field."""

from PySide6.QtCore import Qt

from app.services import people
from tests.ui.keyboard import CTRL, MOU, Keyboard, enter_mou
from tests.ui.test_main_window import make_window


def test_the_mou_meeting_is_entered_by_keyboard_alone(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    kb = Keyboard()
    seen = {}

    def type_it(editor):
        seen["first focus"] = editor.focusWidget() is editor.title
        enter_mou(kb)
        seen["problems"] = editor.problems.text()
        return editor.result() == 1

    dialogs.dialog_script = type_it
    window.meetings.table.setFocus()
    kb.press(Qt.Key.Key_N, CTRL)
    assert seen["first focus"], "the editor opens with the cursor in Title"
    assert seen["problems"] == ""
    [asked] = dialogs.asked
    assert "Looks like “Ambassador Sadykov meets Principal Secretary Sing'Oei" in asked, "the sample's record of it"
    [row] = [r for r in sample_store.repo.list_meetings() if r.title == MOU["title"]]
    m = sample_store.repo.get_meeting(row.id)
    assert m.date.isoformat() == MOU["date"] and m.end_date is None and m.time is None
    assert m.location == "Nairobi" and m.level.value == "ambassador" and m.format.value == "bilateral meeting"
    assert m.countries == ["KZ", "KE"]
    assert m.topics == ["political consultations", "high-level visits", "working groups"]
    assert m.summary == MOU["summary"] and m.outcomes == MOU["outcomes"]
    sadykov, singoei = m.participants
    known = people.get(sample_store.repo, sadykov.person_id)
    assert known is not None and "Барлыбай Садыков" in known.names, "picked: the person of the sample's records"
    held = known.latest_position()
    assert (sadykov.name, sadykov.position, sadykov.organisation, sadykov.country, sadykov.side.value) == (
        "Barlybay Sadykov", held.position, held.organisation, "KZ", "ours")  # fmt: skip
    assert (singoei.name, singoei.position, singoei.organisation, singoei.country, singoei.side.value) == (
        "Abraham Korir Sing'Oei",
        "Principal Secretary",
        "State Department for Foreign Affairs",
        "KE",
        "counterpart",
    )
    assert singoei.person_id == sample_store.repo.get_meeting("kzke-2024-consultations").participants[1].person_id
    assert [(s.speaker, s.text, s.language) for s in m.statements] == [MOU["statement"]]
    assert [(a.description, a.owner, a.committed_by.value, a.due_date.isoformat(), a.priority.value)
            for a in m.actions] == [
        ("Prepare the first round of political consultations", "Africa Department", "joint", "2024-09-30", "normal"),
        ("Propose the members of the working groups", "Embassy in Nairobi", "ours", "2024-05-31", "normal"),
    ]  # fmt: skip
    print(f"keys {kb.keys} for {kb.content} characters of content")
    assert kb.keys <= 1.05 * kb.content + 60, (kb.keys, kb.content)
