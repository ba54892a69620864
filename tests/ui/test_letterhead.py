"""File → Letterhead for briefs…: typed once, kept in the user's settings, printed at the top of every brief in the
brief's language; a logo that is not an image and a pattern with an unknown field are said in the dialog."""

import datetime as dt
import json

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.storage.paths import config_dir
from tests.ui.conftest import type_text
from tests.ui.test_main_window import make_window
from tests.ui.test_reports_from_the_window import pdf_text

LOGO = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2"
    "27ddab0000000049454e44ae426082"
)  # a 1×1 PNG


def test_the_letterhead_is_typed_once_and_printed_on_the_next_brief(qtbot, sample_store, dialogs, tmp_path):
    logo = tmp_path / "emblem.png"
    logo.write_bytes(LOGO)
    not_an_image = tmp_path / "emblem.png.txt"
    not_an_image.write_text("not an image", encoding="utf-8")
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def fill(dialog):
        dialog.ministry["en"].setFocus()
        qtbot.keyClicks(dialog.ministry["en"], "Ministry of Foreign Affairs")
        qtbot.keyClick(dialog.ministry["en"], Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "Министерство иностранных дел")  # Tab went on to the Russian name
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "Сыртқы істер министрлігі")
        dialog.department.setText("Africa Department")
        dialogs.open_answer = not_an_image
        dialog.choose_logo.click()
        seen["bad logo"] = dialog.message.text()
        dialogs.open_answer = logo
        dialog.choose_logo.click()
        qtbot.keyClicks(dialog.reference, "AF-{country}/{nonsense}")
        seen["bad pattern"] = dialog.reference_shown.text()
        dialog.save_button.click()
        seen["refused"] = dialog.message.text() if dialog.result() != 1 else ""
        dialog.reference.setText("AF-{country}/{year}")
        seen["example"] = dialog.reference_shown.text()
        dialog.distribution.setPlainText("Minister's office\nEmbassy in Nairobi\n")
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
        return dialog.result() == 1

    dialogs.dialog_script = fill
    window.letterhead_action.trigger()
    assert "is not a PNG or JPEG image" in seen["bad logo"] and str(not_an_image) in seen["bad logo"]
    assert "{nonsense} is not known" in seen["bad pattern"]
    assert "{nonsense} is not known" in seen["refused"], "not saved with a broken pattern"
    assert seen["example"].endswith(f"AF-KE/{dt.date.today().year}")
    kept = json.loads((config_dir() / "letterhead.json").read_text(encoding="utf-8"))
    assert kept["ministry"] == {"en": "Ministry of Foreign Affairs", "ru": "Министерство иностранных дел",
                                "kk": "Сыртқы істер министрлігі"}  # fmt: skip
    assert kept["distribution"] == ["Minister's office", "Embassy in Nairobi"]
    assert (config_dir() / "letterhead-logo.png").read_bytes() == LOGO, "a copy of the logo is kept"

    def report(dialog):
        dialog.country_radio.setChecked(True)
        dialog.country.lineEdit().setText("KE")
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        dialog.path.setText(str(tmp_path / "kenya.pdf"))
        dialog.create_button.click()
        return dialog.result() == 1

    dialogs.dialog_script = report
    window.report_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks, timeout=20_000)
    first = pdf_text(tmp_path / "kenya.pdf")
    assert "Министерство иностранных дел" in first and "Africa Department" in first
    assert "Исх. № AF-KE/" in first and "Рассылка: Minister's office; Embassy in Nairobi" in first
    reader = PdfReader(tmp_path / "kenya.pdf")
    assert reader.metadata.author == "Министерство иностранных дел"
    assert reader.metadata.get("/Keywords", "").startswith("AF-KE/")
    assert any(reader.pages[0].images), "the logo is on page 1"
