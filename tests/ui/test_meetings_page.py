import datetime as dt

from PySide6.QtCore import QDate, Qt

from app.ui.meetings_model import MEETING_ID_ROLE
from tests.ui.conftest import type_text
from tests.ui.test_main_window import make_window


def shown(window):
    return [window.model.index(r, 0).data(MEETING_ID_ROLE) for r in range(window.model.rowCount())]


def test_filters_by_date_format_level_and_country_then_clear(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    page = window.meetings
    assert len(shown(window)) == 3 and not page.clear_button.isEnabled()

    page.date_from.setDate(QDate(2024, 1, 1))
    assert shown(window) == ["kzke-2024-consultations", "kzke-2024-credentials"]
    assert page.clear_button.isEnabled()
    assert window.model.filter.date_from == dt.date(2024, 1, 1)

    page.level.setFocus()
    ambassador = page.level.findText("Ambassador")
    while page.level.currentIndex() != ambassador:
        qtbot.keyClick(page.level, Qt.Key.Key_Down)
    assert set(shown(window)) == {"kzke-2024-consultations", "kzke-2024-credentials"}
    page.format.setCurrentIndex(page.format.findText("Bilateral meeting"))
    assert shown(window) == ["kzke-2024-consultations"]
    assert page.count_label.text() == "1 meeting"

    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown(window)) == 3 and not page.clear_button.isEnabled()

    page.country.setFocus()
    type_text(page.country.lineEdit(), "France")
    assert shown(window) == [] and window.model.filter.country == "FR"
    page.country.lineEdit().clear()
    type_text(page.country.lineEdit(), "KE")
    assert len(shown(window)) == 3


def test_a_saved_meeting_hidden_by_the_filters_is_still_shown(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    window.meetings.date_from.setDate(QDate(2024, 1, 1))
    window.show_meeting("kzke-2023-09-19")
    assert not window.model.filter.narrows, "the filters were cleared to show it"
    selected = window.meetings.table.selectionModel().selectedRows()
    assert window.model.row_at(selected[0].row()).id == "kzke-2023-09-19"
