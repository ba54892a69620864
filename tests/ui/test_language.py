"""The window in Russian: translations load, plurals agree, and the longer labels still fit."""

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.domain.vocab import MeetingFormat
from app.ui.labels import vocab_label
from app.ui.language import available_languages, install_translations
from app.ui.main_window import MainWindow
from tests.conftest import REPO_ROOT

TRANSLATIONS = REPO_ROOT / "resources" / "translations"


@pytest.fixture
def russian(qapp):
    before = QLocale()
    install_translations(qapp, "ru")
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(before)


def _tool(name):
    return shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))


def test_kazakh_and_russian_are_offered():
    assert available_languages() == ["en", "kk", "ru"]


def test_the_window_speaks_russian_with_plurals_and_dates(qtbot, sample_store, dialogs, russian):
    window = MainWindow(sample_store, dialogs)
    qtbot.addWidget(window)
    window.show()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Файл", "&Правка", "&Вид", "&Записи", "&Справка"]
    assert vocab_label(MeetingFormat.BILATERAL) == "Двусторонняя встреча"
    window.show_meetings()
    assert window.meetings.count_label.text() == "3 встречи"  # the "few" form of Russian plurals
    assert window.overview.heading.text().startswith("Сегодня, ")
    assert QLocale().language() == QLocale.Language.Russian


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_longer_labels_are_not_cut(qtbot, sample_store, dialogs, language, qapp):
    install_translations(qapp, language)
    window = MainWindow(sample_store, dialogs)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    cut, checked = [], 0
    for show, page in ((window.show_overview, window.overview), (window.show_meetings, window.meetings),
                       (window.show_actions, window.actions_view)):  # fmt: skip
        show()
        qtbot.wait(1)
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            if not widget.isVisible() or not widget.text() or getattr(widget, "wordWrap", lambda: False)():
                continue
            checked += 1
            if widget.width() < widget.sizeHint().width():
                cut.append((type(page).__name__, widget.text(), widget.width(), widget.sizeHint().width()))
    install_translations(qapp, "en")
    assert checked > 15 and cut == []
    assert window.minimumSizeHint().width() <= 1280, "it must fit a small laptop's screen"


@pytest.mark.skipif(_tool("lrelease") is None, reason="pyside6-lrelease comes with PySide6")
def test_the_shipped_translations_are_compiled_from_the_current_ts(tmp_path):
    for ts in TRANSLATIONS.glob("*.ts"):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run tools/translations.py for {ts.name}"


@pytest.mark.skipif(_tool("lupdate") is None, reason="pyside6-lupdate comes with PySide6")
def test_every_string_of_the_window_and_the_briefs_is_translated(tmp_path):
    """Every string the window shows or a brief prints (lupdate reads the same modules as tools/translations.py)
    has a finished translation in every shipped language."""
    spec = importlib.util.spec_from_file_location("translations_tool", REPO_ROOT / "tools" / "translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    sources = [str(REPO_ROOT / p) for p in tool.sources()]
    assert any("reports" in p for p in sources) and any("vocab_words" in p for p in sources)
    assert sorted(p.stem for p in TRANSLATIONS.glob("*.ts")) == [f"aide_memoire_{c}" for c in ("en", "kk", "ru")]
    for ts in TRANSLATIONS.glob("*.ts"):
        copy = tmp_path / ts.name
        copy.write_bytes(ts.read_bytes())
        english = ts.stem == tool.SOURCE_PLURALS  # (English's file: the strings that count, singular and plural)
        only = ["-pluralonly"] if english else []
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *only, *sources, "-ts", str(copy)], check=True)
        messages = list(ET.parse(copy).getroot().iter("message"))
        untranslated = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
        assert untranslated == [], f"{ts.name}: run tools/translations.py and translate these"
        assert len(messages) > (10 if english else 500)
        if english:
            assert all(m.get("numerus") == "yes" for m in messages)


def test_english_counts_say_one_meeting_and_three_meetings(qtbot, sample_store, dialogs, qapp):
    from tests.ui.test_main_window import make_window

    before = QLocale()
    install_translations(qapp, "en")
    try:
        window = make_window(qtbot, sample_store, dialogs)
        page = window.meetings
        assert page.count_label.text() == "3 meetings"
        page.format.setCurrentIndex(page.format.findText("Bilateral meeting"))
        assert page.count_label.text() == "1 meeting"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_window_fits_1024_wide_and_long_texts_take_the_spare_width(qtbot, sample_store, dialogs, language, qapp):
    install_translations(qapp, language)
    try:
        window = MainWindow(sample_store, dialogs)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        for show in (window.show_meetings, window.show_actions, window.show_overview):
            show()
            assert window.minimumSizeHint().width() <= 1024, (language, show.__name__)
        window.show_meetings()
        widths = [window.meetings.table.columnWidth(c) for c in range(6)]
        assert widths[1] == max(widths), f"the title is the widest column: {widths}"
        window.show_actions()
        widths = [window.actions_view.table.columnWidth(c) for c in range(7)]
        assert widths[1] >= 180, f"the action's text keeps room: {widths}"
    finally:
        install_translations(qapp, "en")


def test_the_window_speaks_kazakh(qtbot, sample_store, dialogs, qapp):
    install_translations(qapp, "kk")
    try:
        window = MainWindow(sample_store, dialogs)
        qtbot.addWidget(window)
        window.show()
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Файл", "Т&үзету", "&Көрініс", "&Жазбалар", "&Анықтама"]
        assert vocab_label(MeetingFormat.BILATERAL) == "Екіжақты кездесу"
        window.show_meetings()
        assert window.meetings.count_label.text() == "3 кездесу"
        assert window.overview.heading.text().startswith("Бүгін, ")
        assert QLocale().language() == QLocale.Language.Kazakh
    finally:
        install_translations(qapp, "en")


@pytest.mark.parametrize(("language", "typed", "shown"), [("kk", "Кения", "Кения (KE)"), ("ru", "Кен", "Кения (KE)")])
def test_the_country_picker_speaks_the_windows_language(qtbot, qapp, language, typed, shown):
    from app.ui.country_picker import CountryPicker
    from app.ui.labels import country_label
    from tests.ui.conftest import type_text

    install_translations(qapp, language)
    try:
        picker = CountryPicker()
        qtbot.addWidget(picker)
        picker.show()
        picker.setFocus()
        type_text(picker.lineEdit(), typed)
        assert picker.resolve() == ("KE", ""), "the name in the window's language finds Kenya"
        picker.set_code("KE")
        assert picker.currentText() == shown
        picker.lineEdit().setText("Kenya")
        assert picker.code() == "KE", "the English name is still understood"
        assert country_label("KZ") == {"kk": "Қазақстан", "ru": "Казахстан"}[language]
    finally:
        install_translations(qapp, "en")


def test_problems_are_said_in_the_windows_language(qtbot, qapp, dialogs, sample_store, tmp_path):
    import openpyxl

    from app.services.exchange import export_workbook, plan_import
    from app.ui.import_dialog import ImportPreviewDialog
    from app.ui.meeting_editor import MeetingEditor

    install_translations(qapp, "kk")
    try:
        editor = MeetingEditor(None, dialogs=dialogs)
        qtbot.addWidget(editor)
        editor.show()
        editor.date.setText("2024-02-30")
        editor.save_button.click()
        summary = editor.problems.text()
        assert "Атауы: міндетті" in summary, summary
        assert "«2024-02-30» — жоқ күн" in summary, summary
    finally:
        install_translations(qapp, "en")
    book = export_workbook(sample_store.repo, tmp_path / "desk.xlsx").path
    wb = openpyxl.load_workbook(book)
    wb["Meetings"]["C2"] = "2024-02-30"
    wb.save(book)
    install_translations(qapp, "ru")
    try:
        dialog = ImportPreviewDialog(plan_import(sample_store.repo, book), dialogs)
        qtbot.addWidget(dialog)
        listed = dialog.problems.toPlainText()
        assert "Meetings, строка 2, столбец C (Date): «2024-02-30» — несуществующая дата" in listed, listed
    finally:
        install_translations(qapp, "en")


def test_a_system_without_a_locale_shows_dates_as_english_ones(qapp, monkeypatch):
    """LANG=C gives Qt's C locale, whose dates read '7 03 2024'."""
    before = QLocale()
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))
    try:
        install_translations(qapp)
        shown = QLocale().toString(QDate(2024, 3, 7), QLocale.FormatType.ShortFormat)
        assert QLocale().language() == QLocale.Language.English
        assert shown == "07/03/2024"
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("system", "asked", "shown"),
    [
        ("ru_KZ", "en", "07/03/2024"),  # English asked on a Russian system: day first, not Qt's American 3/7/24
        ("en_US", "en", "3/7/24"),  # an American system keeps its own
        ("en_AU", "en", "7/3/24"),
        ("ru_KZ", "ru", "07.03.2024"),
        ("en_GB", "kk", "07.03.24"),
        ("en_GB", "en_US", "3/7/24"),  # a territory asked for is taken as asked
        ("ru_KZ", "en-US", "3/7/24"),
    ],
)
def test_the_dates_of_a_language_asked_for(qapp, monkeypatch, system, asked, shown):
    from app.ui.language import locale_for

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert locale_for(asked).toString(QDate(2024, 3, 7), QLocale.FormatType.ShortFormat) == shown
