import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, Qt

from app.services.overview import read_overview
from app.services.sample import read_sample
from app.ui.actions_model import MEETING_ID_ROLE as ACTION_MEETING_ROLE
from app.ui.main_window import MainWindow
from app.ui.meetings_model import MEETING_ID_ROLE
from tests.ui.test_main_window import make_window


def texts(tree, column):
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def test_the_window_opens_on_the_overview_with_what_needs_attention(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs, view="overview")
    page = window.overview
    assert window.pages.currentWidget() is page and window.view_overview_action.isChecked()
    assert page.overdue_title.text() == "&Overdue actions (1)"
    assert texts(page.overdue, 1) == ["Send a Kazakh trade mission to Kenya"]
    assert page.overdue.topLevelItem(0).foreground(0).color().name() == "#b3261e"
    # The sample's other open actions fall due in 2027: nothing in the next fortnight.
    assert page.soon_title.text().startswith("Due in the next 14 days (0)")
    assert not page.all_soon.isEnabled()
    assert len(texts(page.recent, 1)) == 3 and texts(page.recent, 1)[0].startswith("Ambassador Sadykov meets")


def test_enter_on_an_overdue_action_opens_its_meeting(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs, view="overview")
    tree = window.overview.overdue
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.meetings
    selected = window.meetings.table.selectionModel().selectedRows()
    assert window.model.row_at(selected[0].row()).id == "kzke-2023-09-19"


def test_all_overdue_actions_opens_the_actions_view_filtered(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs, view="overview")
    qtbot.mouseClick(window.overview.all_overdue, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.actions_view
    assert window.actions_view.overdue.isChecked()
    model = window.actions_model
    assert [model.index(r, 0).data(ACTION_MEETING_ROLE) for r in range(model.rowCount())] == ["kzke-2023-09-19"]


def test_the_chart_counts_the_last_12_months_and_a_click_filters_the_meetings(qtbot, store, dialogs):
    today = dt.date.today()
    sample = read_sample()
    recent = [
        dataclasses.replace(m, id=f"recent-{i}", date=today - dt.timedelta(days=30 * i), participants=[],
                            statements=[], actions=[], countries=countries)
        for i, (m, countries) in enumerate(zip(sample, (["KZ", "KE"], ["KE"], ["FR"]), strict=True))
    ]  # fmt: skip
    old = dataclasses.replace(recent[0], id="old", date=today - dt.timedelta(days=400), countries=["FR"])
    for m in [*recent, old]:
        store.repo.save_meeting(m)
    overview = read_overview(store.repo, today)
    assert overview.per_country == [("KE", 2), ("FR", 1), ("KZ", 1)] and overview.in_every_meeting == []

    window = make_window(qtbot, store, dialogs, view="overview")
    chart = window.overview.chart
    assert chart.counts() == [("KE", 2), ("FR", 1), ("KZ", 1)]
    assert "Kenya: 2" in chart.accessibleDescription()
    row_height = chart.fontMetrics().height() + 10
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() // 2, 4 + row_height // 2))
    assert window.pages.currentWidget() is window.meetings
    assert window.meetings.country.code() == "KE"
    shown = [window.model.index(r, 0).data(MEETING_ID_ROLE) for r in range(window.model.rowCount())]
    assert shown == ["recent-0", "recent-1"], "the 400-day-old meeting is outside the chart's year"


def test_the_last_view_is_where_the_window_opens_next_time(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs, view="overview")
    qtbot.keyClick(window.pages, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.actions_view
    window.close()
    again = MainWindow(sample_store, dialogs)
    qtbot.addWidget(again)
    assert again.pages.currentWidget() is again.actions_view
    assert again.view_actions_action.isChecked()


def test_a_country_at_every_meeting_is_named_not_drawn(qtbot, sample_store, dialogs):
    """The desk's own country is on every record; as a bar it would dwarf the others."""
    today = dt.date.today()
    for i, countries in enumerate((["KZ", "KE"], ["KZ", "FR"], ["KZ", "KE"])):
        meeting = dataclasses.replace(read_sample()[0], id=f"y-{i}", date=today - dt.timedelta(days=10 * i),
                                      participants=[], statements=[], actions=[], countries=countries)  # fmt: skip
        sample_store.repo.save_meeting(meeting)
    overview = read_overview(sample_store.repo, today)
    assert overview.per_country == [("KE", 2), ("FR", 1)]
    assert overview.in_every_meeting == ["KZ"] and overview.meetings_in_year == 3
    window = make_window(qtbot, sample_store, dialogs, view="overview")
    note = window.overview.chart_note
    assert note.isVisible() and note.text() == "Kazakhstan took part in all 3 meetings and is not drawn."


def test_ctrl_f_on_the_overview_goes_to_the_meetings_search(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs, view="overview")
    window.overview.overdue.setFocus()
    qtbot.keyClick(window.overview.overdue, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.meetings
    assert window.meetings.search.hasFocus()


def test_overdue_beyond_the_counting_limit_reads_as_that_many_or_more(qtbot, sample_store, dialogs, monkeypatch):
    import app.services.overview
    import app.ui.overview_page
    from app.domain.records import Action

    meeting = sample_store.repo.get_meeting("kzke-2024-credentials")
    late = [Action(description=f"Reply to note {n}", due_date=dt.date(2025, 1, n + 1)) for n in range(4)]
    sample_store.repo.save_meeting(dataclasses.replace(meeting, actions=[*meeting.actions, *late]))
    for module in (app.services.overview, app.ui.overview_page):
        monkeypatch.setattr(module, "COUNTED_UP_TO", 3)
    window = make_window(qtbot, sample_store, dialogs, view="overview")
    assert window.overview.overdue_title.text() == "&Overdue actions (3+)"
    assert len(texts(window.overview.overdue, 1)) == 5, "the list itself is not cut at the count's limit"
    monkeypatch.setattr(app.services.overview, "COUNTED_UP_TO", 6)
    monkeypatch.setattr(app.ui.overview_page, "COUNTED_UP_TO", 6)
    window.show_overview()
    assert window.overview.overdue_title.text() == "&Overdue actions (5)"


def test_an_empty_list_says_so_in_one_line_across_the_table(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs, view="overview")
    window.resize(900, 600)
    soon = window.overview.soon
    item = soon.topLevelItem(0)
    message = "Nothing falls due in the next 14 days."
    assert soon.topLevelItemCount() == 1 and item.text(0) == message
    assert item.isFirstColumnSpanned()
    shown = soon.visualRect(soon.indexFromItem(item, 0))
    assert shown.width() >= soon.fontMetrics().horizontalAdvance(message), "the message is cut short"
