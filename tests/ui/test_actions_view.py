"""The actions view: every follow-up across meetings, filters, overdue rows marked, status changed in place,
double-click opens the meeting."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.domain.vocab import Status
from app.ui.actions_model import ACTION_ID_ROLE, OVERDUE_ROLE, STATUS_COLUMN, ActionsModel
from tests.conftest import SAMPLE_TODAY
from tests.ui.test_main_window import make_window


def open_actions(qtbot, store, dialogs):
    window = make_window(qtbot, store, dialogs)
    window.actions_model.set_today(SAMPLE_TODAY)
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.actions_view
    return window


def ids(model):
    return [model.index(r, 0).data(ACTION_ID_ROLE) for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester, sample_store):
    model = ActionsModel(sample_store.repo)
    model.activate()
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_open_actions_are_listed_with_the_overdue_one_marked(qtbot, sample_store, dialogs):
    window = open_actions(qtbot, sample_store, dialogs)
    model = window.actions_model
    open_ids = {a.action.id for a in sample_store.repo.list_actions() if not a.action.status.is_closed}
    assert set(ids(model)) == open_ids
    overdue = [
        model.index(r, 0).data(ACTION_ID_ROLE) for r in range(model.rowCount()) if model.index(r, 0).data(OVERDUE_ROLE)
    ]
    assert overdue == ["kzke-2023-09-19-a1"]
    row = ids(model).index("kzke-2023-09-19-a1")
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "overdue" in model.index(row, STATUS_COLUMN).data()
    assert window.actions_view.count_label.text() == f"{len(open_ids)} actions"


def test_the_overdue_filter_shows_exactly_the_overdue_ones(qtbot, sample_store, dialogs):
    window = open_actions(qtbot, sample_store, dialogs)
    qtbot.mouseClick(window.actions_view.overdue, Qt.MouseButton.LeftButton)
    assert ids(window.actions_model) == ["kzke-2023-09-19-a1"]
    qtbot.mouseClick(window.actions_view.overdue, Qt.MouseButton.LeftButton)
    assert len(ids(window.actions_model)) > 1


def test_mark_an_action_done_in_place(qtbot, sample_store, dialogs):
    window = open_actions(qtbot, sample_store, dialogs)
    model, table = window.actions_model, window.actions_view.table
    row = ids(model).index("kzke-2023-09-19-a1")
    revision = sample_store.repo.meeting_revision("kzke-2023-09-19")
    index = model.index(row, STATUS_COLUMN)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index) or table.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(Status.DONE.value))
    editor.activated.emit(editor.currentIndex())  # what choosing with the mouse or Enter does
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    action = sample_store.repo.get_action("kzke-2023-09-19-a1")
    assert action.status is Status.DONE and action.completed_on == SAMPLE_TODAY
    assert sample_store.repo.meeting_revision("kzke-2023-09-19") == revision + 1
    assert "status set to done" in window.statusBar().currentMessage().lower()
    assert not model.index(row, 0).data(OVERDUE_ROLE)


def test_status_filter_and_due_this_week(qtbot, sample_store, dialogs):
    window = open_actions(qtbot, sample_store, dialogs)
    page = window.actions_view
    page.status.setCurrentIndex([page.status.itemText(i) for i in range(page.status.count())].index("Done"))
    done = {a.action.id for a in sample_store.repo.list_actions() if a.action.status is Status.DONE}
    assert set(ids(window.actions_model)) == done
    page.status.setCurrentIndex(0)
    page.due_within.setFocus()
    qtbot.keyClick(page.due_within, Qt.Key.Key_Down)  # the next choice: due within 7 days
    assert page.due_within.currentData() == 7
    assert ids(window.actions_model) == [], "nothing in the sample falls due in the week after 2026-11-27"
    qtbot.mouseClick(page.overdue, Qt.MouseButton.LeftButton)
    assert page.due_within.currentData() == 0, "overdue and due-from-today exclude each other"
    assert ids(window.actions_model) == ["kzke-2023-09-19-a1"]


def test_double_click_opens_the_meeting(qtbot, sample_store, dialogs):
    window = open_actions(qtbot, sample_store, dialogs)
    model, table = window.actions_model, window.actions_view.table
    row = ids(model).index("kzke-2023-09-19-a1")
    rect = table.visualRect(model.index(row, 1))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )  # a double-click starts with a press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.meetings
    assert "Tokayev – Ruto meeting" in window.meetings.detail.toPlainText()
    selected = window.meetings.table.selectionModel().selectedRows()
    assert selected and window.model.row_at(selected[0].row()).id == "kzke-2023-09-19"
