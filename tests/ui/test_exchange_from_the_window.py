"""Export and import from the window: files chosen, work off the GUI thread, the preview, conflicts decided row by
row, problems listed to copy or save, and the last import undone."""

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.services.exchange import export_workbook
from app.storage.repository import MeetingFilter
from tests.ui.test_main_window import make_window


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks, timeout=20_000)


def test_export_from_the_menu_writes_the_workbook(qtbot, sample_store, dialogs, tmp_path):
    window = make_window(qtbot, sample_store, dialogs)
    dialogs.save_answer = tmp_path / "desk"  # the extension is added
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    out = tmp_path / "desk.xlsx"
    assert out.exists() and not dialogs.errors
    assert str(out) in window.statusBar().currentMessage()
    assert len(list(openpyxl.load_workbook(out, read_only=True)["Meetings"].iter_rows())) == 4


def test_export_of_what_the_list_shows(qtbot, sample_store, dialogs, tmp_path):
    window = make_window(qtbot, sample_store, dialogs)
    window.model.set_filter(MeetingFilter(text="Mombasa"))
    dialogs.answers = [1]  # "Only those shown"
    dialogs.save_answer = tmp_path / "shown.xlsx"
    window.export_action.trigger()
    wait_idle(qtbot, window)
    ids = [
        r[0]
        for r in openpyxl.load_workbook(tmp_path / "shown.xlsx", read_only=True)["Meetings"].iter_rows(
            min_row=2, values_only=True
        )
    ]
    assert ids == ["kzke-2023-09-19"]


def test_import_shows_a_preview_decides_a_conflict_and_can_be_undone(qtbot, sample_store, dialogs, tmp_path):
    book = tmp_path / "desk.xlsx"
    export_workbook(sample_store.repo, book)
    repo = sample_store.repo
    m = repo.get_meeting("kzke-2023-09-19")
    m.location = "Changed here"
    repo.save_meeting(m)
    wb = openpyxl.load_workbook(book)
    header = [c.value for c in wb["Meetings"][1]]
    for row in wb["Meetings"].iter_rows(min_row=2):
        if row[0].value == "kzke-2023-09-19":
            row[header.index("Location")].value = "Changed in the workbook"
        if row[0].value == "kzke-2024-credentials":
            row[header.index("Title")].value = "Вручение верительных грамот — исправлено"
    wb.save(book)

    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def decide(dialog):
        seen["summary"] = [[dialog.summary.item(r, c).text() for c in range(5)] for r in range(4)]
        seen["conflict_rows"] = list(dialog.conflict_choices)
        qtbot.mouseClick(dialog.take_all, Qt.MouseButton.LeftButton)
        texts = [dialog.changes.item(r, 4).text() for r in range(dialog.changes.rowCount())]
        seen["fields"] = texts
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result() == 1

    dialogs.dialog_script = decide
    dialogs.open_answer = book
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert seen["summary"][0] == ["Meetings", "0", "1", "1", "1"]
    assert len(seen["conflict_rows"]) == 1
    assert any("Location: “Changed here” → “Changed in the workbook”" in t for t in seen["fields"])
    assert repo.get_meeting("kzke-2023-09-19").location == "Changed in the workbook"
    assert repo.get_meeting("kzke-2024-credentials").title == "Вручение верительных грамот — исправлено"
    assert "1 updated" in window.statusBar().currentMessage() or "2 updated" in window.statusBar().currentMessage()
    assert window.undo_import_action.isEnabled()
    assert any(window.model.index(r, 1).data() == "Вручение верительных грамот — исправлено" for r in range(3))

    dialogs.answers = [0]
    window.undo_import_action.trigger()
    wait_idle(qtbot, window)  # the undo runs off the GUI thread
    assert repo.get_meeting("kzke-2023-09-19").location == "Changed here"
    assert repo.get_meeting("kzke-2024-credentials").title != "Вручение верительных грамот — исправлено"
    assert not window.undo_import_action.isEnabled()


def test_a_workbook_with_problems_lists_them_to_copy_and_save(qtbot, sample_store, dialogs, tmp_path):
    book = tmp_path / "bad.xlsx"
    export_workbook(sample_store.repo, book)
    wb = openpyxl.load_workbook(book)
    wb["Meetings"]["C2"] = "someday"
    wb.save(book)
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}
    dialogs.save_answer = tmp_path / "problems.txt"

    def look(dialog):
        seen["import_enabled"] = dialog.import_button.isEnabled()
        seen["listed"] = dialog.problems.toPlainText()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return False

    dialogs.dialog_script = look
    dialogs.open_answer = book
    window.import_action.trigger()
    wait_idle(qtbot, window)
    assert seen["import_enabled"] is False
    assert "Meetings row 2, column C (Date): 'someday' is not a date" in seen["listed"]
    assert "Meetings row 2, column C (Date)" in QGuiApplication.clipboard().text()
    assert "'someday' is not a date" in (tmp_path / "problems.txt").read_text(encoding="utf-8")


def test_a_file_that_is_no_workbook_gets_one_clear_message(qtbot, sample_store, dialogs, tmp_path):
    window = make_window(qtbot, sample_store, dialogs)
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    dialogs.open_answer = bad
    window.import_action.trigger()
    wait_idle(qtbot, window)
    assert len(dialogs.errors) == 1 and "it is a text file" in dialogs.errors[0]


def test_the_welcome_page_imports_a_workbook(qtbot, store, sample_store_elsewhere, dialogs):
    window = make_window(qtbot, store, dialogs)
    assert window.pages.currentWidget() is window.welcome
    dialogs.open_answer = sample_store_elsewhere
    dialogs.dialog_script = lambda dialog: (dialog.import_button.click(), dialog.result() == 1)[1]
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert window.pages.currentWidget() is window.overview
    assert window.overview.recent.topLevelItemCount() == 3
    assert store.repo.count_meetings() == 3
