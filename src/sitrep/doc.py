"""The document model: a cleaned text plus layers of character-offset spans.

Modelled on spaCy's ``Doc``/``Span``: every pipeline component reads the text and the
layers written before it, and adds one layer of its own. Offsets are always character
offsets into ``Doc.text`` (the cleaned text), so any value can be traced back to the exact
sentence it came from.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

# Layer names used by the built-in components (a component may add others).
SENTENCES = "sentences"
DATES = "dates"
NUMBERS = "numbers"  # casualty and count expressions
PLACES = "places"
ACTORS = "actors"
SOURCES = "sources"  # attributions: "the Syrian Observatory said", "according to SANA"
TRIGGERS = "triggers"  # event words: "air strikes", "clashes", "seized"


@dataclass(slots=True)
class Span:
    """A labelled stretch of ``Doc.text`` ``[start, end)`` with free-form attributes."""

    start: int
    end: int
    label: str
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def within(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}


def _start(span: Span) -> int:
    return span.start


@dataclass(slots=True)
class Doc:
    """One input document after ingestion: cleaned text, metadata and annotation layers."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    # "day" | "month" | "year" | None: how much of ``published`` the source actually gave.
    published_precision: str | None = None
    published_source: str | None = None  # "header", "url", "html-meta", "field", ...
    language: str | None = None
    # Where the document as a whole is about (its dominant country and admin1), when known.
    country: str | None = None
    admin1: str | None = None
    # The country the document's collection is mostly about (a country name), when the caller
    # knows it: a weak prior for a document whose own text settles on no country or another
    # one (see sitrep.parallel.process_collection). Input, not a finding.
    country_prior: str | None = None
    source_path: str | None = None
    layers: dict[str, list[Span]] = field(default_factory=dict)
    # Filled by the event component: list of sitrep.record.EventRecord.
    events: list[Any] = field(default_factory=list)
    # layer -> (the layer's list, its size, sorted starts, spans sorted by start, running
    # maximum of their ends); rebuilt when it changes.
    _index: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # Per-document results that several components ask for (the document's country, ...),
    # keyed by the asker; entries carry the layer size they were computed from.
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # ------------------------------------------------------------------ layers
    def add(self, layer: str, span: Span) -> Span:
        self.layers.setdefault(layer, []).append(span)
        return span

    def span(self, layer: str, start: int, end: int, label: str, **attrs: Any) -> Span:
        """Create a span over ``text[start:end]`` and add it to ``layer``."""
        # ``attrs`` is a new dict at every call (keyword arguments): the span keeps it as is.
        span = Span(start, end, label, self.text[start:end], attrs)
        spans = self.layers.get(layer)
        if spans is None:
            self.layers[layer] = [span]
        else:
            spans.append(span)
        return span

    def get(self, layer: str) -> list[Span]:
        return self.layers.get(layer, [])

    def in_sentence(self, layer: str, sentence: Span) -> list[Span]:
        """Spans of ``layer`` inside ``sentence`` (binary search over a sorted index)."""
        spans = self.layers.get(layer)
        if not spans:
            return []
        # Called a hundred times per document: the index is checked by identity and size
        # (no key tuple built per call), and holding the list itself means a new list can
        # never pass for an old one that happened to live at the same address.
        index = self._index.get(layer)
        if index is None or index[0] is not spans or index[1] != len(spans):
            order = sorted(spans, key=_start)
            # reach[i]: the furthest end among order[:i + 1]; when it is within the
            # sentence, no span of the slice can stick out and the slice is the answer.
            reach = list(accumulate((s.end for s in order), max))
            index = (spans, len(spans), [s.start for s in order], order, reach)
            self._index[layer] = index
        starts = index[2]
        end = sentence.end
        lo = bisect_left(starts, sentence.start)
        hi = bisect_left(starts, end, lo)
        if hi == lo:
            return []
        if index[4][hi - 1] <= end:
            return index[3][lo:hi]
        return [s for s in index[3][lo:hi] if s.end <= end]

    @property
    def sentences(self) -> list[Span]:
        return self.get(SENTENCES)

    def sentence_of(self, offset: int) -> Span | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None

    def metadata_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "published_precision": self.published_precision,
            "language": self.language,
            "country": self.country,
            "admin1": self.admin1,
        } | ({"country_prior": self.country_prior} if self.country_prior else {})


@dataclass(slots=True)
class Failure:
    """An input that could not become a Doc: which file (and line), and why."""

    source: str  # the file path as given
    reason: str
    line: int | None = None  # 1-based line for JSONL inputs
    doc_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"
