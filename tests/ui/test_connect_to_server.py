"""File → Connect to a department server…: an address typed (or remembered from last time) opens the server's
records in place of the desk's; a bad address is said in the dialog, which stays open."""

from PySide6.QtCore import QSettings, Qt

from tests.ui.test_main_window import make_window


def test_connecting_opens_the_servers_records_and_remembers_the_address(qtbot, sample_store, dialogs, pg_url):
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def script(dialog):
        dialog.address.setText("mysql://wrong")
        dialog.connect_button.click()
        seen["wrong"] = dialog.message.text()
        dialog.address.clear()
        qtbot.keyClicks(dialog.address, pg_url.replace("aide_admin@", "aide_admin:s3cret@"))
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
        return dialog.result() == 1

    dialogs.dialog_script = script
    window.server_action.trigger()
    assert seen["wrong"] == "Give the address as postgresql://user@host/dbname"
    assert window.next_store is not None and str(window.next_store.location).startswith("postgresql://")
    remembered = QSettings().value("server/last")
    assert remembered == pg_url, "remembered, and without the password typed into it"
    window.next_store.close()
