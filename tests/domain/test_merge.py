"""Two people editing one meeting: changes to different fields both land; the same field changed differently, or
a record removed by one and changed by the other, is a conflict with the value before, theirs and mine."""

import dataclasses
import datetime as dt

from app.domain.changes import RecordKind
from app.domain.merge import merge, resolve
from app.domain.records import Action, Meeting, Participant


def _base() -> Meeting:
    return Meeting(
        title="Grain talks", date=dt.date(2025, 3, 1), countries=["KZ", "KE"], summary="First round.",
        participants=[Participant("Barlybay Sadykov", "Ambassador", id="p1")],
        actions=[Action("Send the figures", owner="Trade desk", id="a1"), Action("Book the hall", id="a2")],
    )  # fmt: skip


def _edit(m: Meeting, **changes: object) -> Meeting:
    copy = dataclasses.replace(m, **changes)
    copy.participants = [dataclasses.replace(p) for p in m.participants]
    copy.actions = [dataclasses.replace(a) for a in m.actions]
    return copy


def test_changes_to_different_fields_and_records_both_land():
    base = _base()
    theirs = _edit(base, summary="First round; grain terminal discussed.")
    theirs.actions[0].due_date = dt.date(2025, 4, 1)
    mine = _edit(base, title="Grain and logistics talks")
    mine.actions[0].owner = "Logistics desk"
    mine.actions.append(Action("Draft the memorandum", id="a3"))
    mine.actions = [a for a in mine.actions if a.id != "a2"]
    merged = merge(base, mine, theirs)
    assert merged.conflicts == []
    m = merged.meeting
    assert m.title == "Grain and logistics talks" and m.summary == "First round; grain terminal discussed."
    [a1] = [a for a in m.actions if a.id == "a1"]
    assert a1.owner == "Logistics desk" and a1.due_date == dt.date(2025, 4, 1), "one action, two desks' fields"
    assert [a.id for a in m.actions] == ["a1", "a3"], "my new action added, my removed one gone"


def test_the_same_field_changed_differently_is_a_conflict_settled_by_choice():
    base = _base()
    theirs = _edit(base, title="Talks on grain (revised)")
    theirs.participants[0].position = "Ambassador of Kazakhstan to Kenya"
    mine = _edit(base, title="Grain talks, round one")
    mine.participants[0].position = "Ambassador (non-resident)"
    mine.summary = "Mine only."
    merged = merge(base, mine, theirs)
    assert [(c.record, c.field) for c in merged.conflicts] == [
        (RecordKind.MEETING, "title"), (RecordKind.PARTICIPANT, "position")
    ]  # fmt: skip
    title = merged.conflicts[0]
    assert (title.before, title.theirs, title.mine) == ("Grain talks", "Talks on grain (revised)",
                                                        "Grain talks, round one")  # fmt: skip
    assert merged.meeting.summary == "Mine only.", "what does not conflict is merged already"
    settled = resolve(merged, {0: "mine", 1: "theirs"})
    assert settled.title == "Grain talks, round one"
    assert settled.participants[0].position == "Ambassador of Kazakhstan to Kenya"


def test_a_record_removed_on_one_side_and_changed_on_the_other_is_a_conflict():
    base = _base()
    theirs = _edit(base)
    theirs.actions = [a for a in theirs.actions if a.id != "a1"]
    mine = _edit(base)
    mine.actions[0].owner = "Logistics desk"
    merged = merge(base, mine, theirs)
    [conflict] = merged.conflicts
    assert conflict.record is RecordKind.ACTION and conflict.field == "" and conflict.theirs is None
    assert "Send the figures" in conflict.label
    assert [a.id for a in resolve(merged, {0: "theirs"}).actions] == ["a2"]
    kept = resolve(merged, {0: "mine"})
    assert [a.owner for a in kept.actions if a.id == "a1"] == ["Logistics desk"], "mine comes back"
