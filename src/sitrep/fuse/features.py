"""Compact matching features of one event report.

Fusion compares a new report with the reports already in candidate events. Loading and
decoding whole :class:`~sitrep.record.EventRecord` JSON (claims, evidence) for every
candidate would dominate the cost, so each report is reduced once to the few values that
matching needs; an event keeps the list of its members' features (its *profile*).

Dates are day ordinals (``date.toordinal()``) so that comparisons are integer arithmetic.
Casualty figures are intervals ``[lo, hi]`` where ``hi`` is ``None`` for open-ended
wording ("at least 21"): two figures agree when their intervals intersect.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.datafiles import parse_yaml
from sitrep.record import EventRecord

# Actor names that say nothing about who acted: never a conflict with a named actor.
_GENERIC_ACTOR = re.compile(r"^(unidentified|unknown)\b", re.I)

# Name words: capitalised words of three letters or more inside a sentence ("Topeka",
# "Collins", "Ezzor"); a capitalised word right after a full stop, a line break or the
# start of the text is just a sentence start ("Later", "The") and is not taken.
# Reports of one event share the names of its victims, streets and villages; reports of two
# events on the same day in the same city share none of them. Single words, not whole
# names, because reports spell a name differently ("the Barnes County Sheriff's Office",
# "Barnes County Sheriff"); pairs of words and block addresses are added as extra keys
# (see name_keys). Whether a shared word is *distinctive* is decided by the store
# from how many documents already carry it: "Police", "Chicago" or an outlet's page
# furniture are everywhere and never count.
_NAME = re.compile(r"(?<=[^\s.!?:\"\u201c] )[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'\u2019\-]{2,}")
MAX_NAMES = 80  # per report: enough for a long article, bounded for the block index
ADDRESS_LIMIT = 5  # block addresses per report, before the names


def norm(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form used to compare names."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def same_force(a: str, b: str) -> bool:
    """Two normalised actor names for one force: equal, or one a branch of the other
    ("military forces of russia 2000" / "military forces of russia 2000 air force")."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def is_generic_actor(name: str | None) -> bool:
    return not name or bool(_GENERIC_ACTOR.match(name.strip()))


def _ordinal(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def figure_interval(low: int | None, best: int | None, high: int | None) -> list[int | None] | None:
    """The range of values a report's wording allows, or None when it gives no figure.

    Follows the numbers layer convention: "21 killed" -> low=best=high=21 -> [21, 21];
    "at least 21" -> low=21, high=None -> [21, None] (open-ended); "up to 7" -> only high
    -> [0, 7]; a bare best value is taken as exact.
    """
    if low is None and best is None and high is None:
        return None
    if low is not None and high is None:
        return [low, None]
    lo = low if low is not None else (best if best is not None and high is None else 0)
    hi = high if high is not None else best
    if hi is not None and hi < lo:
        lo, hi = hi, lo
    return [lo, hi]


def intervals_agree(a: list[int | None] | None, b: list[int | None] | None) -> bool | None:
    """True when two figure intervals intersect, False when not, None when one is missing."""
    if a is None or b is None:
        return None
    a_lo, a_hi = a[0] or 0, a[1]
    b_lo, b_hi = b[0] or 0, b[1]
    if a_hi is not None and a_hi < b_lo:
        return False
    if b_hi is not None and b_hi < a_lo:
        return False
    return True


def source_key(record: EventRecord, outlet: str | None, doc_id: str) -> str:
    """The original source behind a report: the cited source, else the outlet itself."""
    for claim in record.claims:
        if claim.source:
            return norm(claim.source)
    return norm(outlet) or f"doc:{doc_id}"


@lru_cache(maxsize=1)
def _never_names() -> frozenset[str]:
    text = resources.files("sitrep.data").joinpath("fusion.yaml").read_text("utf-8")
    return frozenset(parse_yaml(text).get("never_names") or ())


# Lower-case words of a text: a capitalised word that the same text also writes in lower
# case is a common word in a title-case headline ("Teen Shot In Face Expected To Survive"),
# not a name.
_LOWER = re.compile(r"(?<![\w'\u2019-])[a-zß-öø-ÿ][a-zß-öø-ÿ'\u2019\-]{2,}")
# A possessive ending: "Brady's car" and "Brady was" name the same person.
_POSSESSIVE = re.compile(r"['\u2019]s$")


# "the 4800 block of South Ashland Avenue": police give a shooting's address this way, and
# every report of it repeats the same block and street, which hardly ever recur together for
# another story. Kept as one key ("@4800 ashland"), compared like a name word.
_BLOCK = re.compile(r"\b(\d{2,5})\s+block\s+of\s+(?:the\s+)?"
                    r"(?:(?:[NSEW]\.?|North|South|East|West)\s+)?([A-Z0-9][\w'\u2019]*)")
ADDRESS_PREFIX = "@"


def address_keys(text: str) -> list[str]:
    """Block addresses of a text ("@4800 ashland"), distinct, in order."""
    out: dict[str, None] = {}
    if "block" not in text:
        return []
    for m in _BLOCK.finditer(text):
        out[f"{ADDRESS_PREFIX}{m.group(1)} {_word_key(m.group(2))}"] = None
        if len(out) >= ADDRESS_LIMIT:
            break
    return list(out)


# Two capitalised words in a row ("Tamsin Brady"): a person's full name is distinctive even
# when its first and last names each are common.
_FULL = re.compile(r"(?=(?<![\w'\u2019-])([A-Z][a-z'\u2019\-]{1,}) ([A-Z][a-z'\u2019\-]{2,})\b)")
FULL_NAME_PREFIX = "~"
FULL_NAME_LIMIT = 20  # full names per report, before the single words


def _word_key(word: str) -> str:
    return (word.lower().replace("'", "").replace("-", "") if word.isascii()
            else norm(word.replace("\u2019", "")).replace(" ", ""))


def full_name_keys(text: str, lower: set[str], limit: int = FULL_NAME_LIMIT) -> list[str]:
    """Full names of a text ("~tamsin brady"), distinct, the first ``limit`` kept; pairs
    with a word the text also writes in lower case or a never-name word are left out."""
    out: dict[str, None] = {}
    never = _never_names()
    for m in _FULL.finditer(text):
        first, last = m.groups()
        if last.endswith(("'s", "\u2019s")):
            last = last[:-2]
        if first.lower() in lower or last.lower() in lower:
            continue
        a, b = _word_key(first), _word_key(last)
        if a in never or b in never:
            continue
        out[f"{FULL_NAME_PREFIX}{a} {b}"] = None
        if len(out) >= limit:
            break
    return list(out)


def name_keys(text: str, limit: int = MAX_NAMES) -> list[str]:
    """Name keys of a text: its block addresses (:func:`address_keys`), full names
    (:func:`full_name_keys`) and distinct capitalised words, normalised, the first
    ``limit`` words kept.

    Left out: words the text also writes in lower case (common words of a title-case
    headline), and possessive endings ("Brady's" -> "brady").
    """
    out: dict[str, None] = {}
    never = _never_names()
    lower = set(_LOWER.findall(text))
    for m in _NAME.finditer(text):
        word = _POSSESSIVE.sub("", m.group(0))
        if word.lower() in lower:
            continue
        key = _word_key(word)
        if key and key not in out and key not in never:
            out[key] = None
            if len(out) >= limit:
                break
    return address_keys(text) + full_name_keys(text, lower) + list(out)


def features(record: EventRecord, *, rid: str, doc_id: str, outlet: str | None = None,
             copy_of: str | None = None, names: list[str] | None = None) -> dict[str, Any]:
    """Reduce a report to the values matching needs (a small JSON-able dict)."""
    lo = _ordinal(record.date_start) or _ordinal(record.event_date)
    hi = _ordinal(record.date_end) or _ordinal(record.event_date) or lo
    if lo is not None and hi is not None and hi < lo:
        lo, hi = hi, lo
    precision = record.time_precision or (1 if lo is not None and lo == hi else None)
    return {
        "rid": rid,
        "doc": doc_id,
        "copy_of": copy_of,
        "lo": lo,
        "hi": hi,
        "day": precision == 1,
        "lat": record.latitude,
        "lon": record.longitude,
        "geo": record.geo_precision,
        "country": norm(record.country) or None,
        "admin1": norm(record.admin1) or None,
        "loc": norm(record.location) or None,
        "regions": [norm(r) for r in record.regions],
        "etype": record.event_type,
        "sub": record.sub_event_type,
        "a1": None if is_generic_actor(record.actor1) else norm(record.actor1),
        "a2": None if is_generic_actor(record.actor2) else norm(record.actor2),
        "fat": figure_interval(record.fatalities_low, record.fatalities_best,
                               record.fatalities_high),
        "fat_best": record.fatalities_best,
        "inj": figure_interval(record.injured_low, record.injured_best, record.injured_high),
        "src": source_key(record, outlet, doc_id),
        "outlet": norm(outlet) or None,
        "names": list(names or []),
    }
