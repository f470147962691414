"""The direct reading of "the Fourth of July" gives what dateparser gives."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.doc import DATES, Doc
from sitrep.nlp import dates as D


def test_plain_day_month_reads_simple_forms() -> None:
    pub = dt.date(2016, 3, 28)
    assert D._plain_day_month("4 July", pub) == dt.date(2015, 7, 4)
    assert D._plain_day_month("4 July", dt.date(2016, 7, 4)) == dt.date(2016, 7, 4)
    assert D._plain_day_month("4 july, 2019", None) == dt.date(2019, 7, 4)
    assert D._plain_day_month("4 July", None) is None  # today's date would decide
    assert D._plain_day_month("4 Jul.", pub) is None
    assert D._plain_day_month("4  July", pub) is None


def test_plain_day_month_agrees_with_dateparser() -> None:
    dateparser = pytest.importorskip("dateparser")
    pubs = [dt.date(2015, 2, 9), dt.date(2016, 7, 4), dt.date(2016, 7, 3), dt.date(2013, 12, 31),
            dt.date(2020, 1, 1), dt.date(2012, 2, 29)]
    for pub in pubs:
        base = dt.datetime(pub.year, pub.month, pub.day)
        for month in ("January", "july", "DECEMBER", "May", "February"):
            for phrase in (f"4 {month}", f"1 {month}, 2014", f"10 {month} 2017"):
                want = dateparser.parse(phrase, languages=["en"],
                                        settings={"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base})
                assert want is not None
                assert D._plain_day_month(phrase, pub) == want.date(), (phrase, pub)


def test_fourth_of_july_through_the_tagger() -> None:
    doc = Doc("t", "Two men were shot on the Fourth of July near the park.", published=dt.date(2016, 7, 6))
    D.DateTagger()(doc)
    got = [s.attrs["start"] for s in doc.get(DATES)]
    assert "2016-07-04" in got
