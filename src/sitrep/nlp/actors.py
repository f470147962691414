"""Actor mentions with ACLED-style canonical names.

All aliases from ``data/actors.yaml`` (plus generated "<nationality> <force noun>" and
"<ethnic group> <militia noun>" combinations) go into one Aho-Corasick automaton built once per
process; tagging a document is one pass over its lower-cased text, a word-boundary check and a
longest-match selection, so it costs well under a millisecond per article.

Each mention keeps enough to re-resolve its canonical name for another country or event date
(``entry`` indexes the tagger's table, see :func:`resolve`), because the state-force names carry
ACLED's regime-period suffix ("Police Forces of Kenya (2002-2013)" vs "(2013-)") and generic
actors carry the country ("Civilians (Kenya)").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from sitrep.doc import ACTORS, PLACES, Doc, Span
from sitrep.nlp.matching import leftmost_longest
from sitrep.nlp.regex_guard import guarded
from sitrep.nlp.resources import load_yaml

# Prepositions that make a bare capital / ethnic name a place ("in Turkana", "near Damascus").
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|of|from|to|into|around|across|outside|inside|towards|toward|"
    r"west|east|north|south|central|northern|southern|eastern|western|upper|lower|"
    r"north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+(?:the\s+)?)$"
    # "Hasakah, Syria, on Tuesday": a country after a place name and a comma is an address.
    r"|(?-i:[A-Z][\w'-]+),\s*$"
    # "Kilimani (Nairobi)", "Kapedo (Turkana)": a name in brackets after a place is its unit.
    r"|(?-i:[A-Z][\w'-]+)\s*\(\s*$"
    # "Lake Turkana", "Mount Elgon": a feature named after a people is a place.
    r"|(?-i:\b(?:Lake|Mount|Mt\.?|River))\s+$",
    re.I,
)
# A bare force noun written as part of a longer proper name ("Internal Security Forces",
# "Manbij Military Council") names that body, not the country's army or police.
_PROPER_BEFORE = re.compile(r"\b[A-Z][\w'-]+ $")
_PLACE_AFTER = re.compile(
    r"^\s*(?:county|counties|district|town|village|region|province|governorate|countryside|"
    r"city|airport|north|south|east|west|central|border|side|land|area|areas|road|highway|"
    r"sub-county|constituency|division|location|ward|plains|hills|forest|market|stadium|"
    r"university|school|hospital|airbase|suburbs|police\s+station|police\s+post|"
    r"'s\s+(?:countryside|outskirts|suburbs)|"
    # "the Samburu-Marsabit border": two places joined to name a border or a road.
    r"-[A-Z][\w']+\s+(?:border|boundary|road|highway))\b",
    re.I,
)

# A capital at a dateline ("Damascus, SANA -", "BEIRUT (Reuters) -") is where the report was
# filed, not the government acting: a comma and an agency's capitals, or a parenthesis and a dash.
_DATELINE_AFTER = re.compile(r"^\s*(?:,\s*[A-Z]{2,}\b|\([^)]{2,30}\)\s*[-\u2013\u2014:])")

_KIND_OF_GENERIC = {
    "protesters": "protesters",
    "rioters": "rioters",
    "civilians": "civilians",
    "unidentified": "unidentified",
    "ethnic_militia": "identity_militia",
    "communal_militia": "identity_militia",
}


@dataclass(slots=True)
class Entry:
    """One actor the dictionary can name; ``resolve`` turns it into a canonical name."""

    type: str  # "state" | "group" | "ethnic" | "generic" | "identity"
    kind: str
    country: str | None = None  # fixed country (state of a nationality, group's home)
    inst: str | None = None  # state: military / police / government
    branch: str | None = None  # state: "Air Force", "General Service Unit"...
    template: str | None = None  # group / generic / identity: name with {country}
    group: str | None = None  # ethnic: group name; identity: label
    label: str = "Ethnic"  # ethnic: "Ethnic" / "Clan"
    role_hint: str | None = None
    bare_place_risk: bool = False  # bare names that are also places (Turkana, Damascus)
    extra: dict[str, Any] = field(default_factory=dict)


_CAPWORD_FULL = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _militia(people: str, country: str | None) -> str:
    """ACLED's name of a people's or a community's militia: "Pokot Ethnic Militia (Kenya)";
    without a country (no place, no nationality, no collection country) no bracket."""
    return f"{people} Militia ({country})" if country else f"{people} Militia"


def _regime(regimes: list[dict[str, Any]], date: str | None) -> str:
    """The era label of a state's forces on ``date``; "" when the date is unknown and the
    country had several eras (an undated page's "Syrian army" may be of either: the name
    then goes without the bracket rather than claim the latest one)."""
    if date:
        for r in regimes:
            until = r.get("until")
            if until and date < str(until):
                return str(r["label"])
    elif len(regimes) > 1:
        return ""
    return str(regimes[-1]["label"])


def words_alternation(words: Iterable[str]) -> str:
    """Lexicon words as one regex alternation, longest first, inner spaces matching any run
    of spaces (as written: no lower-casing, no "*" suffix)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class ActorDictionary:
    """The compiled dictionary: entries, automaton, country metadata."""

    def __init__(self) -> None:
        data = load_yaml("actors.yaml")
        self.institutions: dict[str, str] = data["institutions"]
        self.countries: dict[str, dict[str, Any]] = data["countries"]
        self.entries: list[Entry] = []
        self._index: dict[tuple, int] = {}
        # lower-cased alias -> list of (entry id, case-sensitive original or None, priority)
        self._aliases: dict[str, list[tuple[int, str | None, int]]] = {}
        self.identity_labels: dict[str, int] = {}
        # Lower-cased aliases that name their entry only where the document also names it in
        # full: "the coalition" after "the US-led coalition", not a party coalition.
        self.context_aliases: dict[str, int] = {}
        self.nationality: dict[str, str] = {}  # lower-cased adjective / name -> country
        self._build(data)
        known = {e.group.lower() for e in self.entries if e.type == "ethnic" and e.group}
        known |= {a for a, v in self._aliases.items()
                  if any(self.entries[i].type == "ethnic" for i, _, _ in v)}
        nouns = data.get("community_nouns", {})
        self.clan_nouns = {w.lower() for w in nouns.get("Clan", [])}
        self.ethnic_nouns = {w.lower() for w in nouns.get("Ethnic", [])}
        alt = "|".join(sorted((re.escape(w) for ws in nouns.values() for w in ws),
                              key=len, reverse=True))
        name = r"(?!(?:The|A|An|Two|Rival|Some|Local|Armed)\b)(?<![-\w])[A-Z][a-z']{2,}(?![-\w])"
        # Two steps for speed: find the community noun, then read the names left of it.
        self.noun_re = re.compile(rf"(?<=[A-Za-z'-] )(?P<noun>{alt})\b")
        self.noun_starts = first_words([w for ws in nouns.values() for w in ws], lower=False)
        self.names_before_re = re.compile(
            rf"\b(?P<a>{name})(?:\s+and\s+(?:the\s+)?(?P<b>{name}))?\s+$")
        from_heads = ("bandits|raiders|attackers|armed men|gunmen|pastoralists|herders|youths|"
                      "militiamen|militia|communities|community|fighters|warriors").split("|")
        from_alt = "|".join(h.replace(" ", r"\s+") for h in from_heads)
        # Suspicion may stand between the head and "from" ("raiders believed to be from X");
        # people of no armed word are attackers only so ("people suspected to be from X").
        hearsay = r"(?:suspected|believed|thought|said|reported)\s+to\s+(?:be|have\s+come)\s+"
        self.from_re = re.compile(
            rf"\b(?:(?i:{from_alt})\s+(?:\([^)]*\)\s+)?(?i:{hearsay})?|(?i:people)\s+"
            rf"(?i:{hearsay}))from\s+(?:the\s+)?"
            # Not a county, district or town ("gunmen from Mandera town": where they came
            # from, not a community), nor the first word of a longer name ("Trans Mara").
            rf"(?P<name>{name})(?!\s+(?:County|county|District|district|[Tt]own|[A-Z]))"
            # "herders from Isiolo and Marsabit": two communities, one for each side (not
            # "from X and Y counties": places again).
            rf"(?:\s+and\s+(?:the\s+)?(?P<name2>{name})(?!\s+(?:[Cc]ount(?:y|ies)|"
            rf"[Dd]istricts?|[Tt]owns?|[A-Z])))?"
            # The place noun after the name belongs to the phrase ("from Kaptet village").
            rf"(?P<tail>\s+(?i:village|community|communities|area|location|clan|side|sect|group|"
            rf"gang|militia|members|tribe))?")
        self.from_starts = first_words([*from_heads, "people"])
        self.known_ethnic = known
        # Capitalised words the community patterns must not take for a community's name
        # ("Police", "Eight men", "Unidentified attackers").
        self.not_names = frozenset(data.get("not_community_names", []))
        self.not_body_names = frozenset(data.get("not_body_names", []))
        # What may follow a capital that stands for its government (see metonym_acts).
        forces = {w for nouns in data["state_nouns"].values()
                  for w in [*nouns["words"], *nouns.get("with_adjective", [])]}
        acts = {*data.get("metonym_acts", []), *load_yaml("gazetteer/lexicon.yaml")["seat_words"]}
        # ("Moscow and Damascus say": a second capital between them)
        self.metonym_next = re.compile(
            rf"['\u2019]s\s+(?:[a-z-]+\s+)?(?:{words_alternation(forces)})\b|"
            rf"(?:\s+and\s+(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?(?:['\u2019]s)?\s+"
            rf"(?:(?:has|have|had|also|again|repeatedly|previously|later|then|reportedly|"
            rf"itself|officially|quickly|swiftly)\s+)?(?:{words_alternation(acts)})\b")
        heads = "|".join(sorted((re.escape(w) for w in data.get("not_actor_heads", [])),
                                key=len, reverse=True))
        self.speaker_head = re.compile(rf"\s+(?:{heads})\b", re.I) if heads else None
        mods = data.get("not_state_modifiers", [])
        words = "|".join(re.escape(w) for w in mods if not w.startswith("-"))
        ends = "|".join(re.escape(w) for w in mods if w.startswith("-"))
        alts = [a for a in (rf"\b(?:{words})" if words else "", rf"\w(?:{ends})" if ends else "")
                if a]
        # Searched over the few characters before a bare force noun only.
        self.non_state_before = re.compile(rf"(?:{'|'.join(alts)})\s+$", re.I) \
            if alts else None
        # Capitalised country names and nationality words ("Kenyan", "United States"), found
        # case-sensitively in one pass to guess a document's country.
        self.nat_automaton = ahocorasick.Automaton()
        for cdata_name, cdata in self.countries.items():
            for w in [cdata_name, *cdata.get("adjectives", [])]:
                if _CAPWORD_FULL.fullmatch(w):
                    self.nat_automaton.add_word(w, (len(w), cdata_name))
        self.nat_automaton.make_automaton()
        self.automaton = ahocorasick.Automaton()
        for key, vals in self._aliases.items():
            self.automaton.add_word(key, (len(key), tuple(vals)))
        self.automaton.make_automaton()

    # ------------------------------------------------------------------ build
    def _entry(self, key: tuple, **kw: Any) -> int:
        if key not in self._index:
            self._index[key] = len(self.entries)
            self.entries.append(Entry(**kw))
        return self._index[key]

    def _alias(self, alias: str, eid: int, priority: int) -> None:
        alias = alias.strip()
        if not alias:
            return
        # Short all-capital aliases (IS, AP, GSU) must match exactly: "is" is a verb.
        word = alias.replace(".", "").replace("-", "")
        exact = alias if (word.isupper() and len(word) <= 4) else None
        lst = self._aliases.setdefault(lower_same_length(alias), [])
        if all(e != eid for e, _, _ in lst):
            lst.append((eid, exact, priority))

    def _build(self, data: dict[str, Any]) -> None:
        state_nouns: dict[str, dict[str, Any]] = data["state_nouns"]
        for cname, cdata in self.countries.items():
            cdata.setdefault("display", cname)
            adjectives = [cname, *cdata.get("adjectives", [])]
            for adj in adjectives:
                self.nationality[adj.lower()] = cname
            for key, nouns in state_nouns.items():
                inst, _, branch = key.partition("/")
                eid = self._entry(("state", cname, key), type="state", kind="state",
                                  country=cname, inst=inst, branch=branch or None)
                for adj in adjectives:
                    for w in [*nouns["words"], *nouns.get("with_adjective", [])]:
                        self._alias(f"{adj} {w}", eid, 3)
                        if inst == "government" or w in ("forces", "troops", "army"):
                            self._alias(f"{adj}'s {w}", eid, 3)
            for key, aliases in (cdata.get("aliases") or {}).items():
                inst, _, branch = key.partition("/")
                eid = self._entry(("state", cname, key), type="state", kind="state",
                                  country=cname, inst=inst, branch=branch or None)
                for a in aliases:
                    self._alias(a, eid, 4)
            # Metonyms ("Ankara", "the Kremlin") are also places: their own entry carries the
            # place check, so that "the Turkish army" after "of" is not dropped with them.
            eid = self._entry(("state", cname, "metonym"), type="state", kind="state",
                              country=cname, inst="military", bare_place_risk=True,
                              extra={"metonym": True})
            for m in cdata.get("metonyms", []) or []:
                self._alias(m, eid, 2)
            # "regime warplanes": a word for the state before an aircraft word is the
            # country's air force, as "Syrian warplanes" is.
            air = self._entry(("state", cname, "military/Air Force"), type="state", kind="state",
                              country=cname, inst="military", branch="Air Force")
            for m in cdata.get("air_metonyms", []) or []:
                for w in data.get("metonym_aircraft", []):
                    self._alias(f"{m} {w}", air, 3)
            # The country's own name acts only as a sentence subject ("Israel struck ..."); the
            # role step keeps such mentions only when they are the agent of a violent verb.
            cid = self._entry(("state", cname, "country_name"), type="state", kind="state",
                              country=cname, inst="military", bare_place_risk=True,
                              extra={"country_name": True})
            self._alias(cname, cid, 1)
        # Bare force nouns ("police", "soldiers") name the document country's forces.
        for key, nouns in state_nouns.items():
            if not nouns.get("bare"):
                continue
            inst, _, branch = key.partition("/")
            eid = self._entry(("state", None, key), type="state", kind="state", inst=inst,
                              branch=branch or None, extra={"bare": True})
            for w in nouns["words"]:
                self._alias(w, eid, 1)
        for g in data["groups"]:
            extra = {k: g[k] for k in ("group", "actor_name") if g.get(k)}
            eid = self._entry(("group", g["name"]), type="group", kind=g["kind"],
                              country=g.get("country"), template=g["name"],
                              extra=extra)
            for a in g["aliases"]:
                self._alias(a, eid, 5)
            for a in g.get("context_aliases", []):
                self._alias(a, eid, 5)
                self.context_aliases[lower_same_length(a.strip())] = eid
        nouns = data["ethnic_militia_nouns"]
        for gname, gdata in data["ethnic_groups"].items():
            until = sorted(gdata.get("home_until", []), key=lambda h: str(h["until"]))
            base = self._entry(("ethnic", gname, False), type="ethnic", kind="identity_militia",
                               country=gdata.get("home"), group=gname,
                               label=gdata.get("label", "Ethnic"), bare_place_risk=True,
                               extra={"home_until": until})
            mil = self._entry(("ethnic", gname, True), type="ethnic", kind="identity_militia",
                              country=gdata.get("home"), group=gname,
                              label=gdata.get("label", "Ethnic"), role_hint="attacker",
                              extra={"militia": True, "home_until": until})
            names = [gname, *gdata.get("aliases", [])]
            for n in names:
                if n != gname or gdata.get("bare", True):
                    self._alias(n, base, 2)
                for w in nouns:
                    self._alias(f"{n} {w}", mil, 4)
        for key, gdata in data["generic"].items():
            eid = self._entry(("generic", key), type="generic", kind=_KIND_OF_GENERIC[key],
                              template=gdata["name"], role_hint=gdata.get("role_hint"),
                              extra={"generic_key": key})
            for w in gdata["words"]:
                self._alias(w, eid, 0)
        for label, words in data["identity_groups"].items():
            eid = self._entry(("identity", label), type="identity", kind="other",
                              template=f"{label} ({{country}})", group=label)
            self.identity_labels[label] = eid
            for w in words:
                self._alias(w, eid, -1)

    # ------------------------------------------------------------------ resolve
    def state_force(self, key: str, country: str, date: str | None = None) -> str:
        """Canonical name of a country's force named by a ``state_nouns`` key ("police",
        "military") when the text names none ("a protest broken up" -> the police)."""
        eid = self._index.get(("state", None, key))
        if eid is None:
            inst = key.partition("/")[0]
            return self._force(inst, country, "")
        return self.resolve(eid, country, date)

    def _force(self, inst: str, display: str, regime: str) -> str:
        """An institution's force by ACLED's pattern ("Police Forces of Kenya (2013-)"), the
        bracket left out when there is no era to put in it."""
        return self.institutions[inst].format(display=display, regime=regime).replace(" ()", "")

    def resolve(self, eid: int, country: str | None, date: str | None = None) -> str:
        """Canonical ACLED name of entry ``eid`` for a document country and event date."""
        e = self.entries[eid]
        if e.type == "state":
            cname = e.country or country
            cdata = self.countries.get(cname or "")
            inst = e.inst or "military"
            if not cdata:
                # Unknown country: ACLED's pattern without the regime suffix.
                name = self._force(inst, cname or "Unknown", "")
            else:
                name = self._force(inst, cdata["display"], _regime(cdata["regimes"], date))
            return f"{name} {e.branch}" if e.branch else name
        if e.type == "ethnic":
            return _militia(f"{e.group} {e.label}", e.country or country)
        template = e.template or ""
        if "{country}" in template:
            c = country or e.country
            if not c:
                return template.replace(" ({country})", "")
            return template.format(country=c)
        return template


@lru_cache(maxsize=1)
def dictionary() -> ActorDictionary:
    return ActorDictionary()


def _date_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10] or None


def places_country(doc: Doc) -> str | None:
    """The place layer's dominant country, when another component wrote that layer."""
    places = doc.get(PLACES)
    if places:
        c = Counter(p.attrs.get("country") for p in places if p.attrs.get("country"))
        if c:
            return c.most_common(1)[0][0]
    return None


# An aircraft whose owner is given as hearsay after it: "a drone, said to be a Turkish one,
# targeted ...", "warplanes believed to be Russian struck ...".  The mention spans the aircraft
# noun to the nationality, so that the verb after it makes it the agent.
_HEARSAY_TO_BE = " to be "
# Guarded (first-character look-ahead, same matches): it scans whole texts, a quarter of
# which hold " to be ", and the case-insensitive alternation was tried at every word.
_AIRCRAFT_HEARSAY = guarded(re.compile(
    r"\b(?:drones?|warplanes?|war\s+planes?|(?:fighter\s+)?jets?|aircraft|helicopters?|planes?|"
    r"UAVs?)\s*,?\s*(?:(?:which|that)\s+(?:is|was|were|are)\s+)?(?:(?:reportedly|probably|"
    r"most\s+likely|likely)\s+)?(?:(?:said|believed|thought|suspected|reported|understood|"
    r"likely|presumed)\s+)?to\s+(?:be|have\s+been)\s+(?:an?\s+)?(?P<nat>[A-Z][a-z]+)"
    r"(?:\s+(?:ones?|drones?|aircraft|jets?|planes?|warplanes?|helicopters?))?\b",
    re.I,
))

# A capital standing for its government acts as a bare noun ("Nairobi says", "Moscow denied");
# after an article or followed by a capitalised word it is a modifier or part of a name.
_BY_BEFORE = re.compile(r"\bby\s+$")
_ATTRIBUTIVE_CAPITAL = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|regime|authorities|administration)\b", re.I)
_NAME_GOES_ON = re.compile(r" (?-i:[A-Z][a-z]+)\b(?<!\bOn)(?<!\bIn)(?<!\bAt)")
# A capital before the people or places of the city ("Nairobi residents", "Damascus
# neighbourhoods") names the city, not its government.
_CITY_NOUN_AFTER = re.compile(
    r"\s+(?:residents?|inhabitants|people|dwellers|natives|traders|hawkers|youths?|families|"
    r"streets?|slums?|estates?|neighbou?rhoods?|districts?|suburbs?|outskirts|residence|"
    r"mortuary|morgue|hotel|bus|matatu|airport|river|dam|port)\b", re.I)

# "movement of forces", "movements of troops": the words name an activity (ACLED's own label
# for a strategic development), not whose forces moved; the text names them elsewhere.
_MOVEMENT_OF = re.compile(r"\bmovements?\s+of\s+$", re.I)

# A bare people's name that is a person's name after a title ("Mr. Kuria Wakaba").
# A title may stand a name or two before it: "Mr Abed Makau Kikuyu" is a man's surname.
_PERSON_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Hon|Rev|Prof|Sen|Gov)\.?\s+(?:[A-Z][a-z'-]+\s+){0,2}$")
# "armed youths (Kalenjin)", "bandits (Toposa tribe, ...)": a bracket opened right after a
# mention, and the kinds of unnamed attackers whose people it may give.
_BRACKET_AFTER = re.compile(r"\s*\(\s*")
_UNNAMED_ATTACKERS = ("unidentified", "identity_militia")
# Named sides whose name before a bare force noun makes the noun their own men ("SDF
# forces", "Wagner troops", "coalition soldiers"), not the document country's state forces.
# A people's name is not among them: "Turkana police reservists", "Samburu soldiers" are the
# state's men of that people, not its militia.
_FORCE_OWNERS = ("rebel", "political_militia", "external")
# Non-state fighters named after a country ("Somalia militia", "Uganda raiders"): the country
# name says where they are from, it does not stand for its state.
_NON_STATE_AFTER = re.compile(r"\s+(?:militias?|militiamen|rebels?|raiders|bandits|gunmen|"
                              r"tribesmen|herders|herdsmen|warriors|rustlers|insurgents)\b",
                              re.I)
# A capitalised word right before a name (not an article) makes it the end of a longer name:
# "Rift Valley ethnic militias" are the region's, not a people called "Valley".
_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])(?!(?:The|A|An|Both|Two|Rival)\s)[A-Z][a-z'-]+\s+$")
_FROM_COUNTRY = re.compile(r"\s+(?:\w+\s+)?from\s+(?:neighbouring\s+|neighboring\s+)?"
                           r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!\s+(?:County|county|town))")


# Characters that a case-insensitive pattern matches to an ASCII letter although they do not
# lower-case to it (dotless "ı" ~ "i", long "ſ" ~ "s"): where one occurs, a pre-scan of the
# lower-cased text could miss a match, so the plain regex scan is used.
FOLD_ODD = ("\u0131", "\u017f")


def first_words(words: list[str], lower: bool = True) -> ahocorasick.Automaton:
    """Aho-Corasick over the first word of each phrase (lower-cased unless ``lower`` is
    False): every match of the phrase alternation starts where one of them does."""
    auto = ahocorasick.Automaton()
    for w in words:
        if w.strip():
            first = (w.strip().lower() if lower else w.strip()).split()[0]
            auto.add_word(first, len(first))
    auto.make_automaton()
    return auto


def scan_from(rx: re.Pattern[str], text: str, low: str, starts: ahocorasick.Automaton) -> list[re.Match[str]]:
    """``list(rx.finditer(text))``, trying ``rx`` only where a first word of its phrases
    starts in ``low`` (``text`` itself, or lower-cased with the same length, for a
    case-insensitive ``rx``: see FOLD_ODD): the same matches, as finditer
    tries positions left to right and resumes after each match, and a match can only start
    at such a position. Scanning every position of a long text with a big alternation
    costs far more."""
    if not len(starts):
        return []
    out: list[re.Match[str]] = []
    resume = 0
    for p in sorted({end - n + 1 for end, n in starts.iter(low)}):
        if p < resume:
            continue
        m = rx.match(text, p)
        if m is not None and m.end() > p:
            out.append(m)
            resume = m.end()
    return out


# "<actor>'s " (optionally one lower-case word more: "the army's elite troops") before a
# bare force noun: its owner.
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s\s+(?:[a-z]+\s+)?$")
_NAME_BEFORE = re.compile(r"([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)\s+$")


def lower_same_length(text: str) -> str:
    """``text.lower()`` with one character per character, so offsets stay valid: a few
    characters lower-case to two ("İ" -> "i̇"), which would shift every later match."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] or c for c in text)


def _nationality_words(text: str, d: ActorDictionary) -> list[str]:
    """Countries of the capitalised country names / nationality words in ``text``."""
    out: list[str] = []
    n = len(text)
    for end, (length, country) in d.nat_automaton.iter(text):
        start = end - length + 1
        if (start > 0 and text[start - 1].isalnum()) or (end + 1 < n and text[end + 1].isalnum()):
            continue
        out.append(country)
    return out


def _countries_named(text: str, d: ActorDictionary) -> set[str]:
    return set(_nationality_words(text, d))


def document_country(doc: Doc) -> str | None:
    """The country a document is about: the place layer's dominant country when present,
    otherwise the most frequent country name / nationality word in the text (a weak guess:
    foreign belligerents are named by nationality too), otherwise the collection's country
    (``Doc.country_prior``): a short note that names no place and no nationality ("X
    militia attacked traders at a market") is about the country its collection is about, as
    the place step already reads it; without it a people's militia or a named community
    tagged here would carry no country."""
    c = places_country(doc)
    if c:
        return c
    counts = Counter(_nationality_words(doc.text, dictionary()))
    if counts:
        return counts.most_common(1)[0][0]
    return doc.country_prior


# A capitalised participle before a community noun is a word of the sentence, capitalised
# at its start ("Renewed clan fighting", "Rioting youths"), not the community's name: no
# people or clan the dictionary knows is named so.
_PARTICIPLE = re.compile(r"[a-z](?:ed|ing)$")


class ActorTagger:
    """Adds ``actors`` spans: label "actor"; attrs name, kind, country, generic, role_hint,
    identity (an ACLED identity-group label such as "Students" when the words imply one),
    entry (dictionary entry id, for :func:`resolve`)."""

    def __init__(self, country: str | None = None) -> None:
        self.country = country
        self.dict = dictionary()

    def mentions(self, text: str) -> list[tuple[int, int, list[tuple[int, str | None, int]]]]:
        """Longest non-overlapping alias matches: (start, end, candidate entries)."""
        low = lower_same_length(text)
        n = len(low)
        found: list[tuple[int, int, list[tuple[int, str | None, int]]]] = []
        for end, (length, vals) in self.dict.automaton.iter(low):
            start = end - length + 1
            stop = end + 1
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
                continue
            if stop < n and low[stop].isalnum():
                # allow plural "s" / possessive handled by aliases; otherwise mid-word
                continue
            ok = [v for v in vals if v[1] is None or text[start:stop] == v[1]]
            if ok:
                found.append((start, stop, ok))
        return leftmost_longest(found)

    def __call__(self, doc: Doc, country: str | None = None, event_date: str | None = None) -> Doc:
        text = doc.text
        ctry = country or self.country or document_country(doc)
        # Country-named groups ("Islamic State (Syria)") need a reliable country: an explicit
        # one or the place layer's, not a guess from nationality words.
        group_ctry = country or self.country or places_country(doc)
        date = event_date or _date_str(doc.published)
        d = self.dict
        doc.layers[ACTORS] = []
        named_countries: set[str] | None = None  # read once, on first need
        for start, stop, vals in self.mentions(text):
            if len(vals) > 1:
                vals = sorted(vals, key=lambda v: -v[2])
            if len(vals) > 1 and len({d.entries[v[0]].country for v in vals}) > 1:
                vals = self._by_country(vals, text, ctry)
            primary = vals[0][0]
            e = d.entries[primary]
            if e.bare_place_risk and self._looks_like_place(text, start, stop):
                continue
            if e.extra.get("country_name") and _NON_STATE_AFTER.match(text, stop):
                continue  # "an Ethiopia militia": a nationality, not the state acting
            if e.extra.get("bare") and text[start].isupper() and \
                    self._inside_proper_name(text, start):
                continue
            if e.extra.get("metonym") and text[start].isupper() and \
                    _ATTRIBUTIVE_CAPITAL.search(text, max(0, start - 6), start) and \
                    not _GOVERNMENT_AFTER.match(text, stop):
                continue  # "a Nairobi suburb", "the Nairobi Hotel": the city, not the state
            if e.extra.get("metonym") and text[start].isupper() and \
                    _NAME_GOES_ON.match(text, stop):
                continue  # "Damascus Countryside", "Washington Post": a longer name
            if e.extra.get("metonym") and text[start].isupper() and \
                    _CITY_NOUN_AFTER.match(text, stop):
                continue  # "Nairobi residents beat two men": the city's people
            if e.extra.get("metonym") and text[start].isupper() and \
                    any(p.start <= start < p.end for p in doc.get(PLACES)) and \
                    not d.metonym_next.match(text, stop, min(len(text), stop + 60)) and \
                    not _BY_BEFORE.search(text, max(0, start - 4), start):
                # ("backed by Ankara", "declared by Damascus": a city is nobody's agent)
                continue  # "missiles struck Kyiv", "Kabul was hit": the city, not the state
            if e.extra.get("metonym") and text[start].islower() and e.country != ctry:
                # "the regime" is Syria's only in a report about Syria or naming it: "the
                # ruling party's regime in Ethiopia" is not.
                if named_countries is None:
                    named_countries = _countries_named(text, d)
                if e.country not in named_countries:
                    continue
            if e.extra.get("bare") and d.speaker_head is not None and \
                    d.speaker_head.match(text, stop, stop + 30):
                continue  # "a military source said": who speaks, not who acts
            if e.extra.get("bare") and _MOVEMENT_OF.search(text, max(0, start - 20), start):
                continue  # "movement of forces": an activity, nobody's forces yet
            if e.extra.get("bare"):
                if d.non_state_before is not None and \
                        d.non_state_before.search(text, max(0, start - 40), start):
                    continue  # "rebel forces", "Turkish-backed troops": not the state's
                owned = self._possessive_owner(doc, primary, start, date) or \
                    self._named_owner(doc, start)
                if owned is not None:
                    doc.span(ACTORS, start, stop, "actor", **owned)
                    continue
            if e.type == "ethnic" and not e.extra.get("militia") and (
                    text[start].islower() or _PERSON_BEFORE.search(text, max(0, start - 40), start)):
                continue  # "pokot" in a URL, "Mr. Kuria Wakaba": not the people
            identity = next((d.entries[v[0]].group for v in vals
                             if d.entries[v[0]].type == "identity"), None)
            if e.type == "identity":
                # Identity words alone ("students") are people, not an armed actor.
                gen = d._index.get(("generic", "civilians"))
                if gen is None:
                    continue
                primary, e = gen, d.entries[gen]
            ectry = e.country
            # A nationality word right before an ethnic / generic mention sets its country
            # ("Ethiopian Merille militia", "Somali gunmen").
            nat = self._nationality_before(text, start)
            if nat is None and e.type in ("generic", "ethnic") and e.kind != "civilians":
                nat = self._country_after(text, stop)
            if nat and e.type in ("ethnic", "generic"):
                ectry = nat
            if e.type == "generic":
                name = d.resolve(primary, nat or ctry, date)
            elif e.type == "group":
                name = d.resolve(primary, group_ctry, date)
                ectry = group_ctry or e.country
            else:
                name = self._resolve_with(primary, ectry, ctry, date)
            attrs: dict[str, Any] = {
                "name": name,
                "kind": e.kind,
                "country": ectry or ctry,
                "generic": e.type in ("generic",) or bool(e.extra.get("bare")),
                "entry": primary,
            }
            if nat and e.type == "generic":
                attrs["own_country"] = nat  # kept when the role step re-resolves the name
            if e.role_hint:
                attrs["role_hint"] = e.role_hint
            if e.extra.get("country_name"):
                attrs["country_name"] = True
            if identity:
                attrs["identity"] = identity
            if e.extra.get("group"):
                attrs["group"] = e.extra["group"]
            if e.extra.get("actor_name"):
                attrs["actor_name"] = e.extra["actor_name"]
            doc.span(ACTORS, start, stop, "actor", **attrs)
        if d.context_aliases:
            self._drop_unsupported_context_aliases(doc)
        if _HEARSAY_TO_BE in text:
            self._aircraft_hearsay(doc, date)
        self._communities(doc, ctry, date)
        if "(" in text:
            self._people_in_brackets(doc)
        return doc

    def _people_in_brackets(self, doc: Doc) -> None:
        """Unnamed attackers whose people a bracket right after them gives ("armed youths
        (Kalenjin)", "bandits (Toposa tribe, ...)") are that people's militia: the bracket
        names who they are, as "Kalenjin youths" would."""
        d = self.dict
        spans = doc.layers[ACTORS]
        drop: set[int] = set()
        for i, (gen, nxt) in enumerate(zip(spans, spans[1:], strict=False)):
            if not gen.attrs.get("generic") or gen.attrs.get("kind") not in _UNNAMED_ATTACKERS:
                continue
            if not _BRACKET_AFTER.fullmatch(doc.text, gen.end, nxt.start):
                continue
            eid = nxt.attrs.get("entry")
            e = d.entries[eid] if eid is not None else None
            if e is None or e.type != "ethnic" or e.group is None:
                continue
            # The people's militia entry, named as the bracket named it (home, period).
            mil = d._index.get(("ethnic", e.group, True), eid)
            gen.attrs.update(name=nxt.attrs.get("name"), kind="identity_militia",
                             country=nxt.attrs.get("country"), generic=False, entry=mil)
            gen.attrs.pop("own_country", None)
            drop.add(i + 1)
        if drop:
            doc.layers[ACTORS] = [s for j, s in enumerate(spans) if j not in drop]

    def _aircraft_hearsay(self, doc: Doc, date: str | None) -> None:
        """"a drone, said to be Turkish, targeted a farm": that country's air force."""
        d = self.dict
        taken = [(s.start, s.end) for s in doc.get(ACTORS)]
        added = False
        for m in _AIRCRAFT_HEARSAY.finditer(doc.text):
            nat = m.group("nat")
            country = d.nationality.get(nat.lower()) if nat[0].isupper() else None
            eid = d._index.get(("state", country, "military/Air Force")) if country else None
            if eid is None:
                continue
            # The nationality word may already be a mention ("Turkish drone"): replace it.
            inside = [t for t in taken if m.start() <= t[0] and t[1] <= m.end()]
            if any(t[0] < m.end() and m.start() < t[1] for t in taken if t not in inside):
                continue
            if inside:
                doc.layers[ACTORS] = [s for s in doc.get(ACTORS)
                                      if (s.start, s.end) not in inside]
            doc.span(ACTORS, m.start(), m.end(), "actor", name=d.resolve(eid, country, date),
                     kind="state", country=country, generic=False, entry=eid)
            added = True
        if added:
            doc.layers[ACTORS].sort(key=lambda s: s.start)

    def _possessive_owner(self, doc: Doc, eid: int, start: int,
                          date: str | None) -> dict[str, Any] | None:
        """Attributes of a bare force noun that an actor mention owns: "the coalition's
        special forces" are the coalition's, "Turkey's soldiers" Turkey's, not the document
        country's army.  None when no actor mention stands right before it with "'s"."""
        text = doc.text
        m = _POSSESSIVE_BEFORE.search(text, max(0, start - 24), start)
        spans = doc.layers.get(ACTORS)
        if m is None or not spans or spans[-1].end != m.start():
            return None
        owner = spans[-1]
        kind = owner.attrs.get("kind")
        if kind in ("civilians", "protesters", "rioters", "unidentified", "other", None) or \
                owner.attrs.get("generic"):
            return None  # "the army's soldiers": a bare owner says no more than the noun
        if kind == "state":
            c = owner.attrs.get("country")
            if not c:
                return None
            # The owner's institution, or the noun's own one ("the army's police") for its
            # country: "Turkey's soldiers" are Turkey's military, not the country-name entry.
            return {"name": self.dict.resolve(eid, c, date), "kind": "state", "country": c,
                    "generic": False, "entry": eid, "own_country": c}
        return dict(owner.attrs)

    def _named_owner(self, doc: Doc, start: int) -> dict[str, Any] | None:
        """Attributes of a bare force noun right after a named non-state or foreign side
        ("SDF forces", "Hamas police", "Wagner troops"): the side's own men, told as
        "the SDF's forces" would be, not the document country's army.  None when no such
        mention stands right before it (only spaces between)."""
        spans = doc.layers.get(ACTORS)
        if not spans:
            return None
        owner = spans[-1]
        gap = doc.text[owner.end:start]
        if owner.end > start or len(gap) > 2 or gap.strip():
            return None
        if owner.attrs.get("kind") not in _FORCE_OWNERS or owner.attrs.get("generic") or \
                owner.attrs.get("country_name"):
            return None
        return dict(owner.attrs)

    def _drop_unsupported_context_aliases(self, doc: Doc) -> None:
        """Drop mentions made only of a context alias ("coalition") whose entry the document
        never names in full: alone, the word is a political coalition as often as a military
        one."""
        context = self.dict.context_aliases
        spans = doc.layers[ACTORS]
        named = {s.attrs.get("entry") for s in spans if s.text.lower() not in context}
        keep = [s for s in spans if s.text.lower() not in context
                or context[s.text.lower()] != s.attrs.get("entry")
                or s.attrs.get("entry") in named]
        if len(keep) != len(spans):
            doc.layers[ACTORS] = keep

    def _communities(self, doc: Doc, ctry: str | None, date: str | None = None) -> None:
        """Named clans / communities: "the Kapkeny and Kabasiran clans" ->
        "<Name> Clan Militia (<country>)"; "pastoralists from Lagdera" -> "<Name> Communal
        Militia (<country>)".  Names that are countries or known groups are left alone."""
        text = doc.text
        d = self.dict
        taken = [(s.start, s.end) for s in doc.get(ACTORS)]

        def free(a: int, b: int) -> bool:
            return not any(s < b and a < e for s, e in taken)

        def add(start: int, end: int, name: str, label: str, remove_generic_at: int | None,
                phrase: tuple[int, int] | None = None, noun_at: int | None = None) -> None:
            if name.lower() in d.nationality or name in d.not_names:
                return
            if phrase is not None:
                # The name is already a mention ("the Maasai community"): it gets the phrase.
                inside = [s for s in doc.get(ACTORS) if not s.attrs.get("generic")
                          and s.start <= start and end <= s.end]
                if inside:
                    inside[0].attrs.setdefault("phrase", phrase)
                    doc.layers[ACTORS] = [s for s in doc.get(ACTORS) if not (
                        s.start == remove_generic_at and s.attrs.get("generic"))]
                    return
            if remove_generic_at is not None:
                doc.layers[ACTORS] = [s for s in doc.get(ACTORS) if not (
                    s.start == remove_generic_at and s.attrs.get("generic"))]
            elif not free(start, end):
                return
            full = _militia(f"{name} {label}", ctry)
            ethnic = [i for i, _, _ in d._aliases.get(name.lower(), [])
                      if d.entries[i].type == "ethnic"]
            if ethnic:
                full = self._resolve_with(ethnic[0], d.entries[ethnic[0]].country, ctry, date)
            extra: dict[str, Any] = {"phrase": phrase} if phrase else {}
            if noun_at is not None:
                # Where the people's word ("residents") stands: see roles._suffering_people.
                extra["community_noun_at"] = noun_at
            doc.span(ACTORS, start, end, "actor", name=full,
                     kind="identity_militia", country=ctry, generic=False, role_hint="attacker",
                     **extra)
            taken.append((start, end))

        # noun_re is case-sensitive: its pre-scan reads ``text`` itself
        for nm in scan_from(d.noun_re, text, text, d.noun_starts):
            lo = max(0, nm.start() - 50)
            m = d.names_before_re.search(text, lo, nm.start())
            if not m:
                continue
            noun = nm.group("noun").lower()
            if noun in d.ethnic_nouns:
                # "Moran ethnic militia", "the Garre and Murule ethnic militias": the names
                # are the militias, and the generic "ethnic militia" mention is the same one;
                # the phrase carries the role ("... ethnic militias clashed"). A place's name
                # ("Rift Valley ethnic militias") says where, not which people.
                places = doc.get(PLACES)
                for g in ("a", "b"):
                    if m.group(g) and not any(p.start <= m.start(g) < p.end for p in places) \
                            and not _NAME_WORD_BEFORE.search(text, max(0, m.start(g) - 25),
                                                            m.start(g)):
                        add(m.start(g), m.end(g), m.group(g), "Ethnic", nm.start(),
                            phrase=(m.start(g), nm.end()))
                continue
            label = "Clan" if noun in d.clan_nouns else "Communal"
            for g in ("a", "b"):
                if m.group(g) and not _PARTICIPLE.search(m.group(g)):
                    add(m.start(g), m.end(g), m.group(g), label, None, noun_at=nm.start())
        if " from " not in text:
            doc.layers[ACTORS].sort(key=lambda s: s.start)
            return
        if any(c in text for c in FOLD_ODD):
            from_matches = list(d.from_re.finditer(text))
        else:
            from_matches = scan_from(d.from_re, text, lower_same_length(text), d.from_starts)
        for m in from_matches:
            # The role step reads the whole phrase ("armed men from Kaptet village raided"):
            # its verb follows the place noun, its "by" precedes the head.
            for g in ("name", "name2"):
                if m.group(g):
                    add(m.start(g), m.end(g), m.group(g), "Communal", m.start(),
                        phrase=(m.start(), m.end()))
        doc.layers[ACTORS].sort(key=lambda s: s.start)

    def _resolve_with(self, eid: int, ectry: str | None, ctry: str | None, date: str | None) -> str:
        e = self.dict.entries[eid]
        if e.type == "ethnic":
            c = ectry or ctry
            if c == e.country and date:
                # A home country that did not exist yet: Toposa before 2011 are "(Sudan)".
                for h in e.extra.get("home_until", []):
                    if date < str(h["until"]):
                        c = h["country"]
                        break
            return _militia(f"{e.group} {e.label}", c)
        return self.dict.resolve(eid, ctry, date)

    def _country_after(self, text: str, stop: int) -> str | None:
        """ "gunmen from Somalia", "an armed group from Ethiopia": the attackers' country."""
        m = _FROM_COUNTRY.match(text, stop, stop + 40)
        if not m:
            return None
        return self.dict.nationality.get(m.group(1).lower())

    def _nationality_before(self, text: str, start: int) -> str | None:
        # _NAME_BEFORE ends in whitespace: most mentions follow a word directly ("the police")
        # or open the text, and need no search (str.isspace is the regex's own \s test).
        if start == 0 or not text[start - 1].isspace():
            return None
        m = _NAME_BEFORE.search(text[max(0, start - 30):start])
        if not m:
            return None
        words = m.group(1)
        for cand in (words, words.split()[-1]):
            c = self.dict.nationality.get(cand.lower())
            if c:
                return c
        return None

    def _by_country(self, vals: list[tuple[int, str | None, int]], text: str,
                    ctry: str | None) -> list[tuple[int, str | None, int]]:
        """Order the readings of an ambiguous alias ("SNA": Somali National Army or Syrian
        National Army) by the document: its country first, then a country the text names,
        then one of the same region, then the dictionary's priority."""
        mentioned = _countries_named(text, self.dict)
        countries = self.dict.countries
        region = countries.get(ctry or "", {}).get("region")

        def key(v: tuple[int, str | None, int]) -> tuple[bool, bool, bool, int]:
            c = self.dict.entries[v[0]].country
            near = region is not None and countries.get(c or "", {}).get("region") == region
            return (c is not None and c == ctry, c in mentioned, near, v[2])

        return sorted(vals, key=key, reverse=True)

    def _inside_proper_name(self, text: str, start: int) -> bool:
        m = _PROPER_BEFORE.search(text, max(0, start - 25), start)
        if not m:
            return False
        word = m.group(0).strip()
        # "Kenyan Police", "Monday Police" are not names of a body.
        return word.lower() not in self.dict.nationality and word not in self.dict.not_body_names

    @staticmethod
    def _looks_like_place(text: str, start: int, stop: int) -> bool:
        return bool(_PLACE_BEFORE.search(text[max(0, start - 20):start])
                    or _PLACE_AFTER.match(text[stop:stop + 30])
                    or _DATELINE_AFTER.match(text[stop:stop + 40]))


def resolve(span: Span, country: str | None = None, event_date: str | None = None) -> str:
    """Re-resolve an actor span's canonical name for another country and/or event date."""
    eid = span.attrs.get("entry")
    if eid is None:
        return str(span.attrs.get("name"))
    d = dictionary()
    e = d.entries[eid]
    if e.type == "ethnic":
        return str(span.attrs.get("name"))
    if e.type in ("generic", "state") and span.attrs.get("own_country"):
        return d.resolve(eid, span.attrs["own_country"], event_date)
    if e.type == "generic" or (e.type == "state" and e.country is None):
        return d.resolve(eid, country or span.attrs.get("country"), event_date)
    if e.type == "group" and "{country}" in (e.template or ""):
        return d.resolve(eid, country or span.attrs.get("country"), event_date)
    return d.resolve(eid, span.attrs.get("country"), event_date)
