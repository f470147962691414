"""Casualty figures and counts: "at least 21 people were killed", "killing 50 fighters",
"the death toll rose to 8", "no one was hurt", "18 air raids".

How it works, and why it is fast: one pre-filter regex (outcome words, casualty nouns, count
units) picks the few sentences worth reading; inside them a single number regex finds every
figure (digits, number words, vague quantities such as "dozens"), and small anchored patterns
decide what each figure counts by looking at the words right after it ("... people were
killed", "... dead", "... air strikes") or right before it ("killing ...", "toll rose to
..."). All word lists live in ``data/lexicons/numbers.yaml``.
Misspelt outcome words ("kiled", "killied", "fatalaties": same first letter, same consonants,
one edit, two in long words; never short words or listed look-alikes) are read as the word:
the tagger then reads a corrected copy of the text and maps its spans back to the original.

Layer ``numbers``; labels "killed", "injured", "killed_or_injured", "count", "arrested",
"abducted"; attrs:
    low, best, high   ints or None ("dozens" -> 12/12/None, "up to 15" -> None/15/15)
    qualifier         "at least" | "more than" | "about" | "up to" | None
    who               "civilians" | "fighters" | "militants" | "soldiers" | "police" |
                      "children" | "women" | None
    unit              for counts ("strikes", "vehicles", ...), else None
    negated           "no one was hurt" (low = best = high = 0)
    cumulative        a total over a long period ("since 2011 ... have been killed")
    civilians         for a figure followed by "including N civilians"
    subset            True for the "N civilians" inside such a figure (not to be added)
    also              the figure adds victims ("another", "also", "two others ... as well",
                      "2 raiders and 2 civilians killed", "... and then himself")
    victim_start, victim_end   offsets of the victim noun phrase, when there is one
    single            one victim named in passing ("the man", "he later died", "a trader",
                      a proper name, "the body of ..."): does not lower a larger toll
    shot              a "killed_or_injured" figure from "shot" ("3 were shot"): the ones not
                      told killed count as wounded in ``casualties_for``
    weak              a death told without a figure ("a fatal shooting"): used only when no
                      other killed figure exists
    joined            an "also" figure joined to the one before it ("... shot in the leg and a
                      woman shot in the arm"): a part of a larger toll told earlier adds nothing
    self              the killer's own death ("... and then himself"): added at most once
    per_event         an ACLED note's "... with 1 fatality each": the toll of each coded event
    shared            "6 deaths (coded across 6 events)", a note's "... over the course of
                      three days" (ACLED codes one event a day): the figure was divided by that many
    contrast          (on copies made by ``casualties_for``) a wounded victim told as "another"
                      right after a death: no addition to the wounded
    named             a victim named as shot or wounded ("John Doe was shot"): each name counts
                      once among those shot
    update            a risen toll ("the death toll rose to 5", "was raised from 1 to 4"): told
                      after the lead report and higher, it replaces it in ``casualties_for``
    mishap            a death or wound no one inflicted ("killed by an elephant", "in a road
                      accident, killing two"): not an event's toll
    prior             the toll of an earlier act the report's act is told to follow ("the
                      raids follow attacks which killed eight"): left out of an event's toll
                      that has another (``casualties_for``)
    cause             the killing is the cause of a protest in the same sentence ("residents
                      blocked the road after a rider was killed") or an ACLED note's "coded
                      separately": not this event's toll

US police-report style is read as well: a bare age names one victim ("17-year-old shot,
killed"), an age between commas is no toll ("John Doe, 23, was killed"), "sent five people to
the hospital" and "taken to Mercy Hospital" are shootings (the ones not killed count as
wounded), and a wounded victim later told dead ("he later died") counts once, as killed, as
does a part of the wounded told dead ("five were wounded ... one of them later died": four
wounded); victims "suffering from gunshot wounds" or "struck by gunfire" are those shot.

Victims without a figure are read too: a singular noun after a killing verb ("a mob killed a
suspected thief", "killed a chief and his assistant"), a definite or pronoun victim ("the man
later died", "shot him dead"), a headline's bare noun ("gunmen kill police reservist"); a
killing inside a relative or accusing clause ("a man who had killed his father", "suspected
of killing") or after "nearly" / "tried to" does not count.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

import ahocorasick
from rapidfuzz.distance import DamerauLevenshtein

from sitrep.doc import DATES, NUMBERS, SENTENCES, TRIGGERS, Doc, Span
from sitrep.nlp.regex_guard import guard as _guard
from sitrep.nlp.regex_guard import guarded as _guarded
from sitrep.nlp.resources import load_yaml

# The labels of casualty spans (the others, "count", "arrested", "abducted", are not tolls).
CASUALTY_LABELS = frozenset({"killed", "injured", "killed_or_injured"})

# "shot in the leg", "shot twice in his left arm": a wound, not a death
_LIMB_SHOT = (
    r"(?:once\s+|twice\s+|several\s+times\s+|multiple\s+times\s+)?in\s+(?:the|his|her|their|both)\s+"
    r"(?:left\s+|right\s+|upper\s+|lower\s+)?(?:legs?|arms?|foot|feet|hands?|shoulders?|buttocks|back|stomach|abdomen"
    r"|thighs?|knees?|ankles?|hips?|side|wrists?|groin|torso|elbow|calf)\b"
)


# "nine people were shot and one man was killed": after "shot and" a new clause with its own
# subject, not a second verb ("shot and killed", "shot and wounded")
_NEW_CLAUSE = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|an?|the|another|his|her|their|at\s+least|police"
    r"|officers|authorities|he|she|they)\b"
)
# "a woman was shot and is in stable condition", "shot and remains hospitalized": a second
# verb of the same subject that tells a state, not a second outcome ("shot and killed")
_SHOT_AND_STATE = r"(?:is|are|was|were|remains?|remained|survived|hospitali[sz]ed|listed|expected)\b"
# "a man shot at twelve people", "the gunman shot at them": a shooter who fired at others, no victim
_SHOT_AT = (
    r"at\s+(?:him|her|them|us|me|police|officers|deputies|troopers|dozens|several|multiple"
    r"|a\s+(?:group|crowd|dozen)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?:people|persons|men|women|officers|others|teens|students|victims|deputies))\b"
)


# "suffered non-life-threatening injuries", "sustained a gunshot wound", "treated for minor
# wounds": wounded (not "suffered fatal injuries")
_WOUNDS = (
    r"(?:suffered|sustained|suffering|sustaining|received|receiving|treated\s+for|recovering\s+from)\s+"
    # ("sustained what police described as minor injuries": a told description between)
    r"(?:what\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|was|as|be)\s+)?"
    r"(?:from\s+)?(?:(?!fatal|mortal|deadly)[\w-]+\s+){0,4}?(?:injuries|injury|wounds?)"
)
# "one victim survived": wounded (not an obituary's "he is survived by his wife")
_SURVIVED = r"survived(?!\s+by\b)"
# "was not seriously hurt": hurt, only not badly (not a denial: "was not hurt")
_NOT_BADLY = r"not\s+(?:seriously|critically|severely|badly|gravely|life-threateningly)\s+(?:hurt|injured|wounded)"
# "in critical condition", "in stable but serious condition": a hospital state, wounded
_CONDITION = (
    r"in\s+(?:critical|serious|stable|fair|good|grave)(?:\s+(?:but|and)\s+(?:critical|serious|stable|fair|good))?"
    r"\s+condition"
)
# "taken to Rhode Island Hospital", "airlifted to an area trauma center": hurt or killed
_TO_HOSPITAL = (
    r"(?:(?:taken|transported|rushed|airlifted|air\s+lifted|flown|brought|driven|sent)\s+(?:by\s+\w+\s+)?to"
    r"|(?:treated|hospitali[sz]ed)\s+at)\s+"
    # ("a local hospital", "two area hospitals")
    r"(?:(?:the|a|an|area|local|nearby|two|several|different|separate)\s+){0,2}(?:(?-i:[A-Z][\w'’.-]*)\s+){0,5}"
    r"(?:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?)"
)
# "showed up at a local hospital with a gunshot wound", "walked into the hospital with a
# bullet wound": wounded (they came in by themselves)
_WALKED_IN = (
    r"(?:arrived|showed\s+up|walked|went|came|turned\s+up)\s+(?:in)?(?:to|at)\s+"
    r"(?:(?:the|a|an|area|local|nearby|two|several|different|separate)\s+){0,2}(?:(?-i:[A-Z][\w'’.-]*)\s+){0,5}"
    r"(?:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?|emergency\s+room)"
    r"(?:\s+in\s+(?:(?-i:[A-Z][\w'’.-]*)\s+){1,3}?|\s+)with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:gunshot|bullet|graze)\s+wounds?"
)
# "a shooting sent five people to the hospital"
_SENT_TO = re.compile(
    r"\s*(?P<noun>(?:[\w'’-]+\s+){0,2}?)(?:to|in)\s+(?:(?:the|a|an|area|local|nearby|two|several|different)\s+)?"
    r"(?:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?|emergency\s+room)\b",
    re.IGNORECASE,
)
_HOSPITAL_END = re.compile(r"(?:hospitals?|cent(?:er|re)s?|room)$", re.IGNORECASE)
# "ages 20 and 27", "told News 2": an age or a channel, not a toll
_NOT_TOLL_BEFORE = frozenset(("age", "ages", "aged", "news", "channel", "fox", "abc", "cbs", "nbc", "cw"))
# "ages 22, 26, 29 and": the last of a list of ages
_AGE_LIST_BEFORE = re.compile(
    r"\bage[sd]?\s+(?:of\s+|between\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+and\s+$", re.IGNORECASE
)
# A figure right after "the ages of", "aged between" is the victims' ages, not a toll (one
# after "ages" or "aged" is left out by ``_NOT_TOLL_BEFORE``)
# The whole a toll is part of ("six out of the 80 guests"), and a TV station's number ("8 News").
_WHOLE_BEFORE = re.compile(r"\bout\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_STATION_AFTER = re.compile(r"\s+News\b")
_AGE_LAST = frozenset({"of", "between"})
_AGES_BEFORE = re.compile(r"\b(?:aged\s+between|ages\s+of)\s+$", re.IGNORECASE)
_BODY_PART = re.compile(
    r"\b(?:hands?|foot|feet|legs?|arms?|fingers?|toes?|knees?|thighs?|ankles?|shoulders?|hips?|wrists?)$", re.IGNORECASE
)
# "sent five to the hospital", "lands four men in hospital", "put two in the hospital"
_SENT_BEFORE = frozenset(("sent", "sending", "sends", "send", "lands", "landed", "landing", "put", "puts", "putting"))


# Victim nouns (numbers.yaml "who") that make a death a civilian death.
_CIVILIAN_WHO = frozenset({"civilians", "children", "women"})
# Words that tell a figure adds victims ("also", "another"): ``_Lexicon.also``.
_ALSO_WORDS = ("also", "another", "additional", "further")


def _alt(words: list[str] | set[str] | dict[str, Any]) -> str:
    """A regex alternation of ``words`` built as a character trie ("kill(?:ed|ing)?..."): the
    engine then tests each character once instead of every word in turn, which makes the
    long outcome-word lists several times cheaper to try. Longer words still win (each
    optional continuation is greedy); a space matches any run of white space."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def gen(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + gen(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return gen(trie)


_I = re.IGNORECASE


class _Lexicon:
    def __init__(self) -> None:
        d = load_yaml("lexicons/numbers.yaml")
        self.units: dict[str, int] = d["units"]
        self.tens: dict[str, int] = d["tens"]
        self.mult: dict[str, int] = d["multipliers"]
        self.vague: dict[str, int | None] = d["vague"]
        self.fractions: dict[str, float] = d["fractions"]
        self.qualifiers: dict[str, str] = d["qualifiers"]
        self.who: dict[str, str] = d["who"]
        self.count_units: dict[str, str] = d["count_units"]
        persons = set(d["person_nouns"]) | set(self.who)
        self.persons = persons
        self.non_persons = frozenset(d["non_person_nouns"])
        self.plurals = frozenset(d["plural_nouns"])
        self.not_suffixed = frozenset(d["not_person_suffixed"])
        kill_verbs = [w for w in d["killed_active"] if w not in ("left", "leaving") and " of" not in w]
        # Headline style, no article: "gunmen kill police reservist", "terror suspect killed".
        self.bare_object = _guarded(re.compile(
            rf"\b(?:{_alt(kill_verbs)})\s+(?P<np>(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)(?=\s*(?:[,.;:()]|$|\s+(?:in|at|on|near|"
            # "mob lynches man suspected of theft": a participle clause after the victim
            r"outside|inside|during|after|while|when|as|and|who|from|with|over|for|by|because|following|dead"
            r"|suspected|accused|believed|alleged|thought)\b))",
            _I,
        ))
        # Headline style, a wounded victim: "Teen injured in hunting accident", "Woman
        # recovering after being shot", "Deputy shot in Elm County" (a shooting, told apart
        # from a death by ``casualties_for``).
        self.bare_hurt = re.compile(
            # "Boy, 3, wounded in ...": an age between commas after the noun
            # (the word lists behind first-character guards: tried after each word of the noun)
            r"(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?:,\s*\d{1,3},)?\s+"
            + _guard(r"(?:(?:was|is|has\s+been|had\s+been)\s+)") + "?"
            + _guard(r"(?:(?:critically|seriously|accidentally|reportedly|allegedly)\s+)") + "?"
            + _guard(r"(?:(?P<i>injured|wounded|hurt|hospitali[sz]ed|recovering|critical(?!\s+of\b))|(?P<kor>shot))") + r"\b"
            r"(?!\s+(?:dead|and\s+killed|to\s+death|him|her|himself|herself|an?|the|his|one|two|\d+)\b)"
            # "Gunman shot at a dozen people": the shooter
            r"(?!\s+" + _SHOT_AT + ")",
            _I,
        )
        self.bare_subject = re.compile(
            # "Driver of former MP John Doe (XYZ) was killed": an "of" phrase after the noun
            # or "Gang member responsible for the racket (bus) was shot dead"
            r"(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?:,\s*\d{1,3},|\s+(?:of|responsible\s+for|linked\s+to|known\s+as)\s+"
            r"(?:[\w'’.-]+\s+|\([^()]{1,30}\)\s+){0,6}?[\w'’.-]+(?:\s*\([^()]{1,30}\))?)?"
            r"\s+" + _guard(r"(?:(?:was|is|has\s+been|had\s+been)\s+)") + "?"
            + _guard(r"(?:(?:reportedly|allegedly|later)\s+)") + "?"
            + _guard(r"(?:killed|shot\s+dead|shot\s+and\s+killed|murdered|lynched|assassinated|beheaded|(?:hacked|stabbed"
                     r"|speared|stoned|beaten|burnt|burned)\s+to\s+death|found\s+dead|dies|died|gunned\s+down|executed|slain"
                     # "Teen, 17, dead in ...", "Man dead after ...", "Boy dead from gunshot wound"
                     r"|dead(?=\s+(?:in|at|after|following|on|near|inside|outside|from)\b))")
            + r"\b(?!\s+(?:an?|the|his|her|one|two|\d+)\b)",
            _I,
        )

        word_num = (
            rf"(?:(?:{_alt(self.tens)})(?:[-\s](?:{_alt([u for u in self.units if self.units[u] < 10])}))?"
            rf"|(?:{_alt(self.units)}))"
        )
        word_num = rf"{word_num}(?:\s+(?:{_alt(self.mult)})(?:\s+(?:and\s+)?{word_num})?)?"
        digits = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*(?:million|thousand|hundred))?"
        single = r"(?:\d+|" + word_num + ")"
        # ages in words: "ten-year-old", "twenty-five-year-old"
        age_words = rf"(?:{_alt(self.tens)})(?:-(?:{_alt([u for u in self.units if self.units[u] < 10])}))?|(?:{_alt(self.units)})"
        qual = rf"(?:(?P<qual>{_alt(self.qualifiers)})\s+)?"
        vague = _alt([v for v in self.vague if v not in ("some",)])
        # One figure: qualifier, then a range, a number, or a vague quantity.
        figure = (
            rf"{qual}(?:"
            rf"between\s+(?P<r1>{single})\s+and\s+(?P<r2>{single})"
            rf"|(?P<a>{digits}|{word_num})(?:\s*(?:-|–|to|or)\s*(?P<b>{digits}|{word_num}))?"
            rf"|(?P<vague>{vague})"
            rf"|(?P<single>an?|one|his|her|their|another)(?=\s)"
            # "the" only before an outcome ("the man later died") or after a killing verb
            # ("killing the man"): checked inside the pattern, as "the" is the commonest word.
            # The "(?=the\s)" guard spares the score of look-behinds at every other word.
            rf"|(?P<defn>(?=the\s)(?:{_THE_AFTER_VERB})the(?=\s)|the(?={_DEFN_AFTER.pattern}))"
            rf")"
        )
        # A figure's first word: a digit, a number word (then a non-word character, or the
        # "to" / "or" of a range written without a space), or the first word of a qualifier,
        # a vague quantity, "between" or a determiner. A look-ahead on it states what the
        # figure needs anyway (the same matches), and spares the full attempt of every
        # alternative at the other words ("in", "said", "shot"): a sixth of the scan. (A new
        # alternative of ``figure`` must add its first words here; tests/test_numbers_speed.py
        # compares the pattern with and without this look-ahead.)
        first_words = (
            {q.split()[0] for q in self.qualifiers} | {v.split()[0] for v in self.vague} | set(self.units)
            | set(self.tens) | {"between", "the", "a", "an", "one", "his", "her", "their", "another"}
        )
        self.figure_first = rf"(?=\d|{_alt(first_words)}(?:(?!\w)|to|or))"
        # (after a period only in a scraped page's joined sentences: "the scene.Two men were ...";
        # never the minutes of a clock time or a video's length: "4:12 Singer declared dead ...";
        # nor the tens of an age written in words: "Thirty-one-year-old John Doe died")
        self.number = re.compile(
            rf"(?<![\w,/])(?<!\d:)(?:(?<!\.)|(?<=(?-i:[a-z])\.)(?=(?-i:[A-Z])))(?<![\w.,/]-){self.figure_first}{_guard(figure)}(?![\w]|,\d|\.\d|:\d|/\d|-[a-z]+-\s*(?:year|month|week|day|yr)|-\s*(?:year|month|week|day|yr|meter|metre|yard|mile|foot|feet|inch|pound|time|hour|minute|point|round|caliber|calibre|gauge)|\s*(?:%|per\s*cent|percent|km|kilomet|miles?|metres?|meters?|years?|yrs?\b|months?|weeks?|days?|hours?|minutes?|times\b|o'clock|blocks?\b|am\b|pm\b|a\.m|p\.m|kg|tons?|tonnes?|dollars?|shillings?))",
            _I,
        )
        self.word_value = re.compile(rf"^{word_num}$", _I)
        # A bare age names one victim in headlines and US police reports ("17-year-old shot
        # in ...", "police said 19-year-old John Doe died"). A pattern of its own, tried only
        # where "year" occurs (one more alternative in ``number`` costs a sixth of its time);
        # its other groups never match, so its matches read like ``number``'s.
        never = "".join(f"(?P<{g}>(?!x)x)?" for g in ("qual", "r1", "r2", "a", "b", "vague", "single", "defn"))
        self.age = _guarded(re.compile(
            rf"(?<![\w.,-]){never}(?P<age>(?:\d{{1,3}}|{age_words})(?:-\s*|\s)(?:year|month|week|day|yr)s?[-\s]old)(?=[\s,])", _I
        ))

        def words(key: str) -> str:
            return _alt(d[key])

        # Outcome right after the victims: "... people were (reportedly) killed".
        aux = _guard(r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|have|has|had|got|get|being|been|be|remain|remains|remained|lay|lie|reported|confirmed|left|found|discovered|known\s+to\s+have\s+been|reported\s+to\s+have(?:\s+been)?|said\s+to\s+have)\s+")
        adv = _guard(r"(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
                     r"|on\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?|then|reportedly|allegedly|accidentally|mistakenly|also|all|later|currently|still|now|instantly|immediately|subsequently|believed\s+to\s+have\s+been|feared|said\s+to\s+have\s+been|confirmed|critically|seriously|badly|slightly|both|among\s+those)\s+")
        aside = _guard(
            r"(?P<aside>\([^()]{0,120}\)\s*|(?<=\s)(?:--|[-–—])\s+[^-–—.;()]{1,80}?\s+(?:--|[-–—])\s*|,\s*(?:including|among\s+them|mostly|all\s+of\s+them|who|an?|aged|\d{1,3}-year-old)\b[^,.;()]{0,80},\s*|,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:,\s*\d{1,3})?,\s*|,\s*(?:ages?\s+)?\d{1,3}(?:\s*(?:and|,|to|-|–)\s*\d{1,3})*,\s*|(?<=[^\W\d_]),\s+(?=(?:was|is|has|had)\s))"
        )
        who = _guard(r"(?:who|that)\s+")
        # What the passive pattern ends with: the outcome ("killed", "taken to hospital").
        out = (
            rf"(?P<out>(?P<kor>{_TO_HOSPITAL}|{words('killed_or_injured_passive')}(?<!shot)|shot(?!\s+(?:dead|(?:and|&)\s+(?!{_NEW_CLAUSE}|{_SHOT_AND_STATE})|to\s+death|{_LIMB_SHOT}|but\s+survived|{_SHOT_AT})))"
            rf"|(?P<k>{words('killed_passive')})|(?P<i>shot\s+{_LIMB_SHOT}|{_WOUNDS}|{words('injured_passive')}|{_SURVIVED}|{_CONDITION}|{_WALKED_IN}|{_NOT_BADLY})"
            rf"|(?P<arr>{words('arrested_passive')})|(?P<abd>{words('abducted_passive')}))"
        )
        # (the first verb may carry a short place: "dragged from his car and killed")
        compound = _guard(
            rf"(?:{_alt(d['compound_first_verbs'])})(?:\s+(?:from|out\s+of|into|in|at|to)\s+(?:his|her|their|the|a)\s+[a-z]+)?"
            rf"(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)"
            rf"(?:(?:{_alt(d['compound_first_verbs'])})(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+))?"
            # "two men were shot and later died"
            r"(?:(?:later|then|eventually|subsequently)\s+)?"
        )
        self.passive = re.compile(
            rf"\s*(?P<noun>(?:[\w'’\"“”-]+\s+){{0,5}}?(?:[\w'’-]+(?=,))?){aside}?{who}?{aux}?{adv}*{aux}?{adv}*"
            # "were attacked and killed", "shot, hacked and beheaded", headline "shot, killed"
            rf"{compound}?"
            rf"{_guard(out)}\b",
            _I,
        )
        # The victim noun, a post-modifier, then the outcome: "five suspects linked to the
        # raid were shot dead", "ten officers from the camp, on patrol near the border, died",
        # "a man suspected of theft was lynched". The modifier opens with a preposition or a
        # participle; ``_postmod_ok`` refuses one that holds a clause of its own.
        self.postmod = re.compile(
            rf"\s*(?P<noun>(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)"
            # (a short quoted name inside it: 'a cleric known as "Baba" was shot dead')
            rf"(?P<mod>,?\s+(?:{_alt(d['postmod_openers'])}|[a-z]+ing|[a-z]+ed)\s(?:[^.;:!?\n\"“”]|[\"“][^\"“”.;:!?\n]{{1,30}}[\"”]){{1,110}}?)"
            rf",?\s+(?P<aux>{aux})?{adv}*{aux}?{adv}*{compound}?{_guard(out)}\b",
            _I,
        )
        self.postmod_stops = frozenset(d["postmod_stops"])
        self.noncombatants = frozenset(d["noncombatant_nouns"])
        # "... shot by police", "shot in attack by armed raiders": a victim's armed shooter
        # right after the shot span (``_note_shot``; "allegedly", a short phrase between)
        self.shot_by = re.compile(
            r"(?:\s+(?:allegedly|reportedly))?(?:\s+(?:in|during)\s+(?:an?\s+)?[a-z]+)?\s+by\s+"
            rf"(?:(?:armed|suspected|unknown|unidentified|the|a|an|some|a\s+group\s+of|a\s+gang\s+of)\s+){{0,3}}"
            rf"(?:[A-Z][\w-]+\s+)?{_alt(d['armed_shooters'])}\b",
            _I,
        )
        # "... adding they were all security guards", "all of them were fighters": the dead just
        # told were combatants, whatever noun the toll gave them ("four people were killed")
        self.all_combatants = re.compile(
            r"\b(?:(?:they|those\s+killed|the\s+dead|the\s+victims|the\s+slain|all\s+of\s+them|all\s+(?:four|five|six|seven|eight|nine|ten|\d+))"
            r"\s+(?:were|are|had\s+been)\s+(?:all\s+|both\s+|reportedly\s+|said\s+to\s+be\s+)*"
            r"|,\s*all\s+(?:of\s+them\s+)?)"
            # (words of a noun phrase: no preposition or participle, "they were attacked by gunmen")
            r"(?:(?!(?:by|with|from|near|against|at|in|on|to|for|among|while|after)\b)(?![\w'’-]*(?:ed|ing)\s)[\w'’-]+\s+){0,4}?"
            rf"(?:{_alt(d['combatant_nouns'])})\b"
            # "they were all members of the same family": kin, not a force
            r"(?!\s+of\s+(?:the\s+|a\s+|one\s+|his\s+|her\s+|their\s+)?(?:same\s+|local\s+)?"
            r"(?:family|families|household|press|public|community|clan|tribe|congregation)\b)",
            _I,
        )
        self.outcome_noun = re.compile(
            rf"\s*(?P<noun>(?:[\w'’-]+\s+){{0,2}}?)(?P<out>(?P<kor>{words('killed_or_injured_nouns')})|(?P<k>{words('killed_nouns')})|(?P<i>{words('injured_nouns')}))\b",
            _I,
        )
        self.unit = re.compile(
            rf"\s*(?P<noun>(?:[\w'’-]+\s+){{0,2}}?)(?P<unit>{_alt(self.count_units)})\b", _I
        )
        self.active_before = _guarded(re.compile(
            rf"\b(?:(?P<k>(?:{words('killed_active')}){_THEN_VERB})|(?P<i>{words('injured_active')})|(?P<arr>{words('arrested_active')})|(?P<abd>{words('abducted_active')})|(?P<kor>{words('shot_active')}))\s+(?:(?:a\s+)?total\s+of\s+|only\s+|about\s+|some\s+|either\s+|(?:his|her|their|its|the)\s+"
            # "injured another four", "killed a further two": more victims ("also" near the figure)
            r"|another\s+|an\s+additional\s+|a\s+further\s+"
            # "killing himself and five others": the bomber first, his victims after ("him/herself"
            # is added as one more death by the ``_SELF_KILL`` pass)
            r"|(?:him|her|them)sel(?:f|ves)\s+and\s+)?$",
            _I,
        ))
        self.active_last = frozenset(
            p.split()[-1]
            for k in ("killed_active", "injured_active", "arrested_active", "abducted_active", "shot_active")
            for p in d[k]
        ) | {"of", "only", "about", "some", "either", "his", "her", "their", "its", "the", "another", "additional",
             "further"} | set(d["shot_active"])
        # (checked with "self" just before it: "killing herself and four others")
        self.self_and = re.compile(r"sel(?:f|ves)\s+and\s+$", _I)
        self.toll_last = frozenset("rose risen rises climbed climbs reached reaches increased increases jumped stands "
                                   "stood is was hit up now at to raised revised upward upwards from".split())
        self.toll_before = _guarded(re.compile(
            rf"\b(?:(?P<k>{words('toll_words')})|(?P<i>{words('injured_toll_words')}))\s+(?:\w+\s+){{0,3}}?(?:has\s+|had\s+|have\s+)?(?:(?:been\s+|was\s+|is\s+)?(?P<up>rose|risen|rises|climbed|climbs|increased|increases|jumped|went\s+up|raised|revised(?:\s+upwards?)?)\s+(?:from\s+[\w,.-]+\s+)?(?:to\s+)?|(?:reached|reaches|stands|stood|is|was|hit|now)\s+(?:at\s+|to\s+)?|(?P<upfrom>from)\s+[\w,.-]+\s+to\s+|(?P<rng>from)\s+)$",
            _I,
        ))
        # "a hospital put the death toll at 12", "medics placed the dead at nine": a source's
        # toll given as its estimate, verb before the toll noun (``toll_before`` has the noun
        # first); without it only the other side's claim in the sentence was read as the toll
        self.toll_put = _guarded(re.compile(
            rf"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets|setting)\s+"
            rf"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?P<k>{words('toll_words')}|dead|number\s+killed)"
            rf"|(?P<i>{words('injured_toll_words')}|wounded|injured))\s+at\s+$"
            r"(?P<up>(?!))?(?P<upfrom>(?!))?(?P<rng>(?!))?",  # (the groups ``toll_before`` has, never set)
            _I,
        ))
        # "left six people, including a woman and two children, dead": the aside names a part
        self.toll_far = _guarded(re.compile(
            r"\b(?P<k>death\s+toll|toll\s+of\s+(?:the\s+)?dead)\s+(?:of|in|from)\s+[^.;:!?()\d]{5,180}?\s+"
            r"(?:has\s+|had\s+|have\s+)?(?:(?P<up>risen|rose|climbed|increased|jumped)\s+to|reached)\s+$"
            r"(?P<i>(?!))?(?P<upfrom>(?!))?(?P<rng>(?!))?",  # (the groups ``toll_before`` has, never set)
            _I,
        ))
        self.left_after = re.compile(
            r"\s*(?P<noun>(?:[\w'’-]+\s+){0,2}?|(?:[\w'’-]+\s+)?[\w'’-]+(?=,\s*(?:including|among\s+them)\s))"
            r"(?:,\s*(?:including|among\s+them)\s[^,.;:()]{1,80}?,?\s+)?(?:(?P<k>dead)|(?P<i>injured|wounded|hurt))\b", _I
        )
        self.including = re.compile(
            r"\s*,?\s*(?:including|incl\.|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", _I
        )
        # the last word of each fraction ("half", "thirds"): one of them is in any match
        self.fraction_words = tuple(sorted({f.split()[-1].lower() for f in self.fractions}))
        self.fraction = _guarded(re.compile(
            rf"\b(?P<frac>{_alt(self.fractions)})\s+of\s+(?:them|those|the\s+[\w-]+)", _I
        ))
        self.conj_after = re.compile(r"(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)$", _I)
        self.block_words = frozenset(
            "in at on after when while by during with to into near as than since before "
            "for which where attack attacks clash clashes fighting said say says and or but the "
            "were was had has have been is are this that these those it its".split()
        )
        # Words allowed between a number and the victim noun (adjectives, ages, nationalities):
        # anything not in block_words.
        self.negations = [_guarded(re.compile(p, _I)) for p in d["negation_patterns"]]
        self.outcome_word = _guarded(re.compile(
            rf"\b(?:(?P<kor>{words('killed_or_injured_passive')}|{words('killed_or_injured_nouns')})|(?P<k>{words('killed_passive')}|{words('killed_nouns')}|died|lives)|(?P<i>{words('injured_passive')}|{words('injured_nouns')}|harmed|unhurt|unharmed))\b",
            _I,
        ))
        self.also = _guarded(re.compile(rf"\b(?:{'|'.join(_ALSO_WORDS)})\b", _I))
        cues = (
            set(d["killed_passive"]) | set(d["injured_passive"]) | set(d["killed_or_injured_passive"])
            | set(d["arrested_passive"]) | set(d["abducted_passive"]) | set(d["killed_active"])
            | set(d["injured_active"]) | set(d["arrested_active"]) | set(d["abducted_active"])
            # "shooting" is in nearly every sentence of a US crime story: its verb use
            # ("shooting four people") is read when another cue is near
            | (set(d["shot_active"]) - {"shooting"})
            | set(d["killed_nouns"]) | set(d["injured_nouns"]) | set(d["killed_or_injured_nouns"])
            | set(d["toll_words"]) | set(self.count_units) | {"unhurt", "unharmed", "harmed"}
            | set(d["extra_cues"])
        )
        # Aho-Corasick over the lower-cased text: one pass finds every cue; a big
        # case-insensitive alternation costs ~50 times more on a 3,000-character article.
        self.cues = ahocorasick.Automaton()
        for w in cues:
            self.cues.add_word(w.lower(), len(w))
        self.cues.make_automaton()
        # deaths that are no violence: a wild animal's victim, a road accident's
        animals = _alt(d["killer_animals"])
        mishaps = _alt(d["mishaps"])
        self.mishap_after = re.compile(
            rf"\s*(?:by\s+(?:an?|the)\s+(?:wild\s+|stray\s+|rogue\s+)?(?:{animals})s?\b"
            rf"|(?:[\w'’-]+\s+){{0,6}}?(?:in|after|during)\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?)?(?:{mishaps})s?\b)", _I
        )
        self.mishap_before = re.compile(
            rf"\b(?:in|after|during)\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?)?(?:{mishaps})s?\s*,?\s*(?:[a-z]+ing\s+)?$", _I
        )
        self.cumulative_cues = ahocorasick.Automaton()
        for w in d["cumulative_cues"]:
            self.cumulative_cues.add_word(w.lower(), len(w))
        self.cumulative_cues.make_automaton()
        # "a total of two people killed in the protests": a sum over several incidents (the
        # plural event noun a few words after "in"/"during"/"across"), read as a cumulative cue
        self.total_incidents = re.compile(
            rf"\ba\s+total\s+of\b[^.;:]{{0,80}}?\b(?:in|during|across|over|from)\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{_alt(d['total_incidents'])})\b", _I
        )
        # misspelt outcome words: first letter -> [(skeleton, word)] (see ``_misspelt``)
        self.fuzzy: dict[str, list[tuple[str, str]]] = {}
        for w in d["fuzzy_outcomes"]:
            self.fuzzy.setdefault(w[0], []).append((_skeleton(w), w))
        self.fuzzy_known = frozenset(d["fuzzy_outcomes"]) | frozenset(d["fuzzy_not"])


def _skeleton(word: str) -> str:
    """A word's consonants in order, doubled letters once: "killied" -> "kld" (= "killed")."""
    out: list[str] = []
    for ch in word:
        if ch not in "aeiou" and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


_LONG_WORD = re.compile(r"[A-Za-z]{5,}")
# An acronym in brackets inside a name ("the Lands Commission (NLC) surveyor was killed"):
# the tagger reads the text without it, so that the victim noun phrase is whole.
_ACRONYM = re.compile(r"(?<=[A-Za-z])\s+\([A-Z]{2,8}s?\)(?=\s+[A-Za-z])")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


def cumulative_cues() -> ahocorasick.Automaton:
    """The cues of a cumulative toll ("since the war began", "this year", "since Monday"):
    each found value is the cue's length. The events step reads them to tell a long period's
    toll from a few days'."""
    return _lexicon().cumulative_cues


_NAME_COMMA = re.compile(r"[^\W\d_][\w'’.-]*,\s*$")
# (or a dash or a bracket closing a list of victims: "a male, 28, and a female, 20 - were taken")
_AGE_AFTER = re.compile(r",|\s+and\s+\d{1,3},|\s*[-–—)]\s")
_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
_NOUN3 = re.compile(r"\s*(?P<noun>(?:[\w'’-]+\s+){0,2}[\w'’-]+)")
_NOUN4 = re.compile(r"(?P<noun>(?:[\w'’-]+\s+){0,3}[\w'’-]+)")
# "two of the raiders", "two of them", "three of his relatives": a part of a group
_OF_PART = frozenset(("the", "them", "those", "his", "her", "their", "its"))
_OF_KIN = re.compile(r" of (?:his|her|their) (?=\w)", re.IGNORECASE)
_NOUN_STOP = re.compile(
    r"\s+(?:and|in|at|on|near|during|after|when|while|,|as|with|from|who|whom|whose|which|that|over|for"
    r"|by|before|because|outside|inside|along|following|amid|accused|suspected|believed|said|is|was|were|are|of"
    # "the death of a child under the age of 18", "killing a man named ..."
    r"|under|aged|named|identified|between)\b"
)
_STOP_FIRST = frozenset(
    "in at on near during after when while as with from over for by before because outside inside along "
    "following amid and including to into"
    # "the bodies of three were found", "... of three belonging to the raiders": no noun
    " were was are is belonging".split()
)
# The verb of a relative or accusing clause: "a man who had killed his father", "suspected of
# killing two": the killing is background to the event, not its toll.
# "who shot dead two colleagues" is the event; "who had killed his father" is its background.
_RELATIVE_BEFORE = re.compile(
    r"(?:\bwho\s+(?:had|has|have|allegedly|reportedly"
    # "a man who police say shot and killed his wife" is the suspect of this event
    r"|(?:they|police|residents)(?!\s+(?:say|said|says)\s+(?!(?:had|has|have)\b))|is\s+(?:said|alleged|believed|accused)"
    r"|was\s+(?:said|alleged|believed|accused))\b(?:\s+[\w'’-]+){0,3}\s+|\b(?:suspected|accused|convicted|charged|arrested|jailed|sentenced|wanted"
    r"|blamed|responsible)\s+(?:of|for|with|over|in\s+connection\s+with|to\s+have)\s+(?:[\w'’-]+\s+)?)$",
    re.IGNORECASE,
)
# Another item of a victim list after an active verb: "killed a chief and his assistant".
# "and the driver": a list's last member told with the article (see _the_member)
_THE_MEMBER = re.compile(r"the\s+(?=[a-z])")
_AND_MORE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)")
_AND_WORD = re.compile(r"\band\b")  # which _AND_MORE joins with "and"
# A possessive before a list's next figure: "a man and his two children" (three victims).
_POSSESSIVES = frozenset(("his", "her", "their"))
_POSSESSIVE_GAP = re.compile(rf"(?:{'|'.join(sorted(_POSSESSIVES))})\s+", re.IGNORECASE)
# "militants shot dead a driver": an object after the outcome verb makes it active, not passive.
_OBJECT_NEXT = re.compile(
    r"\s+(?:an?|the|his|her|him|them|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    # or a person's name: "the suspect shot John Doe"
    r"|\s+(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|New|Police|Officers?|In|At|On)\b)[A-Z][a-z]+\s+[A-Z][a-z]+)\b",
    re.IGNORECASE,
)
# A figure right after an outcome that has its own outcome word ("2 killed 4 injured"): the
# next toll of a headline without commas, not the outcome's object.
_NEXT_TOLL = re.compile(
    r"\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:injured|wounded|hurt|dead|killed|shot)\b",
    re.IGNORECASE,
)
# A lower-case determiner after an outcome: its object ("shot dead a priest"); title case
# ("Injured By A Man") is a headline's agent.
_DET_NEXT = re.compile(r"\s+(?:an?|the|his|her|him|them|their|its)\s")
_AUX_IN = re.compile(r"\b(?:was|were|is|are|been|be|being|got|get|found)\b", re.IGNORECASE)
_SINGULAR_VERB = re.compile(r"(?:is|was)\b", re.IGNORECASE)
_PLURAL_VERB = re.compile(r"(?:are|were|have)\b", re.IGNORECASE)
_AGE = re.compile(r"\b\d{1,3}[\s-]*(?:years?|yrs?)[\s-]*old\b|\b\d{1,3}-year\b")
_OUTCOME_NOUNS = frozenset(("injured", "wounded", "hurt", "dead", "killed", "shot", "missing"))
_DETS = frozenset("a an the his her their its this that these those".split())
# "nearly lynched", "tried to kill": the verb did not happen.
_HEDGE_BEFORE = re.compile(
    r"\b(?:nearly|almost|attempt(?:s|ed|ing)?\s+to|tr(?:y|ies|ied|ying)\s+to|fail(?:s|ed)?\s+to|plott(?:ed|ing)\s+to|plots?\s+to"
    r"|plann(?:ed|ing)\s+to|plans?\s+to|threaten(?:s|ed|ing)?\s+to|want(?:s|ed)?\s+to|intend(?:s|ed|ing)\s+to|would|could|may|might)\s+$",
    re.IGNORECASE,
)
_VERB_NEXT = re.compile(r"\s+(?:is|was|were|are|has|had|have|died|dies)\b", re.IGNORECASE)
# A killing given as the cause of a protest or riot ("residents blocked the road after a rider
# was killed", "protesting the death of ..."): ACLED codes the protest with no fatalities.
_PROTEST = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|riot\w*|rampage|barricad\w*|block(?:ed|ing)|bonfires?|torch(?:ed|ing|es)?"
    r"|set\s+ablaze|placards?|mourn\w*|vigil|march(?:ed|ers?|ing))\b",
    re.IGNORECASE,
)
_PROTEST_GATE = ("protest", "demonstrat", "riot", "rampage", "barricad", "block", "bonfire", "torch", "ablaze",
                 "placard", "mourn", "vigil", "march")
# A protest whose cause is a death: "protesting over the killing of", "demonstrated against
# the death of", "in protest of a colleague who had died".
_PROTEST_CAUSE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|riot\w*|march\w*|procession)\s+(?:(?:over|against|of|following|after|at|for"
    r"|demanding\s+justice\s+for)\s+)?(?:the\s+)?(?:(?:alleged|suspected|brutal)\s+)?(?:(?:death|killing|murder|shooting"
    r"|lynching)s?\b|(?:an?|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?who\s+(?:had\s+|was\s+)?(?:died|killed))"
    # the cause told a few words on ("a procession in the town demanding justice for the death
    # of ...", "a protest held by relatives of the man beaten to death")
    r"|\b(?:protest\w*|demonstrat\w*|march\w*|procession)\s+(?:[\w'’-]+\s+){1,6}?(?:demanding\s+justice\s+for"
    r"\s+(?:the\s+)?(?:death|killing|murder|shooting|lynching)s?\b|by\s+(?:the\s+)?(?:relatives|family|families|friends)"
    r"\s+(?:and\s+[\w'’-]+\s+)?of\b)"
    # a gathering's demand for justice names its cause however far it is told from the
    # gathering's word ("a sit-in on the main road in X (Y) demanding justice for a student
    # killed by ...": a bracket of places between)
    r"|\b(?:protest|demonstrat|march|procession|sit.in|rall(?:y|ied|ies)|vigil)\w*[^.;]{0,80}?"
    r"\bdemand(?:s|ed|ing)?\s+justice\s+for\s+(?:[\w'’-]+\s+){1,5}?(?:who\s+(?:was|were|had\s+been)\s+)?"
    r"(?:killed|murdered|slain|lynched|shot|beaten\s+to\s+death)\b"
    # the mourners as the subject, the protest after them ("relatives of a man who died in
    # custody held a sit-in", "friends of a boy shot dead by police blocked the road")
    r"|\b(?:relatives|family\s+members|families|friends|parents|colleagues)\s+of\s+(?:an?|the|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:who\s+(?:had\s+)?(?:was\s+|were\s+)?(?:died|killed|shot|murdered|lynched)"
    r"|killed|murdered|shot\s+dead|lynched)\b"
    r"(?=[^.;]{0,160}\b(?:protest|demonstrat|march|procession|sit-in|rall(?:y|ied)|block|barricad|petition))",
    re.IGNORECASE,
)
_CAUSE = re.compile(
    r"\b(?:after|following|over|against|protest(?:ed|ing)?\s+(?:the|a)|(?:death|killing|murder|shooting|lynching)s?\s+of)\b",
    re.IGNORECASE,
)
# The figure's verb as a participle after a comma (", killing at least 60 people") or in a
# clause of its own (", and police shot dead two"): the toll of the sentence's main act. A
# protest word before it names a cause only when the cause clause tells violence of its own
# ("protested after police opened fire on a crowd, killing two"); "forces fired on
# worshippers protesting after Friday prayers, killing 60" tells the toll.
_RESULT_PARTICIPLE = re.compile(
    r",\s*(?:(?:killing|leaving|wounding|injuring)"
    # or a clause of its own: "..., and police shot dead two of them"
    r"|and\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:shot\s+dead|shot|killed|wounded|injured))\s+$",
    re.IGNORECASE,
)
_CAUSE_VIOLENCE = re.compile(
    r"\b(?:kill\w*|shot|shoot\w*|fired|firing|fire|murder\w*|lynch\w*|attack\w*|beat\w*|stabb\w*"
    r"|bomb\w*|shell\w*|struck|strikes?|raid\w*|clash\w*|dead|died|deaths?)\b",
    re.IGNORECASE,
)
# An outcome inside a post-modifier ("two men wounded in the raid were arrested"): the
# modifier is then a clause of its own, unless an accusation opens it ("suspected of killing").
_MOD_KILL = re.compile(
    r"\b(?:kill\w*|shot|shoot\w*|murder\w*|lynch\w*|wound\w*|injur\w*|dead|died|death|hurt)\b", re.IGNORECASE
)
# A new subject inside the modifier: ", two other ...", ", a ...".
_MOD_LIST = re.compile(
    r",\s*(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s", re.IGNORECASE
)
_ADJ_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
_SPLIT_VERB_BEFORE = re.compile(
    r"\b(?:stone[sd]?|stoning|beat(?:s|en)?(?:\s+up)?|beating(?:\s+up)?|hack(?:s|ed)?|hacking|stab(?:s|bed)?|stabbing"
    r"|burn(?:s|t|ed)?|burning|club(?:s|bed)?|clubbing|shot|shoot|shoots|shooting|slash(?:es|ed)?|slashing)\s+$",
    re.IGNORECASE,
)
_TO_DEATH_AFTER = re.compile(r"\s+(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:to\s+death|dead)\b", re.IGNORECASE)
_FATALLY = re.compile(
    # ("... were shot on Elm Avenue, one fatally": a short place or time before the comma)
    r"(?:[^,.;:!?\n]{1,40}?,|\s*,?)\s*(?:(?:and|with|including)\s+)?(?P<n>one|two|three|four|five|\d+)(?:\s+of\s+(?:whom|them|those))?\s+"
    r"(?:fatally|(?:(?:was|were|has|have)\s+(?:been\s+)?)?killed|died)\b",
    re.IGNORECASE,
)
# (tried after every "the" of a figure window: the two word lists are tries behind
# first-character guards, which match the same words several times faster than a list of
# case-insensitive alternatives; this is only ever a look-ahead, so only what matches counts)
_DEFN_AUX = "was were is are had has have later then been also reportedly allegedly currently still now".split()
_DEFN_OUT = (
    "killed died dead shot lynched murdered stabbed hacked beaten stoned injured wounded hurt succumbed slain "
    "executed beheaded gunned found pronounced attacked abducted kidnapped arrested struck hit hospitalised "
    "hospitalized suffered suffering recovering grazed taken transported rushed flown airlifted listed treated "
    "sustained"
).split() + ["in critical", "in serious", "in stable"]
_DEFN_AFTER = re.compile(
    # (a name in brackets after the noun: "the victim (John Doe) died")
    rf"\s+(?:[\w'’-]+\s+){{0,5}}?(?:\([^()]{{1,40}}\)\s+)?(?:{_guard(_alt(_DEFN_AUX))}\s+){{0,3}}{_guard(_alt(_DEFN_OUT))}\b",
    re.IGNORECASE,
)
_THE_AFTER_VERB = "|".join(
    f"(?<={re.escape(v)} )"
    for v in (
        "killed", "killing", "kills", "kill", "lynched", "lynching", "murdered", "murdering", "executed", "beheaded",
        "shot dead", "shooting dead", "gunned down", "to death", "injuring", "wounding", "injured", "wounded",
        "arrested", "abducted", "kidnapped", "assassinated",
        # "officers returned fire, striking the suspect": GVA counts everyone shot
        "striking", "struck", "hitting", "shooting", "shot",
    )
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_LOWER_NEXT = re.compile(r" [a-z]")
# A coder's one-line headline note whose verb is "shoot(s)" (see ``_headline_shot``): the
# longest such note, a wound, death or hospital word that keeps the ordinary reading, the
# verb with an object, a clause that tells the shooting as another event's cause
_SHOOT_NOTE_LEN = 110
# Words that tell a shooting's outcome (wounded, treated, survived, dead): a shooting note that
# has one keeps it (``_headline_shot``, ``_note_shot``).
_SHOT_OUTCOME = r"injur|wound|hurt|hospital|surviv|recover|critical|dead|kill|died|death"
_SHOOT_HURT = re.compile(
    # (also a second shooting word, a figure or a date: the note is more than a headline)
    rf"{_SHOT_OUTCOME}|\bshot\b|shooting|shoot-?out|"
    r"\bat\s+(?:least|about)\b|\d{1,2}/\d{1,2}|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# (also a hit body part, a body or an escape: the outcome is told or left open)
_NOTE_SHOT_HURT = re.compile(
    rf"{_SHOT_OUTCOME}|condition|bod(?:y|ies)|fatal|escap|miss|treated|stable|casualt|"
    r"\bshot\s+(?:in|on|at)\s+(?:the|his|her)\b",
    re.IGNORECASE,
)
_SHOOT_VERB = re.compile(
    r"\bshoots?\s+(?!(?:at|dead|and|out|up|down|to|into|over|in|on|from|back"
    r"|themselves|himself|herself)\b)",
    re.IGNORECASE,
)
_SHOOT_SUBORD = re.compile(
    r"\b(?:after|following|when|as|before|while|because|over|if|protests?|riots?)\b", re.IGNORECASE
)
_SHOOT_OBJECT = re.compile(
    r"(?P<np>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)(?=\s*$|\s*[,;]|\s+(?:in|at|on|near|inside|outside|during|while|as|after"
    r"|for|with|from|who|when|before)\b)"
)
# A coder's toll fields: "estimate: 10 / confirmed: 6" (the figure right after the label)
_ESTIMATE_FIELD = re.compile(r"\bestimated?\s*(?:only\s*)?[:=]\s*$", re.IGNORECASE)
_CONFIRMED_FIELD = re.compile(r"\bconfirmed\s*[:=]\s*$", re.IGNORECASE)
# "many pupils have died on the road": deaths told with no killing verb, on a road, are
# traffic deaths ("shot dead on the road" is a killing)
_DIED_END = re.compile(r"\b(?:died|die|dies|perished)$", re.IGNORECASE)
_ON_ROAD = re.compile(
    r"\s+on\s+(?:the|that|this|our|their|its)\s+(?:busy\s+|dangerous\s+|same\s+)?(?:roads?|highways?)\s*(?:[.;]|$)",
    re.IGNORECASE,
)
# "both" before a preposition ("killed both in Kenya and Uganda", "losses on both sides"):
# it joins two settings or names two sides, it counts no victims
_BOTH_PLACES = re.compile(r"both\s+(?:in|at|on|inside|within|across|along|near|sides)\b", re.IGNORECASE)
_DEAD_NEXT = re.compile(r"\s+(?:to\s+death|dead)\b", re.IGNORECASE)
_TOLD_DEATH_BEFORE = re.compile(
    r"\b(?:documented|confirmed|caused|causing|led\s+to|leading\s+to|resulted\s+in|resulting\s+in|reported|recorded"
    r"|announced)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DEATH_OF_BEFORE = re.compile(
    r"\b(?:(?P<k>death|deaths|lives|martyrdom|killing|killings|slaying|slayings|murders)"
    r"|(?P<i>injury|injuries|injuring|wounding))\s+of\s+$",
    re.IGNORECASE,
)
# ACLED-style notes: "FATALITIES: 15", "fatalities: estimate: 10/ confirmed: 6"
_COLON_TOLL = re.compile(
    r"\b(?:fatalit\w*|deaths|killed|dead)\s*:\s*(?:[\w ]{0,12}?(?:estimate|estimated|confirmed|reported|total)\w*\s*:?\s*"
    r"(?:\d+\s*/\s*(?:\w+\s*:\s*)?)?)?$",
    re.IGNORECASE,
)
_SELF_KILL = re.compile(
    r"\b(?:(?:killing|killed|kills|kill|turned\s+(?:the|his|her|a)\s+gun\s+on|turning\s+(?:the|his|her|a)\s+gun\s+on|then)\s+(?:him|her)self"
    # "killing two guards and himself", "killed four classmates and himself": the last of a
    # list of the dead (only after a death told before it in the sentence: see _tag)
    r"|(?P<listed>(?:and|as\s+well\s+as)\s+(?:him|her)self)"
    # "... and then committed suicide", "before shooting himself", "then took his own life":
    # a connector ties the death to the killings told before it (a lone "shot himself" may
    # be a wound)
    r"|(?:then|before|and|later|subsequently|after)\s+(?:apparently\s+|fatally\s+)?(?:committ(?:ed|ing)\s+suicide"
    r"|(?:took|taking|takes)\s+(?:his|her)\s+own\s+life)"
    # "took his own life" tells a death with no connector too (unlike "shot himself"):
    # "Student takes own life at school", "The gunman took his own life."
    r"|(?P<own>(?:took|takes)\s+(?:(?:his|her)\s+)?own\s+life)"
    # "then shot himself" after a killing; "... and shot himself" is mostly a child's accident
    r"|(?:then|before)\s+(?:fatally\s+)?(?P<shot>shot|shooting)\s+(?:him|her)self)\b"
    # "a murder-suicide": the killer's death, told as a noun
    r"|(?P<noun>\bmurder[-\s/]suicide)\b",
    re.IGNORECASE,
)
# A word that each outcome of ``_Lexicon.bare_subject`` / ``bare_hurt`` holds ("to death":
# "death"): in an ASCII sentence without one, the pattern cannot match (not tried).
_BARE_SUBJECT_GATE = ("killed", "shot", "murdered", "lynched", "assassinated", "beheaded", "death", "dead", "dies",
                      "died", "gunned", "executed", "slain")
_BARE_HURT_GATE = ("injured", "wounded", "hurt", "hospitali", "recovering", "critical", "shot")
_SELF_GATE = ("self", "suicide", "own life")
# (a word each match of ``_NAMED_STATE`` holds)
_NAMED_STATE_GATE = ("hospitali", "recovering", "survived", "suffer", "sustain", "receiv", "treated")
# (a word each match of ``_PRONOUN_HURT`` holds)
_PRONOUN_HURT_GATE = ("condition", "hospital", "recovering", "released", "injur", "wound", "hurt", "grazed", "surviv")
_THE_MONTH = re.compile(r"\b(?:the|a|an|on|since|until|before|after)\s+\w+\.\s*$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_CHILD_BEFORE = re.compile(
    r"\b(?:boy|girl|child|kid|teen|teenager|toddler|son|daughter|\d{1,2}-year-old)\s+(?:(?:accidentally|apparently"
    r"|fatally)\s+)?(?:(?:shoots|shot|shooting),?\s+(?:and\s+)?)?$"
    # "... accidentally shot and killed himself": the one victim of an accident
    r"|\baccidentally\s+(?:(?:shoots|shot|shooting),?\s+(?:and\s+)?)?$",
    re.IGNORECASE,
)
# A toll shared by several coded events (ACLED notes): "(coded across 6 events)",
# "fatalities spread across two locations", "split between 3 events".
_SHARED_ACROSS = re.compile(
    r"\b(?:coded|spread|split|divided|distributed)\s+(?:across|between|over|among)\s+(?P<n>\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten)\s+(?:separate\s+|different\s+)?(?:events|locations|places|sites)\b",
    re.IGNORECASE,
)
# A coder's note on violence over several days: ACLED codes one event a day and shares the
# toll between them ("20 dead following clashes ... over the course of ten days", "ten killed
# following two days of clashes"); "killed over two days of violence (coded on the last day)"
# or "19 more killed over two days" keep their toll (no such phrase).
_DAYS_SPLIT = re.compile(
    r"\b(?:over\s+the\s+course\s+of|following)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+days\b"
    # "over a 36 hour period": the days it spans
    r"|\bover\s+(?:a\s+|the\s+)?(?:course\s+of\s+|period\s+of\s+)?(?P<h>\d{2,3})[\s-]hours?\b",
    re.IGNORECASE,
)
# A mob's victim who lived: "lynched ... before he was rescued by police".
_RESCUED = re.compile(r"\b(?:(?:is|was|were|are|been|being)\s+(?:later\s+|then\s+|eventually\s+)?rescued|rescued\s+(?:him|her|them))\b|\bsurviv(?:ed|es)\b"
                      r"|\bexpected\s+to\s+survive\b", re.IGNORECASE)
# Longest text read as a coder's note (a few sentences), not a news report.
_NOTE_LEN = 700
# A toll told per side of a fight ("one person from each side was killed", "a soldier on
# either side died"): each of the two sides lost that many.
_EACH_SIDE = re.compile(
    r"\b(?:from|on)\s+(?:each|either)\s+(?:side|group|camp|community|clan|party|team)\b", re.IGNORECASE
)
# Two bodies found, the first told with a title and name ("the bodies of the gang's treasurer,
# John Doe, and another man were found"): the victim-list reader stops at the name.
_TWO_BODIES = re.compile(
    r"\b(?:[Tt]he|[Tt]wo)\s+(?:(?:dead|lifeless|decomposing|mutilated)\s+)?bodies\s+of\s+(?P<a>[^.;,]{2,90}?)"
    r"(?:,\s+(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),)?\s+and\s+(?:an?|another|the|his|her|their|one)\s+"
    r"(?:(?!and\b)[^.;,\s]+\s+){0,4}?(?:were|have\s+been|had\s+been)\s+(?:(?:later|then|also|reportedly|both)\s+)?"
    r"(?:found|discovered|recovered|retrieved|dumped)\b"
)
_NAME_AND = re.compile(r"(?-i:[A-Z][\w'’.-]*)\s+and\s+(?-i:[A-Z])")
# A note's toll told as its parts in two places ("two deaths, one in X and the other in Y",
# "15 killed in X (8) and Y (7)"): ACLED codes an event per place, each with its part.
_PLACE_PARTS = re.compile(
    r"[^.;:!?]{0,80}?(?:\b(?P<a1>one|1)\s+in\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s*,?\s+and\s+"
    r"(?:the\s+other|another|one|1)\s+in\s+(?-i:[A-Z])"
    r"|(?-i:[A-Z])[\w'’-]*\s*\((?P<a>\d{1,3})\)\s*(?:,\s*(?:and\s+)?|and\s+)(?:in\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*\((?P<b>\d{1,3})\))",
    re.IGNORECASE,
)
# The ordinals that count victims, with their values ("a fifth victim" after four shot)
_ORDINAL_N = {w: i for i, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)}
# "a fifth victim", "a second man": one more victim than those told
_ORDINAL_NEXT = re.compile(rf"\s+(?:{'|'.join(_ORDINAL_N)})\b", re.IGNORECASE)
# A toll told in the past perfect as a reason: "as five patients had died", "because two
# herders had been killed".
_HAD_DIED = re.compile(r"\bhad\s+(?:\w+\s+)?(?:died|been\s+(?:\w+\s+)?killed)\b", re.IGNORECASE)
_REASON_BEFORE = re.compile(r"\b(?:as|because|since)\s+$", re.IGNORECASE)
# An earlier act that the report's own is told to follow (see CasualtyTagger._prior_tolls):
# "follows" / "followed" (not "followed by", which tells what came next, nor "follow-up"),
# "came after", "in retaliation for", "in response to".
_PRIOR_ACT = re.compile(
    r"\b(?:follow(?:s|ed)?(?![-\w])(?!\s+by\b)|c(?:ame|omes?)\s+(?:\w+\s+){0,3}?after"
    r"|in\s+(?:retaliation|revenge|response|reprisal)\s+(?:for|to))\b",
    re.IGNORECASE,
)
# The opening of a relative clause that ends with the toll: "which killed", "that left", "which
# had reportedly killed" (up to five words, no punctuation, right before the figure).
_PRIOR_REL = re.compile(r"\b(?:which|that)\s+(?:[\w'-]+\s+){1,5}", re.IGNORECASE)
_PRIOR_REL_BACK = 60
# A toll told as the subject of a clause that a span of time "after" opens, set off by a comma
# after the report's act ("youths rioted in the town, a day after a man was shot dead by
# police"): the earlier act's dead, on another day (``earlier_day``; see _own_tolls).
_EARLIER_DAY = re.compile(
    r",\s+(?:a|one|two|three|four|five|six|seven|\d+|several|some|just|only|hours|days|weeks|the)\s+"
    r"(?:(?:full|few)\s+)?(?:day|days|night|nights|week|weeks|hours?|months?)?\s*after\s+$",
    re.IGNORECASE,
)
_PRIOR_CUE_BACK = 200
_HARD_BREAK = re.compile(r"[;:]|\s[-–—]\s")
# The words between two items of a note's list of tolls: a few words, then a dash or a slash.
_LIST_GAP = re.compile(r"(?:\s+[a-z]+){0,4}\s*(?:\s[-–]|/)\s+", re.IGNORECASE)
# A headline's bare victim before a figure: "Woman and two children killed", "Woman, two
# children killed" (see _bare_first).
_AND_BEFORE = re.compile(r"(?:\sand|,)\s+$")
# A clause with its own verb (no outcome) that ends in a comma right before the next figure.
_CLAUSE_DONE = re.compile(
    r"\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:\w+ly\s+)?(?!killed|shot|murdered|stabbed"
    r"|lynched|hacked|beaten|injured|wounded|attacked|named|identified)[a-z]{2,}(?:ed|en)\b[^,;]{0,40},\s*$",
    re.IGNORECASE,
)
# "three of those arrested were later found dead": people already told, then the outcome
_OF_HELD = re.compile(
    r"\s+of\s+(?:those|these|the\s+people|the\s+men)\s+(?:arrested|detained|abducted|kidnapped|taken|held|seized"
    r"|captured|rescued)\b(?=\s+(?:were|are|have|had)\b)",
    re.IGNORECASE,
)
# A second victim, with a modifier of its own, inside a first victim's modifier: "[an
# inspector] with the prisons unit and a corporal with the forest service [were shot dead]"
_MOD_PAIR = re.compile(
    r",?\s+and\s+(?:an?|another|the|his|her|their)\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
    r"(?P<mod2>\s+(?:with|of|from|at|in|attached\s+to|serving\s+with)\s[^,]*?)?,?\s*$",
    re.IGNORECASE,
)
_CLAUSE_OPEN = re.compile(r"[|:;–—]\s*")
_BARE_FIRST = re.compile(r"\s*(?P<np>[A-Za-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)(?:\s+and|,)\s+")
# One victim told as an outcome noun: "an adult martyr and four wounded" (a Syrian monitor's
# wording); the plural "two martyrs" is read with the other outcome nouns.
_ONE_MARTYR = re.compile(r"\s+(?:[a-z][\w-]*\s+)?martyr(?![\w'’]|\s+of\b)", re.IGNORECASE)
# The same subject's death right after its wounding: "the man who was shot died at the
# hospital", "the boy who was shot was pronounced dead".
_THEN_DIED = re.compile(
    r",?\s+(?:(?:later|then|subsequently|eventually)\s+)?(?:died|has\s+died|had\s+died|succumbed"
    r"|was\s+(?:later\s+)?(?:pronounced|declared|confirmed)\s+dead)\b",
    re.IGNORECASE,
)
_WHO_WAS = re.compile(r"\bwho\s+(?:was|were|had\s+been)\s", re.IGNORECASE)
# "a man was shot eight times and pronounced dead", "two men were shot and later died": a death
_SHOT_THEN_DEAD = re.compile(
    r"(?:\s+(?:once|twice|(?:\w+|multiple|several)\s+times))?(?:\s+in\s+the\s+(?:head|chest|neck|back|torso|abdomen))?"
    r",?\s+and\s+(?:(?:was|were)\s+)?(?:later\s+)?(?:(?:pronounced|declared|found)\s+dead|died)\b",
    re.IGNORECASE,
)
_EACH_AFTER = re.compile(r"\s+each\b", re.IGNORECASE)
_TOLL_NOUN_END = re.compile(r"(?:fatalit(?:y|ies)|deaths?|dead|killed)$", re.IGNORECASE)
# "dismissed reports that 14 people were shot dead": a figure the source denies
_DENIED_BEFORE = re.compile(
    r"\b(?:dismissed|denied|denies|deny|refuted|rejected|disputed)\s+(?:the\s+|earlier\s+|media\s+|initial\s+)*"
    r"(?:reports?|claims?|allegations?|rumou?rs?)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CODED_ELSEWHERE = re.compile(
    r"\s*(?:\(|-|–)?\s*coded\s+(?:sep[ae]rately|elsewhere|across|as\s+separate|in\s+(?:a\s+)?separate)", re.IGNORECASE
)
_PRONOUN_SHOT = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:accidentally|reportedly|allegedly|also)\s+)?shot\b"
    r"(?!\s+(?:dead|and\s+killed|to\s+death|and\s+died))"
)
# One victim told by a pronoun in a hospital state or as wounded: "she is still in critical
# condition", "he remains hospitalized", "she survived", "he suffered a gunshot wound to the
# leg". A later "he died" undoes it (``_not_died``); "not" before the state is no match.
_PRONOUN_HURT = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:"
    r"(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:(?:still|currently|now|also|reportedly|listed|being)\s+){0,2}"
    r"(?:(?P<i>" + _CONDITION + r"|" + _NOT_BADLY + r"|hospitali[sz]ed|recovering|treated\s+and\s+released"
    r"|in\s+(?:the|a|an\s+area|a\s+local)\s+hospital|(?:critically\s+|seriously\s+)?(?:injured|wounded|hurt|grazed)"
    r"(?!\s+(?:him|her|them|his|their|an?|the|one|two|\d+)\b)))"
    r"|(?:also\s+)?(?P<i2>survived(?!\s+by\b)|" + _WOUNDS + r"))\b"
)
_SHOT_N = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_SHOT_COUNT = re.compile(
    # "a triple homicide", "the double-murder case": that many killed
    r"\b(?:(?P<k>double|triple|quadruple|quintuple)[\s-]+(?:homicides?|murders?|slayings?|killings?)"
    r"|(?P<n>double|triple|quadruple|quintuple)\s+(?:fatal\s+)?shootings?"
    # "boy fatally shoots self": a death
    r"|(?P<fatal>fatally\s+)?(?:shot|shoots|shooting)\s+(?:himself|herself|self))\b",
    re.IGNORECASE,
)
# A named victim shot or wounded: "John Doe was shot", "Jim Roe, 19, had been wounded"; not
# "... was shot dead" (a death) nor "was shot at" (missed).
_VICTIM_NAME = (
    r"(?-i:\b(?P<name>(?!(?:Police|Officers?|The|A|An|He|She|It|They|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b)[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]+){1,3}))(?:,\s*(?:age\s+)?\d{1,3},)?\s+(?:also\s+)?"
)
_NAMED_HURT = re.compile(
    _VICTIM_NAME + r"(?:was|had\s+been)\s+(?:(?:also|reportedly|allegedly|accidentally|critically|seriously)\s+)?"
    r"(?P<out>shot|wounded|injured|grazed)\b(?!\s+(?:dead|and\s+killed|to\s+death|and\s+died|at|by\s+police))",
    re.IGNORECASE,
)
# A named victim told in a hospital condition: "Jane Doe remains in critical condition".
_NAMED_CONDITION = re.compile(
    _VICTIM_NAME + r"(?P<out>(?:is|was|remains|remained)\s+(?:still\s+|currently\s+)?(?:listed\s+)?in\s+"
    r"(?:\w+\s+)?(?:critical|stable|serious|fair|good)(?:\s+but\s+\w+)?\s+condition)\b",
    re.IGNORECASE,
)
# A named victim who was wounded and lived: "Jane Doe, 17, suffered a graze wound", "Jim Roe
# survived", "Jim Roe remains hospitalized" (not "suffered fatal wounds": ``_WOUNDS``).
_NAMED_STATE = re.compile(
    _VICTIM_NAME + r"(?P<out>(?:(?:is|was|remains|remained)\s+(?:still\s+|currently\s+)?(?:hospitali[sz]ed|recovering))"
    # (a finite verb: "John Doe, 19, suffering from a gunshot wound" is how the dead are found)
    r"|survived(?!\s+by\b)|(?=suffered|sustained|received)" + _WOUNDS + r")\b",
    re.IGNORECASE,
)
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_ALSO_NEAR = re.compile(r"\b(?:also|additional|further|more(?!\s+than)|as\s+well)\b", re.IGNORECASE)
# "3 others shot", "four other men were taken to the hospital": the others are not the dead
# ("shot one dead and sent two others to a hospital": the others sent, the verb before them)
_OTHERS_SHOT = re.compile(r"\S+\s+others?\b(?:\s+to\b|(?:\s+(?!had\b|been\b|have\b|has\b)[\w-]+){0,4}?\s+(?:(?:were|are)\s+)?(?:also\s+)?(?:shot|taken|rushed|transported|sent|with|hit|struck|suffering)\b)", re.IGNORECASE)
_OTHERS_NEAR = re.compile(r"\b(?:other|others)\b", re.IGNORECASE)
# "shot dead along with two bodyguards", "2 raiders killed and 2 civilians killed"
# "killed along with his driver"; "died on the spot together with his passenger"
# "killed by gunmen with his wife and son": a bare "with" only before a kinsman or companion
_ALONG_WITH = re.compile(
    r"\s+(?:by\s+(?:[\w'’-]+\s+){1,3}?(?=with\s+(?:his|her|their)\s))?"
    r"(?:(?:on\s+the\s+spot|instantly|immediately|at\s+the\s+scene)\s+)?(?:(?:along|together)\s+with\s+"
    r"|with\s+(?=(?:his|her|their)\s))",
    re.IGNORECASE,
)
# Two bare nouns joined by "and" after one determiner: "(his) wife and son"
_NOUN_PAIR = re.compile(r"(?P<a>[A-Za-z]+)\s+and\s+(?P<b>[A-Za-z]+)")
# A second bare noun sharing the first one's determiner: "his wife and son", "a man and child"
_BARE_AND = re.compile(r"\s+and\s+(?P<noun>[a-z]+)(?![\w'’-])(?!\s+(?:of|in\s+law)\b)")
# A clause after a told toll whose killing verb has its own subject: "... were killed, while
# police shot dead two of the raiders", "... as the army killed one attacker".
_OTHER_SIDE = re.compile(
    r"[\s,]*(?:while|whereas|as|and)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}(?:also\s+)?"
    r"(?:killed|kill|kills|shot\s+dead|shoot\s+dead|shoots\s+dead|gunned\s+down|lynched|lynch|lynches)\s+$",
    re.IGNORECASE,
)
_CLAIM_BEFORE = re.compile(r"\bclaim(?:s|ed|ing)?\b(?![^.;]*\b(?:responsibility|credit)\b)[^.;]*$", re.IGNORECASE)
_AS_WAS = re.compile(r"[\s,]+as\s+(?:was|were)\s+$", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:the|their|his|its)\s+", re.IGNORECASE)
_JOINED = re.compile(r"[\s,]*(?:and|as\s+well\s+as|while|as\s+was|as\s+were)\s+$", re.IGNORECASE)
# One victim named by a pronoun, a proper name or a body: "shot him dead", "he later died",
# "gunmen killed John Doe", "the body of a trader was found".
_KILL_VERB = (
    r"(?:shot\s+dead|shooting\s+dead|shoots?\s+dead|shot\s+and\s+killed|gunned\s+down|guns?\s+down|gunning\s+down|killed|killing|kills?|murdered|murdering|lynched|lynching"
    r"|lynches|executed|executing|beheaded|beheading|assassinated|(?:stabbed|hacked|beat|beaten|stoned|clubbed"
    r"|bludgeoned|burnt|burned)\s+to\s+death)"
)
# A second verb joined to a killing verb before its object: "lynched and burned a thief",
# "killing and robbing him" (not an outcome of its own: "killed and injured 30" is two tolls).
_THEN_VERB = r"(?:\s+and\s+(?!injur|wound|hurt|maim|kill)[a-z]{3,}(?:ed|ing|s))?"
_THEN_VERB_ENDS = ("ed", "ing", "s")
# Words one of which each pattern of _SINGLE_PATTERNS needs (a cheap pre-filter), in order.
_DIED = ("died", "dead", "killed", "succumbed", "lynched", "murdered", "death", "passed away")
_SINGLE_GATES: list[tuple[str, ...]] = [
    ("pronounced",),
    ("died",),
    ("died", "succumbed", "pronounced", "declared"),
    (" him", " her"),
    (" him", " her"),
    _DIED,
    ("kill", "shot", "shoot", "gun", "murder", "lynch", "execut", "behead", "assassin", "death"),
    ("to death",),
    ("dead",),
    _DIED + ("shot", "assassinated", "gunned", "slain"),
    ("who",),
    ("body", "corpse"),
]
_WEAK_GATE = ("fatal", "deadly", "shooting death", "shot to death", "found dead", "took the life",
              "homicide victim", "mourning", "murder of", "killing of", "slaying of", "death of", "deaths of")
# A death told without a figure: "a fatal shooting", "the shooting death of ...": one killed,
# used only when the text gives no other killed figure (attrs "weak").
_WEAK_DEATH = re.compile(
    r"(?<!non-)(?<!non )\b(?:fatal(?:ly)?\s+(?:shooting|shot|stabbing|wounded|gunshot\s+wounds?)|deadly\s+shooting|shooting\s+death|shot\s+to\s+death"
    # "a deadly Oak Park shooting", "the fatal Elm Street shooting"
    r"|(?:fatal|deadly)\s+(?:(?-i:[A-Z][\w'’.-]*)\s+){1,3}(?:shooting|stabbing)"
    r"|found\s+dead|took\s+the\s+life\s+of|homicide\s+victim"
    r"|mourning\s+the\s+(?:loss|death)\s+of"
    # "charged with the murder of a 16-year-old", "in the death of an infant"
    r"|(?:murder|killing|slaying|death)\s+of\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:\d{1,3}-(?:year|month)-old|(?-i:[A-Z][a-z]+\s+[A-Z][\w'’-]+))"
    r")\b",
    re.IGNORECASE,
)
_SINGLE_PATTERNS = [
    re.compile(r"\bpronounced\s+(?:[A-Z][\w'’-]+\s+){1,3}dead\b"),
    re.compile(r"\b(?:has|have)\s+(?:since\s+)?died\b", re.IGNORECASE),  # "the teenager ... has died"
    # "was taken to a hospital but later died", "... and was pronounced dead"
    re.compile(
        r"\b(?:but|and|where\s+(?:he|she))\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+|soon\s+)?(?:died|succumbed"
        r"|was\s+(?:later\s+)?pronounced\s+dead|was\s+declared\s+dead)\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_KILL_VERB}{_THEN_VERB}\s+(?:him|her)\b", re.IGNORECASE),
    re.compile(
        r"\b(?:shot|shooting|shoots|gunned|gunning|stabbed|stabbing|hacked|hacking|beat|beating|stoned|stoning"
        r"|clubbed|burnt|burned|burning)\s+(?:him|her)\s+(?:dead|down|to\s+death)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:[Hh]e|[Ss]he)\s+(?:(?:later|subsequently|eventually|then|also|reportedly|allegedly|instantly|"
        r"immediately)\s+)?(?:died|succumbed|passed\s+away|(?:was|is|had\s+been|has\s+been)\s+(?:(?:later|then|"
        r"reportedly|allegedly|subsequently)\s+)?(?:(?:attacked|beaten|stabbed|shot|abducted)\s+and\s+)?(?:killed|shot\s+dead|pronounced\s+dead|confirmed\s+dead|lynched"
        r"|murdered|found\s+dead|(?:stabbed|hacked|beaten|stoned|clubbed|burnt|burned)\s+to\s+death))\b"
    ),
    re.compile(
        rf"\b{_KILL_VERB}\s+(?:\d{{1,3}}-year-old\s+)?(?:[A-Z][\w'’.-]+\s+){{1,3}}[A-Z][\w'’-]+\b(?=\s*(?:[,.;:)(]|$|\s+(?:in|at|on|near|outside|"
        r"inside|during|after|while|when|as|and|who|from|with|over|for|by|because|following)\b))"
    ),
    re.compile(
        r"\b(?:beat|beating|beaten|stabbed|stabbing|hacked|hacking|stoned|stoning|clubbed|clubbing|burnt|burned"
        r"|bludgeoned)\s+(?:up\s+)?(?:an?\s+|one\s+)?(?:[a-z][\w'’-]*\s+){1,4}?to\s+death\b",
        re.IGNORECASE,
    ),
    # "police shoot a suspect dead"
    re.compile(r"\b(?:shoot|shoots|shot)\s+(?:an?\s+|the\s+)?(?:[a-z][\w'’-]*\s+){1,4}?dead\b", re.IGNORECASE),
    re.compile(
        r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:,\s*\d{1,3},(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,)?"
        r"|,\s+an?\s+[\w'’-]+(?:\s+[\w'’-]+){0,4},)?,?\s+(?:(?:later\s+)?died\b|(?:is|was|has\s+been|had\s+been)\s+"
        r"(?:(?:reportedly|allegedly|later|accidentally)\s+)?(?:killed|pronounced\s+dead|fatally\s+shot|shot\s+to\s+death|shot\s+dead"
        r"|shot\s+and\s+killed|gunned\s+down|fatally\s+wounded|slain|murdered|lynched|assassinated|found\s+dead|(?:stabbed|hacked|"
        r"beaten|stoned)\s+to\s+death))\b"
    ),
    # "... identifying Smith, who was pronounced dead at the hospital"
    re.compile(
        r"\b[A-Z][\w'’-]+,\s+who\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+)?(?:pronounced\s+dead|killed|shot\s+and\s+killed"
        r"|fatally\s+shot|shot\s+dead|found\s+dead)\b"
    ),
    re.compile(
        r"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[\w-]+['’]s)\s+(?:(?:dead|lifeless|decomposing|mutilated|headless)\s+)?(?:body|corpse)"
        r"(?:\s+of\s+(?:an?|the|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
        # a second body ("his body and that of his wife were found"): two victims
        r"(?P<pair>\s+and\s+(?:that|the\s+(?:(?:dead|lifeless|decomposing|mutilated|headless)\s+)?(?:body|corpse))"
        r"\s+of\s+(?:an?|the|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
        r"\s+(?:(?:was|is|were|are|have\s+been|has\s+been|had\s+been)"
        r"\s+(?:(?:later|then|also|reportedly|both)\s+)?)(?:found|discovered|recovered|retrieved|dumped)\b"
    ),
]
# Victims listed by name and age (US police reports): "John Doe, 20, and Jim Roe, 19, were
# killed"; "the dead were identified as John Doe, 20, of Clinton, and Jim Roe, 19". Each
# "Name, age" item is one victim.
_VNAME = r"(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
_VITEM = rf"{_VNAME},\s*(?:age\s+)?\d{{1,3}}(?:,\s*of\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
_VSEP = r"(?:,\s*(?:and\s+)?|,?\s+and\s+)"
_NAME_LIST = re.compile(
    rf"(?:(?P<idk>dead|deceased|killed|slain)\s+(?:(?:were|have\s+been|had\s+been)\s+)?identified\s+as\s+"
    rf"|(?P<idi>wounded|injured)\s+(?:(?:were|have\s+been|had\s+been)\s+)?identified\s+as\s+)?"
    rf"(?P<list>{_VITEM}(?:{_VSEP}{_VITEM})+)"
    rf"(?:,?\s+(?:were|have\s+been|had\s+been)\s+(?:(?:both|all|also|later|fatally)\s+)?"
    rf"(?:(?P<k>killed|shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|pronounced\s+dead|fatally\s+(?:shot|wounded)|slain"
    rf"|found\s+dead)|(?P<i>wounded|injured|hurt|shot\s+and\s+(?:wounded|injured)))\b|,?\s+(?:both\s+|all\s+)?(?P<d>died)\b)?",
    re.IGNORECASE,
)
_NAME_AGE = re.compile(r",\s*(?:age\s+)?\d{1,3}\b")
_NAME_LIST_GATE = re.compile(r",\s*(?:age\s+)?\d{1,3},.{0,80}?,\s*(?:age\s+)?\d{1,3}\b")
_LIST_NEXT = re.compile(
    r"\s*(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
)


@lru_cache(maxsize=1)
def _gate_words() -> ahocorasick.Automaton:
    """One Aho-Corasick automaton over every gate word (``_SINGLE_GATES``, ``_WEAK_GATE``,
    ``_PROTEST_GATE``): a single pass over a sentence tells which gate words it contains
    (overlaps included), instead of ~50 substring tests per sentence."""
    auto = ahocorasick.Automaton()
    for w in {w for gate in (*_SINGLE_GATES, _BARE_SUBJECT_GATE, _BARE_HURT_GATE) for w in gate} | set(_WEAK_GATE) | set(
        _PROTEST_GATE
    ):
        auto.add_word(w, w)
    auto.make_automaton()
    return auto


_WS = re.compile(r"\s+")
# Characters between a figure and its outcome word beyond which no post-modifier is tried.
_POSTMOD_REACH = 150
_HURT_WORD = re.compile(r"\b(?:wounded|injured|hurt)\b", re.IGNORECASE)
# (also "Aid workers kidnapped and driver killed": another outcome joined by "and")
_OUTCOME_COMMA = re.compile(
    r"\b(?:killed|dead|dies|died|injured|wounded|hurt|shot|kidnapped|abducted|arrested),\s+"
    r"|\b(?:injured|wounded|hurt|kidnapped|abducted|arrested)\s+and\s+(?=(?:[A-Za-z]+\s+){1,2}(?:killed|dead|dies|died)\b)",
    re.IGNORECASE,
)
_SUBORD = re.compile(r"\b(?:after|as|when|before|while)\s+", re.IGNORECASE)
_HEADLINE_LEN = 150
# clause starts inside a sentence; "|" parts a monitor's kicker from its headline ("Clashes |
# Child killed in raid")
_CLAUSE_BREAK = re.compile(r"[;:|]\s*")
_NEG_HINT = re.compile(r"\b(?:[Nn]o|[Nn]obody|[Nn]one|not|[Ww]ithout|unhurt|unharmed)\b")
# (case-sensitive: each word of ``_NEG_HINT`` holds one of these; without one, no scan)
_NEG_HINT_PARTS = ("no", "No", "ithout", "unh")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])|\n+")

# The patterns scanned across windows and whole sentences, behind first-character guards
# (see sitrep.nlp.regex_guard: the same matches, about twice as fast to scan).
_SINGLE_PATTERNS = [_guarded(p) for p in _SINGLE_PATTERNS]
_WEAK_DEATH = _guarded(_WEAK_DEATH)
_SHOT_COUNT = _guarded(_SHOT_COUNT)
_PROTEST = _guarded(_PROTEST)
_NEG_HINT = _guarded(_NEG_HINT)
_SELF_KILL = _guarded(_SELF_KILL)
_PRONOUN_SHOT = _guarded(_PRONOUN_SHOT)
_PRONOUN_HURT = _guarded(_PRONOUN_HURT)
_ALSO_NEAR = _guarded(_ALSO_NEAR)
# (searched over every sentence, headline or figure's lead-in: a leading word boundary and a
# case-insensitive alternation cost a full attempt at every word without a guard)
_OUTCOME_COMMA = _guarded(_OUTCOME_COMMA)
_SUBORD = _guarded(_SUBORD)
_RELATIVE_BEFORE = _guarded(_RELATIVE_BEFORE)
_HEDGE_BEFORE = _guarded(_HEDGE_BEFORE)
_DENIED_BEFORE = _guarded(_DENIED_BEFORE)
_CAUSE = _guarded(_CAUSE)
_HURT_WORD = _guarded(_HURT_WORD)
_AUX_IN = _guarded(_AUX_IN)
_OTHERS_NEAR = _guarded(_OTHERS_NEAR)


class CasualtyTagger:
    """Adds the ``numbers`` layer (see the module docstring)."""

    def __init__(self) -> None:
        self.lex = _lexicon()
        # value_of is pure and called for the same few words ("a", "two", "the") over and
        # over: a per-tagger memo (bounded below) spares the regexes
        self._values: dict[str, int | None] = {}
        self._fixes: dict[str, str] = {}  # word -> the outcome word it misspells
        # the words known to misspell nothing (most of a text's words): taken out of a text's
        # word set in one set difference instead of one memo lookup per word
        self._fine: set[str] = set()

    # ------------------------------------------------------------------ values
    def value_of(self, s: str) -> int | None:
        """Integer value of one figure written in digits or words ("1,300", "twenty-five",
        "two hundred", "1.5 million")."""
        try:
            return self._values[s]
        except KeyError:
            pass
        v = self._value_of(s)
        if len(self._values) < 50_000:
            self._values[s] = v
        return v

    def _value_of(self, s: str) -> int | None:
        s = s.strip().lower()
        if not s:
            return None
        m = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*(million|thousand|hundred)?", s)
        if m:
            base = float(m.group(1).replace(",", ""))
            mult = self.lex.mult.get(m.group(2) or "", 1)
            return int(round(base * mult))
        total, current = 0, 0
        for tok in re.split(r"[\s-]+", s):
            if tok == "and":
                continue
            if tok in self.lex.units:
                current += self.lex.units[tok]
            elif tok in self.lex.tens:
                current += self.lex.tens[tok]
            elif tok in self.lex.mult:
                mult = self.lex.mult[tok]
                if mult == 100:
                    current = max(current, 1) * 100
                else:
                    total += max(current, 1) * mult
                    current = 0
            else:
                return None
        return total + current

    def _figure(self, m: re.Match[str]) -> dict[str, Any]:
        g = m.groupdict()
        q = g.get("qual")
        qual = self.lex.qualifiers.get(_WS.sub(" ", q.lower())) if q else self.lex.qualifiers.get("")
        low = best = high = None
        vague = False
        if g.get("r1"):
            low, high = self.value_of(g["r1"]), self.value_of(g["r2"])
            best = low
        elif g.get("a"):
            low = self.value_of(g["a"])
            high = self.value_of(g["b"]) if g.get("b") else None
            if high is not None and low is not None and high < low:
                # "10-5" is not a range; keep the first figure.
                high = None
            best = low
            if high is None:
                high = low
        elif g.get("vague"):
            v = self.lex.vague.get(_WS.sub(" ", g["vague"].lower()))
            low = best = v
            high = None
            vague = True
        elif g.get("single") or g.get("age"):
            low = best = high = 1
        if qual in ("at least", "more than"):
            high = None
        elif qual == "up to":
            low = None
        return {"low": low, "best": best, "high": high, "qualifier": qual, "vague": vague}

    # ----------------------------------------------------------------- tagging
    def _sentences(self, doc: Doc) -> list[tuple[int, int]]:
        sents = doc.get(SENTENCES)
        if sents:
            out: list[tuple[int, int]] = []
            for s in sents:
                if out and doc.text[out[-1][0] : out[-1][1]].rstrip().lower().endswith(" incl."):
                    # "19 killed, incl. | 9 children": the abbreviation ends no sentence
                    out[-1] = (out[-1][0], s.end)
                else:
                    out.append((s.start, s.end))
            return out
        out, pos = [], 0
        for m in _SENT_SPLIT.finditer(doc.text):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, len(doc.text)))
        return out

    def __call__(self, doc: Doc) -> Doc:
        # (words masked against filters, "kil*led", are unmasked by ingest cleanup)
        fixes = self._misspelt(doc.text)
        if "(" in doc.text:
            fixes = sorted(fixes + [(m.start(), m.end(), "") for m in _ACRONYM.finditer(doc.text)])
        if fixes:
            return self._tag_fixed(doc, fixes)
        return self._tag(doc)

    def _correction(self, word: str) -> str | None:
        """The outcome word that ``word`` misspells (in the word's case), or None."""
        if word in self._fixes:
            return self._fixes[word]
        fix = None
        low = word.lower()
        cands = self.lex.fuzzy.get(low[0])
        if cands and low not in self.lex.fuzzy_known:
            sk = _skeleton(low)
            for tsk, target in cands:
                # one edit; two only in long words ("causalities"): "excited" is no "executed"
                if tsk == sk and abs(len(target) - len(low)) <= 2 and DamerauLevenshtein.distance(
                    low, target, score_cutoff=2
                ) <= (2 if len(low) >= 9 else 1):
                    fix = target.upper() if word.isupper() else target.capitalize() if word[0].isupper() else target
                    break
        if fix is not None:
            self._fixes[word] = fix  # (few: real misspellings of a short word list)
        elif len(self._fine) < 50_000:
            self._fine.add(word)
        return fix

    def _misspelt(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, correction) of each misspelt outcome word: "five militants were kiled".
        Each distinct word is looked up once (a memo): about 0.1 ms for 1,000 characters."""
        words = set(_LONG_WORD.findall(text))
        words -= self._fine
        bad = {w: f for w in words if (f := self._correction(w)) is not None}
        if not bad:
            return []
        return [(m.start(), m.end(), bad[m.group(0)]) for m in _LONG_WORD.finditer(text) if m.group(0) in bad]

    def _tag_fixed(self, doc: Doc, fixes: list[tuple[int, int, str]]) -> Doc:
        """Tag a copy of ``doc`` whose misspelt outcome words are corrected, then carry its
        figures back to the offsets (and words) of the original text."""
        parts, pos = [], 0
        shifts: list[tuple[int, int, int, int]] = []  # old start, old end, new start, new end
        new_len = 0
        for st, en, fix in fixes:
            parts.append(doc.text[pos:st])
            new_len += st - pos
            shifts.append((st, en, new_len, new_len + len(fix)))
            parts.append(fix)
            new_len += len(fix)
            pos = en
        parts.append(doc.text[pos:])
        new_text = "".join(parts)

        # (a position inside a corrected word goes to that word's end; ``ne - oe`` is the
        # total shift after a correction)
        def to_new(p: int) -> int:
            d = 0
            for os_, oe, _ns, ne in shifts:
                if p <= os_:
                    return p + d
                if p < oe:
                    return ne
                d = ne - oe
            return p + d

        def to_old(p: int) -> int:
            d = 0
            for _os, oe, ns, ne in shifts:
                if p <= ns:
                    return p - d
                if p < ne:
                    return oe
                d = ne - oe
            return p - d

        def moved(sp: Span, f: Any, text: str) -> Span:
            a, b = f(sp.start), f(sp.end)
            return Span(a, b, sp.label, text[a:b], dict(sp.attrs))

        shadow = Doc(id=doc.id, text=new_text)
        shadow.layers[SENTENCES] = [moved(s, to_new, new_text) for s in doc.get(SENTENCES)]
        shadow.layers[DATES] = [moved(s, to_new, new_text) for s in doc.get(DATES)]
        self._tag(shadow)
        spans = []
        for sp in shadow.get(NUMBERS):
            ns = moved(sp, to_old, doc.text)
            for k in ("victim_start", "victim_end"):
                if ns.attrs.get(k) is not None:
                    ns.attrs[k] = to_old(ns.attrs[k])
            spans.append(ns)
        doc.layers[NUMBERS] = spans
        return doc

    def _tag(self, doc: Doc) -> Doc:
        doc.layers[NUMBERS] = []
        text = doc.text
        since_dates = [
            d for d in doc.get(DATES) if d.attrs.get("kind") == "since"
        ]
        # the last figure of people read and its outcome (the base of "half of them")
        last_people: list[Any] = [None, None]
        low = text.lower()
        n = len(low)
        hits: list[int] = []
        for last, wlen in self.lex.cues.iter(low):
            start = last - wlen + 1
            if (start > 0 and low[start - 1].isalnum()) or (last + 1 < n and low[last + 1].isalpha()):
                continue
            hits.append(start)
        if not hits:
            return doc
        hits.sort()
        hi = 0
        for s0, s1 in self._sentences(doc):
            while hi < len(hits) and hits[hi] < s0:
                hi += 1
            if hi >= len(hits):
                break
            if hits[hi] >= s1:
                continue
            sent_low = low[s0:s1]
            cumulative = any(True for _ in self.lex.cumulative_cues.iter(sent_low)) or any(
                s0 <= d.start < s1 for d in since_dates
            ) or ("a total of" in sent_low and self.lex.total_incidents.search(sent_low) is not None)
            # Figures sit within a few words of their cue: scan only around the cues.
            windows: list[tuple[int, int]] = []
            h_first = hi
            while hi < len(hits) and hits[hi] < s1:
                ws, we = max(s0, hits[hi] - 140), min(s1, hits[hi] + 70)
                if windows and ws <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], we)
                else:
                    windows.append((ws, we))
                hi += 1
            self._sentence(doc, s0, s1, cumulative, last_people, windows, hits[h_first:hi])
        if len(text) <= _NOTE_LEN and ("days" in low or "hour" in low):
            self._days_split(doc)
        if len(text) <= _NOTE_LEN and (" - " in text or "/" in text):
            self._listed_tolls(doc)
        if len(text) <= _NOTE_LEN and (" in " in text and ("(" in text or " other in " in text)):
            self._place_parts(doc)
        if " had " in low:
            for sp in doc.get(NUMBERS):
                # "... as five patients had died at the hospital": earlier deaths given as a
                # reason, not this event's toll
                if sp.label == "killed" and not sp.attrs.get("single") and _HAD_DIED.search(sp.text) and (
                    _REASON_BEFORE.search(text, max(0, sp.start - 12), sp.start)
                ):
                    sp.attrs["cause"] = True
        if any(w in low for w in ("follow", "after", "retaliation", "revenge", "response", "reprisal")):
            self._prior_tolls(doc)
        if " of them" in low:
            self._of_them(doc)
        if " of " in low and ("died" in low or "succumbed" in low):
            _wounded_died(doc)
        if "before " in low or "until " in low:
            _killer_killed(doc)
        if any(w in low for w in ("accident", "collision", "crash", " by ", " road", "highway")):
            self._mishaps(doc)
        if " each " in low or " either " in low:
            self._each_side(doc)
        if "shoot" in low and not doc.title and len(text) <= _SHOOT_NOTE_LEN:
            self._headline_shot(doc)
        if "shot" in low and not doc.title and len(text) <= _NOTE_LEN:
            _note_shot(doc)
        doc.layers[NUMBERS].sort(key=lambda s: s.start)
        return doc

    def _prior_tolls(self, doc: Doc) -> None:
        """Mark ``prior`` the tolls of an earlier act that the report's act is told to follow
        ("the raids follow a string of ambushes last week, which killed six guards", "came
        after clashes that left ten dead", "in retaliation for a bombing that killed four"):
        the figure closes a relative clause of the earlier act's noun, a few words after its
        "which" / "that", and a "follows" / "came after" / "in retaliation for" opens that
        noun phrase earlier in the sentence, with no ";", ":" or dash between."""
        text = doc.text
        bounds = self._sentences(doc)
        starts = [b[0] for b in bounds]
        for sp in doc.get(NUMBERS):
            if sp.label not in CASUALTY_LABELS or sp.attrs.get("negated"):
                continue
            i = bisect_left(starts, sp.start + 1) - 1
            if i < 0:
                continue
            s0 = bounds[i][0]
            if sp.label == "killed" and _EARLIER_DAY.search(text, max(s0, sp.start - 40), sp.start):
                sp.attrs["prior"] = sp.attrs["earlier_day"] = True
                continue
            rels = list(_PRIOR_REL.finditer(text, max(s0, sp.start - _PRIOR_REL_BACK), sp.start))
            if not rels or rels[-1].end() != sp.start:
                continue
            rel = rels[-1].start()
            cues = list(_PRIOR_ACT.finditer(text, max(s0, rel - _PRIOR_CUE_BACK), rel))
            if cues and not _HARD_BREAK.search(text, cues[-1].end(), rel):
                sp.attrs["prior"] = True

    def _of_them(self, doc: Doc) -> None:
        """A partitive toll ("the two of them were shot dead") names the side of the plural
        noun it points back to ("The attackers were chased ..."): the nearest one with a side
        before it, in its sentence or the one before."""
        text = doc.text
        for sp in doc.get(NUMBERS):
            if sp.label != "killed" or sp.attrs.get("who") is not None or not _OF_THEM.search(sp.text):
                continue
            start = max(0, sp.start - _OF_THEM_BACK)
            words = re.findall(r"[a-z]+", text[start : sp.start].lower())
            for w in reversed(words):
                who = self.lex.who.get(w)
                if who is not None and self._plural(w):
                    sp.attrs["who"] = who
                    break

    def _headline_shot(self, doc: Doc) -> None:
        """A coder's one-line headline note, "Raiders shoot policeman", "Gunmen shoot two
        herders": the shooting is the note's whole event and, with no wound told, its victim
        is coded as killed (ACLED's headline notes say "shoot" for a shooting dead; "shot and
        wounded", "recovering", a shooting told as a riot's cause keep their reading)."""
        text = doc.text.strip()
        if _SHOOT_HURT.search(text) or _SENT_END.search(text):
            return
        vm = _SHOOT_VERB.search(doc.text)
        if vm is None or _SHOOT_SUBORD.search(doc.text, 0, vm.start()):
            return
        told = [sp for sp in doc.get(NUMBERS) if sp.start >= vm.end() - 1 and sp.label != "count"]
        if told:
            first = told[0]
            if first.start == vm.end() and first.label == "killed_or_injured" and first.attrs.get("shot"):
                first.label = "killed"  # "Gunmen shoot two herders"
            return
        bm = _SHOOT_OBJECT.match(doc.text, vm.end())
        if bm is None:
            return
        words = bm.group("np").lower().split()
        if words[0] in _DETS or self.value_of(words[0]) is not None or any(w in self.lex.block_words for w in words):
            return
        if not self._is_person(words[-1]) or self._plural(words[-1]):
            return
        st, en = bm.start("np"), bm.end("np")
        doc.add(NUMBERS, Span(st, en, "killed", doc.text[st:en], {
            "low": 1, "best": 1, "high": 1, "qualifier": None, "who": self._who(bm.group("np")), "unit": None,
            "negated": False, "cumulative": False, "also": False, "single": True, "active": True,
            "victim_start": st, "victim_end": en,
        }))

    def _each_side(self, doc: Doc) -> None:
        """Double a toll told per side ("one person from each side was killed": two dead)."""
        text = doc.text
        for sp in doc.get(NUMBERS):
            if sp.label not in ("killed", "injured") or sp.attrs.get("best") is None or sp.attrs.get("negated"):
                continue
            tail = re.match(r"[^.;,]{0,30}", text[sp.end :]).group(0)
            if not (_EACH_SIDE.search(sp.text) or _EACH_SIDE.search(tail)):
                continue
            for k in ("low", "best", "high"):
                if sp.attrs.get(k) is not None:
                    sp.attrs[k] *= 2
            sp.attrs["single"] = False

    def _listed_tolls(self, doc: Doc) -> None:
        """A note's list of tolls of different victims, parted by a dash or a slash ("4 killed/ 4
        died in arson attacks", "1 boy killed by crossfire - 1 bystander killed by police"):
        each later item adds its victims (marked ``also``)."""
        text = doc.text
        spans = [
            s for s in doc.get(NUMBERS)
            if s.label == "killed" and s.attrs.get("best") is not None and not any(
                s.attrs.get(k) for k in ("negated", "cumulative", "cause", "subset", "weak", "also", "single", "mishap", "age")
            )
        ]
        for a, b in zip(spans, spans[1:], strict=False):
            if _LIST_GAP.fullmatch(text, a.end, b.start):
                b.attrs["also"] = True

    def _place_parts(self, doc: Doc) -> None:
        """A note's toll told as its parts in two places ("caused two deaths, one in X and the
        other in Y", "15 killed in X (8) and Y (7)"): ACLED codes one event a place, so this
        event's toll is the first part (marked ``shared``)."""
        text = doc.text
        for sp in doc.get(NUMBERS):
            n = sp.attrs.get("best")
            if sp.label != "killed" or not n or n < 2 or any(
                sp.attrs.get(k) for k in ("negated", "cumulative", "subset", "single", "shared")
            ):
                continue
            pm = _PLACE_PARTS.match(text, sp.end, min(len(text), sp.end + 160))
            if pm is None:
                continue
            a = 1 if pm.group("a1") else int(pm.group("a"))
            b = 1 if pm.group("a1") else int(pm.group("b"))
            if a + b == n:
                sp.attrs["shared"] = 2
                sp.attrs["low"] = sp.attrs["best"] = sp.attrs["high"] = a

    def _mishaps(self, doc: Doc) -> None:
        """Mark ``mishap`` the deaths and wounds that no one inflicted: "a herder was killed by
        an elephant", "a collision in a road accident, killing two people" (a crowd's riot
        over them is the event; its toll is its own)."""
        text = doc.text
        sents = self._sentences(doc)
        starts = [a for a, _ in sents]
        for sp in doc.get(NUMBERS):
            if sp.label not in ("killed", "injured", "killed_or_injured"):
                continue
            i = bisect_left(starts, sp.start + 1) - 1
            s0, s1 = sents[i] if i >= 0 else (0, len(text))
            if self.lex.mishap_after.match(text, sp.end, s1) or self.lex.mishap_before.search(
                text, max(s0, sp.start - 80), sp.start
            ) or (_DIED_END.search(sp.text) and _ON_ROAD.match(text, sp.end, s1)):
                sp.attrs["mishap"] = True

    def _days_split(self, doc: Doc) -> None:
        """A note's toll over N days ("... over the course of three days") is shared by the
        N daily events ACLED codes: each gets its share (at least 1), marked ``shared``."""
        dm = _DAYS_SPLIT.search(doc.text)
        if dm is None:
            return
        n = self.value_of(dm.group("n")) if dm.group("n") else -(-int(dm.group("h")) // 24)
        if not n or n < 2:
            return
        for sp in doc.get(NUMBERS):
            if sp.label in ("killed", "injured") and not sp.attrs.get("negated") and not sp.attrs.get("shared") and (
                not sp.attrs.get("cumulative")
            ):
                sp.attrs["shared"] = n
                for k in ("low", "best", "high"):
                    v = sp.attrs.get(k)
                    if v is not None:
                        # the first day's share: the even share plus what is left over (17 over
                        # two days, 9; five over three days, 3 + 1 + 1); less than one a day, 1
                        sp.attrs[k] = v - (n - 1) * (v // n) if v >= n else max(1, -(-v // n))

    def _more_victims(
        self, text: str, end: int, s1: int, fig: dict[str, Any], need: bool | str, joiner: re.Pattern[str] = _AND_MORE,
        subject: bool = False, parts: list[tuple[str, int | None]] | None = None,
    ) -> int:
        """Add the further members of a victim list after an active verb ("killed two herders
        and a child"); returns the new end of the span. Each member added goes to ``parts``
        (its noun and figure), so a caller can tell civilians from fighters in the list.
        A list after a comma whose members add up to the figure before it is that figure told
        again by parts ("the death of three civilians, two women and a man"): nothing added."""
        saved, start, n0 = dict(fig), end, len(parts) if parts is not None else 0
        new_end = self._list_members(text, end, s1, fig, need, joiner, subject, parts)
        added = parts[n0:] if parts is not None else []
        if len(added) >= 2 and text[start : start + 1] == "," and saved["best"] is not None and (
            sum(v or 0 for _, v in added) == saved["best"]
        ):
            fig.update(saved)
            del parts[n0:]  # type: ignore[index]
            return start
        return new_end

    def _list_members(
        self, text: str, end: int, s1: int, fig: dict[str, Any], need: bool | str, joiner: re.Pattern[str],
        subject: bool, parts: list[tuple[str, int | None]] | None,
    ) -> int:
        while True:
            am = joiner.match(text, end, s1)
            joiner = _AND_MORE
            if not am:
                return end
            fm = self.lex.number.match(text, am.end(), s1)
            if fm and fm.group("single") and fm.group("single").lower() in _POSSESSIVES:
                # "a man and his two children", "a woman and her 3 sons": the figure after
                # the possessive is the next member (not "his" as one victim)
                nxt = self.lex.number.match(text, fm.end() + 1, s1) if text[fm.end():fm.end() + 1] == " " else None
                if nxt and not nxt.group("single") and not nxt.group("defn"):
                    fm = nxt
            if not fm and _AND_WORD.search(am.group(0)):
                one = self._the_member(text, am.end(), s1, subject)
                if one is None:
                    return end
                for k in ("low", "best", "high"):
                    if fig[k] is not None:
                        fig[k] += 1
                if parts is not None:
                    parts.append((text[am.end() : one].split(None, 1)[1], 1))
                return one
            if not fm or fm.group("defn"):
                return end
            f2 = self._figure(fm)
            # "a man and two of his children": the noun after "of his"
            of = _OF_KIN.match(text, fm.end(), s1) if not fm.group("single") else None
            at = of.end() if of else fm.end() + 1
            nm = _NOUN4.match(text, at, s1) if fm.end() < s1 and text[fm.end()] == " " else None
            noun = _NOUN_STOP.split(nm.group("noun"))[0] if nm else ""
            mode: bool | str = "thing" if fm.group("single") else True
            if not noun or f2["best"] is None or not self._noun_ok(noun, mode):
                return end
            if noun[:7].lower() == "of them":
                return end  # "five people, four of them students": a part of the five
            if fm.group("single") and not re.search(r"\b(?:and|with)\b", am.group(0)):
                return end  # "killing their guard, a police officer": the same person
            if not subject and _VERB_NEXT.match(text, at + len(noun), s1):
                return end  # "kill four, one bandit was shot": a new clause
            for k in ("low", "best", "high"):
                if fig[k] is not None and f2[k] is not None:
                    fig[k] += f2[k]
                elif k == "high":
                    fig[k] = None  # "a child and several other civilians": no upper bound
            end = at + len(noun)
            if parts is not None:
                parts.append((noun, f2["best"]))
            bm = _BARE_AND.match(text, end, s1) if fm.group("single") else None
            if bm and self._is_person(bm.group("noun")) and not self._plural(bm.group("noun")) and (
                bm.group("noun") not in self.lex.block_words
            ):
                for k in ("low", "best", "high"):
                    if fig[k] is not None:
                        fig[k] += 1  # "his wife and son": two
                end = bm.end()

    def _the_member(self, text: str, at: int, s1: int, subject: bool) -> int | None:
        """The end of a list's last member told with "the" and one person in the singular
        ("killing ten policemen and the civilian driver": eleven), or None. Only as the list's
        last member (nothing may be added after it) and only a lower-case noun: "and the Red
        Cross" names no victim."""
        tm = _THE_MEMBER.match(text, at, s1)
        if tm is None:
            return None
        nm = _NOUN4.match(text, tm.end(), s1)
        noun = _NOUN_STOP.split(nm.group("noun"))[0] if nm else ""
        if not noun or not self._noun_ok(noun, "definite"):
            return None
        end = tm.end() + len(noun)
        if not subject and _VERB_NEXT.match(text, end, s1):
            return None  # "killed two, and the driver was hurt": a new clause
        return end

    def _bare_singles(
        self, doc: Doc, s0: int, s1: int, cumulative: bool, cue_pos: list[int], subject: bool = True, hurt_: bool = True
    ) -> None:
        """One victim named by a bare singular noun: "gunmen kill police reservist", "land agent
        killed at his home" (clause-initial subject). ``subject`` / ``hurt_`` False: the sentence
        holds no outcome word of ``bare_subject`` / ``bare_hurt`` (those are not tried)."""
        text = doc.text

        def head_ok(np: str) -> bool:
            words = np.lower().split()
            if "named" in words[1:]:
                words = words[: words.index("named")]  # "Girl named Jane Doe killed in ..."
            if not words or words[0] in _DETS or words[0] in ("him", "her", "them", "one", "of") or self.value_of(words[0]) is not None:
                return False
            if any(w in self.lex.block_words or w in _DETS for w in words):
                return False
            head = words[-1]
            return self._is_person(head) and not self._plural(head)

        found: list[tuple[int, int]] = []
        # the verb is a cue word: try the pattern only where a cue starts
        for bm in (self.lex.bare_object.match(text, p, s1) for p in cue_pos):
            if bm and (
                head_ok(bm.group("np"))
                and not _RELATIVE_BEFORE.search(text, max(s0, bm.start() - 60), bm.start())
                and not _HEDGE_BEFORE.search(text, max(s0, bm.start() - 30), bm.start())
                and not _ADJ_BEFORE.search(text, max(s0, bm.start() - 6), bm.start())  # "a murdered man"
            ):
                found.append((bm.start(), bm.end(), bm.start("np"), bm.end("np"), False))
        sent = text[s0:s1]
        # (the clause starts feed only ``bare_subject`` and ``bare_hurt``)
        starts = [] if not subject and not hurt_ else [s0] + (
            [m.end() for m in _CLAUSE_BREAK.finditer(sent)] if ";" in sent or ":" in sent or "|" in sent else []
        )
        if starts and len(sent) <= _HEADLINE_LEN:
            # a headline's second clause: "Two arrested after child shot", "Woman charged
            # after toddler injured by gun"
            starts += [m.end() for m in _SUBORD.finditer(sent)]
            # a headline's list of outcomes: "Man killed, boy injured in ..."
            starts += [m.end() for m in _OUTCOME_COMMA.finditer(sent)] if "," in sent or " and " in sent else []
        hurt: list[re.Match[str]] = []
        for st in starts:
            st = st if st == s0 else s0 + st
            while st < s1 and text[st].isspace():
                st += 1
            bm = self.lex.bare_subject.match(text, st, s1) if subject else None
            # ("Father and son killed in ...", "Mother and child shot": two bare nouns, two victims)
            if bm and (head_ok(bm.group("np")) or self._noun_pair(bm.group("np"))):
                found.append((bm.start(), bm.end(), bm.start("np"), bm.end("np"), True))
            elif bm is None and hurt_:
                hm = self.lex.bare_hurt.match(text, st, s1)
                if hm and (head_ok(hm.group("np")) or self._noun_pair(hm.group("np"))):
                    hurt.append(hm)
        for hm in hurt:
            st, en = hm.start(), hm.end()
            if any(s.start < en and st < s.end for s in doc.get(NUMBERS) if s.label != "count"):
                continue
            n = 2 if self._noun_pair(hm.group("np")) else 1
            attrs = {
                "low": n, "best": n, "high": n, "qualifier": None, "who": self._who(hm.group("np")), "unit": None,
                "negated": False, "cumulative": cumulative, "also": False, **({"single": True} if n == 1 else {}),
                "victim_start": hm.start("np"), "victim_end": hm.end("np"),
            }
            if hm.group("kor"):
                attrs["shot"] = True
            doc.add(NUMBERS, Span(st, en, "killed_or_injured" if hm.group("kor") else "injured", text[st:en], attrs))
        for st, en, vs, ve, told in found:
            if any(s.start < en and st < s.end for s in doc.get(NUMBERS) if s.label != "count"):
                continue
            n = 2 if told and self._noun_pair(text[vs:ve]) else 1
            if not told and (bm2 := _BARE_AND.match(text, ve, s1)) is not None and self._is_person(
                bm2.group("noun")
            ) and not self._plural(bm2.group("noun")) and bm2.group("noun") not in self.lex.block_words:
                n, en = 2, max(en, bm2.end())  # "gunmen kill father and son": two
            doc.add(NUMBERS, Span(st, en, "killed", text[st:en], {
                "low": n, "best": n, "high": n, "qualifier": None, "who": self._who(text[vs:ve]), "unit": None,
                "negated": False, "cumulative": cumulative, "also": False,
                # the victim noun ("woman dies"): a wounded "woman" told later is the same one
                "victim_start": vs, "victim_end": ve,
                # a headline's one victim told as its subject ("Man killed in ...") does not
                # lower a plural toll the story tells ("two men were shot dead")
                **({"single": True} if told and n == 1 else {}),
            }))

    def _bare_first(self, text: str, s0: int, start: int, attrs: dict[str, Any]) -> int:
        """A bare singular victim that opens a headline's clause before the figure ("Woman and
        two children killed", "Mother, 3 children found dead", "Clashes | Man and his son
        killed") is one more victim; returns the new start of the span (``attrs`` gain the
        victim)."""
        if start - s0 > 60 or not _AND_BEFORE.search(text, max(s0, start - 6), start):
            return start
        cs = s0
        for m in _CLAUSE_OPEN.finditer(text, s0, start):
            cs = m.end()
        bm = _BARE_FIRST.fullmatch(text, cs, start)
        if not bm:
            return start
        words = bm.group("np").lower().split()
        if words[0] in _DETS or any(w in self.lex.block_words for w in words) or self.value_of(words[0]) is not None:
            return start
        if not self._is_person(words[-1]) or self._plural(words[-1]):
            return start
        for k in ("low", "best", "high"):
            if attrs[k] is not None:
                attrs[k] += 1
        attrs.pop("single", None)  # two victims now ("Man and his son killed")
        return bm.start("np")

    def _shared_toll(self, doc: Doc, s0: int, s1: int) -> None:
        """A coder's note on how a toll is split over events: "6 deaths (coded across 6
        events)" gives each event 1; "... with 1 fatality each" is the toll of each event
        (``per_event``: it replaces the note's total in ``casualties_for``)."""
        text = doc.text
        spans = [sp for sp in doc.get(NUMBERS) if s0 <= sp.start < s1 and sp.label in ("killed", "injured")]
        for sm in _SHARED_ACROSS.finditer(text, s0, s1):
            n = self.value_of(sm.group("n"))
            if not n or n < 2:
                continue
            for sp in spans:
                if sp.end <= sm.start() and not sp.attrs.get("negated"):
                    sp.attrs["shared"] = n  # (not "coded separately": coded here in part)
                    for k in ("low", "best", "high"):
                        v = sp.attrs.get(k)
                        if v is not None:
                            sp.attrs[k] = max(1, v // n)
        for sp in spans:
            if sp.label == "killed" and _EACH_AFTER.match(text, sp.end, s1) and _TOLL_NOUN_END.search(sp.text):
                sp.attrs["per_event"] = True

    def _name_list(self, doc: Doc, s0: int, s1: int, cumulative: bool) -> None:
        """Victims listed by name and age ("John Doe, 20, and Jim Roe, 19, were killed"): one
        victim per item, replacing the single victim read from the last item."""
        text = doc.text
        for nm in _NAME_LIST.finditer(text, s0, s1):
            label = "killed" if (nm.group("idk") or nm.group("k") or nm.group("d")) else (
                "injured" if (nm.group("idi") or nm.group("i")) else None
            )
            if label is None:
                continue
            n = len(_NAME_AGE.findall(nm.group("list")))
            st, en = nm.start(), nm.end()
            spans = doc.layers[NUMBERS]
            if any(s.start < en and st < s.end and (s.attrs.get("best") or 0) > 1 for s in spans if s.label != "count"):
                continue  # a figure already counts them
            spans[:] = [s for s in spans if not (s.start < en and st < s.end and s.label != "count")]
            doc.add(NUMBERS, Span(st, en, label, text[st:en], {
                "low": n, "best": n, "high": n, "qualifier": None, "who": None, "unit": None,
                # "single": a list of names is often a part of a larger toll told apart
                # ("three died ... the dead were identified as A, 28, and B, 27")
                "negated": False, "cumulative": cumulative, "also": False, "names": True, "single": True,
            }))

    def _postmod_ok(self, pm: re.Match[str], need: bool | str, single: bool, fig: dict[str, Any]) -> bool:
        """Whether a ``postmod`` match is a victim noun, its modifier and its outcome: the noun
        names people (one person after "a"/"the"), the modifier holds no clause of its own
        ("two men from the village, police said, were ..."), and a transitive outcome has its
        auxiliary ("were shot dead"; "died" needs none)."""
        noun = pm.group("noun")
        words = noun.lower().split()
        if not words or not self._is_person(words[-1]) or not self._noun_ok(noun, need or True):
            return False
        if single and self._plural(words[-1]):
            return False
        if not single and (fig["best"] or 0) > 1 and not self._plural(words[-1]) and not (
            # "two Pokot woman who ... are killed": the plural verb tells a slip of the noun
            _PLURAL_VERB.match(pm.group("aux") or "")
        ):
            return False  # "a father of four ... was killed", "two-man team"
        mod = pm.group("mod")
        aux = (pm.group("aux") or "").split()
        pair = _MOD_PAIR.search(mod) if single and fig["best"] == 1 and aux[:1] in (["were"], ["are"]) else None
        if pair and (pw := pair.group("noun").lower().split()) and self._is_person(pw[-1]) and not self._plural(pw[-1]) and not (
            set(pw) & self.lex.block_words
        ):
            # "an inspector with the prisons unit and a corporal with the forest service were
            # shot dead": two victims, each with a modifier; the second one's is read as well
            mod = mod[: pair.start()] + " " + (pair.group("mod2") or "")
        else:
            pair = None
        mod_words = re.findall(r"[a-z]+", mod.lower())
        if mod_words[:2] == ["known", "as"]:
            mod_words = mod_words[2:]  # "a cleric known as Baba": a name, no clause
        if mod_words[:1] == ["who"]:
            # a relative clause: its own verb is no clause break ("two women who were accused
            # of witchcraft were lynched"), but the clause ends at the first stop word
            mod_words = mod_words[1:]
        if any(w in self.lex.postmod_stops for w in mod_words):
            return False
        km = _MOD_KILL.search(mod)
        if km and not _RELATIVE_BEFORE.search(mod, 0, km.start()):
            return False  # "two men shot by police in the raid were ...": another outcome inside
        if _OBJECT_NEXT.match(pm.string, pm.end(), min(len(pm.string), pm.end() + 40)):
            return False  # "... were shot dead a ...": active, read elsewhere
        if _MOD_LIST.search(mod):
            return False  # "an attack on a sheikh in Garissa, two other scholars were killed"
        if aux and not pair and (aux[0].lower() in ("were", "are", "have") if single or fig["best"] == 1 else (
            aux[0].lower() in ("was", "is", "has") and (fig["best"] or 0) > 1
        )):
            return False  # the verb agrees with another subject
        out = pm.group("out").lower()
        ok = pm.group("aux") is not None or out.startswith(("died", "dies", "perished", "succumbed", "lost"))
        if ok and pair:
            fig["low"] = fig["best"] = fig["high"] = 2
        return ok

    def _who(self, noun: str) -> str | None:
        words = re.findall(r"[\w'’]+", noun.lower())
        for i in range(len(words)):
            two = " ".join(words[i : i + 2])
            if two in self.lex.who:
                return self.lex.who[two]
        for w in reversed(words):
            if w in self.lex.who:
                return self.lex.who[w]
        return None

    def _noun_pair(self, noun: str) -> bool:
        """Whether a victim noun is two bare singular person nouns joined by "and" ("wife and
        son", "man and woman"): two victims after one determiner."""
        m = _NOUN_PAIR.fullmatch(noun.strip())
        return m is not None and all(
            self._is_person(w) and not self._plural(w) and w not in self.lex.block_words
            for w in (m.group("a").lower(), m.group("b").lower())
        )

    def _is_person(self, w: str) -> bool:
        p = self.lex.persons
        if w in p or w + "s" in p or (w.endswith("s") and w[:-1] in p) or w.endswith(("men", "man")):
            return True
        # agent nouns: "rioter", "protester", "activist", "civilian"
        base = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        return len(base) > 4 and base.endswith(("er", "or", "ist", "ian")) and base not in self.lex.not_suffixed

    def _noun_ok(self, noun: str, need_person: bool | str) -> bool:
        """Whether ``noun`` can name the victims. ``need_person``: True (a person noun is
        required), False (anything not blocked), "thing" (anything that names no animal or
        object: the object of "killed a ..." is nearly always a person), "definite" (a person
        noun in the singular, for "the man was killed")."""
        # ages are adjectives here: "a 13 year old boy", "a 60-year-old woman"
        aged = _AGE.sub(" ", noun.lower())
        words = re.findall(r"[\w'’-]+", aged)
        if "unborn" in words:
            return False  # "killed five adults and an unborn child": tolls count the born
        if not words and need_person and aged != noun.lower():
            return True  # "killed a 21-year-old"
        if "and" in words:
            # "7 women and children": one group of people, not a clause
            i = words.index("and")
            if 0 < i < len(words) - 1 and all(
                self._is_person(w) and self._plural(w) for w in (words[i - 1], words[i + 1])
            ):
                words = words[: i - 1] + words[i + 1 :]
        if any(w in self.lex.block_words for i, w in enumerate(words) if w not in ("of", "the") and not (
            i == 1 and w == "its" and words[0] == "of"  # "two of its own fighters": a group's men
        )):
            return False
        if words and words[0] == "of" and (len(words) < 2 or words[1] not in _OF_PART):
            return False
        if need_person == "object":
            if words[:1] == ["of"]:  # "killing 30 of the raiders", "two of them", "three of his sons"
                words = [w for w in words[1:] if w not in _OF_PART] or ["them"]
            return bool(words) and words[-1] not in self.lex.non_persons and not any(w in _DETS for w in words) and (
                words[0] not in _OUTCOME_NOUNS  # "2 killed 4 injured": the next toll, not a victim noun
            )
        if need_person == "age":
            # after a bare age: nothing ("17-year-old shot"), a person ("17-year-old boy") or a
            # name ("19-year-old John Doe"), not a clause ("17-year-old believed he had ...")
            return not words or self._is_person(words[-1]) or bool(
                re.fullmatch(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*", noun.strip())
            )
        if need_person in ("thing", "thing_pl"):
            # the head noun decides: "a goat herder" is a person, "a goat" is not
            if not words or words[-1] in self.lex.non_persons or any(w in _DETS for w in words):
                return False
            if need_person == "thing_pl" and self._plural(words[-1]):
                return False  # "his sons" says nothing of how many
            # "a form four student" is one student; "a family of 3" is not one victim
            # ("killed a further two": the figure comes after, not a noun)
            return self.value_of(words[0]) is None and self.value_of(words[-1]) is None and not any(
                w.isdigit() for w in words
            )
        if need_person == "definite":
            if not words or any(w in _DETS for w in words) or self._plural(words[-1]) or any(self.value_of(w) is not None for w in words):
                return False
            return self._is_person(words[-1]) or (len(words) > 1 and self._is_person(words[-2]))
        if any(w.isdigit() and "of" not in words[:i] for i, w in enumerate(words)):
            # "units sent to NE 45 St regarding 3 people shot": a figure inside the noun is its own count,
            # the one before it an address's or a route's number ("two of the 10 passengers"
            # is the part of a whole)
            return False
        if need_person:
            return any(self._is_person(w) for w in words)
        return True

    def _plural(self, w: str) -> bool:
        return w in self.lex.plurals or (w.endswith("s") and not w.endswith(("ss", "us", "is")))

    def _sentence(
        self,
        doc: Doc,
        s0: int,
        s1: int,
        cumulative: bool,
        last_people: list[Any],
        windows: list[tuple[int, int]],
        cue_pos: list[int] | None = None,
    ) -> None:
        text = doc.text
        cue_pos = cue_pos or []
        lex = self.lex
        sent_text = text[s0:s1]
        sent_low = sent_text.lower()
        # (in plain ASCII a case-insensitive pattern matches only where the lower-cased text
        # holds its words: a substring test spares the scan of most sentences)
        ascii_ = sent_text.isascii()
        also = (not ascii_ or _has_any(sent_low, _ALSO_WORDS)) and bool(lex.also.search(sent_text))
        figures = [m for ws, we in windows for m in lex.number.finditer(text, ws, we)]
        if "old" in sent_low:  # "17-year-old", "4-month-old"
            figures += [m for ws, we in windows for m in lex.age.finditer(text, ws, we)]
            figures.sort(key=lambda m: m.start())
        made: list[Span] = []
        pending: list[tuple[re.Match[str], dict[str, Any], str | None, int]] = []
        for m in figures:
            if made and m.start() < made[-1].end:
                continue  # inside a figure already read ("killed a chief and his assistant")
            age = m.re is lex.age  # "17-year-old shot": the age is the victim
            if m.group("single") or m.group("defn") or age:
                # "a", "the", "his" are everywhere: read them only near a cue word
                ci = bisect_left(cue_pos, m.start() - 30)
                if ci >= len(cue_pos) or cue_pos[ci] > m.start() + (80 if m.group("defn") else 120):
                    continue
            fig = self._figure(m)
            sw = (m.group("single") or m.group("defn") or (m.group("age") if age else "") or "").lower()
            single = bool(sw)
            # how strict the victim noun must be for a singular figure
            need: bool | str = (
                "definite" if sw == "the" else "thing_pl" if sw in ("his", "her", "their") else "age" if age
                else "thing" if single else False
            )
            if sw == "the":
                fig["low"] = fig["best"] = fig["high"] = 1
            after = m.end()
            before = text[max(s0, m.start() - 60) : m.start()]
            label = None
            active = False  # the figure is the object of a killing verb ("killed 3")
            update = False  # the toll told as risen ("the death toll rose to 4")
            who = None
            parts: list[tuple[str, int | None]] = []  # a victim list's members ("two civilians and a fighter")
            unit = None
            end = after
            victim: tuple[int, int] | None = None
            # "including 2 civilians" inside an earlier figure
            # (the pattern ends with one of its words and white space: a suffix test first)
            inc = lex.including.search(before) if made and _may_include(before) else None
            last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            if (last in _MONTH_WORDS or last in _NOT_TOLL_BEFORE) and not single:
                continue  # "the May 14 shooting": a day of the month, not a toll
            if not single and (_WHOLE_BEFORE.search(before) or _STATION_AFTER.match(text, after)):
                # "six out of the 80 guests were hurt": the whole, not the toll; "WXYZ 8 News
                # two people were hurt", "8 News the wounds ...": a station's name
                continue
            if last == "and" and m.group("a") and _AGE_LIST_BEFORE.search(before):
                continue  # "the victims -- ages 22, 26 and 37 -- were taken to a hospital"
            if last in _AGE_LAST and not single and _AGES_BEFORE.search(before):
                continue  # "four men, between the ages of 16-18, were hurt", "ages 18 to 38": ages
            if last[:-1] in _MONTH_WORDS and last.endswith(".") and _THE_MONTH.search(before):
                continue  # "in the Nov. 29 death of ..." (but "Sep. 4 killed by ..." in a note)
            if m.group("a") and before[-2:].rstrip().endswith(",") and _AGE_AFTER.match(text, after) and (
                _NAME_COMMA.search(before)
            ):
                continue  # "John Doe, 23, of Clinton, was killed", "two men, 25 and 30,": ages
            if m.group("a") == "911":
                continue  # the emergency number ("called 911 because he had shot ...")
            if m.group("vague") and _BOTH_PLACES.match(text, m.start(), s1):
                continue  # "killed both in town and in the hills": "both ... and" joins places, not two victims
            if m.group("a") and _YEAR.fullmatch(m.group("a")) and not _LOWER_NEXT.match(text, after):
                continue  # "School Shooting 2016: ...": a year, not a toll ("2016 people" is one)
            if before[-3:].lower() == "no " and _NO_BEFORE.search(before):
                continue  # "no one was hurt": left to the negation patterns
            if ("report" in before or "claim" in before or "rumo" in before or "allegation" in before) and (
                _DENIED_BEFORE.search(before)
            ):
                continue  # "the governor dismissed reports that 14 were killed"
            if inc and made and made[-1].label != "count":
                nm = _NOUN3.match(text, after, s1)
                if nm and self._noun_ok(nm.group("noun"), True) and fig["best"] is not None:
                    parent = made[-1]
                    who = self._who(nm.group("noun"))
                    if who == "civilians":
                        parent.attrs["civilians"] = fig["best"]
                    elif who in _CIVILIAN_WHO and parent.label == "killed" and parent.attrs.get("who") not in _CIVILIAN_WHO:
                        # "19 killed, including 9 children": at least those were civilians
                        parent.attrs["civilians"] = max(parent.attrs.get("civilians") or 0, fig["best"])
                        parent.attrs["civilians_floor"] = True
                    elif _SIDE.get(who) and parent.label == "killed" and parent.attrs.get("civilians") is None:
                        # "five people were killed, among them a soldier": not all were civilians
                        parent.attrs["combatants"] = (parent.attrs.get("combatants") or 0) + fig["best"]
                    end = nm.end()
                    doc.add(NUMBERS, Span(m.start(), end, parent.label, text[m.start() : end], {
                        "low": fig["low"], "best": fig["best"], "high": fig["high"],
                        "qualifier": fig["qualifier"], "who": who, "unit": None, "negated": False,
                        "cumulative": cumulative, "also": also, "subset": True,
                    }))
                    continue
            # 1. "killing 21 people", "left 5 dead", "toll rose to 8"
            # the "$"-anchored patterns are tried only when the word before the figure can end
            # them (a set lookup instead of a regex scan of 60 characters)
            am = lex.active_before.search(before) if last in lex.active_last or (
                last.endswith(_THEN_VERB_ENDS) and " and " in before
            ) or (last == "and" and lex.self_and.search(before)) else None
            tm = lex.toll_before.search(before) if last in lex.toll_last else None
            if tm is None and last == "at":
                tm = lex.toll_put.search(before)
            if tm is None and last in ("to", "reached") and not single:
                # "the death toll of the rocket attack on the market in the city has risen to
                # eight": the toll named well before its verb
                tm = lex.toll_far.search(text, max(s0, m.start() - _TOLL_FAR), m.start())
            if am and (_RELATIVE_BEFORE.search(before, 0, am.start()) or _HEDGE_BEFORE.search(before, 0, am.start())):
                continue  # "a man who had killed his father": background, not this event's toll
            if am and am.group("kor") and _ADJ_BEFORE.search(before, 0, am.start()):
                continue  # "responded to a shooting 2501 Main St": the noun, not the verb
            if am:
                lm = None
                verb = am.group(0).strip().lower()
                if verb.startswith(("left", "leaving")):
                    lm = lex.left_after.match(text, after, s1)
                    if lm and self._noun_ok(lm.group("noun"), False):
                        label = "killed" if lm.group("k") else "injured"
                        end = lm.end()
                        victim = (lm.start("noun"), lm.end("noun"))
                else:
                    nm = _NOUN4.match(text[after:s1].lstrip())
                    off = after + (len(text[after:s1]) - len(text[after:s1].lstrip()))
                    noun = nm.group("noun") if nm else ""
                    # the noun phrase stops at a conjunction or preposition
                    noun = _NOUN_STOP.split(noun)[0]
                    if noun.split(" ", 1)[0].lower() in _STOP_FIRST:
                        noun = ""
                    # the object of "killed eight ..." is people unless it names a thing
                    obj_need = need or ("object" if am.group("k") or am.group("i") else True)
                    if noun and not self._noun_ok(noun, obj_need):
                        # "injured five bystanders early this morning": the object ends at its
                        # last person noun
                        ws = noun.split()
                        j = next((j for j in range(len(ws) - 1, 0, -1) if ws[j - 1].lower() in self.lex.persons), 0)
                        if not j:
                            # "killed two community leaders opposed to a dam": the object ends
                            # before a participle (the verb of the clause is the killing)
                            j = next((j for j in range(1, len(ws)) if _PARTICIPLE_WORD.fullmatch(ws[j])), 0)
                        if j:
                            noun = " ".join(ws[:j])
                    ok = self._noun_ok(noun, obj_need) if noun else age or not single and (
                        fig["best"] is not None or fig["vague"]
                    ) or (sw == "another" and am.group("arr") is None and am.group("abd") is None)
                    # "killing 20.", "killing three in revenge", "killed one and wounded another"
                    body = bool(noun) and am.group("kor") is not None and sw in ("his", "her") and bool(
                        _BODY_PART.search(noun)
                    )  # "shot his own hand": a wound to the shooter
                    if ok and noun and noun.split()[-1].lower() in self.lex.count_units:
                        ok = False  # "jets executed four airstrikes": things counted, no victims
                    if ok and noun and am.group("kor") and not body and not _AGE.search(noun) and not any(
                        self._is_person(w) for w in noun.lower().split()
                    ):
                        ok = False  # "bullets struck her mattress": no victim
                    if ok:
                        label = (
                            "killed" if am.group("k") else "injured" if am.group("i") else "arrested" if am.group("arr")
                            else "abducted" if am.group("abd") else "injured" if body
                            else "killed_or_injured"  # "shot his brother"
                        )
                        who = self._who(noun)
                        active = True
                        end = off + len(noun) if noun else after
                        if noun:
                            victim = (off, end)
                            dead = _DEAD_NEXT.match(text, end, s1) if label == "killed_or_injured" else None
                            if dead:  # "shot his brother to death"
                                label, end = "killed", dead.end()
                            elif label == "killed_or_injured" and noun.lower().endswith(" dead"):
                                label = "killed"  # "shot two men dead"
                                victim = (off, end - 5)
                        # "the bodies of a chief and another youth were found": the list is the
                        # sentence's subject, its verb no new clause
                        parts.append((noun, fig["best"]))
                        end = self._more_victims(
                            text, end, s1, fig, need or True, subject=verb.startswith(("bodies of", "remains of")),
                            parts=parts,
                        )
            elif tm and not single:
                label = "killed" if tm.group("k") else "injured"
                end = after
                # "the death toll rose to 4", "was raised from 1 to 4": a later count of the toll
                update = bool(tm.group("up") or tm.group("upfrom") or tm.group("rng"))
                if tm.group("rng"):
                    if fig["high"] is None or fig["high"] == fig["low"]:
                        label = None  # "toll rose from 3 ...": the old count, no range
                    else:  # "rose from three to seven": the figure is the range, the toll its end
                        fig["low"] = fig["best"] = fig["high"]
            if label is None:
                held = _OF_HELD.match(text, after, s1) if not single else None
                pm = lex.passive.match(text, held.end() if held else after, s1)
                # "his wife and son were wounded", "a man and woman were shot": two bare
                # singular person nouns sharing the one determiner are two victims
                pair = pm is not None and single and self._noun_pair(pm.group("noun"))
                if pm and (
                    pair or self._noun_ok(pm.group("noun"), need)
                    if pm.group("noun").strip() or not single
                    else sw == "another" or age
                ) and not (
                    single and pm.group("kor") and not pair and not (age and not pm.group("noun").strip())
                    and not self._noun_ok(pm.group("noun"), True)
                ) and not (
                    _OBJECT_NEXT.match(text, pm.end(), s1)
                    and not _AUX_IN.search(text, pm.end("noun"), pm.start("out"))
                    # "2 killed 4 injured": the next figure is a toll of its own, no object
                    and not _NEXT_TOLL.match(text, pm.end(), s1)
                ) and not (single and len(pm.group("noun").split()) > 5) and not (
                    # "dozens mourn four slain": a verb and the toll's own figure, not its noun
                    fig["vague"] and any(self.value_of(w) is not None for w in pm.group("noun").split())
                ) and not (
                    # "a form four student was killed", "a father of four is killed": not a toll of four
                    not single and (fig["best"] or 0) > 1 and (
                        _SINGULAR_VERB.match(text, pm.end("noun"))
                        or (pm.group("noun").split() and not self._plural(pm.group("noun").split()[-1].lower())
                            and self._is_person(pm.group("noun").split()[-1].lower())
                            # "two Pokot woman are killed": the plural verb tells a slip of the noun
                            and not _PLURAL_VERB.match(text, pm.end("noun")))
                    )
                ):
                    noun = pm.group("noun")
                    if pm.group("kor") and _HURT_WORD.search(text, pm.end("noun"), pm.start("out")):
                        label = "injured"  # "were wounded and taken to a hospital"
                    elif pm.group("kor"):
                        label = "killed_or_injured"
                    elif pm.group("k"):
                        label = "killed"
                    elif pm.group("i"):
                        label = "injured"
                    elif pm.group("arr"):
                        label = "arrested"
                    else:
                        label = "abducted"
                    if label in ("arrested", "abducted") and not pair and not self._noun_ok(noun, True) and noun.strip():
                        label = None
                    else:
                        if pair:
                            for k in ("low", "best", "high"):
                                if fig[k] is not None:
                                    fig[k] += 1
                        who = self._who(noun)
                        end = pm.end()
                        if noun.strip():
                            victim = (pm.start("noun"), pm.start("noun") + len(noun.rstrip()))
            if label is None:
                # only where an outcome word follows within a modifier's reach (a cheap test
                # on the cue positions spares the pattern at most figures)
                ci = bisect_left(cue_pos, after + 4)
                cj = bisect_left(cue_pos, after + _POSTMOD_REACH) - 1
                pmm = lex.postmod.match(text, after, min(s1, cue_pos[cj] + 60)) if ci <= cj else None
                # (arrests and abductions are left out: "a woman suspected of fatally shooting
                # her boyfriend was arrested" tells the killing inside the modifier)
                if pmm and not (pmm.group("arr") or pmm.group("abd")) and self._postmod_ok(pmm, need, single, fig):
                    label = "killed_or_injured" if pmm.group("kor") else "killed" if pmm.group("k") else "injured"
                    noun = pmm.group("noun")
                    who = self._who(noun)
                    end = pmm.end()
                    victim = (pmm.start("noun"), pmm.end("noun"))
            as_was = False
            if label is None and last in ("was", "were") and made and made[-1].label == "killed" and (
                _AS_WAS.search(before)
            ) and (fig["best"] is not None or fig["vague"]):
                # "three residents were killed, as was one of the attackers": one more dead
                om = _OF_THE.match(text, after, s1)
                nm = _NOUN4.match(text, om.end() if om else after + 1, s1)
                noun = _NOUN_STOP.split(nm.group("noun"))[0] if nm else ""
                if noun and self._noun_ok(noun, "object"):
                    label, end = "killed", (om.end() if om else after + 1) + len(noun)
                    who = self._who(noun)
                    victim = (end - len(noun), end)
                    as_was = True
            dof = _DEATH_OF_BEFORE.search(before) if label is None and last == "of" else None
            if dof and (single or fig["best"] is None) and not (
                sw in ("a", "an") and (nm1 := _NOUN4.match(text, after + 1, s1)) is not None
                and self._noun_ok(_NOUN_STOP.split(nm1.group("noun"))[0], "thing")
                and self._is_person(_NOUN_STOP.split(nm1.group("noun"))[0].split()[-1].lower())
            ):
                dof = None  # "the death of a woman" names one victim; "the death of the"
            if dof and single and not _TOLD_DEATH_BEFORE.search(before, 0, dof.start()):
                # one victim's death is this event's toll when the text reports it ("activists
                # documented the death of a woman"); "following the death of a man, residents
                # protested" gives the cause of another event
                dof = None
            if label is None and fig["best"] is not None and (
                dof is not None
                or (not single and ":" in before[-25:] and _COLON_TOLL.search(before))
            ):
                # "led to the death of one", "the martyrdom of three civilians", "the injury
                # of nine others", "the death of a woman and a young man", "FATALITIES: 15"
                label = "injured" if dof is not None and dof.group("i") else "killed"
                nm = _NOUN4.match(text, after + 1, s1) if text[after : after + 1] == " " else None
                noun = _NOUN_STOP.split(nm.group("noun"))[0] if nm else ""
                if noun and (single or self._noun_ok(noun, True)):
                    # the noun phrase stops at a conjunction ("four civilians and the injury of")
                    end = after + 1 + len(noun)
                    victim = (after + 1, end)
                    who = self._who(noun)
                    # "the deaths of six children and three women": the list is the toll
                    parts.append((noun, fig["best"]))
                    end = self._more_victims(text, end, s1, fig, True, parts=parts)
            # ("dea" of "dead" / "death": letters no other character matches case-insensitively)
            dm = _TO_DEATH_AFTER.match(text, after, s1) if label is None and "dea" in sent_low else None
            if dm and _SPLIT_VERB_BEFORE.search(before):
                # "stoned two suspected robbers to death", "beat up two men to death"
                if self._noun_ok(dm.group("noun"), need or True):
                    label, end = "killed", dm.end()
                    who = self._who(dm.group("noun"))
            if label is None and last in _SENT_BEFORE and (not single or sw in ("a", "an", "another")):
                # "sent five to the hospital", "sent a teenage girl to the hospital"
                sm_ = _SENT_TO.match(text, after, s1)
                if sm_ and self._noun_ok(sm_.group("noun"), "thing" if single else True):
                    label, end = "killed_or_injured", sm_.end()
                    who = self._who(sm_.group("noun"))
            if label is None and (not single or _ONE_MARTYR.match(text, after, s1)):
                om = lex.outcome_noun.match(text, after, s1)
                if om and om.group("noun").strip() and _DET_NEXT.match(text, om.end(), s1):
                    om = None  # "four men shot dead a priest": the killers, not a toll
                if om and self._noun_ok(om.group("noun"), False):
                    label = "killed_or_injured" if om.group("kor") else "killed" if om.group("k") else "injured"
                    who = self._who(om.group("noun"))
                    end = om.end()
            if label is None and not single:
                um = lex.unit.match(text, after, s1)
                if um and self._noun_ok(um.group("noun"), False):
                    label = "count"
                    unit = lex.count_units[re.sub(r"\s+", " ", um.group("unit").lower())]
                    end = um.end()
            if label is None:
                # Maybe the first of a list: "a police officer and two civilians were killed".
                cm = _LIST_NEXT.match(text, after, s1)  # no look-behind: same as on the slice
                if cm and self._noun_ok(cm.group("noun"), True) and fig["best"] is not None:
                    pending.append((m, fig, self._who(cm.group("noun")), cm.end()))
                continue
            if single and label == "count":
                continue
            if label in ("killed", "injured", "killed_or_injured") and fig["best"] is None and not fig["vague"]:
                pass  # "a number of people were killed": keep as unknown
            fatal: Span | None = None
            attrs: dict[str, Any] = {
                "low": fig["low"],
                "best": fig["best"],
                "high": fig["high"],
                "qualifier": fig["qualifier"],
                "who": who,
                "unit": unit,
                "negated": False,
                "cumulative": cumulative,
                # adds victims: "another ...", "two others", "a further 3", "... as well"
                # ("killed another two"; in a list of parts, "two are in critical condition and
                # another five were released", it adds nothing)
                "also": sw == "another" or (active and _ANOTHER_BEFORE.search(before) is not None) or _also_near(text, max(s0, m.start() - 15), min(s1, end + 12)) or (
                    # "2 killed and 2 others killed"; "one dead and three others hurt" adds nothing
                    bool(_OTHERS_NEAR.search(text, m.start(), min(s1, end + 3)))
                    and any(p.label == label for p in made)
                ),
            }
            if not attrs["also"] and sw in ("a", "an") and label in ("injured", "killed_or_injured") and (
                _ORDINAL_NEXT.match(text, after)
            ):
                attrs["also"] = True  # "four victims were struck ... a fifth victim was found later"
            if attrs["also"] and sw == "another" and active and label == "injured" and (
                "kill" in before.lower() or "fatally" in before.lower()
            ):
                attrs["also"] = False  # "killing three men and wounding another": other than the dead
            if update:
                attrs["update"] = True
            if single and attrs["best"] == 1:
                if age:
                    # a bare age is the victim itself ("17-year-old boy killed"), not a re-telling:
                    # not "single", but one victim for ``_not_died``
                    attrs["age"] = True
                else:
                    attrs["single"] = True  # one victim named in passing: "a man", "his daughter"
            if label == "killed_or_injured" and _WHO_WAS.search(text, m.start(), end) and (
                dd := _THEN_DIED.match(text, end, s1)
            ) is not None:
                # "the boy who was shot was pronounced dead" (not "the shooting that sent five
                # to the hospital has died": another subject's verb)
                label, end = "killed", dd.end()
            if label == "killed_or_injured" and text[end - 4 : end].lower() == "shot" and (
                sd := _SHOT_THEN_DEAD.match(text, end, s1)
            ) is not None:
                label, end = "killed", sd.end()
            if label == "killed_or_injured" and (
                text[end - 4 : end].lower() == "shot" or (am is not None and am.group("kor"))
                or _HOSPITAL_END.search(text, max(0, end - 16), end) is not None or text[end - 7 : end].lower().endswith(("wound", "wounds", "gunfire"))
            ):
                attrs["shot"] = True  # "3 people were shot": GVA reads those not killed as injured
                fm = _FATALLY.match(text, end, s1)
                if fm:  # "... were shot, one fatally"
                    n_dead = self.value_of(fm.group("n")) or 0
                    fatal = Span(fm.start("n"), fm.end(), "killed", text[fm.start("n") : fm.end()], {
                        "low": n_dead, "best": n_dead, "high": n_dead, "qualifier": None, "who": None,
                        "unit": None, "negated": False, "cumulative": cumulative, "also": False,
                    })
                    doc.add(NUMBERS, fatal)
            if fig["vague"]:
                attrs["vague"] = True
            if active:
                attrs["active"] = True
            if victim:
                attrs["victim_start"], attrs["victim_end"] = victim
            # Absorb pending list members that run straight into this figure.
            start = m.start()
            # ("a man and his two children were killed": a possessive between them)
            while pending and label != "count" and (
                pending[-1][3] == start or _POSSESSIVE_GAP.fullmatch(text, pending[-1][3], start)
            ):
                pm_, pfig, pwho, _ = pending.pop()
                for k in ("low", "best", "high"):
                    if attrs[k] is not None and pfig[k] is not None:
                        attrs[k] += pfig[k]
                if pwho == "civilians":
                    attrs["civilians"] = attrs.get("civilians", 0) + (pfig["best"] or 0)
                if attrs["who"] is None and _SIDE.get(pwho or "") == "state":
                    # "four soldiers and two VDP were killed": a list opened by the state's
                    # forces, with no side named after it (an auxiliary, a reservist), is
                    # the state side's dead ("members" of a family are no side)
                    attrs["who"] = pwho
                start = pm_.start()
            pending.clear()
            if len(parts) > 1 and "civilians" not in attrs and any(_SIDE.get(self._who(n)) for n, _ in parts):
                # "killed two civilians and three fighters": only the list's civilians (by a civilian
                # noun or one of no side) were civilians
                attrs["civilians"] = sum(
                    v or 0 for n, v in parts
                    if self._who(n) in _CIVILIAN_WHO or (self._who(n) is None and set(n.lower().split()) & lex.noncombatants)
                )
            if who == "civilians" and "civilians" not in attrs:
                attrs["civilians"] = fig["best"]
            if inc and made and label == made[-1].label and label != "count":
                parent = made[-1]
                attrs["subset"] = True
                if who == "civilians":
                    parent.attrs["civilians"] = fig["best"]
            if label == "killed" and _ALONG_WITH.match(text, end, s1):
                extra = {"low": 0, "best": 0, "high": 0}
                new_end = self._more_victims(text, end, s1, extra, "thing", _ALONG_WITH)
                if new_end > end:
                    for k in ("low", "best", "high"):
                        if attrs[k] is not None:
                            attrs[k] += extra[k]
                    end = new_end
            if as_was:
                attrs["also"] = True  # another victim, not a part of the toll before
            elif (
                made and made[-1].label == label and label in ("killed", "injured") and victim
                and m.start() - made[-1].end < 25 and _JOINED.search(text, made[-1].end, m.start())
            ):
                attrs["also"] = True  # "2 raiders killed and 2 civilians killed"
                attrs["joined"] = True
            elif (
                label == "killed" and active and made and made[-1].label == "killed" and not made[-1].attrs.get("active")
                and _OTHER_SIDE.match(text, made[-1].end, m.start())
            ):
                # "a guard is killed while police kill one of the attackers": the other side's dead
                attrs["also"] = True
            if label in ("killed", "injured") and start == m.start() and attrs["best"] is not None:
                start = self._bare_first(text, s0, start, attrs)
            sp = Span(start, end, label, text[start:end], attrs)
            doc.add(NUMBERS, sp)
            made.append(sp)
            if fatal is not None:
                made.append(fatal)  # its figure ("and one was killed") is read: not again
            if label != "count" and fig["best"] is not None:
                last_people[0], last_people[1] = fig["best"], label
        # fractions of an earlier figure: "half of them were killed"
        # (no earlier figure: the loop would stop at its first match, so no scan)
        fractions = last_people[0] is not None and (not ascii_ or _has_any(sent_low, lex.fraction_words))
        for fm in lex.fraction.finditer(text, s0, s1) if fractions else ():
            if last_people[0] is None:
                break
            pm = lex.passive.match(text, fm.end(), s1)
            if not pm or pm.group("noun").strip():
                continue
            label = "killed_or_injured" if pm.group("kor") else "killed" if pm.group("k") else "injured" if pm.group("i") else None
            if label is None:
                continue
            val = int(round(lex.fractions[re.sub(r"\s+", " ", fm.group("frac").lower())] * last_people[0]))
            attrs = {
                "low": val, "best": val, "high": val, "qualifier": None, "who": None, "unit": None,
                "negated": False, "cumulative": cumulative, "also": also, "fraction": True,
            }
            if last_people[1] == label:
                # a share of a toll of the same outcome ("21 were killed ... half of them died
                # in the east"): a part of it, not a lower report of it
                attrs["subset"] = True
            doc.add(NUMBERS, Span(fm.start(), pm.end(), label, text[fm.start() : pm.end()], attrs))
        # one victim named by a pronoun, a name or a body: "shot him dead", "the body of ..."
        # gate words present in the sentence (the same test as ``k in sent_low`` for each)
        present = {w for _, w in _gate_words().iter(sent_low)}
        for pat, gate in zip(_SINGLE_PATTERNS, _SINGLE_GATES, strict=True):
            if present.isdisjoint(gate):
                continue  # a substring test is far cheaper than the pattern
            for sm in (x for ws, we in windows for x in pat.finditer(text, ws, we)):
                st, en = sm.start(), sm.end()
                if _RELATIVE_BEFORE.search(text, max(s0, st - 60), st):
                    continue
                if any(s.start < en and st < s.end for s in doc.get(NUMBERS) if s.label != "count"):
                    continue
                pair = "pair" in sm.re.groupindex and sm.group("pair") is not None
                n_dead = {"low": 2, "best": 2, "high": 2} if pair else {"low": 1, "best": 1, "high": 1}
                if _ALONG_WITH.match(text, en, s1):
                    # "John Doe was shot dead along with another man": one more victim
                    en = self._more_victims(text, en, s1, n_dead, "thing", _ALONG_WITH)
                doc.add(NUMBERS, Span(st, en, "killed", text[st:en], {
                    **n_dead, "qualifier": None, "who": None, "unit": None,
                    "negated": False, "cumulative": cumulative, "also": False, "single": not pair,
                }))
        if "bodies" in sent_low:
            for bm in _TWO_BODIES.finditer(text, s0, s1):
                if " and " in _NAME_AND.sub(" ", bm.group("a")) or any(
                    s.start < bm.end() and bm.start() < s.end for s in doc.get(NUMBERS) if s.label != "count"
                ):
                    continue  # a longer list ("a man and a woman and a child"), or read already
                doc.add(NUMBERS, Span(bm.start(), bm.end(), "killed", bm.group(0), {
                    "low": 2, "best": 2, "high": 2, "qualifier": None, "who": None, "unit": None,
                    "negated": False, "cumulative": cumulative, "also": False,
                }))
        weak = (x for ws, we in windows for x in _WEAK_DEATH.finditer(text, ws, we)) if not present.isdisjoint(
            _WEAK_GATE
        ) else ()
        for wm in weak:
            if not any(s.start < wm.end() and wm.start() < s.end for s in doc.get(NUMBERS)):
                doc.add(NUMBERS, Span(wm.start(), wm.end(), "killed", wm.group(0), _one_victim(cumulative, weak=True)))
        # headline-style singular victims without an article
        self._bare_singles(
            doc, s0, s1, cumulative, cue_pos, not ascii_ or not present.isdisjoint(_BARE_SUBJECT_GATE),
            not ascii_ or not present.isdisjoint(_BARE_HURT_GATE),
        )
        # a killing that is the cause of a protest in the same sentence is not its toll
        pm_ = _PROTEST.search(text, s0, s1) if not present.isdisjoint(_PROTEST_GATE) else None
        if pm_:
            for sp in doc.get(NUMBERS):
                if not (pm_.end() <= sp.start < s1) or sp.label == "count":
                    continue
                # (a weak death, "protest the death of a boy", holds its own cause words)
                causes = list(_CAUSE.finditer(text, pm_.end(), min(s1, sp.end if sp.attrs.get("weak") else sp.start + 4)))
                # the cause clause runs up to the figure: no ";", ":" or dash in between
                # nor a comma after a cause clause complete with its verb ("... after the winner
                # was declared, a body is later found": the death follows, in a clause of its own)
                if causes and not re.search(r"[;:]|\s[-–]\s", text[causes[-1].end() : sp.start]) and not (
                    _CLAUSE_DONE.search(text, causes[-1].end(), sp.start)
                ):
                    result = _RESULT_PARTICIPLE.search(text, max(causes[-1].end(), sp.start - 40), sp.start)
                    if result and not _CAUSE_VIOLENCE.search(text, causes[-1].start(), result.start()):
                        continue  # the main act's toll, told after a cause with no violence
                    sp.attrs["cause"] = True
        # the killer's own death adds to the toll: "killed his wife and then himself"
        if any(w in sent_low for w in _SELF_GATE):
            for km in _SELF_KILL.finditer(text, s0, s1):
                lead_in = text[max(s0, km.start() - 30) : km.start()]
                if _TO_BEFORE.search(lead_in):
                    continue  # "the gun the boy used to kill himself": told, not a second death
                # "killed his wife and then himself" adds the killer; "a boy kills himself" (a
                # child with a gun) is the one death of the story
                adds = not _CHILD_BEFORE.search(lead_in)
                told = km.group("noun") or km.group(0).lower().split()[-1] not in ("himself", "herself") or (
                    km.group("shot") is not None
                )  # "murder-suicide", "then committed suicide": the killer's death told apart
                if told and any(s.start < km.end() and km.start() < s.end for s in doc.get(NUMBERS) if s.label != "count"):
                    continue
                if (km.group("shot") or km.group("listed")) and not any(
                    s0 <= s.start < km.start() and s.label in ("killed", "killed_or_injured") and not s.attrs.get("self")
                    for s in doc.get(NUMBERS)
                ):
                    continue  # "a boy found the gun and then shot himself": no victim before
                doc.add(NUMBERS, Span(km.start(), km.end(), "killed", km.group(0), _one_victim(
                    cumulative, also=adds, self=adds,
                    # "two dead in a murder-suicide" counts the killer already
                    self_noun=bool(told),
                )))
        # GVA-style shootings without a figure: "shot himself", "a quadruple shooting"
        if " shot" in sent_low and ("he " in sent_low or "she " in sent_low):
            for qm in _PRONOUN_SHOT.finditer(text, s0, s1):
                if not any(s.start < qm.end() and qm.start() < s.end for s in doc.get(NUMBERS)):
                    doc.add(NUMBERS, Span(qm.start(), qm.end(), "killed_or_injured", qm.group(0), {
                        "low": 1, "best": 1, "high": 1, "qualifier": None, "who": None, "unit": None,
                        "negated": False, "cumulative": cumulative, "also": False, "shot": True, "single": True,
                    }))
        if ("he " in sent_low or "she " in sent_low) and _has_any(sent_low, _PRONOUN_HURT_GATE):
            for qm in _PRONOUN_HURT.finditer(text, s0, s1):
                if any(s.start < qm.end() and qm.start() < s.end for s in doc.get(NUMBERS) if s.label != "count"):
                    continue
                if _pronoun_of_dead(doc, qm.start(), qm.group(0).split()[0].lower()):
                    continue  # "a boy died ... he was in critical condition": the dead one
                doc.add(NUMBERS, Span(qm.start(), qm.end(), "injured", qm.group(0),
                                      _one_victim(cumulative)))
        if _has_any(sent_low, ("shoot", "shot", "double", "triple", "uple")):
            for qm in _SHOT_COUNT.finditer(text, s0, s1):
                if qm.group("k"):
                    n_dead = _SHOT_N[qm.group("k").lower()]
                    if not any(s.start < qm.end() and qm.start() < s.end for s in doc.get(NUMBERS)):
                        doc.add(NUMBERS, Span(qm.start(), qm.end(), "killed", qm.group(0), {
                            "low": n_dead, "best": n_dead, "high": n_dead, "qualifier": None, "who": None,
                            "unit": None, "negated": False, "cumulative": cumulative, "also": False,
                        }))
                    continue
                n_shot = _SHOT_N.get(qm.group("n").lower(), 1) if qm.group("n") else 1
                if qm.group("fatal") and not any(s.start < qm.end() and qm.start() < s.end for s in doc.get(NUMBERS)):
                    doc.add(NUMBERS, Span(qm.start(), qm.end(), "killed", qm.group(0),
                                          _one_victim(cumulative)))
                    continue
                if not any(s.start < qm.end() and qm.start() < s.end for s in doc.get(NUMBERS)):
                    doc.add(NUMBERS, Span(qm.start(), qm.end(), "killed_or_injured", qm.group(0), {
                        "low": n_shot, "best": n_shot, "high": n_shot, "qualifier": None, "who": None, "unit": None,
                        "negated": False, "cumulative": cumulative, "also": False, "shot": True, "weak": True,
                    }))
        # one victim named and shot or wounded: "Police said John Doe was shot", "Jim Roe, 19,
        # was wounded" (a named victim told dead is read by the single patterns above)
        named_pats = ([_NAMED_HURT] if " was " in sent_low or " had been " in sent_low else []) + (
            [_NAMED_CONDITION] if " condition" in sent_low else []
        ) + ([_NAMED_STATE] if _has_any(sent_low, _NAMED_STATE_GATE) else [])
        for named_pat in named_pats:
            for nm_ in named_pat.finditer(text, s0, s1):
                st, en = nm_.start(), nm_.end()
                if any(s.start < en and st < s.end for s in doc.get(NUMBERS) if s.label != "count"):
                    continue
                shot = nm_.group("out").lower() == "shot"
                attrs = _one_victim(cumulative, named=" ".join(nm_.group("name").split()))
                if shot:
                    attrs["shot"] = True
                doc.add(NUMBERS, Span(st, en, "killed_or_injured" if shot else "injured", text[st:en], attrs))
        # victims listed by name and age: "John Doe, 20, and Jim Roe, 19, were killed"
        if _NAME_LIST_GATE.search(text, s0, s1):
            self._name_list(doc, s0, s1, cumulative)
        # ACLED notes: "2 killed (coded separately)": the figure belongs to another event
        # "6 deaths (coded across 6 events)", "fatalities spread across two locations": the
        # note's toll is shared by that many events; "... with 1 fatality each": this one's
        if " across " in sent_low or " between " in sent_low or " each" in sent_low:
            self._shared_toll(doc, s0, s1)
        if "coded" in sent_low:
            for sp in doc.get(NUMBERS):
                if not s0 <= sp.start < s1 or sp.attrs.get("shared"):
                    continue
                # right after the figure, or after its noun when the noun took the word in
                # ("killing 4 suspected members coded separately"), no other figure between
                cm = _CODED_ELSEWHERE.search(text, sp.start, min(s1, sp.end + 45))
                gap = text[sp.end : cm.start()] if cm else ""
                if cm and len(gap.split()) <= 3 and not any(ch.isdigit() for ch in gap):
                    sp.attrs["cause"] = True
        # negations: "no one was hurt", "no casualties were reported"
        if not _has_any(sent_text, _NEG_HINT_PARTS) or not _NEG_HINT.search(text, s0, s1):
            return
        for neg in lex.negations:
            for nm in neg.finditer(text, s0, s1):
                window_end = min(s1, nm.end() + 60)
                om = lex.outcome_word.search(text, nm.start(), window_end)
                if om is None:
                    continue
                label = "killed_or_injured" if om.group("kor") else "killed" if om.group("k") else "injured"
                st, en = nm.start(), max(nm.end(), om.end())
                if any(s.start < en and st < s.end for s in doc.get(NUMBERS)):
                    continue
                doc.add(NUMBERS, Span(st, en, label, text[st:en], {
                    "low": 0, "best": 0, "high": 0, "qualifier": None, "who": None, "unit": None,
                    "negated": True, "cumulative": False, "also": False,
                }))


def _one_victim(cumulative: bool, **extra: Any) -> dict[str, Any]:
    """The attrs of a toll of one victim told without a figure ("he is in critical condition",
    "before police shot him dead"); ``extra`` adds flags or overrides ``also``."""
    return {"low": 1, "best": 1, "high": 1, "qualifier": None, "who": None, "unit": None,
            "negated": False, "cumulative": cumulative, "also": False, "single": True, **extra}


def _pronoun_of_dead(doc: Doc, start: int, pronoun: str) -> bool:
    """Whether a pronoun victim ("he", "she") told at ``start`` is most likely one told dead
    before it: a death is told before it and no victim named by a noun of that sex (or of no
    told sex) was shot or wounded between that death and the pronoun ("a man was killed ...
    his wife was shot ... she is in stable condition" is the wife)."""
    sex = _SEX.get(pronoun)
    told = [s for s in doc.get(NUMBERS) if s.end <= start and s.label in ("killed", "injured", "killed_or_injured")
            and not s.attrs.get("negated")]
    dead = [s for s in told if s.label == "killed"]
    if not dead:
        return False
    last = max(s.end for s in dead)
    text = doc.text
    for s in told:
        if s.start < last or s.label == "killed" or s.attrs.get("victim_start") is None:
            continue
        other = _SEX.get(_head(text, s) or "")
        if other is None or sex is None or other == sex:
            return False
    return True


# ------------------------------------------------------------------- summaries
_INCLUDING_ENDS = ("including", "incl.", "them", "whom")


def _killer_killed(doc: Doc) -> None:
    """The killer shot dead after his victims, in the sentence that tells them ("killing four
    people before police shot him dead", "... until he was gunned down by soldiers"): his
    death is one more (ACLED and GVA count the attacker killed), added once like "himself"."""
    text = doc.text
    spans = [s for s in doc.get(NUMBERS) if s.label in ("killed", "killed_or_injured")]
    for km in _KILLER_SHOT.finditer(text):
        victims = [s for s in spans if s.end <= km.start() and not s.attrs.get("single") and (s.attrs.get("best") or 0) >= 1
                   and not _SENT_END.search(text, s.end, km.start())]
        if not victims:
            continue
        own = [s for s in spans if s.start < km.end() and km.start() < s.end and s.label == "killed"]
        if own:
            for s in own:
                s.attrs.update({"also": True, "self": True, "single": True})
        else:
            doc.add(NUMBERS, Span(km.start(), km.end(), "killed", km.group(0),
                                  _one_victim(False, also=True, self=True)))


def _note_shot(doc: Doc) -> None:
    """A coder's short note whose only victims are told as shot by an armed party ("Five
    herders were allegedly shot by police in ...", "Herdsman shot in attack by armed raiders")
    and that tells no wound, death, hospital, survival or hit body part: ACLED codes such a
    shooting as a killing, like the one-line "shoot" headlines (``_headline_shot``). A victim
    shot by no named armed party ("a man was shot at a party") keeps the wounded reading, as
    does a shooting told after "after", "when", "protests" ... (another event's cause)."""
    spans = [s for s in doc.get(NUMBERS) if s.label != "count"]
    if not spans or any(s.label != "killed_or_injured" or s.attrs.get("negated") for s in spans):
        return
    if _NOTE_SHOT_HURT.search(doc.text):
        return
    by = _lexicon().shot_by
    for s in spans:
        if s.attrs.get("shot") and by.match(doc.text, s.end) and not _SHOOT_SUBORD.search(
            doc.text, max(0, s.start - 40), s.start
        ):
            s.label = "killed"


def _may_include(before: str) -> bool:
    """False when ``_Lexicon.including`` cannot match ``before``: its match ends with one of
    its words, then white space up to the end (exact for ASCII text; otherwise True)."""
    tail = before.rstrip()[-9:]
    return not tail.isascii() or tail.lower().endswith(_INCLUDING_ENDS)


def _has_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether ``low`` holds one of ``words``: a cheap necessary test before a pattern over
    those words (for a case-insensitive pattern, on lower-cased ASCII text only)."""
    return any(w in low for w in words)


def _also_near(text: str, start: int, end: int) -> bool:
    """An "also" word in ``text[start:end]``; "more" only when the text after it (read past
    ``end``) is not "than" ("perished in more than 100 strikes" adds nobody)."""
    return any(
        not (m.group(0).lower() == "more" and _MORE_THAN.match(text, m.end()))
        for m in _ALSO_NEAR.finditer(text, start, end)
    )


_MORE_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
# "killed another two": the figure adds victims
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.IGNORECASE)


def _span_in(span: Span, sentences: list[Span]) -> bool:
    return any(s.start <= span.start < s.end for s in sentences)


# Characters between a plural toll and a later "also" victim beyond which the victim is read
# as a re-telling (a later paragraph), not an addition (the same clause or the next one).
_FAR = 200
# Characters between a plural toll told as an outcome ("five people were killed") and the
# killer's own death ("... before killing himself") within which the two are one clause (the
# killer adds); farther, the toll is a total that counts him ("5 dead, including gunman").
_SELF_NEAR = 150
_SENT_END = re.compile(r"[.!?]\s|\n")


def _pick(spans: list[Span], text: str = "") -> tuple[int | None, int | None, int | None, int | None]:
    """Low/best/high over several reports of the same toll: the lowest low, the highest
    high; figures marked "also" are added. The fourth value is the lead figure: the first
    report in the text (plus additions). It is the one to code: later figures in a report are
    mostly parts of the toll ("three of the victims died") or re-tellings of one victim, and
    reading the lead figure scores better than the lowest on both ACLED notes and news."""
    base = [s for s in spans if not s.attrs.get("also")] or spans[:1]
    # "the man", "he later died", "a trader was killed" re-tell one victim of a larger toll
    plural = [s for s in base if not s.attrs.get("single") and (s.attrs.get("best") or 0) > 1]
    other_side: list[Span] = []
    if plural and len(plural) < len(base):
        # one victim of the other side ("the army killed eight militants ... a soldier died")
        # is no re-telling of the toll: both sides' dead add up
        sides = {_SIDE.get(s.attrs.get("who")) for s in plural}
        if len(sides) == 1 and None not in sides:
            other_side = [s for s in base if s.attrs.get("single") and _SIDE.get(s.attrs.get("who")) not in (None, *sides)][:1]
        base = [s for s in base if not s.attrs.get("single")]
    extra = [s for s in spans if s.attrs.get("also") and s not in base] + other_side
    if extra:
        # A story re-tells its additions ("... and then himself" in the title and the lead):
        # each told victim counts once, the killer's own death at most once. One victim
        # joined to another ("one man was shot in the leg and the woman in the arm") is a
        # part of a plural toll already told ("four people were wounded"), not an addition.
        # One more victim told well after a plural toll ("2 dead" in the title, then "his
        # daughter has also died") is one of that toll.
        told = [s for s in base if not s.attrs.get("single") and (s.attrs.get("best") or 0) > 1 or s.attrs.get("contrast")]
        if base[0].attrs.get("also"):
            told = base  # every report is an addition ("another was hurt"): the first is the toll
        seen: set[str] = set()
        kept = []
        valued0 = [t for t in base if t.attrs["low"] is not None or t.attrs["best"] is not None]
        lead_span = min(valued0, key=lambda t: t.start) if valued0 else None
        for s in extra:
            key = "self" if s.attrs.get("self") else " ".join(s.text.lower().split())
            if s.attrs.get("self_noun") and any((t.attrs.get("best") or 0) > 1 for t in base):
                continue  # "two dead in a murder-suicide": the killer is one of the two
            if s.attrs.get("self") and lead_span is not None and (lead_span.attrs.get("best") or 0) > 1:
                # the killer's death joins a toll told as his victims ("killed four") or in
                # the same sentence ("four were killed ... then he turned the gun on himself");
                # a lead toll told apart ("5 dead" in the title) that is one more than such a
                # toll, or told with none, is a total that counts him
                joined = [
                    t for t in base if (t.attrs.get("best") or 0) > 1 and (
                        t.attrs.get("active")
                        or (0 <= s.start - t.end < _SELF_NEAR and not _SENT_END.search(text, t.end, s.start))
                    )
                ]
                if lead_span not in joined and (
                    not joined or any(t.attrs["best"] + 1 == lead_span.attrs["best"] for t in joined)
                ):
                    continue  # "5 dead, including gunman" ... "killed four before killing himself"
            one = s.attrs.get("best") == 1 and not s.attrs.get("self")
            # victims told by age well after a larger toll ("six were found dead ... a woman
            # and her grandson, 19-year-old John Doe, were also killed") are some of that toll
            aged = bool(s.attrs.get("age")) and s.attrs.get("best") is not None
            if key in seen or any(
                (t.end + _FAR < s.start and (
                    one or t.attrs.get("best") == s.attrs.get("best")
                    or (aged and s.attrs["best"] < (t.attrs.get("best") or 0))
                ))
                or (s.attrs.get("joined") and t.start < s.start and t.attrs["best"] > (s.attrs.get("best") or 0)
                    # ("42 soldiers were killed and 37 assailants ...": the other side's dead)
                    and not _other_sides(s, t))
                for t in told
            ):
                continue
            seen.add(key)
            kept.append(s)
        extra = kept
    lows = [s.attrs["low"] if s.attrs["low"] is not None else s.attrs["best"] for s in base]
    lows = [v for v in lows if v is not None]
    bests = [s.attrs["best"] for s in base if s.attrs["best"] is not None]
    highs = [s.attrs["high"] for s in base if s.attrs["high"] is not None]
    low = min(lows) if lows else None
    best = max(bests) if bests else None
    high = max(highs) if highs else None
    valued = [s for s in base if s.attrs["low"] is not None or s.attrs["best"] is not None]
    first = min(valued, key=lambda s: s.start) if valued else None
    if first is not None and all(s.attrs.get("single") for s in valued):
        # every report tells one named victim, some with company ("a manager was shot dead
        # ... the manager died together with his passenger"): the fullest telling is the toll
        first = max(valued, key=lambda s: (s.attrs["low"] if s.attrs["low"] is not None else s.attrs["best"], -s.start))
    lead = None if first is None else first.attrs["low"] if first.attrs["low"] is not None else first.attrs["best"]
    if first is not None and lead is not None and not first.attrs.get("single") and (
        side0 := _SIDE.get(first.attrs.get("who"))
    ):
        # both sides' dead told apart ("killing three soldiers; two of the attackers were
        # killed"): each side's first toll adds up (ACLED counts the attackers killed too)
        # (not a background toll in a clause: "... militiamen who attacked a camp last week,
        # killing four officers")
        across = [s for s in valued if s.start > first.start and not s.attrs.get("also") and not s.attrs.get("single")
                  and _SIDE.get(s.attrs.get("who")) not in (None, side0)
                  and not _BACKGROUND_CLAUSE.search(_said_that_out(
                      text[max(0, s.start - 200):s.start].rsplit(".", 1)[-1],
                      not _SENT_END.search(text, first.end, s.start)))]
        if across:
            v = across[0].attrs["low"] if across[0].attrs["low"] is not None else across[0].attrs["best"]
            if v:
                lead += v
                low = (low or 0) + v if low is not None else None
                best = (best or 0) + v
                high = high + v if high is not None else None
    updates = [s for s in valued if s.attrs.get("update") and first is not None and s.start > first.start]
    if updates and lead is not None:
        # "one death reported ... the death toll was later raised to 4": the risen toll,
        # told after the first report, replaces it (a smaller "update" is another count)
        last = max(updates, key=lambda s: s.start)
        v = last.attrs["low"] if last.attrs["low"] is not None else last.attrs["best"]
        if v is not None and v > lead:
            lead = v
    if extra and lead is not None and lead > 2 and not any(s.attrs.get("self") or s.attrs.get("single") for s in extra):
        # "six were killed: four in the raid, while two other soldiers died in an ambush":
        # a later plural part and the "other" ones add up to the lead toll; they are its parts
        # (not the killer's own death, nor one victim told by a noun or an age)
        more = sum((s.attrs["low"] if s.attrs["low"] is not None else s.attrs["best"]) or 0 for s in extra)
        # one victim told by a noun before "the others" is a part too ("five guests were hurt
        # ... the host was hit in the arm ... four other guests were also hurt")
        one = [s for s in spans if s.attrs.get("single") and not s.attrs.get("also") and s.attrs.get("best") == 1
               and extra[0].start - _PART_NEAR < s.end <= extra[0].start]
        if any(
            s is not first and s.start > first.start and not s.attrs.get("age")
            and (not s.attrs.get("single") or s in one)
            and (v := s.attrs["low"] if s.attrs["low"] is not None else s.attrs["best"]) is not None
            and v >= 1 and v + more == lead
            for s in valued + one
        ):
            extra = []
    for s in extra:
        v = s.attrs["low"] if s.attrs["low"] is not None else s.attrs["best"]
        if v is None:
            continue
        low = (low or 0) + v
        lead = (lead or 0) + v
        best = (best or 0) + (s.attrs["best"] or v)
        high = (high or 0) + (s.attrs["high"] or v) if high is not None else None
    return low, best, high, lead


# How far before an added figure one victim told by a noun may be its companion part.
_PART_NEAR = 400
# A partitive toll ("two of them") and how far back its noun is looked for.
_OF_THEM = re.compile(r"\bof\s+them\b", re.IGNORECASE)
_OF_THEM_BACK = 120
# The killer shot dead by the police after his victims: "... before police shot him dead".
_KILLER_SHOT = re.compile(
    r"\b(?:before|until)\s+(?:(?:the\s+)?(?:police|officers?|deputies|troopers?|security\s+forces|troops|soldiers|agents"
    r"|an?\s+(?:police\s+)?officer|a\s+deputy)\s+(?:\w+\s+)?(?:shot|killed|gunned)\s+(?:him|her)(?:\s+dead|\s+down)?"
    r"|(?:he|she)\s+was\s+(?:fatally\s+shot|shot\s+(?:dead|and\s+killed)|killed|gunned\s+down)"
    r"(?:\s+by\s+(?:the\s+)?(?:police|officers?|deputies|troopers?|security\s+forces|troops|soldiers))?)\b",
    re.IGNORECASE,
)
# A participle that opens a post-modifier of an object noun ("opposed", "accused", "living").
_PARTICIPLE_WORD = re.compile(r"[a-z]{3,}(?:ed|ing)")
# Suicide bombers' own deaths ("two bombers blew themselves up"), a toll of the attackers.
_BLEW_UP = re.compile(r"\bblew\s+(?:him|her|them)sel(?:f|ves)\s+up\b", re.IGNORECASE)
# A clause that tells an earlier or other event before a toll: "who attacked ... last week".
_BACKGROUND_CLAUSE = re.compile(r"\b(?:who|which|that|last)\b", re.IGNORECASE)
# "stated that", "and that": a "that" opening what was said, no clause of another event
_SAID_THAT = re.compile(r"\b(?:said|says|stated|states|claimed|claims|reported|reports|added|"
                        r"announced|confirmed|and)\s+that\b", re.IGNORECASE)
# The armed side a victim noun names: the state's forces or their armed opponents.
_SIDE = {"soldiers": "state", "police": "state", "militants": "armed", "fighters": "armed"}
_ANOTHER = re.compile(r"\b(?:second|third|fourth|another|other)\b", re.IGNORECASE)
# "a fifth victim" after "four were shot": the one beyond the four (lower-cased text)
_ORDINAL_WORD = re.compile(rf"\b(?:{'|'.join(_ORDINAL_N)})\b")
# A death told by reference ("he later died") this close after a wounded victim is that
# victim's, when the pronoun agrees with the victim noun.
_NEAR_DEATH = 300
# A family name: a capital, then lower-case letters (not "The", a title or an acronym)
_CAPITAL_NAME = re.compile(r"(?!(?:The|He|She|Police|Officer|Deputy|Mr|Mrs|Ms)\b)[A-Z][a-z][a-z'’-]+")
_AGES = re.compile(r"\b(\d{1,3}[\s-]*(?:year|month|week|day))s?[\s-]*old\b")
_PRONOUN = re.compile(r"\b(?:he|she)\b")
_SEX = {w: "m" for w in "he boy man male son father brother husband".split()} | {
    w: "f" for w in "she girl woman female daughter mother sister wife".split()
}


# "one of the injured", "two of them": a part of the wounded told before, then told dead
_PART_OF_WOUNDED = re.compile(
    r"(?:[a-z]+|\d+)\s+of\s+(?:them|the\s+(?:injured|wounded|hurt)|those\s+(?:injured|wounded|hurt))$",
    re.IGNORECASE)


_LATER_DIED = re.compile(r"[^.;]{0,40}?\b(?:later|subsequently|afterwards)\b|[^.;]{0,40}?\bdied\s+later\b",
                         re.IGNORECASE)


def _said_that_out(clause: str, same_sentence: bool) -> str:
    """``clause`` without a statement's "that" when the two tolls share a sentence ("stated
    that six soldiers were killed and that dozens of assailants were neutralised"); a toll
    told in a later sentence after "reported that" is more often another act's."""
    return _SAID_THAT.sub("", clause) if same_sentence else clause


def _wounded_died(doc: Doc) -> None:
    """A part of the wounded told dead after a death toll ("two were killed and ten hurt;
    one of the injured later died"): one more dead (``also``), not a part of the two. The
    part points back to the nearest figure before it, which must be the wounded one."""
    text = doc.text
    spans = sorted((s for s in doc.get(NUMBERS) if s.label != "count"), key=lambda s: s.start)
    for k, sp in enumerate(spans):
        if sp.label == "injured":
            if not _PART_OF_WOUNDED.match(sp.text) or not _THEN_DIED.match(text, sp.end):
                continue
        elif sp.label != "killed" or not _OF_THEM.search(sp.text):
            continue
        before = spans[k - 1] if k else None
        if before is None or before.label != "injured" or (
                _SENT_END.search(text, before.end, sp.start) and sp.start - before.end > 200):
            continue
        sp.label = "killed"  # ("five were hurt; one of the injured later died": one dead)
        if _LATER_DIED.match(text, sp.start) and any(
                s.label == "killed" and not s.attrs.get("negated")
                and not _SENT_END.search(text, s.end, before.start) for s in spans[: k - 1]):
            # (the toll told with the wounded in one sentence, the death later: one more; a
            # story that retells its toll, "one was killed ... four were shot; one of them
            # died", tells the same death twice)
            sp.attrs["also"] = True


def _other_sides(a: Span, b: Span) -> bool:
    """Whether two tolls name the dead of the two armed sides (state forces and their foes)."""
    sa, sb = _SIDE.get(a.attrs.get("who")), _SIDE.get(b.attrs.get("who"))
    return sa is not None and sb is not None and sa != sb


def _head(text: str, span: Span) -> str | None:
    """The last word of a span's victim noun ("a 3-year-old boy" -> "boy")."""
    vs, ve = span.attrs.get("victim_start"), span.attrs.get("victim_end")
    if vs is None or ve is None:
        return None
    words = re.findall(r"[a-z]+", text[vs:ve].lower())
    return words[-1] if words else None


def _victim_words(text: str, span: Span) -> set[str]:
    """The words of a span's victim noun ("a man named John Doe" -> {"man", "named", ...})."""
    vs, ve = span.attrs.get("victim_start"), span.attrs.get("victim_end")
    if vs is None or ve is None:
        return set()
    return set(re.findall(r"[a-z]+", text[vs:ve].lower()))


# "one victim", "one man": one wounded victim told by a figure
_ONE_VICTIM = re.compile(r"one\s+(?:victim|person|man|woman|boy|girl|teen|teenager|child)\b", re.IGNORECASE)
# Between a death and a wound of the same noun told in one clause ("killed the girl and injured
# a girl", "shot his brother to death, wounded his older brother"): two victims.
_TOLD_TOGETHER = re.compile(r" and |,")


def _shot_apart(text: str, shot: Span, killed: list[Span]) -> bool:
    """Whether one victim told as shot is another than the one told killed beside it: both
    in one clause, joined by "and" or a comma, each with its own noun ("a father was killed
    and his son was shot", "woman shot, baby killed")."""
    if shot.attrs.get("best") != 1 or shot.attrs.get("also") or shot.attrs.get("active"):
        return False  # (an active one may be the shooter's victim list: "shot a baby and a man")
    h = _head(text, shot)
    if h is None or h not in _lexicon().persons:
        return False
    for k in killed:
        if k.attrs.get("best") != 1 or not (k.attrs.get("single") or k.attrs.get("age")) or k.attrs.get("active"):
            continue  # ("girl shot, killed another teen": the one shot is the shooter)
        a, b = (k, shot) if k.end <= shot.start else (shot, k)
        if b.start < a.end or b.start - a.end > 30 or _SENT_END.search(text, a.end, b.start):
            continue
        hk = _head(text, k)
        if hk is not None and hk != h and hk in _lexicon().persons and _TOLD_TOGETHER.search(text, a.end, b.start):
            return True
    return False


def _victim_name(text: str, span: Span) -> str | None:
    """The family name of one wounded victim told by name ("John Doe was wounded", "Doe was
    hurt"): the last capitalized word of its name or victim noun, else None."""
    if span.attrs.get("best") != 1:
        return None
    if span.attrs.get("named"):
        return str(span.attrs["named"]).split()[-1]
    vs, ve = span.attrs.get("victim_start"), span.attrs.get("victim_end")
    if vs is None or ve is None:
        return None
    words = text[vs:ve].split()
    if words and _CAPITAL_NAME.fullmatch(words[-1]) and words[-1].lower() not in _lexicon().persons:
        return words[-1]
    return None


def _not_died(text: str, killed: list[Span], injured: list[Span]) -> list[Span]:
    """Drop the wounded victims that a later sentence says died: GVA counts a victim once,
    as killed. "the boy was in critical condition ... he later died": one dead, none hurt.
    A single wounded victim is the dead one when the death is told by reference ("he later
    died", "where she was pronounced dead") after it, or when both name the same noun
    ("the boy ... the boy died") or the wounded one is just "the victim"."""
    heads = {h for h in (_head(text, k) for k in killed) if h}
    later = [k for k in killed if k.attrs.get("single") and k.attrs.get("victim_start") is None
             and not k.attrs.get("self") and not k.attrs.get("weak") and not k.attrs.get("age")
             and not k.attrs.get("names")]
    ages = {a for k in killed for a in _AGES.findall(k.text.lower())}
    out = []
    for s in injured:
        name = _victim_name(text, s)
        if name and any(re.search(rf"\b{re.escape(name)}\b", k.text) for k in killed):
            continue  # "John Doe suffered a head wound ... Doe died": the name told dead
        if (s.attrs.get("single") or s.attrs.get("age")) and s.attrs.get("best") == 1 and not s.attrs.get("also") and not _ANOTHER.search(s.text):
            h = _head(text, s)
            if h == "victim" or (h is not None and h in heads and not any(
                # "killed the girl and injured an 8-year-old girl", "shot his brother to death,
                # wounded his older brother": two victims told together
                _head(text, k) == h and 0 <= s.start - k.end < 60 and _TOLD_TOGETHER.search(text, k.end, s.start)
                for k in killed
            )):
                continue
            if not ages.isdisjoint(_AGES.findall(s.text.lower())):
                continue  # "the 20-year-old was wounded ... the 20-year-old died": one victim
            sex = _SEX.get(h or "")
            if any(
                0 < k.start - s.end < _NEAR_DEATH
                and (sex is None or _SEX.get(next(iter(_PRONOUN.findall(k.text.lower())), ""), sex) == sex)
                for k in later
            ):
                continue
        elif (
            s.attrs.get("best") == 1 and not s.attrs.get("also") and s.text[:4].lower() == "one "
            and _ONE_VICTIM.match(s.text) and any(0 < k.start - s.end < _NEAR_DEATH for k in later)
        ):
            continue  # "police found one victim suffering from a gunshot wound ... and succumbed"

        out.append(s)
    return out


# "one of them", "one of the victims", "one of the five people hospitalized": a part of a
# group told before (the group's own figure, when given, in ``of``)
_PARTITIVE = re.compile(
    r"(?P<n>[a-z]+|\d+)\s+of\s+(?:them|those\s+(?:injured|wounded|hurt|shot)|the\s+(?:(?P<of>[a-z]+|\d+)\s+)?"
    r"(?:(?:shooting|gunshot)\s+)?(?:victims|injured|wounded|hurt|people|persons))\b",
    re.IGNORECASE,
)
# "three of the dead", "two of those killed": a part of a death toll told before.
_PART_OF_DEAD = re.compile(
    r"(?:[a-z]+|\d+)\s+of\s+(?:the\s+(?:dead|deceased|fatalities|victims|people\s+killed)|"
    r"those\s+(?:killed|who\s+died)|them)\b",
    re.IGNORECASE,
)


def _part_of_earlier(span: Span, killed: list[Span]) -> bool:
    """Whether ``span`` ("three of the dead") is a part of a larger death toll told before."""
    if not _PART_OF_DEAD.match(span.text) or span.attrs.get("also"):
        return False  # (nor a part of the wounded told dead after them: _wounded_died)
    n = span.attrs.get("best") or 0
    return any(k.end <= span.start and (k.attrs.get("best") or 0) > n
               and not _PART_OF_DEAD.match(k.text) for k in killed)


# Characters between a wounded figure and a death told as its part within which the part
# still refers to it ("five were wounded. One of them later died").
_PART_NEAR = 300


def _inner_dead(text: str, killed: list[Span], injured: list[Span], shot: list[Span]) -> list[Span]:
    """Take out of a wounded figure the victims a later clause says died: "ten people were
    wounded ... one of the victims was killed" is one dead and nine wounded (GVA counts a
    victim once, as killed), as is "five were hurt ... one of the five people hospitalized
    has died" (there the part, read as one wounded, is the dead victim and is dropped too).
    The figure is the nearest casualty figure told before the part, a wounded one with no
    other death or shooting between them (and the group's figure, when the part gives one),
    not "others" (told apart from the dead already); its re-tellings (the same figure: "5
    wounded" in a title) are lowered with it."""
    units = _lexicon().units

    def val(w: str | None) -> int | None:
        if w is None:
            return None
        return int(w) if w.isdigit() else units.get(w.lower())

    parts: list[tuple[int, int, int | None]] = []  # (start, dead, group figure)
    dropped: list[Span] = []
    for k in killed:
        m = _PARTITIVE.match(k.text)
        if m and (n := val(m.group("n"))):
            parts.append((k.start, n, val(m.group("of"))))
    for s in injured:
        m = _PARTITIVE.match(s.text)
        if m and s.attrs.get("best") == 1 and val(m.group("n")) == 1 and any(
            k.attrs.get("single") and 0 <= k.start - s.end < 100 and not _SENT_END.search(text, s.end, k.start)
            for k in killed
        ):
            parts.append((s.start, 1, val(m.group("of"))))
            dropped.append(s)
    if not parts:
        return injured
    out = [s for s in injured if s not in dropped]
    lower: dict[int, int] = {}  # a wounded figure -> the dead it counted
    for start, dead, of in parts:
        before = [s for s in out if s.end <= start and start - s.end < _PART_NEAR and (s.attrs.get("best") or 0) > dead]
        if not before:
            continue
        ante = max(before, key=lambda s: s.end)
        if (of is not None and ante.attrs["best"] != of) or _OTHERS_NEAR.search(ante.text) or any(
            ante.end <= k.start < start and not _PARTITIVE.match(k.text) for k in killed
        ) or any(ante.end <= o.start < start for o in shot):
            continue
        lower[ante.attrs["best"]] = max(lower.get(ante.attrs["best"], 0), dead)
    if not lower:
        return out
    res = []
    for s in out:
        d = lower.get(s.attrs.get("best") or 0)
        if d:
            a = dict(s.attrs)
            for key in ("low", "best", "high"):
                if a.get(key) is not None:
                    a[key] -= d
            s = Span(s.start, s.end, s.label, s.text, a)
        res.append(s)
    return res


# Characters between a death and a wounded victim told as "another" / "also" within which
# the "another" sets the wounded apart from the dead, not from other wounded.
_CONTRAST_NEAR = 300


def _contrasted(doc: Doc, injured: list[Span]) -> list[Span]:
    """The wounded told as "another" right after a death ("a boy was killed, another
    wounded", "he later died. Another student was injured") are not added to the wounded
    told before: the word contrasts them with the dead. Such a span is read as a plain report
    (a copy without ``also``, marked ``contrast``: a victim "also" told far after it is a
    re-telling, as after a plural toll); "two were hurt ... another was hurt" still adds one."""
    out = []
    for s in injured:
        if s.attrs.get("also") and not s.attrs.get("joined") and _after_death(doc, s):
            s = Span(s.start, s.end, s.label, s.text, {**s.attrs, "also": False, "contrast": True})
        out.append(s)
    return out


# Characters between a death and a victim told as "also" shot within which the "also" sets
# the victim apart from the dead ("... where he died. His girlfriend was also shot").
_ALSO_SHOT_NEAR = 200


def _after_death(doc: Doc, span: Span, near: int = _CONTRAST_NEAR) -> bool:
    """Whether the casualty told last before ``span`` (and near it) is a death."""
    prev = None
    for t in doc.get(NUMBERS):
        if t.end <= span.start and t.label in ("killed", "injured", "killed_or_injured") and not t.attrs.get("negated") and (
            prev is None or t.end > prev.end
        ):
            prev = t
    return prev is not None and prev.label == "killed" and span.start - prev.end < near


# Characters after the main event's first sentence within which the rest of the document
# still tells that event's victims (GVA per document: 800 -> 2,543 injured right, 1,500 ->
# 2,551, 3,000 -> 2,560, no limit -> 2,563: a little more, but from pages' related stories).
_STORY_SPAN = 3000


# A death told without a toll in the main event's own sentences ("Man charged in triple
# murder", "Victims named in fatal shooting"): its toll may be told further on
_DEATH_TOLD = re.compile(
    r"\b(?:murder\w*|slain|slaying|slayings|homicides?|fatal\w*|deadly|killed|killing|killings|death|deaths|dead|died|dies)\b",
    re.IGNORECASE,
)


def _is_main(doc: Doc, sentences: list[Span]) -> bool:
    """Whether ``sentences`` hold the document's first event sentence (the first with a live
    trigger or a casualty figure): the events component makes that group the main event."""
    firsts = [t.start for t in doc.get(TRIGGERS) if not t.attrs.get("negated")][:1] + [
        n.start for n in doc.get(NUMBERS)
        if n.label in ("killed", "injured", "killed_or_injured") and not n.attrs.get("negated")
    ][:1]
    if not firsts:
        return False
    first = min(firsts)
    return any(s.start <= first < s.end for s in sentences)


# Characters before a figure within which "the death toll of ... has risen to" is read.
_TOLL_FAR = 240
# Characters after a toll within which "they were all guards" still tells its victims.
_TOLD_AFTER = 300


def _told_combatants(doc: Doc, sentences: list[Span], span: Span) -> bool:
    """Whether the text right after a toll says its dead were combatants ("four people were
    killed, the monitor said, adding they were all security guards"): the toll's own sentence
    and the next one."""
    following = [s for s in sentences if s.end > span.end]
    if not following:
        return False
    end = min(following[min(1, len(following) - 1)].end, span.end + _TOLD_AFTER)
    return bool(_lexicon().all_combatants.search(doc.text, span.end, end))


def _civilians(doc: Doc, sentences: list[Span], killed: list[Span]) -> int | None:
    """The civilians among an event's dead: the figure the lead toll gives them ("eight
    killed, including five civilians"), else victims named by a civilian noun ("three
    children"), else victims of no side ("a man", "three people": Airwars and ACLED count them
    as civilians); 0 when every toll names combatants ("two fighters were killed", "they were
    all guards"); None when the text does not say."""
    fighters = [s for s in killed if _told_combatants(doc, sentences, s)]
    told = [s for s in killed if s not in fighters]
    lex = _lexicon()
    with_civ = sorted((s for s in told if s.attrs.get("civilians") is not None), key=lambda s: s.start)
    if with_civ:
        lead = with_civ[0]
        if lead.attrs.get("civilians_floor") and lead.attrs.get("best") and _victim_words(doc.text, lead) & lex.noncombatants:
            # "eight people were killed, including three children": the children are some of
            # the victims, and people of no side are civilians
            return lead.attrs["best"]
        return lead.attrs["civilians"]
    # "Three children were killed", "a woman was killed": civilians by the noun the text
    # gives the victims.
    by_noun = [s.attrs["best"] for s in told if s.attrs.get("who") in _CIVILIAN_WHO and s.attrs.get("best") is not None]
    if by_noun:
        return max(by_noun)
    no_side = [max(0, s.attrs["best"] - (s.attrs.get("combatants") or 0)) for s in told
               if s.attrs.get("who") is None and s.attrs.get("best") is not None
               and _victim_words(doc.text, s) & lex.noncombatants]
    if no_side:
        return max(no_side)
    valued = [s for s in killed if not s.attrs.get("vague") and s.attrs.get("best") is not None]
    if valued and all(s in fighters or _SIDE.get(s.attrs.get("who")) for s in valued):
        return 0
    return None


def casualties_for(doc: Doc, sentences: list[Span]) -> dict[str, Any]:
    """Killed / injured / counts for the event described by ``sentences`` (see
    ``_casualties_for``). The main event whose own sentences tell no wounded takes the
    wounded the whole document tells: a story often gives them in a later paragraph that
    the grouping of sentences put apart ("Police said two other people were wounded" after
    a quote). Its dead only where its own sentences tell a death without a toll ("Man
    charged in triple murder", "Victims named in fatal shooting"): elsewhere a death toll
    found later in a long report is more often another strike's or a running total
    (measured without that condition on Airwars: worse; on GVA: no better)."""
    out = _casualties_for(doc, sentences)
    # "a boy was shot ... he died" gives no wounded (0) but tells none either: the wounded
    # may still be told elsewhere ("the shooting that killed a girl and wounded three")
    none_hurt = out["injured_best"] == 0 and not any(
        s.attrs.get("negated") and s.label != "killed" for s in out["evidence"]
    )
    no_dead = out["fatalities_best"] is None and not any(s.attrs.get("negated") for s in out["evidence"]) and any(
        _DEATH_TOLD.search(doc.text, s.start, s.end) for s in sentences
    )
    no_hurt = out["injured_best"] is None and out["injured_low"] is None or none_hurt
    if not (no_dead or no_hurt) or not _is_main(doc, sentences):
        return out
    # the story's own paragraphs, not the related stories and link lists of a page's end
    limit = min(s.start for s in sentences) + _STORY_SPAN
    whole = _casualties_for(doc, [s for s in doc.sentences if s.start < limit])
    if no_dead and whole["fatalities_best"] is not None:
        for k in ("fatalities", "fatalities_low", "fatalities_best", "fatalities_high"):
            out[k] = whole[k]
        out["evidence"] = out["evidence"] + [s for s in whole["evidence"] if s.label == "killed"]
    if no_hurt:
        told = [s for s in whole["evidence"] if s.label == "injured" and not s.attrs.get("negated")]
        if whole["injured_best"] is not None and (not none_hurt or whole["injured_best"] > 0) and not (
            # "many others have been wounded" in a later paragraph: the city's toll, not this event's
            told and all(s.attrs.get("vague") for s in told)
        ):
            for k in ("injured_low", "injured_best", "injured_high"):
                out[k] = whole[k]
    return out


def _own_tolls(spans: list[Span]) -> list[Span]:
    """``spans`` without the tolls of an earlier act the report's act follows (``prior``),
    when any other is told: "21 fighters were killed in the strikes ... which follow attacks
    that killed eight" is 21, not 8 to 21; an arrest that follows "a shooting that left two
    dead" has no toll but that one, which stays."""
    own = [s for s in spans if not s.attrs.get("prior")]
    # (the dead of an act a day or more before, ", a day after a man was shot dead", are never
    # this act's: a riot it set off has its own toll, none when none is told)
    return own if own else [s for s in spans if not s.attrs.get("earlier_day")]


def _casualties_for(doc: Doc, sentences: list[Span]) -> dict[str, Any]:
    """Killed / injured / counts for the event described by ``sentences``.

    Cumulative figures and subsets ("including 2 civilians") are left out; a negation ("no
    one was hurt") gives 0 with its evidence.  ``fatalities`` is the figure to code: the
    lead report's (the first in the text, plus figures that add victims), 0 when none;
    ``fatalities_low`` is the lowest reported figure. ``injured_best`` counts those shot and
    not killed as wounded ("four people were shot, one fatally": 3).
    """
    spans = [
        s for s in doc.get(NUMBERS)
        if _span_in(s, sentences) and not s.attrs.get("cumulative") and not s.attrs.get("cause")
        and not s.attrs.get("mishap")
    ]
    main = [s for s in spans if not s.attrs.get("subset") and not s.attrs.get("negated")]
    killed = [s for s in main if s.label == "killed" and not s.attrs.get("weak")]
    killed = _own_tolls(killed)
    per_event = [s for s in killed if s.attrs.get("per_event")]
    if per_event:
        killed = per_event  # "killing 2. Two events coded ..., with 1 fatality each"
    if all(s.attrs.get("self") for s in killed):
        # no victim told but the killer's own death ("found dead in a murder-suicide"):
        # the weak death is the victim
        killed += [s for s in main if s.label == "killed" and s.attrs.get("weak")][:1]
    if killed and all(s.attrs.get("single") and s.attrs.get("best") == 1 for s in killed):
        causes = [m.start() for m in (_PROTEST_CAUSE.search(doc.text, s.start, s.end) for s in sentences) if m]
        if causes and all(s.start > min(causes) for s in killed):
            # "students protested over the killing of their colleague ... the student was
            # found dead": the one death told after it is the protest's cause, not its toll
            # ("a man was shot dead as police battled villagers protesting a killing" is)
            killed = []
    if killed and all("lynch" in s.text.lower() and s.attrs.get("best") == 1 for s in killed) and _RESCUED.search(
        doc.text, min(s.end for s in killed)
    ):
        # "a thief is lynched by a mob ... he was rescued by police": beaten, not killed
        killed = []
    if len(killed) > 1:
        # "the militants claimed 15 killed; the army said only four died": a side's claim gives
        # way to a figure told without one (ACLED codes the lower, the reported one)
        told = [s for s in killed if not _CLAIM_BEFORE.search(doc.text, max(0, s.start - 60), s.start)]
        if told and len(told) < len(killed):
            # (not a claim of the other side's dead: "the army claimed 20 attackers were
            # killed, while three soldiers died" tells two tolls, not two reports of one)
            killed = [s for s in killed if s in told or all(_other_sides(s, t) for t in told)]
        # a note's "estimate: 10 / confirmed: 6": the confirmed count, not the estimate
        estimated = [k for k in killed if _ESTIMATE_FIELD.search(doc.text, max(0, k.start - 25), k.start)]
        if estimated and any(_CONFIRMED_FIELD.search(doc.text, max(0, k.start - 25), k.start) for k in killed):
            killed = [k for k in killed if k not in estimated]
        # "two suicide bombers blew themselves up, killing 30": the victims' toll is the one to
        # code (it may or may not count the bombers: the lower reading); the bombers' own
        # deaths are the toll only when no other is told (ACLED counts the attackers killed)
        victims = [k for k in killed if not _BLEW_UP.search(k.text)]
        if victims:
            killed = victims
    injured = _contrasted(doc, _own_tolls([s for s in main if s.label == "injured"]))
    if killed and injured:
        shot_told = [s for s in main if s.label == "killed_or_injured"]
        injured = _inner_dead(doc.text, killed, _not_died(doc.text, killed, injured), shot_told)
    negated = [s for s in spans if s.attrs.get("negated")]
    if len(killed) > 1:
        # "Gunmen killed five villagers ... Three of the dead were women": a part of a toll
        # told before is no lower report of it (it stays out of the range)
        killed = [k for k in killed if not _part_of_earlier(k, killed)] or killed
    k_low, k_best, k_high, k_lead = _pick(killed, doc.text) if killed else (None, None, None, None)
    i_low, i_best, i_high, i_lead = _pick(injured) if injured else (None, None, None, None)
    if i_lead is not None:
        i_best = i_lead  # the lead report, as for the killed (the highest stays in injured_high)
    shot = [s for s in main if s.label == "killed_or_injured" and s.attrs.get("shot") and s.attrs.get("best")]
    if shot:
        # "four people were shot, one fatally": those shot and not killed were wounded
        # (the killer's own death, "... before killing himself", is not one of those he shot)
        own = 1 if any(s.attrs.get("self") for s in killed) else 0
        # each victim named as shot counts once ("John Doe was shot ... Jim Roe was shot")
        named = {s.attrs["named"] for s in shot if s.attrs.get("named")}
        # a victim told as "also" shot after the dead ("a man was shot dead; his wife was also
        # shot") is one more, not one of those killed (each telling counts once)
        # ("a teen shot another teen": another than the shooter; "four people were shot ... a
        # woman was also shot": one of the four)
        more = {" ".join(s.text.lower().split()): s.attrs["best"] for s in shot
                if s.attrs.get("also") and not s.attrs.get("named") and not s.attrs.get("active")
                and k_best and not injured and _after_death(doc, s, _ALSO_SHOT_NEAR)}
        rest = [s for s in shot if " ".join(s.text.lower().split()) not in more]
        if any(s.attrs["best"] > 1 for s in rest) or sum(v > 1 for v in more.values()) > 1:
            # "four people were shot ... a woman was also shot": one of the four; "4 shot, 1
            # killed ... three other men were also shot": the rest of the four
            more, rest = {}, shot
        n_shot = max(max((s.attrs["best"] for s in rest), default=0), len(named))
        top = max(shot, key=lambda s: s.attrs["best"])
        if n_shot > 1 and any(
            s.attrs.get("also") and s.start > top.start and (om := _ORDINAL_WORD.search(s.text.lower())) is not None
            and _ORDINAL_N[om.group(0)] == n_shot + 1
            for s in shot + injured
        ):
            n_shot += 1  # "four victims were struck by gunfire ... a fifth victim was found": one more
        if n_shot > len(named) and _OTHERS_SHOT.match(top.text):
            # "man killed, 3 others shot": the others are not the dead
            n_hurt = n_shot
        else:
            n_hurt = max(0, n_shot - max(0, (k_best or 0) - own))
            if n_shot == 1 and n_hurt == 0 and any(_shot_apart(doc.text, s, killed) for s in rest):
                n_hurt = 1  # "a father was killed and his son was shot": two victims
        n_hurt += sum(more.values())
        if not injured:
            i_low = i_best = i_high = n_hurt
        elif i_best is not None and n_hurt > i_best:
            i_best = n_hurt
    if not killed and any(s.label in ("killed", "killed_or_injured") for s in negated):
        k_low = k_best = k_high = k_lead = 0
    if not injured and not (i_best and any(not s.attrs.get("vague") for s in shot)) and any(s.label in ("injured", "killed_or_injured") for s in negated):
        # ("a boy was shot ... his sister was not hurt": the one shot was still wounded)
        i_low = i_best = i_high = 0
    civ_n = _civilians(doc, sentences, killed)
    if civ_n is not None and k_lead is not None and civ_n > k_lead:
        # the civilians cannot outnumber the dead: a larger civilian figure is another
        # strike's or a running total's ("two were killed ... bombings last week killed seven
        # people"), and the lead toll bounds this event's
        civ_n = k_lead
    counts: dict[str, int] = {}
    for s in main:
        if s.label == "count" and s.attrs.get("best") is not None:
            counts[s.attrs["unit"]] = max(counts.get(s.attrs["unit"], 0), s.attrs["best"])
    # Killed and wounded told as one figure ("40 fighters killed or injured", "four people were
    # shot") are neither toll, but the figure is the event's: kept as its casualties.
    together = [s for s in main if s.label == "killed_or_injured" and not s.attrs.get("negated")
                and s.attrs.get("best") is not None]
    for s in together:
        counts["casualties"] = max(counts.get("casualties", 0), s.attrs["best"])
    return {
        "fatalities": k_lead if k_lead is not None else 0,
        "fatalities_low": k_low,
        "fatalities_best": k_best,
        "fatalities_high": k_high,
        "civilian_fatalities": civ_n,
        "injured_low": i_low,
        "injured_best": i_best,
        "injured_high": i_high,
        "counts": counts,
        "evidence": killed + injured + [s for s in main if s.label == "count"] + together + negated,
    }
