"""The window's language: the program's own translations and Qt's (standard buttons, dialogs), for the system's
language unless one is asked for. Dates and numbers follow the same locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import shipped

CATALOGUE = "aide_memoire"


def available_languages() -> list[str]:
    """The languages the program is translated into, English (the source) first."""
    folder = shipped("resources", "translations")
    return ["en", *sorted(p.stem.removeprefix(CATALOGUE + "_") for p in folder.glob(f"{CATALOGUE}_*.qm"))]


def install_translations(app: QCoreApplication, language: str = "") -> QLocale:
    """Load the translations for the language ('ru', 'kk_KZ'; '' means the system's) and make its locale the default.

    A language without a translation keeps English words but still gets its own date and number formats."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:  # a system with no locale set (LANG=C): dates as '7 03 2024'
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", str(shipped("resources", "translations"))):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    return locale
