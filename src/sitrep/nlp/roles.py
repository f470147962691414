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
nationality gives the country, the home of the country-specific actors named does.  A crowd of
people seen beating, lynching or torching where no armed group is named is ACLED's rioters,
whatever type the event was given (also "residents of X burnt ...", "attacked by a crowd",
and a crowd destroying property); a state force seen acting in a report of mob violence that
tells of no crowd is the actor. A side acting together with actor1 ("X and coalition forces
killed", "X, backed by Y, stormed") is its associate, never actor2. Unnamed attackers in
ethnic or clan fighting are an "Unidentified Ethnic Militia" (not where the report ties the
violence to an election), in a land feud an "Unidentified Communal Militia". In a battle, a
state force that only intervened or responded ("police intervened, killing two raiders") comes
after the group it answered; in an attack on civilians, a state force the attackers clearly
hit ("gunmen shot and killed a police officer") makes it a battle, state side first (before
``attacker_first_since``); in an air strike, a side given aircraft outranks a side seen only
on the ground.

What is never the agent: the object of "strikes on X" / "targeting X" (whatever verb follows),
an actor word inside the object of another side's campaign verb ("Russia renews ISIS strikes"),
the side holding the place hit ("a town under the control of X"), a side that only speaks of
the event ("police suspect that ..."), the document country's own name before an attack noun
("the Syria strikes"), a side named in an aside about an earlier event ("..., where an attack
by X last month left dozens dead"), a force named in an attack on civilians only for its
response ("the suspect was arrested and questioned by police", "later rescued by police").
When the event's own sentences name no agent, the headline and the page's first sentences
may: "An RAF drone killed ... / The strike took place at dawn";
and when they name none or only "gunmen", the next sentences may name the group the report
suspects ("A lorry hit an IED. Al Shabaab suspected.").
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
    words_alternation,
)
from sitrep.nlp.regex_guard import guarded
from sitrep.nlp.resources import load_yaml

# The patterns searched for over a mention's left context (and a few others searched over a
# sentence) open with a word boundary and a case-insensitive alternation: they are wrapped
# in ``guarded``, a first-character look-ahead that finds the same matches at about half the
# cost (see sitrep.nlp.regex_guard).
_AUX = r"(?:was|were|is|are|been|being|be|got|get|gets|has\s+been|have\s+been|had\s+been)"
_VIOLENT = (
    r"(?:attack|kill|murder|shoot|shot|raid|storm|ambush|open(?:ed|s)?\s+fire|fire[ds]?|fired|"
    r"hurl|lob|abduct|kidnap|torch|burn|burnt|hack|stab|launch|target|bomb|strike|struck|hit|"
    r"clash|fought|fight|engag|repuls|arrest|disperse|tear-?gas|beat|assault|invade|seize|"
    r"capture|overr[au]n|took\s+control|pound|shell|rape|loot|destroy|set\s+ablaze|set\s+fire|"
    r"lynch|behead|execut|detonat|plant|injur|wound|maim|raze|ransack|chase|confront|"
    r"exchange[ds]?\s+fire|battle|rob|steal|stole|drove|forced|invaded|besieg|harass|tortur|"
    r"ston(?:e|ed|es|ing)|pelt|eliminat|neutrali[sz]|wip(?:e|ed|es|ing)\s+out|"
    r"t(?:ook|ake|akes|aken|aking)\s+out)"
)
_AGENT_NOUNS = (r"(?:fighters?|raiders?|attackers?|bombers?|killers?|shooters?|strikers?|"
                r"hijackers?|kidnappers?|abductors?|looters?|robbers?|snipers?|assailants?)")
# A mention followed by an active violent verb is the agent ("gunmen shot", "KDF killed").
_AGENT_RIGHT = re.compile(
    # An aside naming a partner does not break subject and verb: "US forces, in cooperation
    # with the SDF, captured ...".
    rf"^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:in\s+(?:cooperation|coordination|partnership)|together|"
    rf"along|jointly|backed|supported|aided|assisted|accompanied)\b[^,.;]{{0,80}},\s*)?"
    # A participle after a comma belongs to the clause's subject, not to the noun before
    # it: in "rockets hit a town held by X, wounding four", X did not wound anyone.
    rf"(?:[,;]\s*(?![a-z]+ing\b))?(?:(?:forces|militants|{_AGENT_NOUNS}|members|officers|troops|"
    rf"soldiers|men|gunmen|militia|militiamen|youths|supporters|followers|loyalists|"
    rf"reportedly|allegedly|also|then|later|have|has|had|who|which|on\s+\w+|"
    rf"suspected\s+to\s+have|are\s+said\s+to\s+have|"
    rf"now|just|again|already|recently|repeatedly|once\s+again|reportedly)\s+)"
    # An agent noun is not the verb its stem is: "SDF fighters lost their lives", "IS
    # raiders" (the verb may follow it: "IS fighters attacked").
    rf"{{0,3}}(?!{_AGENT_NOUNS}\b)"
    rf"(?:{_VIOLENT}\w*|detain\w*|apprehend\w*|claimed\s+responsibility|claimed\s+(?:the|an?)\s+attack)"
    # Suspicion also names the perpetrator: "Al Shabaab (is) suspected", "... are blamed".
    r"|^\s*(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:widely\s+|strongly\s+)?"
    r"(?:suspected|blamed|believed\s+to\s+(?:be|have\s+been)\s+(?:behind|responsible)|"
    r"(?:is|are|was|were)\s+behind|claims?\b(?!\s+(?:that|of)))(?!\s+of\b)"
    # Named as the perpetrator: "sources identified X as responsible for the attack".
    r"|^\s*as\s+(?:being\s+)?(?:(?:the\s+)?(?:party\s+|side\s+)?responsible|behind\s+|"
    r"the\s+(?:perpetrators?|attackers?|culprits?|authors?)\b)"
    # Accused or blamed for a violent act: "residents accuse police of torching houses",
    # "they blamed the militia for killing ...".
    rf"|^\s*(?:of|for)\s+(?:\w+ly\s+)?(?:having\s+)?{_VIOLENT}\w*ing\b",
    re.I,
)
# Attack nouns a campaign verb takes as its object ("renewed strikes", "launched raids").
_ATTACK_NOUNS = (
    r"(?:air\s*strikes?|air\s+raids?|airstrikes?|strikes?|raids?|attacks?|assaults?|bombing|"
    r"bombings|bombardment|shelling|offensive|operations?|campaign|sorties)"
)
# A campaign verb with an attack noun as object makes its subject the agent: "Russia renews
# strikes", "Turkey stepped up its drone attacks", "the coalition conducted 12 raids".
_CAMPAIGN = (
    r"(?:renew|resum|launch|conduct|carr(?:y|ied|ies)\s+out|step(?:s|ped)?\s+up|intensif|"
    r"escalat|continu|expand|wag(?:e|es|ed|ing))"
)
_CAMPAIGN_RIGHT = re.compile(
    rf"^\s*(?:(?:has|have|had|also|again|reportedly|now)\s+)*{_CAMPAIGN}\w*\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_ATTACK_NOUNS}\b",
    re.I,
)
# ... and an actor word inside that object names the target, not a second agent: in "Russia
# renews ISIS strikes" the strikes are on ISIS.
_CAMPAIGN_OBJECT_LEFT = guarded(re.compile(
    rf"\b{_CAMPAIGN}\w*\s+(?:(?:its|their|the|a|an|new|fresh|more|further|heavy|intense|"
    rf"deadly|renewed|air|aerial|\d+)\s+)*$",
    re.I,
))
# The object of an attack noun or a targeting verb is hit, whatever verb follows it: in
# "strikes on IS positions killed 21" or "raids against ISIS fighters killed ..." IS did not
# kill.  (A bare preposition is not enough: "on Sunday, militants attacked ...".)
_TARGET_LEFT = guarded(re.compile(
    rf"\b(?:{_ATTACK_NOUNS}|fire|fired|firing|aimed|directed)\s+(?:on|against|upon|at|into)\s+"
    r"(?:(?:the|a|an|its|their|suspected|alleged|several|some|\d+)\s+)*$"
    r"|\btarget(?:s|ed|ing)?\s+(?:(?:the|a|an|its|their|suspected|alleged|several|some|\d+)\s+)*$",
    re.I,
))
# The side that holds the place hit is on the receiving end, not the attacker: "a market in
# a city under the control of X", "areas held by X".
_HOLDER_LEFT = guarded(re.compile(
    r"\b(?:under\s+(?:the\s+)?(?:control|rule|sway)\s+of|(?:controlled|held|run|occupied)"
    r"\s+by|stronghold\s+of|areas?\s+of|territory\s+of)"
    r"\s+(?:the\s+)?$",
    re.I,
))
# ... unless the verb is passive ("soldiers were killed", "IS fighters killed in raids").
_PATIENT_RIGHT = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){{0,2}}?{_AUX}\s+(?:\w+ly\s+)?(?:{_VIOLENT}\w*|dead|"
    r"left\s+dead|injured|wounded|hurt)"
    r"|^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+)?(?:killed|dead|died|injured|wounded|hurt|abducted|kidnapped|"
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
# A mention that speaks about the event ("police suspect that ...", "the army believes the
# attackers ...") is its source, not its agent.
_SPEAKER_RIGHT = re.compile(
    r"^\s*(?:(?:have|has|had|also|now|later)\s+)*(?:(?:suspects?|believes?|think|thinks|"
    # Nouns as well as verbs ("an al-Shabaab suspect was killed"): a clause must follow.
    r"fears?|reports?)\s+(?=(?:that|the|a|an|he|she|they|it|his|her|their|this|these|about)\b)|"
    r"accus(?:e|es|ed)|alleg(?:e|es)|says?|said|told|reported|confirm(?:s|ed)?|thought|"
    r"feared|announc(?:e|es|ed)|states|stated|indicated|explained|noted)\b"
    # "said to be recruiting", "believed to have": suspicion of the subject, not speech.
    r"(?!\s+to\b)",
    re.I,
)
# "by X" (passive agent), "attack by X", "claimed by X".
# A speaker reporting its own action acts: "Turkey said it launched strikes", "the army
# announced that its jets had hit ...".
_SELF_CLAIM = re.compile(
    rf"^\s*(?:\w+\s+){{0,3}}?(?:said|says|announced|stated|claimed|confirmed|alleged)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:that\s+)?(?:it|they|its\s+[\w-]+|their\s+[\w-]+)\s+"
    rf"(?:had\s+|has\s+|have\s+)?(?:{_VIOLENT}|carried\s+out|conducted)",
    re.I,
)
_AGENT_LEFT = guarded(re.compile(
    r"\b(?:by|(?:attacks?|raids?|strikes?|assaults?|ambush|offensive|incursion)\s+(?:by|from|of)|"
    r"suspect(?:s|ed)?(?:\s+that)?|(?:suspected|believed|thought|said|assumed|presumed|alleged|"
    r"understood|reported|reputed)\s+to\s+(?:be\s+|have\s+been\s+)?|"
    r"blam(?:e|es|ed|ing)\s+(?:\w+\s+){0,8}?on|linked\s+to|"
    r"attributed\s+to|responsibility\s+(?:on|to))"
    r"\s+(?:(?:suspected|unknown|unidentified|armed|the|a|an|some|alleged|"
    r"heavily|a\s+group\s+of|members\s+of|suspected\s+members\s+of|group\s+of|"
    r"[\w-]+['’]s)\s+)*$",
    re.I,
))
# A violent verb's participle before a mention makes it the attacker: "raiding Al-Shabab
# fighters", "the marauding bandits".
_ATTACKING_LEFT = guarded(re.compile(
    r"\b(?:raiding|attacking|marauding|invading|rampaging|advancing|assaulting)\s+"
    r"(?:(?:armed|heavily\s+armed|suspected)\s+)?$", re.I))
# ... but after a preposition the participle is a gerund and the mention its object: "for
# invading Somalia", "accused of attacking police officers".
_GERUND_LEFT = guarded(re.compile(
    r"\b(?:for|of|by|with|after|before|while|from|on|in|without|against|about|over)\s+"
    r"(?:raiding|attacking|marauding|invading|rampaging|advancing|assaulting)\s+"
    r"(?:(?:the|a|an|armed|heavily\s+armed|suspected)\s+)?$", re.I))
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
_ATTACK_HEAD = guarded(re.compile(
    r"\b(?:attacks?|raids?|strikes?|airstrikes?|bomb(?:s|ing|ings)?|shelling|bombardment|"
    r"aggression|offensive|drones?|jets|warplanes?|aircraft|missiles?|rockets?|artillery|"
    r"helicopters?|UAVs?|gunships?)$",
    re.I,
))
# "attack on X", "Y killed X", "targeting X".
_PATIENT_LEFT = guarded(re.compile(
    rf"(?:\b{_VIOLENT}\w*(?:\s+(?:on|at|against|upon|into))?|\b(?:against|on|at|from|"
    rf"targets?\s+of|positions\s+of|attack\s+on|attacks\s+on))\s+"
    rf"(?:(?:the|a|an|one|two|three|four|five|several|\d+|some|suspected|alleged|his|her|their|"
    rf"its|local|fellow|unarmed|innocent|rival|kenyan|somali)\s+){{0,2}}$",
    re.I,
))
_CONJ = re.compile(r"\s*(?:,|and|&|,\s+and)\s+(?:the\s+)?|\s*/\s*", re.I)
_BETWEEN_LEFT = guarded(re.compile(r"\bbetween\s+(?:the\s+|rival\s+)*$", re.I))
_AND_LEFT = guarded(re.compile(r"\b(?:and|with|against|versus|vs\.?)\s+(?:the\s+|rival\s+)*$", re.I))
_WITH_LEFT = guarded(re.compile(r"\b(?:clash(?:ed|es)?|fought|fighting|battled?|engaged|"
                        r"exchanged\s+fire|gun\s*battle|shoot-?out)\s+(?:\w+\s+){0,2}?"
                        r"(?:with|against)\s+(?:the\s+|a\s+|an\s+|suspected\s+)*$", re.I))

# Two crowds fighting each other ("rival supporters clashed", "youth groups fought", "a fight
# between traders and touts"), not a crowd fighting the police.
_MUTUAL_FIGHT = guarded(re.compile(
    r"\b(?:rival\s+(?:\w+\s+){0,2}?(?:supporters|groups|factions|camps|gangs|youths|sides)|"
    r"(?:clash(?:ed|es)?|fight(?:s|ing)?|fought|brawl\w*|scuffle\w*)\s+between\s+(?!(?:the\s+)?"
    r"(?:police|officers|security))|"
    r"(?:groups|supporters|sides|factions|operators|communities|clans)\s+(?:clash(?:ed)?|fought|"
    r"fight)\b(?!\s+(?:with|against)))",
    re.I,
))
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
    speaker: bool = False  # tells of the event ("police suspect ..."): no fallback agent


@lru_cache(maxsize=2)
def _compound(key: str) -> re.Pattern[str]:
    """``-<word>`` right after a mention, for a word list of actors_roles.yaml."""
    words = load_yaml("lexicons/actors_roles.yaml")[key]
    return re.compile(rf"[-\u2010\u2011](?:{words_alternation(words)})\b", re.I)


@lru_cache(maxsize=1)
def _non_action_by() -> re.Pattern[str]:
    words = load_yaml("lexicons/actors_roles.yaml")["non_action_participles"]
    return guarded(re.compile(
        # (also through "members of": "a village inhabited by members of the X community")
        rf"\b(?:{words_alternation(words)})\s+(?:\w+\s+)?by\s+(?:(?:the|a|an|members\s+of|"
        rf"(?:a\s+)?group\s+of)\s+)*$", re.I))


def _tail_words(text: str, n: int) -> str:
    """The end of ``text`` from the start of its last ``n`` whitespace-separated words (with
    the whitespace before them). A pattern anchored at the end (``...$``) that can span at most
    ``n`` words finds the same match there as in ``text``, without being tried at every
    earlier position. The cut falls on whitespace, so word boundaries read the same."""
    parts = text.rsplit(None, n)
    return text if len(parts) <= n else text[len(parts[0]):]


# "suspected" / "alleged" right before a mention, as an adjective ("two suspected X fighters").
_SUSPECTED_ADJ_LEFT = re.compile(r"\b(?:suspected|alleged)\s+$", re.I)
# ... after a violent verb, an article, a number or a particle it describes the verb's object
# ("police burned houses to flush out suspected X members", "soldiers shot dead a suspected X
# leader", "arrested two suspected X fighters"): who those hit were believed to be, not that X
# is suspected of the act (as in "police suspected X", "an attack by suspected X").
_SUSPECTED_OBJECT_LEFT = guarded(re.compile(
    rf"\b(?:{_VIOLENT}\w*|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    rf"several|some|many|more|other|of|out|dead|down|up|on|at|against|whom|detain\w*|"
    rf"apprehend\w*|nab\w*|flush\w*|hunt\w*|pursu\w*|track\w*)\s+(?:suspected|alleged)\s+$",
    re.I))

# _PATIENT_LEFT spans at most five words: a two-word violent verb ("opened fire"), a
# preposition and two modifiers; _HOLDER_LEFT five ("under the control of the").
_PATIENT_LEFT_WORDS = 6
_HOLDER_LEFT_WORDS = 6


def _score(doc: Doc, sent: Span, span: Span, modifier: bool = True) -> tuple[float, float]:
    """Agent and patient scores of actor mention ``span`` in sentence ``sent``."""
    agent, patient, _ = _roles_of(doc, sent, span, modifier)
    return agent, patient


def _roles_of(doc: Doc, sent: Span, span: Span, modifier: bool) -> tuple[float, float, bool]:
    """(agent, patient, speaker) of a mention, computed once per document: the same mention
    is scored for every event whose sentences hold it and again for the lead (see
    :func:`_lead_agent`). The result depends only on the text, the offsets and the span's
    kind / generic / role-hint attributes, which are part of the key."""
    attrs = span.attrs
    key = (sent.start, sent.end, span.start, span.end, modifier, attrs.get("kind"),
           bool(attrs.get("generic")), attrs.get("role_hint"), attrs.get("phrase"))
    memo = doc.memo.get("roles.score")
    if memo is None or memo[0] is not doc.text:
        memo = doc.memo["roles.score"] = (doc.text, {})
    hit = memo[1].get(key)
    if hit is None:
        hit = memo[1][key] = _score_uncached(doc, sent, span, modifier)
    return hit


def _score_uncached(doc: Doc, sent: Span, span: Span, modifier: bool) -> tuple[float, float, bool]:
    text = doc.text
    # A mention inside a longer phrase ("armed men from Kaptet village") takes the phrase's
    # context: its verb comes after the whole phrase.
    start, end = span.attrs.get("phrase") or (span.start, span.end)
    left = text[max(sent.start, start - 120):start]
    right = text[end:min(sent.end, end + 120)]
    agent = patient = 0.0
    by_agent = bool(_AGENT_LEFT.search(left)) and not _non_action_by().search(left)
    if by_agent and _SUSPECTED_ADJ_LEFT.search(left) and _PATIENT_RIGHT.match(right):
        # "two suspected X members were shot dead": "suspected" says who the victims were
        # believed to be, not that X is suspected of the act.
        by_agent = False
    elif by_agent and _SUSPECTED_OBJECT_LEFT.search(_tail_words(left, 3)) and \
            not _AGENT_LEFT.search(_SUSPECTED_ADJ_LEFT.sub("", left)):
        by_agent = False  # (still the agent in "an attack by the suspected X")
    if by_agent:
        agent += 3
    elif _ATTACKING_LEFT.search(_tail_words(left, 3)):
        if _GERUND_LEFT.search(_tail_words(left, 4)):
            patient += 2  # "punished for invading Somalia", "accused of attacking police"
        else:
            agent += 2  # "raiding Al-Shabab fighters", "the attacking militants"
    elif _weapon_of().search(_tail_words(left, 8)):
        # "gunships from the coalition fired", "shells from Turkish forces hit": the side the
        # weapon comes from acts, although "from X" otherwise reads as X hit ("stole from").
        by_agent = True
        agent += 2
    if _BETWEEN_LEFT.search(left):
        agent += 1.5
    if _WITH_LEFT.search(left):
        patient += 1.5
    # The object of "strikes on" / "targeting" is hit: the verb after it is not its own.
    target = not by_agent and bool(_TARGET_LEFT.search(left))
    # "Russia renews ISIS strikes": a non-state actor word in the object of a campaign verb
    # names whom the strikes hit.
    attack_modifier = bool(_AGENT_MODIFIER.match(right))
    campaign_object = (span.attrs.get("kind") != "state" and attack_modifier
                       and bool(_CAMPAIGN_OBJECT_LEFT.search(left)))
    self_claim = bool(_SELF_CLAIM.match(right))
    speaker = bool(_SPEAKER_RIGHT.match(right)) and not self_claim
    if target or campaign_object:
        patient += 2
    elif speaker:
        pass  # "police suspect that she was kidnapped": they tell, they did not act
    elif self_claim:
        agent += 2
    elif _ACTIVE_OBJECT.match(right):
        agent += 2
    elif _PATIENT_RIGHT.match(right):
        patient += 2
    elif _AGENT_RIGHT.match(right) or _CAMPAIGN_RIGHT.match(right):
        agent += 2
    if modifier and not (target or campaign_object) and attack_modifier:
        agent += 2
    if not by_agent and not target and \
            _PATIENT_LEFT.search(_tail_words(left, _PATIENT_LEFT_WORDS)):
        patient += 2
    if _HOLDER_LEFT.search(_tail_words(left, _HOLDER_LEFT_WORDS)):
        patient += 1
    if not span.attrs.get("generic") and _ATTACK_HEAD.search(text, span.start, span.end):
        agent += 1.5
    hint = span.attrs.get("role_hint")
    if hint == "attacker":
        agent += 0.5
    elif hint == "victim":
        patient += 0.5
    return agent, patient, speaker


# A relative clause that opens an aside about the place or the people ("..., where",
# "..., which", "..., when") ...
_ASIDE_OPEN = re.compile(r",\s+(?:where|which|when|whose)\s+", re.I)
# ... and tells of an earlier time than the event's.
_PAST_TIME = re.compile(
    r"\b(?:last\s+(?:week|month|year|summer|winter|spring|autumn|fall|decade)|"
    r"earlier\s+this\s+(?:week|month|year)|(?:weeks|months|years|decades)\s+ago|"
    r"in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d|previously|"
    # "the largest attack in nearly three years"
    r"in\s+(?:(?:nearly|almost|more\s+than|over|about)\s+)?(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+(?:years|months|decades))\b", re.I)


def _past_aside(text: str, sent: Span, span: Span) -> bool:
    """Whether a mention lies in an aside about an earlier event: a relative clause opened
    after a comma ("..., where a jailbreak attempt by IS last month sparked clashes") whose
    own words, up to the next comma or the sentence's end, name an earlier time."""
    opened = max(_ASIDE_OPEN.finditer(text, sent.start, span.start), key=lambda o: o.end(),
                 default=None)
    if opened is None or any(c in text[opened.end():span.start] for c in ",;:"):
        return False
    close = len(text)
    for mark in (",", ";", ". "):
        at = text.find(mark, span.end, sent.end)
        if at >= 0:
            close = min(close, at)
    return bool(_PAST_TIME.search(text, opened.end(), min(close, sent.end)))


def _own_country_attack(doc: Doc, span: Span, country: str | None) -> bool:
    """A mention made of the document country's own name and an attack noun ("Syria
    strikes", "the Kenya attack") says where the attacks were, not who made them."""
    if not country or span.attrs.get("kind") != "state":
        return False
    words = doc.text[span.start:span.end]
    return words.lower().startswith(country.lower() + " ") and \
        bool(_ATTACK_HEAD.search(words))


def _actor_spans(doc: Doc, sentences: list[Span], country: str | None) -> list[Span]:
    if ACTORS not in doc.layers:
        ActorTagger(country=country)(doc)
    spans: list[Span] = []
    reported = [s for s in doc.get(SOURCES) if s.attrs.get("modality") == "reported"]
    for sent in sentences:
        for a in doc.in_sentence(ACTORS, sent):
            # "police said": the police speak here, they do not act.
            if reported and any(s.start < a.end and a.start < s.end for s in reported) \
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
        # A party named as a side ("PNU and ODM supporters clashed") has its own ACLED actor
        # name, which differs from the party's name as an associated actor.
        name = sp.attrs.get("actor_name") or resolve(sp, country, event_date)
        # The document's own country before a noun is where, not who ("a Syria prison attack").
        own = bool(sp.attrs.get("country_name")) and sp.attrs.get("country") == country
        if _own_country_attack(doc, sp, country):
            continue  # "the Syria strikes hit ...": strikes in Syria, not by its state
        if _compound("sponsor_compounds").match(doc.text, sp.end):
            continue  # "Houthi-run television", "Iran-backed militia": an owner, not a side
        agent, patient, speaker = _roles_of(doc, sent, sp, not own)
        if _compound("holder_compounds").match(doc.text, sp.end):
            agent, patient = 0.0, max(patient, 1.0)  # "a Houthi-held town": hit, not hitting
        if agent > 0 and _past_aside(doc.text, sent, sp):
            # "... near X, where an attack by IS jihadists last month sparked clashes": the
            # aside tells an earlier event; its agent is not this one's.
            agent = 0.0
        if sp.attrs.get("country_name") and agent <= patient:
            continue  # "Syria", "Kenya" as a place or topic, not as a belligerent
        # Mentions in the trigger's sentence (or the first sentence) speak for the event.
        # So do headlines in the event's group: a headline states the main event and often
        # names its agent that the body leaves implicit ("X renews strikes" / "the raids").
        weight = 1.0 if (trig_sent is None and sent is sentences[0]) or sent is trig_sent \
            or sent.attrs.get("title") else 0.6
        cands.append(_Cand(sp, name, sp.attrs.get("kind", "other"), agent * weight,
                           patient * weight, i, speaker))
    # Conjuncts share their role: in "Turkana and Samburu raiders clashed" both peoples
    # fought, and mention order, not the noun attached to the second, decides who is first.
    for a, b in zip(cands, cands[1:], strict=False):
        if a.kind == b.kind or (a.kind in _ARMED and b.kind in _ARMED):
            if _CONJ.fullmatch(doc.text, a.span.end, b.span.start):
                a.agent = b.agent = max(a.agent, b.agent)
                a.patient = b.patient = max(a.patient, b.patient)
    return cands


def _suffering_people(cands: list[_Cand]) -> list[_Cand]:
    """Drop the communal militia of a place's people named by a civilian word ("Kapedo
    residents") where that word is not seen acting: people of a place who were killed, moved
    out or evicted are the civilians the word itself names, not an armed side ("Kapedo
    residents attacked a police post" keeps the militia)."""
    people = {x.span.start: x for x in cands if x.kind == "civilians"}
    if not people:
        return cands
    return [x for x in cands if (at := x.span.attrs.get("community_noun_at")) is None
            or (noun := people.get(at)) is None or noun.agent > noun.patient]


@lru_cache(maxsize=1)
def _air_lexicon() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("lexicons/actors_roles.yaml")
    ground = frozenset(w.lower() for w in data["ground_fire"])
    air = re.compile(rf"\b(?:{words_alternation(data['air_words'])})\b", re.I)
    # "<side> [said it / had / ...] shot down": up to four words between.
    intercept = re.compile(
        rf"\W*(?:[\w']+\s+){{0,4}}?(?:{words_alternation(data['intercept_verbs'])})\b", re.I)
    return ground, air, intercept


def _aircraft_from(data: dict[str, Any]) -> str:
    """An aircraft noun and the preposition that names its owner next: "helicopter gunships
    from", "drones belonging to", "warplanes of"."""
    return (rf"(?:{words_alternation(data['owned_aircraft'])})(?:\s+[\w-]+){{0,2}}?\s+(?:from|of|"
            r"belonging\s+to|operated\s+by|flown\s+by|owned\s+by)")


_OWNER_NEXT = r"\s+(?:the\s+)?(?:[\w-]+\s+)?$"


@lru_cache(maxsize=1)
def _weapon_of() -> re.Pattern[str]:
    """A weapon or aircraft that comes from the mention that follows: "helicopter gunships
    from the coalition", "drones belonging to the army", "shells fired from Turkish forces".
    Fire nouns take only "from" ("the shelling of X" is X shelled); aircraft also "of"."""
    data = load_yaml("lexicons/actors_roles.yaml")
    return guarded(re.compile(
        rf"\b(?:{_aircraft_from(data)}|"
        rf"(?:{words_alternation(data['owned_fire'])})(?:\s+[\w-]+){{0,2}}?\s+from){_OWNER_NEXT}",
        re.I,
    ))


@lru_cache(maxsize=1)
def _aircraft_of() -> re.Pattern[str]:
    """Aircraft owned by the mention that follows: "helicopter gunships from the coalition",
    "drones belonging to the Turkish army", "warplanes of the Russian air force"."""
    data = load_yaml("lexicons/actors_roles.yaml")
    return guarded(re.compile(rf"\b{_aircraft_from(data)}{_OWNER_NEXT}", re.I))


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
        is_air = own_air or bool(air.search(text, x.span.end, min(len(text), x.span.end + 40))) \
            or bool(_aircraft_of().search(_tail_words(
                text[max(0, x.span.start - 90):x.span.start], 8)))
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
    if not need_aircraft:
        # In an air strike, a side the text gives aircraft ("Russian fighter jets carried out
        # strikes") flew; a side seen acting only on the ground beside it ("regime forces
        # fired rockets") did not, however often it is named. (With ``need_aircraft`` the
        # event is a ground one, which the ground side may well be the author of.)
        sides = {k: v for k, v in sides.items() if any(a for _, a, _ in v)} or sides
    best_side = max(sides.values(), key=lambda v: (sum(s for s, _, _ in v), -v[0][2].order))
    if sum(s for s, _, _ in best_side) <= 0:
        return None
    # An air force, or a coalition (it has no air branch of its own) named with aircraft.
    airs = [x for _, is_air, x in best_side
            if is_air and (x.name.endswith("Air Force") or x.kind == "external")]
    if need_aircraft and not airs:
        return None
    return airs[0] if airs else max(best_side, key=lambda t: t[0])[2]


def _lead_agent(doc: Doc, sentences: list[Span], sub: str, country: str | None,
                event_date: str | None) -> _Cand | None:
    """The agent the headline or the lead names when the event's own sentences name none.

    Reports often name the actor once, up front ("An RAF drone killed ...", "Russia renews
    strikes"), and then tell the event as "the strike", "the raids".  Only the title and the
    first sentences of the page before the event's first sentence count, and only a side said
    to act there (for a strike from the air, a side that flew)."""
    first = sentences[0].start
    have = {s.start for s in sentences}
    lead: list[Span] = []
    body = 0
    for s in doc.sentences:
        if s.start >= first:
            break
        if s.attrs.get("title"):
            lead.append(s)
            continue
        if body >= 4:  # the lead: a page's first sentences (share buttons may be some)
            break
        body += 1
        lead.append(s)
    lead = [s for s in lead if s.start not in have]
    if not lead:
        return None
    cands = candidates(doc, lead, None, country, event_date)
    if sub.startswith(("Air", "Shelling")) or sub in _VAC:
        striker = _air_striker(doc, cands, need_aircraft=not sub.startswith("Air"))
        if striker is not None or sub.startswith("Air"):
            return striker
    acting = [x for x in cands if x.kind in _ARMED and x.kind != "unidentified"
              and x.agent > x.patient]
    return max(acting, key=lambda x: (x.agent - x.patient, -x.order)) if acting else None


# How many body sentences after an event's own may name whom the report suspects, and the
# sub-event types (besides attacks on civilians and clashes) whose author reports often
# name only afterwards. Not air strikes: a group seen acting on the ground did not fly.
_AFTER_SENTENCES = 2
_SUSPECTED_LATER = ("Remote", "Grenade", "Suicide", "Shelling", "Looting")


def _sentences_after(doc: Doc, sentences: list[Span]) -> list[Span]:
    """The next few body sentences after the event's first one that are not its own
    (headline left out): a sentence between two of the event's own is read first ("A truck hit
    a mine. X suspected. A similar attack ...")."""
    first = sentences[0].start
    have = {s.start for s in sentences}
    after: list[Span] = []
    for s in doc.sentences:
        if s.start <= first or s.start in have or s.attrs.get("title"):
            continue
        after.append(s)
        if len(after) >= _AFTER_SENTENCES:
            break
    return after


def _agent_after(doc: Doc, sentences: list[Span], country: str | None,
                 event_date: str | None, relaxed: bool = False) -> _Cand | None:
    """A named non-state group that the sentences right after the event's say acted.

    Short reports tell the event first and whom they suspect next: "A lorry hit an IED near
    the border. Al Shabaab suspected." / "Gunmen abducted two doctors. The group is believed
    to be linked to X".  Only the next few body sentences count, and only a named group said
    to act there (suspected, blamed, claimed, the agent of a verb); state forces are left out,
    as a following sentence about them is usually the response ("police pursued ...").
    ``relaxed`` also takes a group that is merely named there and not hit ("police later
    identified the man who planted it as an X member"), for a bomb nobody in the event's
    own sentences can have planted."""
    after = _sentences_after(doc, sentences)
    named: list[_Cand] = []
    for sent in after:  # one at a time: each is the first of its own list, at full weight
        if not any(a.attrs.get("kind") in _NAMED_NONSTATE and not a.attrs.get("generic")
                   for a in doc.in_sentence(ACTORS, sent)):
            continue  # most sentences name no group: skip scoring them
        for x in candidates(doc, [sent], None, country, event_date):
            if x.kind not in _NAMED_NONSTATE or x.span.attrs.get("generic") or \
                    x.name.startswith("Unidentified") or x.speaker or \
                    x.agent - x.patient < (0 if relaxed else 2):
                continue
            # "tensions between the Turkana and Pokot": the parties of a feud, not the agent.
            left = doc.text[max(sent.start, x.span.start - 120):x.span.start]
            if _BETWEEN_LEFT.search(left) or _BETWEEN_AND_LEFT.search(left):
                continue
            named.append(x)
    return max(named, key=lambda x: x.agent - x.patient) if named else None


def _striker_after(doc: Doc, sentences: list[Span], country: str | None,
                   event_date: str | None) -> _Cand | None:
    """The side whose aircraft the sentences right after an air strike name as striking.

    Reports often tell the strike first and whose drone it was next: "A drone hit a farm,
    injuring three. Sources said the drone, believed to be Turkish, targeted ...".  Only the
    next few body sentences count, and only a side named with its aircraft (see
    :func:`_air_striker` with ``need_aircraft``): a group seen acting on the ground did not fly.
    """
    after = _sentences_after(doc, sentences)
    for sent in after:
        if not any(a.attrs.get("kind") in ("state", "external")
                   for a in doc.in_sentence(ACTORS, sent)):
            continue
        striker = _air_striker(doc, candidates(doc, [sent], None, country, event_date),
                               need_aircraft=True)
        if striker is not None:
            return striker
    return None


def _unnamed(x: _Cand | None) -> bool:
    """No agent, or only a generic unidentified one ("gunmen", "attackers")."""
    return x is None or (x.kind == "unidentified" and bool(x.span.attrs.get("generic")))


_BETWEEN_AND_LEFT = guarded(re.compile(r"\bbetween\s+(?:the\s+)?[\w'’ -]{1,60}?\s+and\s+(?:the\s+)?$",
                               re.I))
_LINKED = guarded(re.compile(r"\b(?:suspected|believed|thought|said|assumed|presumed|alleged|"
                     r"reputed|linked|affiliated|allied|"
                     r"belonging|members?\s+of|from)\b", re.I))
_NAMED_NONSTATE = ("rebel", "political_militia", "identity_militia", "external")
_GENERIC_ARMED = ("unidentified", "identity_militia")


def _corefer(doc: Doc, cands: list[_Cand]) -> None:
    """Generic attackers after a single named armed group are that group: "Pokot raiders
    struck ... one of the bandits was shot", "Al Shabaab militants ... the militants fled".
    With two named groups ("clashes between the Ogiek and Kipsigi"), a generic noun could be
    either, so it stays generic. A group named only as the side hit ("soldiers killed five
    X militants ...; the militants had seized a car") is what a later definite noun ("the
    militants") stands for, though not a bare one ("gunmen later attacked ...")."""
    # (A group that only speaks of the event, "X said a suicide attacker struck", tells who
    # did it; it is not who the generic noun stands for.)
    named = [x for x in cands if x.kind in _NAMED_NONSTATE and not x.span.attrs.get("generic")
             and not x.name.startswith("Unidentified") and not x.speaker]
    # A generic noun written right after a group's name ("Islamic State militants", "Al
    # Shabaab fighters") is that group's men, however many other groups the text names.
    ends = {x.span.end: x for x in named}
    for x in cands:
        if x.kind in _GENERIC_ARMED and x.span.attrs.get("generic"):
            y = ends.get(x.span.start - 1)
            if y is not None and doc.text[x.span.start - 1] == " ":
                x.name, x.kind = y.name, y.kind
    acting = [x for x in named if x.agent >= x.patient]
    definite_only = not acting
    named = acting or named
    if len({x.name for x in named}) != 1:
        return
    first = named[0]
    for x in cands:
        if not (x.kind in _GENERIC_ARMED and x.span.attrs.get("generic")):
            continue
        if definite_only and not _DEFINITE_LEFT.search(doc.text, max(0, x.span.start - 30),
                                                        x.span.start):
            continue
        left = doc.text[max(0, x.span.start - 120):x.span.start]
        if _WITH_LEFT.search(left) or _BETWEEN_AND_LEFT.search(left):
            continue  # "Coalition forces clashed with gunmen": the group's opponents
        if x.patient > x.agent and _herding_people(x.span):
            # "X and Y clashed; two herders were killed": herders hit are the victims,
            # as often of the other side as of X.
            continue
        # After the group, or just before it in a "suspected to be / linked to" aside
        # ("attackers suspected to be linked to Al Shabaab").
        if x.order > first.order or (first.span.start - x.span.end < 60 and _LINKED.search(
                doc.text, x.span.end, first.span.start)):
            x.name, x.kind = first.name, first.kind
        elif not definite_only and x.agent > x.patient and first.agent - first.patient >= 1 \
                and not first.speaker:
            # "unknown people planted the device ...; police blamed the attack on X": the
            # report's attribution names the unnamed attackers told before it.
            x.name, x.kind = first.name, first.kind


@lru_cache(maxsize=4)
def _listed(key: str) -> re.Pattern[str]:
    """Any word or phrase listed under ``key`` in actors_roles.yaml, as whole words."""
    words = load_yaml("lexicons/actors_roles.yaml")[key]
    return guarded(re.compile(rf"\b(?:{words_alternation(words)})\b", re.I))


def _feud_kind(doc: Doc, sentences: list[Span]) -> str | None:
    """The militia an unnamed attacker is in an event its own sentences set in a feud:
    "Communal" in a dispute over land, pasture or water, "Ethnic" in fighting between
    peoples or clans; None otherwise."""
    start, end = sentences[0].start, sentences[-1].end
    if _listed("land_dispute").search(doc.text, start, end):
        return "Communal"
    if _listed("ethnic_conflict").search(doc.text, start, end) and (
            not _POLITICAL.search(doc.text, start, end)
            or _listed("ethnic_fighting").search(doc.text, start, end)):
        return "Ethnic"
    return None


# Violence tied to an election or a political contest is political, not communal: ACLED codes
# its unnamed attackers as an unidentified armed group (or a party's militia), even where the
# report calls the violence ethnic; not where it tells peoples fighting each other
# ("post-election ethnic clashes": ``ethnic_fighting``).
_POLITICAL = re.compile(r"\b(?:elect\w*|post-?\s?election|poll(?:s|ing)?|campaign\w*|"
                        r"politic\w*|vote\w*|voting|nominations?|referendum)\b", re.I)


def _feud_attackers(doc: Doc, sentences: list[Span], cands: list[_Cand], country: str | None,
                    event_date: str | None) -> None:
    """Unnamed attackers ("armed men", "gunmen") in an event its own sentences set in a
    dispute over land, pasture or water are a community's militia: ACLED's "Unidentified
    Communal Militia", as "rival communities" are; in ethnic or clan fighting they are an
    "Unidentified Ethnic Militia"."""
    generic = [x for x in cands if x.kind == "unidentified" and x.span.attrs.get("generic")]
    feud = _feud_kind(doc, sentences) if generic else None
    if feud is None:
        return
    d = dictionary()
    eid = d._index.get(("generic", "communal_militia" if feud == "Communal" else
                        "ethnic_militia"))
    if eid is None:
        return
    name = d.resolve(eid, country, event_date)
    for x in generic:
        x.name, x.kind = name, "identity_militia"


# A side named as the partner of another in the same act: "X, backed by Y,", "X with the
# support of Y", "X in cooperation with Y", "X alongside Y" (the words right before Y).
_PARTNER_LEFT = guarded(re.compile(
    r"\b(?:(?:backed|supported|assisted|aided|accompanied|escorted|joined)\s+by|"
    r"with\s+(?:the\s+)?(?:(?:air|aerial|logistical|military)\s+)?(?:support|backing|help|"
    r"assistance|cover)\s+(?:of|from)|in\s+(?:cooperation|coordination|partnership|"
    r"conjunction)\s+with|(?:jointly|together)\s+with|alongside)"
    r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?$", re.I))
# Words of two sides fighting each other: conjuncts in such a sentence are opponents ("X
# and Y clashed", "a gunfight between X and Y"), not partners.
_MUTUAL = re.compile(
    r"\b(?:clash\w*|fought|fight\w*|\w*fights?|battl\w*|exchang\w*|skirmish\w*|engag\w*|"
    r"shoot-?outs?|between|betwe+n|versus|vs|trad(?:e|ed|es|ing)\s+(?:fire|gunfire|shots|"
    r"blows)|each\s+other|one\s+another|rival\w*|feud\w*)\b", re.I)


def _allies(doc: Doc, a1: _Cand, cands: list[_Cand]) -> list[_Cand]:
    """Armed sides that acted together with actor1 in its own sentence: its conjunct as the
    subject of a one-sided verb ("SDF and coalition forces killed a man") or a side named as
    its partner ("X, backed by coalition helicopters, stormed ...", "X forces, supported by
    Y"). ACLED lists such a side as an associated actor of actor1, never as actor2."""
    text = doc.text
    out: list[_Cand] = []
    ordered = sorted(cands, key=lambda x: x.span.start)
    for x in ordered:
        if x.name == a1.name or x.kind not in _ARMED or x.kind == "unidentified" or \
                x.patient > x.agent or x in out:
            continue
        first, second = (a1, x) if a1.span.start < x.span.start else (x, a1)
        gap = text[first.span.end:second.span.start]
        if "." in gap or "\n" in gap or len(gap) > 120:
            continue  # another sentence, or too far to be one phrase
        if _CONJ.fullmatch(gap) and not (x.kind == a1.kind == "identity_militia"):
            # (Two peoples' militias named together are nearly always the two sides of a
            # feud, whatever the verb.)
            start = max(text.rfind(". ", 0, first.span.start), text.rfind("\n", 0,
                                                                       first.span.start))
            stop = min((i for i in (text.find(". ", second.span.end),
                                    text.find("\n", second.span.end)) if i >= 0),
                       default=len(text))
            right = text[second.span.end:min(len(text), second.span.end + 120)]
            # Partners only as the subject of a one-sided act: "KDF and Al Shabaab in the
            # forest: five killed" names two sides, not a joint raid.
            if not _MUTUAL.search(text, start + 1, stop) and (
                    _AGENT_RIGHT.match(right) or _CAMPAIGN_RIGHT.match(right)):
                out.append(x)
        elif _PARTNER_LEFT.search(_tail_words(text[max(0, second.span.start - 80):
                                                   second.span.start], 8)):
            out.append(x)
    return out


@lru_cache(maxsize=1)
def _response_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A force as the subject ("police later arrested ...") or the agent ("was arrested and
    questioned by police") of a response verb (see ``response_verbs``)."""
    alts = words_alternation(load_yaml("lexicons/actors_roles.yaml")["response_verbs"])
    right = re.compile(
        rf"\s*(?:\([^)]*\)\s*)?(?:(?:officers?|officials|have|has|had|later|also|then|"
        rf"subsequently|quickly|reportedly|who|on\s+\w+)\s+){{0,3}}(?:{alts})\b", re.I)
    left = guarded(re.compile(
        rf"\b(?:{alts})(?:\s+and\s+\w+)?\s+(?:[\w-]+\s+){{0,3}}?by\s+"
        rf"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$", re.I))
    return right, left


# A violent act of the force's own after its response verb ("arrested and beat him").
_OWN_VIOLENCE = re.compile(r"\b(?:shot|shoot\w*|kill\w*|beat\w*|fired|tortur\w*|assault\w*|"
                           r"attack\w*|injur\w*|wound\w*|torch\w*|burn\w*|rap(?:e|ed)|"
                           r"whipp\w*|clobber\w*|hack\w*|stab\w*)\b", re.I)


def _responding(doc: Doc, x: _Cand) -> bool:
    """A state force named only for its response to an attack on civilians: it arrested,
    questioned, rescued, pursued or took away ("the governor was arrested and questioned by
    police", "police later rescued the hostage"), and did nothing violent in that clause."""
    right, left = _response_res()
    text, span = doc.text, x.span
    m = right.match(text, span.end, min(len(text), span.end + 80))
    if m is None:
        return bool(left.search(_tail_words(text[max(0, span.start - 90):span.start], 8)))
    clause = re.split(r"[.;]", text[m.end():m.end() + 120], maxsplit=1)[0]
    return not _OWN_VIOLENCE.search(clause)


_CROWD_KINDS = ("civilians", "rioters", "protesters")
# Words of a crowd acting together, a riot or a protest.
_CROWD_WORDS = re.compile(r"\b(?:riot\w*|mobs?|crowds?|protest\w*|demonstrat\w*|youths?|"
                          r"rival\w*|lynch\w*|vigilant\w*|residents|villagers|locals)\b", re.I)


def _crowd_agent(doc: Doc, cands: list[_Cand]) -> _Cand | None:
    """A crowd said to act ("villagers lynched", "voters beat up an official", "a mob
    torched"): people in the plural, or a mob, clearly the agent (a violent verb's subject,
    not a victim); None when no such mention."""
    text = doc.text
    crowd = []
    for x in cands:
        if x.kind not in _CROWD_KINDS or x.speaker or \
                (x.kind == "civilians" and not _plural(x.span.text)):
            continue
        end = x.span.end
        if x.agent - x.patient >= 1.5 and _crowd_violence().match(text, end, end + 60):
            crowd.append(x)
        elif x.patient <= 0.5 and (  # at most the victim hint of a civilian noun
                # "residents of X destroyed", "villagers cornered and killed": the crowd's
                # own verb after a place or a first verb, which the agent patterns miss.
                _crowd_violence_after().match(text, end, end + 120)
                # "attacked by a crowd", "beaten by irate residents"
                or _crowd_by().search(_tail_words(text[max(0, x.span.start - 80):
                                                       x.span.start], 6))):
            crowd.append(x)
    return max(crowd, key=lambda x: (x.agent - x.patient, -x.order)) if crowd else None


@lru_cache(maxsize=1)
def _crowd_violence_after() -> re.Pattern[str]:
    """A crowd's violent act after the place it is from ("residents of X village in Y,
    Z county, reportedly beat") or a first verb it is the subject of ("villagers cornered
    and lynched"). The place may run to seven words and commas, none of them opening a
    clause of its own ("residents of the village where gunmen attacked")."""
    words = load_yaml("lexicons/actors_roles.yaml")["crowd_violence_verbs"]
    word = r"(?!(?:where|when|who|whom|which|whose|after|before|as|while|that|because|and|" \
           r"but|were|was|are|is|had|have|has|said|say|says)\b)[\w'-]+"
    return re.compile(
        rf"\s+(?:(?:in|of|from|at)\s+{word}(?:,?\s+{word}){{0,6}}?,?"
        rf"(?:\s+(?:reportedly|allegedly|then|later|also))?|[a-z]+(?:ed)?\s+and)"
        rf"\s+(?:{words_alternation(words)})(?![\w-]*\s+by\b)", re.I)


@lru_cache(maxsize=1)
def _crowd_by() -> re.Pattern[str]:
    """A crowd as the agent of a passive violent verb: "attacked by a crowd", "beaten up by
    irate residents", "lynched by a mob" (the words right before the mention)."""
    words = load_yaml("lexicons/actors_roles.yaml")["crowd_violence_verbs"]
    return guarded(re.compile(
        rf"\b(?:{words_alternation(words)})\w*(?:\s+(?:up|to\s+death))?\s+by\s+"
        r"(?:(?:a|an|the|some|angry|irate|rowdy|enraged|group\s+of|gang\s+of)\s+)*$", re.I))


@lru_cache(maxsize=1)
def _crowd_violence() -> re.Pattern[str]:
    """A crowd's own violent act right after it ("villagers (reportedly) beat", "a mob
    torched"), up to two words between."""
    words = load_yaml("lexicons/actors_roles.yaml")["crowd_violence_verbs"]
    # Used with match(text, pos): anchored at pos, so no "^" (which anchors at 0).
    return re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{words_alternation(words)})", re.I)


def _plural(words: str) -> bool:
    """"residents", "boda boda riders", "people" (a crowd), not "a man" or "the driver"."""
    last = words.rsplit(None, 1)[-1].lower()
    return (last.endswith("s") and not last.endswith("ss")) or last == "people"


def _idle_herders(x: _Cand) -> bool:
    """Herders named with no verb that makes them act or be hit: at most the attacker hint
    of their noun ("herders found five bodies", "pastoralists in the area")."""
    return x.agent <= 0.5 and not x.patient and bool(x.span.attrs.get("generic")) and \
        _herding_people(x.span)


def _herding_people(span: Span) -> bool:
    """A generic mention of herders or pastoralists ("two herders", "the pastoralists"), not
    one of the communal militia's other words ("rival groups")."""
    eid = span.attrs.get("entry")
    if eid is None or dictionary().entries[eid].extra.get("generic_key") != "communal_militia":
        return False
    words = span.text.lower()
    return "herd" in words or "pastoral" in words


_DEFINITE_LEFT = re.compile(r"\b(?:the|these|those)\s+(?:[a-z-]+\s+)?$", re.I)
_BACK_SENTENCES = 2


def _corefer_back(doc: Doc, sentences: list[Span], cands: list[_Cand], country: str | None,
                  event_date: str | None) -> None:
    """Definite generic attackers ("the militants", "the armed men") in an event whose own
    sentences name no armed group are the one group named in the sentences just before it:
    "X militants raided a border post. The militants burnt the station ..." (the first
    sentence told no event of its own, or another one)."""
    generic = [x for x in cands if x.kind in _GENERIC_ARMED and x.span.attrs.get("generic")
               and _DEFINITE_LEFT.search(doc.text, max(0, x.span.start - 30), x.span.start)]
    if not sentences or not generic or any(x.kind in _NAMED_NONSTATE and not x.span.attrs.get("generic")
                          and not x.name.startswith("Unidentified") for x in cands):
        return
    first = sentences[0].start
    before = [s for s in doc.sentences if s.start < first and not s.attrs.get("title")]
    before = before[-_BACK_SENTENCES:]
    if not before:
        return
    named = [x for x in candidates(doc, before, None, country, event_date)
             if x.kind in _NAMED_NONSTATE and not x.span.attrs.get("generic")
             and not x.name.startswith("Unidentified") and x.agent >= x.patient]
    if len({x.name for x in named}) != 1:
        return  # none, or two groups the noun could stand for
    for x in generic:
        x.name, x.kind = named[0].name, named[0].kind


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
    if not sentences:  # an empty text: nobody to name
        return {"actor1": "", "assoc_actor_1": "", "actor2": "", "assoc_actor_2": "",
                "evidence": {}}
    if ACTORS not in doc.layers:
        ActorTagger(country=country)(doc)
    ctry = country or places_country(doc) or document_country(doc) or _country_of_actors(doc)
    c = ctry or ""
    cands = candidates(doc, sentences, trigger, ctry, event_date)
    if sub_event_type != "Armed clash":
        # (In a battle, "clashes with Laikipia residents" names a side that fought.)
        cands = _suffering_people(cands)
    _corefer(doc, cands)
    _corefer_back(doc, sentences, cands, ctry, event_date)
    _feud_attackers(doc, sentences, cands, ctry, event_date)

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

    if sub == "Mob violence":
        # A state force clearly seen acting ("police stormed the school and beat up
        # students") in a report with no crowd, mob or riot in it: ACLED codes the force
        # that acted, not rioters.
        acting = [x for x in state if not x.speaker and x.agent - x.patient >= 2
                  and not _responding(doc, x)]
        if acting and not _CROWD_WORDS.search(doc.text, sentences[0].start, sentences[-1].end) \
                and not any((x.kind in _CROWD_KINDS or x.kind in _NAMED_NONSTATE
                             or x.kind == "unidentified") and x.agent > x.patient
                            for x in cands):
            a1 = best(acting, "agent")
            assert a1 is not None
            out["actor1"] = a1.name
            out["evidence"]["actor1"] = a1.span
            out["assoc_actor_1"] = _militia_identity(a1, c)
            out["actor2"] = gen("Civilians")
            return out
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
        # Herders or pastoralists that no verb makes act ("herders found five bodies") are
        # the people around the event, not its attackers.
        armed = [x for x in armed if not _idle_herders(x)]
        # A force that only arrested, questioned or rescued responded to the attack.
        armed = [x for x in armed if x.kind != "state" or not _responding(doc, x)]
        agents = [x for x in [*armed, *parties] if x.agent > x.patient or x.agent >= 2]
        a1 = _air_striker(doc, cands, need_aircraft=True) or best(agents, "agent") or \
            _lead_agent(doc, sentences, sub, ctry, event_date)
        if _unnamed(a1):
            a1 = _agent_after(doc, sentences, ctry, event_date) or a1
        a1 = a1 or best([x for x in armed if x.patient <= 0 and not x.speaker], "agent")
        crowd = _crowd_agent(doc, cands) if a1 is None else None
        # A state force the attack clearly hit ("gunmen shot and killed a police officer",
        # "youths attacked a police post") makes the event a battle by ACLED's definitions, however
        # it was typed, and a battle names the state side first (before the years in which
        # ACLED names the attacker first: ``attacker_first_since``).
        hit = [x for x in state if x.patient - x.agent >= 2 and not x.speaker
               and not _helper_of_force(doc, x)] \
            if crowd is None and (a1 is None or a1.kind != "state") \
            and not _attacker_first(event_date) else []
        if hit:
            first = min(hit, key=lambda x: x.order)
            out["actor1"] = first.name
            out["evidence"]["actor1"] = first.span
            out["actor2"] = a1.name if a1 is not None else gen("Unidentified Armed Group")
            if a1 is not None:
                out["evidence"]["actor2"] = a1.span
            return out
        if a1 is not None:
            out["actor1"] = a1.name
            out["evidence"]["actor1"] = a1.span
            out["assoc_actor_1"] = _militia_identity(a1, c)
        elif crowd is not None:
            # "residents beat a suspect to death": no armed group, a crowd of people acted;
            # ACLED codes such a crowd as rioters (mob violence), whatever the event's type.
            out["actor1"] = gen("Rioters")
            out["evidence"]["actor1"] = crowd.span
            out["assoc_actor_1"] = _identity_name(crowd.span, c) or ""
        elif (feud := _feud_kind(doc, sentences)) is not None:
            out["actor1"] = gen(f"Unidentified {feud} Militia")  # see _feud_attackers
        else:
            out["actor1"] = gen("Unidentified Armed Group")
        out["actor2"] = gen("Civilians")
        victims = [x for x in cands if x is not a1 and x is not crowd
                   and (x.patient > 0 or x.kind in ("civilians",))]
        assoc = [n for x in victims if (n := _victim_assoc(x.span, c))]
        out["assoc_actor_2"] = _join(assoc[:2])
        return out

    if sub == "Disrupted weapons use":
        downed = _interception(doc, armed)
        if downed is not None:
            # "air defence shot down two drones", "the army intercepted a missile": ACLED
            # names the side that intercepted first and the one that launched second.
            out["actor1"] = downed[0].name
            out["evidence"]["actor1"] = downed[0].span
            if downed[1] is not None:
                out["actor2"] = downed[1].name
                out["evidence"]["actor2"] = downed[1].span
            return out
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
    if sub.startswith("Looting"):
        # Party supporters who clearly wrecked or torched something ("X supporters
        # vandalised a campaign truck") are coded under their party's name, as in an attack.
        armed = armed + [x for x in cands if x.span.attrs.get("group") == "party"
                         and x.agent - x.patient >= 2]
    explosive = sub.startswith(("Remote", "Grenade", "Suicide"))
    # A force that only arrested, questioned or pursued after a blast responded to it; it
    # did not plant or throw the bomb (as in an attack on civilians, above).
    responders = [x for x in armed if explosive and x.kind == "state" and _responding(doc, x)]
    a1 = best([x for x in armed if x.agent > x.patient and x not in responders], "agent")
    if sub.startswith("Air"):
        striker = _air_striker(doc, cands)
        # No side is said to have flown: a group seen attacking on the ground is no answer.
        a1 = striker or (a1 if a1 is not None and a1.kind in ("state", "external") else None)
    elif sub.startswith(("Shelling", "Remote")):
        a1 = _air_striker(doc, cands, need_aircraft=True) or a1
    if a1 is None:
        a1 = _lead_agent(doc, sentences, sub, ctry, event_date)
        # "fighting between X and Y": a clash whose own sentences name two armed sides has
        # its sides; a third one acting in the lead (a foreign air force in the story's
        # frame) is no party to it.
        sides = {x.name for x in armed if not x.name.startswith("Unidentified")}
        if sub == "Armed clash" and a1 is not None and len(sides) >= 2 and a1.name not in sides:
            a1 = None
    if a1 is None and sub.startswith("Air"):
        a1 = _striker_after(doc, sentences, ctry, event_date)
    if _unnamed(a1) and (sub == "Armed clash" or sub.startswith(_SUSPECTED_LATER)):
        a1 = _agent_after(doc, sentences, ctry, event_date) or a1
    # Partners of actor1 in the same act ("SDF and coalition forces raided ...") are its
    # associates, not the other side.
    allies = _allies(doc, a1, cands) if a1 is not None else []
    ally_names = {x.name for x in allies}
    rest = [x for x in armed if (a1 is None or x.name != a1.name) and x.name not in ally_names]
    a2 = best([x for x in rest if x.patient > x.agent], "patient")
    if a1 is None:
        pool = [x for x in rest if (a2 is None or x.name != a2.name) and not x.speaker
                and x not in responders]
        if explosive:
            # Nobody is said to have planted or thrown it: a non-state group the report
            # mentions ("Al Shabaab suspected", "an al Shabaab IED") is the likelier author
            # than a state force, which is usually the target.
            nonstate = [x for x in pool if x.kind != "state"]
            if not nonstate:
                # Only state forces here, usually those the bomb hit: a group the next
                # sentences name is the likelier author.
                later = _agent_after(doc, sentences, ctry, event_date, relaxed=True)
                nonstate = [later] if later is not None else []
            pool = nonstate or pool
        if sub.startswith(("Shelling", "Air")):
            # Fire from afar: a force noun alone, with no word saying it fired or was hit
            # ("air defense forces", "troops" in a background clause), names nobody.
            pool = [x for x in pool if x.agent > 0 or x.patient > 0
                    or not x.span.attrs.get("generic")]
        a1 = min(pool, key=lambda x: x.order) if pool else None
    if a2 is None:
        # A side that only speaks of the event ("X said a car bomb hit the convoy") is no
        # side of it.
        pool = [x for x in rest if (a1 is None or x.name != a1.name) and not x.speaker]
        a2 = min(pool, key=lambda x: x.order) if pool else None
    if sub == "Armed clash":
        pair = _paired_sides(doc, armed)
        if pair is not None and {x.name for x in (a1, a2) if x is not None} != {
                pair[0].name, pair[1].name} and all(
                x is None or (x.kind == "identity_militia" and (
                    x.name.startswith("Unidentified") or x.name in (pair[0].name, pair[1].name)))
                for x in (a1, a2)):
            # "herders from X and Y ... the herders exchanged fire": the two peoples named
            # together are the sides, not one of them twice or a later generic noun ("the
            # herders") that could stand for either; a third side named stays.
            a1, a2 = pair
    lead = a1
    # ACLED lists the state side first in most battles it joins, whoever fired first.
    # A force of a country nothing in the text tells is dropped from the record (events.py):
    # moved first, it would leave the battle with no actor1 at all. A communal or ethnic
    # militia that clearly attacked a state force that was clearly hit ("Pokot raiders
    # ambushed police officers") stays first: ACLED codes those battles by who attacked. So
    # does any armed group in an event dated in the years in which ACLED codes every battle by
    # who attacked (``attacker_first_since``). Clearly hit means the object of a violent verb,
    # not the other side of "clashed with police", which says nothing of who attacked.
    if sub == "Armed clash" and a1 is not None and a2 is not None and \
            a2.kind == "state" and a1.kind != "state" and " of Unknown" not in a2.name and \
            not ((a1.kind == "identity_militia" or _attacker_first(event_date))
                 and a1.agent > a1.patient and a2.patient - a2.agent >= 2):
        a1, a2 = a2, a1
    # A state force that only came in on a group's violence ("raiders torched houses; police
    # intervened, killing two", "police respond to the raiders' attack") answered it: ACLED
    # names the group that started the fighting first, in any year.
    if sub == "Armed clash" and a1 is not None and a2 is not None and \
            a1.kind == "state" and a2.kind != "state" and " of Unknown" not in a1.name and \
            _intervening(doc, a1):
        a1, a2 = a2, a1
    # Nor can it lead when it is the side that moved first ("police clashed with OLF
    # raiders" with no country told): in a battle the other side is as much an actor.
    if sub == "Armed clash" and a1 is not None and a2 is not None and \
            " of Unknown" in a1.name and " of Unknown" not in a2.name:
        a1, a2 = a2, a1
    # A battle whose only named side is a state force that was hit ("a police reservist shot
    # dead while patrolling; attackers unknown"): the state side first, the other unnamed.
    if sub == "Armed clash" and a1 is None and a2 is not None and a2.kind == "state" and \
            " of Unknown" not in a2.name:
        a1, a2 = a2, None
    # "two groups of herders clashed": both sides are the same (generic) actor.
    if sub == "Armed clash" and a1 is not None and a2 is None and \
            a1.kind == "identity_militia":
        a2 = a1
    if sub in _ONE_SIDED:
        a2 = None  # a deployment, a new base, a pact: ACLED names only who did it
    crowd = _crowd_agent(doc, cands) if sub.startswith("Looting") and _unnamed(a1) else None
    if crowd is not None:
        # "Residents of X torched the suspects' homes", "students looted shops": a crowd
        # destroying property is ACLED's rioters, as in an attack (see the VAC branch).
        out["actor1"] = gen("Rioters")
        out["evidence"]["actor1"] = crowd.span
        out["assoc_actor_1"] = _identity_name(crowd.span, c) or ""
    elif a1 is not None:
        out["actor1"] = a1.name
        out["evidence"]["actor1"] = a1.span
        out["assoc_actor_1"] = _militia_identity(a1, c)
        if a1 is lead and allies:
            out["assoc_actor_1"] = _join([out["assoc_actor_1"], *[x.name for x in allies]])
    elif sub == "Armed clash" and (feud := _feud_kind(doc, sentences)) is not None:
        out["actor1"] = gen(f"Unidentified {feud} Militia")  # see _feud_attackers
    elif sub.startswith(("Remote", "Grenade", "Shelling", "Air", "Suicide", "Looting")) or \
            sub == "Armed clash":
        out["actor1"] = gen("Unidentified Armed Group")
    elif sub == "Arrests" and ctry:
        # "X was arrested on charges of ...": nobody named, an arrest is the police's act.
        out["actor1"] = dictionary().state_force("police", ctry, event_date)
    if a2 is not None:
        out["actor2"] = a2.name
        out["evidence"]["actor2"] = a2.span
    elif sub == "Armed clash":
        # A clash has two sides; unnamed ones are both "Unidentified Armed Group", or both
        # the feud's unidentified militia.
        feud_side = out["actor1"].startswith("Unidentified") and "Militia" in out["actor1"]
        out["actor2"] = out["actor1"] if feud_side else gen("Unidentified Armed Group")
    elif sub == "Arrests":
        out["actor2"] = gen("Civilians")  # arrested people of no armed group
    elif explosive:
        # ACLED codes the people around a bomb as its target when no armed side was hit.
        out["actor2"] = gen("Civilians")
    elif sub.startswith(("Shelling", "Air")):
        if any(x.kind == "civilians" for x in cands):
            out["actor2"] = gen("Civilians")
    return out


# A force's own words for coming in on someone else's fight: "police intervened", "police
# who responded to the incident", "led to a police intervention", "soldiers reacted".
_INTERVENE_RIGHT = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:officers?|and\s+\w+|who|which|later|then|quickly|soon|"
    r"eventually|have|has|had|were|was|when|after)\s+){0,3}(?:interven\w*|"
    r"respon(?:d|ds|ded|ding|se)\b|react(?:ed|s)?\b|came\s+to\s+the\s+rescue)", re.I)


def _interception(doc: Doc, armed: list[_Cand]) -> tuple[_Cand, _Cand | None] | None:
    """Who intercepted or shot down a weapon, and whose it was: the first armed side told as
    the subject of an intercept verb ("the army intercepted a missile", "Saudi air defences
    shot down drones", "X said it shot down drones"); the launcher is the first other armed
    side, not the interceptor's own state under another name. None where the text tells no
    such interceptor."""
    _, _, intercept = _air_lexicon()
    text = doc.text
    acting = [x for x in armed if not x.name.startswith("Unidentified")
              and intercept.match(text, x.span.end, min(len(text), x.span.end + 60))]
    if not acting:
        return None
    first = min(acting, key=lambda x: x.order)
    own = first.span.attrs.get("country") if first.kind == "state" else None
    launchers = [x for x in armed if x.name != first.name
                 and not (own and x.kind == "state" and x.span.attrs.get("country") == own)]
    return first, (min(launchers, key=lambda x: x.order) if launchers else None)


def _paired_sides(doc: Doc, armed: list[_Cand]) -> tuple[_Cand, _Cand] | None:
    """Two named communal or ethnic militias written as one coordinated pair ("herders from
    X and Y", "the X and Y militias"), first named first; None where there is no such pair."""
    named = sorted((x for x in armed if x.kind == "identity_militia"
                    and not x.span.attrs.get("generic") and not x.name.startswith("Unidentified")),
                   key=lambda x: x.span.start)
    for a, b in zip(named, named[1:], strict=False):
        if a.name != b.name and _CONJ.fullmatch(doc.text[a.span.end : b.span.start]):
            return a, b
    return None


def _intervening(doc: Doc, x: _Cand) -> bool:
    """Whether the mention is followed by its intervention or response ("police
    intervened", "police respond to the attack", "police who responded")."""
    return bool(_INTERVENE_RIGHT.match(doc.text, x.span.end, min(len(doc.text), x.span.end + 60)))


@lru_cache(maxsize=1)
def _helper_re() -> re.Pattern[str]:
    words = load_yaml("lexicons/actors_roles.yaml")["force_helpers"]
    return re.compile(rf"\s+(?:{words_alternation(words)})\b", re.I)


def _helper_of_force(doc: Doc, x: _Cand) -> bool:
    """A force noun that only qualifies a civilian who helps it ("a police informant")."""
    return bool(_helper_re().match(doc.text, x.span.end, min(len(doc.text), x.span.end + 20)))


def _attacker_first(event_date: str | None) -> bool:
    """Whether the event's year is one in which ACLED names the side that attacked first in a
    battle with a state force, rather than the state side whoever fired first: from the year
    ``attacker_first_since`` of actors_roles.yaml on. An event of unknown year keeps the
    state-first convention of the earlier years."""
    year = (event_date or "")[:4]
    if not year.isdigit():
        return False
    return int(year) >= int(load_yaml("lexicons/actors_roles.yaml")["attacker_first_since"])


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
