"""Casualty figures and counts: "at least 21 people were killed", "killing 50 fighters",
"the death toll rose to 8", "no one was hurt", "18 air raids".

How it works, and why it is fast: one pre-filter regex (outcome words, casualty nouns, count
units) picks the few sentences worth reading; inside them a single number regex finds every
figure (digits, number words, vague quantities such as "dozens"), and small anchored patterns
decide what each figure counts by looking at the words right after it ("... people were
killed", "... dead", "... air strikes") or right before it ("killing ...", "toll rose to
..."). All word lists live in ``data/lexicons/numbers.yaml``.

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
    also              the sentence adds victims ("another", "also") rather than re-reporting
    victim_start, victim_end   offsets of the victim noun phrase, when there is one
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import ahocorasick

from sitrep.doc import DATES, NUMBERS, SENTENCES, Doc, Span
from sitrep.nlp.resources import load_yaml


def _alt(words: list[str] | set[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


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

        word_num = (
            rf"(?:(?:{_alt(self.tens)})(?:[-\s](?:{_alt([u for u in self.units if self.units[u] < 10])}))?"
            rf"|(?:{_alt(self.units)}))"
        )
        word_num = rf"{word_num}(?:\s+(?:{_alt(self.mult)})(?:\s+(?:and\s+)?{word_num})?)?"
        digits = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*(?:million|thousand|hundred))?"
        single = r"(?:\d+|" + word_num + ")"
        qual = rf"(?:(?P<qual>{_alt(self.qualifiers)})\s+)?"
        vague = _alt([v for v in self.vague if v not in ("some",)])
        # One figure: qualifier, then a range, a number, or a vague quantity.
        self.number = re.compile(
            rf"(?<![\w.,-]){qual}(?:"
            rf"between\s+(?P<r1>{single})\s+and\s+(?P<r2>{single})"
            rf"|(?P<a>{digits}|{word_num})(?:\s*(?:-|–|to|or)\s*(?P<b>{digits}|{word_num}))?"
            rf"|(?P<vague>{vague})"
            rf"|(?P<single>an?|one|his|her|their|another)(?=\s)"
            rf")(?![\w]|,\d|\.\d|-year|\s*(?:%|per\s*cent|percent|km|kilomet|miles?|metres?|meters?|years?|months?|weeks?|days?|hours?|minutes?|o'clock|am\b|pm\b|a\.m|p\.m|kg|tons?|tonnes?|dollars?|shillings?))",
            _I,
        )
        self.word_value = re.compile(rf"^{word_num}$", _I)

        def words(key: str) -> str:
            return _alt(d[key])

        # Outcome right after the victims: "... people were (reportedly) killed".
        aux = r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got|get|being|been|be|remain|remained|lay|lie|reported|confirmed|left)\s+)"
        adv = r"(?:(?:reportedly|allegedly|also|all|later|instantly|immediately|subsequently|believed\s+to\s+have\s+been|feared|said\s+to\s+have\s+been|confirmed|critically|seriously|fatally|badly|slightly|both|among\s+those)\s+)"
        self.passive = re.compile(
            rf"\s*(?P<noun>(?:[\w'’-]+\s+){{0,5}}?)(?:(?:who|that)\s+)?{aux}?{adv}*{aux}?{adv}*"
            rf"(?P<out>(?P<kor>{words('killed_or_injured_passive')}(?<!shot)|shot(?!\s+(?:dead|and|to\s+death)))|(?P<k>{words('killed_passive')})|(?P<i>{words('injured_passive')})"
            rf"|(?P<arr>{words('arrested_passive')})|(?P<abd>{words('abducted_passive')}))\b",
            _I,
        )
        self.outcome_noun = re.compile(
            rf"\s*(?P<noun>(?:[\w'’-]+\s+){{0,2}}?)(?P<out>(?P<kor>{words('killed_or_injured_nouns')})|(?P<k>{words('killed_nouns')})|(?P<i>{words('injured_nouns')}))\b",
            _I,
        )
        self.unit = re.compile(
            rf"\s*(?P<noun>(?:[\w'’-]+\s+){{0,2}}?)(?P<unit>{_alt(self.count_units)})\b", _I
        )
        self.active_before = re.compile(
            rf"\b(?:(?P<k>{words('killed_active')})|(?P<i>{words('injured_active')})|(?P<arr>{words('arrested_active')})|(?P<abd>{words('abducted_active')}))\s+(?:(?:a\s+)?total\s+of\s+|only\s+|about\s+|some\s+)?$",
            _I,
        )
        self.toll_before = re.compile(
            rf"\b(?:(?P<k>{words('toll_words')})|(?P<i>{words('injured_toll_words')}))\s+(?:\w+\s+){{0,3}}?(?:has\s+|had\s+|have\s+)?(?:rose|risen|rises|climbed|climbs|reached|reaches|increased|increases|jumped|stands|stood|is|was|hit|went\s+up|now)\s+(?:at\s+|to\s+)?$",
            _I,
        )
        self.left_after = re.compile(
            r"\s*(?P<noun>(?:[\w'’-]+\s+){0,2}?)(?:(?P<k>dead)|(?P<i>injured|wounded|hurt))\b", _I
        )
        self.including = re.compile(
            r"\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", _I
        )
        self.fraction = re.compile(
            rf"\b(?P<frac>{_alt(self.fractions)})\s+of\s+(?:them|those|the\s+[\w-]+)", _I
        )
        self.conj_after = re.compile(r"(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)$", _I)
        self.block_words = frozenset(
            "in at on after when while by during from with to into near as than since before "
            "for which where attack attacks clash clashes fighting said say says and or but the "
            "were was had has have been is are this that these those it its".split()
        )
        # Words allowed between a number and the victim noun (adjectives, ages, nationalities):
        # anything not in block_words.
        self.negations = [re.compile(p, _I) for p in d["negation_patterns"]]
        self.outcome_word = re.compile(
            rf"\b(?:(?P<kor>{words('killed_or_injured_passive')}|{words('killed_or_injured_nouns')})|(?P<k>{words('killed_passive')}|{words('killed_nouns')}|died|lives)|(?P<i>{words('injured_passive')}|{words('injured_nouns')}|harmed|unhurt|unharmed))\b",
            _I,
        )
        self.also = re.compile(r"\b(?:also|another|additional|further)\b", _I)
        cues = (
            set(d["killed_passive"]) | set(d["injured_passive"]) | set(d["killed_or_injured_passive"])
            | set(d["arrested_passive"]) | set(d["abducted_passive"]) | set(d["killed_active"])
            | set(d["injured_active"]) | set(d["arrested_active"]) | set(d["abducted_active"])
            | set(d["killed_nouns"]) | set(d["injured_nouns"]) | set(d["killed_or_injured_nouns"])
            | set(d["toll_words"]) | set(self.count_units) | {"unhurt", "unharmed", "harmed"}
        )
        # Aho-Corasick over the lower-cased text: one pass finds every cue; a big
        # case-insensitive alternation costs ~50 times more on a 3,000-character article.
        self.cues = ahocorasick.Automaton()
        for w in cues:
            self.cues.add_word(w.lower(), len(w))
        self.cues.make_automaton()
        self.cumulative_cues = ahocorasick.Automaton()
        for w in d["cumulative_cues"]:
            self.cumulative_cues.add_word(w.lower(), len(w))
        self.cumulative_cues.make_automaton()


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
_NOUN3 = re.compile(r"\s*(?P<noun>(?:[\w'’-]+\s+){0,2}[\w'’-]+)")
_NOUN4 = re.compile(r"(?P<noun>(?:[\w'’-]+\s+){0,3}[\w'’-]+)")
_NOUN_STOP = re.compile(r"\s+(?:and|in|at|on|near|during|after|when|while|,|as|with|from)\b")
_LIST_NEXT = re.compile(
    r"\s*(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
)
_NEG_HINT = re.compile(r"\b(?:[Nn]o|[Nn]obody|[Nn]one|not|[Ww]ithout|unhurt|unharmed)\b")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])|\n+")


class CasualtyTagger:
    """Adds the ``numbers`` layer (see the module docstring)."""

    def __init__(self) -> None:
        self.lex = _lexicon()

    # ------------------------------------------------------------------ values
    def value_of(self, s: str) -> int | None:
        """Integer value of one figure written in digits or words ("1,300", "twenty-five",
        "two hundred", "1.5 million")."""
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
        qual = self.lex.qualifiers.get(re.sub(r"\s+", " ", (g.get("qual") or "").lower()))
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
            v = self.lex.vague.get(re.sub(r"\s+", " ", g["vague"].lower()))
            low = best = v
            high = None
            vague = True
        elif g.get("single"):
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
            return [(s.start, s.end) for s in sents]
        out, pos = [], 0
        for m in _SENT_SPLIT.finditer(doc.text):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, len(doc.text)))
        return out

    def __call__(self, doc: Doc) -> Doc:
        doc.layers[NUMBERS] = []
        text = doc.text
        since_dates = [
            d for d in doc.get(DATES) if d.attrs.get("kind") == "since"
        ]
        last_people: list[int | None] = [None]
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
            )
            # Figures sit within a few words of their cue: scan only around the cues.
            windows: list[tuple[int, int]] = []
            while hi < len(hits) and hits[hi] < s1:
                ws, we = max(s0, hits[hi] - 90), min(s1, hits[hi] + 70)
                if windows and ws <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], we)
                else:
                    windows.append((ws, we))
                hi += 1
            self._sentence(doc, s0, s1, cumulative, last_people, windows)
        doc.layers[NUMBERS].sort(key=lambda s: s.start)
        return doc

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

    def _noun_ok(self, noun: str, need_person: bool) -> bool:
        words = re.findall(r"[\w'’-]+", noun.lower())
        if any(w in self.lex.block_words for w in words if w not in ("of", "the")):
            return False
        if words and words[0] == "of" and (len(words) < 2 or words[1] not in ("the", "them", "those")):
            return False
        if need_person:
            return any(w in self.lex.persons or w.rstrip("s") in self.lex.persons for w in words)
        return True

    def _sentence(
        self,
        doc: Doc,
        s0: int,
        s1: int,
        cumulative: bool,
        last_people: list[int | None],
        windows: list[tuple[int, int]],
    ) -> None:
        text = doc.text
        lex = self.lex
        sent_text = text[s0:s1]
        also = bool(lex.also.search(sent_text))
        figures = [m for ws, we in windows for m in lex.number.finditer(text, ws, we)]
        made: list[Span] = []
        pending: list[tuple[re.Match[str], dict[str, Any], str | None, int]] = []
        for m in figures:
            fig = self._figure(m)
            single = bool(m.group("single"))
            after = m.end()
            before = text[max(s0, m.start() - 60) : m.start()]
            label = None
            who = None
            unit = None
            end = after
            victim: tuple[int, int] | None = None
            # "including 2 civilians" inside an earlier figure
            inc = lex.including.search(before) if made else None
            if _NO_BEFORE.search(before):
                continue  # "no one was hurt": left to the negation patterns
            if inc and made and made[-1].label != "count":
                nm = _NOUN3.match(text, after, s1)
                if nm and self._noun_ok(nm.group("noun"), True) and fig["best"] is not None:
                    parent = made[-1]
                    who = self._who(nm.group("noun"))
                    if who == "civilians":
                        parent.attrs["civilians"] = fig["best"]
                    end = nm.end()
                    doc.add(NUMBERS, Span(m.start(), end, parent.label, text[m.start() : end], {
                        "low": fig["low"], "best": fig["best"], "high": fig["high"],
                        "qualifier": fig["qualifier"], "who": who, "unit": None, "negated": False,
                        "cumulative": cumulative, "also": also, "subset": True,
                    }))
                    continue
            # 1. "killing 21 people", "left 5 dead", "toll rose to 8"
            am = lex.active_before.search(before)
            tm = lex.toll_before.search(before)
            if am and not single or (am and single):
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
                    if nm:
                        off = after + (len(text[after:s1]) - len(text[after:s1].lstrip()))
                        noun = nm.group("noun")
                        # the noun phrase stops at a conjunction or preposition
                        noun = _NOUN_STOP.split(noun)[0]
                        if self._noun_ok(noun, True):
                            label = "killed" if am.group("k") else "injured" if am.group("i") else "arrested" if am.group("arr") else "abducted"
                            who = self._who(noun)
                            end = off + len(noun)
                            victim = (off, end)
            elif tm and not single:
                label = "killed" if tm.group("k") else "injured"
                end = after
            if label is None:
                pm = lex.passive.match(text, after, s1)
                if pm and self._noun_ok(pm.group("noun"), single):
                    noun = pm.group("noun")
                    if pm.group("kor"):
                        label = "killed_or_injured"
                    elif pm.group("k"):
                        label = "killed"
                    elif pm.group("i"):
                        label = "injured"
                    elif pm.group("arr"):
                        label = "arrested"
                    else:
                        label = "abducted"
                    if label in ("arrested", "abducted") and not self._noun_ok(noun, True) and noun.strip():
                        label = None
                    else:
                        who = self._who(noun)
                        end = pm.end()
                        if noun.strip():
                            victim = (pm.start("noun"), pm.start("noun") + len(noun.rstrip()))
            if label is None and not single:
                om = lex.outcome_noun.match(text, after, s1)
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
                cm = _LIST_NEXT.match(text[after:s1])
                if cm and self._noun_ok(cm.group("noun"), True) and fig["best"] is not None:
                    pending.append((m, fig, self._who(cm.group("noun")), after + cm.end()))
                continue
            if single and label == "count":
                continue
            if label in ("killed", "injured", "killed_or_injured") and fig["best"] is None and not fig["vague"]:
                pass  # "a number of people were killed": keep as unknown
            attrs: dict[str, Any] = {
                "low": fig["low"],
                "best": fig["best"],
                "high": fig["high"],
                "qualifier": fig["qualifier"],
                "who": who,
                "unit": unit,
                "negated": False,
                "cumulative": cumulative,
                "also": also,
            }
            if fig["vague"]:
                attrs["vague"] = True
            if victim:
                attrs["victim_start"], attrs["victim_end"] = victim
            # Absorb pending list members that run straight into this figure.
            start = m.start()
            while pending and pending[-1][3] == m.start() and label != "count":
                pm_, pfig, pwho, _ = pending.pop()
                for k in ("low", "best", "high"):
                    if attrs[k] is not None and pfig[k] is not None:
                        attrs[k] += pfig[k]
                if pwho == "civilians":
                    attrs["civilians"] = attrs.get("civilians", 0) + (pfig["best"] or 0)
                start = pm_.start()
            pending.clear()
            if who == "civilians" and "civilians" not in attrs:
                attrs["civilians"] = fig["best"]
            if inc and made and label == made[-1].label and label != "count":
                parent = made[-1]
                attrs["subset"] = True
                if who == "civilians":
                    parent.attrs["civilians"] = fig["best"]
            sp = Span(start, end, label, text[start:end], attrs)
            doc.add(NUMBERS, sp)
            made.append(sp)
            if label != "count" and fig["best"] is not None:
                last_people[0] = fig["best"]
        # fractions of an earlier figure: "half of them were killed"
        for fm in lex.fraction.finditer(text, s0, s1):
            if last_people[0] is None:
                break
            pm = lex.passive.match(text, fm.end(), s1)
            if not pm or pm.group("noun").strip():
                continue
            label = "killed_or_injured" if pm.group("kor") else "killed" if pm.group("k") else "injured" if pm.group("i") else None
            if label is None:
                continue
            val = int(round(lex.fractions[re.sub(r"\s+", " ", fm.group("frac").lower())] * last_people[0]))
            doc.add(NUMBERS, Span(fm.start(), pm.end(), label, text[fm.start() : pm.end()], {
                "low": val, "best": val, "high": val, "qualifier": None, "who": None, "unit": None,
                "negated": False, "cumulative": cumulative, "also": also, "fraction": True,
            }))
        # negations: "no one was hurt", "no casualties were reported"
        if not _NEG_HINT.search(text, s0, s1):
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


# ------------------------------------------------------------------- summaries
def _span_in(span: Span, sentences: list[Span]) -> bool:
    return any(s.start <= span.start < s.end for s in sentences)


def _pick(spans: list[Span]) -> tuple[int | None, int | None, int | None]:
    """Low/best/high over several reports of the same toll: the lowest low (ACLED), the
    highest high; figures marked "also" are added."""
    base = [s for s in spans if not s.attrs.get("also")] or spans[:1]
    extra = [s for s in spans if s.attrs.get("also") and s not in base]
    lows = [s.attrs["low"] if s.attrs["low"] is not None else s.attrs["best"] for s in base]
    lows = [v for v in lows if v is not None]
    bests = [s.attrs["best"] for s in base if s.attrs["best"] is not None]
    highs = [s.attrs["high"] for s in base if s.attrs["high"] is not None]
    low = min(lows) if lows else None
    best = max(bests) if bests else None
    high = max(highs) if highs else None
    for s in extra:
        v = s.attrs["low"] if s.attrs["low"] is not None else s.attrs["best"]
        if v is None:
            continue
        low = (low or 0) + v
        best = (best or 0) + (s.attrs["best"] or v)
        high = (high or 0) + (s.attrs["high"] or v) if high is not None else None
    return low, best, high


def casualties_for(doc: Doc, sentences: list[Span]) -> dict[str, Any]:
    """Killed / injured / counts for the event described by ``sentences``.

    Cumulative figures and subsets ("including 2 civilians") are left out; a negation ("no
    one was hurt") gives 0 with its evidence.  ``fatalities`` follows ACLED: the lowest
    reported figure, 0 when none.
    """
    spans = [s for s in doc.get(NUMBERS) if _span_in(s, sentences) and not s.attrs.get("cumulative")]
    main = [s for s in spans if not s.attrs.get("subset") and not s.attrs.get("negated")]
    killed = [s for s in main if s.label == "killed"]
    injured = [s for s in main if s.label == "injured"]
    negated = [s for s in spans if s.attrs.get("negated")]
    k_low, k_best, k_high = _pick(killed) if killed else (None, None, None)
    i_low, i_best, i_high = _pick(injured) if injured else (None, None, None)
    if not killed and any(s.label in ("killed", "killed_or_injured") for s in negated):
        k_low = k_best = k_high = 0
    if not injured and any(s.label in ("injured", "killed_or_injured") for s in negated):
        i_low = i_best = i_high = 0
    civ = [s.attrs.get("civilians") for s in killed if s.attrs.get("civilians") is not None]
    counts: dict[str, int] = {}
    for s in main:
        if s.label == "count" and s.attrs.get("best") is not None:
            counts[s.attrs["unit"]] = max(counts.get(s.attrs["unit"], 0), s.attrs["best"])
    return {
        "fatalities": k_low if k_low is not None else 0,
        "fatalities_low": k_low,
        "fatalities_best": k_best,
        "fatalities_high": k_high,
        "civilian_fatalities": min(civ) if civ else None,
        "injured_low": i_low,
        "injured_best": i_best,
        "injured_high": i_high,
        "counts": counts,
        "evidence": killed + injured + [s for s in main if s.label == "count"] + negated,
    }
