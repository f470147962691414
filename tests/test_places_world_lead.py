"""Where a long event is told: the first sentences of an event that name a place decide the
unit, not the province a page names most often. All sentences are invented."""

from __future__ import annotations

import re

import pytest

from sitrep.doc import Doc
from sitrep.nlp.places import PlaceTagger, document_admin1, locate


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def _locate_all(tagger: PlaceTagger, text: str) -> tuple[Doc, dict | None]:
    """``locate`` over every sentence of ``text`` as one event."""
    doc = tagger(Doc(id="t", text=text))
    spans = []
    for i, m in enumerate(re.finditer(r"[^.]+\.", text)):
        spans.append(doc.span("sentences", m.start(), m.end(), "sentence", index=i, paragraph=0))
    return doc, locate(doc, spans)


def test_the_lead_town_beats_the_page_s_most_named_province(tagger: PlaceTagger) -> None:
    text = ("A car bomb killed eleven fighters in Atmeh on Sunday evening. "
            "The blast in Atmeh also destroyed a bus. "
            "Rebels in Azaz have held the road for a year. "
            "Aid workers in Aleppo province said the road to Azaz was closed. "
            "Markets in Azaz stayed shut.")
    doc, got = _locate_all(tagger, text)
    assert document_admin1(doc) == "Aleppo"
    assert got is not None
    assert (got["name"], got["admin1"]) == ("Atmeh", "Idlib")


def test_inside_the_lead_unit_a_later_town_is_more_precise(tagger: PlaceTagger) -> None:
    text = ("Heavy fighting raged in Homs province on Friday. "
            "Gunmen attacked army posts overnight. "
            "The army shelled positions in Palmyra after the attack. "
            "Twelve people were killed in Idlib the same day, and more in Idlib later. "
            "Idlib residents fled.")
    _doc, got = _locate_all(tagger, text)
    assert got is not None
    assert got["admin1"] == "Homs"
    assert got["name"] != "Homs"  # the town the sentences name, not the unit's capital


def _tagged(tagger: PlaceTagger, text: str) -> list[tuple[str, str, str | None, bool]]:
    doc = tagger(Doc(id="t", text=text))
    return [(sp.text, sp.attrs["name"], sp.attrs["admin1"], bool(sp.attrs["prep"]))
            for sp in doc.get("places")]


def test_the_syrian_capital_is_damascus(tagger: PlaceTagger) -> None:
    got = _tagged(tagger, "Mortars fell near the Syrian capital on Friday, a Syrian monitor said.")
    assert ("the Syrian capital", "Damascus", "Damascus", True) in got


@pytest.mark.parametrize("text", [
    # the capital named right after it is tagged as itself
    "Mortars fell on the Syrian capital Damascus overnight, Syrian media said.",
    # "capital of" another city: the militants' self-declared seat, not Damascus
    "Fighters advanced on the Syrian capital of their caliphate, Raqqa, in Syria.",
    # another country's capital in a Syrian story
    "Talks in Syria stalled, and the Lebanese capital braced for refugees from Syria.",
])
def test_capital_phrases_that_are_not_the_capital(tagger: PlaceTagger, text: str) -> None:
    assert not any(t.endswith("capital") for t, *_ in _tagged(tagger, text))


def test_a_place_of_last_year_s_news_says_little_about_the_story() -> None:
    import datetime as dt

    from sitrep.pipeline import default_pipeline

    text = ("Syria gas attack leaves dozens ill\n\n"
            "Officials in Syria said many people were ill after a gas attack on Tuesday. "
            "The government said rebels had used the same gas in Aleppo last year. "
            "Doctors treated the sick in Idlib, where clinics ran short of drugs.")
    doc = default_pipeline()(Doc(id="t", text=text, title="Syria gas attack leaves dozens ill",
                                 published=dt.date(2019, 5, 8)))
    assert document_admin1(doc) == "Idlib"
