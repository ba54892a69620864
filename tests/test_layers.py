"""Each floor of the program imports only what is below it: Qt only in app/ui, and the window reaches the records
through app.services, never app.storage (so that a department server can come in behind the services)."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def test_the_window_imports_nothing_from_storage():
    offenders = {
        str(p.relative_to(APP)): sorted(m for m in _imports(p) if m == "app.storage" or m.startswith("app.storage."))
        for p in (APP / "ui").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_qt_stays_in_the_window():
    offenders = {
        str(p.relative_to(APP)): sorted(m for m in _imports(p) if m.split(".")[0] == "PySide6")
        for p in APP.rglob("*.py")
        if "ui" not in p.relative_to(APP).parts
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_check_can_fail(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from app.storage.repository import Repository\nimport PySide6.QtCore\n", encoding="utf-8")
    assert {"app.storage.repository", "PySide6.QtCore"} <= _imports(sample)
