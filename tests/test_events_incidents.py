"""Which sentences tell one event and which open another (invented articles)."""

from __future__ import annotations

import pytest

from sitrep.ingest import make_doc
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def _events(nlp, text: str, **kw):
    doc = nlp(make_doc("e", text, **kw))
    return [e for e in doc.events if e.status == "event"]


def test_a_separate_incident_is_an_event_of_its_own(nlp):
    text = (
        "Gunmen stormed a bus station in Garissa on Monday, killing four passengers.\n\n"
        "Separately, a roadside bomb hit a police truck near Mandera, wounding three officers."
    )
    events = _events(nlp, text, published="2021-05-11")
    assert len(events) == 2
    assert events[0].fatalities == 4 and events[0].admin1 == "Garissa"
    assert events[1].injured_best == 3 and events[1].fatalities == 0


def test_without_the_opener_the_bomb_would_join_the_attack(nlp):
    # The same two sentences with no turn word: one event told in two ways (the control
    # case for the test above; a sentence that names no turn goes on with the story).
    text = (
        "Gunmen stormed a bus station in Garissa on Monday, killing four passengers. "
        "A roadside bomb then hit a police truck nearby."
    )
    assert len(_events(nlp, text, published="2021-05-11")) == 1


def test_a_clear_act_after_loose_words_leads(nlp):
    # An undated report: the claim in the headline and the campaign's commentary are no
    # event; the capture told "on Sunday" is, with its toll, though no publication date
    # resolves its day.
    text = (
        "The group keeps gaining ground, analysts say.\n\n"
        "Most of the recent attacks by the army have focused on other factions.\n\n"
        "On Sunday, insurgents seized Kafr Nabl, a town in Idlib province, killing 30 soldiers."
    )
    events = _events(nlp, text, title="Ministry claims to be bombing the insurgents")
    assert events
    main = events[0]
    assert main.admin1 == "Idlib" and main.fatalities == 30
    assert main.sub_event_type == "Non-state actor overtakes territory"
    # The commentary is no event of its own, and the claimed bombing is kept apart.
    assert len(events) == 1


def test_a_later_fight_on_a_named_day_stands_alone_without_a_publication_date(nlp):
    text = (
        "Insurgents shelled a village in Idlib province, killing five soldiers.\n\n"
        "Rescue teams searched the rubble.\n\n"
        "On Sunday, fierce fighting broke out between two rebel factions near Deir ez-Zor."
    )
    events = _events(nlp, text, title="Shelling kills five soldiers in Idlib")
    assert len(events) == 2
    assert events[1].sub_event_type == "Armed clash"


def test_a_protest_that_turns_violent_is_one_riot(nlp):
    text = (
        "Police fire tear gas at marchers in Kisii\n\n"
        "KISII - Police fired tear gas on Thursday at hundreds of traders who marched through "
        "Kisii town to protest against new market fees.\n\n"
        "The marchers then threw stones at officers and set tyres on fire outside the county "
        "offices, witnesses said."
    )
    events = _events(nlp, text, published="2023-06-02")
    assert len(events) == 1
    assert events[0].sub_event_type == "Violent demonstration"


def _turned_text(where: str) -> str:
    return (
        "Rebels shelled the town of Saraqib in Idlib province on Friday, killing six "
        "soldiers.\n\n"
        f"Meanwhile, drone strikes carried out by coalition aircraft {where} killed 20 "
        "militants over the weekend, a monitor said."
    )


def test_a_turn_to_the_bare_country_is_set_in_the_country(nlp):
    events = _events(nlp, _turned_text("in Syria"), published="2019-03-04")
    assert len(events) == 2
    assert events[0].admin1 == "Idlib"
    # Not the first event's town or province: the country, at the country's level.
    assert events[1].country == "Syria" and events[1].admin1 is None
    assert events[1].location == "Syria"


@pytest.mark.parametrize("where", ["in northern Syria", "in Syria's north"])
def test_a_turn_to_a_part_of_the_country_keeps_the_story_place(nlp, where):
    # "in northern Syria" is somewhere in the story's region: the document's place stays
    # the best guess (the rule above is only for the bare country).
    events = _events(nlp, _turned_text(where), published="2019-03-04")
    assert len(events) == 2
    assert events[1].admin1 == "Idlib"
