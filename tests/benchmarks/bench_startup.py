"""Start-up: from a fresh process to the main window shown on the benchmark database, against a bare QMainWindow
holding an empty QTableView started the same way (a fresh process, the offscreen platform), alternating, 11 pairs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.services.store import open_store
from app.storage.paths import backup_dir

ROOT = Path(__file__).resolve().parents[2]

# Both end at the window's first paint (what the user waits for), not when show() returns; os._exit so that the
# time does not include shutting down (nor, on a first start, the day's backup, which begins after the paint).
ON_FIRST_PAINT = """
import os
from PySide6.QtCore import QEvent, QObject
class _Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            os._exit(0)
        return False
"""

OURS = (
    ON_FIRST_PAINT
    + """
import sys
from pathlib import Path
import app.cli  # the way the program starts: the command line, which then imports the window's module
from app.ui.main import make_application, open_store_interactively
from app.ui.dialogs import DialogService
from app.ui.main_window import MainWindow
app = make_application()
store = open_store_interactively(Path(sys.argv[1]), DialogService())
window = MainWindow(store)
painted = _Painted()
window.installEventFilter(painted)
window.show()
window.start_daily_backup_once_painted()  # as run_window does: on a thread of its own, after the first paint
app.exec()
"""
)

BARE = (
    ON_FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1200, 760)
painted = _Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""
)


def _run(script: str, *args: str, config: Path | None = None) -> float:
    # A settings folder of its own: the window opens where a first start opens (the overview), never where the
    # person running the benchmark last left their own window.
    # Bytecode as an installed program has it (pip and PyInstaller compile the modules): written by the warm-up run
    # into a cache folder of its own, even where the environment says PYTHONDONTWRITEBYTECODE.
    scratch = Path(tempfile.gettempdir())
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(XDG_CONFIG_HOME=str(config or scratch / "aide-memoire-bench-config"),
               PYTHONPYCACHEPREFIX=str(scratch / "aide-memoire-bench-pycache"))  # fmt: skip
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def bench_startup(db: Path, row: Callable[..., None], runs: int = 11) -> None:
    """The two starts alternate, so that whatever else the machine does falls on both alike; the ratio is the
    median of the pairs' ratios. A later start of the day finds the day's backup made; a first start does not (its
    backups are taken away before each run), so it starts the copy of the whole database as well."""
    backups = backup_dir(db)
    with tempfile.TemporaryDirectory(prefix="aide-memoire-bench-config-") as config:
        # Settings of their own, new each run: the window opens where a first start opens (the overview).
        folder = Path(config)
        _run(BARE, config=folder)  # the first start pays for the disk cache; both are measured warm
        _run(OURS, str(db), config=folder)
        _make_todays_backup(db)
        later = [(_run(OURS, str(db), config=folder), _run(BARE, config=folder)) for _ in range(runs)]
        first = []
        for _ in range(runs):
            _forget_backups(backups)
            first.append((_run(OURS, str(db), config=folder), _run(BARE, config=folder)))
        _forget_backups(backups)
    for job, pairs in (("start-up to the window painted", later), ("first start of a day, window painted", first)):
        ours = statistics.median(o for o, _ in pairs)
        base = statistics.median(b for _, b in pairs)
        ratio = statistics.median(o / b for o, b in pairs)
        row(job, ours * 1000, base * 1000, "ms", "target <= 2.0x", ratio=ratio)
    print(f"{'':<44} database {db.stat().st_size / 1024**2:,.0f} MB; the first start's backup goes on after the paint")


def _forget_backups(folder: Path) -> None:
    for old in folder.glob("*daily*"):
        old.unlink()
    for partial in folder.glob(".*.partial"):
        partial.unlink()


def _make_todays_backup(db: Path) -> None:
    """The warm-up start may have begun the day's backup and been ended before it finished: make one whole."""
    _forget_backups(backup_dir(db))
    with open_store(db):  # opened for writing, a store makes the day's backup
        pass
