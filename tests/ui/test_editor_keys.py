"""The editor's fields as a fast typist meets them: the country field, dates, long texts, drop-down cells, new rows,
and the warnings asked before saving. Keys go to whatever has the focus."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox

from app.ui.date_field import parse_typed_date
from app.ui.meeting_editor import MeetingEditor
from tests.ui.keyboard import ALT, CTRL, Keyboard
from tests.ui.test_main_window import make_window, visible_ids


@pytest.fixture
def editor(qtbot, dialogs):
    e = MeetingEditor(None, dialogs=dialogs)
    qtbot.addWidget(e)
    with qtbot.waitActive(e):
        e.show()
        e.activateWindow()
    return e


def codes(editor):
    return [editor.countries.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.countries.count())]


def test_the_country_field_adds_exactly_what_is_named(editor):
    kb = Keyboard()
    editor.country_picker.setFocus()
    kb.type("Kaz")
    kb.enter()
    assert codes(editor) == ["KZ"] and editor.country_picker.currentText() == "", "a unique start of a name"
    kb.type("ke")
    kb.enter()
    assert codes(editor) == ["KZ", "KE"], "a code"
    kb.type("Nige")
    kb.enter()
    assert codes(editor) == ["KZ", "KE"] and editor.country_picker.currentText() == "Nige", "kept to be finished"
    assert "could be Niger, Nigeria" in editor.messages["countries"].text()
    kb.type("ria")
    kb.enter()
    assert codes(editor)[-1] == "NG" and not editor.messages["countries"].isVisible()
    kb.type("Atlantis")
    kb.enter()
    assert "No country is called “Atlantis”" in editor.messages["countries"].text()
    assert codes(editor) == ["KZ", "KE", "NG"]


def test_backspace_and_delete_remove_countries(editor):
    kb = Keyboard()
    editor.country_picker.setFocus()
    for code in ("KZ", "KE", "UG"):
        kb.type(code)
        kb.enter()
    kb.press(Qt.Key.Key_Backspace)
    assert codes(editor) == ["KZ", "KE"], "Backspace in the empty field takes the last one back"
    editor.countries.setFocus()
    editor.countries.setCurrentRow(0)
    kb.press(Qt.Key.Key_Delete)
    assert codes(editor) == ["KE"]


def test_a_country_highlighted_in_the_list_is_added_and_the_field_emptied(qtbot, editor):
    kb = Keyboard()
    editor.country_picker.setFocus()
    kb.type("Ken")
    popup = editor.country_picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    kb.press(Qt.Key.Key_Down)
    kb.enter()
    qtbot.waitUntil(lambda: editor.country_picker.currentText() == "")
    assert codes(editor) == ["KE"]
    qtbot.wait(20)
    assert editor.country_picker.currentText() == "", "nothing comes back into the field (no Afghanistan)"
    assert codes(editor) == ["KE"]


@pytest.mark.parametrize(
    ("typed", "locale", "day"),
    [("2024-03-09", "en_GB", dt.date(2024, 3, 9)), ("20240309", "en_GB", dt.date(2024, 3, 9)),
     ("09.03.2024", "ru_RU", dt.date(2024, 3, 9)), ("9/3/24", "en_US", dt.date(2024, 9, 3)),
     ("09/03/2024", "en_GB", dt.date(2024, 3, 9))],
)  # fmt: skip
def test_dates_are_read_in_the_forms_people_type(typed, locale, day):
    assert parse_typed_date(typed, QLocale(locale)) == day


@pytest.mark.parametrize("typed", ["2024-02-30", "2024-3", "9 March", "03/09", "banana", "2024-13-01"])
def test_anything_else_is_refused_not_reinterpreted(typed):
    with pytest.raises(ValueError, match=r"2024-03-09|not a real date"):
        parse_typed_date(typed, QLocale("en_GB"))


def test_a_typed_date_is_kept_as_typed_and_a_bad_one_blocks_saving(editor, dialogs):
    kb = Keyboard()
    editor.title.setFocus()
    kb.type("Talks")
    kb.tab()
    kb.type("2024-03-09")
    kb.tab()
    assert editor.date.text() == "2024-03-09", "never turned into another day"
    editor.date.setFocus()
    editor.date.selectAll()
    kb.type("20240311")
    kb.tab()
    assert editor.date.text() == "2024-03-11", "the compact form is shown the one way dates are written"
    editor.end_date.setFocus()
    kb.type("banana")
    editor.save_button.click()
    assert editor.result() != 1 and "banana" in editor.messages["date"].text()


def test_tab_leaves_a_long_text_and_ctrl_tab_types_a_tab(editor):
    kb = Keyboard()
    editor.summary.setFocus()
    kb.type("First")
    kb.press(Qt.Key.Key_Tab, CTRL)
    kb.type("second")
    kb.tab()
    assert editor.summary.toPlainText() == "First\tsecond"
    assert editor.focusWidget() is editor.outcomes


def test_drop_down_cells_take_a_letter_and_open_only_on_f4(qtbot, editor):
    kb = Keyboard()
    editor.tabs.setCurrentWidget(editor.participants)
    table = editor.participants.table
    table.setFocus()
    kb.type("Wanjiru Kamau")  # typing into an empty table starts its first row
    kb.tab(4)
    assert (table.currentRow(), table.currentColumn()) == (0, 4)
    assert table.state() != QAbstractItemView.State.EditingState, "Tab never opens a drop-down"
    kb.type("c")
    assert table.item(0, 4).text() == "Counterpart"
    kb.type("t")
    assert table.item(0, 4).text() == "Third party"
    kb.press(Qt.Key.Key_Down, ALT)
    combo = table.findChild(QComboBox)
    assert combo is not None and combo.isVisible(), "Alt+Down opens the list"
    kb.press(Qt.Key.Key_Escape)
    kb.press(Qt.Key.Key_Insert)
    assert (table.rowCount(), table.currentRow(), table.currentColumn()) == (2, 1, 0)
    assert table.state() == QAbstractItemView.State.EditingState, "the cursor is in the new row's first cell"
    kb.type("Ерлан Карин")
    kb.tab()
    assert editor.participants.rows()[1]["name"] == "Ерлан Карин"


def test_keep_editing_or_save_anyway_after_a_warning(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def type_it(editor):
        kb = Keyboard()
        kb.type("A call without a country")
        dialogs.answers = [1]  # keep editing
        editor.save_button.click()
        seen["open after keep editing"] = editor.result() != 1
        seen["saved meanwhile"] = sample_store.repo.count_meetings()
        dialogs.answers = [0]  # save anyway
        editor.save_button.click()
        return editor.result() == 1

    dialogs.dialog_script = type_it
    window.meetings.table.setFocus()
    Keyboard().press(Qt.Key.Key_N, CTRL)
    assert seen == {"open after keep editing": True, "saved meanwhile": 3}
    assert any("No country" in q for q in dialogs.asked)
    [row] = [r for r in sample_store.repo.list_meetings() if r.title == "A call without a country"]
    window.show_meeting(row.id)
    assert "No country: the meeting will not appear" in window.meetings.detail.toPlainText(), "and with the record"
    assert row.id in visible_ids(window)
