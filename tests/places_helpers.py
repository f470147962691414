"""Shared helpers of the place tests: the spans one tagger run gives, the location of a text
read as one event sentence or of its first sentence alone, and the main event the whole
pipeline gives."""

from sitrep.doc import PLACES, Doc
from sitrep.ingest import make_doc
from sitrep.nlp.places import PlaceTagger, locate
from sitrep.pipeline import default_pipeline


def places_by_text(tagger: PlaceTagger, text: str) -> dict[str, dict]:
    """{surface text: attrs} of the place spans ``tagger`` finds in ``text``."""
    doc = Doc(id="t", text=text)
    tagger(doc)
    return {sp.text: sp.attrs for sp in doc.get(PLACES)}


def located(tagger: PlaceTagger, text: str) -> tuple[Doc, dict | None]:
    """The tagged document and ``locate``'s answer for the whole text as one sentence."""
    doc = tagger(Doc(id="t", text=text))
    whole = doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return doc, locate(doc, [whole])


def where(tagger: PlaceTagger, text: str) -> dict:
    """``locate``'s answer for the whole text as one sentence (it must have one)."""
    _, loc = located(tagger, text)
    assert loc is not None, text
    return loc


def first_sentence_located(tagger: PlaceTagger, text: str, url: str | None = None) -> dict | None:
    """``locate``'s answer for an event told in the first sentence of ``text`` (up to the
    first ". "), the rest of the text tagged around it."""
    doc = tagger(Doc(id="t", text=text, url=url))
    end = text.index(". ") + 1
    return locate(doc, [doc.span("sentences", 0, end, "sentence", index=0, paragraph=0)])


def first_sentence_place(tagger: PlaceTagger, text: str) -> dict:
    """:func:`first_sentence_located`, which must find a place."""
    loc = first_sentence_located(tagger, text)
    assert loc is not None, text
    return loc


def main_event(text: str) -> dict:
    """The main event of ``text`` (it must have one), as JSON."""
    doc = default_pipeline()(make_doc("t", text))
    assert doc.events, text
    return doc.events[0].to_json()
