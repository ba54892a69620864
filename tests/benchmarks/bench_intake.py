"""Intake: the time to read a release into drafts, warm (the median over the project's own releases and, when
present beside the repository, the development set), next to a bare pass of a word pattern over the same text; and
the first draft after the program starts: `aide-memoire intake FILE --json` in a fresh process, next to a bare
Python start, and in the window's process the first read after import (where the gazetteer loads)."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = (ROOT / "tests" / "intake" / "releases", ROOT.parent / "shared" / "corpora" / "press-releases")

FIRST_READ = """
import sys, time
started = time.perf_counter()
from app.services.intake import drafts_from
imported = time.perf_counter()
drafts_from(None, open(sys.argv[1], encoding="utf-8").read())
print(f"{imported - started:.4f} {time.perf_counter() - imported:.4f}")
"""


def _texts() -> list[str]:
    return [
        p.read_text(encoding="utf-8") for folder in FOLDERS if folder.is_dir() for p in sorted(folder.glob("*.txt"))
    ]


def bench_intake(row: Callable[..., None], runs: int = 5) -> None:
    from app.intake.meetings import read_meetings

    texts = _texts()
    read_meetings(texts[0])  # warm: the gazetteer and patterns are loaded once per process
    warm, bare = [], []
    for text in texts:
        took = []
        for _ in range(runs):
            start = time.perf_counter()
            read_meetings(text)
            took.append(time.perf_counter() - start)
        warm.append(min(took))
        start = time.perf_counter()
        for _ in range(runs):
            re.findall(r"\w+", text)
        bare.append((time.perf_counter() - start) / runs)
    slowest = f"target median <= 200 ms (slowest {1000 * max(warm):.1f} ms)"
    row(f"intake, warm, median of {len(texts)} releases", 1000 * statistics.median(warm),
        1000 * statistics.median(bare), "ms", slowest)  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        release = Path(folder) / "release.txt"
        release.write_text(texts[0], encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(ROOT), AIDE_MEMOIRE_DB=str(Path(folder) / "none.sqlite"),
                   XDG_STATE_HOME=str(Path(folder) / "state"))  # fmt: skip
        cli, python, window = [], [], []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "app", "intake", str(release), "--json"], env=env, check=True,
                           capture_output=True)  # fmt: skip
            cli.append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
            python.append(time.perf_counter() - start)
            done = subprocess.run([sys.executable, "-c", FIRST_READ, str(release)], env=env, check=True,
                                  capture_output=True, text=True)  # fmt: skip
            window.append(sum(float(x) for x in done.stdout.split()))
    row(
        "intake, first draft: command in a new process",
        1000 * statistics.median(cli),
        1000 * statistics.median(python),
        "ms",
        "target <= 2000 ms",
    )
    row(
        "intake, first draft in the window (import + read)",
        1000 * statistics.median(window),
        1000 * statistics.median(python),
        "ms",
        "target <= 2000 ms (baseline: a bare Python start)",
    )
