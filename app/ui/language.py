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


def locale_for(language: str) -> QLocale:
    """The locale of the window's words, dates and numbers: the system's, or the one of the language asked for.

    A language the system also speaks keeps the system's own formats (English on a British system: 07/03/2024).
    English asked for elsewhere gets day-first dates (British), not Qt's American default, where 3/7/24 is the 7th of
    March: a desk in Astana reads it as the 3rd of July. A system with no locale (LANG=C) is taken as English."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:  # (Qt's C locale writes dates as '7 03 2024')
        system = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if not language:
        return system
    wanted = QLocale(language)
    if "_" in language or "-" in language:  # a territory asked for ('en_US', 'kk-KZ'): as asked
        return wanted
    if wanted.language() == system.language():
        return system
    if wanted.language() == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return wanted


def install_translations(app: QCoreApplication, language: str = "") -> QLocale:
    """Load the translations for the language ('ru', 'kk_KZ'; '' means the system's) and make its locale the default.

    A language without a translation keeps English words but still gets its own date and number formats.
    English's own file holds only the singular and plural of the strings that count ("%n meeting(s)")."""
    locale = locale_for(language)
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
