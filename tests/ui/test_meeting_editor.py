"""The meeting editor, driven like a person would: typing, Tab, Insert for a new row, the Save button."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from tests.ui.conftest import type_text
from tests.ui.test_main_window import make_window, visible_ids


def fill_cell(qtbot, table, row, column, text):
    def open_editors():
        found = [*table.viewport().findChildren(QLineEdit), *table.viewport().findChildren(QPlainTextEdit)]
        return [e for e in found if e.isVisible()]

    if not (open_editors() and (table.currentRow(), table.currentColumn()) == (row, column)):
        table.setCurrentCell(row, column)
        table.editItem(table.item(row, column))
    [editor] = open_editors()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab ends the cell (Enter is a new line in a long text)
    qtbot.wait(1)  # the view commits a cell through a queued call


def test_create_a_meeting_with_people_a_statement_and_two_actions(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def fill(editor):
        editor.title.setFocus()
        type_text(editor.title, "Консультации по зерну в Найроби")
        editor.date.setFocus()
        editor.date.selectAll()
        type_text(editor.date, "20261005")  # the compact form is read too
        type_text(editor.location, "Nairobi")
        editor.country_picker.setFocus()
        type_text(editor.country_picker.lineEdit(), "Kenya")
        qtbot.keyClick(editor.country_picker.lineEdit(), Qt.Key.Key_Return)
        type_text(editor.country_picker.lineEdit(), "KZ")
        qtbot.mouseClick(editor.add_country, Qt.MouseButton.LeftButton)
        type_text(editor.topics, "grain; logistics")
        editor.summary.setFocus()
        type_text(editor.summary, "Talks on grain exports through Mombasa.")

        editor.tabs.setCurrentWidget(editor.participants)  # as a click on the tab does
        people = editor.participants.table
        for i, (name, side) in enumerate((("Ерлан Қасымов", "ours"), ("Wanjiru Kamau", "counterpart"))):
            people.setFocus()
            qtbot.keyClick(people, Qt.Key.Key_Insert)
            fill_cell(qtbot, people, i, 0, name)
            people.setCurrentCell(i, 4)
            qtbot.keyClick(people, side[0])  # a letter chooses in a drop-down cell
        editor.tabs.setCurrentWidget(editor.statements)
        editor.statements.add_button.click()
        fill_cell(qtbot, editor.statements.table, 0, 0, "Wanjiru Kamau")
        fill_cell(qtbot, editor.statements.table, 0, 1, "Kenya welcomes Kazakh grain.")
        editor.tabs.setCurrentWidget(editor.actions_table)
        actions = editor.actions_table.table
        for i, (what, due) in enumerate(
            (("Send the tariff figures", "2026-11-01"), ("Agree a date for the next round", ""))
        ):
            editor.actions_table.add_button.click()
            fill_cell(qtbot, actions, i, 0, what)
            if due:
                fill_cell(qtbot, actions, i, 3, due)
        seen["countries"] = [editor.countries.item(i).text() for i in range(editor.countries.count())]
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        seen["problems"] = editor.problems.text()
        return editor.result() == 1

    dialogs.dialog_script = fill
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["countries"] == ["KE — Kenya", "KZ — Kazakhstan"]
    assert seen["problems"] == ""
    rows = [r for r in sample_store.repo.list_meetings() if r.title == "Консультации по зерну в Найроби"]
    assert len(rows) == 1
    saved = sample_store.repo.get_meeting(rows[0].id)
    assert saved.countries == ["KE", "KZ"] and saved.topics == ["grain", "logistics"]
    assert [(p.name, p.side.value) for p in saved.participants] == [
        ("Ерлан Қасымов", "ours"),
        ("Wanjiru Kamau", "counterpart"),
    ]
    assert [s.text for s in saved.statements] == ["Kenya welcomes Kazakh grain."]
    assert [(a.description, a.due_date and a.due_date.isoformat()) for a in saved.actions] == [
        ("Send the tariff figures", "2026-11-01"), ("Agree a date for the next round", None)]  # fmt: skip
    assert saved.id in visible_ids(window), "found in the list"
    assert "Консультации по зерну" in window.meetings.detail.toPlainText()

    window.undo_action.trigger()  # Edit → Undo (the shortcut is driven in test_undo)
    assert not sample_store.repo.meeting_exists(saved.id), "a new meeting is undone by removing it"


def test_an_invalid_date_is_refused_with_its_message_and_nothing_is_lost(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    window.meetings.table.selectRow(visible_ids(window).index("kzke-2023-09-19"))
    seen = {}

    def edit(editor):
        editor.title.selectAll()
        type_text(editor.title, "Retitled meeting")
        editor.tabs.setCurrentWidget(editor.actions_table)
        actions = editor.actions_table.table
        fill_cell(qtbot, actions, 0, 3, "2024-02-30")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        seen["open"] = editor.isVisible() and editor.result() != 1
        seen["problems"] = editor.problems.text()
        seen["tooltip"] = actions.item(0, 3).toolTip()
        seen["title"] = editor.title.text()
        seen["cell"] = actions.item(0, 3).text()
        fill_cell(qtbot, actions, 0, 3, "2024-02-29")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        return editor.result() == 1

    dialogs.dialog_script = edit
    window.edit_action.trigger()
    assert seen["open"], "the editor stays open"
    assert "Action 1, Due date: '2024-02-30' is not a real date" in seen["problems"]
    assert "is not a real date" in seen["tooltip"]
    assert seen["title"] == "Retitled meeting" and seen["cell"] == "2024-02-30", "nothing typed is lost"
    saved = sample_store.repo.get_meeting("kzke-2023-09-19")
    assert saved.title == "Retitled meeting" and saved.actions[0].due_date.isoformat() == "2024-02-29"


def test_a_missing_title_is_marked_beside_the_field(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def empty(editor):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        seen["beside"] = editor.messages["title"].text() if editor.messages["title"].isVisible() else ""
        editor.title.setFocus()
        type_text(editor.title, "Call")
        seen["after typing"] = editor.messages["title"].isVisible()
        seen["combo"] = isinstance(editor.format, QComboBox)
        editor.reject()
        return False

    dialogs.dialog_script = empty
    window.new_action.trigger()
    assert seen["beside"] == "is required"
    assert seen["after typing"] is False, "the message goes once the title is typed"
    assert sample_store.repo.count_meetings() == 3


def test_saving_an_untouched_meeting_changes_none_of_its_fields(qtbot, sample_store, dialogs):
    import dataclasses

    window = make_window(qtbot, sample_store, dialogs)
    repo = sample_store.repo
    for meeting_id in ("kzke-2023-09-19", "kzke-2024-credentials", "kzke-2024-consultations"):
        before = repo.get_meeting(meeting_id)
        dialogs.dialog_script = lambda editor: (editor.save_button.click(), editor.result() == 1)[1]
        window.edit_meeting(meeting_id)
        after = repo.get_meeting(meeting_id)
        assert after.revision == before.revision + 1
        same = ("created_at", "updated_at", "revision")
        assert dataclasses.replace(after, **{k: getattr(before, k) for k in same}) == before, meeting_id


def test_closing_with_unsaved_edits_asks_first(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def typed_then_escape(editor):
        type_text(editor.title, "Half-written notes")
        dialogs.answers = [0]  # "Keep editing"
        editor.reject()  # what Escape, Cancel and the window's close button do
        seen["still_open"] = editor.isVisible() and editor.title.text() == "Half-written notes"
        dialogs.answers = [1]  # "Discard changes"
        editor.reject()
        seen["closed"] = not editor.isVisible()
        return False

    dialogs.dialog_script = typed_then_escape
    window.new_action.trigger()
    assert any("Discard the changes" in q for q in dialogs.asked)
    assert seen == {"still_open": True, "closed": True}
    assert sample_store.repo.count_meetings() == 3
