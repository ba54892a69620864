"""The program's one catalogue of translations, read without Qt.

The window loads the compiled catalogues (.qm) through Qt; the briefs and the command line, which run without Qt,
read the same translations from the translators' files (resources/translations/aide_memoire_<code>.ts). A string
is marked for the catalogue with QT_TRANSLATE_NOOP(context, text), which lupdate finds in any module of app/
(tools/translations.py), so every word the program prints, on screen or on paper, is translated in one place.
"""

from __future__ import annotations

import contextlib
from functools import lru_cache

from app.resources import shipped

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
SOURCE_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks text for the catalogue under context; returns it unchanged."""
    return text


@lru_cache(maxsize=8)
def entries(language: str) -> dict[tuple[str, str], str]:
    """(context, English text) → the language's text, for every finished translation in the language's file."""
    if language == SOURCE_LANGUAGE:
        return {}
    path = shipped("resources", "translations", f"aide_memoire_{language}.ts")
    if not path.is_file():
        return {}
    from defusedxml import ElementTree

    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if translation.text:
                found[(name, source.text or "")] = translation.text
    return found


def translate(language: str, context: str, text: str) -> str:
    """The text in the language; the English text where the catalogue has none."""
    return entries(language).get((context, text), text)


_WINDOWS_NAMES = {"english": "en", "russian": "ru", "kazakh": "kk"}  # Windows names its locales in words


def language_or_default(language: str | None) -> str:
    """A language the program speaks: the one given ('ru', 'kk_KZ'), else the system's (as the window takes it:
    LC_ALL, LC_MESSAGES, LANG, then the locale), else English."""
    import os

    candidates = [language or ""]
    candidates += [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    if not language:
        import locale

        with contextlib.suppress(ValueError):
            candidates.append(locale.getlocale()[0] or "")
    for candidate in candidates:
        code = candidate.replace("-", "_").split("_")[0].split(".")[0].lower()
        code = _WINDOWS_NAMES.get(code, code)
        if code in LANGUAGES:
            return code
        if code and code not in ("c", "posix"):
            return SOURCE_LANGUAGE  # a language the program has no words for: English
    return SOURCE_LANGUAGE
