"""Normalisers the scorers use to compare gold and predicted values.

The gold sets spell the same place in many ways ("Idlib governorate", "Idleb", "al-Hasakah",
"Al Hassakah", "hasakeh"). The README asks for a match "after normalising case, accents, al-,
and words such as governorate, province, county, district, oblast (North != South)". Two
levels are used:

* :func:`norm_place`: case and accents folded, punctuation to spaces, the Arabic article and
  administrative words dropped, direction words written one way (``"Nord"`` -> ``"north"``).
  ``"Deir ez-Zor Governorate"`` -> ``"deir zor"``.
* :func:`skeleton`: the normalised name without vowels (and the semivowels y/w), doubled
  letters collapsed and a final vowel-``h`` dropped, the first letter kept.  It makes
  transliteration variants equal (``"Hasakeh"``, ``"Al-Hassakah"`` -> ``"hsk"``) while
  distinct provinces of one country stay distinct.

:func:`place_match` accepts either level, and only when both names carry the same direction
words.  Word lists live in ``src/sitrep/data/eval/lexicon.yaml``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from sitrep.datafiles import parse_yaml
from sitrep.geo import km as haversine_km


@cache
def load_data(name: str) -> Any:
    """Load ``src/sitrep/data/eval/<name>`` (YAML) once per process."""
    text = resources.files("sitrep.data").joinpath("eval").joinpath(name).read_text("utf-8")
    return parse_yaml(text)


def lexicon() -> dict[str, Any]:
    return load_data("lexicon.yaml")


# Letters that NFKD does not decompose into an ASCII base.
_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                       "ð": "d", "þ": "th"})
# Apostrophes and ayn/hamza marks vanish inside a word: "Murang'a" = "Muranga", "Dar'a" = "Dara".
_QUOTES = re.compile(r"['’‘`ʿʾʼ´]")
_NON_WORD = re.compile(r"[^a-z0-9-]+")
_PARENS = re.compile(r"\([^)]*\)")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes; other punctuation becomes a space."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", _QUOTES.sub("", text))


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    lex = lexicon()
    admin: set[str] = set()
    for word in lex["admin_words"]:
        admin.update(fold(word).replace("-", " ").split())
        admin.add(fold(word).strip())
    directions = {str(k): str(v) for k, v in lex["direction_words"].items()}
    return (frozenset(admin), frozenset(lex["articles"]), directions)


def _tokens(text: str) -> list[str]:
    admin, articles, directions = _word_sets()
    out: list[str] = []
    for raw in fold(text).split():
        # "al-hasakah" -> "hasakah"; "ez-zor" -> "zor"; other hyphens separate words.
        head, sep, rest = raw.partition("-")
        if sep and head in articles and rest:
            raw = rest
        for tok in raw.split("-"):
            if tok and tok not in articles and tok not in admin:
                out.append(directions.get(tok, tok))
    return out


@lru_cache(maxsize=65536)
def norm_place(name: str | None) -> str:
    """Canonical form of a place name for equality (see module docstring)."""
    if not name:
        return ""
    return " ".join(_tokens(name))


def norm_text(text: str) -> str:
    """A whole text normalised like place names, padded with spaces for word look-ups."""
    return " " + " ".join(_tokens(text)) + " "


def mentions(normed_text: str, name: str | None) -> bool:
    """Whether ``name`` occurs as whole words in a text prepared by :func:`norm_text`."""
    key = norm_place(name)
    return bool(key) and f" {key} " in normed_text


_VOWEL_H = re.compile(r"([aeiou])h\b")
_DROP = re.compile(r"[aeiouyw]")
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def skeleton(name: str | None) -> str:
    """Consonant skeleton of a normalised place name (transliteration-tolerant key)."""
    key = norm_place(name)
    if not key:
        return ""
    key = _VOWEL_H.sub(r"\1", key).replace(" ", "")
    return _REPEAT.sub(r"\1", key[0] + _DROP.sub("", key[1:]))


def _directions(key: str) -> frozenset[str]:
    # ``key`` comes from norm_place, which already wrote each direction word canonically.
    canon = set(_word_sets()[2].values())
    return frozenset(t for t in key.split() if t in canon)


def place_match(pred: str | None, gold: str | None) -> bool:
    """Whether a predicted place name names the gold place (both non-empty)."""
    p, g = norm_place(pred), norm_place(gold)
    if not p or not g:
        return False
    if _directions(p) != _directions(g):
        return False
    if p == g:
        return True
    sp, sg = skeleton(pred), skeleton(gold)
    if sp != sg or len(sg) < 2:
        # A one-letter skeleton ("Siaya" -> "s") says too little to stand for a match.
        return False
    # Two letters ("Hama" -> "hm") still collide across countries ("Ceara" / "Cairo"): then
    # the names must also begin alike.
    return len(sg) >= 3 or p[:2] == g[:2]


def place_variants(name: str | None) -> list[str]:
    """``"Lakeview (Oldtown)"`` -> ``["Lakeview (Oldtown)", "Lakeview", "Oldtown"]``: a place
    and the larger place or former name given beside it."""
    if not name:
        return []
    out = [name]
    outer = _PARENS.sub(" ", name).strip()
    if outer and outer != name:
        out.append(outer)
    out.extend(m.strip("() ") for m in _PARENS.findall(name) if m.strip("() "))
    return out


def any_place_match(pred: str | None, gold_names: list[str]) -> bool:
    return any(place_match(pred, g) for g in gold_names)


@lru_cache(maxsize=1)
def _country_groups() -> dict[str, int]:
    groups: dict[str, int] = {}
    for i, names in enumerate(lexicon()["country_aliases"]):
        for name in names:
            groups[_country_key(name)] = i
    return groups


def _country_key(name: str) -> str:
    return " ".join(t for t in fold(_PARENS.sub(" ", name)).replace("-", " ").split()
                    if t not in ("the", "of", "and"))


def country_match(pred: str | None, gold: str | None) -> bool:
    """Country names equal after folding, dropping a parenthesised former name ("Myanmar
    (Burma)") and the aliases of lexicon.yaml."""
    if not pred or not gold:
        return False
    groups = _country_groups()
    keys_p = {_country_key(v) for v in place_variants(pred)}
    keys_g = {_country_key(v) for v in place_variants(gold)}
    if keys_p & keys_g:
        return True
    gp = {groups[k] for k in keys_p if k in groups}
    gg = {groups[k] for k in keys_g if k in groups}
    return bool(gp & gg)


def norm_actor(name: str | None) -> str:
    """ACLED actor names compared "after lower-casing and dropping parentheses".

    The README's example keeps the name and loses the qualifier in brackets, so the
    parenthesised part is dropped with its content: the period or country ACLED appends
    does not decide the match. ``"Police Forces of Ruritania (1990-)"`` ->
    ``"police forces of ruritania"``.
    """
    if not name:
        return ""
    return _SPACES.sub(" ", _PARENS.sub(" ", name.lower())).strip()


def as_float(value: Any) -> float | None:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def distance_km(pred: dict[str, Any] | None, lat: Any, lon: Any) -> float | None:
    """Distance between a predicted event's coordinates and a gold point; None if missing."""
    if not pred:
        return None
    plat, plon = as_float(pred.get("latitude")), as_float(pred.get("longitude"))
    glat, glon = as_float(lat), as_float(lon)
    if None in (plat, plon, glat, glon):
        return None
    return haversine_km(plat, plon, glat, glon)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- belligerents
@lru_cache(maxsize=1)
def _belligerent_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for label, words in lexicon()["belligerents"].items():
        alts = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
        out.append((label, re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])")))
    return out


@lru_cache(maxsize=1)
def _external_belligerent() -> Any:
    """The actors module's own ``belligerent(name) -> str | None`` when it has one."""
    import importlib

    for module in ("sitrep.nlp.actors", "sitrep.nlp.roles"):
        try:
            func = getattr(importlib.import_module(module), "belligerent", None)
        except Exception:  # noqa: BLE001 - an unfinished module must not break scoring
            func = None
        if callable(func):
            return func
    return None


def split_belligerents(gold: str | list[str] | None) -> set[str]:
    """Airwars writes several belligerents as one comma-separated string."""
    if not gold:
        return set()
    items = gold if isinstance(gold, list) else str(gold).split(",")
    return {i.strip() for i in items if i and i.strip()}


def belligerents_of(actor: str | None) -> set[str]:
    """Airwars belligerent labels an ACLED-style actor name stands for (empty: no answer).

    More than one label means the name lists several belligerents; the Airwars scorer counts
    that as no answer. The project's own mapping (``sitrep.nlp.roles.belligerent``) names the
    label when it knows the actor; the keyword table of lexicon.yaml fills in otherwise and
    detects names that list several belligerents.
    """
    if not actor:
        return set()
    # The parenthesised part is a country or period qualifier ("Unidentified Armed Group
    # (Syria)"): it does not say who acted.
    name = _PARENS.sub(" ", actor.lower())
    if any(w in name for w in lexicon()["unattributed_actors"]):
        return set()
    found = {label for label, pat in _belligerent_patterns() if pat.search(name)}
    if len(found) > 1:
        return found
    external = _external_belligerent()
    if external is not None:
        try:
            got = external(actor)
        except Exception:  # noqa: BLE001
            got = None
        if got and got not in lexicon()["unattributed_belligerents"]:
            return {str(got)}
    return found


@lru_cache(maxsize=1)
def _civilian_pattern() -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in lexicon()["civilian_words"])
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def speaks_of_civilians(text: str) -> bool:
    return bool(_civilian_pattern().search(text or ""))
