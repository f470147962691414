"""Spelling-insensitive keys for place names.

Journalists transliterate Arabic, Somali or Pashto names in many ways ("Deir Ezzor",
"Deir ez-Zor", "Dayr az Zawr"; "Raqa", "Raqqah"; "Hasakeh", "Al-Hassakah"). Both the
gazetteer's names and the phrases found in text go through :func:`norm_key`, so that the
match is a plain dictionary lookup. The rules only fold differences that do not tell places
apart: case, diacritics, apostrophes and hyphens, Arabic articles, doubled letters, a final
"-h"/"-eh", and a few vowel and q/k spellings. What is left over is handled by alternate
names (GeoNames and our curated tables) and, inside the document's country only, by fuzzy
matching on these keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic (and a few other) articles that are written or dropped at will: "al-Hasakah",
# "Ras el Ain", "Deir ez-Zor", "Dar es Salaam". Dropped when not the last word.
ARTICLES = frozenset(
    "al el il ul ad adh ar as ash at ath az an ed er es et ez en l the e i y ye".split()
)
_APOSTROPHES = re.compile(r"['’‘`´ʿʾʼ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")
# An article glued by assimilation: "Ezzor", "Assukhna", "Arraqqa" (a/e + doubled sun letter).
_GLUED_ARTICLE = re.compile(r"^[ae](?=([dnrstz])\1)")
_LATIN_EXTRA = str.maketrans({"ı": "i", "ø": "o", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ß": "ss",
                              "æ": "ae", "œ": "oe", "ḩ": "h", "ḑ": "d", "ţ": "t", "ş": "s",
                              # Azerbaijani schwa, written "a" in English: Tərtər, Tartar
                              "ə": "a", "ǝ": "a"})


def fold(text: str) -> str:
    """Lower-case ASCII folding: diacritics and apostrophes removed, other marks kept."""
    if text.isascii():
        # Most names: nothing to decompose (the slow, per-character path below).
        return _APOSTROPHES.sub("", text.casefold())
    text = text.translate(_LATIN_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", text.casefold().translate(_LATIN_EXTRA))


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    # Cached: place names share their words ("al", "city", a town's name in many phrases),
    # and norm_key's own cache sees each new phrase only once.
    if len(word) >= 5:
        word = _GLUED_ARTICLE.sub("", word)
    word = word.replace("ee", "i").replace("oo", "u").replace("ou", "u").replace("q", "k")
    word = _DOUBLE.sub(r"\1", word)
    if len(word) > 3:
        if word.endswith("eh"):
            word = word[:-2] + "a"
        elif word.endswith("h"):
            word = word[:-1]
    return word


def glued_article(word: str) -> bool:
    """Whether :func:`norm_key` drops a glued article from this (folded) word ("assukhna",
    but also "eddie", "errol": English names that only look like one)."""
    return len(word) >= 5 and _GLUED_ARTICLE.match(word) is not None


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    """The lookup key of a place name ("" when nothing is left). Cached: text repeats."""
    words = _NON_ALNUM.sub(" ", fold(text)).split()
    if len(words) > 1:
        kept = [w for w in words[:-1] if w not in ARTICLES]
        words = kept + words[-1:]
    return " ".join(_word_key(w) for w in words if w)


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin script (GeoNames mixes all scripts)."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


_MARKS = re.compile(r"['’‘`´ʿʾʼ]")


def ascii_name(name: str) -> str:
    """A display form without diacritics or ayn/hamza marks ("Ḩamāh" -> "Hamah")."""
    text = unicodedata.normalize("NFKD", name.translate(_LATIN_EXTRA_DISPLAY))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _MARKS.sub("", text)


_LATIN_EXTRA_DISPLAY = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ḩ": "h", "Ḩ": "H",
                                      "ţ": "t", "Ţ": "T", "ş": "s", "Ş": "S", "ḑ": "d", "Ḑ": "D",
                                      "ə": "a", "Ə": "A", "ǝ": "a", "Ǝ": "A"})
