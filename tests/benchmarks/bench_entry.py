"""Data entry: the keys a fast typist needs to enter issue 13's meeting (tests/ui/keyboard.py) in the window, next
to the characters of content typed. Run in a fresh process on the offscreen platform, on a database holding the
sample (so that one participant is picked from the people the desk knows)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt, QCoreApplication, QSettings
from app.ui.main import make_application
from app.services.store import open_store
from app.services.sample import load_sample
from app.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedDialogs
from tests.ui.keyboard import CTRL, Keyboard, enter_mou
app = make_application()
QSettings().clear()
with open_store(Path(sys.argv[1]), daily_backup=False) as store:
    load_sample(store.repo)
    dialogs = ScriptedDialogs()
    window = MainWindow(store, dialogs)
    window.show()
    window.activateWindow()
    import time
    deadline = time.monotonic() + 5
    while not window.isActiveWindow() and time.monotonic() < deadline:
        app.processEvents()
    window.show_meetings()
    window.meetings.table.setFocus()
    app.processEvents()
    kb = Keyboard()
    saved = []
    def type_it(editor):
        enter_mou(kb)
        saved.append(editor.result() == 1)
        return saved[-1]
    dialogs.dialog_script = type_it
    kb.press(Qt.Key.Key_N, CTRL)
    print(json.dumps({"keys": kb.keys, "content": kb.content, "saved": saved == [True]}))
    window.close()
"""


def bench_entry(row: Callable[..., None]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
                   XDG_CONFIG_HOME=str(Path(folder) / "config"))  # fmt: skip
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(Path(folder) / "entry.sqlite")], env=env,
                              capture_output=True, text=True, check=True)  # fmt: skip
        result = json.loads(done.stdout.strip().splitlines()[-1])
    if not result["saved"]:
        raise RuntimeError("the meeting typed by the benchmark was not saved")
    target = f"target <= {1.05 * result['content'] + 60:.0f} keys (1.05x + 60)"
    row("keys to enter issue 13's meeting (per character)", result["keys"], result["content"], "key", target)
