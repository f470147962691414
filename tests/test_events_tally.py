"""A toll over a few days is news (an event); a toll over a war, a year or months is not."""

from __future__ import annotations

import datetime as dt

from sitrep.doc import Doc
from sitrep.pipeline import extract

PUBLISHED = dt.date(2021, 5, 14)  # a Friday


def _events(text: str, published: dt.date | None = PUBLISHED) -> list:
    doc = extract(Doc(id="t", text=text, published=published))
    return [e for e in doc.events if e.status == "event"]


def test_toll_since_a_weekday_in_an_undated_note_is_an_event() -> None:
    events = _events('Soldiers fired on marchers in the "lake region", killing four '
                     '"since Tuesday" (report dated 14/03).', published=None)
    assert events


def test_toll_since_a_weekday_in_a_dated_article_is_an_event() -> None:
    events = _events("Rebels shelled the market town of Ardo, killing nine civilians "
                     "since Wednesday, a local monitor said.")
    assert events


def test_toll_since_last_night_is_an_event() -> None:
    events = _events("In Ardo, at least seven fighters have been killed in three air "
                     "strikes since last night.")
    assert events


def test_a_total_on_one_day_is_an_event() -> None:
    events = _events("A total of seven villagers were killed on Thursday when gunmen "
                     "raided a cattle market near Ardo.")
    assert events


def test_toll_since_a_far_month_is_no_event() -> None:
    assert not _events("Since March 2019, more than 2,400 people have been killed in "
                       "the province, the monitor said.")


def test_toll_of_the_war_is_no_event() -> None:
    assert not _events("The war has killed more than 80,000 people and displaced millions.")


def test_toll_since_a_day_weeks_back_is_no_event() -> None:
    assert not _events("Since April 2, air strikes on the valley have killed 310 civilians, "
                       "the monitor said.")


def test_few_days_toll_beside_a_told_event_is_no_event_of_its_own() -> None:
    events = _events("Helicopters dropped barrel bombs on the town of Ardo on Thursday, "
                     "killing eight civilians, a monitor said. Since Monday at least 40 "
                     "civilians have been killed in air raids on the town.")
    assert len(events) == 1
    assert events[0].fatalities == 8


def test_toll_over_the_past_three_weeks_is_no_event() -> None:
    assert not _events("Over the past three weeks, air strikes on rebel positions in Idlib "
                       "province have killed 40 fighters, a monitor said.")


def test_toll_in_the_last_24_hours_is_an_event() -> None:
    assert _events("Air strikes on rebel positions in Idlib province killed 14 fighters in the "
                   "last 24 hours, a monitor said.")


def test_a_killing_earlier_this_month_is_an_event() -> None:
    assert _events("Police arrested a man over a shooting in Garissa earlier this month that "
                   "left one person dead.")
