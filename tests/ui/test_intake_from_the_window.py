"""A press release pasted into the window: read into a draft that opens in the editor beside the release, the
sentence of the field in focus marked; nothing is saved until Save, and closing the draft asks first."""

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.keyboard import CTRL, SHIFT, Keyboard
from tests.ui.test_main_window import make_window

RELEASE = (
    "ASTANA, March 9 – Ambassador of Kazakhstan to Kenya Barlybay Sadykov met the Principal Secretary of the "
    "State Department for Foreign Affairs of Kenya Abraham Korir Sing'Oei in Nairobi.\n"
    "The sides agreed to hold political consultations in the autumn."
)


def test_a_release_becomes_a_draft_beside_its_text_and_is_saved_from_the_editor(qtbot, sample_store, dialogs):
    make_window(qtbot, sample_store, dialogs)  # the keys go to its window
    before = sample_store.repo.count_meetings()
    seen = {}

    def script(dialog):
        if type(dialog).__name__ == "IntakeDialog":
            dialog.text.setPlainText(RELEASE)
            dialog.published.setText("2024-03-10")
            seen["saved while reading"] = sample_store.repo.count_meetings()
            dialog.read_button.click()
            return dialog.result() == 1
        editor = dialog
        seen["title"] = editor.title.text()
        seen["countries"] = editor.countries.count()
        editor.location.setFocus()
        seen["place sentence"] = editor.release.shown.sentence if editor.release.shown else ""
        editor.tabs.setCurrentWidget(editor.participants)
        editor.participants.table.setFocus()
        editor.participants.table.setCurrentCell(0, 0)
        editor.title.setFocus()
        editor.participants.table.setFocus()
        seen["participant sentence"] = editor.release.shown.sentence if editor.release.shown else ""
        dialogs.answers = [0]  # save anyway (it looks like the sample's 7 March record)
        editor.save_button.click()
        return editor.result() == 1

    dialogs.dialog_script = script
    Keyboard().press(Qt.Key.Key_N, CTRL | SHIFT)
    assert seen["saved while reading"] == before
    assert seen["title"].startswith("Ambassador of Kazakhstan to Kenya Barlybay Sadykov met"), "without the dateline"
    assert seen["countries"] == 2
    assert "in Nairobi" in seen["place sentence"]
    assert "Barlybay Sadykov" in seen["participant sentence"]
    assert sample_store.repo.count_meetings() == before + 1
    [saved] = [r for r in sample_store.repo.list_meetings() if r.date == dt.date(2024, 3, 9)]
    meeting = sample_store.repo.get_meeting(saved.id)
    assert meeting.location == "Nairobi" and meeting.countries == ["KZ", "KE"]
    assert {p.name for p in meeting.participants} >= {"Barlybay Sadykov", "Abraham Korir Sing'Oei"}


def test_closing_a_draft_asks_before_dropping_it(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    before = sample_store.repo.count_meetings()

    def script(dialog):
        if type(dialog).__name__ == "IntakeDialog":
            dialog.text.setPlainText(RELEASE)
            dialog.read_button.click()
            return dialog.result() == 1
        dialogs.answers = [1]  # discard
        dialog.reject()
        return False

    dialogs.dialog_script = script
    window.new_from_release()
    assert any("Discard the changes" in q for q in dialogs.asked), "the draft is not dropped without asking"
    assert sample_store.repo.count_meetings() == before


def test_an_empty_paste_is_refused_in_the_dialog(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def script(dialog):
        dialog.read_button.click()
        seen["message"] = dialog.message.text()
        seen["open"] = dialog.result() != 1
        return False

    dialogs.dialog_script = script
    window.new_from_release()
    assert seen == {"message": "the text is empty: paste a press release or give a file that holds one", "open": True}


TWO_MEETINGS = (
    "Foreign Minister receives two ambassadors\n"
    "ASTANA, 12 March – Foreign Minister of Kazakhstan Murat Nurtleu received the Ambassador of Japan to "
    "Kazakhstan Ichiro Kato. The sides agreed to hold consultations on transit in May. The ministry will prepare "
    "a visit of Japanese investors by the end of the year.\n"
    "Later that day, Nurtleu met the Ambassador of Brazil Carlos Silva Mendes. Mendes invited the minister to "
    "visit Brasilia next year."
)


def test_a_release_of_two_meetings_opens_two_drafts_and_a_dropped_proposal_stays_out(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    before = sample_store.repo.count_meetings()
    seen: dict[str, object] = {"titles": []}

    def script(dialog):
        if type(dialog).__name__ == "IntakeDialog":
            dialog.text.setPlainText(TWO_MEETINGS)
            dialog.published.setText("2025-03-12")
            dialog.read_button.click()
            return dialog.result() == 1
        editor = dialog
        seen["titles"].append(editor.windowTitle())
        if len(seen["titles"]) == 1:
            actions = editor.actions_table
            editor.tabs.setCurrentWidget(actions)
            assert actions.table.rowCount() == 2
            first_tip = actions.table.item(0, 0).toolTip()
            seen["tip"] = first_tip
            seen["new person note"] = editor.participants.table.item(1, 0).toolTip()
            actions.table.setFocus()
            actions.table.setCurrentCell(0, 0)
            qtbot.keyClick(actions.table, Qt.Key.Key_Delete)  # drop the first proposal
            actions.table.setCurrentCell(0, 1)
            seen["after drop"] = editor.release.shown.sentence if editor.release.shown else ""
        editor.save_button.click()
        return editor.result() == 1

    dialogs.dialog_script = script
    dialogs.answers = [0, 0, 0]  # save anyway, if any warning asks
    window.new_from_release()
    assert seen["titles"] == ["Meeting 1 of 2 from a press release", "Meeting 2 of 2 from a press release"]
    assert "From the release: “The sides agreed to hold consultations" in seen["tip"]
    assert "New: added to People" in seen["new person note"]
    assert seen["after drop"].startswith("The ministry will prepare"), "the mark follows the row, not its number"
    assert sample_store.repo.count_meetings() == before + 2
    saved = [sample_store.repo.get_meeting(r.id) for r in sample_store.repo.list_meetings()
             if r.date == dt.date(2025, 3, 12)]  # fmt: skip
    by_country = {m.countries[-1]: m for m in saved}
    japan, brazil = by_country["JP"], by_country["BR"]
    assert [a.description for a in japan.actions] == [
        "The ministry will prepare a visit of Japanese investors by the end of the year"
    ], "the dropped proposal is not saved"
    assert japan.actions[0].due_date == dt.date(2025, 12, 31)
    assert {p.name for p in brazil.participants} == {"Murat Nurtleu", "Carlos Silva Mendes"}
    assert brazil.actions[0].due_date == dt.date(2026, 12, 31)
