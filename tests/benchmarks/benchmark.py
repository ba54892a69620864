"""Benchmarks: the program's time next to a bare-library baseline measured in the same run, on the same data.

    python tests/benchmarks/benchmark.py [--only storage|excel|reports|startup|entry|intake|server]
                                         [--meetings N] [--runs N] [--keep DIR]

Not a test: figures vary with the machine. Ratios (program / baseline) are what to compare between runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.validation import LIST_SEPARATOR
from app.services.store import open_store
from app.storage import search_index
from app.storage.migrations import V1_SCHEMA
from app.storage.repository import MeetingFilter
from tests.benchmarks.bench_entry import bench_entry
from tests.benchmarks.bench_excel import bench_excel
from tests.benchmarks.bench_intake import bench_intake
from tests.benchmarks.bench_reports import bench_reports
from tests.benchmarks.bench_server import bench_server
from tests.benchmarks.bench_startup import bench_startup
from tests.benchmarks.generate import generate

QUERIES = ["grain", "trade", "Mombasa", "энергетика", "ынтымақтастық", "сауда", "Ахметов", "Otieno", "memorandum",
           "visa regime", "Astana", "Москва", "climate", "consultations", "#4711", "Geneva", "water security",
           "Қасымов", "digital health", "agreement"]  # fmt: skip


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def row(job: str, ours: float, base: float, unit: str = "ms", target: str = "", ratio: float | None = None) -> None:
    """One line of the table; `ratio` when the job measured it pair by pair (otherwise ours / base)."""
    if ratio is None:
        ratio = ours / base if base else float("inf")
    print(f"{job:<44} {ours:>10.1f} {unit:<3} {base:>10.1f} {unit:<3} {ratio:>7.2f}x  {target}")


def bare_load(path: Path, meetings: list) -> None:  # type: ignore[type-arg]
    """Baseline: the same rows into the same tables with plain executemany, no validation, no search index."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    for statement in V1_SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("BEGIN")
    now = "2026-01-01T00:00:00Z"
    conn.executemany(
        "INSERT INTO meetings(id, title, date, time, location, format, level, countries, topics, summary, outcomes,"
        " source, classification, created_at, updated_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
        [(m.id, m.title, m.date.isoformat(), None, m.location, m.format.value, m.level.value,
          LIST_SEPARATOR.join(m.countries), LIST_SEPARATOR.join(m.topics), m.summary, m.outcomes, m.source,
          m.classification.value, now, now) for m in meetings],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO meeting_countries VALUES (?,?,?)",
        [(m.id, code, i) for m in meetings for i, code in enumerate(m.countries)],
    )
    conn.executemany(
        "INSERT INTO participants VALUES (?,?,?,?,?,?,?,?)",
        [(p.id, m.id, i, p.name, p.position, p.organisation, p.country, p.side.value)
         for m in meetings for i, p in enumerate(m.participants)],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO statements VALUES (?,?,?,?,?,?)",
        [(s.id, m.id, i, s.speaker, s.text, s.language) for m in meetings for i, s in enumerate(m.statements)],
    )
    conn.executemany(
        "INSERT INTO actions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(a.id, m.id, i, a.description, a.owner, a.committed_by.value,
          a.due_date.isoformat() if a.due_date else None, a.status.value, a.priority.value,
          a.completed_on.isoformat() if a.completed_on else None, a.notes)
         for m in meetings for i, a in enumerate(m.actions)],
    )  # fmt: skip
    conn.execute("COMMIT")
    conn.close()


LIBRARIES = ("openpyxl", "python-calamine-plus", "python-calamine", "lxml", "reportlab", "python-docx",
             "PySide6-Essentials", "psycopg", "pandas")  # fmt: skip


def _machine() -> str:
    """What the figures were measured with, so that runs on different machines can be read side by side."""
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    return (
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.platform()}, "
        f"{os.cpu_count()} CPUs\n" + ", ".join(versions)
    )


@contextmanager
def group(name: str) -> Iterator[None]:
    """The machine's load before and after a group of jobs: a busy machine slows program and baseline alike, but
    not always by the same amount."""
    print(f"-- {name}: load average {_load()} before")
    try:
        yield
    finally:
        print(f"-- {name}: load average {_load()} after")


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "(not known here)"
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="runs per timed job (search always takes 20 queries)")
    parser.add_argument("--keep", type=Path, help="keep the generated database in this folder")
    parser.add_argument(
        "--only",
        choices=["storage", "excel", "reports", "startup", "entry", "intake", "server"],
        help="run one group of jobs",
    )
    args = parser.parse_args()
    print(_machine())
    print(f"\n{'job':<44} {'program':>14} {'baseline':>14} {'ratio':>8}")
    if args.only in (None, "entry"):
        with group("entry"):
            bench_entry(row)
    if args.only in (None, "intake"):
        with group("intake"):
            bench_intake(row, args.runs)
    if args.only in (None, "reports"):
        with group("reports"):
            bench_reports(args.runs, row)
    if args.only in (None, "storage", "excel", "startup", "server"):
        with group("storage"):
            db = bench_storage(args, timings=args.only in (None, "storage"))
        if args.only in (None, "server"):
            with group("server"):
                bench_server(db, QUERIES, median_ms, row)
        if args.only in (None, "startup"):
            with group("startup"):
                bench_startup(db, row)
        if args.only in (None, "excel"):
            with group("excel"):
                bench_excel(db, row)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process: {peak_mb:,.0f} MB (includes the generated records held in memory)")
    return 0


def bench_storage(args: argparse.Namespace, *, timings: bool = True) -> Path:
    """Generate and load the data (timed against a bare load), then time the queries; returns the database."""
    folder = args.keep or Path(tempfile.mkdtemp(prefix="aide-memoire-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / "bench.sqlite"
    if not timings and args.keep and kept.exists():
        with open_store(kept, daily_backup=False) as store:  # writable: brings an older kept schema up to date
            if store.repo.count_meetings() == args.meetings:
                print(f"reusing {kept}")
                return kept
    print(f"generating {args.meetings:,} meetings, {3 * args.meetings:,} actions in {folder}")
    meetings = list(generate(args.meetings))

    ours_path, bare_path = folder / "bench.sqlite", folder / "bare.sqlite"
    for p in folder.glob("*.sqlite*"):
        p.unlink()
    start = time.perf_counter()
    bare_load(bare_path, meetings)
    bare_s = time.perf_counter() - start

    start = time.perf_counter()
    with open_store(ours_path, daily_backup=False) as store, store.db.transaction():
        for m in meetings:
            store.repo.save_meeting(m)
    ours_s = time.perf_counter() - start
    del meetings

    row("load all records (validate, write, index)", ours_s, bare_s, "s")
    if not timings:
        return ours_path

    with open_store(ours_path, daily_backup=False) as store:
        repo = store.repo
        bare = sqlite3.connect(bare_path)
        bare_fts = sqlite3.connect(ours_path)
        today = dt.date(2026, 11, 27)

        per_query = [median_ms(lambda q=q: repo.search(q), 3) for q in QUERIES]  # type: ignore[misc]
        ours = statistics.median(per_query)
        base = statistics.median(
            median_ms(
                lambda q=q: bare_fts.execute(  # type: ignore[misc]
                    "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid DESC LIMIT 200",
                    (" AND ".join(f'"{w}"*' for w in q.split()),),
                ).fetchall(),
                3,
            )
            for q in QUERIES
        )
        row("search, median of 20 queries", ours, base, target="target < 50 ms")
        print(
            f"{'':<44} slowest query {max(per_query):.1f} ms (bare FTS5 query on the program's own index as baseline)"
        )

        # The meetings list's search box: what one pause in typing costs the window (the list's count, then its first
        # page, as the list model asks them), against the same bare FTS5 query. Each run as new words: what the list
        # remembers of the last words is forgotten first.
        def search_box(q: str) -> None:
            search_index.forget_matches(store.db.conn)
            f = MeetingFilter(text=q)
            repo.count_meetings(f)
            repo.list_meetings(f, limit=200, today=today)

        per_query = [median_ms(lambda q=q: search_box(q), 3) for q in QUERIES]  # type: ignore[misc]
        row("search box: count and first page, median", statistics.median(per_query), base,
            target="target < 50 ms")  # fmt: skip
        print(f"{'':<44} slowest query {max(per_query):.1f} ms (target < 100 ms)")

        # The same pause with the list sorted otherwise than by date (every match held, then sorted), and a page far
        # down the list by date (scrolled to the 20,000th match).
        def search_box_by(q: str, sort: str, offset: int) -> None:
            search_index.forget_matches(store.db.conn)
            f = MeetingFilter(text=q, sort=sort)
            repo.count_meetings(f)
            repo.list_meetings(f, offset=offset, limit=200, today=today)

        for label, sort, offset in (("sorted by title", "title", 0), ("scrolled 20,000 down", "date", 20_000)):
            per_query = [median_ms(lambda q=q, s=sort, o=offset: search_box_by(q, s, o), 3) for q in QUERIES]  # type: ignore[misc]
            row(f"search box {label}, median", statistics.median(per_query), base)
            print(f"{'':<44} slowest query {max(per_query):.1f} ms")

        ours = median_ms(lambda: repo.list_meetings(MeetingFilter(), limit=200, today=today), args.runs * 4)
        base = median_ms(
            lambda: bare.execute("SELECT * FROM meetings ORDER BY date DESC, id DESC LIMIT 200").fetchall(),
            args.runs * 4,
        )
        row("first 200 meetings by date (with counts)", ours, base, target="target < 20 ms")

        ours = median_ms(lambda: repo.count_meetings(MeetingFilter()), args.runs * 4)
        base = median_ms(lambda: bare.execute("SELECT count(*) FROM meetings").fetchone(), args.runs * 4)
        row("count of meetings (list size)", ours, base)

        ours = median_ms(lambda: repo.list_meetings(MeetingFilter(country="KE"), limit=200, today=today), args.runs)
        base = median_ms(
            lambda: bare.execute(
                "SELECT m.* FROM meetings m JOIN meeting_countries c ON c.meeting_id = m.id WHERE c.code = 'KE'"
                " ORDER BY m.date DESC LIMIT 200"
            ).fetchall(),
            args.runs,
        )
        row("first 200 meetings with Kenya", ours, base)
        bare.close()
        bare_fts.close()
    return ours_path


if __name__ == "__main__":
    sys.exit(main())
