"""Doc.in_sentence's sorted index and attribution_for's per-paragraph grouping: both are
built once per document for speed and must follow any change of the layers they read."""

from __future__ import annotations

from sitrep.doc import Doc, Span
from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.sentences import SentenceSplitter
from sitrep.nlp.sources import AttributionTagger, attribution_for

TEXT = "Alpha beta gamma. Delta epsilon zeta."


def _doc() -> Doc:
    doc = Doc(id="t", text=TEXT)
    SentenceSplitter()(doc)
    return doc


def test_in_sentence_follows_appends_and_replaced_layers() -> None:
    doc = _doc()
    first, second = doc.sentences
    doc.span("marks", 6, 10, "m")  # "beta"
    doc.span("marks", 18, 23, "m")  # "Delta"
    assert [s.text for s in doc.in_sentence("marks", first)] == ["beta"]
    doc.span("marks", 0, 5, "m")  # added after the index was built, out of order
    assert [s.text for s in doc.in_sentence("marks", first)] == ["Alpha", "beta"]
    assert [s.text for s in doc.in_sentence("marks", second)] == ["Delta"]
    # A new list of the same size replaces the layer: the old index must not answer.
    doc.layers["marks"] = [Span(24, 31, "m", "epsilon"), Span(32, 36, "m", "zeta"),
                           Span(11, 16, "m", "gamma")]
    assert [s.text for s in doc.in_sentence("marks", first)] == ["gamma"]
    assert [s.text for s in doc.in_sentence("marks", second)] == ["epsilon", "zeta"]


def test_span_crossing_the_sentence_end_is_not_inside() -> None:
    doc = _doc()
    first, _ = doc.sentences
    doc.span("marks", 11, 24, "m")  # "gamma. Delta"
    assert doc.in_sentence("marks", first) == []
    assert doc.in_sentence("absent", first) == []


def _attributed(text: str) -> Doc:
    doc = Doc(id="t", text=text)
    SentenceSplitter()(doc)
    ActorTagger()(doc)
    AttributionTagger()(doc)
    return doc


def test_attribution_carries_within_a_paragraph_only() -> None:
    doc = _attributed(
        "Shelling hit the old market, the Syrian Observatory said. Four shops burned.\n\n"
        "Two more houses were damaged nearby."
    )
    said, carried, other = doc.sentences
    assert attribution_for(doc, said)["source"] == "Syrian Observatory for Human Rights"
    assert attribution_for(doc, carried)["source"] == "Syrian Observatory for Human Rights"
    assert attribution_for(doc, other)["source"] is None


def test_attribution_follows_a_rebuilt_sentence_layer() -> None:
    doc = _attributed(
        "Shelling hit the old market, the Syrian Observatory said.\n\nFour shops burned."
    )
    said, later = doc.sentences
    assert attribution_for(doc, later)["source"] is None  # another paragraph
    # The same sentences, now read as one paragraph: the grouping must be rebuilt.
    doc.layers["sentences"] = [Span(s.start, s.end, s.label, s.text, {**s.attrs, "paragraph": 0})
                               for s in (said, later)]
    later = doc.sentences[1]
    assert attribution_for(doc, later)["source"] == "Syrian Observatory for Human Rights"


def test_in_sentence_drops_spans_sticking_out_past_the_sentence_end() -> None:
    # Invented text: a span that starts in the first sentence and runs into the second must
    # not count as inside the first, whether it sorts first, last or in the middle.
    text = "Two men were shot in Ardel. Police arrived later that night."
    doc = Doc(id="x", text=text)
    first = doc.span("sentences", 0, 27, "sentence")
    second = doc.span("sentences", 28, len(text), "sentence")
    doc.span("w", 21, 26, "place")  # Ardel
    doc.span("w", 0, 3, "num")  # Two
    doc.span("w", 8, 40, "long")  # crosses into the second sentence
    doc.span("w", 28, 34, "who")  # Police
    assert [s.label for s in doc.in_sentence("w", first)] == ["num", "place"]
    assert [s.label for s in doc.in_sentence("w", second)] == ["who"]
    got = doc.in_sentence("w", second)
    got.append(first)  # a caller changing its answer does not change the next one
    assert [s.label for s in doc.in_sentence("w", second)] == ["who"]
    doc.span("w", 35, 42, "when")
    assert [s.label for s in doc.in_sentence("w", second)] == ["who", "when"]
