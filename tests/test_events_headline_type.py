"""A headline joins the first body event it can announce only when they share an event type:
two violent events of different types (a shooting, a grenade) on one page are two stories
(invented articles)."""

import pytest

from sitrep.ingest import make_doc
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


# A news page whose only body story is another incident than its headline's (a page that
# kept the text of a neighbouring article).
OTHER_STORY = (
    "Subscribe to our newsletter for the latest local news.\n\n"
    "Share this story with friends.\n\n"
    "Weather: rain expected through the weekend.\n\n"
    "A man threw a grenade into a garage on Maple Avenue in Dayton on Friday, injuring "
    "three workers, police said.\n\n"
    "The bomb squad searched the building afterwards."
)


def _events(nlp, title):
    doc = make_doc("h", OTHER_STORY, title=title, published="2019-06-08")
    nlp(doc)
    return [e for e in doc.events if e.status == "event"]


def test_a_shooting_headline_does_not_take_a_grenade_story(nlp):
    events = _events(nlp, "One man killed in Dayton shooting, police say")
    assert events
    # The headline's own event leads; the grenade is not the shooting.
    assert events[0].sub_event_type != "Grenade"
    assert any(e.sub_event_type == "Grenade" for e in events)


def test_a_blast_headline_joins_the_grenade_story(nlp):
    events = _events(nlp, "Grenade blast injures workers in Dayton garage")
    assert events
    main = events[0]
    assert main.event_type == "Explosions/Remote violence"
    assert main.injured_best == 3
