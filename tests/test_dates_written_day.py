"""A day written without a year takes the year the text gives that same day elsewhere, when
it is the year before publication (invented sentences)."""

import datetime as dt

from sitrep.doc import Doc
from sitrep.nlp.dates import DateTagger

TAGGER = DateTagger()


def _starts(text: str, pub: dt.date) -> dict[str, str]:
    doc = TAGGER(Doc(id="t", text=text, published=pub))
    return {s.text: s.attrs["start"] for s in doc.get("dates")}


def test_a_bare_day_is_the_same_day_the_text_writes_out_the_year_before() -> None:
    text = ("The trial over the Mar. 13 robbery opened today. "
            "On March 13, 2013, two men held up a pharmacy on Quay Lane.")
    got = _starts(text, dt.date(2014, 6, 13))
    assert got["Mar. 13"] == "2013-03-13"


def test_without_the_written_day_a_bare_day_is_the_latest_before_publication() -> None:
    text = ("The trial over the Mar. 13 robbery opened today. "
            "On March 12, 2013, two men were seen near a pharmacy on Quay Lane.")
    got = _starts(text, dt.date(2014, 6, 13))
    assert got["Mar. 13"] == "2014-03-13"


def test_the_same_day_and_month_years_apart_is_a_coincidence() -> None:
    text = ("A teenager was shot on June 13 near the arcade. "
            "He was born June 13, 2003, in a village near the coast.")
    got = _starts(text, dt.date(2016, 6, 20))
    assert got["June 13"] == "2016-06-13"
