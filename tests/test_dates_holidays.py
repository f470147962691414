"""Holidays as dates ("shot on Christmas Eve") and birth dates. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.doc import Doc, Span
from sitrep.nlp.dates import DateTagger, _easter, event_date_for

TAGGER = DateTagger()


def _dates(text: str, pub: dt.date | None) -> list[tuple[str, str | None, str]]:
    doc = TAGGER(Doc(id="t", text=text, published=pub))
    return [(s.text.strip(), s.attrs["start"], s.attrs["kind"]) for s in doc.get("dates")]


def test_easter_sundays() -> None:
    assert [_easter(y) for y in (2015, 2016, 2017, 2019)] == [
        dt.date(2015, 4, 5), dt.date(2016, 3, 27), dt.date(2017, 4, 16), dt.date(2019, 4, 21)]


@pytest.mark.parametrize(
    "text,pub,phrase,day",
    [
        ("A clerk was shot on Christmas Eve behind the store.", dt.date(2016, 12, 27), "on Christmas Eve", "2016-12-24"),
        ("Two were hurt in gunfire on New Years Eve downtown.", dt.date(2017, 1, 2), "on New Years Eve", "2016-12-31"),
        ("The MLK Day shooting left one man hurt.", dt.date(2017, 1, 18), "MLK Day", "2017-01-16"),
        ("A boy was wounded on Thanksgiving night.", dt.date(2016, 11, 26), "on Thanksgiving", "2016-11-24"),
        ("Shots rang out on Mother’s Day near the park.", dt.date(2016, 5, 9), "on Mother’s Day", "2016-05-08"),
        ("He was killed on Labor Day.", dt.date(2015, 9, 10), "on Labor Day", "2015-09-07"),
        ("A store was robbed on Memorial Day.", dt.date(2016, 6, 1), "on Memorial Day", "2016-05-30"),
        ("It happened on Easter Sunday 2015 at a farm.", dt.date(2016, 6, 1), "on Easter Sunday 2015", "2015-04-05"),
        # the latest one on or before publication: last year's when this year's is ahead
        ("The Halloween shooting is still unsolved.", dt.date(2016, 10, 20), "Halloween", "2015-10-31"),
    ],
)
def test_holiday_is_the_latest_on_or_before_publication(text: str, pub: dt.date, phrase: str, day: str) -> None:
    assert _dates(text, pub)[0][:2] == (phrase, day)


def test_holiday_as_an_occasion_or_a_season_is_no_date() -> None:
    pub = dt.date(2016, 12, 27)
    assert _dates("Christmas lights lit the porch.", pub) == []
    assert _dates("A shot was fired at a Halloween party.", dt.date(2016, 11, 1)) == []
    assert _dates("Traffic was heavy over Memorial Day weekend.", dt.date(2016, 6, 1)) == []


def test_holiday_months_back_is_background() -> None:
    got = _dates("The block was quiet after a brawl on St. Patrick's Day.", dt.date(2016, 11, 20))
    assert got == [("on St. Patrick's Day", "2016-03-17", "background")]


def test_holiday_without_publication_is_left_unresolved() -> None:
    assert _dates("He was shot on Christmas Day.", None) == [("on Christmas Day", None, "point")]


def test_holiday_dates_the_event() -> None:
    text = "A teen was wounded by a falling bullet on New Year's Eve, police said Monday."
    doc = TAGGER(Doc(id="t", text=text, published=dt.date(2017, 1, 2)))
    got = event_date_for(doc, [Span(0, len(text), "sentence", text)])
    assert got["event_date"] == "2016-12-31"


def test_birth_date_is_background() -> None:
    got = _dates("The victim, born March 2, 1961, died on May 3, 2016.", dt.date(2016, 5, 5))
    assert [(p, k) for p, _, k in got] == [("March 2, 1961", "background"), ("May 3, 2016", "point")]


def test_words_shared_with_other_patterns_still_open_their_windows() -> None:
    # "morning" opens windows for "this morning" and for "Easter morning"
    assert _dates("Two were hurt this morning.", dt.date(2016, 3, 28))[0][:2] == ("this morning", "2016-03-28")
    assert _dates("Two were hurt on Easter morning.", dt.date(2016, 3, 28))[0][:2] == ("on Easter morning", "2016-03-27")
