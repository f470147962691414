"""Who-did-what-to-whom cues for the event classifier.

ACLED separates sub-event types that share their words by the sides involved: gunmen who kill
villagers commit an *attack*, gunmen who fight police an *armed clash*; a mob that beats a
suspected thief is *mob violence*, demonstrators who stone police a *violent demonstration*.
A bag of words cannot see that order, so this module reduces a text to the ordered sequence of
cue classes it names (``data/lexicons/event_cues.yaml``): "bandits shot dead two herders" ->
``ARMED KILL CIV``; "two police officers were shot by bandits" -> ``STATE KILLP BY ARMED``.
The classifier then uses n-grams and ordered pairs of that sequence as features. Actor mentions
from the ActorTagger, when given, enter the sequence as their ACLED kind ("K_rebel").

One Aho-Corasick scan per text (the same whole-word matching as the trigger lexicon), so it
costs a few microseconds per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

import ahocorasick

from sitrep.nlp.matching import leftmost_longest
from sitrep.nlp.resources import load_yaml
from sitrep.nlp.triggers import _normalise

# A sentence break: the cue sequence is cut there (n-grams do not cross sentences).
_SENT_BREAK = re.compile(r"[.!?;]\s+(?=\S)|\n+")
# How far apart (in cue positions) an ordered pair may be.
PAIR_WINDOW = 4


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    lex = load_yaml("lexicons/event_cues.yaml")
    table: dict[str, tuple[str, int, bool]] = {}

    def add(raw: str, cls: str) -> None:
        raw = str(raw)
        prefix = raw.endswith("*")
        phrase = " ".join(_normalise(raw.rstrip("*")).split())
        if not phrase:
            return
        key = " " + phrase + ("" if prefix else " ")
        table.setdefault(key, (cls, len(phrase), prefix))  # first listing wins

    auxes = [str(a) for a in lex.get("passive_auxiliaries", [])]
    for cls, verbs in lex.get("verbs", {}).items():
        for verb in verbs:
            for aux in auxes:
                add(f"{aux} {verb}", cls + "P")
    for cls, phrases in lex["classes"].items():
        for raw in phrases:
            add(raw, cls)
    for cls, verbs in lex.get("verbs", {}).items():
        for verb in verbs:
            add(verb, cls)
    auto = ahocorasick.Automaton()
    for key, val in table.items():
        auto.add_word(key, val)
    auto.make_automaton()
    return auto


def cue_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, class) of the cue phrases in ``text``: leftmost-longest, no overlaps."""
    norm = " " + _normalise(text) + " "
    n = len(norm) - 1
    hits: list[tuple[int, int, str]] = []
    for end_idx, (cls, length, prefix) in _automaton().iter(norm):
        if prefix:
            start = end_idx - length
            end = end_idx + 1
            while end < n and norm[end].isalpha():
                end += 1
            end -= 1
        else:
            start = end_idx - length - 1
            end = end_idx - 1
        hits.append((start, end, cls))
    return leftmost_longest(hits)


Actor = tuple[int, int, str]  # (start, end, kind) of an actor mention, from the ActorTagger


def cue_sequences(text: str, actors: Iterable[Actor] = ()) -> list[list[str]]:
    """Cue classes per sentence, in order, repeated neighbours merged.

    ``actors``: mentions found by :class:`sitrep.nlp.actors.ActorTagger` (offsets into
    ``text``); each one the cue lexicon does not read as a side becomes ``K_<kind>``
    ("K_rebel", "K_identity_militia") in place of the cue phrases it covers, so a named group
    counts as the side it is, in any country.
    """
    hits = cue_hits(text)
    # A mention the cue lexicon already reads as a side ("herders", "robbers", "police")
    # keeps its cue class: the generic word tells the role (a herder as victim, a suspected
    # robber) better than the tagger's coarse kind ("herders" -> identity militia, "robbers"
    # -> unidentified armed group). Names the lexicon does not know enter as their kind.
    # Cross-validation: CASE sub-type +0.01, no-event +0.01, ACLED unchanged.
    sides = [(a, b) for a, b, c in hits if c in _SIDES]
    acts = sorted((a, b, "K_" + k) for a, b, k in actors
                  if not any(x < b and a < y for x, y in sides))
    if acts:
        hits = sorted(
            [h for h in hits if not any(a < h[1] and h[0] < b for a, b, _ in acts)] + acts
        )
    breaks = [m.start() for m in _SENT_BREAK.finditer(text)]
    seqs: list[list[str]] = [[]]
    bi = 0
    for start, _end, cls in hits:
        while bi < len(breaks) and breaks[bi] < start:
            bi += 1
            if seqs[-1]:
                seqs.append([])
        seq = seqs[-1]
        if not seq or seq[-1] != cls:
            seq.append(cls)
    return [s for s in seqs if s]


# Cue classes that name a side (who can act or suffer); actor kinds ("K_...") count too.
_SIDES = frozenset({"CIV", "PEOPLE", "STATE", "ARMED", "SUSPECT", "CROWD", "COMMUNITY"})
# Harm done to someone: an active verb (agent before, victim after) or its passive / outcome
# (victim before; agent after "by").
_ACTIVE = frozenset({"KILL", "LETHAL", "LYNCH"})
_PASSIVE = frozenset({"KILLP", "DEAD", "INJURED"})
# How many cue positions a role may reach from the verb.
ROLE_WINDOW = 3


def _side(cls: str) -> bool:
    return cls in _SIDES or cls.startswith("K_")


def role_features(seq: list[str]) -> list[str]:
    """Agent and victim sides of the harm verbs in one cue sequence.

    "Bandits killed two police officers" -> ARMED acts, STATE suffers: ``AG=ARMED``,
    ``VI=STATE``, ``AV=ARMED>STATE``. Clash or attack turns on the victim's side (armed or
    not), whatever words lie between, which the n-grams of the sequence only see when the
    two are adjacent.
    """
    feats: list[str] = []
    n = len(seq)
    suffered: set[int] = set()  # positions already read as victims of an earlier verb
    for i, c in enumerate(seq):
        if c in _ACTIVE:
            # The subject carries over a victim: "raiders attacked the village and killed
            # two officers" -> the raiders, not the village, killed the officers.
            agent = next((seq[j] for j in range(i - 1, max(-1, i - ROLE_WINDOW - 1), -1)
                          if _side(seq[j]) and j not in suffered), None)
            victims = []  # every side named after the verb, up to the next harm word
            for j in range(i + 1, min(n, i + ROLE_WINDOW + 1)):
                if seq[j] in _ACTIVE or seq[j] in _PASSIVE:
                    break
                if _side(seq[j]):
                    victims.append(seq[j])
                    suffered.add(j)
        elif c in _PASSIVE:
            victim = next((seq[j] for j in range(i - 1, max(-1, i - ROLE_WINDOW - 1), -1)
                           if _side(seq[j])), None)
            agent = None
            if i + 2 < n and seq[i + 1] == "BY" and _side(seq[i + 2]):
                agent = seq[i + 2]
            if victim is None and c != "KILLP":  # "dead were two police" names them after
                victim = next((seq[j] for j in range(i + 1, min(n, i + ROLE_WINDOW + 1))
                               if _side(seq[j])), None)
            victims = [victim] if victim else []
        else:
            continue
        if agent:
            feats.append("AG=" + agent)
        for v in victims:
            feats.append("VI=" + v)
            if agent:
                feats.append(f"AV={agent}>{v}")
    return feats


def cue_features(text: str, actors: Iterable[Actor] = ()) -> list[str]:
    """Feature strings: cue classes, their n-grams (2, 3) and ordered pairs in a window,
    plus the set of actor kinds named and their pairs, the agent / victim sides of the
    harm verbs (:func:`role_features`) and the phrase flags of :func:`flag_features`."""
    actors = list(actors)
    kinds = sorted({k for _, _, k in actors})
    feats = ["AK=" + k for k in kinds]
    feats.extend(f"AKP={a}+{b}" for i, a in enumerate(kinds) for b in kinds[i + 1 :])
    for seq in cue_sequences(text, actors):
        feats.extend(_sequence_features(tuple(seq)))
    feats.extend(flag_features(text))
    return feats


# The phrase lists of the cue lexicon read as one flag each (feature, list key).
_FLAG_LISTS = (
    ("F=intervened", "police_intervention"),
    ("F=force", "force_on_protesters"),
    ("F=disaster", "disaster"),
    ("F=crime", "ordinary_crime"),
    ("F=weapons", "weapons"),
)


def flag_features(text: str) -> list[str]:
    """The cue lexicon's phrase tests as model features: the demonstrators violent, or the
    demonstration said to have stayed non-violent (``F=violent`` / ``F=calm``, as
    :func:`demonstration_violence` reads them), the crowd's own destruction told in the
    active voice (``F=destroy``), force used on a demonstration (``F=intervened``) or lethal
    force (``F=force``), a disaster, ordinary crime, arms named. The bag of words sees
    "police", "stones" and "tear gas" in riots and protests alike; these phrases say who did
    what (the same ones the classifier's after-model rules and the events step read), and a
    linear model can weigh them against the rest. One normalisation serves every test."""
    norm = _normalise(text)
    found: set[str] = set()
    for _end, keys in _flag_automaton().iter(" " + _calm_words(" ".join(norm.split())) + " "):
        found.update(keys)
    destroy = _destroys(text, norm)
    feats = [name for name, key in _FLAG_LISTS if key in found]
    if destroy:
        feats.append("F=destroy")
    # As demonstration_violence: violence told, else calm told, else the crowd destroying.
    if "demonstrator_violence" in found:
        feats.append("F=violent")
    elif "no_violence" in found:
        feats.append("F=calm")
    elif destroy:
        feats.append("F=violent")
    return feats


@lru_cache(maxsize=1)
def _flag_automaton() -> ahocorasick.Automaton:
    """Every phrase of the flag lists in one Aho-Corasick automaton over the space-padded,
    normalised text (value: the lists holding it): one scan in place of a regex per list (the
    same whole-word matching, a trailing "*" continuing the word), so the flags cost a few
    microseconds a sentence."""
    lex = load_yaml("lexicons/event_cues.yaml")
    table: dict[str, set[str]] = {}
    for key in [k for _, k in _FLAG_LISTS] + ["demonstrator_violence", "no_violence"]:
        for raw in lex.get(key, []):
            raw = str(raw)
            phrase = " ".join(_normalise(raw.rstrip("*")).split())
            if phrase:
                table.setdefault(" " + phrase + ("" if raw.endswith("*") else " "),
                                 set()).add(key)
    auto = ahocorasick.Automaton()
    for k, keys in table.items():
        auto.add_word(k, frozenset(keys))
    auto.make_automaton()
    return auto


# The name spaces (before "=") of the features cue_features gives: the trainer weighs them
# as a group (sitrep.nlp.train.CUE_WEIGHT).
CUE_KEYS = frozenset({"AK", "AKP", "C", "C2", "C3", "CP", "AG", "VI", "AV", "F"})


def is_cue_feature(feature: str) -> bool:
    """Whether ``feature`` is one that :func:`cue_features` gives (word features hold no
    "="; trigger features use other names: "T=", "RULE=", "A=")."""
    key, sep, _ = feature.partition("=")
    return bool(sep) and key in CUE_KEYS


@lru_cache(maxsize=8192)
def _sequence_features(seq: tuple[str, ...]) -> tuple[str, ...]:
    """The features of one cue sequence (a function of the sequence alone): short sequences
    recur from text to text ("ARMED KILL CIV"), so each is spelt out once per process."""
    feats = ["C=" + c for c in seq]
    feats.extend(f"C2={a}>{b}" for a, b in zip(seq, seq[1:], strict=False))
    feats.extend(f"C3={a}>{b}>{c}" for a, b, c in zip(seq, seq[1:], seq[2:], strict=False))
    for i, a in enumerate(seq):
        for b in seq[i + 2 : i + PAIR_WINDOW + 1]:
            feats.append(f"CP={a}..{b}")
    feats.extend(role_features(list(seq)))
    return tuple(feats)


def _phrase_re(raw: object, gap: str = " ") -> str:
    """A lexicon phrase as a regex over normalised text: its words joined by ``gap``, a
    trailing "*" continuing the last word ("" when no word is left)."""
    raw = str(raw)
    words = _normalise(raw.rstrip("*")).split()
    if not words:
        return ""
    return gap.join(map(re.escape, words)) + ("[a-z]*" if raw.endswith("*") else "")


@lru_cache(maxsize=16)
def _phrase_pattern(key: str) -> re.Pattern[str]:
    """One regex for the phrases listed under ``key`` of the cue lexicon (same matching as
    the cue classes: normalised text, whole words, a trailing "*" continues the word)."""
    parts = [p for raw in load_yaml("lexicons/event_cues.yaml").get(key, []) if (p := _phrase_re(raw))]
    parts.sort(key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + r")(?![a-z0-9])")


_NON_VIOLENT = re.compile(r"\bnon violent\b")


def _calm_words(norm: str) -> str:
    """``norm`` (normalised, single-spaced) with "non violent" (the hyphen read as a space)
    written "nonviolent", so that "a non-violent demonstration" reads as calm, not as the
    riot phrase "violent demonstration" inside it."""
    return _NON_VIOLENT.sub("nonviolent", norm) if "non violent" in norm else norm


def demonstration_violence(text: str) -> bool | None:
    """Whether ``text`` says the demonstrators themselves were violent (ACLED's line between
    a riot and a protest): True for "students protested violently", "youths lit bonfires",
    "barricaded the road", things thrown ("bottles were thrown at officers";
    ``demonstrator_throwing``, not a model flag), and, when it says nothing about violence
    either way, for destruction told in the active voice ("voters burned the ballot papers",
    :func:`demonstrators_destroy`); False when it says the demonstration stayed non-violent
    ("no violence was reported", "a non-violent march"; not "peaceful", which news also
    uses for other protests it sets against the violent one); None when it says neither."""
    norm = _calm_words(" ".join(_normalise(text).split()))
    if _phrase_pattern("demonstrator_violence").search(norm) or _phrase_pattern(
            "demonstrator_throwing").search(norm):
        return True
    if _phrase_pattern("no_violence").search(norm):
        return False
    if demonstrators_destroy(text):
        return True
    return None


def says(key: str, text: str) -> bool:
    """Whether ``text`` holds one of the phrases listed under ``key`` of the cue lexicon."""
    return bool(_phrase_pattern(key).search(" ".join(_normalise(text).split())))


def police_intervened(text: str) -> bool:
    """Whether ``text`` tells force used on a demonstration as done ("police dispersed the
    crowd", "fired tear gas", "several were arrested"): ACLED's protest with intervention."""
    return says("police_intervention", text)


# Demonstrators arrested as they demonstrated: arrested people named as protesters ("police
# detained hundreds of protesters", "marchers were arrested"), or an arrest told during, while
# or at a demonstration ("detained while trying to hold a rally"). Not an arrest for having
# organised one or before one ("arrested for organising a protest", "in anticipation of
# protests"): those are ACLED's arrests.
_CROWD_NOUN = r"(?:protesters|protestors|demonstrators|marchers)"
_ARREST_VERB = r"(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|detentions?)"
_ARRESTS_AT_PROTEST = re.compile(
    rf"\b{_ARREST_VERB}\b[^.;]{{0,40}}?\b{_CROWD_NOUN}\b"
    rf"|\b{_CROWD_NOUN}\b[^.;]{{0,20}}?\b(?:were|was|have been|had been|being)\s+"
    r"(?:arrested|detained)\b"
    rf"|\b{_ARREST_VERB}\b[^.;]{{0,60}}?\b(?:during|while|at)\b[^.;]{{0,30}}?"
    r"\b(?:protest|demonstrat|march(?:es)?\b|rall(?:y|ies)\b|sit.ins?\b)",
    re.IGNORECASE,
)


def arrests_at_protest(text: str) -> bool:
    """Whether ``text`` tells demonstrators arrested as they demonstrated: ACLED codes that as
    a protest with intervention, not as arrests."""
    return bool(_ARRESTS_AT_PROTEST.search(text))


def force_on_protesters(text: str) -> bool:
    """Whether ``text`` tells lethal or severe force used on demonstrators ("opened fire on
    the crowd", "protesters were killed")."""
    return says("force_on_protesters", text)


def tells_disaster(text: str) -> bool:
    """Whether ``text`` names a natural or industrial disaster ("an earthquake", "a gas
    explosion", "a chemical plant")."""
    return says("disaster", text)


def names_weapons(text: str) -> bool:
    """Whether ``text`` names arms ("guns", "ammunition", "explosives")."""
    return says("weapons", text)


def tells_accident(text: str) -> bool:
    """Whether ``text`` names an accident or a disaster as what harmed people ("the bus
    overturned", "struck by lightning", "an earthquake"): cue lists ``accidents`` and
    ``disaster``."""
    return says("accidents", text) or tells_disaster(text)


def tells_ordinary_news(text: str) -> bool:
    """Whether ``text`` names a beat of ordinary news ("a cricket match", "the High Court",
    "shares fell", "an album"): see the cue lexicon's ``ordinary_news``."""
    return says("ordinary_news", text)


def tells_crime(text: str) -> bool:
    """Whether ``text`` names ordinary, non-political crime ("a fraud ring", "drug
    trafficking", "bank robberies")."""
    return says("ordinary_crime", text)


# How far after a destruction verb its object (a protest's prop) is looked for.
_PROP_WINDOW = 40


@lru_cache(maxsize=1)
def _destruction_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(active destruction verb with an object, a protest's prop) from the cue lexicon's
    ``demonstrator_destruction`` (matched on ``_normalise``d text: same offsets)."""
    lex = load_yaml("lexicons/event_cues.yaml").get("demonstrator_destruction") or {}
    verbs = sorted((_phrase_re(v, r"\s+") for v in lex.get("verbs", [])), key=len, reverse=True)
    if not verbs:
        never = re.compile(r"(?!x)x")
        return never, never
    # One fixed-width look-behind per word: Python's look-behinds cannot vary in width.
    behind = "".join(rf"(?<!\b{re.escape(_normalise(str(w)))} )"
                     for w in lex.get("not_after", []))
    after = "|".join(_phrase_re(w, r"\s+") for w in lex.get("not_before", []))
    verb = (rf"{behind}(?<![a-z0-9])(?:{'|'.join(verbs)})(?![a-z0-9])"
            + (rf"(?=\s+(?!(?:{after})(?![a-z0-9]))[a-z0-9])" if after else r"(?=\s+[a-z0-9])"))
    props = "|".join(_phrase_re(w, r"\s+") for w in lex.get("props", []))
    prop = re.compile(rf"(?<![a-z0-9])(?:{props})(?![a-z0-9])" if props else r"(?!x)x")
    return re.compile(verb), prop


@lru_cache(maxsize=1)
def _destruction_words() -> tuple[str, ...]:
    """The first words of the destruction verbs (each a substring any match holds)."""
    lex = load_yaml("lexicons/event_cues.yaml").get("demonstrator_destruction") or {}
    words = {_normalise(str(v).rstrip("*")).split()[0] for v in lex.get("verbs", [])
             if _normalise(str(v).rstrip("*")).split()}
    # A word that holds another is found by the shorter one ("burn" finds "burned").
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def demonstrators_destroy(text: str) -> bool:
    """Whether ``text`` tells someone destroying something in the active voice ("students
    burnt their dormitory", "by setting fire to stalls"): read by
    :func:`demonstration_violence` on a text the model already reads as a demonstration, where
    the one who destroys is the crowd. Not a passive or a noun ("houses were burnt", "the
    burning of homes", "burnt by soldiers"), a capitalised name ("Burnt Forest"), or a
    protest's prop ("burning an effigy")."""
    return _destroys(text, _normalise(text))


def _destroys(text: str, norm: str) -> bool:
    """:func:`demonstrators_destroy` on ``text`` and its ``_normalise``d form."""
    verb, prop = _destruction_patterns()
    if not any(w in norm for w in _destruction_words()):
        return False  # no destruction verb's first word anywhere: the costly pattern can wait
    for m in verb.finditer(norm):
        # Lower case (not a name) and followed by a space (an object, not "houses burnt.":
        # the normalised text reads punctuation as spaces).
        if not text[m.start()].islower() or not text[m.end()].isspace():
            continue
        if prop.search(norm, m.end(), m.end() + _PROP_WINDOW):
            continue
        return True
    return False


@lru_cache(maxsize=1)
def _activity_labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """(pattern of a note opening with an activity label and a colon, label -> sub-type)."""
    table = {" ".join(str(k).lower().split()): str(v)
             for k, v in (load_yaml("lexicons/event_cues.yaml").get("activity_labels") or {}).items()}
    if not table:
        return re.compile(r"(?!x)x"), {}
    alt = "|".join(re.escape(k).replace(r"\ ", r"\s+")
                   for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"\s*({alt})\s*:\s", re.IGNORECASE), table


def activity_label(text: str) -> str | None:
    """The ACLED sub-event type a note names by opening with its activity label and a colon
    ("Movement of forces: on 3 May ..." -> "Change to group/activity"), else None. Only at the
    very start of ``text``: a label later on ("... the police said. Arrests: none") is not
    the note's."""
    pattern, table = _activity_labels()
    m = pattern.match(text)
    return table[" ".join(m.group(1).lower().split())] if m else None


def _alternation(words: Iterable[object]) -> str:
    """Lexicon words as one regex alternation over lower-cased text (a trailing "*" continues
    the word; inner spaces match any run of spaces), longest first."""
    parts = []
    for raw in words:
        raw = str(raw)
        body = r"\s+".join(map(re.escape, raw.rstrip("*").lower().split()))
        if body:
            parts.append(body + ("[a-z]*" if raw.endswith("*") else ""))
    parts.sort(key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


@lru_cache(maxsize=1)
def _armed_victim_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                      ahocorasick.Automaton]:
    """(passive, headline passive, active object) patterns of :func:`armed_victim`, built from
    ``armed_victims`` in the cue lexicon, over text that :func:`_victim_text` prepared, and an
    automaton of the words an armed person's mention starts with (the anchors the patterns
    are tried at: a regex searched over a whole page costs a millisecond)."""
    cue_lex = load_yaml("lexicons/event_cues.yaml")
    lex = cue_lex.get("armed_victims") or {}
    member = (rf"(?:{_alternation(lex.get('force_names', []))}\s+"
              rf"{_alternation(lex.get('force_members', []))}"
              rf"|{_alternation(lex.get('armed_people', []))})")
    anyone = rf"(?:{member}|police)"  # bare "police": the ones hit only in these two forms
    done = _alternation(lex.get("harm_done", []))
    aux = _alternation(cue_lex.get("passive_auxiliaries", []))  # "has been": "has" a gap word
    # Gap words are bare words: a mark glued to one ("others,") ends the gap at a clause end.
    subj_gap = rf"(?:\s+(?!{_alternation(lex.get('subject_gap_stops', []))}\b)[a-z0-9-]+){{0,4}}?"
    obj_gap = rf"(?:(?!{_alternation(lex.get('object_gap_stops', []))}\b)[a-z0-9-]+\s+){{0,4}}?"
    after = _alternation(lex.get("headline_followers", []))
    passive = re.compile(rf"{anyone}\b{subj_gap}\s+{aux}\s+(?:[a-z]+\s+)?{done}\b")
    headline = re.compile(rf"{member}\s+{done}(?:\s+{after}\b|\s*[.,;:!?]|\s*$)")
    # Not an accusation ("suspected of killing two officers", "accused of attacking").
    active = re.compile(
        rf"(?<!\bof )\b{_alternation(lex.get('harm_verbs', []))}\s+{obj_gap}{anyone}\b")
    auto = ahocorasick.Automaton()
    for raw in chain(lex.get("force_names", []), lex.get("armed_people", []), ["police"]):
        first = str(raw).rstrip("*").lower().split()
        if first:
            auto.add_word(first[0], len(first[0]))
    auto.make_automaton()
    return passive, headline, active, auto


# Lower case, every character but a letter, a digit, a hyphen or a clause mark read as a space
# ("?" too: a character outside ASCII arrives as one).
_VICTIM_BYTES = bytes(b if (chr(b).isascii() and (chr(b).isalnum() or chr(b) in "-.,;:!"))
                      else 32 for b in range(256))


def _victim_text(text: str) -> str:
    """Lower-cased ``text`` with every mark but a clause's end or a hyphen read as a space
    (same length): the patterns' gap words are bare words, so a clause mark glued to one
    ("others,") stops a pattern there ("wounding six others, a spokesman said")."""
    return text.lower().encode("ascii", "replace").translate(_VICTIM_BYTES).decode("ascii")


# How far before an armed person's mention its harm verb may start ("shot and injured the
# three prison guards"): the verb (three words at most) and four gap words.
_ACTIVE_REACH = 90


def armed_victim(text: str) -> str | None:
    """The words of ``text`` telling an armed person harmed (a police reservist, a soldier, a
    ranger, a guard: "two reservists were shot", "raiders killed a watchman", "Officer shot
    dead while on patrol", "attacked a police post"), else None: ACLED's line between a battle
    and an attack on civilians is whether the side hit is armed. Read after the model by
    :func:`sitrep.nlp.classify.classify_sentences`. Not an armed person doing the harm
    ("police shot dead a suspect", "a police officer shot a driver"), nor a clause that only
    reports ("police told reporters the trader had been shot")."""
    passive, headline, active, auto = _armed_victim_patterns()
    t = _victim_text(text)
    for end, length in auto.iter(t):
        start = end - length + 1
        if start and t[start - 1].isalnum():
            continue  # inside a word
        m = (passive.match(t, start) or headline.match(t, start)
             or active.search(t, max(0, start - _ACTIVE_REACH), end + 40))
        if m:
            return m.group(0)
    return None


# How far before a harm verb a force's name makes the force its doer.
_FORCE_WINDOW = 150


@lru_cache(maxsize=1)
def _harm_patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """(active harm verb with an object, a force's name, the verbs' first words) from
    ``demonstrator_harm`` in the cue lexicon, over ``_normalise``d text (same offsets)."""
    lex = load_yaml("lexicons/event_cues.yaml").get("demonstrator_harm") or {}
    verbs = sorted((_phrase_re(v, r"\s+") for v in lex.get("verbs", [])), key=len, reverse=True)
    forces = "|".join(p for w in lex.get("forces", []) if (p := _phrase_re(w, r"\s+")))
    if not verbs or not forces:
        never = re.compile(r"(?!x)x")
        return never, never, ()
    verb = re.compile(rf"\b(?:{'|'.join(verbs)})(?![a-z0-9])"
                      r"(?=\s+(?!(?:by|to|in|at|on|during|after)(?![a-z0-9]))[a-z0-9])")
    firsts = {_normalise(str(v)).split()[0] for v in lex.get("verbs", [])}
    return (verb, re.compile(rf"(?<![a-z0-9])(?:{forces})(?![a-z0-9])"),
            tuple(sorted(w for w in firsts if not any(o != w and o in w for o in firsts))))


# A harm verb right after one of these is a passive or a noun ("was attacked", "the beating").
_NOT_ACTIVE_AFTER = frozenset({"the", "was", "were", "been", "being", "of", "is", "are", "got"})


def demonstrators_harm(text: str) -> bool:
    """Whether ``text`` tells someone beating, stoning or attacking a person or a thing in the
    active voice with no force named just before ("the students beat up the school
    bursar", "marchers pelting motorists with stones"): read by
    :func:`sitrep.nlp.classify._demonstration_side` on a text the model reads as a protest,
    where the one who harms is the crowd. Not a passive ("was attacked", "were stoned by"),
    nor a force's act ("police beat up the marchers", "officers then assaulted them")."""
    verb, force, firsts = _harm_patterns()
    norm = _normalise(text)
    if not any(w in norm for w in firsts):
        return False  # no harm verb's first word anywhere: the patterns can wait
    for m in verb.finditer(norm):
        if not text[m.start()].islower():
            continue
        before = norm[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1] in _NOT_ACTIVE_AFTER:
            continue
        if force.search(norm, max(0, m.start() - _FORCE_WINDOW), m.start()):
            continue
        return True
    return False


# Actor kinds that are a state's (or a foreign state's) forces: a second, armed side.
_STATE_KINDS = frozenset({"state", "external"})


@lru_cache(maxsize=1)
def _side_ties_pattern() -> re.Pattern[str]:
    """``side_ties`` of the cue lexicon over :func:`_victim_text`: an accusation's lead,
    perhaps a possessive, the tie, then up to four words of the same clause (whom the
    victims were said to serve)."""
    lex = load_yaml("lexicons/event_cues.yaml").get("side_ties") or {}
    leads, ties = (_alternation(lex.get(k, [])) for k in ("leads", "ties"))
    return re.compile(rf"(?<![a-z0-9]){leads}\s+(?:(?:his|her|their)\s+)?"
                      rf"{ties}((?:\s+[a-z0-9'-]+){{1,4}})")


def _served_sides(text: str) -> list[tuple[int, int]]:
    """Offsets of the words naming whom a text's victims were accused of serving ("men
    accused of cooperating with the army": "the army"), which name no side that fought."""
    return [m.span(1) for m in _side_ties_pattern().finditer(_victim_text(text))]


@lru_cache(maxsize=1)
def _force_tells_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after, before) patterns of ``force_tells`` in the cue lexicon, over normalised text:
    what follows a force word that only tells (one more word allowed between: "police
    officials said"), and what ends right before one ("according to")."""
    lex = load_yaml("lexicons/event_cues.yaml").get("force_tells") or {}
    after, before = (_alternation(lex.get(k, [])) for k in ("after", "before"))
    return (re.compile(rf"\s+(?:[a-z'-]+\s+)?{after}(?![a-z0-9])"),
            re.compile(rf"(?<![a-z0-9]){before}\s+$"))


def _telling_forces(text: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of the STATE cue ``hits`` of ``text`` that only tell or look into the event
    (``force_tells``: "police said", "according to police"): the news's source, no side."""
    after, before = _force_tells_patterns()
    norm = _normalise(text)
    return [(a, b) for a, b, cls in hits if cls == "STATE" and (
        after.match(norm, b) or before.search(norm, max(0, a - 20), a))]


def one_sided(text: str, actors: Iterable[Actor] = ()) -> bool:
    """Whether ``text`` names only one armed side: no state force (the cue lexicon's STATE
    class, or an actor of kind state or external among ``actors``), no armed person hit
    (:func:`armed_victim`) and no word of fighting or of two sides (``two_sides`` in the cue
    lexicon: clashed, exchange of fire, revenge, rival, clan, between, ...). Read by
    :func:`sitrep.nlp.classify._victim_side`: an armed-clash reading of such a text tells
    one-sided violence, an attack in ACLED's terms ("unknown gunmen shot dead two
    labourers"). A state force named only as whom the victims were accused of serving
    (``side_ties`` in the cue lexicon) is no side."""
    # "a former army officer", "a retired policeman", "an ex-soldier": a civilian now, no
    # armed side hit nor a force at work (blanked with the served sides below)
    served = _served_sides(text) + [m.span() for m in _FORMER.finditer(text)]
    forces = text
    if served:
        # (blanked to spaces, for the state force test only: the offsets stay as they were)
        for a, b in served:
            forces = forces[:a] + " " * (b - a) + forces[b:]
        actors = [x for x in actors if not any(a <= x[0] < b for a, b in served)]
    hits = cue_hits(forces)
    telling = _telling_forces(forces, hits)
    if telling:
        hits = [h for h in hits if (h[0], h[1]) not in telling]
        actors = [x for x in actors if not any(a <= x[0] < b or x[0] <= a < x[1]
                                               for a, b in telling)]
    if any(kind in _STATE_KINDS for _, _, kind in actors):
        return False
    if any(cls == "STATE" for _, _, cls in hits):
        return False
    if _phrase_pattern("two_sides").search(" ".join(_normalise(text).split())):
        return False
    return armed_victim(forces) is None


# A force's member told as one no longer ("former ANDSF officer", "retired police sergeant",
# "ex-soldier"): the word and up to three words after it, the noun among them.
_FORMER = re.compile(r"\b(?:former|retired|ex)(?:\s+|-)(?:[\w-]+\s+){0,2}[\w-]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _crowd_harm_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(active, passive, crowd as no doer) patterns of :func:`crowd_harm`, built from
    ``crowd_harm`` in the cue lexicon, over text that :func:`_victim_text` prepared; the last
    one is searched in the words before an active match (a count of victims, a preposition
    or a verb whose object the crowd is)."""
    lex = load_yaml("lexicons/event_cues.yaml").get("crowd_harm") or {}
    crowd = _alternation(lex.get("crowds", []))
    verb = _alternation(lex.get("verbs", []))
    quals = rf"(?:{_alternation(lex.get('qualifiers', []))}\s+){{0,3}}"
    stops = _alternation(lex.get("subject_gap_stops", []))
    not_obj = _alternation(lex.get("not_objects", []))
    # "cornered and killed a man": a second verb joined by "and" before the object. A verb
    # right after an article is a noun ("villagers carried out an attack on ...": who they
    # were is the coder's call, often a communal militia).
    # ("residents of a neighbourhood in X beat ...": the crowd's own "of" phrase may come
    # between it and its verb, up to five words more)
    of_phrase = rf"(?:\s+of(?:\s+(?!{stops}\b)[a-z0-9]+){{1,5}}?)?"
    # "residents caught a man suspected of theft and beat him": the catch, its object and
    # "and" may stand between the crowd and its harm verb
    catch = _alternation(lex.get("catch_verbs", []))
    caught = rf"(?:{catch})\s+(?:[a-z0-9]+\s+){{1,8}}?and\s+" if catch else "(?!)"
    active = re.compile(rf"\b{crowd}\b{of_phrase}(?:\s+(?!{stops}\b)[a-z0-9]+){{0,3}}?\s+"
                        rf"(?:{caught})?(?<!\ba )(?<!\ban )(?<!\bthe ){verb}\b"
                        rf"(?:\s+and\s+{verb}\b)?(?=\s+(?!{not_obj}\b)[a-z0-9])")
    passive = re.compile(rf"\b{verb}\s+by\s+{quals}{crowd}\b")
    no_doer = re.compile(rf"(?:^|\s)(?:{_alternation(lex.get('counts', []))}|"
                         rf"{_alternation(lex.get('not_after', []))}|\d(?:[\d,]*\d)?)\s+{quals}$")
    return active, passive, no_doer


_BRACKETS = re.compile(r"\([^()]{0,80}\)")


def crowd_harm(text: str) -> str | None:
    """The words of ``text`` telling a crowd of ordinary people harming someone ("residents
    cornered and killed a suspect", "voters beat up the official", "was lynched by an angry
    crowd"), else None: ACLED's mob violence, which the model, seeing a killing and a victim,
    often reads as an attack. Not a crowd that suffers ("residents were attacked", "two
    villagers killed in a raid", "fired into a crowd injuring two"), nor one only named
    beside the act ("villagers and police ...")."""
    active, passive, no_doer = _crowd_harm_patterns()
    # (a bracket of places after a name, ACLED's "X (Y, Z)", is read as blanks: it stands
    # between a crowd "of X" and its verb)
    t = _victim_text(_BRACKETS.sub(lambda b: " " * len(b.group()), text)).replace("-", " ")
    m = passive.search(t)
    if m:
        return text[m.start():m.end()]
    for m in active.finditer(t):
        if no_doer.search(t, max(0, m.start() - 40), m.start()):
            continue
        return text[m.start():m.end()]
    return None


@lru_cache(maxsize=1)
def _crowd_word_pattern() -> re.Pattern[str]:
    """The ``crowds`` and ``crowd_events`` of ``crowd_harm`` in the cue lexicon as one
    pattern over :func:`_victim_text`."""
    lex = load_yaml("lexicons/event_cues.yaml").get("crowd_harm") or {}
    words = [*lex.get("crowds", []), *lex.get("crowd_events", [])]
    return re.compile(rf"\b{_alternation(words)}\b")


def crowd_named(text: str) -> bool:
    """Whether ``text`` names a crowd of ordinary people ("a mob", "villagers",
    "vigilantes") or a crowd's event ("riots", "a protest") anywhere, in whatever role: read
    by :func:`sitrep.nlp.classify._mob_side`, where a mob-violence reading that names one
    keeps it."""
    return bool(_crowd_word_pattern().search(_victim_text(text).replace("-", " ")))


@lru_cache(maxsize=1)
def _demonstrators_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """(the ``demonstrators`` of the cue lexicon as one pattern over :func:`_victim_text`, the
    words after which a participle names no one): a participle matches with the word before
    it (group ``w``)."""
    lex = load_yaml("lexicons/event_cues.yaml").get("demonstrators") or {}
    nouns = _alternation(lex.get("nouns", []))
    parts = _alternation(lex.get("participles", []))
    pattern = re.compile(rf"\b{nouns}\b|\b(?P<w>[a-z]+)\s+{parts}\b")
    return pattern, frozenset(str(w).lower() for w in lex.get("not_after", []))


def demonstrators_named(text: str) -> bool:
    """Whether ``text`` names demonstrators ("protesters", "rioters", "traders protesting
    the arrests"; not "three days of protesting")."""
    pattern, not_after = _demonstrators_pattern()
    for m in pattern.finditer(_victim_text(text).replace("-", " ")):
        if m.group("w") is None or m.group("w") not in not_after:
            return True
    return False


@lru_cache(maxsize=1)
def _force_harm_pattern() -> re.Pattern[str]:
    """Harm told as done by a state force in the passive ("was gunned down by police"): the
    ``harm_done`` of ``armed_victims`` and the ``forces`` of ``demonstrator_harm`` in the
    cue lexicon, over text that :func:`_victim_text` prepared."""
    lex = load_yaml("lexicons/event_cues.yaml")
    done = _alternation((lex.get("armed_victims") or {}).get("harm_done", []))
    forces = _alternation((lex.get("demonstrator_harm") or {}).get("forces", []))
    return re.compile(rf"\b{done}\s+by\s+(?:the\s+)?{forces}\b")


def force_harmed(text: str) -> bool:
    """Whether ``text`` tells someone harmed by a state force in the passive ("one was
    lynched by a crowd and the other shot dead by police"): read by
    :func:`sitrep.nlp.classify._mob_side`, where a force's own use of arms beside a crowd's
    harm leaves a clash reading alone."""
    return bool(_force_harm_pattern().search(_victim_text(text)))
