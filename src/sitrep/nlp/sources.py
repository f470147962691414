"""Attribution: who a report cites, and how ("said", "claimed", "denied", "has not commented").

Source names from ``data/sources.yaml`` go into one Aho-Corasick automaton; a source mention
becomes a ``sources`` span only when an attribution cue sits right beside it ("X said",
"according to X", "X claimed responsibility"), so a bare by-line or a passing mention of an
outlet is not an attribution.  Chains ("X told AFP", "AFP, citing X") are kept outlet first,
original source last, as :class:`sitrep.record.Claim` expects.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import ahocorasick

from sitrep.doc import ACTORS, SENTENCES, SOURCES, Doc, Span
from sitrep.nlp.actors import FOLD_ODD, first_words, lower_same_length, scan_from
from sitrep.nlp.matching import leftmost_longest
from sitrep.nlp.regex_guard import guarded
from sitrep.nlp.resources import load_yaml

_MODALITY_ORDER = ("not_confirmed", "denied", "claimed", "reported")


def _alt(words: list[str]) -> str:
    words = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


class SourceDictionary:
    def __init__(self) -> None:
        data = load_yaml("sources.yaml")
        self.entries: list[dict[str, Any]] = data["sources"]
        self.automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[int, str | None]]] = {}
        for i, e in enumerate(self.entries):
            for a in e["aliases"]:
                word = a.replace(".", "").replace("-", "")
                exact = a if (word.isupper() and len(word) <= 5) else None
                table.setdefault(a.lower(), []).append((i, exact))
        for key, vals in table.items():
            self.automaton.add_word(key, (len(key), tuple(vals)))
        self.automaton.make_automaton()
        self.unnamed_index = next(i for i, e in enumerate(self.entries) if e["kind"] == "unnamed")
        cues = data["cues"]
        after: list[tuple[str, str]] = []
        before: list[tuple[str, str]] = []
        for modality in _MODALITY_ORDER:
            for w in cues[modality].get("after", []) or []:
                after.append((w, modality))
            for w in cues[modality].get("before", []) or []:
                before.append((w, modality))
        self.after_modality = {re.sub(r"\s+", " ", w.lower()): m for w, m in after}
        self.before_modality = {re.sub(r"\s+", " ", w.lower()): m for w, m in before}
        # "X said", "X, a Britain-based monitor, said", "X has said": an optional appositive
        # and auxiliary between the source and its verb.
        # A person's name may follow a role ("police spokesman Bruno Shioso said").
        self.after_re = re.compile(
            r"(?:\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}(?=\s+(?-i:[a-z])))?"
            r"\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*(?:a|an|the|which|who)\b[^,.;]{0,120},\s*)?,?\s*"
            r"(?:(?:also|later|earlier|previously|separately|on \w+)\s+)?"
            rf"(?P<cue>{_alt([w for w, _ in after])})\b",
            re.I,
        )
        # (searched over the 60 characters before each mention: first-character guarded)
        self.before_re = guarded(re.compile(
            rf"(?P<cue>{_alt([w for w, _ in before])})\s+(?:the\s+|a\s+|an\s+)?"
            r"(?:[\w-]+\s+){0,2}$",
            re.I,
        ))
        free = cues.get("not_confirmed_free", []) or []
        self.free_re = re.compile(rf"\b(?P<cue>{_alt(free)})\b", re.I)
        self.free_starts = first_words(free)
        # the pre-scan reads the lower-cased text: only sound for ASCII phrases
        self.free_prescan = all(w.isascii() for w in free)
        heads = _alt(data.get("unnamed_heads", []))
        self.head_starts = first_words(data.get("unnamed_heads", []) or [])
        # Find the head noun first (rare), then read its determiner leftwards: much cheaper
        # than trying a determiner pattern at every "a" of the text.
        self.head_re = re.compile(rf"\b(?:{heads.lower()})\b")  # run on lower-cased text
        self.det_before_re = re.compile(
            r"\b(?:an?|one|two|three|several|some)\s+(?:[\w-]+\s+){0,3}?$", re.I)
        self.stance_re = guarded(re.compile(
            r"\b(?:claim|den[iy]|reject|dismiss|refut|disput|comment|confirm|took\s+resp|"
            r"accepted\s+resp|alleg|accus|said|says|told|report)", re.I))
        self.citing_re = re.compile(r"\s*,?\s*(?:citing|quoting|cited|quoted)\s+(?:the\s+|a\s+)?$", re.I)


@lru_cache(maxsize=1)
def dictionary() -> SourceDictionary:
    return SourceDictionary()


class AttributionTagger:
    """Adds ``sources`` spans: label "source"; attrs name, kind, modality, cue, chain
    (outlet first, original source last)."""

    def __init__(self) -> None:
        self.dict = dictionary()

    def _mentions(self, text: str, low: str | None = None) -> list[tuple[int, int, int]]:
        if low is None:
            low = lower_same_length(text)
        n = len(low)
        found = []
        for end, (length, vals) in self.dict.automaton.iter(low):
            start, stop = end - length + 1, end + 1
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-'"):
                continue
            if stop < n and (low[stop].isalnum() or low[stop] == "-"):
                continue
            ok = [v for v in vals if v[1] is None or text[start:stop] == v[1]]
            if ok:
                found.append((start, stop, ok[0][0]))
        # head_re is case-sensitive and runs on ``low``: the pre-scan is exact
        for h in scan_from(self.dict.head_re, low, low, self.dict.head_starts):
            m = self.dict.det_before_re.search(text, max(0, h.start() - 40), h.start())
            if m:
                found.append((m.start(), h.end(), self.dict.unnamed_index))
        return leftmost_longest(found)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        d = self.dict
        doc.layers[SOURCES] = []
        spans: list[Span] = []
        low = lower_same_length(text)
        for start, stop, i in self._mentions(text, low):
            entry = d.entries[i]
            cue = modality = None
            m = d.after_re.match(text, stop, min(len(text), stop + 160))
            if m:
                cue = m.group("cue")
                modality = d.after_modality.get(re.sub(r"\s+", " ", cue.lower()), "reported")
                # "X said ... claimed responsibility": a "claimed"/"denied" verb near the cue
                # overrides plain "said".
                cue_end = m.end()
            else:
                mb = d.before_re.search(text, max(0, start - 60), start)
                if mb:
                    cue = mb.group("cue")
                    modality = d.before_modality.get(re.sub(r"\s+", " ", cue.lower()), "reported")
                    cue_end = mb.end("cue")
            if cue is None:
                continue
            if entry["kind"] in ("monitor", "media") and modality == "reported":
                pass
            span = doc.span(SOURCES, start, stop, "source", name=entry["name"], kind=entry["kind"],
                            modality=modality, cue=cue, chain=[entry["name"]])
            span.attrs["cue_end"] = cue_end
            spans.append(span)
        # An appositive names the same source again ("SOHR, a Britain-based monitor, said").
        kept: list[Span] = []
        for sp in spans:
            if kept and kept[-1].attrs["name"] == sp.attrs["name"] and \
                    kept[-1].attrs["cue_end"] == sp.attrs["cue_end"]:
                doc.layers[SOURCES].remove(sp)
                continue
            kept.append(sp)
        spans = kept
        # Armed groups speak for themselves: "IS claimed responsibility", "the army denied".
        taken = [(s.start, s.end) for s in spans]
        for a in doc.get(ACTORS):
            if a.attrs.get("kind") in ("civilians", "protesters", "rioters", "other") or \
                    any(s < a.end and a.start < e for s, e in taken):
                continue
            # A stance verb must follow within 100 characters; searching only there is cheaper
            # than scanning the whole text for the verbs.
            if not d.stance_re.search(text, a.end, a.end + 110):
                continue
            m = d.after_re.match(text, a.end, min(len(text), a.end + 160))
            if not m:
                continue
            cue = m.group("cue")
            modality = d.after_modality.get(re.sub(r"\s+", " ", cue.lower()), "reported")
            if modality in ("claimed", "denied", "not_confirmed"):
                span = doc.span(SOURCES, a.start, a.end, "source", name=a.attrs.get("name"),
                                kind="official", modality=modality, cue=cue,
                                chain=[a.attrs.get("name")])
                span.attrs["cue_end"] = m.end()
                spans.append(span)
        # Chains: "X told AFP" -> AFP citing X; "AFP, citing X" / "according to AFP, citing X".
        by_start = sorted(spans, key=lambda s: s.start)
        for a, b in zip(by_start, by_start[1:], strict=False):
            gap = text[a.end:b.start]
            if a.attrs["cue"].lower() == "told" and b.start - a.attrs["cue_end"] <= 6:
                a.attrs["chain"] = [b.attrs["name"], a.attrs["name"]]
                b.attrs["relay"] = True
            elif len(gap) < 40 and d.citing_re.search(gap):
                b.attrs["chain"] = [a.attrs["name"], b.attrs["name"]]
                a.attrs["relay"] = True
        # Unnamed "X told AFP" sources whose outlet is not in the dictionary keep their own
        # chain.  Free-standing "could not be independently verified".
        if d.free_prescan and not any(c in text for c in FOLD_ODD):
            free = scan_from(d.free_re, text, low, d.free_starts)
        else:
            free = list(d.free_re.finditer(text))
        for m in free:
            doc.span(SOURCES, m.start(), m.end(), "source", name=None, kind="unnamed",
                     modality="not_confirmed", cue=m.group("cue"), chain=[])
        doc.layers[SOURCES].sort(key=lambda s: s.start)
        return doc


def _pick(spans: list[Span]) -> Span | None:
    """The attribution that speaks for a sentence: an original source over a relaying outlet;
    among several, the first."""
    named = [s for s in spans if not s.attrs.get("relay") and s.attrs.get("name")]
    if named:
        return named[0]
    return spans[0] if spans else None


def _paragraph_sentences(doc: Doc, para: int | None) -> list[Span]:
    """The sentences of paragraph ``para`` in layer order (all of them when None).

    ``attribution_for`` runs for every sentence of every event and most sentences carry no
    attribution of their own; filtering the whole sentence layer by paragraph each time
    cost more than the rest of it. The grouping is built once per document (rebuilt if the
    layer changes) and gives the same sentences in the same order as that filter."""
    sents = doc.get(SENTENCES)
    if para is None:
        return sents
    memo = doc.memo.get("sources.paragraphs")
    if memo is None or memo[0] is not sents or memo[1] != len(sents):
        by_para: dict[Any, list[Span]] = {}
        for s in sents:
            by_para.setdefault(s.attrs.get("paragraph"), []).append(s)
        memo = doc.memo["sources.paragraphs"] = (sents, len(sents), by_para)
    return memo[2].get(para, [])


def attribution_for(doc: Doc, sentence: Span) -> dict[str, Any]:
    """{source, chain, modality, span} for ``sentence``: its own attribution, else the nearest
    preceding attributed sentence of the same paragraph ("According to the Observatory, ...
    It added that ...")."""
    if SOURCES not in doc.layers:
        AttributionTagger()(doc)
    own = doc.in_sentence(SOURCES, sentence)
    chosen = _pick(own)
    if chosen is None:
        prev = [s for s in _paragraph_sentences(doc, sentence.attrs.get("paragraph"))
                if s.end <= sentence.start]
        for s in reversed(prev):
            cand = _pick(doc.in_sentence(SOURCES, s))
            if cand is not None and cand.attrs.get("modality") != "not_confirmed":
                chosen = cand
                break
    if chosen is None:
        return {"source": None, "chain": [], "modality": "reported", "span": None}
    # A not-confirmed remark in the sentence qualifies the source it carries.
    modality = chosen.attrs.get("modality", "reported")
    if any(s.attrs.get("modality") == "not_confirmed" for s in own):
        modality = "not_confirmed"
    return {
        "source": chosen.attrs.get("name"),
        "chain": list(chosen.attrs.get("chain") or []),
        "modality": modality,
        "span": chosen,
    }
