"""Event triggers: lexicon words that signal an ACLED sub-event type ("air strikes", "clashes").

The lexicon (``data/lexicons/event_triggers.yaml``) is compiled once into an Aho-Corasick
automaton over lower-cased text, so tagging a 3,000-character article costs a single linear
scan plus a few small regex checks per hit. Each hit becomes a span in the ``triggers`` layer,
labelled with its sub-event type and flagged for the context that changes its meaning:

* ``negated`` - "no clashes were reported", "police denied firing";
* ``hypothetical`` - threats, plans and possibilities ("vowed to attack", "could strike");
* ``background`` - clearly historical ("in 2015 militants attacked ...", "years ago"), or an
  earlier incident recalled ("the raid came two days after gunmen killed ...").
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from sitrep.doc import PLACES, SENTENCES, TRIGGERS, Doc, Span
from sitrep.nlp.resources import load_yaml
from sitrep.record import event_type_of

# Where a trigger's clause starts or ends inside a sentence: hard punctuation and the
# conjunctions that usually open a separate statement.
_CLAUSE_BREAK = re.compile(r"[;:!?]|\.(?=\s)|\s(?:but|while|whereas|however|although)\s", re.I)
_FALLBACK_BREAK = re.compile(r"[.!?]+\s+|\n+")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# What may stand between two triggers joined as one list ("grenades and shoulder-fired
# missiles", "clashes, or shelling"): a conjunction and at most two modifier words.
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or|and/or|nor|as well as)\s+(?:[\w'-]+\s+){0,2}",
                          re.I)
# Changes of territory: a side's own act, never the backing told in passing (see _tag).
_TAKINGS = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                      "Non-violent transfer of territory"})


@dataclass(frozen=True, slots=True)
class _Entry:
    phrase: str
    kind: str  # "strong" | "weak" | "other" | "neg" | "neg_after" | "hyp" | "bg" | "actor"
    sub_event_type: str | None
    event_type: str | None
    prefix: bool  # trailing "*": the last word may continue with letters
    lowercase_only: bool
    category: str | None = None  # actor cues: "state_force", "armed_group", ...

    @property
    def strong(self) -> bool:
        return self.kind == "strong"


_TRIGGER_KINDS = ("strong", "weak")
# Trigger words inside a phrase of another sense ("heart attack", "title clash", "photo shoot"):
# the phrase takes part in the longest-match step, so the trigger inside it is dropped, and is
# then dropped itself (it names no event).
_SENSE_KINDS = (*_TRIGGER_KINDS, "other")
_CUE_KINDS = {"negation": "neg", "negation_after": "neg_after", "hypothetical": "hyp",
              "allegation": "alleg", "support": "support", "background": "bg"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    return load_yaml("lexicons/event_triggers.yaml")


def precedence() -> list[str]:
    """Sub-event types in ACLED precedence order (highest first)."""
    return list(lexicon()["precedence"])


# Every character that cannot be part of a word becomes a space, so that lexicon keys can be
# padded with spaces (" no ") and only ever match whole words: no Python-side boundary checks
# for the many short cues ("no" inside "know", "man" inside "German").
_SEPARATORS = {c: " " for c in string.punctuation + string.whitespace if c != "'"}
_SEPARATORS.update({"\u2019": "'", "\u2018": "'", "\u2013": " ", "\u2014": " ", "\u201c": " ",
                    "\u201d": " ", "\u00a0": " ", "\u2011": " "})
_TABLE = str.maketrans(_SEPARATORS)
# The same mapping done faster: ASCII separators by ``bytes.translate`` over the UTF-8 bytes
# (an ASCII byte never occurs inside a multi-byte character, and each maps to one ASCII byte,
# so characters and offsets are kept), then the few non-ASCII separators by ``str.replace``.
# ``str.translate`` with a dict looks every character up in Python: several times slower.
_BYTE_TABLE = bytes(
    ord(_SEPARATORS.get(chr(b), chr(b))) if b < 128 else b for b in range(256)
)
_WIDE_SEPARATORS = [(c, v) for c, v in _SEPARATORS.items() if ord(c) >= 128]
_FAST_NORMALISE = all(len(v) == 1 and ord(v) < 128 for v in _SEPARATORS.values())


def _normalise(text: str) -> str:
    """Lower-cased text with separators as spaces, same length and offsets as ``text``."""
    low = text.lower()
    if len(low) != len(text):  # rare letters whose lower case is longer ("\u0130")
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if not _FAST_NORMALISE:
        return low.translate(_TABLE)
    if low.isascii():
        return low.encode("ascii").translate(_BYTE_TABLE).decode("ascii")
    out = low.encode("utf-8", "surrogatepass").translate(_BYTE_TABLE).decode("utf-8", "surrogatepass")
    for c, v in _WIDE_SEPARATORS:
        if c in out:
            out = out.replace(c, v)
    return out


@lru_cache(maxsize=1)
def _automaton() -> dict[str, Any]:
    """One Aho-Corasick automaton for triggers and context cues (a single scan per text).

    A phrase may be both a trigger and a cue ("threat"), so each key maps to a tuple.
    """
    lex = lexicon()
    lower_only = {p.lower() for p in lex.get("lowercase_only", [])}
    table: dict[str, list[_Entry]] = {}

    def add(raw: str, kind: str, sub: str | None, category: str | None = None) -> None:
        raw = str(raw)
        prefix = raw.endswith("*")
        phrase = " ".join(_normalise(raw.rstrip("*")).split())
        if not phrase:
            return
        entries = table.setdefault(" " + phrase + ("" if prefix else " "), [])
        if kind in _TRIGGER_KINDS and any(e.kind in _TRIGGER_KINDS for e in entries):
            return  # first listing wins (strong before weak)
        etype = event_type_of(sub) if sub else None
        if sub and etype is None:
            raise ValueError(f"event_triggers.yaml: unknown sub-event type {sub!r}")
        entries.append(
            _Entry(phrase, kind, sub, etype, prefix, phrase in lower_only, category)
        )

    for kind in _TRIGGER_KINDS:
        for sub, phrases in lex[kind].items():
            for raw in phrases:
                add(raw, kind, sub)
    mods = lex["modifiers"]
    for key, kind in _CUE_KINDS.items():
        for raw in mods.get(key, []):
            add(raw, kind, None)
    for raw in lex.get("other_senses", []):
        add(raw, "other", None)
    for category, phrases in lex.get("actor_cues", {}).items():
        for raw in phrases:
            add(raw, "actor", None, category)
    auto = ahocorasick.Automaton()
    for key, entries in table.items():
        auto.add_word(key, tuple(entries))
    auto.make_automaton()
    return {
        "auto": auto,
        "neg_window": int(mods.get("negation_window", 4)),
        "neg_after_window": int(mods.get("negation_after_window", 3)),
        "hyp_window": int(mods.get("hypothetical_window", 7)),
        "alleg_window": int(mods.get("allegation_window", 4)),
        "support_window": int(mods.get("support_window", 5)),
    }


@lru_cache(maxsize=1)
def _quantity_alternation() -> str:
    """A regex alternation of the quantities that may stand between a verb and what it counts
    ("launched over 30 strikes", "shot down four drones"): numbers.yaml's number words, vague
    quantities and qualifiers, with this lexicon's ``strike_quantities``, normalised, longest
    first."""
    num = load_yaml("lexicons/numbers.yaml")
    words = {*num["units"], *num["tens"], *num["multipliers"], *num["vague"], *num["qualifiers"],
             *lexicon()["strike_quantities"]}
    return "|".join(re.escape(" ".join(_normalise(w).split()))
                    for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _counted_strikes() -> re.Pattern[str]:
    """Strikes counted between verb and noun ("launched over 30 strikes", "carrying out
    numerous strikes"): the lexicon's "carried out strikes" with a figure or a quantity between,
    which no fixed phrase lists (a labour strike is not launched or carried out by the dozen).
    The quantities are numbers.yaml's number words, vague quantities and qualifiers, with this
    lexicon's ``strike_quantities``. Read on the normalised text."""
    alt = _quantity_alternation()
    return re.compile(
        r" (?:launch(?:ed|es|ing)?|carr(?:y|ies|ied|ying) out|conduct(?:s|ed|ing)?)"
        rf"(?: (?:{alt}|\d+)){{1,4}} (?:air )?strikes "
    )


@lru_cache(maxsize=1)
def _counted_downings() -> re.Pattern[str]:
    """Drones or missiles counted after "shot down" ("shot down 4 Russian drones", "shot down
    over 20 Shahed drones"): the lexicon's "shot down drones" with a figure, a quantity and
    up to two more words (the maker, the make, the kind: "three Russian attack drones")
    between, which no fixed phrase lists. Read on the normalised text."""
    alt = _quantity_alternation()
    return re.compile(
        rf" shot down(?: (?:{alt}|\d+)){{1,4}}(?: [a-z]+){{0,2}} "
        r"(?:drones?|uavs?|missiles?|cruise missiles?|shaheds?) "
    )


@lru_cache(maxsize=1)
def _capture_before_place() -> re.Pattern[str]:
    """A verb of capture (and the nouns that may follow it) ending right where a place name
    starts: "seized ", "overran the village of ", "captured the strategic town of "."""
    cfg = lexicon()["territory_capture"]

    def alt(words: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split()))
                        for w in sorted(words, key=lambda w: (-len(w), w)))

    return re.compile(
        rf"\b(?:{alt(cfg['verbs'])})\s+(?:(?:the|a)\s+(?:[a-z-]+\s+)?(?:{alt(cfg['nouns'])})"
        r"\s+of\s+)?$",
        re.I,
    )


def _captured_places(doc: Doc) -> list[tuple[int, int, _Entry]]:
    """Hits for a capture verb right before a place of the places layer ("IS seized Abaq"),
    read as the lexicon's "seized the town": the span runs from the verb to the place's end."""
    places = doc.layers.get(PLACES)
    if not places:
        return []
    told = _automaton()["auto"].get(" seized the town ", None)
    if not told:
        return []
    pattern = _capture_before_place()
    text = doc.text
    out: list[tuple[int, int, _Entry]] = []
    for p in places:
        if p.attrs.get("feature") == "country":
            continue
        m = pattern.search(text, max(0, p.start - 60), p.start)
        if m is not None:
            out.extend((m.start(), p.end, entry) for entry in told)
    return out


def scan(text: str) -> list[tuple[int, int, _Entry]]:
    """All whole-word lexicon hits (triggers, context and actor cues), possibly overlapping."""
    # Padded with one space each side: index i of ``norm`` is index i - 1 of ``text``.
    norm = " " + _normalise(text) + " "
    n = len(norm) - 1
    out: list[tuple[int, int, _Entry]] = []
    for end_idx, entries in _automaton()["auto"].iter(norm):
        first = entries[0]
        if first.prefix:  # key " stem": extend over the rest of the word
            start = end_idx - len(first.phrase)
            end = end_idx + 1
            while end < n and norm[end].isalpha():
                end += 1
            end -= 1
        else:  # key " phrase "
            start = end_idx - len(first.phrase) - 1
            end = end_idx - 1
        for entry in entries:
            if entry.lowercase_only and not text[start:end].islower():
                continue
            out.append((start, end, entry))
    # Counted forms no fixed phrase lists ("launched over 30 strikes", "shot down 4 drones"):
    # each takes the entries of the lexicon's phrase it stands for.
    for word, phrase, counted in _COUNTED:
        told = _automaton()["auto"].get(phrase, None) if word in norm else None
        for m in counted().finditer(norm) if told else ():
            out.extend((m.start(), m.end() - 2, entry) for entry in told)
    return out


# (a word the counted form needs, the lexicon phrase whose entries it takes, its pattern)
_COUNTED = ((" strikes ", " carried out strikes ", _counted_strikes),
            (" shot down ", " shot down drones ", _counted_downings))


def _longest(hits: list[tuple[int, int, _Entry]]) -> list[tuple[int, int, _Entry]]:
    """Longest hit wins, then the earliest; overlapping shorter hits are dropped."""
    hits = sorted(hits, key=lambda h: (h[0] - h[1], h[0]))
    kept: list[tuple[int, int, _Entry]] = []
    if any(h[1] <= h[0] for h in hits):  # never (a lexicon phrase is not empty): plain test
        for h in hits:
            if all(h[1] <= k[0] or k[1] <= h[0] for k in kept):
                kept.append(h)
        kept.sort(key=lambda h: h[0])
        return kept
    # Kept hits do not overlap and are not empty, so in start order their ends rise too: a
    # new hit overlaps one of them exactly when it overlaps the last one that starts before
    # its end (a binary search instead of a test against every kept hit).
    starts: list[int] = []
    for h in hits:
        j = bisect_left(starts, h[1])
        if j and kept[j - 1][1] > h[0]:
            continue
        j = bisect_left(starts, h[0])
        starts.insert(j, h[0])
        kept.insert(j, h)
    return kept


def actor_categories(text: str) -> set[str]:
    """Actor cue categories named in ``text`` ("state_force", "armed_group", ...)."""
    return {e.category for _, _, e in scan(text) if e.kind == "actor" and e.category}


def find_triggers(text: str) -> list[tuple[int, int, _Entry]]:
    """Trigger hits in ``text`` (no cues): whole words, longest match, no overlaps."""
    return _triggers(scan(text), text)


# A sporting result after "beat" / "beaten": a score ("beat the visitors 3-1", "were beaten
# 2-0 at home") or a margin in points, goals, runs, wickets or sets. No assault is told so.
_RESULT_AFTER = re.compile(
    # (not a day range or ages: "beat him on 12-13 May", "beat two boys aged 15-17")
    r"(?:\s+(?!(?:on|aged?|ages|between|from|over)\b)[\w'’.-]+){0,4}?\s+"
    r"(?:\d{1,3}\s*[-–]\s*\d{1,3}(?![\d-])(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|by\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty)\s+"
    r"(?:points?|goals?|runs?|wickets?|sets?|strokes?|shots?|lengths?|seconds?))",
    re.IGNORECASE,
)
_BEAT = frozenset({"beat", "beaten"})
# A shooting statistic after "shot" / "shooting" (basketball, netball, archery: "shot 48 per
# cent from the field", "shooting 9 of 20 from three-point range"): no one is shot so.
_STATISTIC_AFTER = re.compile(
    r"\s+(?:\d{1,3}(?:\.\d+)?\s*(?:per\s*cent|percent|%)"
    r"|(?:\d{1,2}\s+(?:of|for)\s+\d{1,2}\s+)?from\s+(?:the\s+field|the\s+floor|deep"
    r"|three[\s-]point\s+range|beyond\s+the\s+arc|the\s+(?:free[\s-]throw|foul)\s+line))",
    re.IGNORECASE,
)
_SHOT = frozenset({"shot", "shooting"})
# "attack" as words of criticism: a ruling, a decision or a speech attacked ("lawyers attacked
# the court's ruling", "unions attack budget"). Only abstract things: an office, a camp or
# a plan ("attack plan": a planned attack) are not among them.
_CRITICISM_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those|[\w-]+['’]s?)\s+)?"
    r"(?:[\w'’-]+\s+)?"
    r"(?:rulings?|decisions?|verdicts?|judg(?:e)?ments?|polic(?:y|ies)|budgets?"
    r"|proposals?|remarks|comments|statements?|speech(?:es)?|reforms?|manifestos?)\b",
    re.IGNORECASE,
)
_ATTACK_VERB = re.compile(r"attack(?:s|ed|ing)?", re.IGNORECASE)


def _other_sense(phrase: str, text: str, start: int, end: int) -> bool:
    """Whether the words after the trigger ``text[start:end]`` give it a sense other than
    violence: a sporting result after "beat", a shooting statistic after "shot", a thing of
    words (a ruling, a speech) attacked."""
    if phrase in _BEAT:
        return _RESULT_AFTER.match(text, end) is not None
    if phrase in _SHOT:
        return _STATISTIC_AFTER.match(text, end) is not None
    if phrase == "attack":  # the prefix entry "attack*": the span is the whole word
        return (_ATTACK_VERB.fullmatch(text, start, end) is not None
                and _CRITICISM_AFTER.match(text, end) is not None)
    return False


def _triggers(raw: list[tuple[int, int, _Entry]],
              text: str = "") -> list[tuple[int, int, _Entry]]:
    """The trigger hits among ``raw`` that no longer phrase of another sense covers (the
    longest-match step drops them), and no "beat" that a sporting result follows (``text``:
    the text the hits index)."""
    kept = _longest([h for h in raw if h[2].kind in _SENSE_KINDS])
    return [h for h in kept if h[2].kind in _TRIGGER_KINDS
            and not _other_sense(h[2].phrase, text, h[0], h[1])]


_WORD = re.compile(r"[A-Za-z]+")


def _stem(word: str) -> str:
    """A trigger word without its inflection ("bombed", "bombs" -> "bomb"; "mobbed" -> "mob")."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


def _headline_senses(doc: Doc, raw: list[tuple[int, int, _Entry]],
                     triggers: list[tuple[int, int, _Entry]]) -> list[tuple[int, int, _Entry]]:
    """``triggers`` less the headline's words that the body uses only in another sense: a
    headline is short for its story, so "sequel bombs" over "the film bombed at the box
    office", or "fans mob keeper" over "fans mobbed the keeper at the airport", is that idiom
    too. A word the body also uses as a trigger keeps the headline's ("rapper shot" over "who
    shot to fame" and "was shot twice")."""
    title_end = max((s.end for s in doc.sentences if s.attrs.get("title")), default=0)
    if not title_end or not any(t[0] < title_end for t in triggers):
        return triggers
    others = [h for h in _longest([h for h in raw if h[2].kind in _SENSE_KINDS])
              if h[2].kind == "other" and h[0] >= title_end]
    if not others:
        return triggers
    text = doc.text
    idiom = {_stem(w) for o0, o1, _ in others for w in _WORD.findall(text, o0, o1)}
    idiom -= {_stem(text[t0:t1]) for t0, t1, _ in triggers if t0 >= title_end}
    if not idiom:
        return triggers
    return [t for t in triggers if t[0] >= title_end or _stem(text[t[0]:t[1]]) not in idiom]


def _window_start(text: str, pos: int, k: int, floor: int) -> int:
    """Offset where the ``k`` words before ``pos`` begin (never before ``floor``)."""
    i = pos
    for _ in range(k):
        j = text.rfind(" ", floor, max(floor, i - 1))
        if j < 0:
            return floor
        i = j
    return max(floor, i)


def _window_end(text: str, pos: int, k: int, ceil: int) -> int:
    i = pos
    for _ in range(k + 1):
        j = text.find(" ", i + 1, ceil)
        if j < 0:
            return ceil
        i = j
    return i


class TriggerTagger:
    """Pipeline component: add the ``triggers`` layer (label = ACLED sub-event type)."""

    name = TRIGGERS

    def __init__(self) -> None:
        self._cfg = _automaton()

    def __call__(self, doc: Doc) -> Doc:
        return self._tag(doc, scan(doc.text) + _captured_places(doc))

    def analyse(self, text: str) -> tuple[list[Span], set[str]]:
        """Trigger spans and actor cue categories of a short text, from a single scan."""
        raw = scan(text)
        doc = self._tag(Doc("_", text), raw)
        cats = {e.category for _, _, e in raw if e.kind == "actor" and e.category}
        return doc.get(TRIGGERS), cats

    def _tag(self, doc: Doc, raw: list[tuple[int, int, _Entry]]) -> Doc:
        layer = doc.layers.setdefault(TRIGGERS, [])
        text = doc.text
        triggers = _triggers(raw, text)
        if doc.title and triggers:
            triggers = _headline_senses(doc, raw, triggers)
        if not triggers:
            return doc
        cues: dict[str, list[int]] = {
            "neg": [], "neg_after": [], "hyp": [], "alleg": [], "support": [], "bg": []
        }
        for start, _end, entry in raw:
            if entry.kind in cues:
                cues[entry.kind].append(start)
        ref_year: list[int | None] = []  # computed on first need (few clauses name a year)
        prior = [m.end() for m in _prior_incident_pattern().finditer(text)]
        sentences = [(s.start, s.end) for s in doc.get(SENTENCES)] or _fallback_sentences(text)
        breaks: dict[int, list[tuple[int, int]]] = {}
        bg_cache: dict[tuple[int, int], bool] = {}
        cfg = self._cfg
        si = 0
        for start, end, entry in triggers:
            while si < len(sentences) - 1 and sentences[si][1] <= start:
                si += 1
            s_start, s_end = sentences[si] if sentences else (0, len(text))
            if not (s_start <= start < s_end):
                s_start, s_end = 0, len(text)
            if s_start not in breaks:
                breaks[s_start] = [m.span() for m in _CLAUSE_BREAK.finditer(text, s_start, s_end)]
            c0, c1 = _clause(breaks[s_start], s_start, s_end, start, end)
            negated = _cue_before(cues, cfg, "neg", text, c0, start)
            if not negated and cues["neg_after"]:
                after_to = _window_end(text, end, cfg["neg_after_window"], c1)
                negated = _any_in(cues["neg_after"], end, after_to)
            hypothetical = _cue_before(cues, cfg, "hyp", text, c0, start)
            alleged = _cue_before(cues, cfg, "alleg", text, c0, start)
            support = _cue_before(cues, cfg, "support", text, c0, start) and not (
                # A taking of ground is the subject's own act, never the backing ("troops
                # backed by clan militia recaptured the town"), and a trigger right after the
                # backer's own word is the clause's verb ("backed by gunships attacked").
                entry.sub_event_type in _TAKINGS
                or (layer and layer[-1].attrs.get("support") and layer[-1].start >= c0
                    and text[layer[-1].end : start] == " "))
            background = bg_cache.get((c0, c1))
            if background is None:
                background = _any_in(cues["bg"], c0, c1) or self._earlier_year(
                    doc, c0, c1, ref_year
                )
                bg_cache[(c0, c1)] = background
            if prior and not background:
                background = _after_prior_cue(prior, s_start, start)
            if layer and not (negated or hypothetical):
                # The second of two joined triggers shares the first one's mood ("showed them
                # how to use grenades and missiles", "no clashes or shelling"): the cue's
                # window counts words from the first.
                last = layer[-1]
                if ((last.attrs["negated"] or last.attrs["hypothetical"])
                        and _COORDINATED.fullmatch(text, last.end, start)):
                    negated, hypothetical = last.attrs["negated"], last.attrs["hypothetical"]
            layer.append(
                Span(
                    start,
                    end,
                    entry.sub_event_type or "",
                    text[start:end],
                    {
                        "event_type": entry.event_type,
                        "negated": negated,
                        "hypothetical": hypothetical,
                        "background": background,
                        "strong": entry.strong,
                        "lemma": entry.phrase,
                        "cue": text[start:end],
                        **({"allegation": True} if alleged else {}),
                        **({"support": True} if support else {}),
                    },
                )
            )
        return doc

    @staticmethod
    def _earlier_year(doc: Doc, c0: int, c1: int, ref_year: list[int | None]) -> bool:
        """Whether ``doc.text[c0:c1]`` names a year before the report's own year."""
        years = [int(y) for y in _YEAR.findall(doc.text, c0, c1)]
        if not years:
            return False
        if not ref_year:  # publication year, else the latest year the document names
            ref_year.append(
                doc.published.year
                if doc.published
                else max((int(y) for y in _YEAR.findall(doc.text)), default=None)
            )
        ref = ref_year[0]
        return ref is not None and min(years) < ref


def phrases_re(words: list[str]) -> str:
    """A regex alternation of lexicon phrases, any run of spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@lru_cache(maxsize=1)
def new_incident_opener() -> re.Pattern[str]:
    """A sentence's opening words that turn to another incident ("Separately,", "Meanwhile,":
    ``new_incident_openers``); matched at the sentence's start."""
    words = sorted(lexicon()["new_incident_openers"], key=lambda w: (-len(w), w))
    return re.compile(rf"[\s\"'“‘(]*(?:{phrases_re(words)})\b", re.I)


@lru_cache(maxsize=1)
def _prior_incident_pattern() -> re.Pattern[str]:
    """"came two days after", "comes just hours after": what follows is an earlier incident
    (the words are lexicon data: ``prior_incident``)."""
    cfg = lexicon()["prior_incident"]

    def alts(key: str) -> str:
        return phrases_re(sorted((str(w) for w in cfg[key]), key=len, reverse=True))

    return re.compile(
        rf"\b(?:{alts('verbs')})\s+(?:(?:{alts('hedges')})\s+)?"
        rf"(?:(?:{alts('counts')}|\d{{1,3}})\s+)?(?:{alts('units')})\s+(?:{alts('links')})\b",
        re.I,
    )


def _after_prior_cue(prior_ends: list[int], s_start: int, start: int) -> bool:
    """Whether a "came days after" cue ends in the trigger's sentence before the trigger."""
    i = bisect_left(prior_ends, start + 1) - 1
    return i >= 0 and prior_ends[i] >= s_start


def _fallback_sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence bounds for documents that reach the tagger without a sentence layer."""
    out, pos = [], 0
    for m in _FALLBACK_BREAK.finditer(text):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _cue_before(cues: dict[str, list[int]], cfg: dict[str, Any], kind: str, text: str,
                c0: int, start: int) -> bool:
    """Whether a cue of ``kind`` starts in the clause before a trigger at ``start`` (the clause
    opening at ``c0``) and within the kind's window of words before it. The window's bounds
    are only worked out when a cue lies in the clause before."""
    return _any_in(cues[kind], c0, start) and _any_in(
        cues[kind], _window_start(text, start, cfg[f"{kind}_window"], c0), start
    )


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    """Whether any (sorted) position lies in ``[lo, hi)``."""
    i = bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


def _clause(
    breaks: list[tuple[int, int]], s_start: int, s_end: int, start: int, end: int
) -> tuple[int, int]:
    """Bounds of the clause holding ``[start, end)`` inside sentence ``[s_start, s_end)``."""
    c0, c1 = s_start, s_end
    for b0, b1 in breaks:
        if b1 <= start:
            c0 = b1
        elif b0 >= end:
            c1 = b0
            break
    return c0, c1


def usable(span: Span) -> bool:
    """A trigger that reports an actual event: not negated, hypothetical or historical, and
    not the support told in passing of another side's act ("backed by air strikes")."""
    a = span.attrs
    return not (a.get("negated") or a.get("hypothetical") or a.get("background")
                or a.get("support"))
