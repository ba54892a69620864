"""No two Alt+letter mnemonics in one window or dialog share a letter, in English, Russian and Kazakh: walked over
the main window in each of its views, each menu, and every dialog of the program."""

import re
from collections import Counter

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from app.services.exchange import export_workbook, plan_import
from app.ui.exchange_flow import ClassifiedExportDialog
from app.ui.import_dialog import ImportPreviewDialog
from app.ui.intake_dialog import IntakeDialog
from app.ui.language import install_translations
from app.ui.letterhead_dialog import LetterheadDialog
from app.ui.main_window import MainWindow
from app.ui.meeting_editor import MeetingEditor
from app.ui.people_dialog import PeopleDialog
from app.ui.report_dialog import ReportDialog

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


def mnemonics(window: QWidget, *, visible_only: bool) -> list[tuple[str, str]]:
    """(letter, text) of every label with a buddy, button, group and tab of the window."""
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if widget.isHidden() or (visible_only and not widget.isVisibleTo(window)):
            continue
        if widget.window() is not window:  # another dialog or a menu: checked on its own
            continue
        texts: list[str] = []
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        found += [(m, t) for t in texts if (m := mnemonic(t))]
    return found


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(m for m, _t in found)
    return {m: [t for n, t in found if n == m] for m, c in counts.items() if c > 1}


@pytest.fixture(params=["en", "ru", "kk"])
def language(request, qapp):
    before = QLocale()
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")
    QLocale.setDefault(before)


def test_the_main_window_and_its_menus(qtbot, sample_store, dialogs, language):
    window = MainWindow(sample_store, dialogs)
    qtbot.addWidget(window)
    window.show()
    bar = [(m, a.text()) for a in window.menuBar().actions() if (m := mnemonic(a.text()))]
    for show in (window.show_overview, window.show_meetings, window.show_actions):
        show()
        assert clashes(bar + mnemonics(window, visible_only=True)) == {}, show.__name__
    for menu in window.menuBar().findChildren(QMenu):
        items = [(m, a.text()) for a in menu.actions() if a.isVisible() and (m := mnemonic(a.text()))]
        assert clashes(items) == {}, menu.title()


def test_every_dialog(qtbot, sample_store, dialogs, language, tmp_path):
    window = MainWindow(sample_store, dialogs)
    qtbot.addWidget(window)
    book = export_workbook(sample_store.repo, tmp_path / "desk.xlsx").path
    built = [
        MeetingEditor(sample_store.repo.get_meeting("kzke-2023-09-19"), window, dialogs=dialogs),
        ImportPreviewDialog(plan_import(sample_store.repo, book), dialogs, window),
        ReportDialog(window._report_defaults(), dialogs, window),
        ClassifiedExportDialog(2, window),
        PeopleDialog(sample_store.repo, window.changes, dialogs, window),
        IntakeDialog(lambda text, published: None, lambda path: "", dialogs, window),  # type: ignore[arg-type,return-value]
        LetterheadDialog(dialogs, window),
    ]
    checked = 0
    for dialog in built:
        qtbot.addWidget(dialog)
        found = mnemonics(dialog, visible_only=False)
        assert clashes(found) == {}, type(dialog).__name__
        checked += len(found)
    assert checked > 20, "the walk found the dialogs' mnemonics"


def test_the_check_finds_a_clash(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QPushButton("&Save"))
    layout.addWidget(QPushButton("&Summary"))
    assert clashes(mnemonics(box, visible_only=False)) == {"s": ["&Save", "&Summary"]}
