"""The intake held to the issue's targets on releases written for the project (tests/intake/releases), with the
scoring script a desk would run on its own folder of releases."""

import datetime as dt
import importlib.util
import json
from pathlib import Path

from app.intake.meetings import read_meetings

ROOT = Path(__file__).resolve().parents[2]
RELEASES = Path(__file__).with_name("releases")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_intake", ROOT / "tools" / "score_intake.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TARGETS = {"countries": 0.95, "people": 0.95, "names as written": 0.95, "date": 0.90, "place": 0.85,
           "positions": 0.85, "sides": 0.85, "follow-ups found": 0.85, "proposals real": 0.75}  # fmt: skip


def test_the_releases_meet_the_targets(capsys):
    tally = _scorer().score(RELEASES)
    printed = capsys.readouterr().out
    assert "time per release" in printed
    for field, target in TARGETS.items():
        right, total = tally[field]
        assert total > 0, f"{field}: nothing to score"
        assert right / total >= target, f"{field}: {right} of {total} is under {target:.0%}\n{printed}"


def test_the_release_of_two_meetings_gives_two_drafts():
    text = (RELEASES / "h12_en_two_ambassadors.txt").read_text(encoding="utf-8")
    truth = json.loads((RELEASES / "truth.json").read_text(encoding="utf-8"))["h12_en_two_ambassadors"]
    chile, norway = read_meetings(text, dt.date.fromisoformat(truth["pub_date"]))
    assert chile.countries == ["KZ", "CL"] and norway.countries == ["KZ", "NO"]
    assert {p.name for p in norway.participants} == {"Akan Rakhmetullin", "Kristin Vik"}
    assert norway.date == chile.date == dt.date(2025, 12, 2) and norway.place == "Astana"
    assert [a.description.split(" to ")[0] for a in chile.actions] == [
        "The parties discussed cooperation in copper mining and agriculture and agreed"
    ]
