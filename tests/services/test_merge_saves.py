"""Saving a meeting someone else saved since it was opened: the other desk's fields and mine both land; the same
field changed by both is a conflict for the person saving, never a lost update. On a server, the other desk is a
connection of its own."""

import dataclasses

import pytest

from app.services.changes import ChangeService, MergeConflict
from app.storage.errors import ConflictError

MEETING = "kzke-2023-09-19"


@pytest.fixture
def other_desk(sample_store, backend):
    """Another desk's store: a second connection to the server, or (a file has one writer) the same store."""
    if backend == "postgresql":
        from app.services.store import open_store

        other = open_store(sample_store.db.address)
        yield other
        other.close()
    else:
        yield sample_store


def test_changes_to_different_fields_both_land(sample_store, other_desk):
    mine_changes, their_changes = ChangeService(sample_store.repo, "me"), ChangeService(other_desk.repo, "them")
    base = sample_store.repo.get_meeting(MEETING)
    theirs = dataclasses.replace(other_desk.repo.get_meeting(MEETING), summary="Summary written elsewhere.")
    their_changes.save_meeting(theirs, expected_revision=base.revision)
    mine = dataclasses.replace(base, title="Title written here")
    with pytest.raises(ConflictError):  # without the version it started from, nothing can be merged
        mine_changes.save_meeting(mine, expected_revision=base.revision)
    _saved, change_id = mine_changes.save_meeting(mine, expected_revision=base.revision, base=base)
    assert change_id is not None
    now = sample_store.repo.get_meeting(MEETING)
    assert (now.title, now.summary) == ("Title written here", "Summary written elsewhere.")
    assert now.revision == base.revision + 2
    history = mine_changes.history(MEETING)
    assert {h.change.user for h in history} >= {"me", "them"}, "both changes in the history with their users"


def test_the_same_field_changed_by_both_is_a_conflict_and_nothing_is_lost(sample_store, other_desk):
    mine_changes, their_changes = ChangeService(sample_store.repo, "me"), ChangeService(other_desk.repo, "them")
    base = sample_store.repo.get_meeting(MEETING)
    their_changes.save_meeting(dataclasses.replace(base, title="Theirs"), expected_revision=base.revision)
    with pytest.raises(MergeConflict) as raised:
        mine_changes.save_meeting(dataclasses.replace(base, title="Mine", outcomes="Mine too"),
                                  expected_revision=base.revision, base=base)  # fmt: skip
    [conflict] = raised.value.merged.conflicts
    assert (conflict.field, conflict.before, conflict.theirs, conflict.mine) == ("title", base.title, "Theirs", "Mine")
    assert sample_store.repo.get_meeting(MEETING).title == "Theirs", "nothing of mine saved until I choose"
