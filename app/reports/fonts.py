"""The bundled DejaVu Sans family (Latin, Cyrillic with the Kazakh letters), embedded in every PDF, and Symbola for
the characters DejaVu lacks (most emoji, mathematical letters, regional-indicator letters)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import shipped

FAMILY = "AideSans"
SYMBOLS = "AideSymbols"
SYMBOLS_FILE = "Symbola.ttf"
_FILES = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Italic": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}


def fonts_dir() -> Path:
    folder = shipped("resources", "fonts")
    if (folder / "DejaVuSans.ttf").is_file():
        return folder
    raise FileNotFoundError("the report fonts (resources/fonts/DejaVuSans*.ttf) are missing from this installation")


@lru_cache(maxsize=1)
def register_fonts() -> str:
    folder = fonts_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, f"{FAMILY}-Bold")
    addMapping(FAMILY, 0, 1, f"{FAMILY}-Italic")
    addMapping(FAMILY, 1, 1, f"{FAMILY}-BoldItalic")
    pdfmetrics.registerFont(TTFont(SYMBOLS, str(folder / SYMBOLS_FILE)))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SYMBOLS, bold, italic, SYMBOLS)
    return FAMILY


@lru_cache(maxsize=1)
def main_letters() -> frozenset[str]:
    """The characters the main font draws, as characters: a text's set is checked against it at C speed."""
    return frozenset(map(chr, coverage()[0]))


@lru_cache(maxsize=1)
def coverage() -> tuple[frozenset[int], frozenset[int]]:
    """The characters the main font draws, and those only the symbols font draws."""
    register_fonts()
    main = frozenset(pdfmetrics.getFont(FAMILY).face.charToGlyph)
    symbols = frozenset(pdfmetrics.getFont(SYMBOLS).face.charToGlyph) - main
    return main, symbols
