"""Titled pages of ordinary news (sport, courts, markets, schools, the arts) that name no word
of conflict give no event, however the model leans on their words; the same beats told with
a weapon, a casualty or a trigger still do (sitrep.nlp.events: _ordinary_news). Invented
pages."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.nlp.cues import tells_ordinary_news
from sitrep.pipeline import extract


def _events(title: str, body: str) -> list[str | None]:
    doc = extract(Doc("t", f"{title}\n\n{body}", title=title))
    return [e.sub_event_type for e in doc.events if e.status == "event"]


@pytest.mark.parametrize(("title", "body"), [
    ("Netball: hosts tear through visitors",
     "The hosts tore through the visitors' defence to win the league match 61-40 in Kisumu "
     "on Saturday, their coach said."),
    ("Appeal judges throw out governor's election petition",
     "The Court of Appeal in Nyeri on Monday threw out an election petition against the "
     "governor's win, ordering the losing candidate to pay costs."),
    ("Tenor's debut album hits number one",
     "A tenor from Eldoret hit the top of the charts with his debut album, selling 20,000 "
     "copies in a week, his label said."),
    ("Drought: ministry hires 200 water engineers",
     "The water ministry hired 200 engineers on Thursday to drill boreholes in the north, "
     "the cabinet secretary said."),
])
def test_ordinary_news_page_gives_no_event(title: str, body: str) -> None:
    assert _events(title, body) == []


@pytest.mark.parametrize(("title", "body"), [
    ("Two spectators shot dead after league match",
     "Gunmen shot dead two spectators outside a stadium in Mombasa on Sunday after a league "
     "match, police said."),
    ("Supporters of jailed MP protest outside High Court",
     "Hundreds of supporters of a jailed MP protested outside the High Court in Nairobi on "
     "Tuesday, demanding his release."),
])
def test_conflict_told_on_the_same_beats_still_gives_an_event(title: str, body: str) -> None:
    assert _events(title, body)


def test_ordinary_news_words() -> None:
    assert tells_ordinary_news("the bowlers took four wickets")
    assert not tells_ordinary_news("a court martial tried the soldiers")


@pytest.mark.parametrize(("title", "body"), [
    ("Three die as matatu plunges off bridge",
     "Three passengers died and eleven were injured when a matatu lost control and plunged "
     "off a bridge near Embu on Sunday, police said."),
    ("Fisherman drowned in Lake Victoria",
     "A fisherman drowned on Wednesday after his boat capsized in a storm off Homa Bay, his "
     "colleagues said. His body was recovered the next day."),
])
def test_accident_page_gives_no_event(title: str, body: str) -> None:
    assert _events(title, body) == []


@pytest.mark.parametrize(("title", "body"), [
    ("Residents torch lorry after crash kills pupil",
     "Angry residents set a lorry ablaze in Kitengela on Monday after it collided with a "
     "school van, killing a pupil, police said."),
    ("Driver shot dead after car crash in Memphis",
     "A driver was shot dead by another motorist after their cars collided on a Memphis "
     "street on Friday night, police said."),
])
def test_violence_told_beside_an_accident_still_gives_an_event(title: str, body: str) -> None:
    assert _events(title, body)


def test_a_page_that_is_only_a_name_gives_no_event() -> None:
    assert _events("Mary Wanjiru", "") == []
