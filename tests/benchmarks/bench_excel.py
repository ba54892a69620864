"""Workbook export against bare openpyxl write-only writing the same values (both with lxml when it is installed);
the window's import (preview, then apply) against bare openpyxl read-only; the command line's import, whole process,
against pandas read_excel (calamine engine) + to_sql, with the peak memory of each; the same for a copy LibreOffice
saved (shared strings, as spreadsheets write them), when LibreOffice is installed; both imports also against pandas
making the store the program makes (tests.benchmarks.pandas_store: the same indexes and search indexes, by SQL);
and the import against the store's own writing of the same rows by bare sqlite3 (tests.benchmarks.sqlite_floor)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.xml import lxml_available as openpyxl_lxml

from app.excel.contract import ACTIONS, MEETINGS, PARTICIPANTS, SHEETS, STATEMENTS, SheetSpec
from app.excel.rows import Value, child_values, fingerprint, meeting_values
from app.services.exchange import apply_import, export_workbook, plan_import
from app.services.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def _values(store_path: Path) -> dict[str, list[list[object]]]:
    """Every cell the program's export holds (its export-check column too), computed outside the timing."""
    rows: dict[str, list[list[object]]] = {spec.name: [] for spec in SHEETS}

    def add(spec: SheetSpec, values: list[Value]) -> None:
        rows[spec.name].append([*values, fingerprint(values, spec)])

    with open_store(store_path, read_only=True) as store:
        ids = store.repo.meeting_ids()
        for start in range(0, len(ids), 500):
            for m in store.repo.get_meetings(ids[start : start + 500]):
                add(MEETINGS, meeting_values(m))
                for p in m.participants:
                    add(PARTICIPANTS, child_values(p, m.id))
                for s in m.statements:
                    add(STATEMENTS, child_values(s, m.id))
                for a in m.actions:
                    add(ACTIONS, child_values(a, m.id))
    return rows


def bare_write(path: Path, rows: dict[str, list[list[object]]]) -> None:
    book = Workbook(write_only=True)
    for spec in SHEETS:
        ws = book.create_sheet(spec.name)
        ws.append([c.header for c in spec.columns])
        for r in rows[spec.name]:
            ws.append(r)
    book.save(path)


def bare_read(path: Path) -> int:
    book = load_workbook(path, read_only=True)
    count = 0
    for ws in book.worksheets:
        for _row in ws.iter_rows(values_only=True):
            count += 1
    book.close()
    return count


def _timed_bare_write(path: Path, rows: dict[str, list[list[object]]]) -> float:
    return _seconds(lambda: bare_write(path, rows))


def _seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_excel(db: Path, row: Callable[..., None]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="aide-memoire-bench-excel-"))
    ours_file, bare_file = folder / "ours.xlsx", folder / "bare.xlsx"
    written: list[Path] = []
    with open_store(db, read_only=True) as store:
        ours = _seconds(lambda: written.append(export_workbook(store.repo, ours_file, include_confidential=True).path))
    ours_file = written[0]  # a workbook holding secret meetings carries the marking in its name
    base = _timed_bare_write(bare_file, _values(db))
    row("export to a workbook", ours, base, "s", "target <= 1.3x")
    print(f"{'':<44} lxml {'used' if openpyxl_lxml() else 'NOT installed'} by openpyxl (both sides)")
    size_mb = ours_file.stat().st_size / 1024**2
    print(f"{'':<44} workbook {size_mb:,.0f} MB ({bare_file.stat().st_size / 1024**2:,.0f} MB bare)")

    target = folder / "imported.sqlite"

    def window_import() -> None:  # the window's way: a preview (one read), then the import the user confirms
        with open_store(target, daily_backup=False) as store:
            plan = plan_import(store.repo, ours_file)
            apply_import(store.db, store.repo, plan)

    ours = _seconds(window_import)
    base = _seconds(lambda: bare_read(ours_file))
    row("window: preview, then import (empty database)", ours, base, "s", "vs bare openpyxl read-only")

    # The command line's one pass, whole process, against an analyst's pandas (calamine engine, then to_sql), also a
    # whole process: the same workbook, back to back, each reporting its own peak memory.
    _import_beside_pandas(row, "import, whole process (command line)", ours_file, folder / "own",
                          "target <= 1.5x pandas calamine + to_sql (four bare tables)",
                          "pandas, then the store's indexes and search by SQL", floor_from=target)  # fmt: skip

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice is not installed: the import of a spreadsheet-saved copy is not measured")
        return
    saved = folder / "saved-by-calc"
    started = time.perf_counter()
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(saved), str(ours_file)],
                   check=True, capture_output=True, timeout=3600)  # fmt: skip
    print(f"{'':<44} (LibreOffice saved the copy in {time.perf_counter() - started:,.0f} s)")
    _import_beside_pandas(row, "import of a copy saved by LibreOffice", saved / ours_file.name, folder / "calc",
                          "shared strings; vs pandas", "shared strings")  # fmt: skip


ROUNDS = 3  # each side this many times, taking turns: a shared machine's speed wanders by a third in minutes


def _import_beside_pandas(
    row: Callable[..., None],
    job: str,
    workbook: Path,
    scratch: Path,
    target: str,
    same_target: str = "",
    floor_from: Path | None = None,
) -> None:
    """The command line's import and, when pandas is installed, pandas' of the same workbook, each a process, in
    turn ROUNDS times: the medians are compared, and the largest peak memory of each is shown. `floor_from`: a
    store this workbook was imported into, whose rows are also written again by bare sqlite3 in each turn
    (tests.benchmarks.sqlite_floor): the part of the import that is the store's own writing."""
    scratch.mkdir()
    ours: list[tuple[float, float]] = []
    base: list[tuple[float, float]] = []
    same: list[tuple[float, float]] = []
    floor: list[float] = []
    for n in range(ROUNDS):
        ours.append(_process(CLI_IMPORT, str(scratch / f"ours-{n}.sqlite"), str(workbook)))
        if _has_pandas():
            base.append(_process(PANDAS_IMPORT, str(scratch / f"pandas-{n}.sqlite"), str(workbook)))
            same.append(_process(PANDAS_STORE, str(scratch / f"same-{n}.sqlite"), str(workbook)))
        seconds = _floor(floor_from, scratch / f"floor-{n}.sqlite") if floor_from is not None else None
        if seconds is not None:
            floor.append(seconds)
        for made in scratch.iterdir():  # (600 MB a store: not kept)
            made.unlink()
    ours_s, ours_mb = statistics.median(s for s, _ in ours), max(mb for _, mb in ours)
    if floor:
        row("import vs its own writes from ready rows", ours_s, statistics.median(floor), "s",
            "bare sqlite3: the same rows, indexes, search")  # fmt: skip
    if not base:
        print(f"{job:<44} {ours_s:>10.1f} s   peak {ours_mb:,.0f} MB (no pandas here)")
        return
    base_s, base_mb = statistics.median(s for s, _ in base), max(mb for _, mb in base)
    row(job, ours_s, base_s, "s", target)
    same_s, same_mb = statistics.median(s for s, _ in same), max(mb for _, mb in same)
    row("  the same, vs pandas making the same store", ours_s, same_s, "s", same_target)
    runs = ", ".join(f"{a:.0f}/{b:.0f}/{c:.0f}" for (a, _), (b, _), (c, _) in zip(ours, base, same, strict=True))
    print(f"{'':<44} medians of {ROUNDS} turns each (s, ours/pandas/pandas same store: {runs})")
    print(f"{'':<44} peak memory {ours_mb:,.0f} MB (pandas {base_mb:,.0f} MB, same store {same_mb:,.0f} MB);"
          " target < 400 MB")  # fmt: skip


# A child process that runs one job and reports its own peak memory: ru_maxrss of a child would count the pages it
# shared with this (large) process between fork and exec. Added to it: the peak of the largest process it started
# (the import's workbook reader), as if both peaked at once.
_PEAK = (
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')] if sys.platform == 'linux' else [];"
    "peak = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
    "peak += resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;"
    "print('PEAK', peak, file=sys.stderr)"
)
CLI_IMPORT = (
    "import sys, resource; from app.cli import main;"
    "code = main(['--db', sys.argv[1], 'import', sys.argv[2]]);" + _PEAK + "; sys.exit(code)"
)
# pandas' import, then with SQL the indexes and search indexes the program's store holds (tests.benchmarks.pandas_store)
PANDAS_STORE = (
    "import sys, resource; from tests.benchmarks.pandas_store import make; make(sys.argv[1], sys.argv[2]);" + _PEAK
)
PANDAS_IMPORT = (
    "import sys, resource, sqlite3; import pandas as pd; conn = sqlite3.connect(sys.argv[1]);"
    "[pd.read_excel(sys.argv[2], sheet_name=n, engine='calamine').to_sql(n, conn, index=False)"
    " for n in ('Meetings', 'Participants', 'Statements', 'Actions')]; conn.commit();" + _PEAK
)


def _process(script: str, *args: str) -> tuple[float, float]:
    """(seconds, peak MB) of a fresh Python process running the script."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, *args], check=True, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)  # fmt: skip
    seconds = time.perf_counter() - start
    return seconds, int(done.stderr.split("PEAK")[-1].split()[0]) / 1024


def _floor(source: Path, target: Path) -> float | None:
    """Seconds bare sqlite3 takes to write the rows of `source` again (tests.benchmarks.sqlite_floor); None where
    it cannot (a SQLite without FTS5 keeps no search tables to copy)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.sqlite_floor", str(source), str(target)],
                          env=env, capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    if done.returncode != 0:
        print(f"{'':<44} the floor was not measured: {done.stderr.strip().splitlines()[-1:]}")
        return None
    return float(done.stdout.split()[-1])


def _has_pandas() -> bool:
    return importlib.util.find_spec("pandas") is not None
