"""Make the application icon in every size the installers need from resources/icons/aide-memoire.svg.

    python tools/make_icons.py

Writes resources/icons/aide-memoire-<size>.png (16 to 1024), aide-memoire.ico (Windows, 16 to 256 in one file) and
aide-memoire.icns (macOS). The SVG is drawn by Qt's own renderer; Pillow (pip install -e ".[installer]") packs the
.ico and .icns. The results are committed, so a build needs neither.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "icons"
SOURCE = FOLDER / "aide-memoire.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a drawable SVG")
    pngs = {}
    for size in SIZES:
        path = FOLDER / f"aide-memoire-{size}.png"
        if not render(renderer, size).save(str(path)):
            raise SystemExit(f"could not write {path}")
        pngs[size] = path
    from PIL import Image

    largest = Image.open(pngs[1024])
    ico_sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    largest.save(FOLDER / "aide-memoire.ico", sizes=ico_sizes)
    largest.save(FOLDER / "aide-memoire.icns")
    print(f"icons written to {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
