"""Actor roles: who acted (actor1) and who was hit (actor2), ACLED conventions.

No dependency parser is available offline, so roles come from pattern rules on each actor
mention's left and right context inside its sentence: "killed by X" / "X killed" make X the
agent, "X was killed" / "X fighters killed in ..." / "attack on X" make X the patient,
"clashes between X and Y" orders X before Y, and an actor word used as a modifier of an attack
noun ("Russian raids", "an Al Shabaab IED") is the agent.  Then ACLED's per-sub-event-type
conventions decide the final fields (protests -> "Protesters (<country>)", violence against
civilians -> actor2 "Civilians (<country>)", unknown attackers -> "Unidentified Armed Group
(<country>)" ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    r"exchange[ds]?\s+fire|battle|rob|steal|stole|drove|forced|invaded|besieg|harass|tortur)"
)
# A mention followed by an active violent verb is the agent ("gunmen shot", "KDF killed").
_AGENT_RIGHT = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?(?:[,;]\s*)?(?:(?:forces|militants|fighters|members|officers|troops|"
    rf"soldiers|men|gunmen|militia|militiamen|youths|supporters|reportedly|allegedly|also|then|"
    rf"later|have|has|had|who|which|on\s+\w+|suspected\s+to\s+have|are\s+said\s+to\s+have)\s+)"
    rf"{{0,3}}(?:{_VIOLENT}\w*|claimed\s+responsibility|claimed\s+(?:the|an?)\s+attack)",
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
# "by X" (passive agent), "attack by X", "claimed by X".
_AGENT_LEFT = re.compile(
    r"\b(?:by|(?:attacks?|raids?|strikes?|assaults?|ambush|offensive|incursion)\s+(?:by|from|of))"
    r"\s+(?:(?:suspected|unknown|unidentified|armed|the|a|an|some|alleged|"
    r"heavily|a\s+group\s+of|members\s+of|suspected\s+members\s+of|group\s+of)\s+)*$",
    re.I,
)
# An actor word used as a modifier of an attack noun ("Russian raids", "al Shabaab IED").
_AGENT_MODIFIER = re.compile(
    r"^(?:'s)?\s*(?:[\w-]+\s+)?(?:attacks?|raids?|strikes?|air\s*strikes?|air\s+raids?|"
    r"ambush(?:es)?|bomb(?:s|ing|ings)?|IEDs?|shelling|offensive|operations?|assaults?|"
    r"gunfire|mortars?|rockets?|missiles?|grenades?|drones?|jets|warplanes|bombardment|"
    r"shells|artillery|incursion|crackdown|campaign)\b",
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
_BETWEEN_LEFT = re.compile(r"\bbetween\s+(?:the\s+|rival\s+)*$", re.I)
_AND_LEFT = re.compile(r"\b(?:and|with|against|versus|vs\.?)\s+(?:the\s+|rival\s+)*$", re.I)
_WITH_LEFT = re.compile(r"\b(?:clash(?:ed|es)?|fought|fighting|battled?|engaged|"
                        r"exchanged\s+fire|gun\s*battle|shoot-?out)\s+(?:\w+\s+){0,2}?"
                        r"(?:with|against)\s+(?:the\s+|a\s+|an\s+|suspected\s+)*$", re.I)

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


def _score(doc: Doc, sent: Span, span: Span) -> tuple[float, float]:
    text = doc.text
    left = text[max(sent.start, span.start - 120):span.start]
    right = text[span.end:min(sent.end, span.end + 120)]
    agent = patient = 0.0
    if _AGENT_LEFT.search(left):
        agent += 3
    if _BETWEEN_LEFT.search(left):
        agent += 1.5
    if _WITH_LEFT.search(left):
        patient += 1.5
    if _PATIENT_RIGHT.match(right):
        patient += 2
    elif _AGENT_RIGHT.match(right):
        agent += 2
    if _AGENT_MODIFIER.match(right):
        agent += 2
    if _PATIENT_LEFT.search(left) and not _AGENT_LEFT.search(left):
        patient += 2
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
            if any(s.overlaps(a) and s.attrs.get("modality") == "reported" for s in sources):
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


def _join(names: list[str]) -> str:
    out: list[str] = []
    for n in names:
        if n and n not in out:
            out.append(n)
    return "; ".join(out)


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
    ctry = country or places_country(doc) or document_country(doc)
    c = ctry or ""
    spans = _actor_spans(doc, sentences, ctry)
    trig_sent = None
    if trigger is not None:
        trig_sent = next((s for s in sentences if s.start <= trigger.start < s.end), None)
    cands: list[_Cand] = []
    for i, sp in enumerate(spans):
        sent = next((s for s in sentences if s.start <= sp.start < s.end), sentences[0])
        name = resolve(sp, ctry, event_date)
        agent, patient = _score(doc, sent, sp)
        if sp.attrs.get("country_name") and agent <= patient:
            continue  # "Syria", "Kenya" as a place or topic, not as a belligerent
        # Mentions in the trigger's sentence (or the first sentence) speak for the event.
        weight = 1.0 if (trig_sent is None and sent is sentences[0]) or sent is trig_sent else 0.6
        cands.append(_Cand(sp, name, sp.attrs.get("kind", "other"), agent * weight,
                           patient * weight, i))

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
        if sub != "Peaceful protest":
            police = [x for x in state]
            if police:
                out["actor2"] = police[0].name
                out["evidence"]["actor2"] = police[0].span
            elif sub == "Mob violence":
                out["actor2"] = gen("Civilians")
        return out

    if sub in _VAC:
        agents = [x for x in armed if x.agent > x.patient or x.agent >= 2]
        a1 = best(agents, "agent") or best([x for x in armed if x.patient <= 0], "agent")
        if a1 is not None:
            out["actor1"] = a1.name
            out["evidence"]["actor1"] = a1.span
        else:
            out["actor1"] = gen("Unidentified Armed Group")
        out["actor2"] = gen("Civilians")
        victims = [x for x in cands if x is not a1 and (x.patient > 0 or x.kind in ("civilians",))]
        assoc = [n for x in victims if (n := _victim_assoc(x.span, c))]
        out["assoc_actor_2"] = _join(assoc[:2])
        return out

    # Battles, explosions / remote violence, strategic developments: structure decides.
    a1 = best([x for x in armed if x.agent > x.patient], "agent")
    rest = [x for x in armed if a1 is None or x.name != a1.name]
    a2 = best([x for x in rest if x.patient > x.agent], "patient")
    if a1 is None:
        pool = [x for x in rest if a2 is None or x.name != a2.name]
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
    if a1 is not None:
        out["actor1"] = a1.name
        out["evidence"]["actor1"] = a1.span
    elif sub.startswith(("Remote", "Grenade", "Shelling", "Air", "Suicide")) or sub == "Armed clash":
        out["actor1"] = gen("Unidentified Armed Group")
    if a2 is not None:
        out["actor2"] = a2.name
        out["evidence"]["actor2"] = a2.span
    elif sub in ("Armed clash",) and a1 is not None:
        out["actor2"] = gen("Unidentified Armed Group")
    elif sub.startswith(("Remote", "Grenade", "Shelling", "Air", "Suicide")):
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
