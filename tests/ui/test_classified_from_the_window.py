"""Confidential and secret meetings in the window: marked in the list and in search, left out of an export unless
the box is ticked (and then named in the file name), no meeting brief unless included."""

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from app.domain.vocab import Classification
from app.storage.repository import MeetingFilter
from tests.ui.test_exchange_from_the_window import wait_idle
from tests.ui.test_main_window import make_window

SECRET = "kzke-2023-09-19"


def _secret(store):  # type: ignore[no-untyped-def]
    m = store.repo.get_meeting(SECRET)
    m.classification = Classification.SECRET
    store.repo.save_meeting(m)


def _ids(path):  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [r[0] for r in book["Meetings"].iter_rows(min_row=2, values_only=True)]
    finally:
        book.close()


def test_search_marks_the_secret_meeting(qtbot, sample_store, dialogs):
    _secret(sample_store)
    window = make_window(qtbot, sample_store, dialogs)
    window.model.set_filter(MeetingFilter(text="Mombasa"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    title = window.model.index(0, 1).data()
    assert title.startswith("[SECRET] ")
    assert "left out of exports" in window.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_export_leaves_secret_meetings_out_unless_the_box_is_ticked(qtbot, sample_store, dialogs, tmp_path):
    _secret(sample_store)
    window = make_window(qtbot, sample_store, dialogs)
    seen = []

    def leave_as_it_is(dialog):  # type: ignore[no-untyped-def]
        box = dialog.findChild(QCheckBox)
        seen.append(box.isChecked())
        return True

    dialogs.dialog_script = leave_as_it_is
    dialogs.save_answer = tmp_path / "desk.xlsx"
    window.export_action.trigger()
    wait_idle(qtbot, window)
    assert seen == [False], "the box starts unticked"
    assert SECRET not in _ids(tmp_path / "desk.xlsx")
    assert "left out" in window.statusBar().currentMessage()

    def tick(dialog):  # type: ignore[no-untyped-def]
        box = dialog.findChild(QCheckBox)
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)  # ticked from the keyboard
        return box.isChecked()

    dialogs.dialog_script = tick
    dialogs.save_answer = tmp_path / "everything.xlsx"
    window.export_action.trigger()
    wait_idle(qtbot, window)
    written = tmp_path / "everything SECRET.xlsx"
    assert SECRET in _ids(written), list(tmp_path.iterdir())
    assert str(written) in window.statusBar().currentMessage()


def test_no_meeting_brief_of_a_secret_meeting_unless_included(qtbot, sample_store, dialogs, tmp_path):
    _secret(sample_store)
    window = make_window(qtbot, sample_store, dialogs)
    window.show_meeting(SECRET)

    def meeting_brief(dialog):  # type: ignore[no-untyped-def]
        dialog.meeting_radio.setChecked(True)
        assert not dialog.confidential.isChecked()
        dialog.path.setText(str(tmp_path / "brief.pdf"))
        return True

    dialogs.dialog_script = meeting_brief
    window.make_report()
    wait_idle(qtbot, window)
    assert dialogs.errors and "is marked" in dialogs.errors[-1] and "Include meetings" in dialogs.errors[-1]
    assert not list(tmp_path.glob("*.pdf"))
