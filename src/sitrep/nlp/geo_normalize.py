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
# The words norm_key keeps: maximal runs of [a-z0-9] (everything else separates words;
# one findall, rather than a substitution by spaces and a split).
_ALNUM_RUN = re.compile(r"[a-z0-9]+")
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
        # Most names: nothing to decompose (the slow, per-character path below); of the
        # apostrophes, only ' and ` are ASCII.
        text = text.casefold()
        return _APOSTROPHES.sub("", text) if "'" in text or "`" in text else text
    text = text.translate(_LATIN_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", text.casefold().translate(_LATIN_EXTRA))


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    # Cached: place names share their words ("al", "city", a town's name in many phrases),
    # and norm_key's own cache sees each new phrase only once.
    # (the substitutions only when their pattern is there: a substitution with a template,
    # "\\1", costs a few microseconds even where nothing matches)
    if len(word) >= 5 and word[0] in "ae" and _GLUED_ARTICLE.match(word):
        word = word[1:]  # (the article's letter: the pattern matches it alone, at the start)
    word = word.replace("ee", "i").replace("oo", "u").replace("ou", "u").replace("q", "k")
    if _DOUBLE.search(word):
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
    return words_key(_ALNUM_RUN.findall(fold(text)))


def words_key(words: list[str]) -> str:
    """The key of a name whose folded words (runs of [a-z0-9], as :func:`norm_key` splits
    the folded name) are ``words``: articles dropped before the last word, each word's own
    key. For a caller that has the words already ("San Antonio Police" as three lower-cased
    ASCII words) and would otherwise fold and split each phrase of them again."""
    if len(words) > 1:
        kept = [w for w in words[:-1] if w not in ARTICLES]
        kept.append(words[-1])
        words = kept
    return " ".join(map(_word_key, words))


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
