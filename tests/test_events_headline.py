"""A headline announces the story the body tells: it joins the body's event, even with
captions and a byline between them (invented article)."""

import pytest

from sitrep.ingest import make_doc
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


BODY = (
    "Her mother wants answers.\n\n"
    "Neighbours lit candles outside the family home.\n\n"
    "Flowers were left at the gate by classmates.\n\n"
    "A fundraiser has been set up to pay for the funeral.\n\n"
    "Her aunt described her as a gifted singer.\n\n"
    "A 17-year-old girl was shot and killed and two friends were wounded while they sat in a "
    "parked car outside a house in Riverside on Sunday night, police said.\n\n"
    "Detectives have not named a suspect."
)


def test_headline_joins_the_body_event(nlp):
    doc = make_doc("h", BODY, title="Teen was unintended victim of shooting, family says",
                   published="2017-02-23")
    nlp(doc)
    events = [e for e in doc.events if e.status == "event"]
    assert events
    main = events[0]
    # The body's figures and day lead the document, not a headline-only event dated by the page.
    assert main.fatalities == 1 and main.injured_best == 2
    assert main.event_date == "2017-02-19"
    assert len(events) == 1


_THWARTED_BODY = (
    "Government forces and their allies have spent years pursuing insurgent cells in the "
    "east of the country.\n\n"
    "Army units have seen unusual activity among Islamic State cells moving between the "
    "desert areas east of Hama and the countryside of Homs, an officer told state media.\n\n"
    "According to the officer, this prompted Russian warplanes to carry out 12 air raids, "
    "destroying three hideouts and killing 25 militants.\n\n"
    "The officer accused foreign troops at a base near the border of helping the fighters."
)


def test_headline_read_as_no_violence_announces_the_air_raids() -> None:
    # The headline's "thwarted" gathers only loose lead words; the act is the air raids.
    doc = default_pipeline()(make_doc(
        "t", _THWARTED_BODY,
        title="Militant Movements in Eastern Desert Thwarted With Help of Russian Aircraft, "
              "Officer Says"))
    events = [e for e in doc.events if e.status == "event"]
    assert events[0].sub_event_type == "Air/drone strike"
    assert events[0].fatalities == 25
    assert "Russia" in (events[0].actor1 or "")
    assert not any(e.sub_event_type == "Change to group/activity" for e in events)

