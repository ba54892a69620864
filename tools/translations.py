"""Bring the translation files up to date with the code, then compile them for the program.

    python tools/translations.py

lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of app/ui, and the QT_TRANSLATE_NOOP strings
of the modules that run without Qt (the briefs' words, the vocabulary: app.catalogue), into each
resources/translations/*.ts (keeping what translators wrote, dropping strings the code no longer has); lrelease
compiles each .ts into the .qm the window loads (the briefs read the .ts). Edit a .ts with Qt Linguist
(pyside6-linguist). A new language: copy an existing .ts to aide_memoire_<code>.ts, change its language attribute,
clear its translations, and run this. aide_memoire_en.ts holds English plurals alone (lupdate -pluralonly).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
# English is the source language: its file holds only the strings with a number in them ("%n meeting(s)"), each
# with its English singular and plural, so that the window says "1 meeting", "3 meetings".
SOURCE_PLURALS = "aide_memoire_en"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} was not found: install the project with pip install -e .[dev]")
    return found


def sources() -> list[str]:
    """The modules lupdate reads: the window's, and every other module that marks strings for the catalogue."""
    window = list((ROOT / "app" / "ui").glob("*.py"))
    marked = [
        p
        for p in (ROOT / "app").rglob("*.py")
        if p.parent.name != "ui" and p.name != "catalogue.py" and "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")
    ]
    return sorted(str(p.relative_to(ROOT)) for p in window + marked)


def main() -> int:
    sources_ = sources()
    for ts in sorted(FOLDER.glob("*.ts")):
        only = ["-pluralonly"] if ts.stem == SOURCE_PLURALS else []
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *only, *sources_, "-ts", str(ts)], check=True,
                       cwd=ROOT)  # fmt: skip
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
