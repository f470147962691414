"""Actor roles: who acted (actor1) and who was hit (actor2), ACLED conventions.

No dependency parser is available offline, so roles come from pattern rules on each actor
mention's left and right context inside its sentence: "killed by X" / "X killed" make X the
agent, "X was killed" / "X fighters killed in ..." / "attack on X" make X the patient,
"clashes between X and Y" orders X before Y, and an actor word used as a modifier of an attack
noun ("Russian raids", "an Al Shabaab IED") is the agent.  Then ACLED's per-sub-event-type
conventions decide the final fields (protests -> "Protesters (<country>)", violence against
civilians -> actor2 "Civilians (<country>)", unknown attackers -> "Unidentified Armed Group
(<country>)" ...).

Beyond single mentions: generic attackers after one named group are that group ("Pokot
raiders ... the bandits"); an air / drone strike goes to the side whose aircraft struck,
summed over its mentions, not to the side that reported or intercepted it; a bomb nobody is
said to have planted goes to a non-state group the report suspects; and when no place or
nationality gives the country, the home of the country-specific actors named does.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitrep.doc import ACTORS, SOURCES, Doc, Span
from sitrep.nlp.actors import (
    ActorTagger,
    dictionary,
    document_country,
    places_country,
    resolve,
)
from sitrep.nlp.resources import load_yaml

_AUX = r"(?:was|were|is|are|been|being|be|got|get|gets|has\s+been|have\s+been|had\s+been)"
_VIOLENT = (
    r"(?:attack|kill|murder|shoot|shot|raid|storm|ambush|open(?:ed|s)?\s+fire|fire[ds]?|fired|"
    r"hurl|lob|abduct|kidnap|torch|burn|burnt|hack|stab|launch|target|bomb|strike|struck|hit|"
    r"clash|fought|fight|engag|repuls|arrest|disperse|tear-?gas|beat|assault|invade|seize|"
    r"capture|overr[au]n|took\s+control|pound|shell|rape|loot|destroy|set\s+ablaze|set\s+fire|"
    r"lynch|behead|execut|detonat|plant|injur|wound|maim|raze|ransack|chase|confront|"
    r"exchange[ds]?\s+fire|battle|rob|steal|stole|drove|forced|invaded|besieg|harass|tortur|"
    r"ston(?:e|ed|es|ing)|pelt)"
)
# A mention followed by an active violent verb is the agent ("gunmen shot", "KDF killed").
_AGENT_RIGHT = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?(?:[,;]\s*)?(?:(?:forces|militants|fighters|members|officers|troops|"
    rf"soldiers|men|gunmen|militia|militiamen|youths|supporters|reportedly|allegedly|also|then|"
    rf"later|have|has|had|who|which|on\s+\w+|suspected\s+to\s+have|are\s+said\s+to\s+have|"
    rf"now|just|again|already|recently|repeatedly|once\s+again|reportedly)\s+)"
    rf"{{0,3}}(?:{_VIOLENT}\w*|claimed\s+responsibility|claimed\s+(?:the|an?)\s+attack)"
    # Suspicion also names the perpetrator: "Al Shabaab (is) suspected", "... are blamed".
    r"|^\s*(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:widely\s+|strongly\s+)?"
    r"(?:suspected|blamed|believed\s+to\s+(?:be|have\s+been)\s+(?:behind|responsible)|"
    r"(?:is|are|was|were)\s+behind|claims?\b(?!\s+(?:that|of)))(?!\s+of\b)",
    re.I,
)
# ... unless the verb is passive ("soldiers were killed", "IS fighters killed in raids").
_PATIENT_RIGHT = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){{0,2}}?{_AUX}\s+(?:\w+ly\s+)?(?:{_VIOLENT}\w*|dead|"
    r"left\s+dead|injured|wounded|hurt)"
    r"|^\s*(?:[\w-]+\s+)?(?:killed|dead|died|injured|wounded|hurt|abducted|kidnapped|"
    r"shot\s+dead|shot|lost\s+their\s+lives|perished)\b(?=\s*(?:$|[,.;:]|in\b|by\b|during|"
    r"after|at\b|on\b|near|when|while|and\b|as\b|following|overnight|last|yesterday|today|"
    r"this|early|late|with))",
    re.I,
)
# A verb with its own object is active even when it looks like a bare participle: "police shot
# and killed a driver", "gunmen shot dead two herders" (not "two herders shot dead in ...").
_ACTIVE_OBJECT = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?(?:(?:officers?|soldiers?|troops|fighters|militants|men|members|"
    rf"militiamen|gunmen)\s+)?(?:(?:reportedly|allegedly|also|then|later|on\s+\w+)\s+)?"
    rf"{_VIOLENT}\w*(?:\s+dead)?(?:\s+(?:and|or)\s+(?:\w+\s+)?(?:{_VIOLENT}\w*|wounded|injured)"
    rf"(?:\s+dead)?)?\s+(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|"
    rf"their|its|several|some|at\s+least|dozens|scores|many|local|unarmed)\b",
    re.I,
)
# "by X" (passive agent), "attack by X", "claimed by X".
# A speaker reporting its own action acts: "Turkey said it launched strikes", "the army
# announced that its jets had hit ...".
_SELF_CLAIM = re.compile(
    rf"^\s*(?:\w+\s+){{0,3}}?(?:said|says|announced|stated|claimed|confirmed)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:that\s+)?(?:it|they|its\s+[\w-]+|their\s+[\w-]+)\s+"
    rf"(?:had\s+|has\s+|have\s+)?(?:{_VIOLENT}|carried\s+out|conducted)",
    re.I,
)
_AGENT_LEFT = re.compile(
    r"\b(?:by|(?:attacks?|raids?|strikes?|assaults?|ambush|offensive|incursion)\s+(?:by|from|of)|"
    r"suspect(?:s|ed)?(?:\s+that)?|(?:suspected|believed|thought|said)\s+to\s+(?:be\s+|have\s+been\s+)?|"
    r"blam(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?on|linked\s+to|"
    r"attributed\s+to|responsibility\s+(?:on|to))"
    r"\s+(?:(?:suspected|unknown|unidentified|armed|the|a|an|some|alleged|"
    r"heavily|a\s+group\s+of|members\s+of|suspected\s+members\s+of|group\s+of|"
    r"[\w-]+['’]s)\s+)*$",
    re.I,
)
# An actor word used as a modifier of an attack noun ("Russian raids", "al Shabaab IED").
_AGENT_MODIFIER = re.compile(
    r"^(?:['’]s?)?\s*(?:[\w-]+\s+)?(?:attacks?|raids?|strikes?|air\s*strikes?|air\s+raids?|"
    r"ambush(?:es)?|bomb(?:s|ing|ings)?|IEDs?|shelling|offensive|operations?|assaults?|"
    r"gunfire|mortars?|rockets?|missiles?|grenades?|drones?|jets|warplanes|bombardment|"
    r"shells|artillery|incursion|crackdown|campaign)\b",
    re.I,
)
# A mention whose own head is an attack noun acts ("Turkish bombardment", "Russian raids",
# "Israeli aggression"), unless it is a bare noun with no owner ("shelling").
_ATTACK_HEAD = re.compile(
    r"\b(?:attacks?|raids?|strikes?|airstrikes?|bomb(?:s|ing|ings)?|shelling|bombardment|"
    r"aggression|offensive|drones?|jets|warplanes?|aircraft|missiles?|rockets?|artillery|"
    r"helicopters?|UAVs?|gunships?)$",
    re.I,
)
# "attack on X", "Y killed X", "targeting X".
_PATIENT_LEFT = re.compile(
    rf"(?:\b{_VIOLENT}\w*(?:\s+(?:on|at|against|upon|into))?|\b(?:against|on|at|from|"
    rf"targets?\s+of|positions\s+of|attack\s+on|attacks\s+on))\s+"
    rf"(?:(?:the|a|an|one|two|three|four|five|several|\d+|some|suspected|alleged|his|her|their|"
    rf"its|local|fellow|unarmed|innocent|rival|kenyan|somali)\s+){{0,2}}$",
    re.I,
)
_CONJ = re.compile(r"\s*(?:,|and|&|,\s+and)\s+(?:the\s+)?|\s*/\s*", re.I)
_BETWEEN_LEFT = re.compile(r"\bbetween\s+(?:the\s+|rival\s+)*$", re.I)
_AND_LEFT = re.compile(r"\b(?:and|with|against|versus|vs\.?)\s+(?:the\s+|rival\s+)*$", re.I)
_WITH_LEFT = re.compile(r"\b(?:clash(?:ed|es)?|fought|fighting|battled?|engaged|"
                        r"exchanged\s+fire|gun\s*battle|shoot-?out)\s+(?:\w+\s+){0,2}?"
                        r"(?:with|against)\s+(?:the\s+|a\s+|an\s+|suspected\s+)*$", re.I)

# Two crowds fighting each other ("rival supporters clashed", "youth groups fought", "a fight
# between traders and touts"), not a crowd fighting the police.
_MUTUAL_FIGHT = re.compile(
    r"\b(?:rival\s+(?:\w+\s+){0,2}?(?:supporters|groups|factions|camps|gangs|youths|sides)|"
    r"(?:clash(?:ed|es)?|fight(?:s|ing)?|fought|brawl\w*|scuffle\w*)\s+between\s+(?!(?:the\s+)?"
    r"(?:police|officers|security))|"
    r"(?:groups|supporters|sides|factions|operators|communities|clans)\s+(?:clash(?:ed)?|fought|"
    r"fight)\b(?!\s+(?:with|against)))",
    re.I,
)
_ONE_SIDED = {"Change to group/activity", "Headquarters or base established",
              "Non-violent transfer of territory"}
_STATE_POLICE = ("police",)
_VAC = {"Attack", "Abduction/forced disappearance", "Sexual violence"}
_PROTESTS = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
_RIOTS = {"Violent demonstration", "Mob violence"}
_ARMED = {"state", "rebel", "political_militia", "identity_militia", "external", "unidentified"}


@dataclass(slots=True)
class _Cand:
    span: Span
    name: str
    kind: str
    agent: float = 0.0
    patient: float = 0.0
    order: int = 0


@lru_cache(maxsize=1)
def _non_action_by() -> re.Pattern[str]:
    words = load_yaml("lexicons/actors_roles.yaml")["non_action_participles"]
    return re.compile(
        rf"\b(?:{_words_re(words)})\s+(?:\w+\s+)?by\s+(?:(?:the|a|an)\s+)?$", re.I)


def _score(doc: Doc, sent: Span, span: Span, modifier: bool = True) -> tuple[float, float]:
    text = doc.text
    left = text[max(sent.start, span.start - 120):span.start]
    right = text[span.end:min(sent.end, span.end + 120)]
    agent = patient = 0.0
    by_agent = bool(_AGENT_LEFT.search(left)) and not _non_action_by().search(left)
    if by_agent:
        agent += 3
    if _BETWEEN_LEFT.search(left):
        agent += 1.5
    if _WITH_LEFT.search(left):
        patient += 1.5
    if _SELF_CLAIM.match(right):
        agent += 2
    elif _ACTIVE_OBJECT.match(right):
        agent += 2
    elif _PATIENT_RIGHT.match(right):
        patient += 2
    elif _AGENT_RIGHT.match(right):
        agent += 2
    if modifier and _AGENT_MODIFIER.match(right):
        agent += 2
    if _PATIENT_LEFT.search(left) and not by_agent:
        patient += 2
    if not span.attrs.get("generic") and _ATTACK_HEAD.search(text, span.start, span.end):
        agent += 1.5
    hint = span.attrs.get("role_hint")
    if hint == "attacker":
        agent += 0.5
    elif hint == "victim":
        patient += 0.5
    return agent, patient


def _actor_spans(doc: Doc, sentences: list[Span], country: str | None) -> list[Span]:
    if ACTORS not in doc.layers:
        ActorTagger(country=country)(doc)
    spans: list[Span] = []
    sources = doc.get(SOURCES)
    for sent in sentences:
        for a in doc.in_sentence(ACTORS, sent):
            # "police said": the police speak here, they do not act.
            if any(s.overlaps(a) and s.attrs.get("modality") == "reported" for s in sources) \
                    and not _SELF_CLAIM.match(doc.text, a.end, min(sent.end, a.end + 120)):
                continue
            spans.append(a)
    return spans


def _identity_name(span: Span, country: str) -> str | None:
    ident = span.attrs.get("identity")
    if ident:
        return f"{ident} ({country})"
    if span.attrs.get("group") in ("party", "union"):
        return str(span.attrs["name"])
    return None


def _victim_assoc(span: Span, country: str) -> str | None:
    """Associated actor of a victim: the ethnic group or identity group hit."""
    d = dictionary()
    eid = span.attrs.get("entry")
    if eid is not None:
        e = d.entries[eid]
        if e.type == "ethnic":
            return f"{e.group} {e.label} Group ({span.attrs.get('country') or country})"
    return _identity_name(span, country)


def _country_of_actors(doc: Doc) -> str | None:
    """Last resort for the country when neither places nor nationality words give one: the
    home of the country-specific actors named ("KDF", "GSU", "Pokot raiders", "ODM
    supporters").  Insurgents and foreign forces do not vote: they fight abroad."""
    d = dictionary()
    votes: Counter[str] = Counter()
    for sp in doc.get(ACTORS):
        eid = sp.attrs.get("entry")
        if eid is None:
            continue
        e = d.entries[eid]
        if not e.country or e.kind in ("rebel", "external") or e.extra.get("country_name"):
            continue
        if e.type in ("state", "ethnic") or (e.type == "group" and e.kind != "rebel"):
            votes[e.country] += 1
    return votes.most_common(1)[0][0] if votes else None


def _militia_identity(x: _Cand, country: str) -> str:
    """A militia named by its members' trade ("armed herders") carries that identity as its
    associated actor: "Unidentified Communal Militia" + "Pastoralists (<country>)"."""
    ident = x.span.attrs.get("identity")
    if x.kind == "identity_militia" and ident and country:
        return f"{ident} ({country})"
    return ""


def _join(names: list[str]) -> str:
    out: list[str] = []
    for n in names:
        if n and n not in out:
            out.append(n)
    return "; ".join(out)


def candidates(
    doc: Doc,
    sentences: list[Span],
    trigger: Span | None,
    country: str | None,
    event_date: str | None = None,
) -> list[_Cand]:
    """Actor mentions of ``sentences`` with their agent / patient scores (mention order)."""
    spans = _actor_spans(doc, sentences, country)
    trig_sent = None
    if trigger is not None:
        trig_sent = next((s for s in sentences if s.start <= trigger.start < s.end), None)
    cands: list[_Cand] = []
    for i, sp in enumerate(spans):
        sent = next((s for s in sentences if s.start <= sp.start < s.end), sentences[0])
        name = resolve(sp, country, event_date)
        # The document's own country before a noun is where, not who ("a Syria prison attack").
        own = bool(sp.attrs.get("country_name")) and sp.attrs.get("country") == country
        agent, patient = _score(doc, sent, sp, modifier=not own)
        if sp.attrs.get("country_name") and agent <= patient:
            continue  # "Syria", "Kenya" as a place or topic, not as a belligerent
        # Mentions in the trigger's sentence (or the first sentence) speak for the event.
        weight = 1.0 if (trig_sent is None and sent is sentences[0]) or sent is trig_sent else 0.6
        cands.append(_Cand(sp, name, sp.attrs.get("kind", "other"), agent * weight,
                           patient * weight, i))
    # Conjuncts share their role: in "Turkana and Samburu raiders clashed" both peoples
    # fought, and mention order, not the noun attached to the second, decides who is first.
    for a, b in zip(cands, cands[1:], strict=False):
        if a.kind == b.kind or (a.kind in _ARMED and b.kind in _ARMED):
            if _CONJ.fullmatch(doc.text, a.span.end, b.span.start):
                a.agent = b.agent = max(a.agent, b.agent)
                a.patient = b.patient = max(a.patient, b.patient)
    return cands


def _words_re(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _air_lexicon() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("lexicons/actors_roles.yaml")
    ground = frozenset(w.lower() for w in data["ground_fire"])
    air = re.compile(rf"\b(?:{_words_re(data['air_words'])})\b", re.I)
    # "<side> [said it / had / ...] shot down": up to four words between.
    intercept = re.compile(
        rf"\W*(?:[\w']+\s+){{0,4}}?(?:{_words_re(data['intercept_verbs'])})\b", re.I)
    return ground, air, intercept


def _air_striker(doc: Doc, cands: list[_Cand], need_aircraft: bool = False) -> _Cand | None:
    """The side whose aircraft, drones or missiles struck, for an air / drone strike.

    Mentions are grouped by side (a state's country, otherwise the actor's name) and their
    agent margins summed, so that a side named as striking several times outweighs a single
    stray verb; a mention that names aircraft ("Russian warplanes", "Israeli missiles", "a
    Turkish drone targeted", "the coalition") counts extra, and ground fire ("regime
    artillery") does not count, nor does a side that only reported, intercepted or was hit.
    Returns the mention to name the side by (an air-branch one when there is one); with
    ``need_aircraft`` only a side named with its aircraft ("Russian jets") is returned, so
    that an event typed otherwise (shelling, an attack on civilians) is still credited to the
    air force that the text says struck."""
    ground, air, intercept = _air_lexicon()
    text = doc.text
    sides: dict[str, list[tuple[float, bool, _Cand]]] = {}
    for x in cands:
        if x.kind not in _ARMED or x.kind == "unidentified":
            continue
        words = text[x.span.start:x.span.end].lower()
        if words in ground or intercept.match(text, x.span.end, min(len(text), x.span.end + 60)):
            continue
        # Aircraft named in the mention itself ("Russian warplanes", "coalition strikes") make
        # it the striker even without a verb; aircraft right after it ("Turkey attacked the
        # school with a drone") only add to a mention that acts.
        own_air = x.name.endswith("Air Force") or bool(air.search(words))
        is_air = own_air or bool(air.search(text, x.span.end, min(len(text), x.span.end + 40)))
        # Few non-state groups fly: one strikes from the air only when the text gives it
        # aircraft or drones ("HTS drones"), never for having attacked someone on the ground.
        if x.kind not in ("state", "external") and not own_air:
            continue
        margin = x.agent - x.patient
        if margin <= 0 and not (own_air and x.patient == 0):
            continue
        score = margin + (1.5 if is_air else 0.0)
        key = str(x.span.attrs.get("country") if x.kind == "state" else x.name)
        sides.setdefault(key, []).append((score, is_air, x))
    if not sides:
        return None
    best_side = max(sides.values(), key=lambda v: (sum(s for s, _, _ in v), -v[0][2].order))
    if sum(s for s, _, _ in best_side) <= 0:
        return None
    airs = [x for _, is_air, x in best_side if is_air and x.name.endswith("Air Force")]
    if need_aircraft and not airs:
        return None
    return airs[0] if airs else max(best_side, key=lambda t: t[0])[2]


_LINKED = re.compile(r"\b(?:suspected|believed|thought|said|linked|affiliated|allied|"
                     r"belonging|members?\s+of|from)\b", re.I)
_NAMED_NONSTATE = ("rebel", "political_militia", "identity_militia", "external")
_GENERIC_ARMED = ("unidentified", "identity_militia")


def _corefer(doc: Doc, cands: list[_Cand]) -> None:
    """Generic attackers after a single named armed group are that group: "Pokot raiders
    struck ... one of the bandits was shot", "Al Shabaab militants ... the militants fled".
    With two named groups ("clashes between the Ogiek and Kipsigi"), a generic noun could be
    either, so it stays generic."""
    named = [x for x in cands if x.kind in _NAMED_NONSTATE and not x.span.attrs.get("generic")
             and not x.name.startswith("Unidentified") and x.agent >= x.patient]
    if len({x.name for x in named}) != 1:
        return
    first = named[0]
    for x in cands:
        if not (x.kind in _GENERIC_ARMED and x.span.attrs.get("generic")):
            continue
        # After the group, or just before it in a "suspected to be / linked to" aside
        # ("attackers suspected to be linked to Al Shabaab").
        if x.order > first.order or (first.span.start - x.span.end < 60 and _LINKED.search(
                doc.text, x.span.end, first.span.start)):
            x.name, x.kind = first.name, first.kind


def assign_roles(
    doc: Doc,
    sentences: list[Span],
    trigger: Span | None,
    sub_event_type: str | None,
    country: str | None,
    event_date: str | None = None,
) -> dict[str, Any]:
    """ACLED actor fields for one event described by ``sentences``.

    Returns {actor1, assoc_actor_1, actor2, assoc_actor_2, evidence: {field: Span}}; unknown
    fields are "" (as ACLED leaves them).  ``trigger`` (the event word), when given, makes
    mentions of its own sentence count first.
    """
    if ACTORS not in doc.layers:
        ActorTagger(country=country)(doc)
    ctry = country or places_country(doc) or document_country(doc) or _country_of_actors(doc)
    c = ctry or ""
    cands = candidates(doc, sentences, trigger, ctry, event_date)
    _corefer(doc, cands)

    def gen(key: str) -> str:
        return f"{key} ({c})" if c else key

    out: dict[str, Any] = {"actor1": "", "assoc_actor_1": "", "actor2": "",
                           "assoc_actor_2": "", "evidence": {}}
    armed = [x for x in cands if x.kind in _ARMED]
    state = [x for x in armed if x.kind == "state"]
    sub = sub_event_type or ""

    def best(pool: list[_Cand], key: str) -> _Cand | None:
        if not pool:
            return None
        return max(pool, key=lambda x: (getattr(x, key) - (x.patient if key == "agent" else x.agent),
                                        -x.order))

    if sub in _PROTESTS or sub in _RIOTS:
        rioters = sub in _RIOTS
        out["actor1"] = gen("Rioters" if rioters else "Protesters")
        assoc = [n for x in cands if (n := _identity_name(x.span, c))]
        if sub == "Mob violence":
            assoc = [gen("Vigilante Group"), *[a for a in assoc if "Vigilante" not in a]] \
                if any(x.span.attrs.get("identity") == "Vigilante Group" for x in cands) \
                else assoc
        out["assoc_actor_1"] = _join([a for a in assoc if not a.startswith(("Vigilante",))
                                      or sub == "Mob violence"])
        if rioters and _MUTUAL_FIGHT.search(doc.text, sentences[0].start, sentences[-1].end):
            # "supporters of two candidates clashed; police dispersed them": the rioters
            # fought each other, and ACLED codes both sides as rioters.
            out["actor2"] = gen("Rioters")
        elif sub != "Peaceful protest":
            police = [x for x in state]
            if sub == "Mob violence":
                # A mob's victims are the other side unless the police themselves fought or
                # were hit; "police are investigating" does not make them a party.
                police = [x for x in police if x.agent > 0 or x.patient > 0]
            if police:
                out["actor2"] = police[0].name
                out["evidence"]["actor2"] = police[0].span
            elif sub == "Mob violence":
                out["actor2"] = gen("Civilians")
            elif sub == "Protest with intervention" and ctry:
                # The intervention is the state's by definition; unnamed, it is the police.
                out["actor2"] = dictionary().state_force("police", ctry, event_date)
        return out

    if sub in _VAC:
        # Party members or guards who clearly act ("ODM supporters abducted an official",
        # "beaten by a politician's bodyguards") are coded under their own name.
        parties = [x for x in cands if (x.span.attrs.get("group") == "party"
                                        or x.kind == "private_security")
                   and x.agent - x.patient >= 2]
        agents = [x for x in [*armed, *parties] if x.agent > x.patient or x.agent >= 2]
        a1 = _air_striker(doc, cands, need_aircraft=True) or best(agents, "agent") or \
            best([x for x in armed if x.patient <= 0], "agent")
        if a1 is not None:
            out["actor1"] = a1.name
            out["evidence"]["actor1"] = a1.span
            out["assoc_actor_1"] = _militia_identity(a1, c)
        else:
            out["actor1"] = gen("Unidentified Armed Group")
        out["actor2"] = gen("Civilians")
        victims = [x for x in cands if x is not a1 and (x.patient > 0 or x.kind in ("civilians",))]
        assoc = [n for x in victims if (n := _victim_assoc(x.span, c))]
        out["assoc_actor_2"] = _join(assoc[:2])
        return out

    if sub == "Disrupted weapons use":
        # A bomb found and defused: the side that planted it is actor1 (by default an
        # unidentified group), the side that stopped it actor2.
        planters = [x for x in armed if x.kind != "state"]
        stoppers = [x for x in state if x.agent >= x.patient]
        p1 = min(planters, key=lambda x: x.order) if planters else None
        out["actor1"] = p1.name if p1 else gen("Unidentified Armed Group")
        if p1:
            out["evidence"]["actor1"] = p1.span
        if stoppers:
            out["actor2"] = stoppers[0].name
            out["evidence"]["actor2"] = stoppers[0].span
        return out

    # Battles, explosions / remote violence, strategic developments: structure decides.
    if sub == "Armed clash":
        # Guards who fight back or fall are a side of the battle ("Private Security Forces").
        armed = armed + [x for x in cands if x.kind == "private_security"]
    if sub == "Armed clash" and not any(x.kind != "state" for x in armed):
        # "ODM and PNU supporters clashed": with no armed group named, ACLED codes the
        # parties' militants as the sides.
        armed = armed + [x for x in cands if x.span.attrs.get("group") == "party"]
    a1 = best([x for x in armed if x.agent > x.patient], "agent")
    if sub.startswith("Air"):
        striker = _air_striker(doc, cands)
        # No side is said to have flown: a group seen attacking on the ground is no answer.
        a1 = striker or (a1 if a1 is not None and a1.kind in ("state", "external") else None)
    elif sub.startswith(("Shelling", "Remote")):
        a1 = _air_striker(doc, cands, need_aircraft=True) or a1
    rest = [x for x in armed if a1 is None or x.name != a1.name]
    a2 = best([x for x in rest if x.patient > x.agent], "patient")
    explosive = sub.startswith(("Remote", "Grenade", "Suicide"))
    if a1 is None:
        pool = [x for x in rest if a2 is None or x.name != a2.name]
        if explosive:
            # Nobody is said to have planted or thrown it: a non-state group the report
            # mentions ("Al Shabaab suspected", "an al Shabaab IED") is the likelier author
            # than a state force, which is usually the target.
            pool = [x for x in pool if x.kind != "state"] or pool
        a1 = min(pool, key=lambda x: x.order) if pool else None
    if a2 is None:
        pool = [x for x in armed if a1 is None or x.name != a1.name]
        a2 = min(pool, key=lambda x: x.order) if pool else None
    # ACLED lists the state side first in most battles it joins, whoever fired first.
    if sub == "Armed clash" and a1 is not None and a2 is not None and \
            a2.kind == "state" and a1.kind != "state":
        a1, a2 = a2, a1
    # "two groups of herders clashed": both sides are the same (generic) actor.
    if sub == "Armed clash" and a1 is not None and a2 is None and \
            a1.kind == "identity_militia":
        a2 = a1
    if sub in _ONE_SIDED:
        a2 = None  # a deployment, a new base, a pact: ACLED names only who did it
    if a1 is not None:
        out["actor1"] = a1.name
        out["evidence"]["actor1"] = a1.span
        out["assoc_actor_1"] = _militia_identity(a1, c)
    elif sub.startswith(("Remote", "Grenade", "Shelling", "Air", "Suicide", "Looting")) or \
            sub == "Armed clash":
        out["actor1"] = gen("Unidentified Armed Group")
    if a2 is not None:
        out["actor2"] = a2.name
        out["evidence"]["actor2"] = a2.span
    elif sub == "Armed clash":
        # A clash has two sides; unnamed ones are both "Unidentified Armed Group".
        out["actor2"] = gen("Unidentified Armed Group")
    elif sub == "Arrests":
        out["actor2"] = gen("Civilians")  # arrested people of no armed group
    elif explosive:
        # ACLED codes the people around a bomb as its target when no armed side was hit.
        out["actor2"] = gen("Civilians")
    elif sub.startswith(("Shelling", "Air")):
        if any(x.kind == "civilians" for x in cands):
            out["actor2"] = gen("Civilians")
    return out


def belligerent(name: str | None) -> str | None:
    """Map a canonical actor name to the Airwars belligerent vocabulary ("Russian Military",
    "U.S.-led Coalition", "Turkish Military", "Syrian Regime"...); None when it has none."""
    if not name:
        return None
    table = load_yaml("lexicons/actors_belligerents.yaml")
    for rule in table["rules"]:
        if re.search(rule["match"], name, re.I):
            return str(rule["belligerent"])
    return None
