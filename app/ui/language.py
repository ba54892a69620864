"""The window's language: the program's own translations and Qt's (standard buttons, dialogs), for the system's
language unless one is asked for. Dates and numbers follow the same locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import shipped

CATALOGUE = "aide_memoire"


def available_languages() -> list[str]:
    """The languages the program is translated into, English (the source) first."""
    folder = shipped("resources", "translations")
    found = (p.stem.removeprefix(CATALOGUE + "_") for p in folder.glob(f"{CATALOGUE}_*.qm"))
    return ["en", *sorted(code for code in found if code != "en")]  # (English's file holds its plurals alone)


def install_translations(app: QCoreApplication, language: str = "") -> QLocale:
    """Load the translations for the language ('ru', 'kk_KZ'; '' means the system's) and make its locale the default.

    A language without a translation keeps English words but still gets its own date and number formats.
    English's own file holds only the singular and plural of the strings that count ("%n meeting(s)")."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:  # a system with no locale set (LANG=C): dates as '7 03 2024'
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    ours = QTranslator(app)
    folder = str(shipped("resources", "translations"))
    # A language the program does not speak gets English, with English plurals ("1 meeting", "3 meetings").
    if ours.load(locale, CATALOGUE, "_", folder) or ours.load(f"{CATALOGUE}_en", folder):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    return locale
