"""On a department server, another desk's change reaches the window as soon as it commits (PostgreSQL's notices),
without the window's regular look and without a reload: the changed meeting's row is read again in place."""

import dataclasses
import time

from app.services.changes import ChangeService
from app.services.sample import load_sample
from app.services.store import open_store
from tests.ui.test_main_window import make_window

MEETING = "kzke-2023-09-19"


def test_another_desks_change_is_shown_within_two_seconds(qtbot, dialogs, pg_url):
    store = open_store(pg_url)
    other = open_store(pg_url)
    try:
        load_sample(store.repo)
        window = make_window(qtbot, store, dialogs)
        window._catch_up_timer.stop()  # only the server's notice may bring the change
        heard = []
        window.changes.subscribe(lambda news: heard.append((time.monotonic(), news.meeting_ids)))
        meeting = other.repo.get_meeting(MEETING)
        saved_at = time.monotonic()
        ChangeService(other.repo, "other.desk").save_meeting(dataclasses.replace(meeting, title="Renamed elsewhere"))
        qtbot.waitUntil(lambda: bool(heard), timeout=2000)
        at, ids = heard[0]
        assert MEETING in ids and at - saved_at < 2.0
        window.close()
    finally:
        other.close()
        store.close()
