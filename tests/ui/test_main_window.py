from PySide6.QtCore import Qt

from app.services.store import open_store
from app.ui.main import open_store_interactively
from app.ui.main_window import SEARCH_DELAY_MS, MainWindow
from app.ui.meetings_model import MEETING_ID_ROLE, MeetingsModel
from tests.ui.conftest import type_text


def make_window(qtbot, store, dialogs, view="meetings"):
    """The window as a user finds it, then (by its shortcut) the view the test is about."""
    window = MainWindow(store, dialogs)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    if view == "meetings" and window.pages.currentWidget() is window.overview:
        qtbot.keyClick(window.pages, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is window.meetings
    return window


def visible_ids(window):
    model = window.model
    return [model.index(r, 0).data(MEETING_ID_ROLE) for r in range(model.rowCount())]


def test_an_empty_database_offers_the_sample_and_loads_it(qtbot, store, dialogs):
    window = make_window(qtbot, store, dialogs)
    assert window.pages.currentWidget() is window.welcome
    assert window.windowTitle() == "Aide-Mémoire — desk.sqlite"
    qtbot.mouseClick(window.welcome.load_sample_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.overview, "the home view comes first"
    recent = window.overview.recent
    assert [recent.topLevelItem(i).text(1) for i in range(recent.topLevelItemCount())][-1].startswith(
        "Tokayev – Ruto meeting"
    )
    qtbot.keyClick(window.pages, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.meetings
    assert visible_ids(window) == ["kzke-2024-consultations", "kzke-2024-credentials", "kzke-2023-09-19"]
    assert "Tokayev" in window.meetings.detail.toPlainText() or "Sing'Oei" in window.meetings.detail.toPlainText()
    assert store.repo.counts().meetings == 3


def test_search_as_you_type_finds_a_cyrillic_name(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    assert window.pages.currentWidget() is window.meetings
    window.meetings.table.setFocus()
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.meetings.search.hasFocus()
    type_text(window.meetings.search, "садыков")
    # The Russian record, and the English one that writes him Sadykov.
    expected = ["kzke-2024-consultations", "kzke-2024-credentials"]
    qtbot.waitUntil(lambda: visible_ids(window) == expected, timeout=SEARCH_DELAY_MS * 10)
    assert "Barlybay Sadykov" in window.meetings.detail.toPlainText()
    window.meetings.table.selectRow(1)
    assert "Барлыбай Садыков" in window.meetings.detail.toPlainText()
    assert window.meetings.count_label.text() == "2 meetings"
    window.meetings.search.clear()
    qtbot.waitUntil(lambda: len(visible_ids(window)) == 3, timeout=SEARCH_DELAY_MS * 10)


def test_the_detail_marks_the_overdue_action(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    window.meetings.table.selectRow(visible_ids(window).index("kzke-2023-09-19"))
    html = window.meetings.detail.toHtml()
    text = window.meetings.detail.toPlainText()
    assert "Send a Kazakh trade mission to Kenya" in text and "(overdue)" in text
    assert "#b3261e" in html


def test_sorting_by_a_header_click_happens_in_sql(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    window.meetings.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert visible_ids(window)[0] == "kzke-2023-09-19"
    window.meetings.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    titles = [window.model.index(r, 1).data() for r in range(3)]
    assert titles == sorted(titles, key=str.casefold)


def test_the_meetings_model_passes_the_model_tester(qtmodeltester, sample_store):
    model = MeetingsModel(sample_store.repo)
    qtmodeltester.check(model)


def test_the_model_fetches_pages_as_the_view_scrolls(sample_store):
    import dataclasses
    import datetime as dt

    from app.domain.records import Meeting

    for i in range(450):
        sample_store.repo.save_meeting(Meeting(title=f"Call {i}", date=dt.date(2020, 1, 1) + dt.timedelta(days=i)))
    model = MeetingsModel(sample_store.repo)
    assert model.total() == 453 and model.rowCount() == 200
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 453
    assert dataclasses.is_dataclass(model.row_at(452))


def test_a_second_copy_is_offered_read_only(qtbot, db_path, dialogs):
    first = open_store(db_path)
    try:
        dialogs.answers = [0]
        second = open_store_interactively(db_path, dialogs)
        assert second is not None and second.read_only
        assert "another copy of Aide-Mémoire" in dialogs.asked[0]
        window = make_window(qtbot, second, dialogs)
        assert "(read-only)" in window.windowTitle()
        assert not window.welcome.load_sample_button.isEnabled()
        second.close()
        dialogs.answers = [1]
        assert open_store_interactively(db_path, dialogs) is None
    finally:
        first.close()


def test_a_broken_database_is_reported_not_raised(tmp_path, dialogs):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00" * 4096)
    assert open_store_interactively(bad, dialogs) is None
    assert "not an Aide-Mémoire database" in dialogs.errors[0]


def test_the_days_backup_is_made_after_the_window_is_shown_and_a_save_goes_on_meanwhile(qtbot, sample_store,
                                                                                       dialogs):  # fmt: skip
    import sqlite3

    from app.storage.backup import list_backups

    assert list_backups(sample_store.path) == [], "the store was opened without its daily backup"
    window = make_window(qtbot, sample_store, dialogs)
    window.start_daily_backup()
    m = sample_store.repo.get_meeting("kzke-2023-09-19")
    m.location = "Saved while the backup ran"
    window.changes.save_meeting(m, expected_revision=m.revision)  # never blocked by the copy
    window.wait_for_background()
    qtbot.waitUntil(lambda: len(list_backups(sample_store.path, "daily")) == 1)
    copy = sqlite3.connect(list_backups(sample_store.path, "daily")[0])
    assert copy.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3
    copy.close()
    assert not dialogs.errors


def test_the_days_backup_begins_once_the_window_is_painted(qtbot, sample_store, dialogs):
    """As the program starts: asked for before the window shows, the backup waits for its first paint (a thread
    copying the database held that paint back), then begins at once, well before its two-second fallback."""
    import time

    from PySide6.QtWidgets import QApplication

    from app.storage.backup import list_backups

    window = MainWindow(sample_store, dialogs)
    qtbot.addWidget(window)
    window.start_daily_backup_once_painted()
    QApplication.processEvents()
    assert window._backup_thread is None and list_backups(sample_store.path) == [], "nothing before the paint"
    shown = time.monotonic()
    window.show()
    qtbot.waitUntil(lambda: window._backup_thread is not None, timeout=1500)
    assert time.monotonic() - shown < 1.5
    window.wait_for_background()
    assert len(list_backups(sample_store.path, "daily")) == 1
    assert not dialogs.errors


def test_a_change_made_elsewhere_reaches_the_list_within_seconds_keeping_the_selection(qtbot, db_path, dialogs):
    from app.services.changes import ChangeService
    from app.services.sample import load_sample
    from app.services.store import open_store

    with open_store(db_path) as writer:  # the copy that writes; the window reads beside it
        load_sample(writer.repo)
        with open_store(db_path, read_only=True) as reader:
            window = make_window(qtbot, reader, dialogs)
            window.meetings.table.selectRow(visible_ids(window).index("kzke-2024-credentials"))
            m = writer.repo.get_meeting("kzke-2023-09-19")
            m.title = "Retitled by another copy"
            ChangeService(writer.repo, user="elsewhere").save_meeting(m, expected_revision=m.revision)
            qtbot.waitUntil(
                lambda: "Retitled by another copy" in [window.model.index(r, 1).data() for r in range(3)],
                timeout=5000,
            )
            assert window._selected_row().id == "kzke-2024-credentials", "the selection stays where it was"
            window.close()


def test_a_file_whose_index_is_made_again_shows_how_far_that_is_before_the_window(qtbot, db_path):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from app.services.reading import MeetingFilter
    from tests.storage.test_search import _stale_file_of
    from tests.ui.conftest import ScriptedDialogs

    class Recording(QProgressDialog):
        def __init__(self, *args) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args)
            self.values: list[int] = []

        def setValue(self, value: int) -> None:
            self.values.append(value)
            super().setValue(value)

    made: list[Recording] = []

    class Watching(ScriptedDialogs):
        def working(self, parent, title, text, total):  # type: ignore[no-untyped-def]
            real = super().working(parent, title, text, total)
            assert not real.findChildren(QPushButton), "work that cannot stop offers no Cancel"
            made.append(Recording(text, "", 0, total, parent))
            return made[-1]

    _stale_file_of(db_path, 700)
    store = open_store_interactively(db_path, Watching())
    assert store is not None
    try:
        assert len(made) == 1 and "search index" in made[0].labelText()
        assert made[0].maximum() == 700 and made[0].values == [0, 500, 700]
        assert not made[0].isVisible(), "closed before the window opens"
        assert store.repo.count_meetings(MeetingFilter(text="grain")) == 700, "the list's own index made again too"
        assert len(store.repo.search("Grain talks 699")) >= 1
    finally:
        store.close()
    made.clear()
    again = open_store_interactively(db_path, Watching())
    assert again is not None
    again.close()
    assert made == [], "nothing shown when there is nothing to do"
    few = db_path.with_name("few.sqlite")
    _stale_file_of(few, 30)
    quick = open_store_interactively(few, Watching())
    assert quick is not None
    quick.close()
    assert made == [], "nor for the few meetings indexed in a blink"
