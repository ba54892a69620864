import pytest

from app.domain.validation import ValidationError
from app.services.sample import load_sample, read_sample, sample_path
from tests.conftest import SAMPLE_TODAY


def test_sample_has_three_meetings_in_three_scripts():
    meetings = read_sample()
    assert [m.date.isoformat() for m in meetings] == ["2023-09-19", "2024-03-05", "2024-03-07"]
    first = meetings[0]
    assert first.location.startswith("New York")
    assert {p.name for p in first.participants} == {"Kassym-Jomart Tokayev", "William Ruto"}
    names = {p.name for m in meetings for p in m.participants}
    assert {"Уильям Руто", "Барлыбай Садыков"} <= names
    assert any("Тоқаев" in s.speaker for s in first.statements)
    actions = [a for m in meetings for a in m.actions]
    assert sum(a.is_overdue(SAMPLE_TODAY) for a in actions) == 1
    assert {a.status.value for a in actions} >= {"open", "in progress", "done"}


def test_loading_twice_adds_nothing(store):
    first = load_sample(store.repo)
    counts = store.repo.counts()
    second = load_sample(store.repo)
    assert len(first.added) == 3 and second.added == []
    assert store.repo.counts() == counts
    assert counts.meetings == 3 and counts.actions == 7


def test_a_broken_seed_file_is_refused_whole(store, tmp_path):
    text = sample_path().read_text(encoding="utf-8").replace("date = 2024-03-05", 'date = "2024-02-30"')
    broken = tmp_path / "broken.toml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match=r"meetings\[2\]\.date"):
        load_sample(store.repo, broken)
    assert store.repo.counts().meetings == 0
