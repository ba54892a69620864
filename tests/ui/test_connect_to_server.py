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
        qtbot.waitUntil(lambda: not dialog.connecting, timeout=15_000)
        return dialog.result() == 1

    dialogs.dialog_script = script
    window.server_action.trigger()
    assert seen["wrong"] == "Give the address as postgresql://user@host/dbname"
    assert window.next_store is not None and str(window.next_store.location).startswith("postgresql://")
    remembered = QSettings().value("server/last")
    assert remembered == pg_url, "remembered, and without the password typed into it"
    window.next_store.close()


def test_a_server_that_asks_for_a_password_gets_it_typed_in_the_dialog(qtbot, sample_store, dialogs, locked_server,
                                                                        monkeypatch):  # fmt: skip
    from tests.conftest import SERVER_PASSWORD
    from tests.ui.conftest import type_text

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    url = locked_server.url("desk")
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def script(dialog):
        qtbot.keyClicks(dialog.address, url)
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.connecting, timeout=15_000)
        seen["asked"] = dialog.message.text()
        seen["focus"] = dialog.focusWidget() is dialog.password
        qtbot.keyClicks(dialog.password, "wrong")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.connecting, timeout=15_000)
        seen["refused"] = dialog.message.text()
        dialog.password.clear()
        type_text(dialog.password, SERVER_PASSWORD)  # Cyrillic and Turkish letters, as a keyboard sends them
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.connecting, timeout=15_000)
        return dialog.result() == 1

    dialogs.dialog_script = script
    window.server_action.trigger()
    assert "asks for a password" in seen["asked"] and seen["focus"], seen
    assert "not accepted" in seen["refused"], seen
    store = window.next_store
    assert store is not None and str(store.location) == url
    assert store.repo.count_meetings() >= 0
    assert QSettings().value("server/last") == url
    settings_file = QSettings().fileName()
    from pathlib import Path

    if Path(settings_file).exists():
        assert SERVER_PASSWORD.encode() not in Path(settings_file).read_bytes()
    store.close()


def test_the_dialog_stays_alive_while_a_server_keeps_it_waiting_and_cancel_answers(qtbot, sample_store, dialogs):
    """A server that takes its time (a listening socket that never answers): the dialog says it is connecting,
    the window keeps painting, Connect cannot be pressed twice, and Cancel closes the dialog without waiting."""
    import socket
    import time

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts the connection, never speaks: the client waits for its timeout
    port = silent.getsockname()[1]
    window = make_window(qtbot, sample_store, dialogs)
    seen = {}

    def script(dialog):
        dialog.address.setText(f"postgresql://desk@127.0.0.1:{port}/department")
        started = time.monotonic()
        dialog.connect_button.click()
        seen["returned_after"] = time.monotonic() - started
        qtbot.wait(300)
        seen["saying"] = dialog.message.text()
        seen["connect_enabled"] = dialog.connect_button.isEnabled()
        started = time.monotonic()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["cancel_took"] = time.monotonic() - started
        return dialog.result() == 1

    dialogs.dialog_script = script
    try:
        window.server_action.trigger()
    finally:
        silent.close()
    assert seen["returned_after"] < 0.5, "the click did not wait for the server"
    assert seen["saying"].startswith("Connecting to postgresql://desk@127.0.0.1"), seen
    assert not seen["connect_enabled"]
    assert seen["cancel_took"] < 0.5
    assert window.next_store is None, "a cancelled connection opens nothing"
