"""The department server going away (a restart) while a meeting is being edited: the window says so, the editor
keeps everything typed, and the meeting is saved by itself once the server is back; the next piece of work uses a
new connection."""

import psycopg
import pytest

from app.services.sample import load_sample
from app.services.store import open_store
from app.storage import server_admin
from app.storage.postgres import connect
from tests.pg_server import server_binaries, start_server
from tests.ui.test_main_window import make_window

MEETING = "kzke-2023-09-19"


@pytest.fixture
def own_server():
    """A server of this test's own: it is stopped and started again, which the session's server must not be."""
    if server_binaries() is None:
        pytest.skip("PostgreSQL's server programs are not installed")
    server = start_server()
    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE desk")
    setup = connect(server.url("desk"))
    server_admin.init(setup)
    setup.close()
    yield server
    server.stop()


def test_a_meeting_typed_while_the_server_restarts_is_saved_when_it_is_back(qtbot, dialogs, own_server):
    store = open_store(own_server.url("desk"))
    load_sample(store.repo)
    window = make_window(qtbot, store, dialogs)
    seen = {}

    def script(editor):
        editor.title.setText("Typed while the server was away")
        own_server.halt()
        editor.save_button.click()
        seen["said"] = editor.problems.text()
        seen["kept"] = editor.title.text()
        window._catch_up()
        seen["status"] = window.statusBar().currentMessage()
        own_server.resume()
        qtbot.waitUntil(lambda: editor.result() == 1, timeout=20_000)  # saved by itself, no click
        return True

    dialogs.dialog_script = script
    dialogs.answers = [0, 0]
    window.edit_meeting(MEETING)
    assert "does not answer" in seen["said"] and "Nothing is lost" in seen["said"]
    assert seen["kept"] == "Typed while the server was away"
    assert "does not answer" in seen["status"]
    assert store.repo.get_meeting(MEETING).title == "Typed while the server was away"
    window._catch_up()
    assert not window._server_away, "the window no longer says the server is away"
    window.close()
    store.close()


def test_work_the_server_cut_off_is_lost_whole_never_half_written(own_server):
    from app.services.reading import UnreachableError

    with open_store(own_server.url("desk")) as store:
        load_sample(store.repo)
        with pytest.raises(UnreachableError), store.db.transaction() as conn:
            conn.execute("UPDATE meetings SET title = 'half' WHERE id = ?", (MEETING,))
            own_server.halt()
            own_server.resume()
            conn.execute("UPDATE meetings SET outcomes = 'other half' WHERE id = ?", (MEETING,))
        meeting = store.repo.get_meeting(MEETING)  # the next piece of work, on a new connection
        assert meeting.title != "half" and meeting.outcomes != "other half"
