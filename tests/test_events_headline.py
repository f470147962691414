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
