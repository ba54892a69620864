"""Other desks' changes on a department server: a change committed out of the order of its id (a long import
that began first) is still announced, once; every change notifies the desks listening."""

import dataclasses
import time

from app.services.changes import ChangeService
from app.services.sample import load_sample
from app.services.store import open_store

MEETING = "kzke-2023-09-19"


def test_a_change_committed_after_a_later_one_is_still_announced_once(pg_url):
    with open_store(pg_url) as mine, open_store(pg_url) as slow, open_store(pg_url) as quick:
        load_sample(mine.repo)
        heard: list[int] = []
        watching = ChangeService(mine.repo, "me")
        watching.subscribe(lambda news: heard.append(news.change_id))
        slow_changes, quick_changes = ChangeService(slow.repo, "slow"), ChangeService(quick.repo, "quick")
        with slow.db.transaction():  # takes its id first, commits last
            meeting = slow.repo.get_meeting(MEETING)
            slow.repo.save_meeting(dataclasses.replace(meeting, outcomes="slow"))
            slow_id = slow_changes.log("edit", "slow", [])
            quick_id = quick_changes.save_meeting(
                dataclasses.replace(quick.repo.get_meeting("kzke-2024-credentials"), outcomes="quick")
            )[1]
            assert quick_id is not None and quick_id > slow_id
            watching.catch_up()
            assert heard == [quick_id]
        watching.catch_up()
        assert heard == [quick_id, slow_id], "the late commit is announced too"
        watching.catch_up()
        assert heard == [quick_id, slow_id], "and only once"


def test_a_committed_change_is_heard_by_a_listening_desk(pg_url):
    with open_store(pg_url) as mine, open_store(pg_url) as other:
        load_sample(mine.repo)
        notices = mine.db.listen()
        try:
            assert notices.drain() == 0
            other_changes = ChangeService(other.repo, "other")
            meeting = other.repo.get_meeting(MEETING)
            other_changes.save_meeting(dataclasses.replace(meeting, summary="From the other desk"))
            deadline = time.monotonic() + 2
            heard = 0
            while not heard and time.monotonic() < deadline:
                heard = notices.drain()
                time.sleep(0.02)
            assert heard == 1, "the notice arrives within two seconds of the commit"
        finally:
            notices.close()
