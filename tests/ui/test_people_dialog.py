"""The people dialog: found by any spelling, a person's page newest first, two records of one person merged."""

import datetime as dt

from PySide6.QtCore import Qt

from app.domain.records import Meeting, Participant
from app.domain.vocab import Side
from app.services import people
from tests.ui.keyboard import CTRL, SHIFT, Keyboard
from tests.ui.test_main_window import make_window


def test_find_a_person_in_another_script_and_read_their_page(qtbot, sample_store, dialogs):
    make_window(qtbot, sample_store, dialogs)  # the keys go to its window
    seen = {}

    def look(dialog):
        kb = Keyboard()
        kb.type("Sadyqov")
        seen["listed"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["page"] = dialog.page.toPlainText()
        return False

    dialogs.dialog_script = look
    Keyboard().press(Qt.Key.Key_P, CTRL | SHIFT)
    [listed] = seen["listed"]
    assert listed.startswith("Барлыбай Садыков")
    page = seen["page"]
    assert "Also written: Barlybay Sadykov" in page
    assert page.index("Ambassador Sadykov meets") < page.index("Вручение верительных грамот"), "newest first"


def test_two_records_of_one_person_are_merged(qtbot, sample_store, dialogs):
    repo = sample_store.repo
    repo.save_meeting(Meeting(title="Working lunch", date=dt.date(2024, 4, 2), countries=["KE"],
                              participants=[Participant("A. K. Sing'Oei", "PS", side=Side.COUNTERPART)]))  # fmt: skip
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def merge(dialog):
        kb = Keyboard()
        kb.type("Sing")
        assert dialog.list.count() == 2
        dialog.list.selectAll()
        dialogs.answers = [0]
        dialog.merge_button.click()
        seen["after"] = dialog.list.count()
        return False

    dialogs.dialog_script = merge
    window.show_people()
    assert seen["after"] == 1
    [person] = people.find(repo, "Sing'Oei")
    assert set(person.names) >= {"Abraham Korir Sing'Oei", "A. K. Sing'Oei"}
    assert len(people.page(repo, person.id).appearances) == 2
    assert any("are one person" in q for q in dialogs.asked)
    [merge_entry] = [h for h in window.changes.history("kzke-2024-consultations") if h.change.kind == "merge"] or [
        h for m in repo.list_meetings() for h in window.changes.history(m.id) if h.change.kind == "merge"
    ]
    assert merge_entry.item.field == "person_id"


def test_a_person_is_corrected_by_hand_in_one_logged_change(qtbot, sample_store, dialogs):
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def correct(dialog):
        kb = Keyboard()
        kb.type("Sing'Oei")
        dialog.name.setFocus()
        dialog.name.selectAll()
        kb.type("Abraham Korir Sing'Oei, PS")
        dialog.other_names.setFocus()
        dialog.other_names.selectAll()
        kb.type("Абрахам Корир Сингоэй")
        dialog.save_button.click()
        seen["listed"] = dialog.list.currentItem().text()
        dialog.name.selectAll()
        dialog.name.del_()
        dialog.save_button.click()
        seen["refused"] = dialog.message.text()
        return False

    dialogs.dialog_script = correct
    window.show_people()
    assert seen["listed"].startswith("Abraham Korir Sing'Oei, PS")
    assert seen["refused"] == "The name is required (how the desk writes this person)."
    [person] = people.find(sample_store.repo, "Сингоэй")
    assert person.names == ["Abraham Korir Sing'Oei, PS", "Абрахам Корир Сингоэй"]
    entries = [h for h in window.changes.history(person.id) if h.change.kind == "person"]
    assert [h.item.field for h in entries] == ["names"]
