"""Weekdays under a publication day that is only a post-number estimate (invented sentences)."""

import datetime as dt

from sitrep.doc import Doc, Span
from sitrep.ingest.dates import POST_NUMBER_PRECISION
from sitrep.nlp.dates import DateTagger, event_date_for

THURSDAY = dt.date(2023, 3, 16)
TAGGER = DateTagger()


def _doc(text: str, precision: str | None) -> Doc:
    doc = Doc(id="t", text=text, published=THURSDAY, published_precision=precision,
              published_source="url" if precision else "field")
    return TAGGER(doc)


def _day(text: str, precision: str | None) -> str:
    spans = _doc(text, precision).get("dates")
    assert spans, text
    return spans[0].attrs["start"]


def test_an_estimated_day_takes_the_nearest_weekday_either_way() -> None:
    text = "A drone struck a lorry on Saturday evening near the mill."
    # a real publication day: the Saturday before it
    assert _day(text, "day") == "2023-03-11"
    # an estimate may be days early: the Saturday two days on is nearer than five days back
    assert _day(text, POST_NUMBER_PRECISION) == "2023-03-18"
    # a weekday at most three days back stays in the past
    assert _day("Shells hit the depot on Monday.", POST_NUMBER_PRECISION) == "2023-03-13"
    # "last Saturday" is still the one before
    assert _day("Shells hit the depot last Saturday.", POST_NUMBER_PRECISION) == "2023-03-11"


def test_the_event_date_may_fall_after_an_estimated_day() -> None:
    text = "Two farmers were killed on Sunday when a shell hit their tractor."
    doc = _doc(text, POST_NUMBER_PRECISION)
    sentence = Span(0, len(text), "sentence", text)
    doc.layers["sentences"] = [sentence]
    got = event_date_for(doc, [sentence])
    assert got is not None and got["event_date"] == "2023-03-19"
    # with a real publication day the Sunday before it
    real = _doc(text, "day")
    real.layers["sentences"] = [sentence]
    got = event_date_for(real, [sentence])
    assert got is not None and got["event_date"] == "2023-03-12"
