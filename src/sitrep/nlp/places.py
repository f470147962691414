"""Place tagging and event location.

``PlaceTagger`` finds capitalised phrases (longest match first) whose normalised key is in
the gazetteer, then picks one reading per mention using the document's context: its
dominant country (voted by all mentions, demonyms included), the admin1 units it names,
"X, Kilifi" / "X county" / "in Homs province" cues, and population. Unknown phrases get a
fuzzy match on normalised keys, restricted to the places of the dominant country.

``locate`` picks an event's location among the places of its sentences; ``document_country``
and ``document_admin1`` say what the article as a whole is about.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from sitrep.doc import PLACES, Doc, Span
from sitrep.nlp.gazetteer import Gazetteer, Place, get_gazetteer
from sitrep.nlp.geo_normalize import norm_key
from sitrep.nlp.resources import load_yaml

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\.(?=[A-Z]))?|\d+")
_ARTICLE_CAP = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an|ez|es|ed|er|et|adh|ath)[-'’]\w", re.I)
_MAX_WORDS = 6
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_CHAIN_GAP = re.compile(r"^(?:\s*,\s*|\s*\(\s*|,?\s+in\s+|\s*,\s*in\s+)$")
# Specificity of a feature for choosing an event location (higher = more specific).
_SPECIFIC = {
    "country": 0, "admin1": 1, "region": 2, "desert": 2, "mountain": 2, "valley": 2,
    "plain": 2, "forest": 2, "admin2": 2.5,
}
_POINT_RANK = 3  # cities, camps, bases, crossings, fields, dams, prisons


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
    chain_admin1: str | None = None  # "X, Kilifi": admin1 named right after
    best: Place | None = None
    scores: dict[int, float] = field(default_factory=dict)


class PlaceTagger:
    """Adds the ``places`` layer (label "place"); see docs/ARCHITECTURE.md for the attrs."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or get_gazetteer()
        lex = load_yaml("gazetteer/lexicon.yaml")
        self.stop = frozenset(lex["stoplist"])
        self.ambiguous_countries = frozenset(lex["ambiguous_countries"])
        self.connectors = frozenset(lex["connectors"])
        self.feature_words = frozenset(lex["feature_words"])
        self.admin_cues = frozenset(lex["admin_cues"])
        self.preps = frozenset(lex["place_prepositions"])
        self.modifiers = frozenset(lex["modifiers"])
        self.function_words = frozenset(lex["function_words"])
        # Fuzzy matching is the costly step and the same unknown names recur across articles.
        self._fuzzy_memo: dict[tuple[str | None, str], Any] = {}
        self.demonyms = {w: cc for cc, words in lex["demonyms"].items() for w in words}
        self._runs = self._run_regex()

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
        instead of every word keeps tagging well under a millisecond per article."""
        cap = (r"(?:(?:al|el|as|ash|ad|ar|at|az|an|ez|es|ed|er|et|adh|ath)[-'’])?"
               r"[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W_]*(?:[-'’][^\W_]+)*")
        small = "|".join(sorted(self.connectors | self.feature_words, key=len, reverse=True))
        return re.compile(rf"(?<![\w'’-]){cap}(?:[ -](?:{cap}|(?:{small})(?![\w'’])))*")

    def _scan(self, text: str) -> tuple[list[_Mention], list[tuple[int, int]], Counter[str]]:
        mentions: list[_Mention] = []
        unknown: list[tuple[int, int]] = []
        demonym_votes: Counter[str] = Counter()
        for run in self._runs.finditer(text):
            rs, re_ = run.span()
            nm = _NEXT_WORD.match(text, re_)
            words = [_prev_word(text, rs)]
            words += [(rs + m.start(), rs + m.end(), m.group()) for m in _WORD.finditer(run.group())]
            words.append((nm.start(1), nm.end(1), nm.group(1)) if nm else (re_, re_, ""))
            self._scan_run(text, words, mentions, unknown, demonym_votes)
        return mentions, unknown, demonym_votes

    def _scan_run(self, text: str, words: list[tuple[int, int, str]], mentions: list[_Mention],
                  unknown: list[tuple[int, int]], demonym_votes: Counter[str]) -> None:
        """Longest-match-first lookup inside one run; ``words`` has the word before the run
        first and the word after it last (context only)."""
        n = len(words) - 1
        i = 1
        while i < n:
            s, e, w = words[i]
            if w in self.demonyms:
                demonym_votes[self.demonyms[w]] += 1
            if not self._is_cap(w) or w.isdigit():
                i += 1
                continue
            j = min(n, i + _MAX_WORDS)
            found = None
            for k in range(j, i, -1):
                last = words[k - 1][2]
                if last in self.connectors:
                    continue
                if k - i == 1 and w in self.stop and w not in self.ambiguous_countries:
                    continue
                key = norm_key(text[s : words[k - 1][1]])
                if key and key in self.gaz:
                    found = (k, key)
                    break
            if found is None:
                if w not in self.stop and len(w) > 3:
                    # Remember the capitalised words for the fuzzy pass.
                    k = i + 1
                    while k < j and self._is_cap(words[k][2]):
                        k += 1
                    unknown.append((s, words[k - 1][1]))
                i += 1
                continue
            k, key = found
            m = self._mention(text, words, i, k, key, self.gaz.lookup(key))
            if m is not None:
                mentions.append(m)
            i = k

    def _mention(self, text: str, words: list[tuple[int, int, str]], i: int, k: int, key: str,
                 cands: list[Place], fuzzy: bool = False) -> _Mention | None:
        s, e = words[i][0], words[k - 1][1]
        w = words[i][2]
        prev = words[i - 1][2] if i > 0 else ""
        nxt = words[k][2] if k < len(words) else ""
        gap_before = text[words[i - 1][1] : s] if prev else "\n"
        # "Bashar al-Assad", "Peter Salama": a single word right after a capitalised word that
        # is not a place modifier nor a sentence start is a personal or organisation name.
        if (k - i == 1 and prev and prev[:1].isupper() and gap_before == " "
                and prev not in self.modifiers and prev.lower() not in self.preps
                and prev.lower() not in self.function_words and norm_key(prev) not in self.gaz):
            return None
        m = _Mention(s, e, key, k - i, cands, fuzzy=fuzzy)
        m.admin_cue = nxt.lower() in self.admin_cues and text[e : e + 1] == " "
        m.prep_before = prev.lower() in self.preps
        if w in self.ambiguous_countries and not m.prep_before:
            return None
        # Admin1 names that are common words ("Delta", "Bay") need their cue.
        m.cands = [c for c in cands if not (c.cue and not m.admin_cue)]
        return m if m.cands else None

    # ------------------------------------------------------------------ resolve
    def _country_votes(self, mentions: list[_Mention], demonyms: Counter[str]) -> Counter[str]:
        votes: Counter[str] = Counter()
        for m in mentions:
            per: dict[str, float] = {}
            for c in m.cands:
                if c.feature == "country":
                    w = 1.5
                elif c.feature == "admin1" or c.source == "supplement":
                    w = 2.0
                else:
                    w = min(2.0, 0.3 + math.log10(c.population + 1) / 4)
                per[c.cc] = max(per.get(c.cc, 0.0), w)
            total = sum(per.values())
            for cc, w in per.items():
                votes[cc] += w * w / total  # an ambiguous mention votes less
        for cc, n in demonyms.items():
            votes[cc] += 0.5 * n
        return votes

    def _score(self, m: _Mention, c: Place, dom: str | None, votes: Counter[str],
               admin1s: Counter[tuple[str, str]]) -> float:
        top = max(votes.values()) if votes else 1.0
        s = 0.0
        if dom and c.cc == dom:
            s += 3.0
        else:
            s += 2.0 * votes.get(c.cc, 0.0) / top
            if dom and c.feature == "city" and c.population < 20000:
                s -= 3.0  # a foreign village: most likely a word or a name, not this place
        if c.feature == "country":
            s += 3.0
        elif c.feature == "admin1":
            s += 2.0 + (4.0 if m.admin_cue else 0.0)
        elif c.source == "supplement":
            s += 2.5 + math.log10(c.population + 1) / 4
        else:
            s += math.log10(c.population + 1) / 2
        if c.admin1 and c.feature != "admin1":
            if (c.cc, c.admin1) in admin1s:
                s += 1.5
            if m.chain_admin1 and c.admin1 == m.chain_admin1:
                s += 4.0
        if m.fuzzy:
            s -= 0.5
        return s

    def _resolve(self, mentions: list[_Mention], votes: Counter[str]) -> None:
        dom = votes.most_common(1)[0][0] if votes else None
        admin1s: Counter[tuple[str, str]] = Counter()
        for _ in range(2):  # second pass sees the admin1 units the first pass settled on
            for m in mentions:
                m.best = max(m.cands, key=lambda c: self._score(m, c, dom, votes, admin1s))
            admin1s = Counter((m.best.cc, m.best.admin1) for m in mentions
                              if m.best is not None and m.best.admin1)

    def _chain(self, text: str, mentions: list[_Mention]) -> None:
        """ "Watamu, Dabaso, Kilifi", "Kithimu (Embu county)", "Mararani in Lamu East, Lamu
        county": each place before a trailing admin1 belongs to it."""
        for a, b in zip(mentions, mentions[1:], strict=False):
            gap = text[a.end : b.start]
            if _CHAIN_GAP.match(gap):
                names = {c.admin1 for c in b.cands if c.feature == "admin1"}
                if len(names) == 1:
                    a.chain_admin1 = names.pop()
                elif b.chain_admin1:
                    a.chain_admin1 = b.chain_admin1
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
        keys = self.gaz.fuzzy_keys(dom)
        out = []
        for s, e in unknown:
            key = norm_key(text[s:e])
            if len(key) < 5:
                continue
            memo = (dom, key)
            if memo not in self._fuzzy_memo:
                if len(self._fuzzy_memo) > 50000:
                    self._fuzzy_memo.clear()
                self._fuzzy_memo[memo] = process.extractOne(key, keys, scorer=fuzz.ratio,
                                                            score_cutoff=85)
            hit = self._fuzzy_memo[memo]
            if hit is None or hit[0][:1] != key[:1]:
                continue
            cands = [c for c in self.gaz.lookup(hit[0]) if c.cc == dom or
                     (dom is None and c.source != "geonames")]
            if cands:
                nm = _NEXT_WORD.match(text, e)
                words = [_prev_word(text, s),
                         (s, e, text[s:e]),
                         (nm.start(1), nm.end(1), nm.group(1)) if nm else (e, e, "")]
                m = self._mention(text, words, 1, 2, hit[0], cands, fuzzy=True)
                if m is not None:
                    out.append(m)
        return out

    def _plausible_foreign(self, text: str, lowered: str, m: _Mention, best: Place,
                           support: Counter[str]) -> bool:
        """Whether a place outside the document's country is really meant. One-word names
        that open a sentence, or that the text also uses as a lower-case word ("More",
        "Share"), are words; a foreign admin1 or supplement feature named once is mostly a
        neighbourhood or a name that shares its spelling ("Salaheddine" in Aleppo)."""
        if best.feature == "country":
            return True
        if m.words == 1:
            before = text[max(0, m.start - 3) : m.start]
            if m.start == 0 or "\n" in before or before.rstrip().endswith((".", "!", "?", ":")):
                return support[best.cc] >= 2
            word = text[m.start : m.end].lower()
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lowered.replace(text[m.start:m.end].lower(), "", 0)) and \
                    text.count(text[m.start : m.end]) < lowered.count(word):
                return False
        return support[best.cc] >= 2

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        mentions, unknown, demonyms = self._scan(text)
        self._chain(text, mentions)
        votes = self._country_votes(mentions, demonyms)
        dom = votes.most_common(1)[0][0] if votes else None
        extra = self._fuzzy(text, unknown, dom)
        if extra:
            mentions = sorted(mentions + extra, key=lambda m: m.start)
            self._chain(text, mentions)
        self._resolve(mentions, votes)
        # "in Watamu, Dabaso, Kilifi": the preposition governs the whole chain.
        for a, b in zip(mentions, mentions[1:], strict=False):
            if a.prep_before and _CHAIN_GAP.match(text[a.end : b.start]):
                b.prep_before = True
        doc.layers[PLACES] = []
        support: Counter[str] = Counter(m.best.cc for m in mentions if m.best is not None)
        lowered = text.lower()
        for m in mentions:
            best = m.best
            if best is None:
                continue
            if best.cc != dom and not self._plausible_foreign(text, lowered, m, best, support):
                continue
            # A foreign town named once, in a text about another country, is far more often a
            # word or a name ("Green Peace", "Amani National Congress") than a place.
            if (dom and best.cc != dom and best.feature == "city" and support[best.cc] < 2
                    and (best.population < 500000 or m.fuzzy or not m.prep_before)):
                continue
            attrs = best.attrs()
            if m.admin_cue and best.feature == "admin1":
                attrs["geo_precision"] = 3
            attrs["fuzzy"] = m.fuzzy
            attrs["prep"] = m.prep_before
            doc.span(PLACES, m.start, m.end, "place", **attrs)
        return doc


# ---------------------------------------------------------------------- module API
_TAGGER: PlaceTagger | None = None


def _places(doc: Doc) -> list[Span]:
    global _TAGGER
    if PLACES not in doc.layers:
        if _TAGGER is None:
            _TAGGER = PlaceTagger()
        _TAGGER(doc)
    return doc.get(PLACES)


def _weight(doc: Doc, span: Span) -> float:
    """Mentions in the title and the lead say what the article is about."""
    w = 1.0
    if doc.title and span.start < len(doc.title) + 2 and doc.text.startswith(doc.title[:20]):
        w = 3.0
    elif span.start < 400:
        w = 2.0
    return w


def document_country(doc: Doc) -> str | None:
    votes: Counter[str] = Counter()
    for sp in _places(doc):
        f = sp.attrs["feature"]
        w = {"country": 0.6, "admin1": 2.0}.get(f, 1.0)
        votes[sp.attrs["country"]] += _weight(doc, sp) * w
    return votes.most_common(1)[0][0] if votes else None


def document_admin1(doc: Doc) -> str | None:
    country = document_country(doc)
    votes: Counter[str] = Counter()
    for sp in _places(doc):
        a1 = sp.attrs.get("admin1")
        if a1 and sp.attrs["country"] == country:
            votes[a1] += _weight(doc, sp)
    return votes.most_common(1)[0][0] if votes else None


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


def _specificity(attrs: dict[str, Any]) -> float:
    return _SPECIFIC.get(attrs["feature"], _POINT_RANK)


def locate(doc: Doc, sentence_spans: list[Span]) -> dict[str, Any] | None:
    """The best location for an event told in ``sentence_spans`` (see module docstring)."""
    places = _places(doc)
    if not places:
        return None
    country = document_country(doc)
    admin1 = document_admin1(doc)
    inside = [p for p in places if any(p.start >= s.start and p.end <= s.end for s in sentence_spans)]
    pool = [p for p in inside if p.attrs["country"] == country] or inside
    if pool:
        # An admin1 unit named in these sentences ("Kithimu (Embu county)") rules out places
        # of other units; then the most specific place, of the document's admin1, told first.
        named = {p.attrs["admin1"] for p in pool if p.attrs["feature"] == "admin1"}

        # A place after "in"/"at"/"near" is where things happen; one used as a modifier
        # ("Turkana herders", "the Garissa governor") is who or what is involved.
        def rank(p: Span) -> tuple[float, float, float, float, int]:
            fits = 0.0 if named and p.attrs.get("admin1") not in named else 1.0
            in_a1 = 1.0 if admin1 and p.attrs.get("admin1") == admin1 else 0.0
            return (fits, float(bool(p.attrs.get("prep"))), _specificity(p.attrs), in_a1, -p.start)

        best = max(pool, key=rank)
    else:
        # Nothing in these sentences: the document's dominant place.
        counts: Counter[tuple[str, str | None]] = Counter()
        by: dict[tuple[str, str | None], list[Span]] = defaultdict(list)
        for p in places:
            if p.attrs["country"] != country:
                continue
            if admin1 and p.attrs.get("admin1") not in (admin1, None):
                continue
            k = (p.attrs["name"], p.attrs.get("admin1"))
            counts[k] += _weight(doc, p) * (1 + _specificity(p.attrs))
            by[k].append(p)
        if not counts:
            return None
        best = by[counts.most_common(1)[0][0]][0]
    result = dict(best.attrs)
    result.pop("fuzzy", None)
    result.pop("prep", None)
    result["span"] = best
    result["geo_precision"] = _precision(doc, best)
    return result


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
