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

ROOT = Path(__file__).resolve().parents[2]

OURS = """
import sys
from pathlib import Path
import app.cli  # the way the program starts: the command line, which then imports the window's module
from app.ui.main import make_application, open_store_interactively
from app.ui.dialogs import DialogService
from app.ui.main_window import MainWindow
from PySide6.QtCore import QTimer
app = make_application()
store = open_store_interactively(Path(sys.argv[1]), DialogService())
window = MainWindow(store)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
store.close()
"""

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


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
    median of the pairs' ratios."""
    with tempfile.TemporaryDirectory(prefix="aide-memoire-bench-config-") as config:
        # Settings of their own, new each run: the window opens where a first start opens (the overview).
        folder = Path(config)
        _run(BARE, config=folder)  # the first start pays for the disk cache; both are measured warm
        _run(OURS, str(db), config=folder)
        pairs = [(_run(OURS, str(db), config=folder), _run(BARE, config=folder)) for _ in range(runs)]
    ours = statistics.median(o for o, _ in pairs)
    base = statistics.median(b for _, b in pairs)
    ratio = statistics.median(o / b for o, b in pairs)
    row("start-up to the main window shown", ours * 1000, base * 1000, "ms", "target <= 2.0x", ratio=ratio)
