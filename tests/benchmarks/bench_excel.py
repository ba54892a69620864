"""Workbook export against bare openpyxl write-only writing the same values; import (read, check, compare, write)
against bare openpyxl read-only iter_rows over the same file; peak memory of an import in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

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
    size_mb = ours_file.stat().st_size / 1024**2
    print(f"{'':<44} workbook {size_mb:,.0f} MB ({bare_file.stat().st_size / 1024**2:,.0f} MB bare)")

    target = folder / "imported.sqlite"

    def ours_import() -> None:
        with open_store(target, daily_backup=False) as store:
            plan = plan_import(store.repo, ours_file)
            apply_import(store.db, store.repo, plan)

    ours = _seconds(ours_import)
    base = _seconds(lambda: bare_read(ours_file))
    row("import into an empty database", ours, base, "s", "target <= 2.0x")

    again = folder / "memory.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # The import runs in a process of its own, which reports its own peak: ru_maxrss of a child would count the
    # pages it shared with this (large) process between fork and exec.
    report = (
        "import sys, resource; from app.cli import main; code = main(sys.argv[1:]);"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')] if sys.platform == 'linux' else [];"
        "peak = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        "print('PEAK', peak, file=sys.stderr); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", report, "--db", str(again), "import", str(ours_file)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = int(done.stderr.split("PEAK")[-1].split()[0]) / 1024
    print(f"{'import, peak memory of its process':<44} {peak:>10,.0f} MB {'':<18} target < 400 MB")
