"""Saving a meeting another desk saved meanwhile: their other fields are kept with mine without a question; the
same field changed on both sides is shown side by side (before, saved elsewhere, yours) and the person chooses.
Cancelled, nothing is saved and the editor keeps what was typed."""

import dataclasses

from PySide6.QtCore import Qt

from app.services.changes import ChangeService
from tests.ui.test_main_window import make_window

MEETING = "kzke-2023-09-19"


def _other_desk_saves(store, **fields):
    other = ChangeService(store.repo, "other.desk")
    current = store.repo.get_meeting(MEETING)
    other.save_meeting(dataclasses.replace(current, **fields), expected_revision=current.revision)


def test_a_conflict_is_shown_side_by_side_and_settled_by_the_person(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def script(dialog):
        if type(dialog).__name__ == "MeetingEditor":
            _other_desk_saves(sample_store, title="Title from the other desk", summary="Summary from the other desk")
            dialog.title.selectAll()
            qtbot.keyClicks(dialog.title, "My title")
            dialog.outcomes.setPlainText("Outcomes typed here")
            dialog.save_button.click()
            return dialog.result() == 1
        table = dialog.table
        seen["rows"] = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
        choice = dialog.choices[0]
        choice.setFocus()
        qtbot.keyClick(choice, Qt.Key.Key_Up)  # from "Yours" to "Saved elsewhere", by the keyboard
        dialog.save_button.click()
        return dialog.result() == 1

    dialogs.dialog_script = script
    dialogs.answers = [0, 0]
    window.edit_meeting(MEETING)
    assert seen["rows"] == [["Title", "Tokayev – Ruto meeting on the sidelines of UNGA 78", "Title from the other desk",
                             "My title"]]  # fmt: skip
    saved = sample_store.repo.get_meeting(MEETING)
    assert saved.title == "Title from the other desk", "the person chose the other desk's title"
    assert saved.summary == "Summary from the other desk", "their field that did not conflict is kept"
    assert saved.outcomes == "Outcomes typed here", "my field that did not conflict is saved"


def test_cancelling_the_choice_saves_nothing_and_keeps_the_editor_open(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def script(dialog):
        if type(dialog).__name__ == "MeetingEditor":
            _other_desk_saves(sample_store, title="Title from the other desk")
            dialog.title.setText("My title")
            dialog.save_button.click()
            seen["still open"] = dialog.result() != 1 and dialog.title.text() == "My title"
            seen["message"] = dialog.problems.text()
            dialog.reject()
            return False
        dialog.reject()
        return False

    dialogs.dialog_script = script
    dialogs.answers = [0, 1, 1]
    window.edit_meeting(MEETING)
    assert seen["still open"]
    assert "changed at another desk" in seen["message"]
    assert sample_store.repo.get_meeting(MEETING).title == "Title from the other desk"
