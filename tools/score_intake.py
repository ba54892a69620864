"""Score the intake against a folder of releases with the facts a desk logs from each (truth.json):

    python tools/score_intake.py ../shared/corpora/press-releases [--directory sample]

With --directory sample the people of the sample records (the President of Kazakhstan among them) are the desk's
directory, as for a desk that has them on file; without it the directory is empty.

Per field: countries (exact set), date (when the text states it), place (when stated), people found (by name key,
any alias), their positions (the truth's position words found in ours) and sides, follow-ups found (a proposal's
sentence holds one of the truth's source phrases) and the share of proposals that are real; and the time per release.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.names import name_key, word_key
from app.intake.read import KnownPerson, read_release


def _words(text: str) -> set[str]:
    return {word_key(w) for w in text.replace(",", " ").replace("(", " ").replace(")", " ").split() if len(w) > 3}


def sample_directory() -> list[KnownPerson]:
    """The people of the sample records, read from a store that holds them, as the window would."""
    import tempfile

    from app.services.intake import known_people
    from app.services.sample import load_sample
    from app.services.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "sample.sqlite")
        try:
            load_sample(store.repo)
            return known_people(store.repo)
        finally:
            store.close()


def score(folder: Path, known: list[KnownPerson] | None = None) -> dict[str, tuple[int, int]]:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    tally: dict[str, list[int]] = {k: [0, 0] for k in ("countries", "date", "place", "people", "names as written",
                                                       "positions", "sides", "follow-ups found",
                                                       "proposals real")}  # fmt: skip
    times: list[float] = []
    assumed_years = 0
    for name, facts in sorted(truth.items()):
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        published = dt.date.fromisoformat(facts["pub_date"]) if facts.get("pub_date") else None
        start = time.perf_counter()
        draft = read_release(text, published, known=known or ())
        times.append(time.perf_counter() - start)
        tally["countries"][1] += 1
        tally["countries"][0] += set(draft.countries) == set(facts["countries"])
        if facts.get("date_in_text"):
            tally["date"][1] += 1
            right = bool(draft.date and draft.date.isoformat() in facts["date"])
            # no year in the text and no publication date: the draft says it assumed this year; the day counts
            assumed = any("no year" in n for n in draft.notes) and published is None
            if not right and assumed and draft.date:
                right = any(draft.date.strftime("-%m-%d") in d for d in facts["date"])
                assumed_years += right
            tally["date"][0] += right
        if facts.get("place_in_text"):
            tally["place"][1] += 1
            tally["place"][0] += bool(draft.place and name_key(draft.place) == name_key(facts["place"]))
        found_keys = {name_key(p.name): p for p in draft.participants}
        for person in facts.get("people", []):
            tally["people"][1] += 1
            keys = {name_key(n) for n in [person["name"], *person.get("aliases", [])]}
            match = next((found_keys[k] for k in keys if k in found_keys), None)
            if match is None:
                surnames = {word_key(n.split()[-1]) for n in [person["name"], *person.get("aliases", [])]}
                match = next((p for p in draft.participants if word_key(p.name.split()[-1]) in surnames), None)
            if match is None:
                continue
            tally["people"][0] += 1
            tally["names as written"][1] += 1  # the whole name, in the nominative, not just the surname found
            tally["names as written"][0] += name_key(match.name) in keys
            tally["positions"][1] += 1
            wanted = _words(person.get("position", ""))
            # two thirds of the words of the position the desk would write (Deputy Foreign Minister of Kazakhstan)
            tally["positions"][0] += bool(wanted) and 3 * len(wanted & _words(match.position)) >= 2 * len(wanted)
            tally["sides"][1] += 1
            tally["sides"][0] += match.side.value == person.get("side")
        phrases = [(f, [p.casefold() for p in f.get("src", [])]) for f in facts.get("followups", [])]
        for f, srcs in phrases:
            if f.get("soft"):
                continue
            tally["follow-ups found"][1] += 1
            tally["follow-ups found"][0] += any(
                any(src[:40] in (a.evidence.sentence.casefold() if a.evidence else "") for src in srcs)
                for a in draft.actions
            )
        for a in draft.actions:
            tally["proposals real"][1] += 1
            sentence = a.evidence.sentence.casefold() if a.evidence else ""
            tally["proposals real"][0] += any(src[:40] in sentence for _f, srcs in phrases for src in srcs)
    print(f"{'field':<18} {'right':>6} {'of':>5} {'share':>7}")
    for field, (right, total) in tally.items():
        share = f"{100 * right / total:5.1f} %" if total else "    —"
        print(f"{field:<18} {right:>6} {total:>5} {share:>7}")
    if assumed_years:
        print(f"(date: {assumed_years} right by day and month, the year not in the text nor given, so flagged)")
    print(f"time per release: median {1000 * statistics.median(times):.1f} ms, slowest {1000 * max(times):.1f} ms")
    return {k: (v[0], v[1]) for k, v in tally.items()}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    directory = sample_directory() if "--directory" in sys.argv else None
    score(Path(args[0] if args else "../shared/corpora/press-releases"), directory)
