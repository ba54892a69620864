"""Views refresh themselves from the change service's announcements, and only what a change touched: a row read
again in place keeps the selection and the scroll; the list is read again only when rows come, go or move."""

import dataclasses
import datetime as dt

import pytest

from app.domain.records import Meeting
from app.domain.vocab import Status
from app.services.reading import MeetingFilter
from app.ui.actions_model import ACTION_ID_ROLE
from tests.ui.test_main_window import make_window, visible_ids


class Watch:
    """What a model told its views: resets, and which rows changed."""

    def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
        self.resets = 0
        self.rows: list[int] = []
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(lambda first, last, roles=(): self.rows.extend(range(first.row(), last.row() + 1)))

    def _reset(self) -> None:
        self.resets += 1


@pytest.fixture
def busy_store(sample_store):  # type: ignore[no-untyped-def]
    for i in range(450):
        sample_store.repo.save_meeting(
            Meeting(id=f"call-{i:03}", title=f"Call {i}", date=dt.date(2020, 1, 1) + dt.timedelta(days=i))
        )
    return sample_store


def scrolled_to(window, meeting_id):  # type: ignore[no-untyped-def]
    assert window._select_meeting(meeting_id)
    row = visible_ids(window).index(meeting_id)
    return row, window.meetings.table.verticalScrollBar().value()


def test_an_edit_elsewhere_changes_its_row_in_place(qtbot, busy_store, dialogs):
    window = make_window(qtbot, busy_store, dialogs)
    row, scroll = scrolled_to(window, "call-100")
    assert scroll > 0, "the row is far enough down to scroll to"
    watch = Watch(window.model)
    meeting = busy_store.repo.get_meeting("call-100")
    window.changes.save_meeting(dataclasses.replace(meeting, title="Call 100, moved to Astana"))
    assert watch.resets == 0 and watch.rows == [row]
    assert window.model.index(row, 1).data() == "Call 100, moved to Astana"
    assert window._selected_row().id == "call-100"
    assert window.meetings.table.verticalScrollBar().value() == scroll
    assert "moved to Astana" in window.meetings.detail.toPlainText(), "the meeting view shows the edit"
    assert "moved to Astana" in window.meetings.history.toPlainText(), "and its history"


def test_a_change_to_a_meeting_the_list_does_not_show_leaves_it_alone(qtbot, busy_store, dialogs):
    window = make_window(qtbot, busy_store, dialogs)
    window.model.set_filter(dataclasses.replace(window.model.filter, country="KZ"))
    window.meetings.table.selectRow(1)
    shown = visible_ids(window)
    assert "call-007" not in shown
    watch = Watch(window.model)
    meeting = busy_store.repo.get_meeting("call-007")
    window.changes.save_meeting(dataclasses.replace(meeting, summary="Nothing to do with Kazakhstan"))
    assert (watch.resets, watch.rows) == (0, [])
    assert visible_ids(window) == shown and window._selected_row().id == shown[1]


def test_a_row_that_moves_or_leaves_the_filter_reads_the_list_again(qtbot, busy_store, dialogs):
    window = make_window(qtbot, busy_store, dialogs)
    scrolled_to(window, "call-100")
    watch = Watch(window.model)
    meeting = busy_store.repo.get_meeting("call-100")
    window.changes.save_meeting(dataclasses.replace(meeting, date=dt.date(2019, 6, 1)))
    assert watch.resets == 1, "a new date moves the row"
    assert window._selected_row().id == "call-100", "and the selection follows it"
    assert visible_ids(window).index("call-100") > visible_ids(window).index("call-000")

    window.model.set_filter(MeetingFilter(text="Call"))
    window.meetings.table.selectRow(0)
    watch = Watch(window.model)
    first = visible_ids(window)[0]
    window.changes.save_meeting(dataclasses.replace(busy_store.repo.get_meeting(first), title="Visit"))
    assert watch.resets == 1 and first not in visible_ids(window)
    assert window.meetings.count_label.text() == "449 meetings"


def test_a_deleted_meeting_not_yet_scrolled_to_changes_the_count(qtbot, busy_store, dialogs):
    window = make_window(qtbot, busy_store, dialogs)
    assert "call-000" not in visible_ids(window), "beyond the first page"
    window.changes.delete_meeting("call-000")
    assert window.meetings.count_label.text() == "452 meetings"


def test_a_status_changed_in_the_meeting_view_shows_in_both_lists_in_place(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    window.show_actions()
    model = window.actions_model
    ids = [model.index(r, 0).data(ACTION_ID_ROLE) for r in range(model.rowCount())]
    row = ids.index("kzke-2023-09-19-a1")
    actions_watch, meetings_watch = Watch(model), Watch(window.model)
    open_before = window.model.row_at(visible_ids(window).index("kzke-2023-09-19")).open_actions
    window.changes.set_status("kzke-2023-09-19-a1", Status.OPEN)
    assert actions_watch.resets == 0 and actions_watch.rows == [row]
    assert model.row_at(row).action.status is Status.OPEN
    assert meetings_watch.resets == 0, "the open count did not change: in place"
    window.changes.set_status("kzke-2023-09-19-a1", Status.DONE)
    assert actions_watch.resets == 1, "done leaves the open-only list"
    assert "kzke-2023-09-19-a1" not in [model.index(r, 0).data(ACTION_ID_ROLE) for r in range(model.rowCount())]
    meeting_row = window.model.row_at(visible_ids(window).index("kzke-2023-09-19"))
    assert meeting_row.open_actions == open_before - 1
