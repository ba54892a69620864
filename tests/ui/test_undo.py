"""Undo and redo (Ctrl+Z, Ctrl+Shift+Z) of deletions and status changes, driven from the keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.domain.vocab import Status
from app.ui.actions_model import ACTION_ID_ROLE, STATUS_COLUMN
from tests.conftest import SAMPLE_TODAY
from tests.ui.test_main_window import make_window, visible_ids

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_delete_a_meeting_and_undo_it(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    repo = sample_store.repo
    before = repo.get_meeting("kzke-2023-09-19")
    row = visible_ids(window).index("kzke-2023-09-19")
    window.meetings.table.selectRow(row)
    window.meetings.table.setFocus()
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_Delete)
    assert any("Delete “Tokayev – Ruto meeting" in q for q in dialogs.asked)
    assert not repo.meeting_exists("kzke-2023-09-19")
    assert "kzke-2023-09-19" not in visible_ids(window)
    assert not any(a.action.meeting_id == "kzke-2023-09-19" for a in repo.list_actions(limit=100))

    qtbot.keyClick(window.meetings.table, Qt.Key.Key_Z, CTRL)
    restored = repo.get_meeting("kzke-2023-09-19")
    assert restored.title == before.title and restored.created_at == before.created_at
    assert [a.id for a in restored.actions] == [a.id for a in before.actions]
    assert [p.name for p in restored.participants] == [p.name for p in before.participants]
    assert "kzke-2023-09-19" in visible_ids(window)
    assert {h.meeting_id for h in repo.search("Mombasa")} >= {"kzke-2023-09-19"}, "searchable again"

    qtbot.keyClick(window.meetings.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert not repo.meeting_exists("kzke-2023-09-19")


def test_cancelling_the_question_deletes_nothing(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    dialogs.answers = [1]
    window.meetings.table.selectRow(0)
    window.delete_action.trigger()
    assert sample_store.repo.count_meetings() == 3 and not window.undo_stack.canUndo()


def test_a_status_change_is_undone_and_redone(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    window.actions_model.set_today(SAMPLE_TODAY)
    window.show_actions()
    model, table = window.actions_model, window.actions_view.table
    row = [model.index(r, 0).data(ACTION_ID_ROLE) for r in range(model.rowCount())].index("kzke-2023-09-19-a1")
    index = model.index(row, STATUS_COLUMN)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QComboBox)
    editor.setCurrentIndex(editor.findData(Status.CANCELLED.value))
    editor.activated.emit(editor.currentIndex())
    repo = sample_store.repo
    assert repo.get_action("kzke-2023-09-19-a1").status is Status.CANCELLED
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # closes the editor
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert repo.get_action("kzke-2023-09-19-a1").status is Status.IN_PROGRESS
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert repo.get_action("kzke-2023-09-19-a1").status is Status.CANCELLED


def test_ctrl_z_after_an_import_keeps_the_imported_summary_and_says_so(qtbot, sample_store, dialogs, tmp_path):
    """The sequence that lost data before: edit a meeting, import a workbook that changes its summary, Ctrl+Z."""
    import openpyxl

    from app.services.exchange import export_workbook, import_workbook
    from tests.ui.conftest import type_text

    window = make_window(qtbot, sample_store, dialogs)
    window.meetings.table.selectRow(visible_ids(window).index("kzke-2023-09-19"))

    def edit(editor):  # type: ignore[no-untyped-def]
        editor.title.selectAll()
        type_text(editor.title, "Retitled in the editor")
        editor.summary.setFocus()
        editor.summary.selectAll()
        type_text(editor.summary, "Summary typed in the editor")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        return editor.result() == 1

    dialogs.dialog_script = edit
    window.edit_action.trigger()
    repo = sample_store.repo
    assert repo.get_meeting("kzke-2023-09-19").summary == "Summary typed in the editor"

    book = tmp_path / "desk.xlsx"
    export_workbook(repo, book)
    wb = openpyxl.load_workbook(book)
    header = [c.value for c in wb["Meetings"][1]]
    for row in wb["Meetings"].iter_rows(min_row=2):
        if row[0].value == "kzke-2023-09-19":
            row[header.index("Summary")].value = "Summary from the workbook"
    wb.save(book)
    import_workbook(sample_store.db, repo, book)  # another door would do the same: a second window, a script

    window.meetings.table.setFocus()
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_Z, CTRL)
    after = repo.get_meeting("kzke-2023-09-19")
    assert after.summary == "Summary from the workbook", "undo never overwrites a later change"
    assert after.title != "Retitled in the editor", "what nobody changed since is taken back"
    assert any("summary was changed since" in text for text in dialogs.asked), dialogs.asked

    window.meetings.tabs.setCurrentWidget(window.meetings.history)
    history = window.meetings.history.toPlainText()
    assert history.index("Undo") < history.index("Import") < history.index("Edit"), history
    assert "Summary: “Summary typed in the editor” → “Summary from the workbook”" in history
    assert "Title: “Retitled in the editor” →" in history
