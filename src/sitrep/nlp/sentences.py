"""Sentence and paragraph segmentation.

A regular-expression splitter rather than spaCy's sentencizer: spaCy must tokenize the whole
text first, which alone costs about a quarter of our per-document time budget (measured: ~880
documents/s for blank("en") + sentencizer on the GVA articles against a 200/s budget for the
whole pipeline), and news prose needs little more than terminal punctuation, an abbreviation
list and paragraph breaks.
"""

from __future__ import annotations

import re

from sitrep.doc import SENTENCES, Doc
from sitrep.nlp.resources import load_yaml

_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\S)")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
# and something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


class SentenceSplitter:
    """Adds ``sentences`` spans (attrs: index, paragraph, title)."""

    def __init__(self) -> None:
        self.abbreviations = frozenset(load_yaml("lexicons/abbreviations.yaml")["abbreviations"])

    def _is_abbreviation(self, text: str, dot: int) -> bool:
        m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
        if not m:
            return False
        word = m.group(1).lower()
        # Single capital initials ("J. Smith") and listed abbreviations do not end sentences.
        return len(word) == 1 or word in self.abbreviations

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        doc.layers[SENTENCES] = []
        index = 0
        paragraph = 0
        pos = 0
        title_end = len(doc.title) if doc.title and text.startswith(doc.title) else -1
        for pm in [*_PARAGRAPH.finditer(text), None]:
            p_end = pm.start() if pm else len(text)
            if text[pos:p_end].strip():
                start = pos
                for bm in _BOUNDARY.finditer(text, pos, p_end):
                    dot = bm.start()
                    if text[dot] == "." and self._is_abbreviation(text, dot):
                        continue
                    end = bm.end()
                    index = self._add(doc, start, end, index, paragraph, title_end)
                    start = end
                index = self._add(doc, start, p_end, index, paragraph, title_end)
                paragraph += 1
            pos = pm.end() if pm else len(text)
        return doc

    @staticmethod
    def _add(doc: Doc, start: int, end: int, index: int, paragraph: int, title_end: int) -> int:
        text = doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return index
        doc.span(SENTENCES, start, end, "sentence", index=index, paragraph=paragraph,
                 title=end <= title_end)
        return index + 1


def simple_sentences(doc: Doc) -> Doc:
    """Convenience for tests and scripts: split ``doc`` in place."""
    return SentenceSplitter()(doc)
