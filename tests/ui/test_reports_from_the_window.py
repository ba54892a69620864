"""Reports from the window: the dialog, the work off the GUI thread, the PDF opened and its place said."""

import datetime as dt
import threading
import time

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from app.progress import Progress
from app.ui.country_picker import CountryPicker
from app.ui.tasks import BackgroundTask
from tests.ui.conftest import type_text
from tests.ui.test_main_window import make_window


def pdf_text(path):
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_a_country_brief_from_the_window_is_written_off_thread_and_opened(qtbot, sample_store, dialogs, tmp_path):
    window = make_window(qtbot, sample_store, dialogs)
    window.meetings.table.selectRow(2)  # the 2023 meeting
    seen = {}

    def fill(dialog):
        assert dialog.meeting_radio.isEnabled()
        assert "Tokayev – Ruto" in dialog.meeting_label.text()
        qtbot.mouseClick(dialog.country_radio, Qt.MouseButton.LeftButton)
        dialog.country.setFocus()
        dialog.country.lineEdit().selectAll()
        type_text(dialog.country.lineEdit(), "kenya")
        qtbot.keyClick(dialog.confidential, Qt.Key.Key_Space)  # keyboard only: the checkbox toggles
        assert dialog.confidential.isChecked()
        dialog.path.setText(str(tmp_path / "kenya"))  # no extension: .pdf is added
        seen["request"] = dialog.request()
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        return dialog.result() == 1

    dialogs.dialog_script = fill
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen["request"].country == "KE"
    qtbot.waitUntil(lambda: not window.tasks, timeout=20_000)
    out = tmp_path / "kenya.pdf"
    assert dialogs.shown_files == [out]
    assert str(out) in window.statusBar().currentMessage()
    assert "country brief for Kenya (3 meetings)" in window.statusBar().currentMessage()
    text = pdf_text(out)
    assert "Kenya (KE)" in text and "This brief includes meetings marked confidential" in text
    assert not list(tmp_path.glob(".*partial"))


def test_the_dialog_names_what_is_wrong_and_stays_open(qtbot, sample_store, dialogs, tmp_path):
    window = make_window(qtbot, sample_store, dialogs)
    outcome = {}

    def fill(dialog):
        dialog.country_radio.setChecked(True)
        dialog.country.lineEdit().setText("Narnia")
        dialog.period.setChecked(True)
        dialog.date_from.setDate(dialog.date_to.date().addDays(5))
        dialog.path.setText(str(tmp_path / "no such folder" / "x.pdf"))
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        outcome["visible"] = dialog.isVisible()
        outcome["problem"] = dialog.problem.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        return dialog.result() == 1

    dialogs.dialog_script = fill
    window.report_action.trigger()
    assert outcome["visible"]
    assert "'Narnia' is not a country" in outcome["problem"]
    assert "The period ends before it starts." in outcome["problem"]
    assert "does not exist" in outcome["problem"]
    assert not window.tasks and not dialogs.shown_files
    assert not list(tmp_path.rglob("*.pdf"))


def test_an_existing_file_is_replaced_only_when_the_user_says_so(qtbot, sample_store, dialogs, tmp_path):
    window = make_window(qtbot, sample_store, dialogs)
    target = tmp_path / "actions.pdf"
    target.write_bytes(b"keep me")
    dialogs.answers = [1]  # "Cancel" to the question about replacing

    def fill(dialog):
        dialog.actions_radio.setChecked(True)
        dialog.overdue.setChecked(True)
        dialog.path.setText(str(target))
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        return dialog.result() == 1

    dialogs.dialog_script = fill
    window.report_action.trigger()
    assert any("already exists" in q for q in dialogs.asked)
    assert target.read_bytes() == b"keep me"
    dialogs.answers = [0]  # now "Replace"
    window.report_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks, timeout=20_000)
    assert "Overdue follow-up actions" in pdf_text(target)
    assert "Send a Kazakh trade mission" in pdf_text(target)


def test_cancel_stops_the_work_and_says_so(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    started = threading.Event()

    def slow(progress: Progress) -> str:
        started.set()
        for i in range(2000):
            progress.update(i, 2000)
            time.sleep(0.005)
        return "finished"

    task = BackgroundTask(window, "Work", "Working…", slow)
    outcome = []
    task.succeeded.connect(outcome.append)
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    window._run(task)
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    with qtbot.waitSignal(task.finished, timeout=5000):
        qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert outcome == ["cancelled"]
    assert not window.tasks


def test_the_country_picker_types_ahead_over_names_and_codes(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    cases = [("Kenya", "KE"), ("ke", "KE"), ("Kenya (KE)", "KE"), ("kazakhstan", "KZ"), ("Narnia", ""), ("", "")]
    for typed, code in cases:
        picker.lineEdit().setText(typed)
        assert picker.code() == code, typed
    picker.set_code("KZ")
    assert picker.currentText() == "Kazakhstan (KZ)"


def test_a_kazakh_brief_from_the_english_window_and_the_choice_is_remembered(qtbot, sample_store, dialogs, tmp_path):
    from PySide6.QtCore import QSettings

    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def fill(dialog):
        seen["default"] = dialog.language.currentData()
        dialog.country_radio.setChecked(True)
        dialog.country.lineEdit().setText("KE")
        dialog.path.setText(str(tmp_path / "start.pdf"))
        dialog._path_typed = False  # as when the dialog opens: the name follows the choices
        dialog.language.setFocus()
        type_text(dialog.language, "Қ")  # a letter picks the language by its own name
        seen["language"] = dialog.language.currentData()
        seen["name"] = dialog.path.text()
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        return dialog.result() == 1

    dialogs.dialog_script = fill
    window.report_action.trigger()
    assert seen["default"] == "en", "the window's language"
    assert seen["language"] == "kk"
    name = f"Ел бойынша анықтама Кения {dt.date.today().isoformat()}.pdf"
    assert seen["name"].endswith(name), seen["name"]
    qtbot.waitUntil(lambda: not window.tasks, timeout=20_000)
    text = pdf_text(tmp_path / name)
    assert "Кения (KE)" in text and "Негізгі көрсеткіштер" in text
    assert QSettings().value("reports/language") == "kk"
    again = {}
    dialogs.dialog_script = lambda dialog: again.setdefault("language", dialog.language.currentData()) and False
    window.report_action.trigger()
    assert again["language"] == "kk", "the last language chosen for a brief"


def test_a_word_brief_from_the_dialog(qtbot, sample_store, dialogs, tmp_path):
    import docx

    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def fill(dialog):
        dialog.country_radio.setChecked(True)
        dialog.country.lineEdit().setText("KE")
        dialog.path.setText(str(tmp_path / "kenya.pdf"))
        dialog.path.textEdited.emit(dialog.path.text())  # as typed by the user
        dialog.file_type.setFocus()
        qtbot.keyClick(dialog.file_type, Qt.Key.Key_Down)  # PDF → Word
        seen["path"] = dialog.path.text()
        qtbot.keyClick(dialog.create_button, Qt.Key.Key_Space)
        return dialog.result() == 1

    dialogs.dialog_script = fill
    window.report_action.trigger()
    assert seen["path"] == str(tmp_path / "kenya.docx"), "the typed name keeps its stem, with Word's ending"
    qtbot.waitUntil(lambda: not window.tasks, timeout=20_000)
    document = docx.Document(str(tmp_path / "kenya.docx"))
    assert any(p.style.name == "Title" and p.text == "Kenya (KE)" for p in document.paragraphs)
    assert dialogs.shown_files == [tmp_path / "kenya.docx"], "opened as the PDF would be"
