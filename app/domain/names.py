"""Spelling-insensitive keys for names, so that one person is found in every script and spelling.

A desk writes the same man as Садыков in a Russian record, Sadykov in an English one and Sadyqov in a Kazakh Latin
one. Each word is transliterated to Latin letters (anyascii, a maintained table of every script), then folded:
the letters that transliteration systems spell differently become one (q/k, y/i, ye/yo/e, zh/j, kh/h, w/u ...),
doubled letters become one, and a Russian or Kazakh case ending after a surname's -ov/-ev/-in is cut (Тоқаевтың,
Садыкову). Two words match when their keys are equal; two names when the keys of all their words are. Nothing is
fuzzy: Tokarev keeps a key of its own beside Tokayev.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# A word, with apostrophes inside it (Sing'Oei is one word); hyphens part words (Kassym-Jomart is two).
WORD = re.compile(r"\w+(?:['’ʼ`]\w+)*")

# Spellings of one sound, longest first: each becomes the spelling on the right.
_FOLDS = (
    ("shch", "sh"), ("sch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"),
    ("kh", "h"), ("gh", "g"), ("ph", "f"), ("ts", "c"), ("x", "ks"),
    ("q", "k"), ("w", "u"),
    ("ye", "e"), ("yo", "e"), ("ya", "a"), ("yu", "u"), ("ia", "a"), ("iu", "u"),
    ("ng", "n"), ("y", "i"),
)  # fmt: skip
_FOLD = re.compile("|".join(re.escape(a) for a, _b in _FOLDS))
_FOLD_TO = dict(_FOLDS)
_DOUBLE = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]")

# Case endings of Russian (-а, -у, -ом, -ым, -е, -ой ...) and Kazakh (-тың, -қа, -ты, -та, -тан, -пен ...) as they
# read once folded, cut only after a surname's stem, where they cannot be part of the name itself.
_ENDINGS = (
    "a|u|e|om|im|oi|ih|imi|tin|din|nin|ka|ke|ga|ge|na|ne|ti|di|ni|ta|te|da|de|tan|ten|dan|den|nan|nen|pen|ben|men"
)
_SURNAME = re.compile(rf"^(\w{{2,}}?(?:ov|ev|in))(?:{_ENDINGS})$")


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The key of one word: 'Садыкову', 'Sadykov' and 'Sadyqov' all give 'sadikov'."""
    latin = _NOT_LETTER.sub("", anyascii(word).lower())
    folded = latin
    for _ in range(3):  # until nothing changes: 'mariya' folds to 'maria', and that to 'mara', as 'Maria' does
        again = _DOUBLE.sub(r"\1", _FOLD.sub(lambda m: _FOLD_TO[m.group(0)], folded))
        if again == folded:
            break
        folded = again
    ending = _SURNAME.match(folded)
    return ending.group(1) if ending else folded


def words(text: str) -> list[str]:
    return WORD.findall(text)


def name_key(name: str) -> str:
    """The key of a whole name, word by word in its order: two spellings of one name give the same key."""
    return " ".join(k for k in (word_key(w) for w in words(name)) if k)


def text_keys(text: str) -> list[str]:
    """The keys of the capitalised words of a text (the names in it) that differ from the words as written:
    what a search index adds so that a name is found from any script."""
    found: dict[str, None] = {}
    for w in _capitalised_words().findall(text):
        key = _added_key(w)
        if key:
            found[key] = None
    return list(found)


@lru_cache(maxsize=1)  # made when first needed (the first record indexed), not at start: 20 ms
def _capitalised_words() -> re.Pattern[str]:
    """The words WORD finds whose first letter is a capital, found without going through the others (most words
    of a long text are not names): a capital letter where a word of WORD begins, that is neither after a letter nor
    after an apostrophe that follows one (l'Europe is one word, not a capitalised one)."""
    capitals = [chr(c) for c in range(_CASED_UP_TO) if chr(c).isupper() and re.match(r"\w", chr(c))]
    spans: list[tuple[str, str]] = []
    for ch in capitals:
        if spans and ord(ch) == ord(spans[-1][1]) + 1:
            spans[-1] = (spans[-1][0], ch)
        else:
            spans.append((ch, ch))
    letters = "".join(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}" for a, b in spans)
    return re.compile(rf"(?<!\w)(?<!\w['’ʼ`])[{letters}]\w*(?:['’ʼ`]\w+)*")


_CASED_UP_TO = 0x20000  # no script past the first two planes has capitals (a test keeps this true)


@lru_cache(maxsize=65536)
def _added_key(word: str) -> str:
    """A capitalised word's key where it differs from the word as written, else ''. Kept: an import indexes the same
    names, places and titles thousands of times."""
    key = word_key(word)
    return key if key and key != word.casefold() else ""
